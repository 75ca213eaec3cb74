"""Roles and territories: the plain functions, and what reaches reps through sync."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sfa.server.records import values_of
from sfa.server.tables import Account, Territory, User
from sfa.server.visibility import can_read, scope_for, viewer_for
from tests.server.conftest import Api, World, mutation, new_id


def _viewer(session: Session, api: Api, name: str):  # type: ignore[no-untyped-def]
    user = session.get(User, api.users[name])
    assert user is not None
    return viewer_for(session, user)


def test_visibility_functions_by_role(api: Api, world: World) -> None:
    with Session(api.engine) as session:
        south = values_of(session.get(Account, world.south_account))  # type: ignore[arg-type]
        east = values_of(session.get(Account, world.east_account))  # type: ignore[arg-type]
        rep1, rep3 = _viewer(session, api, "rep1"), _viewer(session, api, "rep3")
        manager, admin = _viewer(session, api, "manager"), _viewer(session, api, "admin")
        assert can_read(session, rep1, "account", south)
        assert not can_read(session, rep1, "account", east)
        assert can_read(session, rep3, "account", east) and not can_read(
            session, rep3, "account", south
        )
        assert can_read(session, manager, "account", south)
        assert not can_read(session, manager, "account", east)
        assert can_read(session, admin, "account", east)
        territory = values_of(session.get(Territory, world.east))  # type: ignore[arg-type]
        assert not can_read(session, rep1, "territory", territory)
        assert can_read(session, rep3, "territory", territory)
        assert can_read(session, rep1, "product", {"id": world.product})
        scope = scope_for(session, rep1)
        assert scope.sets["account"] == frozenset({world.south_account})
        assert scope.allows("contact", world.south_account)
        assert not scope.allows("contact", world.east_account)
        assert scope_for(session, admin).allows("account", world.east_account)


def test_rep_pull_shows_only_their_territory(api: Api, world: World) -> None:
    east_contact = new_id()
    api.push(
        "rep3",
        mutation("contact", east_contact, {"account_id": world.east_account, "name": "Zhang"}),
    )
    records = api.pull_all("rep1")[0]["changes"]
    assert ("account", world.south_account) in records
    assert ("account", world.east_account) not in records
    assert ("contact", east_contact) not in records
    assert ("product", world.product) in records
    assert ("territory", world.east) not in records
    assert ("user", api.users["rep3"]) not in records
    everything = api.pull_all("admin")[0]["changes"]
    assert {("account", world.east_account), ("contact", east_contact)} <= everything.keys()
    manager_sees = api.pull_all("manager")[0]["changes"]
    assert ("account", world.south_account) in manager_sees
    assert ("account", world.east_account) not in manager_sees


def test_rep_cannot_write_another_territorys_account(api: Api, world: World) -> None:
    results = api.push(
        "rep1",
        mutation("account", world.east_account, {"phone": "13800138000"}, base_rev=999),
        mutation("contact", new_id(), {"account_id": world.east_account, "name": "Spy"}),
        mutation("account", world.east_account, op="delete"),
        # Moving an own account into someone else's territory takes it out of sight.
        mutation("account", world.south_account, {"province": "上海"}, base_rev=999),
        mutation(
            "account",
            new_id(),
            {"name": "New Co", "province": "上海", "owner_id": api.users["rep3"]},
        ),
    )
    assert [r["status"] for r in results] == ["rejected"] * 5
    assert {r["error"]["code"] for r in results} == {"forbidden"}
    records = api.pull_all("admin")[0]["changes"]
    assert records[("account", world.east_account)]["fields"]["phone"] is None
    assert records[("account", world.south_account)]["fields"]["province"] == "广东"


def test_rep_owned_account_outside_territories_is_visible_to_them(api: Api, world: World) -> None:
    account = new_id()
    result = api.push(
        "rep1", mutation("account", account, {"name": "Beijing Co", "province": "北京"})
    )
    assert result[0]["status"] == "applied"
    records = api.pull_all("rep1")[0]["changes"]
    assert records[("account", account)]["fields"]["owner_id"] == api.users["rep1"]
    assert ("account", account) not in api.pull_all("rep3")[0]["changes"]


def test_only_managers_and_admins_manage(api: Api, world: World) -> None:
    results = api.push(
        "rep1",
        mutation("territory", world.south, {"name": "Mine"}, base_rev=999),
        mutation("product", new_id(), {"sku": "X", "name": "X", "list_price": "1.00"}),
        mutation(
            "quota",
            new_id(),
            {"user_id": api.users["rep1"], "period_start": "2026-01-01", "amount": "100000.00"},
        ),
        mutation("user", api.users["rep1"], {"role": "admin"}, base_rev=999),
    )
    assert [r["error"]["code"] for r in results] == ["forbidden"] * 4
    own_profile = api.push(
        "rep1", mutation("user", api.users["rep1"], {"display_name": "Rep One"}, base_rev=999)
    )
    assert own_profile[0]["status"] == "applied"
    quota = api.client.post(
        "/api/v1/quotas",
        headers=api.headers("manager"),
        json={"user_id": api.users["rep1"], "period_start": "2026-01-01", "amount": "100000.00"},
    )
    assert quota.status_code == 201, quota.text
    other_team = api.client.post(
        "/api/v1/quotas",
        headers=api.headers("manager"),
        json={"user_id": api.users["rep3"], "period_start": "2026-01-01", "amount": "1.00"},
    )
    assert other_team.status_code == 403
    assert (
        api.client.post(
            "/api/v1/territories", headers=api.headers("rep1"), json={"name": "T"}
        ).status_code
        == 403
    )


def test_manager_resources_respect_visibility(api: Api, world: World) -> None:
    listed = api.client.get("/api/v1/territories", headers=api.headers("manager")).json()
    assert [t["id"] for t in listed] == [world.south]
    hidden = api.client.get(f"/api/v1/territories/{world.east}", headers=api.headers("manager"))
    assert hidden.status_code == 404
    steal = api.client.patch(
        f"/api/v1/territories/{world.south}",
        headers=api.headers("manager"),
        json={"rep_ids": [api.users["rep1"], api.users["rep3"]]},
    )
    assert steal.status_code == 403
    rep = api.client.post(
        "/api/v1/users",
        headers=api.headers("manager"),
        json={
            "username": "rep4",
            "role": "rep",
            "manager_id": api.users["manager"],
            "password": "another-pass",
        },
    )
    assert rep.status_code == 201, rep.text
    assert api.login("rep4", "another-pass")
    invalid = api.client.post(
        "/api/v1/users",
        headers=api.headers("admin"),
        json={"username": "x", "role": "boss", "password": "long-enough"},
    )
    assert invalid.status_code == 400
    assert invalid.json()["error"]["details"] == {"field": "role"}
