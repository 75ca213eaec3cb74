"""Secondary indexes dropped for a first sync and built after it: the record tables' and
the search documents' ranking keys.

Records arrive in rev order, so every index on a random key (ids, credit codes, dates,
names) takes each row at a random place: a page of 5,000 records dirtied thousands of
index pages, which every commit then wrote out. Building an index once over the loaded
table sorts instead. Measured: storing 200,000 records took 7.8 s with the record indexes
and 6.1 s without (building them afterwards 0.3 s); writing 400,000 search documents
23 s with the three key indexes and 2.9 s without (building them afterwards 1.4 s).

Unique indexes stay: upserts and the one-record rules rely on them. Dropped indexes are
rebuilt by :func:`restore_indexes`, which the sync runs when the snapshot is in and the
store runs on opening, so a first sync killed half way costs speed only until then. (A
migration dropping one of them must therefore say ``if_exists``.)
"""

from __future__ import annotations

from functools import cache

from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateIndex

from sfa.store.search_index import SEARCH_KEY_INDEXES
from sfa.store.tables import ENTITY_TABLES


@cache
def _deferrable() -> dict[str, str]:
    """Index name → its CREATE statement: the record tables' non-unique indexes and the
    search documents' ranking keys."""
    statements: dict[str, str] = {}
    for model in ENTITY_TABLES.values():
        for index in model.__table__.indexes:  # type: ignore[attr-defined]
            if not index.unique:
                statements[str(index.name)] = str(
                    CreateIndex(index).compile(dialect=sqlite.dialect())
                )
    for name, column in SEARCH_KEY_INDEXES.items():
        statements[name] = f"CREATE INDEX {name} ON search_doc ({column})"
    return statements


def _existing(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {name for (name,) in rows}


def drop_secondary_indexes(conn: Connection) -> None:
    """Drop those indexes (before a bulk load)."""
    existing = _existing(conn)
    for name in _deferrable():
        if name in existing:
            conn.exec_driver_sql(f"DROP INDEX {name}")


def restore_indexes(conn: Connection, *, search_keys: bool = True) -> int:
    """Build whichever of those indexes is missing; how many were built.

    ``search_keys=False`` leaves the search documents' ones for later: the lists need the
    record tables' indexes as soon as the records are in, the search keys are best built
    after the documents (:mod:`sfa.store.search_backfill`).
    """
    existing = _existing(conn)
    wanted = {
        name: sql
        for name, sql in _deferrable().items()
        if search_keys or name not in SEARCH_KEY_INDEXES
    }
    missing = [sql for name, sql in wanted.items() if name not in existing]
    for statement in missing:
        conn.exec_driver_sql(statement)
    return len(missing)
