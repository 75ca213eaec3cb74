"""Reading the audit log and undoing deletions (admin)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.coerce import to_wire_value
from sfa.domain.fields import is_entity
from sfa.server import territories
from sfa.server.errors import Rejected
from sfa.server.records import Actor, get_row, restore_record
from sfa.server.tables import AuditEntry, ServerRecord


def entries(
    session: Session, *, entity: str | None, record_id: str | None, limit: int
) -> list[dict[str, Any]]:
    """Newest first."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if record_id is not None:
        query = query.where(AuditEntry.record_id == record_id)
    return [
        {
            "at": to_wire_value(row.at),
            "user_id": row.user_id,
            "client_id": row.client_id,
            "mutation_id": row.mutation_id,
            "entity": row.entity,
            "record_id": row.record_id,
            "action": row.action,
            "rev": row.rev,
            "changes": row.changes,
        }
        for row in session.scalars(query)
    ]


def restore(session: Session, actor: Actor, entity: str, record_id: str) -> ServerRecord:
    """Bring back a tombstoned record under a new rev (replicas get it on their next pull)."""
    if not is_entity(entity):
        raise Rejected("invalid", f"“{entity}” is not a known entity", {"field": "entity"})
    row = get_row(session, entity, record_id)
    if row is None:
        raise Rejected("not_found", f"there is no {entity} {record_id}")
    if not row.deleted:
        raise Rejected("conflict", f"this {entity} is not deleted")
    restore_record(session, actor, entity, row)
    if entity == "territory":
        territories.reassign_accounts(session, actor)
    return row
