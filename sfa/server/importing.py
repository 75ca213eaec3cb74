"""An administrator's import on the server (``sfa-server import``).

The plan is the laptop's (:mod:`sfa.io.import_plan`, the same validation gate); the writes
are mutations applied by :func:`sfa.server.mutations.apply_mutation` as the server itself,
so every record gets its rev, field revs, territory and audit entry and reaches the reps'
laptops on their next pull. All-or-nothing by default: one refused row — or one mutation
the server refuses — and the whole transaction rolls back.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from sfa.domain.clean import to_wire
from sfa.domain.errors import DomainError
from sfa.io.import_mapping import IMPORTABLE, check_mapping
from sfa.io.import_plan import Action, ImportPlan, ImportRefused, PlannedRow, Problem, plan_import
from sfa.io.tabular import Table
from sfa.server.db import lock_counter, write_session
from sfa.server.mutations import Context, apply_mutation
from sfa.server.records import Actor, fields_of, get_row
from sfa.server.tables import ENTITY_TABLES, User
from sfa.wire.schemas import Mutation

CLIENT_ID = "sfa-server import"


class ServerRecords:
    """:class:`sfa.io.import_plan.Existing` over the server's tables."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def find(self, entity: str, field: str, value: str) -> list[dict[str, Any]]:
        table: Any = ENTITY_TABLES[entity]
        column = getattr(table, field)
        condition = func.lower(column) == value.lower() if field == "name" else column == value
        rows = self._session.scalars(select(table).where(condition, ~table.deleted).limit(20))
        return [{"id": row.id, "rev": row.rev, **fields_of(entity, row)} for row in rows]

    def user_id(self, text: str) -> str | None:
        query = select(User.id).where(
            ~User.deleted, User.active, (User.username == text) | (User.display_name == text)
        )
        found = self._session.scalars(query.limit(2)).all()
        return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class ServerImport:
    plan: ImportPlan
    written: bool
    created: int = 0
    updated: int = 0
    contacts_created: int = 0


class _Abort(Exception):
    """Raised inside the transaction to roll back an all-or-nothing import."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan


def import_table(
    engine: Engine,
    entity: str,
    table: Table,
    mapping: Mapping[str, str | None],
    *,
    actor_username: str | None = None,
    valid_only: bool = False,
    dry_run: bool = False,
) -> ServerImport:
    """Plan (and unless ``dry_run``, write) the import; ``actor_username`` is recorded as
    who made the changes (the server itself when None)."""
    if entity not in IMPORTABLE:
        raise DomainError(f"{entity} records cannot be imported from a spreadsheet")
    problems = check_mapping(entity, mapping)
    if problems:
        raise DomainError("The column mapping cannot be used: " + "; ".join(problems))
    try:
        with write_session(engine) as session:
            lock_counter(session)
            actor = Actor(_actor_id(session, actor_username), CLIENT_ID)
            plan = plan_import(entity, table, mapping, ServerRecords(session))
            if dry_run:
                return ServerImport(plan, written=False)
            if plan.refused and not valid_only:
                raise ImportRefused(plan)
            return _write(Context(session, actor, None), plan, valid_only=valid_only)
    except _Abort as abort:
        raise ImportRefused(abort.plan) from None


def _actor_id(session: Session, username: str | None) -> str | None:
    if username is None:
        return None
    user_id = session.scalars(select(User.id).where(User.username == username)).first()
    if user_id is None:
        raise DomainError(f"there is no user “{username}”")
    return user_id


def _write(ctx: Context, plan: ImportPlan, *, valid_only: bool) -> ServerImport:
    created = updated = contacts = 0
    for row in plan.writes():
        error = _apply(ctx, plan.entity, row)
        if error is None and row.contact is not None:
            fields = {**row.contact, "account_id": row.record_id}
            error = _apply_new(ctx, "contact", str(uuid.uuid4()), fields)
            contacts += error is None
        if error is not None:
            row.action = Action.REFUSED
            plan.problems.append(Problem(row.line, "", "", error))
            if not valid_only:
                raise _Abort(plan)
            continue
        created += row.action is Action.CREATE
        updated += row.action is Action.UPDATE
    return ServerImport(plan, True, created, updated, contacts)


def _apply(ctx: Context, entity: str, row: PlannedRow) -> str | None:
    record_id = str(row.record_id)
    if row.action is Action.CREATE:
        return _apply_new(ctx, entity, record_id, row.fields)
    if not row.fields:
        return None
    current = get_row(ctx.session, entity, record_id)
    base_rev = current.rev if current is not None else 0
    return _mutate(ctx, entity, record_id, row.fields, base_rev)


def _apply_new(ctx: Context, entity: str, record_id: str, fields: Mapping[str, Any]) -> str | None:
    return _mutate(ctx, entity, record_id, fields, None)


def _mutate(
    ctx: Context, entity: str, record_id: str, fields: Mapping[str, Any], base_rev: int | None
) -> str | None:
    """Apply one change; the server's refusal message, or None when it was applied."""
    mutation = Mutation(
        mutation_id=f"import-{uuid.uuid4()}",
        entity=entity,
        id=record_id,
        fields=to_wire(entity, fields),
        base_rev=base_rev,
    )
    result = apply_mutation(ctx, mutation)
    return result.error.message if result.error is not None else None
