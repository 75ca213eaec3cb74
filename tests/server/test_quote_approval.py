"""A discount beyond the rep's limit needs a manager's approval before the quote is sent."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Api, World, mutation, new_id


def _rev(api: Api, user: str, entity: str, record_id: str) -> int:
    records, _ = api.pull_all(user)
    rev: int = records["changes"][(entity, record_id)]["rev"]
    return rev


def _quote_with_discount(api: Api, world: World, discount: str) -> str:
    quote = new_id()
    results = api.push(
        "rep1",
        mutation(
            "quote",
            quote,
            {"account_id": world.south_account, "number": f"Q-{quote[:6]}", "status": "draft"},
        ),
        mutation(
            "quote_line",
            new_id(),
            {
                "quote_id": quote,
                "product_id": world.product,
                "quantity": "1",
                "unit_price": "2900.00",
                "discount_pct": discount,
            },
        ),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results
    return quote


def _send(api: Api, user: str, quote: str, **extra: Any) -> dict[str, Any]:
    fields = {"status": "sent", **extra}
    [result] = api.push(
        user, mutation("quote", quote, fields, base_rev=_rev(api, user, "quote", quote))
    )
    return result


def test_within_the_limit_a_rep_sends_at_once(api: Api, world: World) -> None:
    quote = _quote_with_discount(api, world, "8")
    assert _send(api, "rep1", quote)["status"] == "applied"


def test_beyond_the_limit_sending_waits_for_a_managers_approval(api: Api, world: World) -> None:
    quote = _quote_with_discount(api, world, "15")
    refused = _send(api, "rep1", quote)
    assert refused["status"] == "rejected" and refused["error"]["code"] == "approval_required"

    [self_approval] = api.push(
        "rep1",
        mutation(
            "quote",
            quote,
            {"approved_by": api.users["rep1"], "status": "approved"},
            base_rev=_rev(api, "rep1", "quote", quote),
        ),
    )
    assert self_approval["error"]["code"] == "forbidden"

    [approval] = api.push(
        "manager",
        mutation(
            "quote",
            quote,
            {
                "approved_by": api.users["manager"],
                "approved_at": "2026-11-22T08:00:00Z",
                "status": "approved",
            },
            base_rev=_rev(api, "manager", "quote", quote),
        ),
    )
    assert approval["status"] == "applied"
    records, _ = api.pull_all("rep1")  # the approval reaches the rep by sync
    assert records["changes"][("quote", quote)]["fields"]["approved_by"] == api.users["manager"]
    assert _send(api, "rep1", quote)["status"] == "applied"
