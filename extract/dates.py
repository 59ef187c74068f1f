"""Dates in Vietnamese news text.

`article_date` finds the publication date an article states ("08/12/2021 19:11
GMT+7"); `event_date` finds the day a sentence dates its event ("hôm 7/12",
"ngày 2/12/2021", "(29/3)") and completes a day and month with the year of the
article date.
"""
from __future__ import annotations

import re
from datetime import date

_FULL = re.compile(r"(?<!\d)(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*((?:19|20)\d{2})(?!\d)")
_STAMP = re.compile(_FULL.pattern + r"[\s,|-]*(?:lúc\s*)?\d{1,2}[:h]\d{2}")
_DAY_MONTH = re.compile(
    r"(?:(?:hôm|ngày|sáng|chiều|tối|đêm|trưa|rạng sáng)(?: nay| qua| mai)?(?: thứ \w+| chủ nhật)?,?\s*\(?"
    r"|\()(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d.,]\d)",
    re.IGNORECASE,
)


def _iso(day: int, month: int, year: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def article_date(text: str) -> str | None:
    """The publication date an article's text gives, as an ISO date.

    A date with a time of day ("08/12/2021 19:11") wins over a bare date.

    >>> article_date("Thế giới\\n08/12/2021 19:11 GMT+7\\nTổng thống...")
    '2021-12-08'
    """
    for pattern in (_STAMP, _FULL):
        for m in pattern.finditer(text[:3000]):
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                return iso
    return None


def event_date(sentence: str, published: str | None) -> str | None:
    """The date a sentence gives its event, completed with the article's year.

    >>> event_date("Tổng thống Putin hôm 7/12 điện đàm với ông Biden.", "2021-12-08")
    '2021-12-07'
    >>> event_date("Hội nghị ngày 29/12 năm ngoái.", "2022-01-03")
    '2021-12-29'
    >>> event_date("Sáng 4.6, bên lề Đối thoại Shangri-La", "2017-06-05")
    '2017-06-04'
    >>> event_date("Ông Lavrov nói hôm qua.", "2021-12-08") is None
    True
    """
    m = _DAY_MONTH.search(sentence)
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return _iso(day, month, int(m.group(3)))
    if not published:
        return None
    pub = date.fromisoformat(published)
    year = pub.year - 1 if month > pub.month + 1 else pub.year
    return _iso(day, month, year)
