"""What the status bar says about sync, computed from the store (no network)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from sfa.store import outbox, sync_state
from sfa.store.conflicts import open_conflict_count


@dataclass(frozen=True)
class SyncStatus:
    waiting: int
    conflicts: int
    rejected: int
    last_sync: datetime | None


def sync_status(conn: Connection) -> SyncStatus:
    last = sync_state.get(conn, sync_state.LAST_SYNC)
    return SyncStatus(
        waiting=outbox.pending_count(conn),
        conflicts=open_conflict_count(conn),
        rejected=outbox.rejected_count(conn),
        last_sync=datetime.fromisoformat(last) if last else None,
    )
