"""Pull: paging, tombstones, move-in and revoke, reset, and a late-committing writer."""

from __future__ import annotations

import threading
import time

from sqlalchemy.orm import Session

from sfa.server.db import lock_counter, write_session
from sfa.server.mutations import Context, apply_mutation
from sfa.server.pull import pull_page
from sfa.server.push import push
from sfa.server.records import Actor
from sfa.server.schema import server_info
from sfa.server.tables import User
from sfa.server.visibility import viewer_for
from sfa.wire.schemas import Mutation, PushRequest
from tests.server.conftest import Api, World, mutation, new_id


def test_pages_follow_the_cursor_without_gaps(api: Api, world: World) -> None:
    ids = [new_id() for _ in range(7)]
    api.push(
        "rep1",
        *[
            mutation("contact", i, {"account_id": world.south_account, "name": f"C{i}"})
            for i in ids
        ],
    )
    seen: list[int] = []
    cursor = None
    while True:
        page = api.pull("rep1", cursor, limit=3)
        assert len(page["changes"]) <= 3
        seen += [c["rev"] for c in page["changes"]]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert seen == sorted(seen) and len(seen) == len(set(seen))
    records = api.pull_all("rep1")[0]["changes"]
    assert {("contact", i) for i in ids} <= records.keys()
    # Whole records, money as strings.
    assert records[("product", world.product)]["fields"]["list_price"] == "2900.00"


def test_pages_say_how_far_they_reach_so_a_client_can_show_progress(api: Api, world: World) -> None:
    api.push(
        "rep1",
        *[
            mutation("contact", new_id(), {"account_id": world.south_account, "name": f"C{i}"})
            for i in range(6)
        ],
    )
    pages = []
    cursor = None
    while True:
        page = api.pull("rep1", cursor, limit=2)
        pages.append(page["progress"])
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    start, head = pages[0]["after"], pages[0]["head"]
    assert start == 0 and len(pages) > 2
    reached = [p["through"] for p in pages]
    assert reached == sorted(reached) and reached[-1] == head
    assert all(p["after"] == q["through"] for p, q in zip(pages[1:], pages, strict=False))


def test_incremental_pull_carries_edits_and_tombstones(api: Api, world: World) -> None:
    contact = new_id()
    created = api.push(
        "rep1", mutation("contact", contact, {"account_id": world.south_account, "name": "A"})
    )
    _, cursor = api.pull_all("rep2")
    assert api.pull("rep2", cursor)["changes"] == []
    api.push("rep1", mutation("contact", contact, {"name": "B"}, base_rev=created[0]["rev"]))
    api.push("rep1", mutation("contact", contact, op="delete"))
    page = api.pull("rep2", cursor)
    [change] = page["changes"]
    assert change["id"] == contact and change["deleted"] is True
    assert change["fields"]["name"] == "B"


def test_territory_reassignment_moves_in_and_revokes(api: Api, world: World) -> None:
    east_contact = new_id()
    api.push(
        "rep3",
        mutation("contact", east_contact, {"account_id": world.east_account, "name": "Zhou"}),
    )
    _, rep1_cursor = api.pull_all("rep1")
    _, rep3_cursor = api.pull_all("rep3")
    # The admin moves rep1 from South to East.
    api.push(
        "admin",
        mutation("territory", world.south, {"rep_ids": [api.users["rep2"]]}, base_rev=999),
        mutation(
            "territory",
            world.east,
            {"rep_ids": [api.users["rep3"], api.users["rep1"]]},
            base_rev=999,
        ),
    )
    records, rep1_cursor = api.pull_all("rep1", rep1_cursor)
    moved = records["changes"]
    assert ("account", world.east_account) in moved  # arrives whole though its rev is old
    assert ("contact", east_contact) in moved
    assert moved[("contact", east_contact)]["fields"]["name"] == "Zhou"
    assert ("account", world.south_account) in records["revoked"]
    assert ("territory", world.south) in records["revoked"]
    # Nothing moves again on the next pull.
    again = api.pull("rep1", rep1_cursor)
    assert again["revoked"] == [] and again["changes"] == []
    # rep3 is unaffected and is not told anything was revoked.
    assert api.pull_all("rep3", rep3_cursor)[0]["revoked"] == set()


def test_rule_change_moves_accounts_between_territories(api: Api, world: World) -> None:
    contact = new_id()
    api.push(
        "rep1", mutation("contact", contact, {"account_id": world.south_account, "name": "Wu"})
    )
    _, rep1_cursor = api.pull_all("rep1")
    _, rep3_cursor = api.pull_all("rep3")
    # East now covers the city of Guangzhou: the city rule beats South's province rule.
    api.push("admin", mutation("territory", world.east, {"cities": ["广州"]}, base_rev=999))
    rep3 = api.pull_all("rep3", rep3_cursor)[0]
    assert rep3["changes"][("account", world.south_account)]["fields"]["territory_id"] == world.east
    assert ("contact", contact) in rep3["changes"]
    rep1 = api.pull_all("rep1", rep1_cursor)[0]
    assert {("account", world.south_account), ("contact", contact)} <= rep1["revoked"]
    # A named account beats every rule.
    api.push(
        "admin",
        mutation(
            "territory", world.south, {"named_account_ids": [world.south_account]}, base_rev=999
        ),
    )
    back = api.pull_all("rep1", api.pull_all("rep1")[1])
    assert back[0]["revoked"] == set()
    assert ("account", world.south_account) in api.pull_all("rep1")[0]["changes"]


def test_unusable_cursor_gets_reset(api: Api, world: World) -> None:
    _, cursor = api.pull_all("rep1")
    for bad in ("garbage", cursor.replace("c1.", "c1.0", 1), "c1.x.999999.abc"):
        page = api.pull("rep1", bad)
        assert page["reset"] is True and page["changes"] == [] and page["cursor"] is None
    # Another user's cursor is not served either.
    assert api.pull("rep2", cursor)["reset"] is True


def test_cursor_never_skips_a_late_committing_writer(api: Api, world: World) -> None:
    """Writer A takes a rev and commits late; writer B must not get a smaller or interleaved rev."""
    engine = api.engine
    early, late = new_id(), new_id()
    a_applied = threading.Event()
    release_a = threading.Event()
    b_done = threading.Event()
    errors: list[BaseException] = []

    def contact_mutation(record_id: str) -> Mutation:
        return Mutation(
            mutation_id=new_id(),
            entity="contact",
            id=record_id,
            fields={"account_id": world.south_account, "name": record_id[:8]},
        )

    def writer_a() -> None:
        try:
            with write_session(engine) as session:
                lock_counter(session)
                user = session.get(User, api.users["rep1"])
                assert user is not None
                ctx = Context(session, Actor(user.id), viewer_for(session, user))
                apply_mutation(ctx, contact_mutation(early))
                a_applied.set()
                release_a.wait(10)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def writer_b() -> None:
        try:
            with write_session(engine) as session:
                user = session.get(User, api.users["rep2"])
                assert user is not None
                push(session, user, PushRequest(client_id="b", mutations=[contact_mutation(late)]))
            b_done.set()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    _, cursor = api.pull_all("rep1")
    server_id = server_info(engine, "server_id")
    thread_a = threading.Thread(target=writer_a)
    thread_a.start()
    assert a_applied.wait(10)
    thread_b = threading.Thread(target=writer_b)
    thread_b.start()
    time.sleep(0.5)
    assert not b_done.is_set()  # B queues behind A's counter lock

    def rep1(session: Session) -> User:
        user = session.get(User, api.users["rep1"])
        assert user is not None
        return user

    middle = pull_page(engine, rep1, server_id, cursor, 100)
    assert middle.changes == []  # nothing committed yet, and the cursor does not move past A
    release_a.set()
    thread_a.join(10)
    thread_b.join(20)
    assert not errors, errors
    assert middle.cursor is not None
    page = api.pull("rep1", middle.cursor)
    revs = {c["id"]: c["rev"] for c in page["changes"]}
    assert set(revs) == {early, late}
    assert revs[early] < revs[late]


def test_snapshot_from_service_is_consistent(api: Api, world: World) -> None:
    with Session(api.engine) as session:
        user = session.get(User, api.users["rep2"])
        assert user is not None
        viewer = viewer_for(session, user)
    assert world.south in viewer.territories
