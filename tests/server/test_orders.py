"""Orders on the server: a quote becomes an order at its prices, order lines obey the one-price
rule like quote lines, and an order's prices never move once confirmed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.server.conftest import Api, World, mutation, new_id


def _records(api: Api, user: str, entity: str) -> dict[str, dict[str, Any]]:
    records, _ = api.pull_all(user)
    return {
        record_id: change["fields"]
        for (kind, record_id), change in records["changes"].items()
        if kind == entity and not change["deleted"]
    }


def _accepted_quote(api: Api, world: World, price: str, quantity: str = "3") -> tuple[str, str]:
    quote, line = new_id(), new_id()
    results = api.push(
        "rep1",
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
                "quantity": quantity,
                "unit_price": price,
                "discount_pct": "5",
            },
        ),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results
    rev = results[0]["rev"]
    [sent] = api.push("rep1", mutation("quote", quote, {"status": "accepted"}, base_rev=rev))
    assert sent["status"] in ("applied", "merged"), sent
    return quote, line


def _order(
    api: Api,
    world: World,
    price: str,
    *,
    user: str = "rep1",
    quote: str | None = None,
    number: str | None = None,
    quantity: str = "3",
    discount: str = "0",
) -> tuple[str, str, list[dict[str, Any]]]:
    order, line = new_id(), new_id()
    fields: dict[str, Any] = {
        "account_id": world.south_account,
        "number": number or f"O-{order[:8]}",
        "order_date": "2026-11-22",
    }
    if quote is not None:
        fields["quote_id"] = quote
    results = api.push(
        user,
        mutation("order", order, fields),
        mutation(
            "order_line",
            line,
            {
                "order_id": order,
                "product_id": world.product,
                "quantity": quantity,
                "unit_price": price,
                "discount_pct": discount,
            },
        ),
    )
    return order, line, results


def test_an_accepted_quote_becomes_an_order_at_its_prices_to_the_cent(
    api: Api, world: World
) -> None:
    quote, _ = _accepted_quote(api, world, "2833.33")
    order, line, results = _order(api, world, "2833.33", quote=quote, discount="5")
    assert [r["status"] for r in results] == ["applied", "applied"], results
    stored = _records(api, "rep2", "order")[order]
    # 3 × 2833.33 × 0.95 = 8074.9905 → 8074.99; VAT 13 % = 1049.7487 → 1049.75
    assert (stored["subtotal"], stored["tax"], stored["total"]) == (
        "8074.99",
        "1049.75",
        "9124.74",
    )
    order_line = _records(api, "rep2", "order_line")[line]
    assert order_line["line_total"] == "8074.99"
    agreement = order_line["price_agreement_id"]
    assert _records(api, "rep1", "price_agreement")[agreement]["source_quote_id"] == quote

    _, _, again = _order(api, world, "2833.33", quote=quote, discount="5")
    assert again[0]["status"] == "rejected"
    assert "already became order" in again[0]["error"]["message"]


def test_an_order_line_at_another_price_than_the_agreed_one_is_refused_like_a_quote_line(
    api: Api, world: World
) -> None:
    _accepted_quote(api, world, "2800.00", quantity="1")
    _, _, results = _order(api, world, "2700.00", user="rep2")
    assert results[0]["status"] == "applied"
    refused = results[1]
    assert refused["status"] == "rejected", refused
    assert refused["error"]["code"] == "price_conflict"
    details = refused["error"]["details"]
    assert details["product_id"] == world.product
    assert Decimal(details["standing_price"]) == Decimal("2660.00")  # 2800 less 5 %
    assert details["holder"]["kind"] == "agreement"
    assert details["holder"]["rep_id"] == api.users["rep1"]
    assert details["valid_until"] is not None

    _, _, at_agreed = _order(api, world, "2660.00", user="rep2")
    assert at_agreed[1]["status"] == "applied", at_agreed


def test_without_any_agreement_an_order_line_is_at_the_list_price(api: Api, world: World) -> None:
    _, _, proposing = _order(api, world, "2500.00")
    assert proposing[1]["status"] == "rejected"
    assert proposing[1]["error"]["code"] == "price_conflict"
    details = proposing[1]["error"]["details"]
    assert (details["standing_price"], details["holder"]["kind"]) == ("2900.00", "list")
    assert _records(api, "rep1", "price_agreement") == {}  # an order never proposes a price

    _, _, at_list = _order(api, world, "2900.00")
    assert at_list[1]["status"] == "applied"


def test_a_confirmed_orders_prices_cannot_be_altered(api: Api, world: World) -> None:
    order, line, results = _order(api, world, "2900.00")
    line_rev = results[1]["rev"]
    [changed] = api.push(
        "rep1", mutation("order_line", line, {"unit_price": "2000.00"}, base_rev=line_rev)
    )
    assert changed["status"] == "rejected"
    assert changed["error"]["code"] == "invalid"
    assert "frozen" in changed["error"]["message"]
    [quantity] = api.push(
        "rep1", mutation("order_line", line, {"quantity": "30"}, base_rev=line_rev)
    )
    assert quantity["status"] == "rejected"
    order_rev = _rev(api, "order", order)
    [tax] = api.push("rep1", mutation("order", order, {"tax_rate": "0.06"}, base_rev=order_rev))
    assert tax["status"] == "rejected" and "frozen" in tax["error"]["message"]
    assert _records(api, "rep1", "order")[order]["total"] == "9831.00"  # 3 × 2900 × 1.13


def _rev(api: Api, entity: str, record_id: str) -> int:
    records, _ = api.pull_all("admin")
    rev: int = records["changes"][(entity, record_id)]["rev"]
    return rev


def test_order_numbers_are_unique_and_statuses_follow_the_orders_life(
    api: Api, world: World
) -> None:
    order, line, _ = _order(api, world, "2900.00", number="O-R001-20261122-001-KMX")
    _, _, duplicate = _order(api, world, "2900.00", user="rep2", number="O-R001-20261122-001-KMX")
    assert duplicate[0]["status"] == "rejected"
    assert "already used" in duplicate[0]["error"]["message"]

    [closing] = api.push(
        "rep1", mutation("order", order, {"status": "closed"}, base_rev=_rev(api, "order", order))
    )
    assert closing["status"] == "rejected"
    assert "cannot become closed" in closing["error"]["message"]
    [partly] = api.push(
        "rep1",
        mutation(
            "order_line", line, {"delivered_quantity": "1"}, base_rev=_rev(api, "order_line", line)
        ),
        mutation(
            "order", order, {"status": "partly_delivered"}, base_rev=_rev(api, "order", order)
        ),
    )[1:]
    assert partly["status"] == "applied", partly
    [over] = api.push(
        "rep1",
        mutation(
            "order_line", line, {"delivered_quantity": "4"}, base_rev=_rev(api, "order_line", line)
        ),
    )
    assert over["status"] == "rejected"
    [delivered] = api.push(
        "rep1",
        mutation("order", order, {"status": "delivered"}, base_rev=_rev(api, "order", order)),
    )
    assert delivered["status"] == "applied"
    assert _records(api, "rep1", "order")[order]["delivered_on"] is not None
    [deleting] = api.push(
        "rep1", mutation("order", order, op="delete", base_rev=_rev(api, "order", order))
    )
    assert deleting["status"] == "rejected" and "cancel" in deleting["error"]["message"]


def test_a_rep_cannot_see_or_touch_another_territorys_orders(api: Api, world: World) -> None:
    order, line, _ = _order(api, world, "2900.00")
    assert order not in _records(api, "rep3", "order")
    assert line not in _records(api, "rep3", "order_line")
    assert order in _records(api, "rep2", "order")
    [foreign] = api.push(
        "rep3",
        mutation(
            "order",
            new_id(),
            {"account_id": world.south_account, "number": "O-X-1", "order_date": "2026-11-22"},
        ),
    )
    assert foreign["status"] == "rejected"
    assert foreign["error"]["code"] == "forbidden"
