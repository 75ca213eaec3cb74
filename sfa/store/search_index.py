"""The search tables and their write path.

``search_doc`` is an ordinary table, one row per searched record: what a hit shows, the
ranking keys and the pre-tokenised text. ``search_fts`` is an FTS5 index over that text
as *external content*, so the text is stored once.

The FTS index is maintained here, not by triggers. FTS5 flushes its in-memory pending
terms at every statement savepoint, and a trigger (or an ``INSERT … SELECT``) into FTS5
opens one per row: measured on 40,000 documents, trigger-maintained indexing ran at
~6,000 rows/s and re-indexing at ~700 rows/s, against ~25,000 rows/s for plain
``executemany`` of ``VALUES`` rows as below. The price: ``search_doc`` must only be
written through :func:`index_documents` and :func:`remove_from_index`, which keep the two
in step (``INSERT INTO search_fts(search_fts) VALUES ('rebuild')`` repairs them) — except
while the FTS index is deferred (below), when :func:`drop_documents` and the backfill
(:mod:`sfa.store.search_backfill`) write ``search_doc`` alone.

A first sync brings hundreds of thousands of documents at once. Feeding them to FTS5 page
by page costs more than the records themselves (its segments are written and merged at
every commit), while one ``rebuild`` reads ``search_doc`` and indexes it in C at ~45,000
documents/s. So a bulk load **defers** the FTS index (:func:`defer_fts`): documents go to
``search_doc`` only, a row in ``search_state`` says the FTS index is behind, and
:func:`catch_up` rebuilds it once at the end. The row is written in the loading
transaction, so a load killed half-way leaves it there and the next catch-up repairs the
index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy.engine import Connection

from sfa.store.search_documents import SearchDocument

TOKEN_COLUMNS = ("name", "name_py", "name_ini", "other", "codes")
_COLS = ", ".join(TOKEN_COLUMNS)
_MARKS = ", ".join("?" for _ in TOKEN_COLUMNS)

SEARCH_STATE_DDL = "CREATE TABLE IF NOT EXISTS search_state (fts_behind_since TEXT NOT NULL)"
"""One row while the FTS index is behind ``search_doc`` (see :func:`defer_fts`)."""

SEARCH_KEY_INDEXES: dict[str, str] = {
    "ix_search_doc_name_key": "name_key",
    "ix_search_doc_py_key": "py_key",
    "ix_search_doc_ini_key": "ini_key",
}
"""Index name → ranking key column it covers (dropped during a first sync's bulk load,
see :mod:`sfa.store.bulk_indexes`)."""

SEARCH_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS search_doc (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        title TEXT NOT NULL,
        subtitle TEXT NOT NULL,
        name_key TEXT NOT NULL,
        py_key TEXT NOT NULL,
        ini_key TEXT NOT NULL,
        name TEXT NOT NULL,
        name_py TEXT NOT NULL,
        name_ini TEXT NOT NULL,
        other TEXT NOT NULL,
        codes TEXT NOT NULL,
        UNIQUE (entity, record_id)
    )""",
    *(
        f"CREATE INDEX IF NOT EXISTS {name} ON search_doc ({column})"
        for name, column in SEARCH_KEY_INDEXES.items()
    ),
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        {_COLS},
        content='search_doc', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2 tokenchars '_'"
    )""",
    SEARCH_STATE_DDL,
)
"""CREATE statements of the search tables (idempotent; a migration runs them in order)."""

document_row = attrgetter(*(f.name for f in fields(SearchDocument)))
"""A document as a ``search_doc`` row (its columns in the order of :data:`_DOC_INSERT`)."""
_CHUNK = 400
"""Record ids per look-up statement (SQLite's default limit is 999 parameters)."""

_DOC_INSERT = f"""
INSERT INTO search_doc (entity, record_id, title, subtitle, name_key, py_key, ini_key, {_COLS})
VALUES (?, ?, ?, ?, ?, ?, ?, {_MARKS})
"""
_DOC_UPSERT = f"""{_DOC_INSERT}ON CONFLICT (entity, record_id) DO UPDATE SET
    title = excluded.title, subtitle = excluded.subtitle, name_key = excluded.name_key,
    py_key = excluded.py_key, ini_key = excluded.ini_key, name = excluded.name,
    name_py = excluded.name_py, name_ini = excluded.name_ini, other = excluded.other,
    codes = excluded.codes
"""
_FTS_INSERT = f"INSERT INTO search_fts (rowid, {_COLS}) VALUES (?, {_MARKS})"
_FTS_DELETE = f"INSERT INTO search_fts (search_fts, rowid, {_COLS}) VALUES ('delete', ?, {_MARKS})"


def _stored(
    conn: Connection, entity: str, record_ids: Sequence[str], *, with_text: bool
) -> dict[str, tuple[Any, ...]]:
    """record id → (id, token columns…) of the documents already stored for them."""
    columns = f"id, {_COLS}" if with_text else "id"
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(record_ids), _CHUNK):
        chunk = record_ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        sql = (
            f"SELECT record_id, {columns} FROM search_doc "
            f"WHERE entity = ? AND record_id IN ({marks})"
        )
        for row in conn.exec_driver_sql(sql, (entity, *chunk)):
            found[row[0]] = tuple(row[1:])
    return found


def index_documents(conn: Connection, docs: Iterable[SearchDocument]) -> None:
    """Insert or replace many documents (the bulk write path: a few ``executemany``).

    Call inside the transaction that writes the records. For a large first load, call
    :func:`optimize_index` once afterwards.
    """
    latest: dict[tuple[str, str], SearchDocument] = {}
    for doc in docs:
        latest[(doc.entity, doc.record_id)] = doc  # the last version of a record wins
    if not latest:
        return
    if fts_deferred(conn):
        conn.exec_driver_sql(_DOC_UPSERT, [document_row(doc) for doc in latest.values()])
        return
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in latest:
        by_entity.setdefault(entity, []).append(record_id)
    old = [
        row
        for entity, ids in by_entity.items()
        for row in _stored(conn, entity, ids, with_text=True).values()
    ]
    if old:
        conn.exec_driver_sql(_FTS_DELETE, old)
    conn.exec_driver_sql(_DOC_UPSERT, [document_row(doc) for doc in latest.values()])
    new: list[tuple[Any, ...]] = []
    for entity, ids in by_entity.items():
        for record_id, (rowid,) in _stored(conn, entity, ids, with_text=False).items():
            doc = latest[(entity, record_id)]
            new.append((rowid, doc.name, doc.name_py, doc.name_ini, doc.other, doc.codes))
    conn.exec_driver_sql(_FTS_INSERT, new)


def remove_from_index(conn: Connection, entity: str, record_id: str) -> None:
    """Drop a record's document (deleted records must stop matching); no-op if absent."""
    old = _stored(conn, entity, [record_id], with_text=True).get(record_id)
    if old is None:
        return
    if not fts_deferred(conn):
        conn.exec_driver_sql(_FTS_DELETE, old)
    conn.exec_driver_sql("DELETE FROM search_doc WHERE id = ?", (old[0],))


def add_missing_documents(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Store :func:`document_row` rows for records that have no document yet, keeping any
    that has one (written meanwhile, and newer), while the FTS index is deferred."""
    if not fts_deferred(conn):
        raise RuntimeError("documents are added in bulk only while the FTS index is deferred")
    conn.exec_driver_sql(f"{_DOC_INSERT}ON CONFLICT (entity, record_id) DO NOTHING", rows)


def drop_documents(conn: Connection, entity: str, record_ids: Sequence[str]) -> None:
    """Forget these records' documents while the FTS index is deferred (it is rebuilt from
    ``search_doc`` later), so that the backfill builds them afresh."""
    if not fts_deferred(conn):
        raise RuntimeError("documents are dropped in bulk only while the FTS index is deferred")
    conn.exec_driver_sql(
        "DELETE FROM search_doc WHERE entity = ? AND record_id = ?",
        [(entity, record_id) for record_id in record_ids],
    )


def optimize_index(conn: Connection) -> None:
    """Merge the FTS index into one segment: after a bulk load, queries get faster."""
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('optimize')")


def defer_fts(conn: Connection) -> None:
    """Stop feeding the FTS index until :func:`catch_up` (see the module's docstring)."""
    if not fts_deferred(conn):
        conn.exec_driver_sql(
            "INSERT INTO search_state (fts_behind_since) VALUES (?)",
            (datetime.now(UTC).isoformat(),),
        )


def fts_deferred(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM search_state LIMIT 1").first() is not None


def catch_up(conn: Connection) -> bool:
    """Rebuild the FTS index from ``search_doc`` if a bulk load deferred it; whether it did."""
    if not fts_deferred(conn):
        return False
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    conn.exec_driver_sql("DELETE FROM search_state")
    return True
