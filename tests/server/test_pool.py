"""The open pool (公海): claiming, the claim limit, releasing, and the automatic return."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from sfa.domain.columns import utcnow
from sfa.server import pool
from sfa.server.db import write_session
from sfa.server.settings import Settings
from sfa.server.tables import Account, AuditEntry
from tests.server.conftest import Api, World, mutation, new_id

LIMIT = 2
DAYS = 30


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, pool_claim_limit=LIMIT, pool_return_days=DAYS)


def _pool_accounts(api: Api, count: int) -> list[str]:
    """Accounts in South (rep1 and rep2's territory) that nobody owns."""
    ids = [new_id() for _ in range(count)]
    results = api.push(
        "admin",
        *(
            mutation("account", account, {"name": f"公海客户{n}", "province": "广东"})
            for n, account in enumerate(ids)
        ),
    )
    assert {r["status"] for r in results} == {"applied"}
    for account in ids:
        assert _post(api, "admin", account, "release").status_code == 200
    return ids


def _post(api: Api, username: str, account_id: str, action: str) -> Any:
    return api.client.post(f"/api/v1/pool/{account_id}/{action}", headers=api.headers(username))


def _listing(api: Api, username: str) -> dict[str, Any]:
    response = api.client.get("/api/v1/pool", headers=api.headers(username))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _owner(api: Api, account_id: str) -> str | None:
    with write_session(api.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.owner_id


def _age(api: Api, account_id: str, days: int) -> None:
    """Pretend everything that happened to the account happened ``days`` days earlier."""
    with write_session(api.engine) as session:
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.record_id == account_id)):
            entry.at = entry.at - timedelta(days=days)


def test_a_rep_claims_a_pool_account_and_pulls_it(api: Api, world: World) -> None:
    [account] = _pool_accounts(api, 1)
    listing = _listing(api, "rep3")
    assert [a["id"] for a in listing["accounts"]] == [account]
    assert listing["accounts"][0]["territory_name"] == "South"
    assert (listing["limit"], listing["return_days"], listing["held"]) == (LIMIT, DAYS, [])
    records, _ = api.pull_all("rep3")
    assert ("account", account) not in records["changes"]

    claimed = _post(api, "rep3", account, "claim")
    assert claimed.status_code == 200, claimed.text
    assert claimed.json()["fields"]["owner_id"] == api.users["rep3"]
    records, _ = api.pull_all("rep3")
    assert ("account", account) in records["changes"]
    listing = _listing(api, "rep3")
    assert listing["accounts"] == []
    [held] = listing["held"]
    assert held["account_id"] == account
    assert held["returns_at"].startswith((utcnow() + timedelta(days=DAYS)).date().isoformat())
    again = _post(api, "rep1", account, "claim")
    assert again.status_code == 409, "someone claimed it already"


def test_a_rep_is_forbidden_to_claim_beyond_the_limit(api: Api, world: World) -> None:
    first, second, third = _pool_accounts(api, 3)
    assert _post(api, "rep3", first, "claim").status_code == 200
    assert _post(api, "rep3", second, "claim").status_code == 200
    refused = _post(api, "rep3", third, "claim")
    assert refused.status_code == 403
    error = refused.json()["error"]
    assert error["code"] == "forbidden" and error["details"] == {"limit": LIMIT, "held": LIMIT}
    assert _owner(api, third) is None
    # Accounts owned otherwise (created, or given by a manager) do not count against it.
    assert _post(api, "rep1", third, "claim").status_code == 200
    # Releasing one makes room again.
    assert _post(api, "rep3", first, "release").status_code == 200
    assert _owner(api, first) is None
    assert _post(api, "rep3", second, "release").status_code == 200
    assert _post(api, "rep3", first, "claim").status_code == 200


def test_only_the_owner_their_manager_or_an_admin_releases(api: Api, world: World) -> None:
    [account] = _pool_accounts(api, 1)
    assert _post(api, "rep3", account, "claim").status_code == 200
    for outsider in ("rep1", "manager"):
        refused = _post(api, outsider, account, "release")
        assert refused.status_code == 403, outsider
    assert _owner(api, account) == api.users["rep3"]
    assert _post(api, "manager2", account, "release").status_code == 200
    assert _post(api, "manager2", account, "release").status_code == 409
    assert _post(api, "rep3", new_id(), "claim").status_code == 404


def test_an_untouched_claim_returns_to_the_pool_and_leaves_the_reps_replica(
    api: Api, world: World
) -> None:
    [account] = _pool_accounts(api, 1)
    assert _post(api, "rep3", account, "claim").status_code == 200
    _, cursor = api.pull_all("rep3")
    _age(api, account, DAYS - 1)
    assert _listing(api, "rep3")["accounts"] == [], "29 days untouched: still held"
    _age(api, account, 1)
    listing = _listing(api, "rep3")
    assert [a["id"] for a in listing["accounts"]] == [account]
    assert listing["held"] == []
    assert _owner(api, account) is None
    records, _ = api.pull_all("rep3", cursor)
    assert ("account", account) in records["revoked"]
    with write_session(api.engine) as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_id == account)
        ).all()
    assert actions[-1] == pool.RETURN


def test_a_touch_by_the_holder_restarts_the_clock(api: Api, world: World) -> None:
    [account] = _pool_accounts(api, 1)
    assert _post(api, "rep3", account, "claim").status_code == 200
    _age(api, account, 40)
    # A colleague's touch does not count: only the holder works the account.
    [edited] = api.push(
        "manager2", mutation("account", account, {"notes": "经理备注"}, base_rev=_rev(api, account))
    )
    assert edited["status"] == "applied"
    with write_session(api.engine) as session:
        [held] = pool.holdings(session, DAYS, api.users["rep3"])
        assert utcnow() - held.last_touch > timedelta(days=39)
    [logged] = api.push(
        "rep3",
        mutation(
            "activity", new_id(), {"account_id": account, "subject": "电话回访", "kind": "call"}
        ),
    )
    assert logged["status"] == "applied"
    now = utcnow()
    with write_session(api.engine) as session:
        [held] = pool.holdings(session, DAYS, api.users["rep3"])
        assert now - held.last_touch < timedelta(minutes=5)
        assert pool.return_stale(session, DAYS, now + timedelta(days=DAYS - 1)) == []
    with write_session(api.engine) as session:
        assert pool.return_stale(session, DAYS, now + timedelta(days=DAYS, minutes=5)) == [account]
    assert _owner(api, account) is None


def _rev(api: Api, account_id: str) -> int:
    with write_session(api.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.rev


def test_owners_not_from_the_pool_are_never_returned(api: Api, world: World) -> None:
    _age(api, world.south_account, 400)
    with write_session(api.engine) as session:
        assert pool.return_stale(session, DAYS) == []
    assert _owner(api, world.south_account) == api.users["manager"]
