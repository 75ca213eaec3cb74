"""Small persistent facts of this replica: its client id and its pull cursor."""

from __future__ import annotations

import uuid
from typing import cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sfa.store.tables import SyncState

_state = cast(Table, SyncState.__table__)

CURSOR = "pull_cursor"
CLIENT_ID = "client_id"
LAST_SYNC = "last_sync_at"


def get(conn: Connection, key: str) -> str | None:
    return conn.execute(select(_state.c.value).where(_state.c.key == key)).scalar_one_or_none()


def put(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute(_state.delete().where(_state.c.key == key))
        return
    statement = sqlite_insert(_state).values(key=key, value=value)
    conn.execute(
        statement.on_conflict_do_update(index_elements=[_state.c.key], set_={"value": value})
    )


def client_id(conn: Connection) -> str:
    """This installation's id, made once: the server stores mutation results per client."""
    existing = get(conn, CLIENT_ID)
    if existing is not None:
        return existing
    made = str(uuid.uuid4())
    put(conn, CLIENT_ID, made)
    return made
