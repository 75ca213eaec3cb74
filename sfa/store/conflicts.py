"""The conflicts inbox: fields both sides changed, kept until the rep decides.

Resolving "keep mine" queues an ordinary edit made against the record as it now is, so the
server applies it like any other change; "keep theirs" just closes the conflict, because
the server's value is already the one on the laptop.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, func, select

from sfa.domain.errors import DomainError
from sfa.store import outbox, writes
from sfa.store.tables import SyncConflict
from sfa.wire.schemas import MutationResult

_conflicts = cast(Table, SyncConflict.__table__)

KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"


def record_conflicts(conn: Connection, row: Mapping[str, Any], result: MutationResult) -> None:
    for conflict in result.conflicts or []:
        conn.execute(
            _conflicts.insert().values(
                mutation_id=row["mutation_id"],
                entity=row["entity"],
                record_id=row["record_id"],
                field=conflict.field,
                server_value=conflict.server,
                client_value=conflict.client,
                server_rev=result.rev,
            )
        )


def open_conflicts(conn: Connection) -> list[RowMapping]:
    query = select(_conflicts).where(_conflicts.c.resolution.is_(None)).order_by(_conflicts.c.id)
    return list(conn.execute(query).mappings())


def open_conflict_count(conn: Connection) -> int:
    """For the status bar, which asks after every sync: a count, not the rows."""
    query = select(func.count()).select_from(_conflicts).where(_conflicts.c.resolution.is_(None))
    return int(conn.execute(query).scalar_one())


def resolve(conn: Connection, conflict_id: int, choice: str, *, actor: str | None) -> None:
    conflict = (
        conn.execute(select(_conflicts).where(_conflicts.c.id == conflict_id)).mappings().first()
    )
    if conflict is None or conflict["resolution"] is not None:
        raise DomainError("This conflict has already been resolved")
    if choice == KEEP_MINE:
        entity, record_id = conflict["entity"], conflict["record_id"]
        mine = {conflict["field"]: conflict["client_value"]}
        if not writes.update(conn, entity, record_id, mine, actor=actor):
            # the laptop still shows my value: say it again to the server explicitly
            current = writes.load(conn, entity, record_id) or {"rev": 0}
            outbox.enqueue(conn, entity, record_id, "upsert", current["rev"], mine)
    elif choice != KEEP_THEIRS:
        raise DomainError(f"“{choice}” is not a way to resolve a conflict")
    conn.execute(
        _conflicts.update().where(_conflicts.c.id == conflict_id).values(resolution=choice)
    )
