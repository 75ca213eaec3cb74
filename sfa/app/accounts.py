"""Use cases on accounts: create with duplicate detection, and merge two into one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from sfa.domain.clean import clean_fields
from sfa.domain.duplicates import Certainty, DuplicateMatch
from sfa.domain.errors import DomainError
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


CHILD_ENTITIES = ("contact", "activity", "visit", "opportunity", "quote", "price_agreement")


@dataclass
class MergeResult:
    survivor_id: str
    moved: dict[str, int] = field(default_factory=dict)
    filled_fields: list[str] = field(default_factory=list)


def merge_accounts(
    conn: Connection, survivor_id: str, duplicate_id: str, *, actor: str | None
) -> MergeResult:
    """Fold ``duplicate_id`` into ``survivor_id``.

    Everything hanging off the duplicate moves to the survivor, fields the survivor lacks are
    taken from the duplicate, and the duplicate becomes a tombstone. Each move is an ordinary
    edit, so colleagues receive the merge through sync like any other change.
    """
    if survivor_id == duplicate_id:
        raise DomainError("An account cannot be merged into itself")
    survivor = _live_account(conn, survivor_id)
    duplicate = _live_account(conn, duplicate_id)
    result = MergeResult(survivor_id)
    for entity in CHILD_ENTITIES:
        table = writes.table_of(entity)
        ids = (
            conn.execute(
                select(table.c.id).where(
                    table.c.account_id == duplicate_id, table.c.deleted.is_(False)
                )
            )
            .scalars()
            .all()
        )
        for record_id in ids:
            writes.update(conn, entity, record_id, {"account_id": survivor_id}, actor=actor)
        result.moved[entity] = len(ids)
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


def _live_account(conn: Connection, account_id: str) -> dict[str, Any]:
    account = writes.load(conn, "account", account_id)
    if account is None or account["deleted"]:
        raise DomainError("That account no longer exists on this laptop")
    return account
