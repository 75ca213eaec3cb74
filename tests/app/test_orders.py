"""Orders offline: an accepted quote becomes an order at its prices, direct orders take the
agreed price, deliveries move the status, and numbers never repeat on one laptop."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from sfa.app.orders import (
    create_order,
    create_order_from_quote,
    order_lines,
    record_delivery,
    set_status,
)
from sfa.app.quotes import add_line, create_quote, quote_state
from sfa.domain.enums import OrderStatus, QuoteStatus
from sfa.domain.errors import DomainError, ValidationError
from sfa.store import outbox, writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

TODAY = date(2026, 11, 22)
ME = "rep1-id"


@pytest.fixture
def catalogue(store: LocalStore) -> dict[str, str]:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "product",
            [
                {
                    "id": "printer",
                    "rev": 1,
                    "sku": "PR-L2900",
                    "name": "黑白激光打印机",
                    "list_price": "2900.00",
                    "product_line": "打印设备",
                },
                {
                    "id": "toner",
                    "rev": 2,
                    "sku": "TN-100",
                    "name": "硒鼓",
                    "list_price": "480.00",
                    "product_line": "办公耗材",
                },
            ],
        )
        apply_remote(conn, "account", [{"id": "acme", "rev": 3, "name": "广州贸易有限公司"}])
        apply_remote(
            conn,
            "price_agreement",
            [
                {
                    "id": "ag1",
                    "rev": 4,
                    "account_id": "acme",
                    "product_id": "printer",
                    "unit_price": "2833.33",
                    "valid_until": date(2026, 12, 31),
                },
            ],
        )
    return {"account": "acme", "printer": "printer", "toner": "toner"}


def _accepted_quote(store: LocalStore) -> str:
    with store.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(
            conn, quote, "printer", Decimal("7"), actor=ME, on=TODAY, discount_pct=Decimal("3.5")
        )
        add_line(conn, quote, "toner", Decimal("13"), actor=ME, on=TODAY)
        writes.update(conn, "quote", quote, {"status": QuoteStatus.ACCEPTED.value}, actor=ME)
    return quote


def test_an_accepted_quote_becomes_an_order_with_the_same_prices_and_totals(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    quote = _accepted_quote(store)
    with store.transaction() as conn:
        state = quote_state(conn, quote, role="rep", on=TODAY)
        order_id = create_order_from_quote(conn, quote, actor=ME, rep_code="R001", today=TODAY)
        order = writes.load(conn, "order", order_id)
        lines = order_lines(conn, order_id)
        queued = [(e.entity, e.op) for e in outbox.pending(conn)]
    assert order is not None
    # 7 × 2833.33 × 0.965 = 19139.14415 → 19139.14; 13 × 480 = 6240.00
    assert [line["line_total"] for line in lines] == [Decimal("19139.14"), Decimal("6240.00")]
    assert (order["subtotal"], order["tax"], order["total"]) == (
        state.subtotal,
        state.tax,
        state.total,
    )
    assert order["total"] == Decimal("28678.43")  # 25379.14 + 3299.29 (VAT 13 %, half-up)
    assert [line["unit_price"] for line in lines] == [Decimal("2833.33"), Decimal("480.00")]
    assert lines[0]["discount_pct"] == Decimal("3.5")
    assert order["quote_id"] == quote and order["status"] == OrderStatus.CONFIRMED.value
    assert re.fullmatch(r"O-R001-20261122-001-[A-Z]{3}", order["number"])
    assert ("order", "upsert") in queued and queued.count(("order_line", "upsert")) == 2

    with store.transaction() as conn, pytest.raises(DomainError, match="already became order"):
        create_order_from_quote(conn, quote, actor=ME, rep_code="R001", today=TODAY)


def test_only_an_accepted_quote_becomes_an_order(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    with store.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(conn, quote, "printer", Decimal("1"), actor=ME, on=TODAY)
        with pytest.raises(DomainError, match="accepted"):
            create_order_from_quote(conn, quote, actor=ME, rep_code="R001", today=TODAY)


def test_a_direct_order_takes_the_agreed_price_and_numbers_follow_on(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    with store.transaction() as conn:
        first = create_order(
            conn,
            "acme",
            [("printer", Decimal("2")), ("toner", Decimal("1"))],
            actor=ME,
            rep_code="R001",
            today=TODAY,
        )
        second = create_order(
            conn, "acme", [("toner", Decimal("5"))], actor=ME, rep_code="R001", today=TODAY
        )
        lines = order_lines(conn, first)
        numbers = [writes.load(conn, "order", o)["number"] for o in (first, second)]  # type: ignore[index]
    assert [(line["unit_price"], line["price_agreement_id"]) for line in lines] == [
        (Decimal("2833.33"), "ag1"),
        (Decimal("480.00"), None),
    ]
    assert [n.split("-")[3] for n in numbers] == ["001", "002"]
    assert numbers[0].rsplit("-", 1)[1] == numbers[1].rsplit("-", 1)[1]


def test_deliveries_move_the_order_through_its_life(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    with store.transaction() as conn:
        order_id = create_order(
            conn, "acme", [("toner", Decimal("10"))], actor=ME, rep_code="R001", today=TODAY
        )
        [line] = order_lines(conn, order_id)
        with pytest.raises(ValidationError, match="cannot become closed"):
            set_status(conn, order_id, OrderStatus.CLOSED, actor=ME, on=TODAY)
        partly = record_delivery(conn, order_id, {line["id"]: Decimal("4")}, actor=ME, on=TODAY)
        with pytest.raises(ValidationError, match="not 11"):
            record_delivery(conn, order_id, {line["id"]: Decimal("11")}, actor=ME, on=TODAY)
        done = record_delivery(
            conn, order_id, {line["id"]: Decimal("10")}, actor=ME, on=date(2026, 11, 30)
        )
        set_status(conn, order_id, OrderStatus.CLOSED, actor=ME, on=date(2026, 12, 1))
        order = writes.load(conn, "order", order_id)
    assert (partly, done) == (OrderStatus.PARTLY_DELIVERED, OrderStatus.DELIVERED)
    assert order is not None
    assert (order["status"], order["delivered_on"], order["closed_on"]) == (
        "closed",
        date(2026, 11, 30),
        date(2026, 12, 1),
    )
