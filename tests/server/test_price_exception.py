"""Approval requests on the server: a rep asks, only their manager (or an admin) decides, and
an approved price exception becomes the client's one price — serialised with quote pushes."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import requests

from tests.server.conftest import PASSWORD, Api, World, mutation, new_id


def _quote(
    api: Api, rep: str, world: World, price: str, **extra: str
) -> tuple[str, str, dict[str, Any]]:
    quote, line = new_id(), new_id()
    results = api.push(
        rep,
        mutation(
            "quote",
            quote,
            {"account_id": world.south_account, "number": f"Q-{quote[:8]}", "status": "draft"},
        ),
        mutation(
            "quote_line",
            line,
            {
                "quote_id": quote,
                "product_id": world.product,
                "quantity": "1",
                "unit_price": price,
                **extra,
            },
        ),
    )
    assert results[0]["status"] == "applied", results
    return quote, line, results[1]


def _records(api: Api, user: str, entity: str) -> dict[str, dict[str, Any]]:
    records, _ = api.pull_all(user)
    return {
        record_id: change
        for (kind, record_id), change in records["changes"].items()
        if kind == entity and not change["deleted"]
    }


def _ask(api: Api, world: World, quote: str, line: str, price: str = "2650.00") -> str:
    request = new_id()
    [result] = api.push(
        "rep2",
        mutation(
            "approval_request",
            request,
            {
                "kind": "price_exception",
                "account_id": world.south_account,
                "quote_id": quote,
                "quote_line_id": line,
                "product_id": world.product,
                "requested_price": price,
                "standing_price": "2700.00",
                "reason": "framework contract price",
                "requested_by": api.users["rep1"],  # the server knows better
            },
        ),
    )
    assert result["status"] == "applied", result
    return request


def _decide(api: Api, user: str, request: str, status: str, comment: str = "") -> dict[str, Any]:
    rev = _records(api, user, "approval_request")[request]["rev"]
    fields = {"status": status, **({"comment": comment} if comment else {})}
    [result] = api.push(user, mutation("approval_request", request, fields, base_rev=rev))
    return result


def _conflicted(api: Api, world: World) -> tuple[str, str, str]:
    """rep1 holds 2700 for the client; rep2's 2650 is refused; rep2 asks for an exception."""
    holder, _, first = _quote(api, "rep1", world, "2700.00")
    assert first["status"] == "applied"
    asking, line, refused = _quote(api, "rep2", world, "2650.00")
    assert refused["error"]["code"] == "price_conflict"
    return holder, asking, _ask(api, world, asking, line)


def test_only_the_reps_own_manager_decides(api: Api, world: World) -> None:
    _, _, request = _conflicted(api, world)
    stored = _records(api, "manager", "approval_request")[request]["fields"]
    assert stored["requested_by"] == api.users["rep2"] and stored["status"] == "requested"
    for user in ("rep2", "rep1"):
        refused = _decide(api, user, request, "approved")
        assert refused["error"]["code"] == "forbidden", refused
    assert _decide(api, "manager", request, "approved")["status"] == "applied"
    decided = _records(api, "rep2", "approval_request")[request]["fields"]
    assert decided["decided_by"] == api.users["manager"] and decided["decided_at"]
    again = _decide(api, "manager", request, "refused", "changed my mind")
    assert again["error"]["code"] == "invalid" and "final" in again["error"]["message"]


def test_a_manager_of_another_team_cannot_decide(api: Api, world: World) -> None:
    _, _, request = _conflicted(api, world)
    [result] = api.push(
        "manager2", mutation("approval_request", request, {"status": "approved"}, base_rev=1)
    )
    assert result["error"]["code"] == "forbidden"


def test_an_approved_exception_becomes_the_one_price(api: Api, world: World) -> None:
    holder, asking, request = _conflicted(api, world)
    assert _decide(api, "manager", request, "approved", "key account")["status"] == "applied"

    [agreement] = _records(api, "manager", "price_agreement").values()
    fields = agreement["fields"]
    assert (fields["unit_price"], fields["set_by"], fields["source_request_id"]) == (
        "2650.00",
        api.users["manager"],
        request,
    )
    [held] = [
        c for c in _records(api, "rep1", "quote_line").values() if c["fields"]["quote_id"] == holder
    ]
    assert held["fields"]["price_superseded_by"] == request  # the holder is told

    [resent] = api.push(  # the refused line, sent again by rep2's laptop
        "rep2",
        mutation(
            "quote_line",
            new_id(),
            {
                "quote_id": asking,
                "product_id": world.product,
                "quantity": "1",
                "unit_price": "2650.00",
            },
        ),
    )
    assert resent["status"] == "applied"
    _, _, old_price = _quote(api, "rep1", world, "2700.00")
    assert old_price["error"]["details"]["standing_price"] == "2650.00"

    rev = _records(api, "rep1", "quote")[holder]["rev"]
    [send] = api.push("rep1", mutation("quote", holder, {"status": "sent"}, base_rev=rev))
    assert send["error"]["code"] == "price_superseded"


def test_a_refusal_changes_no_price_and_the_rep_reads_why(api: Api, world: World) -> None:
    _, _, request = _conflicted(api, world)
    assert _decide(api, "manager", request, "refused", "below our floor")["status"] == "applied"
    seen = _records(api, "rep2", "approval_request")[request]["fields"]
    assert (seen["status"], seen["comment"]) == ("refused", "below our floor")
    [agreement] = _records(api, "manager", "price_agreement").values()
    assert agreement["fields"]["unit_price"] == "2700.00"


def test_a_request_must_name_its_quote_and_start_undecided(api: Api, world: World) -> None:
    quote, line, _ = _quote(api, "rep1", world, "2900.00")
    base = {
        "account_id": world.south_account,
        "quote_id": quote,
        "quote_line_id": line,
        "product_id": world.product,
        "requested_price": "2500.00",
        "reason": "why not",
    }
    [decided] = api.push(
        "rep1", mutation("approval_request", new_id(), {**base, "status": "approved"})
    )
    [no_quote] = api.push(
        "rep1", mutation("approval_request", new_id(), {**base, "quote_id": None})
    )
    [no_reason] = api.push("rep1", mutation("approval_request", new_id(), {**base, "reason": ""}))
    [nothing] = api.push(
        "rep1", mutation("approval_request", new_id(), {**base, "kind": "discount"})
    )
    for result in (decided, no_quote, no_reason, nothing):
        assert result["error"]["code"] == "invalid", result
    assert "nothing to approve" in nothing["error"]["message"]


def test_an_approved_discount_request_approves_the_quote(api: Api, world: World) -> None:
    quote, _, line = _quote(api, "rep1", world, "2900.00", discount_pct="15")
    assert line["status"] == "applied"
    request = new_id()
    [asked] = api.push(
        "rep1",
        mutation(
            "approval_request",
            request,
            {
                "kind": "discount",
                "account_id": world.south_account,
                "quote_id": quote,
                "reason": "first order",
            },
        ),
    )
    assert asked["status"] == "applied"
    assert _decide(api, "manager", request, "approved")["status"] == "applied"
    approved = _records(api, "rep1", "quote")[quote]
    assert approved["fields"]["approved_by"] == api.users["manager"]
    assert approved["fields"]["status"] == "approved"
    [send] = api.push(
        "rep1", mutation("quote", quote, {"status": "sent"}, base_rev=approved["rev"])
    )
    assert send["status"] == "applied"


def test_a_quote_number_belongs_to_one_quote_and_its_revisions(api: Api, world: World) -> None:
    first = new_id()
    fields = {"account_id": world.south_account, "number": "Q-R001-20261122-001-ABC"}
    [created] = api.push("rep1", mutation("quote", first, fields))
    [clash] = api.push("rep2", mutation("quote", new_id(), fields), client_id="laptop-2")
    [revision] = api.push(
        "rep1", mutation("quote", new_id(), {**fields, "revision": 2, "revision_of": first})
    )
    assert created["status"] == revision["status"] == "applied"
    assert clash["error"]["code"] == "invalid"
    assert "already used by another quote" in clash["error"]["message"]


def test_an_approval_racing_quote_pushes_leaves_one_price(api: Api, world: World) -> None:
    """The manager approves while reps push quotes at both prices: afterwards every live
    line holds the agreed price or is marked superseded — never two standing prices."""
    from tests.sync.conftest import LiveServer

    _, _, request = _conflicted(api, world)
    rev = _records(api, "manager", "approval_request")[request]["rev"]
    server = LiveServer(api.client.app)
    server.start()
    try:
        tokens = {
            user: requests.post(
                f"{server.url}/api/v1/auth/login",
                json={"username": user, "password": PASSWORD},
                timeout=30,
            ).json()["access_token"]
            for user in ("rep1", "rep2", "manager")
        }
        barrier = threading.Barrier(11)

        def push(user: str, mutations: list[dict[str, Any]]) -> None:
            barrier.wait()
            response = requests.post(
                f"{server.url}/api/v1/sync/push",
                json={"client_id": f"laptop-{uuid.uuid4()}", "mutations": mutations},
                headers={"Authorization": f"Bearer {tokens[user]}"},
                timeout=60,
            )
            assert response.status_code == 200, response.text

        jobs = [
            (
                "manager",
                [mutation("approval_request", request, {"status": "approved"}, base_rev=rev)],
            )
        ]
        for index in range(10):
            quote = str(uuid.uuid4())
            price = ("2700.00", "2650.00")[index % 2]
            jobs.append(
                (
                    ("rep1", "rep2")[index % 2],
                    [
                        mutation(
                            "quote",
                            quote,
                            {"account_id": world.south_account, "number": f"Q-R{index}"},
                        ),
                        mutation(
                            "quote_line",
                            str(uuid.uuid4()),
                            {
                                "quote_id": quote,
                                "product_id": world.product,
                                "quantity": "1",
                                "unit_price": price,
                            },
                        ),
                    ],
                )
            )
        threads = [threading.Thread(target=push, args=job) for job in jobs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.stop()
    [agreement] = _records(api, "manager", "price_agreement").values()
    assert agreement["fields"]["unit_price"] == "2650.00"
    for line in _records(api, "manager", "quote_line").values():
        assert (
            line["fields"]["unit_price"] == "2650.00"
            or line["fields"]["price_superseded_by"] == request
        )
