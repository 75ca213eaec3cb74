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
SENDING = "sending"  # handed to the server; its result may not have come back yet
REJECTED = "rejected"


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
    """Forget a record the server never accepted; True if there is nothing to tell it.

    Called for records still at rev 0: their mutations are either all unsent (dropped here),
    or were refused and discarded (nothing left), or are on their way (then False).
    """
    statuses = (
        conn.execute(
            select(_outbox.c.status).where(
                _outbox.c.entity == entity, _outbox.c.record_id == record_id
            )
        )
        .scalars()
        .all()
    )
    if any(status == SENDING for status in statuses):
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
    """Changes waiting to go up (what the status bar shows as “K changes waiting”)."""
    query = (
        select(func.count()).select_from(_outbox).where(_outbox.c.status.in_((PENDING, SENDING)))
    )
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


def claim_batch(conn: Connection, limit: int) -> list[RowMapping]:
    """The oldest unsent mutations, marked as sending so that later edits are not folded
    into a mutation the server may already have stored. Rows left ``sending`` by a crash
    are sent again first: the server answers a repeated ``mutation_id`` from its store.

    A batch holds at most one mutation per record: a second one must be based on the rev
    the first produces, which is only known once the server has answered.
    """
    candidates = conn.execute(
        select(_outbox)
        .where(_outbox.c.status.in_((PENDING, SENDING)))
        .order_by(_outbox.c.seq)
        .limit(limit)
    ).mappings()
    rows: list[RowMapping] = []
    seen: set[tuple[str, str]] = set()
    for row in candidates:
        key = (row["entity"], row["record_id"])
        if key in seen:
            break
        seen.add(key)
        rows.append(row)
    if rows:
        conn.execute(
            _outbox.update()
            .where(_outbox.c.seq.in_([row["seq"] for row in rows]))
            .values(status=SENDING, attempts=_outbox.c.attempts + 1)
        )
    return rows


def as_mutation(row: Mapping[str, Any]) -> dict[str, Any]:
    """The contract's shape of an outbox row."""
    mutation: dict[str, Any] = {
        "mutation_id": row["mutation_id"],
        "entity": row["entity"],
        "id": row["record_id"],
        "op": row["op"],
        "base_rev": row["base_rev"],
    }
    if row["op"] == "upsert":
        mutation["fields"] = row["fields"]
    return mutation


def rebase_later(conn: Connection, entity: str, record_id: str, after_seq: int, rev: int) -> None:
    """Later unsent edits of a record were made on top of one the server has now accepted:
    their base is the rev that acceptance produced, not the one seen when they were made."""
    conn.execute(
        _outbox.update()
        .where(
            _outbox.c.entity == entity,
            _outbox.c.record_id == record_id,
            _outbox.c.seq > after_seq,
            _outbox.c.status.in_((PENDING, SENDING)),
        )
        .values(base_rev=rev)
    )


def remove(conn: Connection, seq: int) -> None:
    conn.execute(_outbox.delete().where(_outbox.c.seq == seq))


def reject(conn: Connection, seq: int, error: Mapping[str, Any]) -> None:
    conn.execute(
        _outbox.update().where(_outbox.c.seq == seq).values(status=REJECTED, error=dict(error))
    )


def waiting(conn: Connection, entity: str, record_id: str) -> bool:
    """Whether the record still has a change that has not been accepted by the server."""
    query = select(_outbox.c.seq).where(
        _outbox.c.entity == entity,
        _outbox.c.record_id == record_id,
        _outbox.c.status.in_((PENDING, SENDING)),
    )
    return conn.execute(query.limit(1)).first() is not None


def rejected(conn: Connection) -> list[RowMapping]:
    query = select(_outbox).where(_outbox.c.status == REJECTED).order_by(_outbox.c.seq)
    return list(conn.execute(query).mappings())


def discard(conn: Connection, seq: int) -> None:
    """The user chose to drop a refused change (the only way one is ever dropped)."""
    conn.execute(_outbox.delete().where(_outbox.c.seq == seq, _outbox.c.status == REJECTED))


def resend(conn: Connection, seq: int, base_rev: int) -> None:
    """Queue a refused change again, against the record as the laptop now knows it."""
    conn.execute(
        _outbox.update()
        .where(_outbox.c.seq == seq, _outbox.c.status == REJECTED)
        .values(
            status=PENDING,
            error=None,
            base_rev=base_rev,
            mutation_id=str(uuid.uuid4()),  # a new attempt, not a replay of the refused one
        )
    )


def rejected_count(conn: Connection) -> int:
    query = select(func.count()).select_from(_outbox).where(_outbox.c.status == REJECTED)
    return int(conn.execute(query).scalar_one())
