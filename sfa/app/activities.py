"""Logging what happened with a client (a call, a meeting, a note, an e-mail), and reading the
shared timeline of an account or a contact.

The timeline is shared: every rep who can see the account sees every rep's entries, newest
first, so a colleague never calls a client who was called an hour ago without knowing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from sfa.domain.columns import utcnow
from sfa.domain.enums import ActivityKind
from sfa.domain.errors import DomainError, ValidationError
from sfa.store import writes
from sfa.store.tables import Activity, Contact, User

_activities = cast(Table, Activity.__table__)
_contacts = cast(Table, Contact.__table__)
_users = cast(Table, User.__table__)

LOGGABLE_KINDS = (ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.NOTE, ActivityKind.EMAIL)
"""What a rep logs by hand; visit activities come from the calendar's check-out."""


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    kind: str
    subject: str
    body: str | None
    occurred_at: datetime | None
    satisfaction: int | None
    contact_name: str | None
    owner_name: str | None


def log_activity(
    conn: Connection,
    *,
    account_id: str | None,
    contact_id: str | None = None,
    kind: str,
    subject: str,
    body: str | None = None,
    satisfaction: int | None = None,
    occurred_at: datetime | None = None,
    actor: str | None,
) -> str:
    """Record an activity owned by ``actor``; a contact alone is enough to find the account."""
    if contact_id and not account_id:
        contact = writes.load(conn, "contact", contact_id)
        if contact is None or contact["deleted"]:
            raise DomainError("That contact no longer exists on this laptop")
        account_id = contact["account_id"]
    if not account_id:
        raise ValidationError("account_id", "choose the account this activity belongs to")
    if not subject.strip():
        raise ValidationError("subject", "write in a few words what it was about")
    fields: dict[str, Any] = {
        "account_id": account_id,
        "kind": kind,
        "subject": subject.strip(),
        "occurred_at": occurred_at or utcnow(),
        "owner_id": actor,
    }
    if contact_id:
        fields["contact_id"] = contact_id
    if body and body.strip():
        fields["body"] = body.strip()
    if satisfaction is not None:
        fields["satisfaction"] = satisfaction
    return writes.create(conn, "activity", fields, actor=actor)


def timeline(
    conn: Connection,
    *,
    account_id: str | None = None,
    contact_id: str | None = None,
    limit: int = 200,
) -> list[TimelineEntry]:
    """Activities of an account (or of one contact), newest first, whoever logged them."""
    if not account_id and not contact_id:
        return []
    activity = _activities.c
    query = (
        select(
            activity.id,
            activity.kind,
            activity.subject,
            activity.body,
            activity.occurred_at,
            activity.satisfaction,
            _contacts.c.name.label("contact_name"),
            _users.c.display_name.label("owner_name"),
        )
        .select_from(
            _activities.outerjoin(_contacts, _contacts.c.id == activity.contact_id).outerjoin(
                _users, _users.c.id == activity.owner_id
            )
        )
        .where(activity.deleted.is_(False))
        .order_by(activity.occurred_at.desc(), activity.id)
        .limit(limit)
    )
    if account_id:
        query = query.where(activity.account_id == account_id)
    if contact_id:
        query = query.where(activity.contact_id == contact_id)
    return [TimelineEntry(**dict(row)) for row in conn.execute(query).mappings()]
