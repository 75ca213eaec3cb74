"""The outbox: changes waiting to be pushed, one row per mutation in the contract's shape.

Rows are written by :mod:`sfa.store.writes` inside the edit's own transaction. Successive
edits of one record that have not been sent yet are folded into a single mutation, so a rep
who fixes a typo five times offline sends one change, not five.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, func, select

from sfa.domain.columns import utcnow
from sfa.store.tables import OutboxEntry

_outbox = cast(Table, OutboxEntry.__table__)

PENDING = "pending"


def enqueue(
    conn: Connection,
    entity: str,
    record_id: str,
    op: str,
    base_rev: int,
    wire_fields: Mapping[str, Any],
) -> None:
    """Record a mutation, folding it into an unsent upsert of the same record if there is one."""
    if op == "upsert":
        latest = conn.execute(
            select(_outbox.c.seq, _outbox.c.op, _outbox.c.status, _outbox.c.fields)
            .where(_outbox.c.entity == entity, _outbox.c.record_id == record_id)
            .order_by(_outbox.c.seq.desc())
            .limit(1)
        ).first()
        if latest is not None and latest.status == PENDING and latest.op == "upsert":
            merged = {**latest.fields, **wire_fields}
            conn.execute(_outbox.update().where(_outbox.c.seq == latest.seq).values(fields=merged))
            return
    conn.execute(_outbox.insert().values(_row(entity, record_id, op, base_rev, wire_fields)))


def enqueue_creates(
    conn: Connection, entity: str, rows: Iterable[tuple[str, dict[str, Any]]]
) -> None:
    """Bulk form for brand-new records (nothing to fold into)."""
    now = utcnow()
    payload = [_row(entity, record_id, "upsert", 0, fields, now) for record_id, fields in rows]
    if payload:
        conn.execute(_outbox.insert(), payload)


def drop_unsent(conn: Connection, entity: str, record_id: str) -> bool:
    """Forget a record that never reached the server; True if nothing of it was ever sent."""
    statuses = (
        conn.execute(
            select(_outbox.c.status).where(
                _outbox.c.entity == entity, _outbox.c.record_id == record_id
            )
        )
        .scalars()
        .all()
    )
    if not statuses or any(status != PENDING for status in statuses):
        return False
    conn.execute(
        _outbox.delete().where(_outbox.c.entity == entity, _outbox.c.record_id == record_id)
    )
    return True


def pending(conn: Connection, limit: int | None = None) -> list[RowMapping]:
    """Mutations waiting to go up, oldest first (the order the server must apply them in)."""
    query = select(_outbox).where(_outbox.c.status == PENDING).order_by(_outbox.c.seq)
    if limit is not None:
        query = query.limit(limit)
    return list(conn.execute(query).mappings())


def pending_count(conn: Connection) -> int:
    query = select(func.count()).select_from(_outbox).where(_outbox.c.status == PENDING)
    return int(conn.execute(query).scalar_one())


def _row(
    entity: str,
    record_id: str,
    op: str,
    base_rev: int,
    fields: Mapping[str, Any],
    now: datetime | None = None,
) -> dict[str, Any]:
    return {
        "mutation_id": str(uuid.uuid4()),
        "entity": entity,
        "record_id": record_id,
        "op": op,
        "base_rev": base_rev,
        "fields": dict(fields),
        "status": PENDING,
        "attempts": 0,
        "created_at": now or utcnow(),
    }
