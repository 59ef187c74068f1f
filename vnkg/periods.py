"""Date filters of the query API: inclusive ISO bounds at the precision both sides have.

>>> in_range("2021", "2021-06-01", None), in_range("2021-05-31", "2021-06", None)
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as _date

from .errors import InvalidQueryError
from .results import Relation

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def iso_bound(value, name: str) -> str | None:
    """`value` (a date, or YYYY, YYYY-MM, YYYY-MM-DD) as an ISO bound; None for no bound.

    >>> iso_bound("2021-06", "since"), iso_bound(None, "until")
    ('2021-06', None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, _date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if _ISO.match(text):
        year, month, day = (text.split("-") + ["01", "01"])[:3]
        try:
            _date(int(year), int(month), int(day))
            return text
        except ValueError:
            pass
    raise InvalidQueryError(f"{name} must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not {value!r}")


def in_range(day: str, since: str | None, until: str | None) -> bool:
    """Inclusive, comparing on the precision both sides have ("2021" is within since="2021-06-01")."""
    if since is not None:
        n = min(len(day), len(since))
        if day[:n] < since[:n]:
            return False
    if until is not None:
        n = min(len(day), len(until))
        if day[:n] > until[:n]:
            return False
    return True


def date_span(relation: Relation) -> tuple[str, str, bool] | None:
    """(earliest date, latest date, every sentence dated?) of a relation; None when it has no date."""
    dates = [e.date for e in relation.evidence if e.date]
    if dates:
        return min(dates), max(dates), len(dates) == len(relation.evidence)
    return (relation.date, relation.date, True) if relation.date else None


def within(relation: Relation, since: str | None, until: str | None) -> Relation | None:
    """`relation` cut down to its sentences dated in range, or None if it has none there."""
    dated = [(e, day) for e in relation.evidence if (day := e.date)]
    if not dated:
        return relation if relation.date and in_range(relation.date, since, until) else None
    kept = [(e, day) for e, day in dated if in_range(day, since, until)]
    if not kept:
        return None
    if len(kept) == len(relation.evidence):
        return relation
    return replace(relation, evidence=tuple(e for e, _ in kept), date=min(day for _, day in kept))
