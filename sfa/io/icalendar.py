"""Visits as an iCalendar (RFC 5545) file that Outlook, Google Calendar and Apple Calendar import.

What those importers need, and why each choice:

- ``UID`` is the visit's id: importing the file again updates the same event instead of
  adding a copy, in all three.
- Times are UTC (``…Z``): no ``VTIMEZONE`` block to get wrong, every client shows them in
  its own zone.
- ``SEQUENCE`` grows with each edit (seconds since the visit was last changed is monotone
  enough), so a re-import is taken as newer; ``DTSTAMP`` says when the file was written.
- ``METHOD:PUBLISH`` makes Outlook import events rather than treat them as invitations.
- A visit with a reminder carries a ``VALARM`` at that moment.

The ``icalendar`` package is imported when a file is written, not with this module: it
takes a tenth of a second or more, and the desktop's Calendar page imports this module
long before (if ever) it exports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sfa.domain.enums import VisitStatus

if TYPE_CHECKING:
    from icalendar import Event

PRODID = "-//SFA Desk//Visit calendar//ZH"
UID_DOMAIN = "sfa-desk"

_STATUS = {
    VisitStatus.PLANNED: "CONFIRMED",
    VisitStatus.CHECKED_IN: "CONFIRMED",
    VisitStatus.DONE: "CONFIRMED",
    VisitStatus.CANCELLED: "CANCELLED",
}
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class IcsVisit:
    """The plain data of one visit an export needs (times UTC, aware)."""

    id: str
    account_name: str
    contact_name: str
    purpose: str
    starts_at: datetime
    ends_at: datetime
    status: VisitStatus
    location: str | None = None
    outcome: str | None = None
    remind_at: datetime | None = None
    updated_at: datetime | None = None


def visit_uid(visit_id: str) -> str:
    """Stable per visit, globally unique: the visit's UUID at this product's name."""
    return f"{visit_id}@{UID_DOMAIN}"


_LABELS = {
    "zh_CN": {"visit": "拜访：", "contact": "联系人：", "outcome": "结果："},
    "en": {"visit": "Visit: ", "contact": "Contact: ", "outcome": "Outcome: "},
}


def _labels(language: str) -> dict[str, str]:
    return _LABELS.get(language, _LABELS["en"])


def summary(visit: IcsVisit, language: str = "zh_CN") -> str:
    """``拜访：广州贸易有限公司 — 产品演示``: the client first, it is what a calendar cell shows."""
    title = f"{_labels(language)['visit']}{visit.account_name}".strip(" ：:")
    return f"{title} — {visit.purpose}" if visit.purpose else title


def description(visit: IcsVisit, language: str = "zh_CN") -> str:
    labels = _labels(language)
    lines = [visit.purpose]
    if visit.contact_name:
        lines.append(f"{labels['contact']}{visit.contact_name}")
    if visit.outcome:
        lines.append(f"{labels['outcome']}{visit.outcome}")
    return "\n".join(line for line in lines if line)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: visit times must carry their time zone")
    return moment.astimezone(UTC)


def _event(visit: IcsVisit, now: datetime, language: str) -> Event:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", visit_uid(visit.id))
    event.add("dtstamp", _utc(now))
    event.add("dtstart", _utc(visit.starts_at))
    event.add("dtend", _utc(max(visit.ends_at, visit.starts_at)))
    event.add("summary", summary(visit, language))
    event.add("description", description(visit, language))
    if visit.location:
        event.add("location", visit.location)
    event.add("status", _STATUS[visit.status])
    if visit.updated_at is not None:
        changed = _utc(visit.updated_at)
        event.add("last-modified", changed)
        event.add("sequence", max(0, int((changed - _EPOCH).total_seconds())))
    if visit.remind_at is not None and visit.status is VisitStatus.PLANNED:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary(visit, language))
        alarm.add("trigger", _utc(visit.remind_at))
        event.add_component(alarm)
    return event


def visits_to_ics(
    visits: Iterable[IcsVisit],
    *,
    now: datetime,
    calendar_name: str = "SFA Desk",
    language: str = "zh_CN",
) -> bytes:
    """A whole ``VCALENDAR`` (UTF-8, CRLF line ends, folded as RFC 5545 asks)."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    for visit in visits:
        calendar.add_component(_event(visit, now, language))
    return bytes(calendar.to_ical())
