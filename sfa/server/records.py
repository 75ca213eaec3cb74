"""Writing synced records: every change gets its own rev, per-field revs and an audit entry.

The only module that sets ``rev``: creation, update, deletion and restoration all go
through :func:`write_change`, so no path can change a record without a rev (which would hide
it from pulls) or without an audit entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from sfa.domain.coerce import to_wire_value
from sfa.domain.columns import utcnow
from sfa.domain.records import field_names
from sfa.server.db import next_rev
from sfa.server.tables import ENTITY_TABLES, AuditEntry, ServerRecord

SYSTEM_FIELDS = ("id", "rev", "deleted")


@dataclass(frozen=True, slots=True)
class Actor:
    """Who makes a change: a user (``None`` for the server itself: CLI, demo, rules)."""

    user_id: str | None
    client_id: str | None = None
    mutation_id: str | None = None


def values_of(row: ServerRecord) -> dict[str, Any]:
    """Every column of ``row`` (fields, bookkeeping and server-only ones) by name."""
    return {column.key: getattr(row, column.key) for column in inspect(row).mapper.column_attrs}


def fields_of(entity: str, row: ServerRecord) -> dict[str, Any]:
    """The entity's own fields (what travels in ``fields``)."""
    return {name: getattr(row, name) for name in field_names(entity)}


def get_row(session: Session, entity: str, record_id: str) -> ServerRecord | None:
    return session.get(ENTITY_TABLES[entity], record_id)


def write_change(
    session: Session,
    actor: Actor,
    entity: str,
    row: ServerRecord,
    changes: Mapping[str, Any],
    *,
    action: str,
    new: bool = False,
) -> int:
    """Apply ``changes`` to ``row`` under a new rev; record the fields' revs and the audit.

    The rev is allocated first: allocating it flushes, and a ``new`` row must not be
    flushed before its fields are set.
    """
    rev = next_rev(session)
    now = utcnow()
    audit: dict[str, list[Any]] = {}
    for name, value in changes.items():
        old = getattr(row, name, None)
        audit[name] = [to_wire_value(old), to_wire_value(value)]
        setattr(row, name, value)
    row.field_revs = {**(row.field_revs or {}), **dict.fromkeys(changes, rev)}
    row.rev = rev
    row.updated_at = now
    row.updated_by = actor.user_id
    if new:
        session.add(row)
    session.add(
        AuditEntry(
            at=now,
            user_id=actor.user_id,
            client_id=actor.client_id,
            mutation_id=actor.mutation_id,
            entity=entity,
            record_id=row.id,
            action=action,
            rev=rev,
            changes=audit,
        )
    )
    session.flush()
    return rev


def create_record(
    session: Session,
    actor: Actor,
    entity: str,
    record_id: str,
    values: Mapping[str, Any],
    server_values: Mapping[str, Any] | None = None,
) -> ServerRecord:
    """Insert a new record with ``values`` (fields) and server-only ``server_values``."""
    table: Any = ENTITY_TABLES[entity]  # a declarative class; the mixin type has no __init__
    row: ServerRecord = table(
        id=record_id, deleted=False, rev=0, field_revs={}, **dict(server_values or {})
    )
    row.created_at = utcnow()
    row.created_by = actor.user_id
    write_change(session, actor, entity, row, dict(values), action="create", new=True)
    # Fields left to their column defaults changed at creation too.
    row.field_revs = dict.fromkeys(field_names(entity), row.rev)
    return row


def delete_record(session: Session, actor: Actor, entity: str, row: ServerRecord) -> int:
    """Turn ``row`` into a tombstone (kept, so pulls can tell replicas and admins restore)."""
    return write_change(session, actor, entity, row, {"deleted": True}, action="delete")


def restore_record(session: Session, actor: Actor, entity: str, row: ServerRecord) -> int:
    return write_change(session, actor, entity, row, {"deleted": False}, action="restore")
