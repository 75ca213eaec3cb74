"""Two laptops, weeks offline, one server: nothing is lost and nothing arrives twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from sfa.store import outbox, writes
from sfa.store.conflicts import KEEP_MINE, open_conflicts, resolve
from sfa.store.search import search
from sfa.store.store import LocalStore
from sfa.store.tables import Account
from sfa.sync.engine import SyncProgress, SyncReport
from sfa.sync.transport import Offline, Transport
from tests.server.conftest import Api, World, mutation
from tests.sync.conftest import Laptop, LiveServer


def _account(store: LocalStore, account_id: str) -> dict[str, Any]:
    with store.reading() as conn:
        record = writes.load(conn, "account", account_id)
    assert record is not None
    return record


def _edit(store: LocalStore, account_id: str, **changes: Any) -> None:
    with store.transaction() as conn:
        writes.update(conn, "account", account_id, changes, actor="laptop")


def test_first_sync_brings_the_reps_territory_and_nothing_else(
    laptop: Callable[..., Laptop], world: World
) -> None:
    store, engine = laptop("rep1")
    report = engine.sync()
    assert report.pulled > 0
    assert _account(store, world.south_account)["name"] == "Canton Trading"
    with store.reading() as conn:
        assert writes.load(conn, "account", world.east_account) is None
        assert [hit.record_id for hit in search(conn, "Canton")] == [world.south_account]


def test_a_record_created_offline_reaches_the_colleague(
    laptop: Callable[..., Laptop], world: World
) -> None:
    store1, sync1 = laptop("rep1")
    store2, sync2 = laptop("rep2")
    sync1.sync()
    sync2.sync()
    with store1.transaction() as conn:
        contact = writes.create(
            conn, "contact", {"account_id": world.south_account, "name": "张伟"}, actor="rep1"
        )
    report = sync1.sync()
    assert report.statuses == {"applied": 1}
    with store1.reading() as conn:
        assert outbox.pending_count(conn) == 0
        assert writes.load(conn, "contact", contact)["rev"] > 0  # type: ignore[index]
    sync2.sync()
    with store2.reading() as conn:
        assert writes.load(conn, "contact", contact)["name"] == "张伟"  # type: ignore[index]


def test_offline_edits_of_different_fields_merge(
    laptop: Callable[..., Laptop], world: World
) -> None:
    store1, sync1 = laptop("rep1")
    store2, sync2 = laptop("rep2")
    sync1.sync()
    sync2.sync()
    _edit(store1, world.south_account, phone="+8613800138000")
    _edit(store2, world.south_account, city="深圳市")
    assert sync1.sync().statuses == {"applied": 1}
    assert sync2.sync().statuses == {"merged": 1}
    sync1.sync()
    for store in (store1, store2):
        record = _account(store, world.south_account)
        assert (record["phone"], record["city"]) == ("+8613800138000", "深圳市")


def test_the_same_field_edited_on_both_laptops_lands_in_the_conflicts_inbox(
    laptop: Callable[..., Laptop], world: World
) -> None:
    store1, sync1 = laptop("rep1")
    store2, sync2 = laptop("rep2")
    sync1.sync()
    sync2.sync()
    _edit(store1, world.south_account, city="东莞市")
    _edit(store2, world.south_account, city="佛山市")
    sync1.sync()
    report = sync2.sync()
    assert report.conflicts == 1
    with store2.reading() as conn:
        [conflict] = open_conflicts(conn)
    assert (conflict["field"], conflict["server_value"], conflict["client_value"]) == (
        "city",
        "东莞市",
        "佛山市",
    )
    assert _account(store2, world.south_account)["city"] == "东莞市"  # the server's value
    with store2.transaction() as conn:
        resolve(conn, conflict["id"], KEEP_MINE, actor="rep2")
    sync2.sync()
    sync1.sync()
    assert _account(store1, world.south_account)["city"] == "佛山市"
    with store2.reading() as conn:
        assert open_conflicts(conn) == []


def test_a_delete_stands_against_an_edit_and_the_editor_is_told(
    laptop: Callable[..., Laptop], world: World
) -> None:
    store1, sync1 = laptop("rep1")
    store2, sync2 = laptop("rep2")
    with store1.transaction() as conn:
        contact = writes.create(
            conn, "contact", {"account_id": world.south_account, "name": "李娜"}, actor="rep1"
        )
    sync1.sync()
    sync2.sync()
    with store1.transaction() as conn:
        writes.delete(conn, "contact", contact, actor="rep1")
    with store2.transaction() as conn:
        writes.update(conn, "contact", contact, {"title": "采购经理"}, actor="rep2")
    sync1.sync()
    report = sync2.sync()
    assert report.rejected == 1
    with store2.reading() as conn:
        [refused] = outbox.rejected(conn)
        assert refused["error"]["code"] == "deleted"
        assert refused["fields"] == {"title": "采购经理"}  # kept, shown, not dropped
        assert writes.load(conn, "contact", contact)["deleted"] is True  # type: ignore[index]


def test_a_territory_move_takes_the_account_and_keeps_the_refused_edit_visible(
    api: Api, laptop: Callable[..., Laptop], world: World
) -> None:
    store1, sync1 = laptop("rep1")
    store3, sync3 = laptop("rep3")
    sync1.sync()
    sync3.sync()
    _edit(store1, world.south_account, notes="下周拜访")
    records, _ = api.pull_all("admin")
    territory_rev = records["changes"][("territory", world.south)]["rev"]
    reassign = {"rep_ids": [api.users["rep2"], api.users["rep3"]]}
    [result] = api.push(
        "admin", mutation("territory", world.south, reassign, base_rev=territory_rev)
    )
    assert result["status"] == "applied"
    report = sync1.sync()
    assert report.rejected == 1 and report.revoked >= 1
    with store1.reading() as conn:
        assert writes.load(conn, "account", world.south_account) is None
        [refused] = outbox.rejected(conn)
        assert refused["error"]["code"] == "forbidden" and refused["fields"] == {
            "notes": "下周拜访"
        }
    sync3.sync()
    assert _account(store3, world.south_account)["name"] == "Canton Trading"


class _LoseResponses(requests.Session):
    """The server does the work; the laptop never hears back (a dropped connection)."""

    def __init__(self, path: str, times: int) -> None:
        super().__init__()
        self.path, self.times = path, times

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        response = super().request(method, url, *args, **kwargs)
        if self.times and str(url).endswith(self.path):
            self.times -= 1
            raise requests.ConnectionError("connection reset after the server answered")
        return response


def _server_count(api: Api, username: str, entity: str) -> int:
    records, _ = api.pull_all(username)
    return sum(
        1
        for (kind, _id), change in records["changes"].items()
        if kind == entity and not change["deleted"]
    )


def test_a_push_whose_answer_is_lost_is_retried_without_duplicates(
    api: Api, live_server: LiveServer, laptop: Callable[..., Laptop], world: World
) -> None:
    flaky = Transport(
        live_server.url, session=_LoseResponses("/sync/push", 2), retry_delays=(0.01,) * 3
    )
    store, engine = laptop("rep1", transport=flaky)
    with store.transaction() as conn:
        for i in range(3):
            writes.create(
                conn,
                "contact",
                {"account_id": world.south_account, "name": f"联系人{i}"},
                actor="rep1",
            )
    report = engine.sync()
    assert report.statuses == {"applied": 3}
    assert _server_count(api, "rep1", "contact") == 3


class _Crash(Exception):
    pass


def test_a_laptop_killed_mid_push_and_mid_pull_converges_on_restart(
    api: Api, live_server: LiveServer, laptop: Callable[..., Laptop], world: World
) -> None:
    crashing = Transport(live_server.url, session=_LoseResponses("/sync/push", 99), retry_delays=())
    store, engine = laptop("rep1", transport=crashing)
    with store.transaction() as conn:
        for i in range(4):
            writes.create(
                conn,
                "contact",
                {"account_id": world.south_account, "name": f"客户{i}"},
                actor="rep1",
            )
    with pytest.raises(Offline):
        engine.sync()  # the server applied the batch; the laptop died before hearing so
    crashing.session = requests.Session()
    engine.push_batch, engine.pull_page = 2, 2

    def die_after_first_page(progress: SyncProgress) -> None:
        if progress.phase == "pull":
            raise _Crash

    with pytest.raises(_Crash):
        engine.sync(die_after_first_page)
    report = engine.sync()
    assert report.pulled > 0
    assert _server_count(api, "rep1", "contact") == 4
    with store.reading() as conn:
        assert outbox.pending_count(conn) == 0
        local = conn.execute(select(func.count()).select_from(Account)).scalar_one()
    assert local == 1


def test_server_down_then_back(
    live_server: LiveServer, laptop: Callable[..., Laptop], world: World
) -> None:
    store, engine = laptop("rep1")
    engine.sync()
    _edit(store, world.south_account, city="珠海市")
    live_server.stop()
    engine.transport.retry_delays = (0.01,)
    with pytest.raises(Offline):
        engine.sync()
    with store.reading() as conn:
        assert outbox.pending_count(conn) == 1  # nothing lost while the server was away
    live_server.start()
    report: SyncReport = engine.sync()
    assert report.statuses == {"applied": 1}


def test_an_edit_made_after_a_lost_answer_does_not_conflict_with_itself(
    api: Api, live_server: LiveServer, laptop: Callable[..., Laptop], world: World
) -> None:
    flaky = Transport(live_server.url, session=_LoseResponses("/sync/push", 1), retry_delays=())
    store, engine = laptop("rep1", transport=flaky)
    engine.sync()
    _edit(store, world.south_account, city="惠州市")
    with pytest.raises(Offline):
        engine.sync()  # applied on the server, but the laptop never heard
    _edit(store, world.south_account, city="潮州市")  # made on top of the unacknowledged one
    report = engine.sync()
    assert report.conflicts == 0 and report.statuses == {"applied": 2}
    records, _ = api.pull_all("rep1")
    assert records["changes"][("account", world.south_account)]["fields"]["city"] == "潮州市"


def test_a_merge_made_offline_reaches_colleagues_without_refusals(
    laptop: Callable[..., Laptop], world: World
) -> None:
    from sfa.app.accounts import create_account, merge_accounts

    store1, sync1 = laptop("rep1")
    store2, sync2 = laptop("rep2")
    with store1.transaction() as conn:
        duplicate = create_account(
            conn,
            {"name": "Canton Trading Co., Ltd.", "province": "广东", "city": "广州"},
            actor="rep1",
            confirmed_not_duplicate=True,
        )
        writes.create(conn, "contact", {"account_id": duplicate, "name": "陈静"}, actor="rep1")
    sync1.sync()
    sync2.sync()
    with store1.transaction() as conn:
        merge_accounts(conn, world.south_account, duplicate, actor="rep1")
    report = sync1.sync()
    assert report.rejected == 0 and report.conflicts == 0, report
    sync2.sync()
    with store2.reading() as conn:
        gone = writes.load(conn, "account", duplicate)
        assert gone is None or gone["deleted"]
        [hit] = search(conn, "陈静")
        contact = writes.load(conn, "contact", hit.record_id)
        assert contact is not None and contact["account_id"] == world.south_account
