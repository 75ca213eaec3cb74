"""A first sync defers the full-text index and rebuilds it once; search must come out whole.

The engine runs against a scripted transport here: what matters is what the laptop's search
finds after a snapshot that completed, one that broke off half way, and local edits made
while the index was behind.
"""

from __future__ import annotations

from typing import Any

import pytest

from sfa.store import writes
from sfa.store.search import defer_fts, fts_deferred, search
from sfa.store.store import LocalStore
from sfa.sync.engine import SyncEngine, SyncProgress, SyncReport
from sfa.sync.transport import Offline
from sfa.wire.schemas import Change, PullProgress, PullResponse


def _account(record_id: str, rev: int, name: str) -> Change:
    return Change(entity="account", id=record_id, rev=rev, deleted=False, fields={"name": name})


PAGES = [
    PullResponse(changes=[_account("a1", 1, "深圳华为技术有限公司")], cursor="c1", has_more=True),
    PullResponse(changes=[_account("a2", 2, "杭州海康威视数字技术")], cursor="c2", has_more=False),
]


class ScriptedTransport:
    """Answers pulls from a list of pages; ``fail_at`` makes that page's request fail."""

    def __init__(self, pages: list[PullResponse], fail_at: int | None = None) -> None:
        self.pages = pages
        self.fail_at = fail_at
        self.calls = 0

    def pull(self, cursor: str | None, limit: int) -> PullResponse:
        index = self.calls
        self.calls += 1
        if index == self.fail_at:
            raise Offline("network gone")
        return self.pages[index]

    def push(self, client_id: str, mutations: list[dict[str, Any]]) -> Any:
        raise AssertionError("nothing to push in these tests")


def _found(store: LocalStore, query: str) -> list[str]:
    with store.reading() as conn:
        return [hit.record_id for hit in search(conn, query)]


def test_a_completed_first_sync_is_searchable(store: LocalStore) -> None:
    SyncEngine(store, ScriptedTransport(PAGES)).sync()  # type: ignore[arg-type]
    assert _found(store, "华为") == ["a1"]
    assert _found(store, "haikang") == ["a2"]
    with store.reading() as conn:
        assert not fts_deferred(conn)


def test_a_first_sync_broken_off_still_leaves_what_arrived_searchable(store: LocalStore) -> None:
    indexes = _indexes(store)
    engine = SyncEngine(store, ScriptedTransport(PAGES, fail_at=1))  # type: ignore[arg-type]
    with pytest.raises(Offline):
        engine.pull(SyncReport())
    assert _found(store, "华为") == ["a1"]
    with store.reading() as conn:
        assert not fts_deferred(conn)
    assert _indexes(store) == indexes


def test_indexes_dropped_for_the_snapshot_are_back_when_it_is_in(store: LocalStore) -> None:
    indexes = _indexes(store)
    dropped: list[set[str]] = []

    def look_during_the_pull(progress: SyncProgress) -> None:
        if progress.phase == "pull":
            dropped.append(indexes - _indexes(store))

    SyncEngine(store, ScriptedTransport(PAGES)).pull(  # type: ignore[arg-type]
        SyncReport(), look_during_the_pull
    )
    assert {"ix_account_rev", "ix_search_doc_py_key"} <= dropped[0]
    assert _indexes(store) == indexes


def _indexes(store: LocalStore) -> set[str]:
    with store.reading() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        return {name for (name,) in rows}


def test_edits_made_while_the_index_is_behind_are_searched_by_their_new_text(
    store: LocalStore,
) -> None:
    engine = SyncEngine(store, ScriptedTransport(PAGES))  # type: ignore[arg-type]

    def edit_after_the_first_page(progress: SyncProgress) -> None:
        if progress.phase == "pull" and progress.done == 1:
            with store.transaction() as conn:
                assert fts_deferred(conn)
                writes.update(conn, "account", "a1", {"name": "深圳腾讯计算机系统"}, actor="me")

    engine.pull(SyncReport(), edit_after_the_first_page)
    assert _found(store, "腾讯") == ["a1"]
    assert _found(store, "华为") == []


def test_pull_progress_counts_up_to_whole(store: LocalStore) -> None:
    pages = [
        PullResponse(
            changes=[_account(f"a{i}", i, f"客户{i}")],
            cursor=f"c{i}",
            has_more=i < 4,
            progress=PullProgress(after=100 + (i - 1) * 25, through=100 + i * 25, head=200),
        )
        for i in range(1, 5)
    ]
    seen: list[float | None] = []
    SyncEngine(store, ScriptedTransport(pages)).pull(  # type: ignore[arg-type]
        SyncReport(), lambda p: seen.append(p.fraction) if p.phase == "pull" else None
    )
    assert seen == [0.25, 0.5, 0.75, 1.0]


def test_a_first_sync_the_app_was_killed_in_goes_on_in_bulk(store: LocalStore) -> None:
    """Killed after its first page (the index still deferred, the cursor stored): the rest
    is stored without documents too, and built once at the end."""
    with pytest.raises(Offline):
        SyncEngine(store, ScriptedTransport(PAGES, fail_at=1)).pull(SyncReport())  # type: ignore[arg-type]
    with store.transaction() as conn:  # the state a kill after page one would have left
        defer_fts(conn)
        conn.exec_driver_sql("DELETE FROM search_doc")
    indexed_while_pulling: list[int] = []

    def count_documents(progress: SyncProgress) -> None:
        if progress.phase == "pull":
            with store.reading() as conn:
                found = conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar_one()
                indexed_while_pulling.append(found)

    SyncEngine(store, ScriptedTransport(PAGES[1:])).pull(  # type: ignore[arg-type]
        SyncReport(), count_documents
    )
    assert indexed_while_pulling == [0]
    assert _found(store, "华为") == ["a1"]
    assert _found(store, "haikang") == ["a2"]


def test_when_search_cannot_be_built_the_lists_keep_their_indexes_and_the_pull_its_error(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_backfill(*_: Any, **__: Any) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr("sfa.sync.engine.backfill", broken_backfill)
    engine = SyncEngine(store, ScriptedTransport(PAGES, fail_at=1))  # type: ignore[arg-type]
    with pytest.raises(Offline):
        engine.pull(SyncReport())
    assert "ix_contact_account_id" in _indexes(store)
