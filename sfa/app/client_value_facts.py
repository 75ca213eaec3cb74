"""The inputs of client value, read from the laptop's store one chunk of accounts at a time.

A chunk is a run of account ids in key order (a few thousand accounts): every query below
reads only the rows of those accounts through the ``account_id`` indexes, so valuing a
100,000-account portfolio never holds more than one chunk's records in Python. SQL reduces
the big tables to what the rules need — per account the last interaction, the number in the
last 90 days and the last five ratings — and only the few won deals, orders and open deals
of the chunk travel as rows, because money is summed in ``Decimal`` (SQLite would sum the
canonical text as floating point).

A *sale* is an order (not cancelled) when the account has orders on this laptop, else a won
opportunity — never both, so business that became an order is not counted twice.
Interactions are the shared activity log except notes (the calendar's check-out logs each
visit there as a meeting), plus done visits for recency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, String, Table, case, func, inspect, select

from sfa.analytics.health import FREQUENCY_DAYS, RATINGS_KEPT, Interactions
from sfa.analytics.value import OpenDeal, Sale
from sfa.domain.enums import ActivityKind, Stage, VisitStatus
from sfa.domain.stages import OPEN_STAGES, probability_of
from sfa.store.tables import ENTITY_TABLES, Account, Activity, Opportunity, Visit

_accounts = cast(Table, Account.__table__)
_opportunities = cast(Table, Opportunity.__table__)
_activities = cast(Table, Activity.__table__)
_visits = cast(Table, Visit.__table__)

CANCELLED_ORDER = "cancelled"
CHUNK_ACCOUNTS = 2_000
"""Accounts per chunk: each query of a chunk takes a few milliseconds on 100,000 accounts."""

_QUIET = Interactions(None, 0, ())
_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class AccountFacts:
    account_id: str
    status: str
    sales: list[Sale]
    open_deals: list[OpenDeal]
    interactions: Interactions


@dataclass(frozen=True, slots=True)
class Chunk:
    """Live accounts whose ids run from ``first`` to ``last`` (both included), and their
    status."""

    first: str
    last: str
    statuses: dict[str, str]


def chunks(conn: Connection, size: int = CHUNK_ACCOUNTS) -> Iterator[Chunk]:
    """Every live account, ``size`` at a time in id order (keyset paging: no OFFSET)."""
    a = _accounts.c
    after = ""
    while True:
        query = (
            select(a.id, a.status)
            .where(a.deleted.is_(False), a.id > after)
            .order_by(a.id)
            .limit(size)
        )
        rows = conn.execute(query).all()
        if not rows:
            return
        yield Chunk(rows[0][0], rows[-1][0], {key: status for key, status in rows})
        after = rows[-1][0]


def one_account(conn: Connection, account_id: str) -> Chunk | None:
    a = _accounts.c
    query = select(a.status).where(a.deleted.is_(False), a.id == account_id)
    status = conn.execute(query).scalar()
    return None if status is None else Chunk(account_id, account_id, {account_id: status})


def _within(query: Any, column: Any, chunk: Chunk) -> Any:
    if chunk.first == chunk.last:
        return query.where(column == chunk.first)
    return query.where(column >= chunk.first, column <= chunk.last)


def read_facts(conn: Connection, chunk: Chunk, *, today: date) -> dict[str, AccountFacts]:
    """The inputs of every account of ``chunk``, keyed by account id."""
    sales = read_sales(conn, chunk, today=today)
    deals = _open_deals(conn, chunk)
    contacts = _interactions(conn, chunk, today)
    return {
        key: AccountFacts(
            key, status, sales.get(key, []), deals.get(key, []), contacts.get(key, _QUIET)
        )
        for key, status in chunk.statuses.items()
    }


def read_sales(conn: Connection, chunk: Chunk, *, today: date) -> dict[str, list[Sale]]:
    """The sales of the chunk's accounts that have any: orders, else won deals."""
    sales = _order_sales(conn, chunk)
    for key, won in _won_sales(conn, chunk, today).items():
        sales.setdefault(key, won)
    return {key: found for key, found in sales.items() if key in chunk.statuses}


def order_tables(conn: Connection) -> list[Table]:
    """The order table, when this laptop's schema has orders at all."""
    mapped = ENTITY_TABLES.get("order")
    if mapped is None or not inspect(conn).has_table("order"):
        return []
    return [cast(Table, mapped.__table__)]


def _won_sales(conn: Connection, chunk: Chunk, today: date) -> dict[str, list[Sale]]:
    """Won deals; one without a close date (or closing in the future) counts as won when it was
    last changed, at the latest today."""
    o = _opportunities.c
    query = _within(
        select(o.account_id, o.amount, o.close_date, o.updated_at).where(
            o.deleted.is_(False), o.stage == Stage.WON.value, o.account_id.isnot(None)
        ),
        o.account_id,
        chunk,
    )
    found: dict[str, list[Sale]] = defaultdict(list)
    for account_id, amount, close_date, updated_at in conn.execute(query).all():
        day = close_date or (updated_at.date() if updated_at else today)
        found[account_id].append(Sale(min(day, today), amount or _ZERO))
    return found


def _order_sales(conn: Connection, chunk: Chunk) -> dict[str, list[Sale]]:
    tables = order_tables(conn)
    if not tables:
        return {}
    orders = tables[0].c
    query = _within(
        select(orders.account_id, orders.order_date, orders.total).where(
            orders.deleted.is_(False),
            orders.status != CANCELLED_ORDER,
            orders.account_id.isnot(None),
            orders.order_date.isnot(None),
        ),
        orders.account_id,
        chunk,
    )
    found: dict[str, list[Sale]] = defaultdict(list)
    for account_id, order_date, total in conn.execute(query).all():
        found[account_id].append(Sale(order_date, total or _ZERO))
    return found


def _open_deals(conn: Connection, chunk: Chunk) -> dict[str, list[OpenDeal]]:
    o = _opportunities.c
    query = _within(
        select(o.account_id, o.stage, o.amount, o.probability).where(
            o.deleted.is_(False),
            o.stage.in_([s.value for s in OPEN_STAGES]),
            o.account_id.isnot(None),
            o.amount.isnot(None),
        ),
        o.account_id,
        chunk,
    )
    found: dict[str, list[OpenDeal]] = defaultdict(list)
    for account_id, stage, amount, probability in conn.execute(query).all():
        found[account_id].append(OpenDeal(amount, probability_of(Stage(stage), probability)))
    return found


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, UTC)


def _interactions(conn: Connection, chunk: Chunk, today: date) -> dict[str, Interactions]:
    a, v = _activities.c, _visits.c
    since = _start_of(today - timedelta(days=FREQUENCY_DAYS - 1))
    contact = (a.deleted.is_(False), a.kind != ActivityKind.NOTE.value, a.account_id.isnot(None))
    logged = _within(
        select(
            a.account_id,
            func.max(a.occurred_at, type_=String).label("last"),
            func.sum(case((a.occurred_at >= since, 1), else_=0)).label("recent"),
        ).where(*contact),
        a.account_id,
        chunk,
    ).group_by(a.account_id)
    last: dict[str, date] = {}
    recent: dict[str, int] = {}
    for account_id, latest, count in conn.execute(logged).all():
        if latest is not None:
            last[account_id] = _day(latest)
        recent[account_id] = int(count or 0)
    visit_day = func.max(func.coalesce(v.checked_in_at, v.starts_at), type_=String)
    visited = _within(
        select(v.account_id, visit_day.label("last")).where(
            v.deleted.is_(False), v.status == VisitStatus.DONE.value, v.account_id.isnot(None)
        ),
        v.account_id,
        chunk,
    ).group_by(v.account_id)
    for account_id, latest in conn.execute(visited).all():
        if latest is not None:
            day = _day(latest)
            last[account_id] = max(day, last.get(account_id, day))
    ratings = _ratings(conn, chunk)
    keys = (set(last) | set(recent) | set(ratings)) & chunk.statuses.keys()
    return {
        key: Interactions(
            days_since_last=None if key not in last else max(0, (today - last[key]).days),
            recent_count=recent.get(key, 0),
            ratings=ratings.get(key, ()),
        )
        for key in keys
    }


def _day(stored: str) -> date:
    """The UTC day of a stored timestamp (``2025-06-28 09:00:00.000000`` on SQLite), read
    without parsing the rest."""
    return date.fromisoformat(str(stored)[:10])


def _ratings(conn: Connection, chunk: Chunk) -> dict[str, tuple[int, ...]]:
    """The last five satisfaction ratings of each account, newest first."""
    a = _activities.c
    newest = (
        func.row_number()
        .over(partition_by=a.account_id, order_by=(a.occurred_at.desc(), a.id.desc()))
        .label("position")
    )
    rated = _within(
        select(a.account_id, a.satisfaction, newest).where(
            a.deleted.is_(False), a.satisfaction.isnot(None), a.account_id.isnot(None)
        ),
        a.account_id,
        chunk,
    ).subquery()
    query = (
        select(rated.c.account_id, rated.c.satisfaction)
        .where(rated.c.position <= RATINGS_KEPT)
        .order_by(rated.c.account_id, rated.c.position)
    )
    found: dict[str, list[int]] = defaultdict(list)
    for account_id, satisfaction in conn.execute(query).all():
        found[account_id].append(int(satisfaction))
    return {key: tuple(values) for key, values in found.items()}
