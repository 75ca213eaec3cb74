"""The dry run of an import: for every row, what would happen and, when it cannot, why.

A row is *created*, *updated* (matched to a stored record by id, credit code or SKU, or
name), left *unchanged*, or *refused* with one problem per bad cell (row, column, value,
why). Values pass the one validation gate, :func:`sfa.domain.clean.clean_fields`; nothing
here has rules of its own beyond finding what a row refers to and catching a record named
twice in one file. The same plan drives the laptop's import and the server's.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from sfa.domain.clean import clean_fields
from sfa.domain.errors import DomainError, ValidationError
from sfa.domain.fields import entity_fields
from sfa.domain.validation import normalize_credit_code
from sfa.io.import_mapping import mapped_targets
from sfa.io.import_values import cell_value
from sfa.io.tabular import Table

CONTACT_PREFIX = "contact_"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


class Existing(Protocol):
    """What is already stored, as each end looks it up (laptop store or server tables)."""

    def find(self, entity: str, field: str, value: str) -> list[dict[str, Any]]:
        """Live records whose ``field`` equals ``value`` (names compared without case)."""
        ...

    def user_id(self, text: str) -> str | None:
        """The active user whose username or display name is ``text``."""
        ...


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    column: str
    value: str
    reason: str


@dataclass
class PlannedRow:
    line: int
    action: Action
    label: str
    record_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    """Create: every field; update: only the fields that change."""
    matched_by: str | None = None
    contact: dict[str, Any] | None = None
    """An account's primary contact to create with it (cleaned contact fields)."""


@dataclass
class ImportPlan:
    entity: str
    rows: list[PlannedRow]
    problems: list[Problem]

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def refused(self) -> int:
        return self.count(Action.REFUSED)

    def writes(self) -> list[PlannedRow]:
        """The rows that change something, in file order."""
        return [row for row in self.rows if row.action in (Action.CREATE, Action.UPDATE)]


class ImportRefused(DomainError):
    """All-or-nothing import with refused rows: nothing was written."""

    code = "import_refused"

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(
            f"{plan.refused} row(s) cannot be imported, so nothing was imported. Correct them "
            "(see the report), or choose to import only the valid rows.",
            details={"refused": plan.refused},
        )
        self.plan = plan


@dataclass
class _Row:
    line: int
    cells: dict[str, str]
    headers: dict[str, str]
    problems: list[Problem] = field(default_factory=list)

    def refuse(self, target: str, reason: str) -> None:
        header = self.headers.get(target, "")
        self.problems.append(Problem(self.line, header, self.cells.get(target, ""), reason))


def plan_import(
    entity: str,
    table: Table,
    mapping: Mapping[str, str | None],
    existing: Existing,
    *,
    defaults: Mapping[str, Any] | None = None,
) -> ImportPlan:
    """What importing ``table`` with ``mapping`` would do; ``defaults`` fill new records."""
    missing = [header for header, _ in mapped_targets(mapping) if header not in table.headers]
    if missing:
        raise DomainError("The file has no column " + "、".join(f"“{h}”" for h in missing))
    columns = [(table.headers.index(h), h, t) for h, t in mapped_targets(mapping)]
    headers = {target: header for _, header, target in columns}
    seen: dict[tuple[str, str], int] = {}
    plan = ImportPlan(entity, [], [])
    for line, cells in zip(table.lines, table.rows, strict=True):
        row = _Row(line, {target: cells[index] for index, _, target in columns}, headers)
        planned = _plan_row(entity, row, existing, dict(defaults or {}), seen)
        plan.rows.append(planned)
        plan.problems.extend(row.problems)
    return plan


def _plan_row(
    entity: str,
    row: _Row,
    existing: Existing,
    defaults: dict[str, Any],
    seen: dict[tuple[str, str], int],
) -> PlannedRow:
    fields = _fields(entity, row, existing)
    contact = _contact(row) if entity == "account" else None
    label = str(fields.get("name") or fields.get("sku") or row.cells.get("name") or "")
    match, matched_by = _match(entity, row, fields, existing)
    keys = _keys(entity, fields)
    if row.cells.get("id", "").strip():
        keys.append(("id", row.cells["id"].strip()))
    twice = next((key for key in keys if key in seen), None)
    if twice is not None:
        row.refuse(twice[0], f"the same {_KEY_WORD[twice[0]]} as row {seen[twice]}")
    else:
        seen.update(dict.fromkeys(keys, row.line))
    if row.problems:
        return PlannedRow(row.line, Action.REFUSED, label)
    if match is None:
        new = {**{k: v for k, v in defaults.items() if k in entity_fields(entity)}, **fields}
        cleaned = _clean(entity, row, new, creating=True)
        if row.problems:
            return PlannedRow(row.line, Action.REFUSED, label)
        return PlannedRow(row.line, Action.CREATE, label, str(uuid.uuid4()), cleaned, None, contact)
    changes = {name: value for name, value in fields.items() if match.get(name) != value}
    if contact is not None and existing_contact(existing, match["id"], contact["name"]):
        contact = None
    action = Action.UPDATE if changes or contact else Action.UNCHANGED
    return PlannedRow(row.line, action, label, match["id"], changes, matched_by, contact)


def existing_contact(existing: Existing, account_id: str, name: str) -> bool:
    return any(c.get("account_id") == account_id for c in existing.find("contact", "name", name))


def _fields(entity: str, row: _Row, existing: Existing) -> dict[str, Any]:
    """Typed, normalised values of the row's filled cells; problems noted per cell."""
    specs = entity_fields(entity)
    fields: dict[str, Any] = {}
    for target, text in row.cells.items():
        if not text.strip() or target.startswith(CONTACT_PREFIX) or target == "id":
            continue
        if target == "owner":
            user_id = existing.user_id(text.strip())
            if user_id is None:
                row.refuse(target, f"no user has the username or name “{text.strip()}”")
            else:
                fields["owner_id"] = user_id
        elif target == "account":
            account_id = _account_id(row, text.strip(), existing)
            if account_id is not None:
                fields["account_id"] = account_id
        elif target in specs:
            value = cell_value(target, specs[target], text)
            fields.update(_clean(entity, row, {target: value}, creating=False))
    full_name = _joined_name(row)
    if full_name and "name" not in fields:
        fields.update(_clean(entity, row, {"name": full_name}, creating=False))
    return fields


def _joined_name(row: _Row) -> str:
    """Family and given name: 张 + 伟 → 张伟; Smith + Anna → Anna Smith."""
    family = row.cells.get("last_name", "").strip()
    given = row.cells.get("first_name", "").strip()
    if not (family or given):
        return ""
    if any("\u4e00" <= char <= "\u9fff" for char in family + given):
        return family + given
    return " ".join(part for part in (given, family) if part)


def _account_id(row: _Row, text: str, existing: Existing) -> str | None:
    by_code: list[dict[str, Any]] = []
    if len(text.replace(" ", "")) == 18:
        try:
            by_code = existing.find("account", "credit_code", normalize_credit_code(text))
        except ValidationError:
            by_code = []
    accounts = by_code or existing.find("account", "name", text)
    if len(accounts) == 1:
        return str(accounts[0]["id"])
    if not accounts:
        row.refuse("account", f"there is no account named “{text}”: import the accounts first")
    else:
        row.refuse("account", f"{len(accounts)} accounts are named “{text}”: use the credit code")
    return None


def _contact(row: _Row) -> dict[str, Any] | None:
    raw = {
        target.removeprefix(CONTACT_PREFIX): text
        for target, text in row.cells.items()
        if target.startswith(CONTACT_PREFIX) and text.strip()
    }
    if not raw:
        return None
    specs = entity_fields("contact")
    cleaned: dict[str, Any] = {}
    for name, text in raw.items():
        try:
            cleaned.update(
                clean_fields("contact", {name: cell_value(name, specs[name], text)}, creating=False)
            )
        except ValidationError as exc:
            row.refuse(CONTACT_PREFIX + name, f"contact {exc.reason}")
    if "name" not in raw:
        row.refuse("contact_name", "a contact's phone, e-mail or title needs the contact's name")
    return {**cleaned, "is_primary": True}


def _clean(entity: str, row: _Row, raw: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    try:
        return clean_fields(entity, raw, creating=creating)
    except ValidationError as exc:
        target = exc.field
        if target == "owner_id":
            target = "owner"
        elif target == "account_id":
            target = "account"
        elif target == "name" and "name" not in row.headers:
            target = "last_name" if "last_name" in row.headers else "first_name"
        row.refuse(target, exc.reason)
        return {}


def _match(
    entity: str, row: _Row, fields: Mapping[str, Any], existing: Existing
) -> tuple[dict[str, Any] | None, str | None]:
    """The stored record this row is about, and what matched it."""
    record_id = row.cells.get("id", "").strip()
    if record_id:
        found = existing.find(entity, "id", record_id)
        if not found:
            row.refuse("id", f"there is no {entity} with this id")
            return None, None
        return found[0], "id"
    for key in _MATCH_KEYS[entity]:
        value = fields.get(key)
        if not value:
            continue
        candidates = existing.find(entity, key, str(value))
        if entity in ("contact", "opportunity"):
            candidates = [c for c in candidates if c.get("account_id") == fields.get("account_id")]
        if len(candidates) > 1:
            row.refuse(key, f"{len(candidates)} stored records match; add an id column to choose")
            return None, None
        if candidates:
            return _consistent(entity, row, fields, candidates[0], key)
    return None, None


def _consistent(
    entity: str, row: _Row, fields: Mapping[str, Any], match: dict[str, Any], key: str
) -> tuple[dict[str, Any] | None, str | None]:
    """An account matched by name that holds another credit code is another company."""
    code, stored = fields.get("credit_code"), match.get("credit_code")
    if entity == "account" and key == "name" and code and stored and code != stored:
        row.refuse(
            "credit_code",
            f"the stored account “{match['name']}” has credit code {stored}; "
            "two companies cannot share a name here — correct one of them",
        )
        return None, None
    return match, key


_MATCH_KEYS: dict[str, tuple[str, ...]] = {
    "account": ("credit_code", "name"),
    "contact": ("name",),
    "opportunity": ("name",),
    "product": ("sku", "name"),
}
_KEY_WORD = {"credit_code": "credit code", "name": "name", "sku": "product code", "id": "id"}


def _keys(entity: str, fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    """What makes two rows of one file the same record."""
    keys: list[tuple[str, str]] = []
    for name in _MATCH_KEYS[entity]:
        value = fields.get(name)
        if value:
            scope = str(fields.get("account_id") or "") if entity != "account" else ""
            keys.append((name, f"{scope}|{str(value).casefold()}"))
    return keys
