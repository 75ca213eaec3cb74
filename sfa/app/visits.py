"""Use cases of the visit calendar: plan, reschedule, check in, check out, cancel, export.

Times are UTC, aware, everywhere in here; the calendar converts to the rep's local time at
the edge. Checking out records how the visit went twice on purpose: on the visit (its
outcome) and as a meeting in the account's shared activity log with the client's
satisfaction, which is what the relationship health index and the colleagues read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, func, or_, select

from sfa.domain.enums import ActivityKind, VisitStatus
from sfa.domain.errors import DomainError, ValidationError
from sfa.io.icalendar import IcsVisit, visits_to_ics
from sfa.store import writes
from sfa.store.tables import Account, Contact, Visit

_visits = cast(Table, Visit.__table__)
_accounts = cast(Table, Account.__table__)
_contacts = cast(Table, Contact.__table__)

DEFAULT_LENGTH = timedelta(hours=1)
DEFAULT_REMINDER = timedelta(hours=1)
OUTCOME_MAX = 4000


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: str
    account_id: str | None
    account_name: str
    contact_id: str | None
    contact_name: str
    owner_id: str | None
    purpose: str
    starts_at: datetime
    ends_at: datetime
    status: VisitStatus
    location: str | None
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    outcome: str | None
    remind_at: datetime | None
    updated_at: datetime | None


def _query() -> Any:
    return (
        select(
            _visits,
            _accounts.c.name.label("account_name"),
            _contacts.c.name.label("contact_name"),
        )
        .select_from(_visits)
        .outerjoin(_accounts, _accounts.c.id == _visits.c.account_id)
        .outerjoin(_contacts, _contacts.c.id == _visits.c.contact_id)
        .where(_visits.c.deleted.is_(False), _visits.c.starts_at.is_not(None))
    )


def _row(mapping: RowMapping) -> VisitRow:
    starts = mapping["starts_at"]
    return VisitRow(
        id=mapping["id"],
        account_id=mapping["account_id"],
        account_name=mapping["account_name"] or "",
        contact_id=mapping["contact_id"],
        contact_name=mapping["contact_name"] or "",
        owner_id=mapping["owner_id"],
        purpose=mapping["purpose"],
        starts_at=starts,
        # a visit synced without an end lasts the default hour on screen and in exports
        ends_at=mapping["ends_at"] or starts + DEFAULT_LENGTH,
        status=VisitStatus(mapping["status"]),
        location=mapping["location"],
        checked_in_at=mapping["checked_in_at"],
        checked_out_at=mapping["checked_out_at"],
        outcome=mapping["outcome"],
        remind_at=mapping["remind_at"],
        updated_at=mapping["updated_at"],
    )


def visits_between(
    conn: Connection, start: datetime, end: datetime, *, owner_id: str | None = None
) -> list[VisitRow]:
    """Visits overlapping [start, end), earliest first; cancelled ones too (shown struck out)."""
    ends = func.coalesce(_visits.c.ends_at, _visits.c.starts_at)
    query = _query().where(
        _visits.c.starts_at < end, or_(ends > start, _visits.c.starts_at >= start)
    )
    if owner_id is not None:
        query = query.where(_visits.c.owner_id == owner_id)
    query = query.order_by(_visits.c.starts_at, _visits.c.id)
    return [_row(row) for row in conn.execute(query).mappings()]


def load_visit(conn: Connection, visit_id: str) -> VisitRow:
    row = conn.execute(_query().where(_visits.c.id == visit_id)).mappings().first()
    if row is None:
        raise DomainError("That visit no longer exists on this laptop")
    return _row(row)


def plan_visit(
    conn: Connection,
    *,
    account_id: str,
    purpose: str,
    starts_at: datetime,
    ends_at: datetime,
    actor: str | None,
    contact_id: str | None = None,
    location: str | None = None,
    remind_before: timedelta | None = DEFAULT_REMINDER,
) -> str:
    """A planned visit owned by ``actor``, at the account's address unless told otherwise."""
    account = writes.load(conn, "account", account_id)
    if account is None or account["deleted"]:
        raise ValidationError("account_id", "choose the client to visit")
    if not purpose.strip():
        raise ValidationError("purpose", "say what the visit is for")
    fields: dict[str, Any] = {
        "account_id": account_id,
        "contact_id": contact_id,
        "owner_id": actor,
        "purpose": purpose.strip(),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "status": VisitStatus.PLANNED.value,
        "location": location or _address(account),
        "remind_at": starts_at - remind_before if remind_before is not None else None,
    }
    return writes.create(conn, "visit", fields, actor=actor)


def _address(account: Mapping[str, Any]) -> str | None:
    parts = [account.get(name) or "" for name in ("province", "city", "district", "address")]
    text = "".join(part for n, part in enumerate(parts) if part and part not in parts[:n])
    return text[:200] or None


def update_visit(
    conn: Connection, visit_id: str, changes: Mapping[str, Any], *, actor: str | None
) -> dict[str, Any]:
    """Edit a visit's plan (time, purpose, place, contact, reminder); returns what changed."""
    allowed = {"purpose", "starts_at", "ends_at", "location", "contact_id", "remind_at"}
    unknown = set(changes) - allowed
    if unknown:
        raise DomainError(f"These cannot be edited on a visit: {', '.join(sorted(unknown))}")
    if "purpose" in changes and not str(changes["purpose"] or "").strip():
        raise ValidationError("purpose", "say what the visit is for")
    current = load_visit(conn, visit_id)
    merged_start = changes.get("starts_at", current.starts_at)
    merged_end = changes.get("ends_at", current.ends_at)
    if merged_end < merged_start:
        raise ValidationError("ends_at", "a visit cannot end before it starts")
    return writes.update(conn, "visit", visit_id, changes, actor=actor)


def check_in(conn: Connection, visit_id: str, *, at: datetime, actor: str | None) -> None:
    """The rep arrived: the visit is under way from ``at``."""
    visit = load_visit(conn, visit_id)
    if visit.status is not VisitStatus.PLANNED:
        raise DomainError(f"Only a planned visit can be checked in (this one is {visit.status}).")
    changes = {"status": VisitStatus.CHECKED_IN.value, "checked_in_at": at}
    writes.update(conn, "visit", visit_id, changes, actor=actor)


def check_out(
    conn: Connection,
    visit_id: str,
    *,
    outcome: str,
    satisfaction: int,
    at: datetime,
    actor: str | None,
) -> str:
    """Close the visit with what came of it; returns the meeting logged on the account."""
    visit = load_visit(conn, visit_id)
    if visit.status not in (VisitStatus.PLANNED, VisitStatus.CHECKED_IN):
        raise DomainError(f"This visit is already {visit.status}; it cannot be checked out.")
    text = outcome.strip()
    if not text:
        raise ValidationError("outcome", "write down what came of the visit")
    if len(text) > OUTCOME_MAX:
        raise ValidationError("outcome", f"is longer than {OUTCOME_MAX} characters")
    if not 1 <= satisfaction <= 5:
        raise ValidationError("satisfaction", "rate how the client felt from 1 to 5")
    if visit.checked_in_at is not None and at < visit.checked_in_at:
        raise ValidationError("checked_out_at", "cannot be before the check-in")
    changes = {"status": VisitStatus.DONE.value, "checked_out_at": at, "outcome": text}
    writes.update(conn, "visit", visit_id, changes, actor=actor)
    activity = {
        "account_id": visit.account_id,
        "contact_id": visit.contact_id,
        "owner_id": actor,
        "kind": ActivityKind.MEETING.value,
        "subject": visit.purpose,
        "body": text,
        "occurred_at": visit.checked_in_at or visit.starts_at,
        "satisfaction": satisfaction,
    }
    return writes.create(conn, "activity", activity, actor=actor)


def cancel_visit(conn: Connection, visit_id: str, *, reason: str | None, actor: str | None) -> None:
    """Call a visit off; it stays in the calendar, struck out, with the reason."""
    visit = load_visit(conn, visit_id)
    if visit.status is VisitStatus.DONE:
        raise DomainError("This visit has already happened; it cannot be cancelled.")
    changes: dict[str, Any] = {"status": VisitStatus.CANCELLED.value, "remind_at": None}
    if reason and reason.strip():
        changes["outcome"] = reason.strip()
    writes.update(conn, "visit", visit_id, changes, actor=actor)


def _ics_visit(row: VisitRow) -> IcsVisit:
    return IcsVisit(
        id=row.id,
        account_name=row.account_name,
        contact_name=row.contact_name,
        purpose=row.purpose,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=row.status,
        location=row.location,
        outcome=row.outcome,
        remind_at=row.remind_at,
        updated_at=row.updated_at,
    )


def export_visit(
    conn: Connection, visit_id: str, *, now: datetime, language: str = "zh_CN"
) -> bytes:
    """One visit as an ``.ics`` file."""
    return visits_to_ics([_ics_visit(load_visit(conn, visit_id))], now=now, language=language)


def export_calendar(
    conn: Connection,
    start: datetime,
    end: datetime,
    *,
    now: datetime,
    owner_id: str | None = None,
    name: str = "SFA Desk",
    language: str = "zh_CN",
) -> bytes:
    """Every visit overlapping [start, end) as one ``.ics`` calendar.

    An empty range is refused: RFC 5545 wants at least one event, and Google and Outlook
    answer an empty file with an error the rep cannot act on.
    """
    rows = visits_between(conn, start, end, owner_id=owner_id)
    if not rows:
        raise DomainError("There are no visits in this period to export.")
    events = [_ics_visit(row) for row in rows]
    return visits_to_ics(events, now=now, calendar_name=name, language=language)
