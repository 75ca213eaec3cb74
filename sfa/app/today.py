"""What a rep should look at this morning: today's visits, follow-ups that are overdue,
reminders that fall due, what colleagues changed, and the rep's clients' overdue invoices.

Plain functions over the local store, given ``now`` and the rep's time zone (so tests pin the
day). Visits, quotes and invoices are the rep's own (``owner_id``); price agreements and accounts gone
quiet are those of the accounts the rep owns. Without a known user (the local demo company)
every record counts as the rep's.

Who changed a pulled record is not part of the sync contract yet, so a record whose
``updated_by`` is empty counts as a colleague's change; ``rev`` (the server's change
sequence) orders them newest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, func, or_, select, true

from sfa.app.payments import overdue_receivables
from sfa.domain.enums import AccountStatus, QuoteStatus, VisitStatus
from sfa.store.tables import (
    Account,
    Activity,
    Contact,
    Opportunity,
    PriceAgreement,
    Product,
    Quote,
    Visit,
)

_accounts = cast(Table, Account.__table__)
_activities = cast(Table, Activity.__table__)
_visits = cast(Table, Visit.__table__)
_quotes = cast(Table, Quote.__table__)
_agreements = cast(Table, PriceAgreement.__table__)
_products = cast(Table, Product.__table__)

HORIZON_DAYS = 14
QUIET_DAYS = 30
LIMIT = 50

OPEN_QUOTES = tuple(
    s.value
    for s in QuoteStatus
    if s not in (QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED)
)


@dataclass(frozen=True)
class TodayItem:
    """One line on the Today page; ``reason`` says why it is there."""

    reason: str
    entity: str
    record_id: str
    account_id: str | None
    title: str
    account_name: str | None
    when: datetime | date | None
    amount: Decimal | None = None
    """For an overdue invoice: what is still due, in ``currency``."""
    currency: str | None = None


VISIT_TODAY = "visit_today"
OVERDUE_VISIT = "overdue_visit"
VISIT_REMINDER = "visit_reminder"
QUOTE_EXPIRING = "quote_expiring"
PRICE_EXPIRING = "price_expiring"
QUIET_ACCOUNT = "quiet_account"
CHANGED = "changed"
OVERDUE_RECEIVABLE = "overdue_receivable"


@dataclass
class TodayView:
    visits: list[TodayItem] = field(default_factory=list)
    overdue: list[TodayItem] = field(default_factory=list)
    reminders: list[TodayItem] = field(default_factory=list)
    changes: list[TodayItem] = field(default_factory=list)
    receivables: list[TodayItem] = field(default_factory=list)


def today_view(conn: Connection, *, actor: str | None, now: datetime, tz: tzinfo) -> TodayView:
    day = now.astimezone(tz).date()
    start = datetime.combine(day, time.min, tz)
    end = start + timedelta(days=1)
    return TodayView(
        visits=todays_visits(conn, actor=actor, start=start, end=end),
        overdue=overdue_followups(conn, actor=actor, now=now, start=start, end=end),
        reminders=[
            *expiring_quotes(conn, actor=actor, day=day),
            *expiring_prices(conn, actor=actor, day=day),
            *quiet_accounts(conn, actor=actor, now=now),
        ],
        changes=colleague_changes(conn, actor=actor),
        receivables=overdue_invoices(conn, actor=actor, day=day),
    )


def _mine(column: Any, actor: str | None) -> Any:
    return column == actor if actor else true()


def _visit_items(conn: Connection, reason: str, *conditions: Any) -> list[TodayItem]:
    query = (
        select(_visits, _accounts.c.name.label("account_name"))
        .select_from(_visits.outerjoin(_accounts, _accounts.c.id == _visits.c.account_id))
        .where(_visits.c.deleted.is_(False), *conditions)
        .order_by(_visits.c.starts_at, _visits.c.id)
        .limit(LIMIT)
    )
    return [
        TodayItem(reason, "visit", r.id, r.account_id, r.purpose, r.account_name, r.starts_at)
        for r in conn.execute(query)
    ]


def todays_visits(
    conn: Connection, *, actor: str | None, start: datetime, end: datetime
) -> list[TodayItem]:
    """Visits starting today that are not cancelled, in time order."""
    return _visit_items(
        conn,
        VISIT_TODAY,
        _mine(_visits.c.owner_id, actor),
        _visits.c.starts_at >= start,
        _visits.c.starts_at < end,
        _visits.c.status != VisitStatus.CANCELLED.value,
    )


def overdue_followups(
    conn: Connection, *, actor: str | None, now: datetime, start: datetime, end: datetime
) -> list[TodayItem]:
    """Visits planned before today and never checked out, then upcoming visits whose
    reminder is due (today's own visits are already listed above)."""
    unfinished = (VisitStatus.PLANNED.value, VisitStatus.CHECKED_IN.value)
    overdue = _visit_items(
        conn,
        OVERDUE_VISIT,
        _mine(_visits.c.owner_id, actor),
        _visits.c.starts_at < start,
        _visits.c.status.in_(unfinished),
    )
    reminded = _visit_items(
        conn,
        VISIT_REMINDER,
        _mine(_visits.c.owner_id, actor),
        _visits.c.remind_at <= now,
        _visits.c.starts_at >= end,
        _visits.c.status == VisitStatus.PLANNED.value,
    )
    return overdue + reminded


def expiring_quotes(conn: Connection, *, actor: str | None, day: date) -> list[TodayItem]:
    """Open quotes whose validity ends within :data:`HORIZON_DAYS` (a renewal call is due)."""
    query = (
        select(_quotes, _accounts.c.name.label("account_name"))
        .select_from(_quotes.outerjoin(_accounts, _accounts.c.id == _quotes.c.account_id))
        .where(
            _quotes.c.deleted.is_(False),
            _mine(_quotes.c.owner_id, actor),
            _quotes.c.status.in_(OPEN_QUOTES),
            _quotes.c.valid_until >= day,
            _quotes.c.valid_until <= day + timedelta(days=HORIZON_DAYS),
        )
        .order_by(_quotes.c.valid_until, _quotes.c.number)
        .limit(LIMIT)
    )
    return [
        TodayItem(
            QUOTE_EXPIRING, "quote", r.id, r.account_id, r.number, r.account_name, r.valid_until
        )
        for r in conn.execute(query)
    ]


def expiring_prices(conn: Connection, *, actor: str | None, day: date) -> list[TodayItem]:
    """Agreed prices of the rep's accounts ending within :data:`HORIZON_DAYS`."""
    query = (
        select(
            _agreements.c.id,
            _agreements.c.account_id,
            _agreements.c.valid_until,
            _products.c.name.label("product_name"),
            _accounts.c.name.label("account_name"),
        )
        .select_from(
            _agreements.join(_accounts, _accounts.c.id == _agreements.c.account_id).outerjoin(
                _products, _products.c.id == _agreements.c.product_id
            )
        )
        .where(
            _agreements.c.deleted.is_(False),
            _accounts.c.deleted.is_(False),
            _mine(_accounts.c.owner_id, actor),
            _agreements.c.valid_until >= day,
            _agreements.c.valid_until <= day + timedelta(days=HORIZON_DAYS),
        )
        .order_by(_agreements.c.valid_until, _accounts.c.name)
        .limit(LIMIT)
    )
    return [
        TodayItem(
            PRICE_EXPIRING,
            "price_agreement",
            r.id,
            r.account_id,
            r.product_name or "",
            r.account_name,
            r.valid_until,
        )
        for r in conn.execute(query)
    ]


def quiet_accounts(
    conn: Connection, *, actor: str | None, now: datetime, days: int = QUIET_DAYS
) -> list[TodayItem]:
    """The rep's live accounts with no activity for ``days`` days, the longest silent first
    (accounts never contacted at all come last: they are prospects, not a churn risk)."""
    last = (
        select(func.max(_activities.c.occurred_at))
        .where(_activities.c.account_id == _accounts.c.id, _activities.c.deleted.is_(False))
        .scalar_subquery()
    )
    query = (
        select(_accounts.c.id, _accounts.c.name, last.label("last_contact"))
        .where(
            _accounts.c.deleted.is_(False),
            _accounts.c.archived.isnot(True),
            _accounts.c.status != AccountStatus.LOST.value,
            _mine(_accounts.c.owner_id, actor),
            or_(last.is_(None), last < now - timedelta(days=days)),
        )
        .order_by(last.is_(None), last, _accounts.c.name)
        .limit(LIMIT)
    )
    return [
        TodayItem(QUIET_ACCOUNT, "account", r.id, r.id, r.name, r.name, r.last_contact)
        for r in conn.execute(query)
    ]


def overdue_invoices(conn: Connection, *, actor: str | None, day: date) -> list[TodayItem]:
    """The rep's invoices overdue on ``day`` (due before it, not fully paid), longest
    overdue first: a call about money is better made early."""
    owners = frozenset({actor}) if actor else None
    return [
        TodayItem(
            OVERDUE_RECEIVABLE,
            "invoice",
            row.receivable.invoice_id,
            row.receivable.account_id,
            row.receivable.number,
            row.account_name,
            row.receivable.due_on,
            row.receivable.due,
            row.receivable.currency,
        )
        for row in overdue_receivables(conn, day, owner_ids=owners)[:LIMIT]
    ]


_CHANGE_TITLES: dict[str, tuple[Table, str]] = {
    "account": (_accounts, "name"),
    "contact": (cast(Table, Contact.__table__), "name"),
    "opportunity": (cast(Table, Opportunity.__table__), "name"),
    "quote": (_quotes, "number"),
}


def colleague_changes(conn: Connection, *, actor: str | None, limit: int = 30) -> list[TodayItem]:
    """Records last changed by someone else, newest server change first."""
    found: list[tuple[int, TodayItem]] = []
    for entity, (table, title) in _CHANGE_TITLES.items():
        account_id = table.c.id if entity == "account" else table.c.account_id
        owner_account = _accounts.alias("owner_account")
        query = (
            select(
                table.c.id,
                table.c.rev,
                table.c[title].label("title"),
                account_id.label("account_id"),
                owner_account.c.name.label("account_name"),
            )
            .select_from(table.outerjoin(owner_account, owner_account.c.id == account_id))
            .where(
                table.c.deleted.is_(False),
                table.c.rev > 0,
                or_(table.c.updated_by.is_(None), table.c.updated_by != actor) if actor else true(),
            )
            .order_by(table.c.rev.desc())
            .limit(limit)
        )
        for r in conn.execute(query):
            item = TodayItem(CHANGED, entity, r.id, r.account_id, r.title, r.account_name, None)
            found.append((r.rev, item))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _, item in found[:limit]]
