"""A rep is forbidden from every manager action of the workspace, whichever way it is tried."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.server.conftest import Api, World, mutation, new_id

Action = Callable[[Api, World, dict[str, str]], Any]


def _quota(api: Api) -> str:
    response = api.client.post(
        "/api/v1/quotas",
        json={
            "user_id": api.users["rep1"],
            "period_start": "2026-07-01",
            "amount": "1000.00",
        },
        headers=api.headers("manager"),
    )
    assert response.status_code == 201, response.text
    quota_id: str = response.json()["id"]
    return quota_id


ACTIONS: dict[str, Action] = {
    "create a territory": lambda api, w, h: api.client.post(
        "/api/v1/territories", json={"name": "Mine", "provinces": ["北京"]}, headers=h
    ),
    "change a territory's rules": lambda api, w, h: api.client.patch(
        f"/api/v1/territories/{w.south}", json={"cities": ["北京"]}, headers=h
    ),
    "assign reps to a territory": lambda api, w, h: api.client.patch(
        f"/api/v1/territories/{w.south}", json={"rep_ids": [api.users["rep1"]]}, headers=h
    ),
    "preview a territory change": lambda api, w, h: api.client.post(
        "/api/v1/territories/preview",
        json={"territory_id": w.south, "fields": {"cities": ["北京"]}},
        headers=h,
    ),
    "set a quota": lambda api, w, h: api.client.post(
        "/api/v1/quotas",
        json={"user_id": api.users["rep1"], "period_start": "2026-08-01", "amount": "9.00"},
        headers=h,
    ),
    "raise their own quota": lambda api, w, h: api.client.patch(
        f"/api/v1/quotas/{_quota(api)}", json={"amount": "1.00"}, headers=h
    ),
    "override their commit": lambda api, w, h: api.client.patch(
        f"/api/v1/quotas/{_quota(api)}",
        json={"commit_override": "5.00", "commit_note": "sure"},
        headers=h,
    ),
    "add a user": lambda api, w, h: api.client.post(
        "/api/v1/users",
        json={"username": "friend", "role": "rep", "password": "long-enough-1"},
        headers=h,
    ),
    "release a colleague's account to the pool": lambda api, w, h: api.client.post(
        f"/api/v1/pool/{w.south_account}/release", headers=h
    ),
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_a_rep_is_forbidden(api: Api, world: World, action: str) -> None:
    response = ACTIONS[action](api, world, api.headers("rep1"))
    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == "forbidden"


def test_a_rep_pushing_manager_records_is_refused(api: Api, world: World) -> None:
    results = api.push(
        "rep1",
        mutation("territory", new_id(), {"name": "Mine", "rep_ids": [api.users["rep1"]]}),
        mutation("territory", world.south, {"named_account_ids": [world.east_account]}),
        mutation(
            "quota",
            new_id(),
            {"user_id": api.users["rep1"], "period_start": "2026-07-01", "amount": "1.00"},
        ),
    )
    assert [r["error"]["code"] for r in results] == ["forbidden"] * 3
