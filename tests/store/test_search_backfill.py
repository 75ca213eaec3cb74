"""Documents built after a bulk load must be the ones the write path would have built, and
a user working during the backfill must never be shown stale or deleted records."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pytest

from sfa.store import search_backfill, writes
from sfa.store.replica import apply_remote
from sfa.store.search import catch_up, defer_fts, search
from sfa.store.search_backfill import backfill, missing_count
from sfa.store.store import LocalStore

ACCOUNTS = [
    {"id": f"a{i:02d}", "rev": i, "name": name, "city": city, "phone": phone}
    for i, (name, city, phone) in enumerate(
        [
            ("深圳市华为技术有限公司", "深圳市", "+8675528780808"),
            ("杭州海康威视数字技术股份有限公司", "杭州市", "+8657188075998"),
            ("重庆长安汽车股份有限公司", "重庆市", "+8623675940000"),
            ("中国银行股份有限公司", "北京市", "+861066596688"),
            ("广州白云山医药集团", "广州市", None),
        ],
        start=1,
    )
]
CONTACTS = [
    {"id": f"c{i:02d}", "rev": 10 + i, "name": name, "account_id": account, "title": "采购经理"}
    for i, (name, account) in enumerate(
        [("张伟", "a01"), ("李娜", "a02"), ("王芳", "a03"), ("刘洋", "a04"), ("陈静", "a01")],
        start=1,
    )
]


def _documents(store: LocalStore) -> list[tuple[Any, ...]]:
    with store.reading() as conn:
        rows = conn.exec_driver_sql(
            "SELECT entity, record_id, title, subtitle, name_key, py_key, ini_key, name, "
            "name_py, name_ini, other, codes FROM search_doc ORDER BY entity, record_id"
        )
        return [tuple(row) for row in rows]


def _load(store: LocalStore, *, index: bool) -> None:
    with store.transaction() as conn:
        if not index:
            defer_fts(conn)
        apply_remote(conn, "account", ACCOUNTS, index=index)
        apply_remote(conn, "contact", CONTACTS, index=index)


def _found(store: LocalStore, query: str) -> list[str]:
    with store.reading() as conn:
        return [hit.record_id for hit in search(conn, query)]


@pytest.mark.parametrize("workers", [1, 2])
def test_backfilled_documents_equal_those_of_the_write_path(
    tmp_path: Any, store: LocalStore, workers: int, caplog: pytest.LogCaptureFixture
) -> None:
    _load(store, index=True)
    expected = _documents(store)
    bulk = LocalStore.open(tmp_path / "bulk.db")
    _load(bulk, index=False)
    with bulk.reading() as conn:
        assert missing_count(conn) == len(ACCOUNTS) + len(CONTACTS)
    assert backfill(bulk, pool_threshold=0, workers=workers) == len(expected)
    with bulk.transaction() as conn:
        catch_up(conn)
    assert _documents(bulk) == expected
    assert "building documents here" not in caplog.text  # the workers did build them
    assert _found(bulk, "huawei") == ["a01"]
    assert _found(bulk, "cqca") == ["a03"]  # 重庆长安: chong qing chang an
    assert set(_found(bulk, "华为")) == {"a01", "c01", "c05"}  # contacts by their company
    bulk.close()


def test_a_record_edited_or_deleted_during_the_backfill_is_not_indexed_stale(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks are read before the previous one is written: edits land in between."""
    monkeypatch.setattr(search_backfill, "CHUNK", 2)
    _load(store, index=False)

    def user_works(done: int, total: int) -> None:
        if done == 2:  # a01, a02 written; a03, a04 already read for the next chunk
            with store.transaction() as conn:
                writes.update(conn, "account", "a03", {"name": "重庆长城汽车"}, actor="me")
                writes.delete(conn, "account", "a04", actor="me")

    backfill(store, user_works)
    with store.transaction() as conn:
        catch_up(conn)
    assert _found(store, "长城") == ["a03", "c03"]  # c03 by its company's new name
    assert _found(store, "长安") == []
    assert "a04" not in _found(store, "中国银行")
    with store.reading() as conn:
        assert missing_count(conn) == 0


def test_workers_that_cannot_run_leave_the_documents_built_here(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    class DeadPool:
        def __init__(self, **_: Any) -> None:
            pass

        def submit(self, *_: Any) -> Any:
            raise BrokenProcessPool("a worker was killed")

        def shutdown(self, **_: Any) -> None:
            pass

    monkeypatch.setattr(search_backfill, "ProcessPoolExecutor", DeadPool)
    _load(store, index=False)
    assert backfill(store, pool_threshold=0, workers=2) == len(ACCOUNTS) + len(CONTACTS)
    assert "building documents here" in caplog.text
    with store.transaction() as conn:
        catch_up(conn)
    assert _found(store, "haikang") == ["a02"]


def test_a_deleted_record_left_indexed_by_a_killed_backfill_is_dropped_by_the_next(
    store: LocalStore,
) -> None:
    _load(store, index=False)
    backfill(store)
    with store.transaction() as conn:  # as if deleted after its chunk was read, and the
        conn.exec_driver_sql("UPDATE account SET deleted = 1 WHERE id = 'a02'")  # app died
    assert backfill(store) == 0
    with store.transaction() as conn:
        catch_up(conn)
    assert _found(store, "haikang") == []


def test_workers_that_cannot_even_start_leave_the_documents_built_here(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_processes(**_: Any) -> Any:
        raise OSError("no /dev/shm")

    monkeypatch.setattr(search_backfill, "ProcessPoolExecutor", no_processes)
    _load(store, index=False)
    assert backfill(store, pool_threshold=0, workers=2) == len(ACCOUNTS) + len(CONTACTS)
    assert "cannot start" in caplog.text
