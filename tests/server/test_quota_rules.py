"""Quotas on the server: sensible periods, one per rep and period, and the commit override."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Api, mutation, new_id

QUOTAS = "/api/v1/quotas"


def _create(api: Api, username: str, fields: dict[str, Any]) -> Any:
    return api.client.post(QUOTAS, json=fields, headers=api.headers(username))


def _patch(api: Api, username: str, quota_id: str, fields: dict[str, Any]) -> Any:
    return api.client.patch(f"{QUOTAS}/{quota_id}", json=fields, headers=api.headers(username))


def _quota(api: Api, user: str, **extra: Any) -> dict[str, Any]:
    return {
        "user_id": api.users[user],
        "period_kind": "month",
        "period_start": "2026-07-01",
        "amount": "100000.00",
        **extra,
    }


def test_the_reps_manager_overrides_the_commit_and_the_server_records_who(api: Api) -> None:
    created = _create(api, "manager", _quota(api, "rep1"))
    assert created.status_code == 201, created.text
    quota_id = created.json()["id"]
    override = {
        "commit_override": "85000.00",
        "commit_note": "华南项目下周签约",
        "commit_set_by": api.users["rep1"],  # ignored: the server says who
    }
    patched = _patch(api, "manager", quota_id, override)
    assert patched.status_code == 200, patched.text
    fields = patched.json()["fields"]
    assert fields["commit_override"] == "85000.00"
    assert fields["commit_note"] == "华南项目下周签约"
    assert fields["commit_set_by"] == api.users["manager"]
    # Changing only the amount leaves the override and who set it alone.
    again = _patch(api, "admin", quota_id, {"amount": "120000.00", "commit_set_by": None})
    assert again.json()["fields"]["commit_set_by"] == api.users["manager"]
    # An admin may override too.
    by_admin = _patch(api, "admin", quota_id, {"commit_override": "90000.00"})
    assert by_admin.json()["fields"]["commit_set_by"] == api.users["admin"]
    # The rep reads the override on their own quota after sync.
    records, _ = api.pull_all("rep1")
    assert records["changes"][("quota", quota_id)]["fields"]["commit_note"] == "华南项目下周签约"


def test_no_one_else_overrides_a_commit(api: Api) -> None:
    rep_quota = _create(api, "manager", _quota(api, "rep1")).json()["id"]
    own_quota = _create(api, "admin", _quota(api, "manager")).json()["id"]
    override = {"commit_override": "1.00", "commit_note": "trust me"}
    # A rep: quotas are managers' (and the push is refused the same way).
    refused = _patch(api, "rep1", rep_quota, override)
    assert refused.status_code in (403, 404)
    [result] = api.push("rep1", mutation("quota", rep_quota, override))
    assert result["status"] == "rejected" and result["error"]["code"] == "forbidden"
    # A manager for their own numbers: only their own manager (or an admin) may.
    refused = _patch(api, "manager", own_quota, override)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "forbidden"
    # Another team's manager does not even see the quota.
    assert _patch(api, "manager2", rep_quota, override).status_code in (403, 404)
    # A new quota carrying an override is held to the same rule.
    refused = _create(api, "manager", _quota(api, "manager", period_start="2026-08-01", **override))
    assert refused.status_code == 403


def test_periods_start_on_their_first_day_and_are_not_doubled(api: Api) -> None:
    assert (
        _create(api, "manager", _quota(api, "rep1", period_start="2026-07-15")).status_code == 400
    )
    quarter = _quota(api, "rep1", period_kind="quarter", period_start="2026-08-01")
    bad = _create(api, "manager", quarter)
    assert bad.status_code == 400 and "quarter" in bad.json()["error"]["message"]
    assert _create(api, "manager", _quota(api, "rep1")).status_code == 201
    doubled = _create(api, "manager", {**_quota(api, "rep1"), "id": new_id()})
    assert doubled.status_code == 400
    assert doubled.json()["error"]["details"]["field"] == "period_start"
    quarter["period_start"] = "2026-07-01"
    assert _create(api, "manager", quarter).status_code == 201, "a quarter is another period"
