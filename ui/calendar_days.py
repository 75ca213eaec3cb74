"""How a day reads in every calendar view: its label, its tint, and its holiday note.

Holidays (red) and 调休 working days (amber) are told apart at a glance, because they mean
opposite things to a rep planning visits: no client is in on 10-01, every client is in on
the Saturday that was swapped for a day off.
"""

from __future__ import annotations

from datetime import date

from sfa.domain.holidays import DayKind, DayMark
from ui.qt import QT_TRANSLATE_NOOP, QColor, QCoreApplication, QDate, QLocale

_MAKEUP = QT_TRANSLATE_NOOP("CalendarDays", "Working day (调休)")

_HOLIDAY_TINT = QColor("#fdecea")
_MAKEUP_TINT = QColor("#fff4e0")
_WEEKEND_TINT = QColor("#f5f6f8")
_TODAY_TINT = QColor("#e8f1fb")
_PLAIN = QColor("#ffffff")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_label(day: date) -> str:
    """``周二 11/24`` / ``Tue 11/24``: weekday first, it is what a rep scans for."""
    locale = QLocale()
    weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day.month}/{day.day}"


def mark_text(mark: DayMark | None) -> str:
    if mark is None:
        return ""
    if mark.kind is DayKind.MAKEUP_WORKDAY:
        return QCoreApplication.translate("CalendarDays", _MAKEUP)
    return mark.name


def mark_colour(mark: DayMark | None) -> QColor:
    if mark is not None and mark.kind is DayKind.MAKEUP_WORKDAY:
        return QColor("#8a4500")
    return QColor("#b3261e")


def day_background(day: date, mark: DayMark | None, today: date, *, header: bool = False) -> QColor:
    if mark is not None:
        return _HOLIDAY_TINT if mark.kind is DayKind.HOLIDAY else _MAKEUP_TINT
    if header and day == today:
        return _TODAY_TINT
    if day.weekday() >= 5:
        return _WEEKEND_TINT
    return _PLAIN


def holiday_language() -> str:
    """Holiday names in the interface language."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
