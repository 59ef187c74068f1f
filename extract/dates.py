"""Dates in Vietnamese news text.

`article_date` finds the publication date an article states ("08/12/2021 19:11
GMT+7"); `event_date` finds the day a sentence dates its event ("hôm 7/12",
"ngày 2/12/2021", "(29/3)") and completes a day and month with the year of the
article date. `iso_date` reads the date field of a record ("2021-12-08T19:11:00+07:00",
"08/12/2021 19:11", "ngày 8 tháng 12 năm 2021").
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
_WHEN = r"(?:hôm|ngày|sáng|chiều|tối|đêm|trưa|rạng sáng)(?: nay| qua| mai)?(?: thứ \w+| chủ nhật)?,?\s*\(?"
_WEEKDAY = r"(?:thứ \w+|chủ nhật),?\s*"
_DAY_MONTH = re.compile(
    rf"(?:{_WHEN}|\((?:{_WEEKDAY})?)(?:(?:mùng|mồng)\s*)?(\d{{1,2}})[/.-](\d{{1,2}})(?:[/.-]((?:19|20)\d{{2}}))?(?![\d.,]\d)",
    re.IGNORECASE,
)
# "ngày 2 tháng 12", "hôm mùng 3 tháng 2 năm 2021"
_DAY_MONTH_WORDS = re.compile(
    rf"{_WHEN}(?:(?:mùng|mồng)\s*)?(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s*(?:năm|,|/)\s*((?:19|20)\d{{2}}))?(?!\d)",
    re.IGNORECASE,
)


def _iso(day: int, month: int, year: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dmy(m: re.Match) -> str | None:
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _ymd(m: re.Match) -> str | None:
    return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))


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
    >>> event_date("Hai bên gặp nhau ngày mùng 2 tháng 12.", "2021-12-08")
    '2021-12-02'
    >>> event_date("Ông Biden (thứ Ba, 7/12) điện đàm với ông Putin.", "2021-12-08")
    '2021-12-07'
    """
    found = [m for m in (_DAY_MONTH.search(sentence), _DAY_MONTH_WORDS.search(sentence)) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    day, month = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return _iso(day, month, int(m.group(3)))
    if not published:
        return None
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    year = pub.year - 1 if month > pub.month + 1 else pub.year
    return _iso(day, month, year)
