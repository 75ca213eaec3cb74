"""Use cases on contacts: create and edit through the one validation gate, and read one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from sfa.domain.clean import clean_fields
from sfa.domain.errors import DomainError, ValidationError
from sfa.store import writes


def create_contact(conn: Connection, fields: Mapping[str, Any], *, actor: str | None) -> str:
    """A new contact of a live account (phone and e-mail normalised by ``clean_fields``)."""
    cleaned = clean_fields("contact", _without_blanks(fields), creating=True)
    _live_account(conn, cleaned["account_id"])
    return writes.create(conn, "contact", cleaned, actor=actor)


def update_contact(
    conn: Connection, contact_id: str, changes: Mapping[str, Any], *, actor: str | None
) -> dict[str, Any]:
    """Apply a form's changes; an emptied optional field is stored as empty, not as ``""``."""
    cleaned = {name: (None if value == "" else value) for name, value in changes.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise ValidationError("name", "is required")
    account_id = cleaned.get("account_id")
    if account_id:
        _live_account(conn, str(account_id))
    return writes.update(conn, "contact", contact_id, cleaned, actor=actor)


def load_contact(conn: Connection, contact_id: str) -> dict[str, Any]:
    """The contact with its account's name, for a detail pane or a form."""
    contact = writes.load(conn, "contact", contact_id)
    if contact is None or contact["deleted"]:
        raise DomainError("That contact no longer exists on this laptop")
    account = writes.load(conn, "account", contact["account_id"]) if contact["account_id"] else None
    contact["account_name"] = account["name"] if account else None
    return contact


def _without_blanks(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value not in (None, "")}


def _live_account(conn: Connection, account_id: str) -> None:
    account = writes.load(conn, "account", account_id)
    if account is None or account["deleted"]:
        raise ValidationError("account_id", "that account no longer exists on this laptop")
