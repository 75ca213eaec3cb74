"""Previewing a territory change: exactly the moves the change then makes, and nothing written."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Api, World, mutation, new_id

PREVIEW = "/api/v1/territories/preview"


def _territories(api: Api) -> dict[str, str | None]:
    """Every live account → its territory, as the admin sees them."""
    records, _ = api.pull_all("admin")
    return {
        record_id: change["fields"]["territory_id"]
        for (entity, record_id), change in records["changes"].items()
        if entity == "account" and not change["deleted"]
    }


def _more_accounts(api: Api) -> dict[str, str]:
    ids = {"shenzhen": new_id(), "pudong": new_id(), "beijing_retail": new_id()}
    results = api.push(
        "admin",
        mutation(
            "account", ids["shenzhen"], {"name": "深圳电子", "province": "广东", "city": "深圳"}
        ),
        mutation(
            "account", ids["pudong"], {"name": "浦东物流", "province": "上海", "city": "上海"}
        ),
        mutation(
            "account",
            ids["beijing_retail"],
            {"name": "北京百货", "province": "北京", "industry": "retail"},
        ),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    return ids


def _preview(api: Api, username: str, body: dict[str, Any]) -> Any:
    return api.client.post(PREVIEW, json=body, headers=api.headers(username))


def test_preview_lists_the_moves_that_applying_then_makes(api: Api, world: World) -> None:
    ids = _more_accounts(api)
    before = _territories(api)
    change = {"cities": ["广州"], "industries": ["retail"]}
    response = _preview(api, "manager2", {"territory_id": world.east, "fields": change})
    assert response.status_code == 200, response.text
    moves = response.json()["moves"]
    by_account = {move["account_id"]: move for move in moves}
    # City beats province: Canton Trading (广州) leaves South; 北京百货 (retail) joins East;
    # 深圳电子 (广东 province only) stays South.
    assert set(by_account) == {world.south_account, ids["beijing_retail"]}
    canton = by_account[world.south_account]
    assert canton["account_name"] == "Canton Trading"
    assert canton["before"]["territory_name"] == "South"
    assert canton["before"]["reps"] == ["rep1", "rep2"]
    assert canton["after"] == {
        "territory_id": world.east,
        "territory_name": "East",
        "rep_ids": [api.users["rep3"]],
        "reps": ["rep3"],
    }
    assert by_account[ids["beijing_retail"]]["before"]["territory_id"] is None
    assert _territories(api) == before, "a preview changes nothing"

    patched = api.client.patch(
        f"/api/v1/territories/{world.east}", json=change, headers=api.headers("manager2")
    )
    assert patched.status_code == 200, patched.text
    after = _territories(api)
    applied = {
        account: (before.get(account), territory)
        for account, territory in after.items()
        if before.get(account) != territory
    }
    previewed = {
        move["account_id"]: (move["before"]["territory_id"], move["after"]["territory_id"])
        for move in moves
    }
    assert applied == previewed


def test_preview_of_a_new_territory_and_of_a_deletion(api: Api, world: World) -> None:
    new = new_id()
    response = _preview(
        api,
        "admin",
        {"territory_id": new, "fields": {"name": "Key", "named_account_ids": [world.east_account]}},
    )
    assert response.status_code == 200, response.text
    [move] = response.json()["moves"]
    assert (move["account_id"], move["after"]["territory_name"]) == (world.east_account, "Key")
    response = _preview(api, "admin", {"territory_id": world.south, "delete": True})
    [move] = response.json()["moves"]
    assert move["account_id"] == world.south_account and move["after"]["territory_id"] is None


def test_preview_refuses_reps_other_teams_and_bad_rules(api: Api, world: World) -> None:
    body = {"territory_id": world.south, "fields": {"cities": ["上海"]}}
    refused = _preview(api, "rep1", body)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    # manager2 does not manage South (rep1 and rep2 are manager's reps)
    assert _preview(api, "manager2", body).status_code == 403
    stolen = {"territory_id": world.east, "fields": {"rep_ids": [api.users["rep1"]]}}
    assert _preview(api, "manager2", stolen).status_code == 403
    bad = _preview(api, "manager", {"territory_id": world.south, "fields": {"colour": "red"}})
    assert bad.status_code == 400
    assert "colour" in bad.json()["error"]["message"]
    not_a_list = {"territory_id": world.south, "fields": {"cities": 7}}
    assert _preview(api, "manager", not_a_list).status_code == 400
    assert _preview(api, "manager", {"territory_id": "new", "fields": {}}).status_code == 400
    assert _preview(api, "manager", {"fields": {}}).status_code == 422
