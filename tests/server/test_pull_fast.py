"""The fast pull path: SQL visibility, snapshot versions, exact pages and the wire form."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sfa.domain.clean import to_wire
from sfa.server.records import fields_of
from sfa.server.tables import ENTITY_TABLES, ScopeSnapshot, User
from sfa.server.visibility import DIMENSIONS, scope_for, viewer_for, visible_sql
from tests.server.conftest import Api, World, mutation, new_id

VIEWERS = ("admin", "manager", "manager2", "rep1", "rep2", "rep3")


def _company(api: Api, world: World) -> dict[str, str]:
    """A record of (nearly) every entity in each territory, one of each deleted."""
    ids = {name: new_id() for name in ("c1", "c2", "c3", "opp", "quote", "line", "visit")}
    api.push(
        "rep1",
        mutation("contact", ids["c1"], {"account_id": world.south_account, "name": "Li"}),
        mutation("contact", ids["c2"], {"account_id": world.south_account, "name": "Wang"}),
        mutation(
            "opportunity",
            ids["opp"],
            {"account_id": world.south_account, "name": "Printers", "amount": "12000.50"},
        ),
        mutation(
            "visit",
            ids["visit"],
            {"account_id": world.south_account, "starts_at": "2026-03-01T09:30:00+08:00"},
        ),
        mutation(
            "quote",
            ids["quote"],
            {"account_id": world.south_account, "number": "Q-1", "valid_until": "2026-04-01"},
        ),
        mutation(
            "quote_line",
            ids["line"],
            {"quote_id": ids["quote"], "product_id": world.product, "quantity": "2"},
        ),
    )
    api.push(
        "rep3", mutation("contact", ids["c3"], {"account_id": world.east_account, "name": "Xu"})
    )
    api.push("rep1", mutation("contact", ids["c2"], op="delete"))
    return ids


def test_sql_visibility_is_the_scope(api: Api, world: World) -> None:
    _company(api, world)
    with Session(api.engine) as session:
        for name in VIEWERS:
            user = session.get(User, api.users[name])
            assert user is not None
            viewer = viewer_for(session, user)
            scope = scope_for(session, viewer)
            for entity, table in ENTITY_TABLES.items():
                dimension = DIMENSIONS[entity]
                key = table.id if dimension is None else getattr(table, dimension[1])
                query: Any = select(table.id, key)
                condition = visible_sql(viewer, entity, table)
                if condition is not None:
                    query = query.where(condition)
                by_sql = set(session.scalars(select(query.subquery().c.id)))
                by_scope = {
                    record_id
                    for record_id, value in session.execute(select(table.id, key))
                    if scope.allows(entity, None if dimension is None else value)
                }
                assert by_sql == by_scope, (name, entity)


def test_pages_are_exact_and_in_wire_form(api: Api, world: World) -> None:
    _company(api, world)
    for name in ("admin", "manager", "rep3"):
        everything, _ = api.pull_all(name)
        revs: list[int] = []
        live: set[tuple[str, str]] = set()
        cursor = None
        pages = 0
        while True:
            page = api.pull(name, cursor, limit=2)
            pages += 1
            assert len(page["changes"]) <= 2
            revs += [change["rev"] for change in page["changes"]]
            # Pages after the first follow a cursor, so they carry tombstones too.
            live |= {(c["entity"], c["id"]) for c in page["changes"] if not c["deleted"]}
            cursor = page["cursor"]
            if not page["has_more"]:
                break
            assert len(page["changes"]) == 2  # never an empty page before the end
        assert revs == sorted(revs) and len(revs) == len(set(revs))
        assert live == everything["changes"].keys()
        assert pages == max(1, -(-len(revs) // 2))
    # Every field as the ORM path would put it on the wire (decimals, dates, times, lists).
    changes = api.pull_all("admin")[0]["changes"]
    with Session(api.engine) as session:
        for (entity, record_id), change in changes.items():
            row = session.get(ENTITY_TABLES[entity], record_id)
            assert row is not None and change["rev"] == row.rev
            assert change["fields"] == to_wire(entity, fields_of(entity, row)), entity


def test_snapshot_is_found_by_version(api: Api, world: World) -> None:
    """Pulls reuse the filed snapshot; an edit that changes nobody's sight keeps the cursor's
    scope; a move changes it and is told."""

    def snapshots() -> int:
        with Session(api.engine) as session:
            return session.scalar(select(func.count()).select_from(ScopeSnapshot)) or 0

    _, cursor = api.pull_all("rep1")
    filed = snapshots()
    _, again = api.pull_all("rep1", cursor)
    assert snapshots() == filed and again.split(".")[3] == cursor.split(".")[3]
    # An account edit (new account rev, so a new version) that moves nothing.
    [result] = api.push(
        "rep1", mutation("account", world.south_account, {"notes": "key client"}, base_rev=999)
    )
    assert result["status"] in ("applied", "merged"), result
    page = api.pull("rep1", again)
    assert page["revoked"] == [] and page["cursor"].split(".")[3] == cursor.split(".")[3]
    assert [c["id"] for c in page["changes"]] == [world.south_account]
    assert snapshots() == filed
    # A new account in East, then East handed to rep1: it moves in, whole.
    new_account = new_id()
    api.push("admin", mutation("account", new_account, {"name": "Pudong", "province": "上海"}))
    api.push(
        "admin",
        mutation(
            "territory",
            world.east,
            {"rep_ids": [api.users["rep3"], api.users["rep1"]]},
            base_rev=999,
        ),
    )
    records, moved = api.pull_all("rep1", page["cursor"])
    assert moved.split(".")[3] != cursor.split(".")[3]
    assert {("account", new_account), ("account", world.east_account)} <= records["changes"].keys()
    assert snapshots() == filed + 1
