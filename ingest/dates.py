"""Publication dates: the date an article states, and the date field of a record.

`article_date` finds the publication date an article states ("08/12/2021 19:11
GMT+7"); `iso_date` reads the date field of a record ("2021-12-08T19:11:00+07:00",
"08/12/2021 19:11", "ngày 8 tháng 12 năm 2021"). The dates of the events an
article reports are read by `extract.dates`.
"""
from __future__ import annotations

import re
from datetime import date

_FULL = re.compile(r"(?<!\d)(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*((?:19|20)\d{2})(?!\d)")
_STAMP = re.compile(_FULL.pattern + r"[\s,|-]*(?:lúc\s*)?\d{1,2}[:h]\d{2}")
# "ngày 8 tháng 12 năm 2021", "8 tháng 12, 2021"
_WORDS = re.compile(
    r"(?<!\d)(?:mùng\s+|mồng\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|/)\s*((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# "2021-12-08", "2021/12/08", "2021-12-08T19:11:00+07:00"
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def iso_day(day: int, month: int, year: int) -> str | None:
    """The ISO form of a day, or None when there is no such day.

    >>> iso_day(8, 12, 2021), iso_day(30, 2, 2021)
    ('2021-12-08', None)
    """
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dmy(m: re.Match) -> str | None:
    return iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _ymd(m: re.Match) -> str | None:
    return iso_day(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def article_date(text: str) -> str | None:
    """The publication date an article's text gives, as an ISO date.

    A date with a time of day ("08/12/2021 19:11") wins over a bare date.

    >>> article_date("Thế giới\\n08/12/2021 19:11 GMT+7\\nTổng thống...")
    '2021-12-08'
    >>> article_date("Thứ Tư, ngày 8 tháng 12 năm 2021")
    '2021-12-08'
    >>> article_date("Cập nhật 2021-12-08T19:11:00+07:00")
    '2021-12-08'
    """
    head = text[:3000]
    for pattern, read in ((_STAMP, _dmy), (_FULL, _dmy), (_WORDS, _dmy), (_ISO, _ymd)):
        if pattern is _WORDS and "háng" not in head and "HÁNG" not in head:
            continue  # cheap test first: the pattern is slow on long text
        for m in pattern.finditer(head):
            iso = read(m)
            if iso:
                return iso
    return None


def iso_date(value: object) -> str | None:
    """The ISO date of a record's `date` field, or None when it gives none.

    >>> iso_date("2021-12-08T19:11:00+07:00"), iso_date("08/12/2021 19:11 GMT+7")
    ('2021-12-08', '2021-12-08')
    >>> iso_date("ngày 8 tháng 12 năm 2021"), iso_date("hôm qua"), iso_date(None)
    ('2021-12-08', None, None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()[:200]
    m = _ISO.match(text)
    if m:
        return _ymd(m)
    return article_date(text)
