"""Prices and totals against figures computed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sfa.domain.pricing import (
    PriceSource,
    agreed_price,
    discount_below_list,
    discount_limit,
    line_total,
    needs_approval,
    quote_number,
    quote_totals,
    quote_valid_until,
)

PRINTER = {"id": "p1", "list_price": "2900.00"}
TODAY = date(2026, 11, 22)


def _agreement(
    price: str, start: date | None, end: date | None, **extra: object
) -> dict[str, object]:
    return {
        "id": f"a-{price}",
        "unit_price": price,
        "valid_from": start,
        "valid_until": end,
        **extra,
    }


def test_the_agreed_price_is_the_active_agreement() -> None:
    price = agreed_price(
        PRINTER, [_agreement("2700.00", date(2026, 1, 1), date(2026, 12, 31))], TODAY
    )
    assert (price.unit_price, price.source, price.agreement_id) == (
        Decimal("2700.00"),
        PriceSource.AGREEMENT,
        "a-2700.00",
    )


@pytest.mark.parametrize(
    "agreement",
    [
        _agreement("2700.00", date(2026, 1, 1), date(2026, 11, 21)),  # expired yesterday
        _agreement("2700.00", date(2026, 11, 23), None),  # starts tomorrow
        _agreement("2700.00", None, None, deleted=True),
    ],
)
def test_without_an_active_agreement_the_list_price_holds(agreement: dict[str, object]) -> None:
    price = agreed_price(PRINTER, [agreement], TODAY)
    assert (price.unit_price, price.source) == (Decimal("2900.00"), PriceSource.LIST)


def test_an_agreement_is_valid_on_its_last_day() -> None:
    assert agreed_price(PRINTER, [_agreement("2700.00", None, TODAY)], TODAY).unit_price == Decimal(
        "2700.00"
    )


@pytest.mark.parametrize(
    ("quantity", "price", "discount", "expected"),
    [
        ("3", "2900.00", "0", "8700.00"),
        ("3", "19.99", "0", "59.97"),
        ("7", "12.35", "3.5", "83.42"),  # 86.45 × 0.965 = 83.42425 → 83.42
        ("1", "0.05", "10", "0.05"),  # 0.045 → 0.05 (half-up, not banker's 0.04)
        ("2.5", "33.33", "0", "83.33"),  # 83.325 → 83.33
    ],
)
def test_line_totals_round_half_up_to_the_fen(
    quantity: str, price: str, discount: str, expected: str
) -> None:
    assert line_total(Decimal(quantity), Decimal(price), Decimal(discount), "CNY") == Decimal(
        expected
    )


def test_quote_totals_round_lines_then_tax_on_the_subtotal() -> None:
    lines = [
        {"quantity": "7", "unit_price": "12.35", "discount_pct": "3.5"},  # 83.42
        {"quantity": "2.5", "unit_price": "33.33", "discount_pct": "0"},  # 83.33
        {"quantity": "1", "unit_price": "999.00", "discount_pct": "0", "deleted": True},
    ]
    totals = quote_totals(lines, Decimal("0.13"), "CNY")
    assert totals.lines == (Decimal("83.42"), Decimal("83.33"))
    assert totals.subtotal == Decimal("166.75")
    assert totals.tax == Decimal("21.68")  # 166.75 × 0.13 = 21.6775 → 21.68
    assert totals.total == Decimal("188.43")


def test_yen_has_no_minor_unit() -> None:
    assert quote_totals(
        [{"quantity": "3", "unit_price": "333.50"}], Decimal("0.10"), "JPY"
    ).total == Decimal("1101")


def test_discount_limits_and_approval() -> None:
    assert discount_limit("rep") == Decimal("10")
    assert discount_limit("rep", {"rep": Decimal("5")}) == Decimal("5")
    assert discount_below_list(Decimal("2900.00"), Decimal("2610.00"), Decimal("0")) == Decimal(
        "10"
    )
    assert not needs_approval(Decimal("2900.00"), Decimal("2610.00"), Decimal("0"), Decimal("10"))
    assert needs_approval(Decimal("2900.00"), Decimal("2609.99"), Decimal("0"), Decimal("10"))
    assert needs_approval(Decimal("2900.00"), Decimal("2900.00"), Decimal("12"), Decimal("10"))
    assert discount_below_list(Decimal("2900.00"), Decimal("3000.00"), Decimal("0")) == 0


def test_validity_and_numbers() -> None:
    assert quote_valid_until(date(2026, 11, 22), None) == date(2026, 12, 22)
    assert quote_valid_until(date(2026, 11, 22), date(2026, 12, 1)) == date(2026, 12, 1)
    assert quote_number("R001", date(2026, 11, 22), 3) == "Q-R001-20261122-003"
