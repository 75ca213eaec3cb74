"""Which visit reminders are due, asked by the desktop every minute or so.

The question is always “what came due since I last asked”, so a reminder shows once however
often the clock ticks. The first question after start-up also catches the reminders that came
due while the laptop was closed, for visits that are still ahead: a rep who opens the laptop
at 8:30 still wants to hear about the 9:00 visit whose reminder was set for 8:00.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, select

from sfa.domain.enums import VisitStatus
from sfa.store.tables import Account, Visit

_visits = cast(Table, Visit.__table__)
_accounts = cast(Table, Account.__table__)


@dataclass(frozen=True, slots=True)
class Reminder:
    visit_id: str
    account_name: str
    purpose: str
    starts_at: datetime
    location: str | None
    remind_at: datetime


def due_reminders(
    conn: Connection, *, now: datetime, since: datetime | None, owner_id: str | None = None
) -> list[Reminder]:
    """Planned visits whose ``remind_at`` fell in (since, now]; with no ``since`` (first look
    after start-up), every reminder due by now whose visit has not started yet."""
    query = (
        select(
            _visits.c.id,
            _accounts.c.name,
            _visits.c.purpose,
            _visits.c.starts_at,
            _visits.c.location,
            _visits.c.remind_at,
        )
        .select_from(_visits)
        .outerjoin(_accounts, _accounts.c.id == _visits.c.account_id)
        .where(
            _visits.c.deleted.is_(False),
            _visits.c.status == VisitStatus.PLANNED.value,
            _visits.c.remind_at.is_not(None),
            _visits.c.remind_at <= now,
        )
        .order_by(_visits.c.remind_at, _visits.c.id)
    )
    if since is None:
        query = query.where(_visits.c.starts_at > now)
    else:
        query = query.where(_visits.c.remind_at > since)
    if owner_id is not None:
        query = query.where(_visits.c.owner_id == owner_id)
    return [
        Reminder(row[0], row[1] or "", row[2], row[3], row[4], row[5])
        for row in conn.execute(query)
    ]
