"""Records from the server land without entering the outbox and never overwrite a pending edit."""

from __future__ import annotations

from sqlalchemy import select

from sfa.store import outbox, writes
from sfa.store.replica import apply_remote
from sfa.store.search import search
from sfa.store.store import LocalStore
from sfa.store.tables import BaseSnapshot

SERVER_ACCOUNT = {
    "id": "a1",
    "rev": 10,
    "deleted": False,
    "name": "杭州海康威视数字技术股份有限公司",
    "city": "杭州市",
    "phone": "+8657188075998",
}


def test_server_records_are_stored_and_searchable_without_outbox_rows(store: LocalStore) -> None:
    with store.transaction() as conn:
        assert apply_remote(conn, "account", [SERVER_ACCOUNT]) == 1
    with store.reading() as conn:
        saved = writes.load(conn, "account", "a1")
        assert saved is not None and saved["rev"] == 10 and saved["city"] == "杭州市"
        assert outbox.pending_count(conn) == 0
        assert [hit.record_id for hit in search(conn, "海康")] == ["a1"]


def test_a_pending_local_edit_survives_a_newer_server_version(store: LocalStore) -> None:
    with store.transaction() as conn:
        apply_remote(conn, "account", [SERVER_ACCOUNT])
        writes.update(conn, "account", "a1", {"city": "宁波市"}, actor="me")
        apply_remote(conn, "account", [{**SERVER_ACCOUNT, "rev": 12, "phone": "+8657188075999"}])
    with store.reading() as conn:
        saved = writes.load(conn, "account", "a1")
        base = conn.execute(select(BaseSnapshot.__table__)).mappings().one()
        [mutation] = outbox.pending(conn)
    assert saved is not None and saved["city"] == "宁波市"
    assert base["rev"] == 12 and base["fields"]["phone"] == "+8657188075999"
    assert mutation["fields"] == {"city": "宁波市"}


def test_a_server_tombstone_removes_the_record_from_search(store: LocalStore) -> None:
    with store.transaction() as conn:
        apply_remote(conn, "account", [SERVER_ACCOUNT])
        apply_remote(conn, "account", [{**SERVER_ACCOUNT, "rev": 11, "deleted": True}])
    with store.reading() as conn:
        assert search(conn, "海康") == []


def test_pulled_records_are_stored_exactly_as_local_writes_store_them(store: LocalStore) -> None:
    """Times are compared as stored text (a day's visits, reminders due): a pulled visit at
    local midnight must sort with the ones created here, not before them."""
    fields = {
        "purpose": "季度回访",
        "starts_at": "2026-03-16T16:00:00Z",
        "ends_at": "2026-03-16T17:30:00Z",
        "remind_at": "2026-03-16T15:45:00Z",
    }
    with store.transaction() as conn:
        apply_remote(conn, "account", [SERVER_ACCOUNT])
        fields["account_id"] = SERVER_ACCOUNT["id"]
        writes.create(conn, "visit", fields, actor="me", record_id="local")
        apply_remote(conn, "visit", [{**fields, "id": "pulled", "rev": 5, "deleted": False}])
        rows = {
            row[0]: row[1:]
            for row in conn.exec_driver_sql(
                "SELECT id, starts_at, ends_at, remind_at, status, deleted FROM visit"
            )
        }
    assert rows["pulled"] == rows["local"]
    assert rows["pulled"][0] == "2026-03-16 16:00:00.000000"
