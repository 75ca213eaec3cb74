"""Money is a ``Decimal`` with a currency, rounded to the currency's minor unit.

Rounding is half-up (四舍五入), the rule Chinese invoices and most customers expect,
not Python's default banker's rounding.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sfa.domain.errors import ValidationError

DEFAULT_CURRENCY = "CNY"

# ISO 4217 minor units of the currencies a Chinese sales team meets; others default to 2.
_MINOR_UNITS: dict[str, int] = {
    "CNY": 2,
    "USD": 2,
    "EUR": 2,
    "HKD": 2,
    "GBP": 2,
    "SGD": 2,
    "TWD": 2,
    "AUD": 2,
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
}
SUPPORTED_CURRENCIES = frozenset(_MINOR_UNITS)


def minor_unit(currency: str) -> int:
    return _MINOR_UNITS.get(currency, 2)


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's smallest coin, half-up."""
    exponent = Decimal(1).scaleb(-minor_unit(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


def to_wire(amount: Decimal, currency: str) -> str:
    """The contract's decimal string, e.g. ``"2900.00"``."""
    return str(round_money(amount, currency))


def check_currency(raw: object, field: str = "currency") -> str:
    if not isinstance(raw, str) or raw.upper() not in SUPPORTED_CURRENCIES:
        known = ", ".join(sorted(SUPPORTED_CURRENCIES))
        raise ValidationError(field, f"“{raw}” is not a supported currency ({known})")
    return raw.upper()
