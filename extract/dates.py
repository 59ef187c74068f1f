"""The day a sentence dates its event.

`event_date` finds the day a sentence dates its event ("hôm 7/12",
"ngày 2/12/2021", "(29/3)") and completes a day and month with the year of the
article date. Publication dates are read with the article, by `ingest.dates`.
"""
from __future__ import annotations

import re
from datetime import date

from ingest.dates import iso_day

_WHEN = r"(?:hôm|ngày|sáng|chiều|tối|đêm|trưa|rạng sáng)(?: nay| qua| mai)?(?: thứ \w+| chủ nhật)?,?\s*\(?"
# The time zone of a date, which names no actor: "hôm 21/6 (giờ địa phương)", "(giờ Việt Nam)", "theo giờ Mỹ".
TIME_ZONE = re.compile(r"\((?:theo )?giờ [^()]{1,30}\)|\btheo giờ (?:địa phương|quốc tế|GMT|UTC|[A-ZĐ]\w*(?: [A-ZĐ]\w*)?)")


# A date or weekday in parentheses, after the subject or a relative day: "Ông Trump hôm qua (6/2) đã cáo buộc ...".
_DAY = r"\d{1,2}[/.-]\d{1,2}"
DATED_ASIDE = re.compile(rf"\((?:ngày |hôm )?(?:(?:thứ \w+|chủ nhật)(?:,? ?{_DAY})?|{_DAY}(?:[/.-]\d{{2,4}})?)\)", re.IGNORECASE)


def dated_asides(text: str) -> list[tuple[int, int]]:
    """The spans of the dates in parentheses in `text`.

    >>> dated_asides("Ông Trump hôm qua (6/2) và hôm thứ Sáu (thứ Sáu, 3/2) nói")
    [(18, 23), (39, 53)]
    """
    return [m.span() for m in DATED_ASIDE.finditer(text)] if "(" in text else []


def time_zones(text: str) -> list[tuple[int, int]]:
    """The spans of the time zones in `text` (a sentence has none unless it says "giờ").

    >>> time_zones("hôm 21/6 (giờ địa phương), Iran tấn công")
    [(9, 25)]
    """
    return [m.span() for m in TIME_ZONE.finditer(text)] if "giờ" in text else []


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
        return iso_day(day, month, int(m.group(3)))
    if not published:
        return None
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    year = pub.year - 1 if month > pub.month + 1 else pub.year
    return iso_day(day, month, year)


_RELATIVE_DAY = re.compile(r"(?:hôm|sáng|chiều|tối|đêm|trưa)\s+(?:nay|qua)\b", re.IGNORECASE)


def date_start_before(sentence: str, end: int) -> int:
    """Where a date that ends right before `end` starts ("Ông X ngày 22/6 đã tới ..."); `end` when
    none ends there.

    >>> s = "Ông Araghchi ngày 22/6 tới Nga, ông Lavrov hôm qua tới Iran."
    >>> s[date_start_before(s, 23):23], s[date_start_before(s, 51):51], date_start_before(s, 9)
    ('ngày 22/6 ', 'hôm qua ', 9)
    """
    for pattern in (_DAY_MONTH, _DAY_MONTH_WORDS, _RELATIVE_DAY):
        for found in pattern.finditer(sentence, 0, end):
            if not sentence[found.end() : end].strip(" )"):
                return found.start()
    return end


def opening_date_end(sentence: str) -> int:
    """Where a sentence goes on after a date that opens it and a comma; 0 when none opens it.

    >>> s = "Hôm 12/7, sau cuộc hội đàm với ông Reynders, ông Lavrov nói."
    >>> s[opening_date_end(s):][:3], opening_date_end("Sau cuộc gặp, ông Lavrov nói.")
    ('sau', 0)
    """
    for pattern in (_DAY_MONTH, _DAY_MONTH_WORDS):
        found = pattern.match(sentence)
        comma = found and re.match(r"\)?\s*,\s*", sentence[found.end() :])
        if found and comma:
            return found.end() + comma.end()
    return 0
