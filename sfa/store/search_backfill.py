"""Search documents for records that arrived without one (a first sync), built in bulk.

Building a document costs more than storing its record (pinyin of every company name,
phone suffixes …): on a first sync of 600,000 records it was most of the laptop's work.
So snapshot pages are stored without documents and, once the records are in, this module
fills in every missing document in chunks, on worker processes when there are enough to
pay for starting them (``document_for`` is pure Python and holds the GIL; processes use
the laptop's other cores).

Chunks are pipelined: while workers build one, this process writes the one before and
reads the next. A chunk is therefore read and written in different transactions, so only
documents still missing are written: a record the user edits meanwhile is indexed by the
write path with its new text and left alone here, and documents of records deleted
meanwhile are dropped at the end. Killed half-way, the next backfill simply finds fewer
missing documents. It runs while the FTS index is deferred
(:func:`~sfa.store.search_index.defer_fts`), which is rebuilt from ``search_doc`` after.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Connection

from sfa.store.search_documents import DOCUMENT_FIELDS, ENTITY_ORDER, document_for
from sfa.store.search_index import add_missing_documents, document_row, fts_deferred
from sfa.store.store import LocalStore
from sfa.store.tables import ENTITY_TABLES

CHUNK = 2000
"""Records per transaction: each holds the write lock for a few tens of milliseconds."""
MAX_WORKERS = 4
"""Each worker holds the pinyin tables (~100 MB): more than a few cost memory, not time."""
POOL_THRESHOLD = 20_000
"""Fewer missing documents than this are built in this process (starting workers ~0.5 s)."""

_log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called with (documents built so far, documents missing at the start)."""


def missing_count(conn: Connection) -> int:
    """How many live searched records have no document."""
    return sum(
        conn.exec_driver_sql(
            f"SELECT count(*) FROM {entity} AS r WHERE NOT r.deleted AND NOT EXISTS "
            "(SELECT 1 FROM search_doc AS d WHERE d.entity = ? AND d.record_id = r.id)",
            (entity,),
        ).scalar_one()
        for entity in ENTITY_ORDER
    )


def backfill(
    store: LocalStore,
    progress: Progress | None = None,
    *,
    pool_threshold: int = POOL_THRESHOLD,
    workers: int | None = None,
) -> int:
    """Build and store every missing document; how many were written.

    ``workers`` defaults to one process per core (at most :data:`MAX_WORKERS`): this
    process mostly waits for SQLite.
    """
    with store.reading() as conn:
        if not fts_deferred(conn):
            raise RuntimeError("the backfill runs only while the FTS index is deferred")
        total = missing_count(conn)
    done = 0
    if total:
        done = _build_missing(store, total, progress, total >= pool_threshold, workers)
    # also when nothing was missing: a backfill killed after writing a chunk whose record
    # was deleted meanwhile left that document behind
    with store.transaction() as conn:
        _forget_deleted(conn)
    return done


def _build_missing(
    store: LocalStore,
    total: int,
    progress: Progress | None,
    use_pool: bool,
    workers: int | None,
) -> int:
    done = 0
    with _builder(use_pool, workers) as submit:
        for entity in ENTITY_ORDER:
            after = 0
            building: Built | None = None
            while True:
                with store.reading() as conn:
                    names, rows = _missing(conn, entity, after)
                upcoming = submit(entity, names, rows) if rows else None
                if building is not None:
                    with store.transaction() as conn:
                        done += _store(conn, building())
                    if progress is not None:
                        progress(done, total)
                if upcoming is None:
                    break
                building, after = upcoming, rows[-1][0]
    return done


def _missing(conn: Connection, entity: str, after: int) -> tuple[tuple[str, ...], list[Any]]:
    """The next chunk of ``entity``'s live records without a document, in storage order
    (rowid: the table is read front to back, not by hopping along its id index)."""
    columns = ENTITY_TABLES[entity].__table__.c
    shown = [name for name in DOCUMENT_FIELDS if name in columns]
    select = ", ".join(f"r.{name}" for name in shown)
    join = ""
    if "account_id" in columns:
        shown.append("account_name")
        select += ", a.name"
        join = "LEFT JOIN account AS a ON a.id = r.account_id"
    sql = (
        f"SELECT r.rowid, r.id, {select} FROM {entity} AS r {join} "
        "WHERE r.rowid > ? AND NOT r.deleted AND NOT EXISTS "
        "(SELECT 1 FROM search_doc AS d WHERE d.entity = ? AND d.record_id = r.id) "
        "ORDER BY r.rowid LIMIT ?"
    )
    rows = conn.exec_driver_sql(sql, (after, entity, CHUNK)).all()
    return ("rowid", "id", *shown), [tuple(row) for row in rows]


def _store(conn: Connection, docs: list[tuple[Any, ...]]) -> int:
    add_missing_documents(conn, docs)  # an edit made meanwhile stored a newer one
    return len(docs)


def _forget_deleted(conn: Connection) -> None:
    """Drop documents of records deleted after their chunk was read: their deletion found
    no document to remove yet. (The FTS index is rebuilt from ``search_doc`` afterwards.)"""
    for entity in ENTITY_ORDER:
        conn.exec_driver_sql(
            f"DELETE FROM search_doc WHERE entity = ? AND record_id IN "
            f"(SELECT id FROM {entity} WHERE deleted)",
            (entity,),
        )


def build_documents(
    entity: str, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[tuple[Any, ...]]:
    """Document rows (``search_doc`` column order) of ``rows``; runs in a worker process."""
    built: list[tuple[Any, ...]] = []
    for row in rows:
        doc = document_for(entity, dict(zip(names, row, strict=True)))
        if doc is not None:
            built.append(document_row(doc))
    return built


Built = Callable[[], list[tuple[Any, ...]]]
"""The documents of a chunk handed to a builder, when they are ready."""
Submit = Callable[[str, tuple[str, ...], list[Any]], Built]


class _Pool:
    """``build_documents`` split across worker processes, or here if they cannot run.

    A pool can fail to start or die (a frozen app missing ``freeze_support``, a sandbox
    forbidding processes, a worker killed for memory): the documents are then built in
    this process, slower but complete.
    """

    def __init__(self, count: int) -> None:
        # spawn, not fork: the app has threads (Qt, sync) that a forked child would inherit
        # in whatever state they were in.
        self.count = count
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=count, mp_context=multiprocessing.get_context("spawn")
        )

    def submit(self, entity: str, names: tuple[str, ...], rows: list[Any]) -> Built:
        if self.pool is None:
            return _at_once(entity, names, rows)
        size = -(-len(rows) // self.count)
        parts = [rows[start : start + size] for start in range(0, len(rows), size)]
        try:
            futures = [self.pool.submit(build_documents, entity, names, p) for p in parts]
        except (BrokenProcessPool, OSError) as exc:
            return self._give_up(exc, entity, names, rows)

        def collect() -> list[tuple[Any, ...]]:
            try:
                return [doc for future in futures for doc in future.result()]
            except (BrokenProcessPool, OSError) as exc:
                return self._give_up(exc, entity, names, rows)()

        return collect

    def _give_up(
        self, error: Exception, entity: str, names: tuple[str, ...], rows: list[Any]
    ) -> Built:
        _log.warning("search workers failed (%s); building documents here", error)
        self.close()
        return _at_once(entity, names, rows)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _cores() -> int:
    """Cores this process may run on (a container or affinity mask may allow fewer)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _at_once(entity: str, names: tuple[str, ...], rows: list[Any]) -> Built:
    built = build_documents(entity, names, rows)
    return lambda: built


@contextmanager
def _builder(use_pool: bool, workers: int | None) -> Iterator[Submit]:
    """Hands chunks to worker processes, or builds them here (few documents, one core)."""
    count = workers if workers is not None else min(MAX_WORKERS, _cores())
    if not use_pool or count < 2:
        yield _at_once
        return
    try:
        pool = _Pool(count)
    except (OSError, ImportError, NotImplementedError) as exc:  # no /dev/shm, a sandbox
        _log.warning("search workers cannot start (%s); building documents here", exc)
        yield _at_once
        return
    try:
        yield pool.submit
    finally:
        pool.close()
