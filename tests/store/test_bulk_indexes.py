"""A first sync drops the record tables' secondary indexes; none may stay missing."""

from __future__ import annotations

from pathlib import Path

from sfa.store.bulk_indexes import drop_secondary_indexes, restore_indexes
from sfa.store.store import LocalStore


def _indexes(store: LocalStore) -> set[str]:
    with store.reading() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        return {name for (name,) in rows}


def _plan(store: LocalStore, sql: str) -> str:
    with store.reading() as conn:
        return " ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def test_dropped_indexes_come_back_when_the_store_is_next_opened(tmp_path: Path) -> None:
    """A first sync killed half way leaves them dropped: opening the store rebuilds them."""
    store = LocalStore.open(tmp_path / "laptop.db")
    complete = _indexes(store)
    with store.transaction() as conn:
        drop_secondary_indexes(conn)
    assert "ix_contact_account_id" not in _indexes(store)
    assert "SCAN contact" in _plan(store, "SELECT id FROM contact WHERE account_id = 'a1'")
    store.close()

    reopened = LocalStore.open(tmp_path / "laptop.db")
    assert _indexes(reopened) == complete
    assert "USING INDEX ix_contact_account_id" in _plan(
        reopened, "SELECT id FROM contact WHERE account_id = 'a1'"
    )
    with reopened.transaction() as conn:
        assert restore_indexes(conn) == 0
    reopened.close()


def test_unique_indexes_are_never_dropped(store: LocalStore) -> None:
    before = {name for name in _indexes(store) if name.startswith("sqlite_autoindex")}
    with store.transaction() as conn:
        drop_secondary_indexes(conn)
    assert before and before <= _indexes(store)
