"""The errors of the query API: each one readable as one line, each a `QueryError`."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .results import Entity


class QueryError(Exception):
    """Base of every error a query raises; its message is one readable line."""


class GraphLoadError(QueryError, OSError):
    """The graph file is missing, unreadable or not a graph `vnkg build` wrote."""


class InvalidQueryError(QueryError, ValueError):
    """A malformed argument: an unknown predicate, a date that is not ISO, ..."""


class UnknownEntityError(QueryError, LookupError):
    """No entity goes by this name; `suggestions` holds the closest entities."""

    def __init__(self, name: str, suggestions: Sequence[tuple[str, Entity]] = ()):
        self.name = name
        self.suggestions = [entity for _, entity in suggestions]
        message = f"no entity named {name!r}"
        if suggestions:
            message += "; did you mean " + ", ".join(_as_candidate(n, e) for n, e in suggestions) + "?"
        super().__init__(message)


class AmbiguousEntityError(QueryError, LookupError):
    """Several entities go by this name; `candidates` lists them. Pass an id to choose."""

    def __init__(self, name: str, candidates: Sequence[Entity]):
        self.name = name
        self.candidates = list(candidates)
        listed = "; ".join(f"{e.label} [{e.type}, id {e.id}]" for e in self.candidates)
        super().__init__(f"{name!r} is ambiguous: it names {len(self.candidates)} entities: {listed}. "
                         "Use the id or a fuller name")


class NoPathError(QueryError, LookupError):
    """The two entities are not connected (within the hop limit)."""


def _as_candidate(name: str, entity: Entity) -> str:
    return repr(name) if name == entity.label else f"{name!r} ({entity.label})"
