"""Invoices and payments on the server: partial payments add up, an overpayment is refused
whatever the laptop thought, and commission plans are the managers' to set."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Api, World, mutation, new_id
from tests.server.test_orders import _order, _records, _rev


def _invoice(api: Api, world: World, order: str, amount: str, **extra: Any) -> dict[str, Any]:
    record_id = extra.pop("id", new_id())
    fields = {
        "account_id": world.south_account,
        "order_id": order,
        "number": f"I-{new_id()[:8]}",
        "issued_on": "2026-10-01",
        "amount": amount,
        **extra,
    }
    [result] = api.push("rep1", mutation("invoice", record_id, fields))
    return result


def _pay(api: Api, world: World, invoice: str, amount: str, user: str = "rep1") -> dict[str, Any]:
    fields = {
        "account_id": world.south_account,
        "invoice_id": invoice,
        "received_on": "2026-11-01",
        "amount": amount,
    }
    [result] = api.push(user, mutation("payment", new_id(), fields))
    return result


def test_partial_payments_are_accepted_and_an_overpayment_is_refused(
    api: Api, world: World
) -> None:
    order, _, _ = _order(api, world, "2900.00")  # total 9831.00
    invoice = new_id()
    created = _invoice(api, world, order, "9831.00", id=invoice)
    assert created["status"] == "applied", created
    stored = _records(api, "rep1", "invoice")[invoice]
    assert stored["due_on"] == "2026-10-31"  # 30 days net, the account's default terms

    assert _pay(api, world, invoice, "5000.00")["status"] == "applied"
    assert _pay(api, world, invoice, "4000.00", user="rep2")["status"] == "applied"
    over = _pay(api, world, invoice, "831.01")
    assert over["status"] == "rejected"
    assert over["error"]["code"] == "invalid"
    assert over["error"]["details"] == {"field": "amount", "still_due": "831.00"}
    assert "831.00 CNY still due" in over["error"]["message"]
    assert _pay(api, world, invoice, "831.00")["status"] == "applied"
    assert _pay(api, world, invoice, "0.01")["status"] == "rejected"


def test_invoices_never_add_up_to_more_than_the_order(api: Api, world: World) -> None:
    order, _, _ = _order(api, world, "2900.00")
    assert _invoice(api, world, order, "5000.00")["status"] == "applied"
    too_much = _invoice(api, world, order, "5000.00")
    assert too_much["status"] == "rejected"
    assert too_much["error"]["details"]["left_to_invoice"] == "4831.00"
    terms_rev = _rev(api, "account", world.south_account)
    [terms] = api.push(
        "manager",
        mutation("account", world.south_account, {"payment_terms_days": 60}, base_rev=terms_rev),
    )
    assert terms["status"] in ("applied", "merged"), terms
    second = new_id()
    assert _invoice(api, world, order, "4831.00", id=second)["status"] == "applied"
    assert _records(api, "rep1", "invoice")[second]["due_on"] == "2026-11-30"


def test_another_territorys_rep_sees_no_receivable_and_cannot_pay_one(
    api: Api, world: World
) -> None:
    order, _, _ = _order(api, world, "2900.00")
    invoice = new_id()
    _invoice(api, world, order, "9831.00", id=invoice)
    assert invoice not in _records(api, "rep3", "invoice")
    foreign = _pay(api, world, invoice, "10.00", user="rep3")
    assert foreign["status"] == "rejected"
    assert foreign["error"]["code"] == "forbidden"


def _plan(user_id: str, name: str = "2026 plan") -> dict[str, Any]:
    return {
        "user_id": user_id,
        "name": name,
        "valid_from": "2026-01-01",
        "rates": ["*=0.03", "printers=0.05"],
        "tiers": ["1.0=1.5", "0.8=1.0"],
    }


def test_only_managers_set_commission_plans_and_reps_see_their_own(api: Api, world: World) -> None:
    u = api.users
    refused = api.push("rep1", mutation("commission_plan", new_id(), _plan(u["rep1"])))
    assert refused[0]["status"] == "rejected"
    assert refused[0]["error"]["code"] == "forbidden"
    outside = api.push("manager2", mutation("commission_plan", new_id(), _plan(u["rep1"])))
    assert outside[0]["error"]["code"] == "forbidden"

    mine, theirs = new_id(), new_id()
    results = api.push(
        "manager",
        mutation("commission_plan", mine, _plan(u["rep1"])),
        mutation("commission_plan", theirs, _plan(u["rep2"])),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results
    seen = _records(api, "rep1", "commission_plan")
    assert list(seen) == [mine]
    assert seen[mine]["tiers"] == ["0.8=1.0", "1.0=1.5"]  # normalised, lowest first
    assert seen[mine]["set_by"] == u["manager"]
    assert set(_records(api, "manager", "commission_plan")) == {mine, theirs}

    [edit] = api.push(
        "rep1",
        mutation("commission_plan", mine, {"rates": ["*=0.5"]}, base_rev=results[0]["rev"]),
    )
    assert edit["error"]["code"] == "forbidden"
    bad = api.push(
        "manager", mutation("commission_plan", new_id(), {**_plan(u["rep1"]), "rates": ["*=5"]})
    )
    assert bad[0]["error"]["code"] == "invalid"


def test_payments_racing_from_many_laptops_never_overpay(api: Api, world: World) -> None:
    """Eight laptops record ¥2,000 each at once against a ¥9,831 invoice: four get in,
    the rest are refused, and what was recorded never exceeds the invoice."""
    import threading
    import uuid

    import requests

    from tests.server.conftest import PASSWORD
    from tests.sync.conftest import LiveServer

    order, _, _ = _order(api, world, "2900.00")
    invoice = new_id()
    assert _invoice(api, world, order, "9831.00", id=invoice)["status"] == "applied"
    server = LiveServer(api.client.app)
    server.start()
    try:
        token = requests.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": "rep1", "password": PASSWORD},
            timeout=30,
        ).json()["access_token"]
        barrier = threading.Barrier(8)
        statuses: list[str] = []

        def pay() -> None:
            fields = {
                "account_id": world.south_account,
                "invoice_id": invoice,
                "received_on": "2026-11-01",
                "amount": "2000.00",
            }
            barrier.wait()
            response = requests.post(
                f"{server.url}/api/v1/sync/push",
                json={
                    "client_id": f"laptop-{uuid.uuid4()}",
                    "mutations": [mutation("payment", new_id(), fields)],
                },
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
            assert response.status_code == 200, response.text
            statuses.append(response.json()["results"][0]["status"])

        threads = [threading.Thread(target=pay) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.stop()
    assert sorted(statuses) == ["applied"] * 4 + ["rejected"] * 4
    paid = [p["amount"] for p in _records(api, "manager", "payment").values()]
    assert paid == ["2000.00"] * 4
