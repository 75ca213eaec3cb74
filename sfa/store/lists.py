"""The list screens' queries: one page of accounts, contacts or quotes, filtered and sorted in SQL.

A list on a 100,000-account laptop never loads every row: the screen asks for a page at an
offset, with the filter and the sort the rep chose, and SQLite does the work. Text filters
match a fragment anywhere in the name and a few other columns (``LIKE`` with escaped
wildcards); the search box is the place for pinyin and ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Select, Table, and_, func, or_, select

from sfa.store.tables import Account, Contact, Quote

_accounts = cast(Table, Account.__table__)
_contacts = cast(Table, Contact.__table__)
_quotes = cast(Table, Quote.__table__)

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


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_match(text: str, columns: Sequence[Any]) -> ColumnElement[bool]:
    pattern = _like(text.strip())
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


def account_count(conn: Connection, where: ListFilter) -> int:
    query = select(func.count()).select_from(_accounts).where(and_(*_account_conditions(where)))
    return int(conn.execute(query).scalar_one())


def account_places(conn: Connection) -> dict[str, list[str]]:
    """Province → its cities, as the accounts on this laptop have them (for the filters)."""
    rows = conn.execute(
        select(_accounts.c.province, _accounts.c.city)
        .where(_accounts.c.deleted.is_(False), _accounts.c.province.isnot(None))
        .distinct()
        .order_by(_accounts.c.province, _accounts.c.city)
    )
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
