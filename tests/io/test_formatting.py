"""Figures on a client's document read the way a Chinese buyer (or an English one) expects."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sfa.io import formatting as fmt


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("1234567.5", "CNY", "¥1,234,567.50"),
        ("0", "CNY", "¥0.00"),
        ("2.675", "CNY", "¥2.68"),  # half-up like the domain, not Babel's half-even
        ("-12.5", "CNY", "-¥12.50"),
        ("1999.99", "USD", "US$1,999.99"),
        ("1500", "JPY", "JP¥1,500"),
        ("10", "EUR", "€10.00"),
    ],
)
def test_money(amount: str, currency: str, expected: str) -> None:
    assert fmt.money(Decimal(amount), currency) == expected


def test_a_unit_price_keeps_sub_fen_precision_but_never_drops_below_fen() -> None:
    assert fmt.unit_price(Decimal("0.125"), "CNY") == "¥0.125"
    assert fmt.unit_price(Decimal("2900"), "CNY") == "¥2,900.00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("10.000", "10"), ("1200", "1,200"), ("2.50", "2.5"), ("0.125", "0.125"), ("100", "100")],
)
def test_quantities_drop_trailing_zeros(value: str, expected: str) -> None:
    assert fmt.plain_number(Decimal(value), "en") == expected


def test_discounts_and_tax_rates() -> None:
    assert fmt.discount(Decimal("5.00"), "zh_CN") == "5%"
    assert fmt.discount(Decimal("12.5"), "en") == "12.5%"
    assert fmt.discount(Decimal("0"), "en") == "—"
    assert fmt.tax_rate(Decimal("0.13"), "zh_CN") == "13%"
    assert fmt.tax_rate(Decimal("0.065"), "en") == "6.5%"


def test_dates_and_currency_names() -> None:
    assert fmt.long_date(date(2024, 6, 30), "zh_CN") == "2024年6月30日"
    assert fmt.long_date(date(2024, 6, 30), "en") == "June 30, 2024"
    assert fmt.currency_name("CNY", "zh_CN") == "CNY（人民币）"
    assert fmt.currency_name("CNY", "en") == "CNY (Chinese Yuan)"
