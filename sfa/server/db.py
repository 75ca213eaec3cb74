"""Engines, sessions and the transaction rules of the server, for SQLite and PostgreSQL.

Two kinds of transaction:

* **write** — anything that hands out revs. On SQLite it starts with ``BEGIN IMMEDIATE`` so
  writers queue on the database lock instead of failing half-way; on PostgreSQL the first
  thing it does is lock the change-counter row (:func:`lock_counter`).
* **read** — pulls. ``REPEATABLE READ`` on PostgreSQL (and a WAL snapshot on SQLite) so a
  page is computed from one consistent view of the data.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from sfa.server.tables import ChangeCounter

COUNTER_ID = 1


def make_engine(url: str) -> Engine:
    """An engine with the server's connection settings for ``url``'s database."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": 60, "check_same_thread": False}, pool_pre_ping=True
        )
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_setup(engine: Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, issue BEGIN, so writes can BEGIN IMMEDIATE."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session for one writing transaction; committed on success, rolled back on error."""
    bind = engine.execution_options(sqlite_begin="IMMEDIATE") if _sqlite(engine) else engine
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for a consistent read (pull)."""
    bind = (
        engine if _sqlite(engine) else engine.execution_options(isolation_level="REPEATABLE READ")
    )
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


def _sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def lock_counter(session: Session) -> int:
    """Take the change-counter row lock for the rest of the transaction; return its value.

    On SQLite the ``BEGIN IMMEDIATE`` of a write session already excludes other writers.
    """
    query = select(ChangeCounter.value).where(ChangeCounter.id == COUNTER_ID)
    if is_postgres(session):
        query = query.with_for_update()
    return int(session.execute(query).scalar_one())


def next_rev(session: Session) -> int:
    """A new rev, allocated under the counter row lock (held until commit)."""
    statement = (
        update(ChangeCounter)
        .where(ChangeCounter.id == COUNTER_ID)
        .values(value=ChangeCounter.value + 1)
        .returning(ChangeCounter.value)
    )
    return int(session.execute(statement).scalar_one())


def current_rev(session: Session) -> int:
    """The last committed rev as this transaction sees it."""
    query = select(ChangeCounter.value).where(ChangeCounter.id == COUNTER_ID)
    return int(session.execute(query).scalar_one())


def advisory_lock(session: Session, key: str) -> None:
    """Serialise transactions on ``key`` (PostgreSQL); SQLite's write lock already does."""
    if is_postgres(session):
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
