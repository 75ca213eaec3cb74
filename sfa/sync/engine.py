"""One sync: push the outbox in order, then pull pages until up to date.

Each step commits on its own, so the process can be killed at any instant: a push whose
answer was lost is sent again with the same mutation ids (the server answers from its
store), and a pulled page is applied together with its cursor, so the cursor is never ahead
of the data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from sfa.domain.records import ENTITY_MIXINS
from sfa.store import outbox, sync_state
from sfa.store.bulk_indexes import drop_secondary_indexes, restore_indexes
from sfa.store.conflicts import record_conflicts
from sfa.store.replica import apply_remote, forget, forget_all_synced, set_rev
from sfa.store.search import catch_up, defer_fts, fts_deferred
from sfa.store.search_backfill import backfill
from sfa.store.store import LocalStore
from sfa.sync.transport import SyncError, Transport
from sfa.wire.schemas import Change, MutationResult, PullResponse

PUSH_BATCH = 500
PULL_PAGE = 5000
"""Records per pull page (the server's maximum). The server has a fixed cost per page, so
bigger pages serve faster: in-process 34k records/s at 5,000 against 20k at 2,000. With
search documents built after the snapshot rather than inside each page's transaction, the
GUI's longest stall during a 600k first sync stayed at 68–84 ms at 5,000 a page
(bench/bench_sync.py); it had been 126 ms when pages still built their documents."""
_ENTITY_ORDER = {name: index for index, name in enumerate(ENTITY_MIXINS)}
_log = logging.getLogger(__name__)


@dataclass
class SyncProgress:
    phase: str  # "push", "pull", or "index" (search built after a snapshot)
    done: int
    """Changes sent (push) or records received (pull, and index: the records searched)."""
    total: int | None = None
    fraction: float | None = None
    """How far the pull is, 0–1, by the server's change sequence (None if it cannot tell)."""


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    revoked: int = 0
    resets: int = 0
    finished_at: datetime | None = None
    statuses: dict[str, int] = field(default_factory=dict)


Progress = Callable[[SyncProgress], None]


class SyncEngine:
    def __init__(
        self,
        store: LocalStore,
        transport: Transport,
        *,
        push_batch: int = PUSH_BATCH,
        pull_page: int = PULL_PAGE,
    ) -> None:
        self.store = store
        self.transport = transport
        self.push_batch = push_batch
        self.pull_page = pull_page

    def sync(self, progress: Progress | None = None) -> SyncReport:
        report = SyncReport()
        self.push(report, progress)
        self.pull(report, progress)
        report.finished_at = datetime.now(UTC)
        with self.store.transaction() as conn:
            sync_state.put(conn, sync_state.LAST_SYNC, report.finished_at.isoformat())
        return report

    # -- push ---------------------------------------------------------------------------
    def push(self, report: SyncReport, progress: Progress | None = None) -> None:
        with self.store.transaction() as conn:
            client_id = sync_state.client_id(conn)
            total = outbox.pending_count(conn)
        while True:
            with self.store.transaction() as conn:
                batch = outbox.claim_batch(conn, self.push_batch)
            if not batch:
                return
            response = self.transport.push(
                client_id, [outbox.as_mutation(dict(row)) for row in batch]
            )
            if [r.mutation_id for r in response.results] != [row["mutation_id"] for row in batch]:
                raise SyncError("The server answered a different set of changes; try again.")
            with self.store.transaction() as conn:
                for row, result in zip(batch, response.results, strict=True):
                    _acknowledge(conn, row, result, report)
            report.pushed += len(batch)
            if progress is not None:
                progress(SyncProgress("push", report.pushed, total))

    # -- pull ---------------------------------------------------------------------------
    def pull(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Follow the cursor to the end, fetching each next page while this one is applied.

        The next page's request needs only this page's cursor, so it travels (and the
        server computes it) while the laptop writes; the cursor is still stored only with
        the page it belongs to. A snapshot stores its records without search documents
        or secondary indexes, and defers the full-text index
        (:func:`~sfa.store.search.defer_fts`); all are built once at the end
        (:mod:`~sfa.store.bulk_indexes`, :mod:`~sfa.store.search_backfill`, one FTS
        rebuild), also when the pull fails half way, so that search and lists cover
        whatever did arrive.
        """
        with self.store.reading() as conn:
            cursor = sync_state.get(conn, sync_state.CURSOR)
            bulk = fts_deferred(conn)  # a first sync the app was killed in: still one
        fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sfa-pull")
        try:
            self._follow(cursor, bulk, fetcher, report, progress)
        except BaseException:
            self._shut(fetcher)
            try:
                self._catch_up_search(report, progress)
            except Exception:  # the pull's own error is the one to report
                _log.exception("search could not be completed after a failed pull")
            raise
        self._shut(fetcher)
        self._catch_up_search(report, progress)

    @staticmethod
    def _shut(fetcher: ThreadPoolExecutor) -> None:
        # A request still in flight (the page after one that failed to apply) is waited
        # for: the transport must never be used by two threads at once, as a token refresh
        # rotates the refresh token.
        fetcher.shutdown(wait=True, cancel_futures=True)

    def _catch_up_search(self, report: SyncReport, progress: Progress | None) -> None:
        with self.store.reading() as conn:
            behind = fts_deferred(conn)
        if not behind:
            return
        with self.store.transaction() as conn:
            restore_indexes(conn, search_keys=False)  # the lists need them first

        def building(done: int, total: int) -> None:
            if progress is not None:
                progress(SyncProgress("index", report.pulled, fraction=done / total))

        backfill(self.store, building)
        if progress is not None:
            progress(SyncProgress("index", report.pulled))
        with self.store.transaction() as conn:
            restore_indexes(conn)
            catch_up(conn)

    def _follow(
        self,
        cursor: str | None,
        bulk: bool,
        fetcher: ThreadPoolExecutor,
        report: SyncReport,
        progress: Progress | None,
    ) -> None:
        upcoming: Future[PullResponse] = fetcher.submit(self.transport.pull, cursor, self.pull_page)
        start: int | None = None
        snapshot = bulk or cursor is None
        while True:
            page = upcoming.result()
            if page.reset:
                report.resets += 1
                with self.store.transaction() as conn:
                    forget_all_synced(conn)
                    sync_state.put(conn, sync_state.CURSOR, None)
                if cursor is None:
                    raise SyncError("The server keeps asking for a fresh start; try again later.")
                cursor = None
                start = None
                snapshot = True
                upcoming = fetcher.submit(self.transport.pull, None, self.pull_page)
                continue
            if page.has_more:
                upcoming = fetcher.submit(self.transport.pull, page.cursor, self.pull_page)
            with self.store.transaction() as conn:
                if snapshot and not fts_deferred(conn):
                    defer_fts(conn)
                    drop_secondary_indexes(conn)
                _apply_page(conn, page, report, index=not snapshot)
                sync_state.put(conn, sync_state.CURSOR, page.cursor)
            cursor = page.cursor
            if progress is not None:
                if page.progress is not None and start is None:
                    start = page.progress.after
                progress(SyncProgress("pull", report.pulled, fraction=_fraction(page, start)))
            if not page.has_more:
                return


def _fraction(page: PullResponse, start: int | None) -> float | None:
    if page.progress is None or start is None:
        return None
    if not page.has_more:
        return 1.0
    span = page.progress.head - start
    return min(1.0, (page.progress.through - start) / span) if span > 0 else None


def _acknowledge(conn: Connection, row: Any, result: MutationResult, report: SyncReport) -> None:
    report.statuses[result.status] = report.statuses.get(result.status, 0) + 1
    if result.status == "rejected":
        error = result.error.model_dump() if result.error else {"code": "rejected", "message": ""}
        outbox.reject(conn, row["seq"], error)
        report.rejected += 1
        return
    if result.status == "conflict" and result.conflicts:
        record_conflicts(conn, row, result)
        report.conflicts += len(result.conflicts)
    outbox.remove(conn, row["seq"])
    if result.rev is not None:
        outbox.rebase_later(conn, row["entity"], row["record_id"], row["seq"], result.rev)
        set_rev(conn, row["entity"], row["record_id"], result.rev)


def _apply_page(conn: Connection, page: PullResponse, report: SyncReport, *, index: bool) -> None:
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for change in page.changes:
        if change.entity in ENTITY_MIXINS:
            by_entity.setdefault(change.entity, []).append(_record(change))
    for entity in sorted(by_entity, key=_ENTITY_ORDER.__getitem__):
        apply_remote(conn, entity, by_entity[entity], index=index)
        report.pulled += len(by_entity[entity])
    for ref in page.revoked:
        if ref.entity in ENTITY_MIXINS:
            forget(conn, ref.entity, ref.id)
            report.revoked += 1


def _record(change: Change) -> dict[str, Any]:
    return {**change.fields, "id": change.id, "rev": change.rev, "deleted": change.deleted}
