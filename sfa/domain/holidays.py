"""China's public holidays and 调休 working days, for marking the calendar.

Every year the State Council moves working days around the holidays: a Saturday or Sunday
becomes a working day (调休上班) so that the holiday can run a whole week. A rep planning
visits needs both: no client is in the office on 10-01, and every client is on the Saturday
before. The dates come from the ``holidays`` library, which follows each year's official
schedule once it is published (years not yet published get the fixed-date holidays only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from holidays import HolidayBase, country_holidays

_LANGUAGES = {"zh_CN": "zh_CN", "en": "en_US"}


class DayKind(StrEnum):
    HOLIDAY = "holiday"
    """A day off: a public holiday or a day off moved next to one."""
    MAKEUP_WORKDAY = "makeup_workday"
    """A Saturday or Sunday that is a working day (调休上班)."""


@dataclass(frozen=True, slots=True)
class DayMark:
    kind: DayKind
    name: str
    """The holiday's name in the asked language; empty for a make-up working day, whose
    wording belongs to the interface."""


@lru_cache(maxsize=32)
def _calendar(year: int, language: str) -> HolidayBase:
    return country_holidays("CN", years=year, language=_LANGUAGES.get(language, "en_US"))


def day_marks(first: date, last: date, language: str = "zh_CN") -> dict[date, DayMark]:
    """The marked days from ``first`` to ``last`` inclusive; unmarked days are left out."""
    marks: dict[date, DayMark] = {}
    day = first
    while day <= last:
        calendar = _calendar(day.year, language)
        name = calendar.get(day)
        if name is not None:
            marks[day] = DayMark(DayKind.HOLIDAY, str(name))
        elif day in calendar.weekend_workdays:
            marks[day] = DayMark(DayKind.MAKEUP_WORKDAY, "")
        day += timedelta(days=1)
    return marks
