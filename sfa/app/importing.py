"""Importing a customer's spreadsheet on the laptop: read, suggest a mapping, dry run, import.

The import writes through :mod:`sfa.store.writes` like any form does, so every imported
record is queued in the outbox and syncs like an edit. By default it is all-or-nothing: one
refused row and nothing is written. Only when the user explicitly asks for it are the valid
rows imported — and the report of the refused ones is kept for them to correct and re-import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select

from sfa.domain.errors import DomainError
from sfa.io.import_mapping import IMPORTABLE, check_mapping, suggest_mapping
from sfa.io.import_plan import Action, ImportPlan, ImportRefused, PlannedRow, plan_import
from sfa.io.import_report import problems_table
from sfa.io.table_export import write_table
from sfa.io.tabular import Table as Sheet
from sfa.io.tabular import read_table
from sfa.store import writes
from sfa.store.tables import User

_users = cast(Table, User.__table__)
_BATCH = 500

Progress = Callable[[int, int], None]
"""(rows written so far, rows to write)."""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    refused: int
    contacts_created: int
    plan: ImportPlan


class StoreRecords:
    """:class:`sfa.io.import_plan.Existing` over the laptop's store."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def find(self, entity: str, field: str, value: str) -> list[dict[str, Any]]:
        table = writes.table_of(entity)
        column = table.c[field]
        condition = func.lower(column) == value.lower() if field == "name" else column == value
        query = select(table).where(condition, table.c.deleted.is_(False)).limit(20)
        return [dict(row) for row in self._conn.execute(query).mappings()]

    def user_id(self, text: str) -> str | None:
        query = select(_users.c.id).where(
            _users.c.deleted.is_(False),
            (_users.c.username == text) | (_users.c.display_name == text),
        )
        found = self._conn.execute(query.limit(2)).scalars().all()
        return str(found[0]) if len(found) == 1 else None


def open_sheet(path: Path) -> Sheet:
    return read_table(path)


def suggest(entity: str, sheet: Sheet) -> dict[str, str | None]:
    _check_entity(entity)
    return suggest_mapping(entity, sheet.headers)


def dry_run(
    conn: Connection,
    entity: str,
    sheet: Sheet,
    mapping: Mapping[str, str | None],
    *,
    actor: str | None,
) -> ImportPlan:
    """What the import would do; writes nothing."""
    _check_entity(entity)
    problems = check_mapping(entity, mapping)
    if problems:
        raise DomainError("The column mapping cannot be used: " + "; ".join(problems))
    defaults = {"owner_id": actor} if entity in ("account", "opportunity") else {}
    return plan_import(entity, sheet, mapping, StoreRecords(conn), defaults=defaults)


def run_import(
    conn: Connection,
    entity: str,
    sheet: Sheet,
    mapping: Mapping[str, str | None],
    *,
    actor: str | None,
    valid_only: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Plan and write in the caller's transaction; raises :class:`ImportRefused` when any row
    is refused and ``valid_only`` is not set (the transaction then holds nothing new)."""
    plan = dry_run(conn, entity, sheet, mapping, actor=actor)
    if plan.refused and not valid_only:
        raise ImportRefused(plan)
    todo = plan.writes()
    creates = [row for row in todo if row.action is Action.CREATE]
    done = 0
    for start in range(0, len(creates), _BATCH):
        batch = creates[start : start + _BATCH]
        writes.create_many(
            conn, entity, ({"id": row.record_id, **row.fields} for row in batch), actor=actor
        )
        done += len(batch)
        _report(progress, done, len(todo))
    contacts = 0
    for row in todo:
        if row.action is Action.UPDATE and row.fields:
            writes.update(conn, entity, str(row.record_id), row.fields, actor=actor)
        if row.action is Action.UPDATE:
            done += 1
            _report(progress, done, len(todo))
        contacts += _primary_contact(conn, row, actor)
    return ImportResult(
        created=len(creates),
        updated=plan.count(Action.UPDATE),
        unchanged=plan.count(Action.UNCHANGED),
        refused=plan.refused,
        contacts_created=contacts,
        plan=plan,
    )


def save_report(
    plan: ImportPlan, path: Path, headers: tuple[str, str, str, str] | None = None
) -> Path:
    """The refused rows' problems as CSV or .xlsx (row, column, value, why); ``headers`` in
    the user's language."""
    titles, rows = problems_table(plan.problems, headers)
    return write_table(path, titles, rows, sheet="Import problems")


def _primary_contact(conn: Connection, row: PlannedRow, actor: str | None) -> int:
    if row.contact is None or row.record_id is None:
        return 0
    writes.create(conn, "contact", {**row.contact, "account_id": row.record_id}, actor=actor)
    return 1


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _check_entity(entity: str) -> None:
    if entity not in IMPORTABLE:
        raise DomainError(f"{entity} records cannot be imported from a spreadsheet")
