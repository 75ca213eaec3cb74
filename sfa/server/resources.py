"""Managers' and admins' resources (territories, quotas, users) outside of sync.

Reads filter through :mod:`sfa.server.visibility`; writes are mutations applied through
:func:`sfa.server.mutations.apply_mutation` like any push, so revs, audit and permissions
are the same whichever way a change arrives.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.clean import to_wire
from sfa.server.auth import set_password
from sfa.server.db import lock_counter
from sfa.server.errors import Rejected
from sfa.server.mutations import Context, apply_mutation
from sfa.server.records import fields_of, get_row, values_of
from sfa.server.tables import ENTITY_TABLES, ServerRecord, User
from sfa.server.visibility import Viewer, can_read
from sfa.wire.schemas import Change, Mutation

MIN_PASSWORD = 8


def as_change(entity: str, row: ServerRecord) -> Change:
    fields = to_wire(entity, fields_of(entity, row))
    return Change(entity=entity, id=row.id, rev=row.rev, deleted=row.deleted, fields=fields)


def list_visible(session: Session, viewer: Viewer, entity: str) -> list[Change]:
    table = ENTITY_TABLES[entity]
    rows = session.scalars(select(table).where(~table.deleted).order_by(table.rev))
    return [
        as_change(entity, row) for row in rows if can_read(session, viewer, entity, values_of(row))
    ]


def get_visible(session: Session, viewer: Viewer | None, entity: str, record_id: str) -> Change:
    row = get_row(session, entity, record_id)
    if row is None or (
        viewer is not None and not can_read(session, viewer, entity, values_of(row))
    ):
        raise Rejected("not_found", f"there is no {entity} {record_id}")
    return as_change(entity, row)


def save(
    ctx: Context,
    entity: str,
    record_id: str | None,
    fields: Mapping[str, Any],
    *,
    base_rev: int | None = None,
    password: str | None = None,
) -> Change:
    """Create (``record_id`` new or ``None``) or update a record; raise :class:`Rejected`.

    Without ``base_rev`` an update overwrites (the caller edits the current version);
    with one, a field changed meanwhile by someone else is a conflict (409).
    """
    session = ctx.session
    lock_counter(session)
    record_id = record_id or str(uuid.uuid4())
    existing = get_row(session, entity, record_id)
    if entity == "user":
        _check_new_user(session, existing, fields, password)
    viewer = ctx.viewer
    if (
        existing is not None
        and viewer is not None
        and not can_read(session, viewer, entity, values_of(existing))
    ):
        raise Rejected("not_found", f"there is no {entity} {record_id}")
    base = base_rev if base_rev is not None else (existing.rev if existing is not None else 0)
    mutation = Mutation(
        mutation_id=str(uuid.uuid4()),
        entity=entity,
        id=record_id,
        op="upsert",
        base_rev=base,
        fields=dict(fields),
    )
    result = apply_mutation(ctx, mutation)
    if result.error is not None:
        raise Rejected(result.error.code, result.error.message, result.error.details)
    if result.conflicts:
        details = {"conflicts": [c.model_dump(mode="json") for c in result.conflicts]}
        raise Rejected("conflict", "changed meanwhile by someone else", details)
    if entity == "user" and password is not None:
        set_password(session, record_id, password)
    row = get_row(session, entity, record_id)
    assert row is not None
    return as_change(entity, row)


def _check_new_user(
    session: Session, existing: ServerRecord | None, fields: Mapping[str, Any], password: str | None
) -> None:
    if password is not None and len(password) < MIN_PASSWORD:
        raise Rejected(
            "invalid",
            f"password: must be at least {MIN_PASSWORD} characters",
            {"field": "password"},
        )
    if existing is None and password is None:
        raise Rejected("invalid", "password: is required for a new user", {"field": "password"})
    username = fields.get("username")
    if isinstance(username, str):
        other = session.scalars(select(User).where(User.username == username.strip())).first()
        if other is not None and (existing is None or other.id != existing.id):
            raise Rejected("invalid", f"username: “{username}” is taken", {"field": "username"})
