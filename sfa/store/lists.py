"""The list screens' queries: one page of accounts, contacts or quotes, filtered and sorted in SQL.

A list on a 100,000-account laptop never loads every row: the screen asks for a page at an
offset, with the filter and the sort the rep chose, and SQLite does the work. The accounts
list first takes a snapshot of its order (row numbers, :func:`account_order`) and then reads
each page by row number, as fast at the end of the list as at the start. Text filters
match a fragment anywhere in the name and a few other columns (``LIKE`` with escaped
wildcards); the search box is the place for pinyin and ranking.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Label,
    Select,
    Table,
    and_,
    func,
    literal_column,
    or_,
    select,
)

from sfa.store.duplicates import like_pattern
from sfa.store.tables import Account, Contact, Quote

_accounts = cast(Table, Account.__table__)
_contacts = cast(Table, Contact.__table__)
_quotes = cast(Table, Quote.__table__)
_rowid: Label[int] = literal_column("account.rowid", Integer).label("rowid")
"""SQLite's row number of an account: the key of a list's snapshot (see account_order)."""

ACCOUNT_COLUMNS = ("name", "province", "city", "tier", "status", "phone", "credit_code")
CONTACT_COLUMNS = ("name", "account_name", "title", "phone", "email")
QUOTE_COLUMNS = ("number", "revision", "account_name", "status", "valid_until")


@dataclass(frozen=True)
class ListFilter:
    """What the rep narrowed a list to; empty values mean “any”."""

    text: str = ""
    status: str = ""
    tier: str = ""
    province: str = ""
    city: str = ""
    account_id: str = ""
    include_archived: bool = False


@dataclass(frozen=True)
class ListOrder:
    column: str
    descending: bool = False


def _text_match(text: str, columns: Sequence[Any]) -> ColumnElement[bool]:
    pattern = like_pattern(text.strip())
    return or_(*(column.like(pattern, escape="\\") for column in columns))


def _account_conditions(where: ListFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [_accounts.c.deleted.is_(False)]
    if not where.include_archived:
        conditions.append(_accounts.c.archived.isnot(True))
    for name in ("status", "tier", "province", "city"):
        value = getattr(where, name)
        if value:
            conditions.append(_accounts.c[name] == value)
    if where.text.strip():
        conditions.append(
            _text_match(
                where.text,
                (_accounts.c.name, _accounts.c.phone, _accounts.c.credit_code, _accounts.c.city),
            )
        )
    return conditions


def _ordered(query: Select[Any], column: Any, order: ListOrder, tiebreak: Any) -> Select[Any]:
    ordering = column.desc() if order.descending else column.asc()
    return query.order_by(ordering, tiebreak)


def account_page(
    conn: Connection, where: ListFilter, order: ListOrder, offset: int, limit: int
) -> list[dict[str, Any]]:
    """Rows of ``id`` plus :data:`ACCOUNT_COLUMNS`."""
    column = _accounts.c[order.column if order.column in ACCOUNT_COLUMNS else "name"]
    query = select(_accounts.c.id, *(_accounts.c[c] for c in ACCOUNT_COLUMNS)).where(
        and_(*_account_conditions(where))
    )
    query = _ordered(query, column, order, _accounts.c.id).offset(offset).limit(limit)
    return [dict(row) for row in conn.execute(query).mappings()]


SCAN_CACHE_KIB = 4_096
_BATCH = 2_000
"""Rows turned into Python objects at a time: the whole 100,000 at once would hold the GIL
(and freeze the window) for a tenth of a second."""


@contextmanager
def scanning(conn: Connection) -> Iterator[None]:
    """A small page cache for a query that reads a whole table once: a sequential scan gains
    nothing from SQLite's cache, and the connection's usual one (tens of megabytes, for the
    sync's writes) would stay filled with the table — for every pooled connection."""
    usual = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SCAN_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(usual or 0)}")


def account_order(conn: Connection, where: ListFilter, order: ListOrder) -> array[int]:
    """The row numbers of the filtered accounts in the list's order — the list's snapshot.

    Pages are then read by row number (:func:`accounts_at`): a page at the end of 100,000
    accounts costs what the first one costs, where ``OFFSET`` re-sorts everything before
    it on every page (0.3 s at row 50,000 without an index on the column). SQLite sorts, so
    the GUI thread keeps the interpreter; 100,000 row numbers take 0.8 MB.
    """
    column = _accounts.c[order.column if order.column in ACCOUNT_COLUMNS else "name"]
    query = select(_rowid).where(and_(*_account_conditions(where)))
    query = _ordered(query, column, order, _accounts.c.id)
    found = array("q")
    with scanning(conn):
        for part in conn.execute(query).scalars().partitions(_BATCH):
            found.extend(part)
    return found


def ranked_account_order(
    conn: Connection, where: ListFilter, ranks: Mapping[str, Any], descending: bool = False
) -> array[int]:
    """The filtered accounts ordered by a figure computed outside SQL (health, value…), as
    row numbers for :func:`accounts_at`.

    ``ranks`` maps an account id to a sortable figure; accounts without one (created since
    the figures were computed) come last either way, and equal figures keep name order.
    Accounts are grouped by figure in one pass and only the distinct figures are sorted.
    """
    query = select(_rowid, _accounts.c.id).where(and_(*_account_conditions(where)))
    groups: dict[Any, array[int]] = {}
    unranked = array("q")
    with scanning(conn):
        named = conn.execute(query.order_by(_accounts.c.name, _accounts.c.id))
        for part in named.partitions(_BATCH):
            for rowid, account_id in part:
                figure = ranks.get(account_id)
                if figure is None:
                    unranked.append(rowid)
                else:
                    found = groups.get(figure)
                    if found is None:
                        found = groups[figure] = array("q")
                    found.append(rowid)
    ordered = array("q")
    for figure in sorted(groups, reverse=descending):
        ordered.extend(groups[figure])
    ordered.extend(unranked)
    return ordered


def accounts_at(conn: Connection, rowids: Sequence[int]) -> list[dict[str, Any]]:
    """Rows of ``id`` plus :data:`ACCOUNT_COLUMNS`, in the order of ``rowids`` (accounts
    deleted since the snapshot are left out)."""
    query = select(_rowid, _accounts.c.id, *(_accounts.c[c] for c in ACCOUNT_COLUMNS)).where(
        _rowid.in_(list(rowids)), _accounts.c.deleted.is_(False)
    )
    found = {row["rowid"]: dict(row) for row in conn.execute(query).mappings()}
    rows = [found[rowid] for rowid in rowids if rowid in found]
    for row in rows:
        del row["rowid"]
    return rows


def account_count(conn: Connection, where: ListFilter) -> int:
    query = select(func.count()).select_from(_accounts).where(and_(*_account_conditions(where)))
    with scanning(conn):
        return int(conn.execute(query).scalar_one())


def account_places(conn: Connection) -> dict[str, list[str]]:
    """Province → its cities, as the accounts on this laptop have them (for the filters)."""
    query = (
        select(_accounts.c.province, _accounts.c.city)
        .where(_accounts.c.deleted.is_(False), _accounts.c.province.isnot(None))
        .distinct()
        .order_by(_accounts.c.province, _accounts.c.city)
    )
    with scanning(conn):
        rows = conn.execute(query).all()
    places: dict[str, list[str]] = {}
    for province, city in rows:
        cities = places.setdefault(province, [])
        if city and city not in cities:
            cities.append(city)
    return places


def _contact_query(where: ListFilter) -> Select[Any]:
    account_name = _accounts.c.name.label("account_name")
    conditions: list[ColumnElement[bool]] = [_contacts.c.deleted.is_(False)]
    if where.account_id:
        conditions.append(_contacts.c.account_id == where.account_id)
    if where.text.strip():
        conditions.append(
            _text_match(
                where.text,
                (_contacts.c.name, _contacts.c.phone, _contacts.c.email, _accounts.c.name),
            )
        )
    return (
        select(
            _contacts.c.id,
            _contacts.c.account_id,
            _contacts.c.name,
            account_name,
            _contacts.c.title,
            _contacts.c.phone,
            _contacts.c.email,
        )
        .select_from(_contacts.outerjoin(_accounts, _accounts.c.id == _contacts.c.account_id))
        .where(and_(*conditions))
    )


def contact_page(
    conn: Connection, where: ListFilter, order: ListOrder, offset: int, limit: int
) -> list[dict[str, Any]]:
    """Rows of ``id``, ``account_id`` plus :data:`CONTACT_COLUMNS`."""
    name = order.column if order.column in CONTACT_COLUMNS else "name"
    column = _accounts.c.name if name == "account_name" else _contacts.c[name]
    query = _ordered(_contact_query(where), column, order, _contacts.c.id)
    return [dict(row) for row in conn.execute(query.offset(offset).limit(limit)).mappings()]


def contact_count(conn: Connection, where: ListFilter) -> int:
    query = select(func.count()).select_from(_contact_query(where).subquery())
    return int(conn.execute(query).scalar_one())


def _quote_query(where: ListFilter) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = [_quotes.c.deleted.is_(False)]
    if where.status:
        conditions.append(_quotes.c.status == where.status)
    if where.account_id:
        conditions.append(_quotes.c.account_id == where.account_id)
    if where.text.strip():
        conditions.append(_text_match(where.text, (_quotes.c.number, _accounts.c.name)))
    return (
        select(
            _quotes.c.id,
            _quotes.c.account_id,
            _quotes.c.number,
            _quotes.c.revision,
            _accounts.c.name.label("account_name"),
            _quotes.c.status,
            _quotes.c.valid_until,
        )
        .select_from(_quotes.outerjoin(_accounts, _accounts.c.id == _quotes.c.account_id))
        .where(and_(*conditions))
    )


def quote_page(
    conn: Connection, where: ListFilter, order: ListOrder, offset: int, limit: int
) -> list[dict[str, Any]]:
    """Rows of ``id``, ``account_id`` plus :data:`QUOTE_COLUMNS`."""
    name = order.column if order.column in QUOTE_COLUMNS else "number"
    column = _accounts.c.name if name == "account_name" else _quotes.c[name]
    query = _ordered(_quote_query(where), column, order, _quotes.c.id)
    return [dict(row) for row in conn.execute(query.offset(offset).limit(limit)).mappings()]


def quote_count(conn: Connection, where: ListFilter) -> int:
    query = select(func.count()).select_from(_quote_query(where).subquery())
    return int(conn.execute(query).scalar_one())
