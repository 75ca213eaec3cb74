"""How numbers and dates read on a document handed to a client.

Amounts keep the currency symbol of the seller's home market (Babel's ``zh_CN`` symbols:
¥ for CNY, US$ for USD, JP¥ for JPY) in every label language, so the English and the Chinese
rendering of one quote show identical figures and ¥ never means two currencies. Nothing
here computes a price: an amount is only rounded for display, half-up like the domain, and a
domain-rounded amount comes out unchanged.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, get_currency_name

from sfa.domain.money import round_money

MONEY_LOCALE = "zh_CN"


def money(amount: Decimal, currency: str) -> str:
    """A total: grouped thousands, the currency's minor unit, its symbol (``¥1,234.50``)."""
    return format_currency(round_money(amount, currency), currency, locale=MONEY_LOCALE)


def unit_price(amount: Decimal, currency: str) -> str:
    """A unit price: like :func:`money`, but never hides sub-fen precision (``¥0.125``).

    A price list may price screws at ¥0.125; rounding that on the PDF would show the client a
    price that does not multiply out to the line total.
    """
    return format_currency(amount, currency, locale=MONEY_LOCALE, decimal_quantization=False)


def plain_number(value: Decimal, locale: str) -> str:
    """A quantity or percentage without trailing zeros: ``10``, ``2.5``, ``1,200``."""
    exact = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return format_decimal(exact, locale=locale, decimal_quantization=False)


def discount(pct: Decimal, locale: str) -> str:
    """A line discount given in percent; no discount prints a dash so real ones stand out."""
    return "—" if pct == 0 else f"{plain_number(pct, locale)}%"


def tax_rate(rate: Decimal, locale: str) -> str:
    """A VAT rate stored as a fraction (0.13) printed as a percentage (``13%``)."""
    return f"{plain_number(rate * 100, locale)}%"


def long_date(day: date, locale: str) -> str:
    """``2024年6月30日`` / ``June 30, 2024``: no day/month order left to guess."""
    return format_date(day, format="long", locale=locale)


def currency_name(currency: str, locale: str) -> str:
    """``CNY（人民币）`` / ``CNY (Chinese Yuan)``: the code plus its name, for the header."""
    name = get_currency_name(currency, locale=locale)
    return f"{currency}（{name}）" if locale.startswith("zh") else f"{currency} ({name})"
