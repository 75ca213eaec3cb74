"""Every edit lands with its outbox mutation in one transaction, or not at all."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from sfa.domain.errors import DomainError, ValidationError
from sfa.store import outbox, writes
from sfa.store.store import LocalStore
from sfa.store.tables import Account, BaseSnapshot, OutboxEntry

ME = "user-rep1"


def _count(store: LocalStore, table: Any) -> int:
    with store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _create_account(store: LocalStore, **fields: Any) -> str:
    with store.transaction() as conn:
        return writes.create(
            conn, "account", {"name": "深圳市华为技术有限公司", **fields}, actor=ME
        )


def test_creating_a_record_queues_one_upsert_with_its_fields(store: LocalStore) -> None:
    account_id = _create_account(store, phone="13800138000")
    with store.reading() as conn:
        [mutation] = outbox.pending(conn)
        saved = writes.load(conn, "account", account_id)
    assert mutation["entity"] == "account" and mutation["record_id"] == account_id
    assert mutation["op"] == "upsert" and mutation["base_rev"] == 0
    assert mutation["fields"] == {"name": "深圳市华为技术有限公司", "phone": "+8613800138000"}
    assert saved is not None and saved["created_by"] == ME and saved["status"] == "prospect"


def test_edits_before_a_sync_fold_into_one_mutation(store: LocalStore) -> None:
    account_id = _create_account(store)
    with store.transaction() as conn:
        writes.update(conn, "account", account_id, {"city": "深圳市"}, actor=ME)
        writes.update(conn, "account", account_id, {"city": "广州市"}, actor=ME)
    with store.reading() as conn:
        [mutation] = outbox.pending(conn)
    assert mutation["fields"]["city"] == "广州市"
    assert mutation["fields"]["name"] == "深圳市华为技术有限公司"


def test_editing_a_synced_record_keeps_its_server_version_as_base(store: LocalStore) -> None:
    account_id = _create_account(store, city="深圳市")
    with store.transaction() as conn:
        conn.execute(OutboxEntry.__table__.delete())  # as if pushed and acknowledged at rev 17
        conn.execute(Account.__table__.update().values(rev=17))
        changed = writes.update(
            conn,
            "account",
            account_id,
            {"city": "东莞市", "name": "深圳市华为技术有限公司"},
            actor=ME,
        )
    assert changed == {"city": "东莞市"}
    with store.reading() as conn:
        [mutation] = outbox.pending(conn)
        base = conn.execute(select(BaseSnapshot.__table__)).mappings().one()
    assert mutation["base_rev"] == 17 and mutation["fields"] == {"city": "东莞市"}
    assert base["rev"] == 17 and base["fields"]["city"] == "深圳市"


def test_an_edit_that_changes_nothing_queues_nothing(store: LocalStore) -> None:
    account_id = _create_account(store, city="深圳市")
    with store.transaction() as conn:
        assert writes.update(conn, "account", account_id, {"city": "深圳市"}, actor=ME) == {}
    assert _count(store, OutboxEntry) == 1


def test_a_failure_mid_edit_leaves_neither_the_edit_nor_its_outbox_row(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    account_id = _create_account(store, city="深圳市")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError("database or disk is full")

    monkeypatch.setattr(writes, "index_documents", disk_full)
    with pytest.raises(OSError), store.transaction() as conn:
        writes.update(conn, "account", account_id, {"city": "珠海市"}, actor=ME)
    with pytest.raises(OSError), store.transaction() as conn:
        writes.create(conn, "account", {"name": "珠海格力电器股份有限公司"}, actor=ME)
    with store.reading() as conn:
        saved = writes.load(conn, "account", account_id)
        [mutation] = outbox.pending(conn)
    assert saved is not None and saved["city"] == "深圳市"
    assert mutation["fields"]["city"] == "深圳市"
    assert _count(store, Account) == 1


def test_an_invalid_value_writes_nothing(store: LocalStore) -> None:
    with pytest.raises(ValidationError, match="phone"), store.transaction() as conn:
        writes.create(conn, "account", {"name": "某公司", "phone": "12"}, actor=ME)
    assert _count(store, Account) == 0 and _count(store, OutboxEntry) == 0


def test_deleting_leaves_a_tombstone_and_a_delete_mutation(store: LocalStore) -> None:
    account_id = _create_account(store)
    with store.transaction() as conn:
        conn.execute(OutboxEntry.__table__.delete())
        conn.execute(Account.__table__.update().values(rev=5))
        writes.delete(conn, "account", account_id, actor=ME)
    with store.reading() as conn:
        saved = writes.load(conn, "account", account_id)
        [mutation] = outbox.pending(conn)
    assert saved is not None and saved["deleted"] is True
    assert (mutation["op"], mutation["base_rev"]) == ("delete", 5)
    with pytest.raises(DomainError, match="deleted"), store.transaction() as conn:
        writes.update(conn, "account", account_id, {"city": "深圳市"}, actor=ME)


def test_deleting_a_record_the_server_never_saw_sends_nothing(store: LocalStore) -> None:
    account_id = _create_account(store)
    with store.transaction() as conn:
        writes.delete(conn, "account", account_id, actor=ME)
    assert _count(store, OutboxEntry) == 0


def test_bulk_create_validates_every_row_before_writing_any(store: LocalStore) -> None:
    rows = [{"name": f"公司{i}", "phone": "13800138000"} for i in range(5)]
    rows[3]["phone"] = "bad"
    with pytest.raises(ValidationError), store.transaction() as conn:
        writes.create_many(conn, "account", rows, actor=ME)
    assert _count(store, Account) == 0
    rows[3]["phone"] = "13900139000"
    with store.transaction() as conn:
        ids = writes.create_many(conn, "account", rows, actor=ME)
    assert len(ids) == 5 and _count(store, OutboxEntry) == 5
