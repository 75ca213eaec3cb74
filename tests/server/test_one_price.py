"""One price per client per product, whoever quotes and in whatever order they sync."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
import requests

from tests.server.conftest import PASSWORD, Api, World, mutation, new_id


def _quote(
    api: Api, rep: str, world: World, price: str, *, status: str = "draft", discount: str = "0"
) -> tuple[str, dict[str, Any]]:
    quote, line = new_id(), new_id()
    results = api.push(
        rep,
        mutation(
            "quote",
            quote,
            {"account_id": world.south_account, "number": f"Q-{quote[:8]}", "status": status},
        ),
        mutation(
            "quote_line",
            line,
            {
                "quote_id": quote,
                "product_id": world.product,
                "quantity": "1",
                "unit_price": price,
                "discount_pct": discount,
            },
        ),
    )
    assert results[0]["status"] == "applied", results
    return quote, results[1]


def _agreements(api: Api, username: str = "manager") -> list[dict[str, Any]]:
    records, _ = api.pull_all(username)
    return [
        c
        for (kind, _), c in records["changes"].items()
        if kind == "price_agreement" and not c["deleted"]
    ]


def test_the_first_new_price_becomes_the_agreement_and_the_second_is_refused(
    api: Api, world: World
) -> None:
    first_quote, first = _quote(api, "rep1", world, "2700.00")
    assert first["status"] == "applied"
    [agreement] = _agreements(api)
    assert agreement["fields"]["unit_price"] == "2700.00"
    assert agreement["fields"]["source_quote_id"] == first_quote
    _, second = _quote(api, "rep2", world, "2650.00")
    assert second["status"] == "rejected"
    assert second["error"]["code"] == "price_conflict"
    details = second["error"]["details"]
    assert details["standing_price"] == "2700.00" and details["product_id"] == world.product
    assert details["holder"] == {
        "kind": "agreement",
        "id": agreement["id"],
        "rep_id": api.users["rep1"],
    }
    assert details["valid_until"] == agreement["fields"]["valid_until"]
    _, third = _quote(api, "rep2", world, "2700.00")
    assert third["status"] == "applied"  # at the agreed price: always accepted
    assert len(_agreements(api)) == 1


def test_a_line_at_list_price_holds_the_list_price(api: Api, world: World) -> None:
    quote, first = _quote(api, "rep1", world, "2900.00")
    assert first["status"] == "applied" and _agreements(api) == []
    _, second = _quote(api, "rep2", world, "2500.00")
    assert second["error"]["details"]["holder"]["kind"] == "quote"
    assert second["error"]["details"]["holder"]["id"] == quote
    assert second["error"]["details"]["standing_price"] == "2900.00"


def test_the_price_compared_is_what_the_client_pays_after_the_discount(
    api: Api, world: World
) -> None:
    _quote(api, "rep1", world, "2900.00", discount="10")  # pays 2610.00
    _, same = _quote(api, "rep2", world, "2610.00")
    assert same["status"] == "applied"


def test_rejected_quotes_hold_no_price(api: Api, world: World) -> None:
    _quote(api, "rep1", world, "2700.00", status="rejected")
    _, line = _quote(api, "rep2", world, "2600.00")
    assert line["status"] == "applied"


def test_a_superseded_revision_holds_no_price_but_its_successor_does(
    api: Api, world: World
) -> None:
    first, _ = _quote(api, "rep1", world, "2700.00")
    second = new_id()
    number = f"Q-{first[:8]}"
    results = api.push(
        "rep1",
        mutation(
            "quote",
            second,
            {
                "account_id": world.south_account,
                "number": number,
                "revision": 2,
                "revision_of": first,
            },
        ),
        mutation(
            "quote_line",
            new_id(),
            {
                "quote_id": second,
                "product_id": world.product,
                "quantity": "1",
                "unit_price": "2700.00",
            },
        ),
    )
    assert [r["status"] for r in results] == ["applied", "applied"]
    records, _ = api.pull_all("rep1")
    rev = records["changes"][("quote", first)]["rev"]
    [superseded] = api.push(
        "rep1", mutation("quote", first, {"status": "superseded"}, base_rev=rev)
    )
    assert superseded["status"] == "applied"
    _, held = _quote(api, "rep2", world, "2600.00")
    assert held["error"]["details"]["standing_price"] == "2700.00"  # the revision holds it
    [agreement] = _agreements(api)
    assert agreement["fields"]["source_quote_id"] == second
    rev = api.pull_all("rep1")[0]["changes"][("quote", second)]["rev"]
    api.push("rep1", mutation("quote", second, {"status": "superseded"}, base_rev=rev))
    _, free = _quote(api, "rep2", world, "2600.00")
    assert free["status"] == "applied"  # no live revision holds a price any more


def test_a_quote_may_change_its_own_price(api: Api, world: World) -> None:
    _quote(api, "rep1", world, "2700.00")
    records, _ = api.pull_all("rep1")
    line_id = next(i for (kind, i), c in records["changes"].items() if kind == "quote_line")
    rev = records["changes"][("quote_line", line_id)]["rev"]
    [again] = api.push(
        "rep1", mutation("quote_line", line_id, {"unit_price": "2750.00"}, base_rev=rev)
    )
    assert again["status"] == "applied"
    [agreement] = _agreements(api)
    assert agreement["fields"]["unit_price"] == "2750.00"


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
def test_twenty_reps_pushing_at_once_leave_one_standing_price(api: Api, world: World) -> None:
    """Twenty threads, twenty prices, one (account, product): exactly one price stands."""
    from tests.sync.conftest import LiveServer

    server = LiveServer(api.client.app)
    server.start()
    try:
        tokens = {}
        for rep in ("rep1", "rep2"):
            body = {"username": rep, "password": PASSWORD}
            tokens[rep] = requests.post(
                f"{server.url}/api/v1/auth/login", json=body, timeout=30
            ).json()["access_token"]
        outcomes: list[dict[str, Any]] = []
        barrier = threading.Barrier(20)

        def push(index: int) -> None:
            rep = ("rep1", "rep2")[index % 2]
            quote = str(uuid.uuid4())
            mutations = [
                mutation(
                    "quote",
                    quote,
                    {"account_id": world.south_account, "number": f"Q-T{index}", "status": "draft"},
                ),
                mutation(
                    "quote_line",
                    str(uuid.uuid4()),
                    {
                        "quote_id": quote,
                        "product_id": world.product,
                        "quantity": "1",
                        "unit_price": f"{2600 + index}.00",
                    },
                ),
            ]
            barrier.wait()
            response = requests.post(
                f"{server.url}/api/v1/sync/push",
                json={"client_id": f"laptop-{index}", "mutations": mutations},
                headers={"Authorization": f"Bearer {tokens[rep]}"},
                timeout=60,
            )
            outcomes.append(response.json()["results"][1])

        threads = [threading.Thread(target=push, args=(i,)) for i in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.stop()
    accepted = [o for o in outcomes if o["status"] == "applied"]
    refused = [o for o in outcomes if o["status"] == "rejected"]
    assert len(accepted) == 1 and len(refused) == 19
    [agreement] = _agreements(api)
    assert {o["error"]["details"]["standing_price"] for o in refused} == {
        agreement["fields"]["unit_price"]
    }
