"""Use cases on accounts: create with duplicate detection, and merge two into one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from sfa.domain.clean import clean_fields
from sfa.domain.duplicates import Certainty, DuplicateMatch
from sfa.domain.errors import DomainError, ValidationError
from sfa.domain.fields import entity_fields
from sfa.store import writes
from sfa.store.duplicates import find_duplicates


class DuplicateAccountError(DomainError):
    """Saving would create a second record of a company that is already there."""

    code = "duplicate"

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        certain = [m for m in matches if m.certainty is Certainty.CERTAIN]
        if certain:
            message = (
                f"“{certain[0].name}” already has this credit code; open it or merge instead "
                "of creating a second account."
            )
        else:
            names = "、".join(m.name for m in matches[:3])
            message = f"This may be the same company as: {names}. Save anyway?"
        super().__init__(message, details={"matches": [m.account_id for m in matches]})

    @property
    def certain(self) -> bool:
        return any(m.certainty is Certainty.CERTAIN for m in self.matches)


def possible_duplicates(conn: Connection, fields: Mapping[str, Any]) -> list[DuplicateMatch]:
    """Duplicates of an account being typed in, for a form to show before saving."""
    candidate = _comparable(fields)
    return find_duplicates(conn, candidate) if candidate else []


def create_account(
    conn: Connection,
    fields: Mapping[str, Any],
    *,
    actor: str | None,
    confirmed_not_duplicate: bool = False,
) -> str:
    """Create an account owned by ``actor`` unless told otherwise.

    A certain duplicate (same credit code) is always refused; likely ones are refused until
    the rep has seen them and confirmed.
    """
    cleaned = clean_fields("account", fields, creating=True)
    matches = find_duplicates(conn, cleaned)
    if any(m.certainty is Certainty.CERTAIN for m in matches) or (
        matches and not confirmed_not_duplicate
    ):
        raise DuplicateAccountError(matches)
    cleaned.setdefault("owner_id", actor)
    return writes.create(conn, "account", cleaned, actor=actor)


def update_account(
    conn: Connection,
    account_id: str,
    changes: Mapping[str, Any],
    *,
    actor: str | None,
) -> dict[str, Any]:
    """Apply a form's changes; an emptied optional field is stored as empty.

    A credit code another account already holds is refused: that account *is* this company,
    and the two should be merged instead.
    """
    cleaned = {name: (None if value == "" else value) for name, value in changes.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise ValidationError("name", "is required")
    typed = clean_fields("account", cleaned, creating=False)
    if typed.get("credit_code"):
        holders = [
            m
            for m in find_duplicates(conn, {"id": account_id, "credit_code": typed["credit_code"]})
            if m.certainty is Certainty.CERTAIN
        ]
        if holders:
            raise DuplicateAccountError(holders)
    return writes.update(conn, "account", account_id, typed, actor=actor)


def _comparable(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields a form holds so far, normalised where they are already valid."""
    result: dict[str, Any] = {}
    for name in ("id", "name", "credit_code", "phone", "email"):
        value = fields.get(name)
        if not value:
            continue
        if name == "id":
            result[name] = value
            continue
        try:
            result.update(clean_fields("account", {name: value}, creating=False))
        except DomainError:
            continue
    return result


MOVED_ENTITIES = ("contact", "opportunity", "activity", "visit", "quote")
"""Records that follow their account in a merge, parents before the records that name them."""

_REFERS = ("contact_id", "opportunity_id", "revision_of")


@dataclass
class MergeResult:
    survivor_id: str
    moved: dict[str, int] = field(default_factory=dict)
    filled_fields: list[str] = field(default_factory=list)
    left_with_duplicate: dict[str, int] = field(default_factory=dict)
    """Price agreements are the company's price decisions: a manager re-issues them."""


def merge_accounts(
    conn: Connection, survivor_id: str, duplicate_id: str, *, actor: str | None
) -> MergeResult:
    """Fold ``duplicate_id`` into ``survivor_id``.

    The records of the duplicate are re-created under the survivor and the originals become
    tombstones: the server keeps a record's account fixed (so that no replica silently holds
    a record it may no longer see), and a delete plus a create reaches every colleague's
    laptop correctly whichever of the two accounts they can see. Fields the survivor lacks
    are taken from the duplicate, which becomes a tombstone itself.
    """
    if survivor_id == duplicate_id:
        raise DomainError("An account cannot be merged into itself")
    survivor = _live_account(conn, survivor_id)
    duplicate = _live_account(conn, duplicate_id)
    result = MergeResult(survivor_id)
    renamed: dict[str, str] = {}
    for entity in MOVED_ENTITIES:
        rows = _live_children(conn, entity, "account_id", duplicate_id)
        for row in rows:
            renamed[row["id"]] = _copy(
                conn, entity, row, {"account_id": survivor_id}, renamed, actor
            )
            if entity == "quote":
                for line in _live_children(conn, "quote_line", "quote_id", row["id"]):
                    _copy(
                        conn, "quote_line", line, {"quote_id": renamed[row["id"]]}, renamed, actor
                    )
        for row in reversed(rows):
            writes.delete(conn, entity, row["id"], actor=actor)
        result.moved[entity] = len(rows)
    agreements = _live_children(conn, "price_agreement", "account_id", duplicate_id)
    result.left_with_duplicate["price_agreement"] = len(agreements)
    accounts = writes.table_of("account")
    children = (
        conn.execute(
            select(accounts.c.id).where(
                accounts.c.parent_id == duplicate_id, accounts.c.deleted.is_(False)
            )
        )
        .scalars()
        .all()
    )
    for child_id in children:
        writes.update(conn, "account", child_id, {"parent_id": survivor_id}, actor=actor)
    result.moved["account"] = len(children)
    fill = {
        name: duplicate[name]
        for name in entity_fields("account")
        if survivor[name] in (None, "")
        and duplicate[name] not in (None, "")
        and name != "parent_id"
    }
    if fill.get("credit_code"):
        # the duplicate's code moves to the survivor: clear it first so it is never held twice
        writes.update(conn, "account", duplicate_id, {"credit_code": None}, actor=actor)
    writes.delete(conn, "account", duplicate_id, actor=actor)
    if fill:
        writes.update(conn, "account", survivor_id, fill, actor=actor)
    result.filled_fields = sorted(fill)
    return result


def _live_children(
    conn: Connection, entity: str, reference: str, parent_id: str
) -> list[dict[str, Any]]:
    table = writes.table_of(entity)
    query = select(table).where(table.c[reference] == parent_id, table.c.deleted.is_(False))
    return [
        dict(row) for row in conn.execute(query.order_by(table.c.created_at, table.c.id)).mappings()
    ]


def _copy(
    conn: Connection,
    entity: str,
    row: dict[str, Any],
    overrides: dict[str, Any],
    renamed: dict[str, str],
    actor: str | None,
) -> str:
    fields = {name: row[name] for name in entity_fields(entity) if row[name] is not None}
    for name in _REFERS:
        if name in fields and fields[name] in renamed:
            fields[name] = renamed[fields[name]]
    return writes.create(conn, entity, {**fields, **overrides}, actor=actor)


def _live_account(conn: Connection, account_id: str) -> dict[str, Any]:
    account = writes.load(conn, "account", account_id)
    if account is None or account["deleted"]:
        raise DomainError("That account no longer exists on this laptop")
    return account


@dataclass
class AccountOverview:
    """An account and what hangs off it, for the detail pane (plain rows, newest first)."""

    account: dict[str, Any]
    contacts: list[dict[str, Any]]
    opportunities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    visits: list[dict[str, Any]]
    agreed_prices: list[dict[str, Any]]


_OVERVIEW_ORDER: dict[str, tuple[tuple[str, bool], ...]] = {
    "contact": (("is_primary", True), ("name", False)),
    "opportunity": (("close_date", True),),
    "quote": (("number", True), ("revision", True)),
    "visit": (("starts_at", True),),
}
"""Per entity: (column, descending) — primary contacts first, the newest deal, quote, visit."""


def account_overview(conn: Connection, account_id: str) -> AccountOverview:
    account = _live_account(conn, account_id)
    users = writes.table_of("user")
    names = {
        row.id: row.display_name for row in conn.execute(select(users.c.id, users.c.display_name))
    }
    parent = writes.load(conn, "account", account["parent_id"]) if account["parent_id"] else None
    account["parent_name"] = parent["name"] if parent else None
    account["owner_name"] = names.get(account["owner_id"])
    related: dict[str, list[dict[str, Any]]] = {}
    for entity, order in _OVERVIEW_ORDER.items():
        table = writes.table_of(entity)
        ordering = [table.c[name].desc() if down else table.c[name] for name, down in order]
        query = select(table).where(table.c.account_id == account_id, table.c.deleted.is_(False))
        rows = [dict(r) for r in conn.execute(query.order_by(*ordering, table.c.id)).mappings()]
        for row in rows:
            row["owner_name"] = names.get(row.get("owner_id"))
        related[entity] = rows
    agreements = writes.table_of("price_agreement")
    products = writes.table_of("product")
    prices = conn.execute(
        select(
            agreements.c.id,
            products.c.sku,
            products.c.name.label("product_name"),
            agreements.c.unit_price,
            agreements.c.currency,
            agreements.c.valid_from,
            agreements.c.valid_until,
        )
        .select_from(agreements.outerjoin(products, products.c.id == agreements.c.product_id))
        .where(agreements.c.account_id == account_id, agreements.c.deleted.is_(False))
        .order_by(products.c.sku, agreements.c.valid_until.desc())
    ).mappings()
    return AccountOverview(
        account=account,
        contacts=related["contact"],
        opportunities=related["opportunity"],
        quotes=related["quote"],
        visits=related["visit"],
        agreed_prices=[dict(row) for row in prices],
    )
