"""Contacts to and from vCard files (a phone's address book, Outlook, Apple Contacts).

Export: each contact with its account as ``ORG``, its mobile as a ``cell`` number and the
account's switchboard as a ``work`` one. Import: a card goes under the account its ``ORG``
names, or under the account the user chose; a card whose person already exists there updates
them. A contact holds one phone and one e-mail: a card's other numbers and addresses go into
the contact's notes, so nothing on the card is lost. Like the spreadsheet import, it is
all-or-nothing unless the user asks for the valid cards only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import phonenumbers
from sqlalchemy import Connection, select

from sfa.app.importing import ImportResult, StoreRecords
from sfa.domain.clean import clean_fields
from sfa.domain.errors import DomainError, ValidationError
from sfa.io.import_plan import Action, ImportPlan, ImportRefused, PlannedRow, Problem
from sfa.io.vcard import Card, VCardError, read_cards, write_cards
from sfa.store import writes

_COLUMN = {"name": "FN", "title": "TITLE", "phone": "TEL", "email": "EMAIL", "notes": "NOTE"}


def export_vcards(
    conn: Connection,
    contact_ids: Sequence[str] | None = None,
    *,
    account_id: str | None = None,
    version: str = "3.0",
) -> bytes:
    """The chosen contacts (or an account's, or all) as one ``.vcf``."""
    contacts = writes.table_of("contact")
    query = select(contacts).where(contacts.c.deleted.is_(False))
    if contact_ids is not None:
        query = query.where(contacts.c.id.in_(list(contact_ids)))
    if account_id is not None:
        query = query.where(contacts.c.account_id == account_id)
    rows = [dict(r) for r in conn.execute(query.order_by(contacts.c.name)).mappings()]
    if not rows:
        raise DomainError("There are no contacts to export.")
    accounts = _accounts(conn, {r["account_id"] for r in rows if r["account_id"]})
    return write_cards((_card(row, accounts.get(row["account_id"])) for row in rows), version)


def _card(contact: dict[str, Any], account: dict[str, Any] | None) -> Card:
    phones: list[tuple[str, tuple[str, ...]]] = []
    if contact["phone"]:
        phones.append((contact["phone"], (_kind(contact["phone"]),)))
    if account and account["phone"] and account["phone"] != contact["phone"]:
        phones.append((account["phone"], ("work",)))
    return Card(
        name=contact["name"],
        org=account["name"] if account else "",
        title=contact["title"] or "",
        phones=phones,
        emails=[(contact["email"], ("work",))] if contact["email"] else [],
        note=contact["notes"] or "",
        uid=f"urn:uuid:{contact['id']}",
    )


def _kind(phone: str) -> str:
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return "voice"
    mobile = phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    return "cell" if mobile else "work"


def _accounts(conn: Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    table = writes.table_of("account")
    rows = conn.execute(select(table).where(table.c.id.in_(sorted(ids)))).mappings()
    return {row["id"]: dict(row) for row in rows}


def plan_vcards(conn: Connection, data: bytes, *, account_id: str | None = None) -> ImportPlan:
    """What importing the cards would do; each card's number stands in for a row."""
    try:
        cards = read_cards(data)
    except VCardError as exc:
        raise DomainError(str(exc)) from exc
    existing = StoreRecords(conn)
    plan = ImportPlan("contact", [], [])
    seen: dict[tuple[str, str], int] = {}
    for number, card in enumerate(cards, start=1):
        problems: list[Problem] = []
        row = _plan_card(number, card, existing, account_id, problems, seen)
        plan.rows.append(row)
        plan.problems.extend(problems)
    return plan


def _plan_card(
    number: int,
    card: Card,
    existing: StoreRecords,
    default_account: str | None,
    problems: list[Problem],
    seen: dict[tuple[str, str], int],
) -> PlannedRow:
    account = _account_for(number, card, existing, default_account, problems)
    fields: dict[str, Any] = {}
    for name, value in _raw_fields(card).items():
        try:
            fields.update(clean_fields("contact", {name: value}, creating=False))
        except ValidationError as exc:
            problems.append(Problem(number, _COLUMN[name], str(value), exc.reason))
    if not card.name:
        problems.append(Problem(number, "FN", "", "the card has no name"))
    key = (account or "", card.name.casefold())
    if account and key in seen:
        problems.append(Problem(number, "FN", card.name, f"the same contact as card {seen[key]}"))
    seen.setdefault(key, number)
    if problems or account is None:
        return PlannedRow(number, Action.REFUSED, card.name)
    match = [c for c in existing.find("contact", "name", card.name) if c["account_id"] == account]
    if match:
        current = match[0]
        changes = {k: v for k, v in fields.items() if v is not None and current.get(k) != v}
        action = Action.UPDATE if changes else Action.UNCHANGED
        return PlannedRow(number, action, card.name, current["id"], changes, "name")
    new = {**fields, "account_id": account}
    return PlannedRow(number, Action.CREATE, card.name, None, new)


def _account_for(
    number: int,
    card: Card,
    existing: StoreRecords,
    default_account: str | None,
    problems: list[Problem],
) -> str | None:
    if card.org:
        found = existing.find("account", "name", card.org)
        if len(found) == 1:
            return str(found[0]["id"])
        if len(found) > 1:
            problems.append(Problem(number, "ORG", card.org, "several accounts have this name"))
            return None
    if default_account is not None:
        return default_account
    reason = (
        f"no account is named “{card.org}”: choose the account to put it under"
        if card.org
        else "the card names no company: choose the account to put it under"
    )
    problems.append(Problem(number, "ORG", card.org, reason))
    return None


def _raw_fields(card: Card) -> dict[str, Any]:
    """The contact's fields from a card: its preferred (else first) number and address;
    every other number and address written into the notes."""
    phones = card.phones
    extra = [f"{number} ({', '.join(kinds) or 'tel'})" for number, kinds in phones[1:]]
    extra += [address for address, _ in card.emails[1:]]
    notes = "\n".join(filter(None, [card.note, *extra]))
    raw: dict[str, Any] = {"name": card.name or None, "title": card.title or None}
    raw["phone"] = phones[0][0] if phones else None
    raw["email"] = card.emails[0][0] if card.emails else None
    raw["notes"] = notes or None
    return {k: v for k, v in raw.items() if v is not None}


def import_vcards(
    conn: Connection,
    data: bytes,
    *,
    actor: str | None,
    account_id: str | None = None,
    valid_only: bool = False,
) -> ImportResult:
    """Write the plan in the caller's transaction (all-or-nothing unless ``valid_only``)."""
    if account_id is not None:
        account = writes.load(conn, "account", account_id)
        if account is None or account["deleted"]:
            raise ValidationError("account_id", "that account no longer exists on this laptop")
    plan = plan_vcards(conn, data, account_id=account_id)
    if plan.refused and not valid_only:
        raise ImportRefused(plan)
    creates = [row.fields for row in plan.rows if row.action is Action.CREATE]
    writes.create_many(conn, "contact", creates, actor=actor)
    for row in plan.rows:
        if row.action is Action.UPDATE:
            writes.update(conn, "contact", str(row.record_id), row.fields, actor=actor)
    return ImportResult(
        created=len(creates),
        updated=plan.count(Action.UPDATE),
        unchanged=plan.count(Action.UNCHANGED),
        refused=plan.refused,
        contacts_created=0,
        plan=plan,
    )
