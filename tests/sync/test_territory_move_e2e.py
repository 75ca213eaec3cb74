"""A manager reshapes territories through the real server; reps' laptops follow on their sync."""

from __future__ import annotations

from collections.abc import Callable

from sfa.store import outbox, writes
from sfa.store.store import LocalStore
from sfa.sync import manager_api
from sfa.sync.transport import Transport
from tests.server.conftest import PASSWORD, Api, World, mutation, new_id
from tests.sync.conftest import Laptop, LiveServer


def _has(store: LocalStore, account_id: str) -> bool:
    with store.reading() as conn:
        return writes.load(conn, "account", account_id) is not None


def _online(live_server: LiveServer, username: str) -> Transport:
    link = Transport(live_server.url, retry_delays=(0.01,))
    link.login(username, PASSWORD)
    return link


def test_a_rule_change_moves_an_account_from_one_reps_laptop_to_anothers(
    laptop: Callable[..., Laptop], live_server: LiveServer, world: World
) -> None:
    store1, sync1 = laptop("rep1")
    store2, sync2 = laptop("rep2")
    store3, sync3 = laptop("rep3")
    for engine in (sync1, sync2, sync3):
        engine.sync()
    assert _has(store1, world.south_account) and not _has(store3, world.south_account)
    with store1.transaction() as conn:  # rep1 edits the account offline, before the move
        writes.update(conn, "account", world.south_account, {"notes": "下周拜访"}, actor="rep1")

    manager = _online(live_server, "manager2")
    change = {"cities": ["广州"]}
    [move] = manager_api.preview_territory(manager, world.east, change)
    assert move.account_name == "Canton Trading"
    assert (move.before.territory_name, move.before.reps) == ("South", ("rep1", "rep2"))
    assert (move.after.territory_name, move.after.reps) == ("East", ("rep3",))
    saved = manager_api.save(manager, "territories", world.east, change, new=False)
    assert saved.fields["cities"] == ["广州"]

    report = sync1.sync()
    assert report.revoked >= 1 and report.rejected == 1
    assert not _has(store1, world.south_account)
    with store1.reading() as conn:  # the refused edit is kept and shown, never dropped
        [refused] = outbox.rejected(conn)
    assert refused["error"]["code"] == "forbidden"
    assert refused["fields"] == {"notes": "下周拜访"}
    sync2.sync()
    assert not _has(store2, world.south_account)
    sync3.sync()
    assert _has(store3, world.south_account)


def test_a_claim_from_the_pool_reaches_the_claimants_laptop(
    api: Api, laptop: Callable[..., Laptop], live_server: LiveServer, world: World
) -> None:
    account = new_id()
    [created] = api.push(
        "admin", mutation("account", account, {"name": "公海客户", "province": "广东"})
    )
    assert created["status"] == "applied"
    admin = _online(live_server, "admin")
    manager_api.release(admin, account)
    store3, sync3 = laptop("rep3")
    sync3.sync()
    assert not _has(store3, account)

    listing = manager_api.pool(sync3.transport)
    assert [entry.name for entry in listing.accounts] == ["公海客户"]
    claimed = manager_api.claim(sync3.transport, account)
    manager_api.keep(store3, [claimed])
    assert _has(store3, account), "shown at once"
    sync3.sync()
    with store3.reading() as conn:
        record = writes.load(conn, "account", account)
    assert record is not None and record["owner_id"] == api.users["rep3"]
    [held] = manager_api.pool(sync3.transport).held
    assert held.account_id == account
