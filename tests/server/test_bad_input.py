"""Bad input: the right status, the contract's error shape, never a 500, no state change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from sfa.server.app import create_app
from sfa.server.settings import Settings
from sfa.server.tables import AuditEntry, ChangeCounter
from tests.server.conftest import Api, World, mutation, new_id

PUSH = "/api/v1/sync/push"


def _state(api: Api) -> tuple[int, int]:
    with api.engine.connect() as conn:
        counter = conn.execute(select(ChangeCounter.value)).scalar_one()
        audits = conn.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    return int(counter), int(audits)


def _assert_error(response: object, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    error: dict[str, object] = response.json()["error"]  # type: ignore[attr-defined]
    assert error["code"] == code and isinstance(error["message"], str)
    assert isinstance(error["details"], dict)
    return error


def test_malformed_envelopes_are_422_naming_the_field(api: Api, world: World) -> None:
    before = _state(api)
    headers = api.headers("rep1")
    good = mutation("contact", new_id(), {"account_id": world.south_account, "name": "x"})
    cases = [
        ({"mutations": [good]}, "client_id"),
        ({"client_id": "c", "mutations": "nope"}, "mutations"),
        ({"client_id": "c", "mutations": [good, {"entity": "contact"}]}, "mutations.1.mutation_id"),
        ({"client_id": "c", "mutations": [{**good, "base_rev": -1}]}, "mutations.0.base_rev"),
    ]
    for body, field in cases:
        error = _assert_error(api.client.post(PUSH, json=body, headers=headers), 422, "schema")
        assert field in str(error["message"])
    not_json = api.client.post(
        PUSH, content=b"{not json", headers={**headers, "Content-Type": "application/json"}
    )
    _assert_error(not_json, 422, "schema")
    assert _state(api) == before


def test_body_over_the_cap_is_413_before_reading_it(api: Api, settings: Settings) -> None:
    small = replace(settings, max_body_bytes=1000)
    with TestClient(create_app(small)) as client:
        headers = api.headers("rep1")
        body = json.dumps({"client_id": "c", "mutations": [], "pad": "x" * 2000}).encode()
        declared = client.post(
            PUSH, content=body, headers={**headers, "Content-Type": "application/json"}
        )
        _assert_error(declared, 413, "too_large")

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
            for _ in range(50):
                yield b" " * 100

        streamed = client.post(
            PUSH, content=chunks(), headers={**headers, "Content-Type": "application/json"}
        )
        _assert_error(streamed, 413, "too_large")
        fine = client.post(PUSH, json={"client_id": "c", "mutations": []}, headers=headers)
        assert fine.status_code == 200


def test_protocol_header(api: Api, settings: Settings) -> None:
    headers = api.headers("rep1")
    assert api.client.get("/api/v1/sync/pull", headers=headers).status_code == 200
    newer = api.client.get("/api/v1/sync/pull", headers={**headers, "X-SFA-Protocol": "7"})
    assert newer.status_code == 200
    old = api.client.get("/api/v1/sync/pull", headers={**headers, "X-SFA-Protocol": "0"})
    error = _assert_error(old, 426, "upgrade_required")
    assert "update" in str(error["message"])
    _assert_error(
        api.client.get("/api/v1/sync/pull", headers={**headers, "X-SFA-Protocol": "one"}),
        400,
        "bad_request",
    )
    strict = replace(settings, min_protocol=2)
    with TestClient(create_app(strict)) as client:
        _assert_error(
            client.post(PUSH, json={"client_id": "c", "mutations": []}, headers=headers),
            426,
            "upgrade_required",
        )


def test_odd_requests_get_errors_not_500s(api: Api, world: World) -> None:
    before = _state(api)
    headers = api.headers("rep1")
    _assert_error(api.client.get("/api/v1/nowhere"), 404, "not_found")
    _assert_error(
        api.client.get("/api/v1/sync/pull", params={"limit": 0}, headers=headers), 422, "schema"
    )
    _assert_error(
        api.client.get("/api/v1/sync/pull", params={"limit": 10**6}, headers=headers), 422, "schema"
    )
    _assert_error(api.client.post("/api/v1/auth/login", json={"username": "x"}), 422, "schema")
    _assert_error(
        api.client.patch(
            f"/api/v1/territories/{new_id()}", json={"name": "x"}, headers=api.headers("admin")
        ),
        404,
        "not_found",
    )
    _assert_error(
        api.client.post(
            "/api/v1/territories",
            json={"name": "x", "cities": "广州"},
            headers=api.headers("admin"),
        ),
        400,
        "invalid",
    )
    _assert_error(
        api.client.post(
            "/api/v1/admin/restore",
            json={"entity": "gadget", "id": "x"},
            headers=api.headers("admin"),
        ),
        400,
        "invalid",
    )
    weird = api.push("rep1", mutation("account", world.south_account, {"name": None}, base_rev=999))
    assert weird[0]["error"]["code"] == "invalid"
    huge_text = api.push(
        "rep1", mutation("account", world.south_account, {"name": "x" * 5000}, base_rev=999)
    )
    assert huge_text[0]["error"]["details"] == {"field": "name"}
    assert _state(api) == before
