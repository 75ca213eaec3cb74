"""Login, refresh tokens, throttling (kept in the database), deactivation."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from sfa.domain.columns import utcnow
from sfa.server.app import create_app
from sfa.server.settings import Settings
from sfa.server.tables import LoginFailure, RefreshToken
from tests.server.conftest import PASSWORD, Api

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"


def test_login_returns_tokens_and_user(api: Api) -> None:
    response = api.client.post(LOGIN, json={"username": "rep1", "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["user"] == {"id": api.users["rep1"], "username": "rep1", "role": "rep"}
    assert body["expires_in"] == 15 * 60
    assert body["access_token"] and body["refresh_token"]
    pulled = api.client.get(
        "/api/v1/sync/pull", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert pulled.status_code == 200


def test_wrong_password_and_unknown_user_are_401(api: Api) -> None:
    for username in ("rep1", "nobody"):
        response = api.client.post(LOGIN, json={"username": username, "password": "wrong-one"})
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"


def test_refresh_rotates_and_reuse_kills_the_family(api: Api) -> None:
    first = api.client.post(LOGIN, json={"username": "rep1", "password": PASSWORD}).json()
    second = api.client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    rotated = second.json()["refresh_token"]
    assert rotated != first["refresh_token"]
    # The old token is spent; presenting it again revokes the rotated one too.
    assert (
        api.client.post(REFRESH, json={"refresh_token": first["refresh_token"]}).status_code == 401
    )
    assert api.client.post(REFRESH, json={"refresh_token": rotated}).status_code == 401
    with api.engine.connect() as conn:
        hashes = conn.execute(select(RefreshToken.token_hash)).scalars().all()
    assert rotated not in hashes and first["refresh_token"] not in hashes  # stored hashed


def test_bad_refresh_token_is_401(api: Api) -> None:
    response = api.client.post(REFRESH, json={"refresh_token": "made-up"})
    assert response.status_code == 401


def test_throttle_per_username_survives_a_new_worker(api: Api, settings: Settings) -> None:
    for _ in range(10):
        wrong = api.client.post(LOGIN, json={"username": "rep2", "password": "nope-nope"})
        assert wrong.status_code == 401
    # A different worker process: nothing in memory, the count is in the database.
    with TestClient(create_app(settings)) as other:
        blocked = other.post(LOGIN, json={"username": "rep2", "password": PASSWORD})
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert blocked.json()["error"]["code"] == "rate_limited"
    # Other users are not affected.
    assert (
        api.client.post(LOGIN, json={"username": "rep1", "password": PASSWORD}).status_code == 200
    )


def test_successful_login_resets_the_username_count(api: Api) -> None:
    for _ in range(9):
        api.client.post(LOGIN, json={"username": "rep2", "password": "nope-nope"})
    assert (
        api.client.post(LOGIN, json={"username": "rep2", "password": PASSWORD}).status_code == 200
    )
    with api.engine.connect() as conn:
        left = conn.execute(
            select(func.count()).where(LoginFailure.username == "rep2")
        ).scalar_one()
    assert left == 0
    for _ in range(9):
        api.client.post(LOGIN, json={"username": "rep2", "password": "nope-nope"})
    assert (
        api.client.post(LOGIN, json={"username": "rep2", "password": PASSWORD}).status_code == 200
    )


def test_throttle_per_address(api: Api, settings: Settings) -> None:
    tight = replace(settings, login_max_address_failures=5)
    with TestClient(create_app(tight)) as client:
        for n in range(5):
            client.post(LOGIN, json={"username": f"ghost{n}", "password": "x-x-x-x"})
        blocked = client.post(LOGIN, json={"username": "rep1", "password": PASSWORD})
    assert blocked.status_code == 429
    assert "Retry-After" in blocked.headers


def test_throttle_window_passes(api: Api, settings: Settings) -> None:
    for _ in range(10):
        api.client.post(LOGIN, json={"username": "rep2", "password": "nope-nope"})
    # Age the failures past the window, as 15 minutes would.
    with api.engine.begin() as conn:
        conn.execute(update(LoginFailure).values(at=utcnow() - timedelta(minutes=16)))
    assert (
        api.client.post(LOGIN, json={"username": "rep2", "password": PASSWORD}).status_code == 200
    )


def test_deactivated_user_loses_access_at_once(api: Api) -> None:
    login = api.client.post(LOGIN, json={"username": "rep1", "password": PASSWORD}).json()
    headers = {"Authorization": f"Bearer {login['access_token']}"}
    assert api.client.get("/api/v1/sync/pull", headers=headers).status_code == 200
    response = api.client.patch(
        f"/api/v1/users/{api.users['rep1']}", json={"active": False}, headers=api.headers("admin")
    )
    assert response.status_code == 200, response.text
    assert api.client.get("/api/v1/sync/pull", headers=headers).status_code == 401
    assert (
        api.client.post(REFRESH, json={"refresh_token": login["refresh_token"]}).status_code == 401
    )
    assert (
        api.client.post(LOGIN, json={"username": "rep1", "password": PASSWORD}).status_code == 401
    )


def test_garbage_and_missing_tokens_are_401(api: Api) -> None:
    assert api.client.get("/api/v1/sync/pull").status_code == 401
    bad = {"Authorization": "Bearer not.a.jwt"}
    response = api.client.get("/api/v1/sync/pull", headers=bad)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
