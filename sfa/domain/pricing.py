"""The one place prices are decided: agreed price, discount limits, quote arithmetic.

The laptop (quote editor, offline), the server (the one-price rule) and the quote PDF all
call these functions, so a price can never be computed two ways.

Rounding rule (stated once, tested against hand-computed examples):
    line total = quantity × unit price × (1 − discount % / 100), rounded half-up to the
                 currency's minor unit (fen for CNY);
    subtotal   = sum of the rounded line totals;
    VAT        = subtotal × tax rate, rounded half-up once on the subtotal (as a Chinese
                 VAT invoice computes tax on the invoice amount, not per line);
    total      = subtotal + VAT.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sfa.domain.enums import Role
from sfa.domain.money import round_money

DEFAULT_QUOTE_VALIDITY = timedelta(days=30)

DEFAULT_DISCOUNT_LIMITS: dict[Role, Decimal] = {
    Role.REP: Decimal("10"),
    Role.MANAGER: Decimal("25"),
    Role.ADMIN: Decimal("100"),
}
"""Largest discount below list price (in %) each role may give without approval; an admin
can set others (see :func:`discount_limit`)."""

_HUNDRED = Decimal(100)


class PriceSource(StrEnum):
    LIST = "list"
    AGREEMENT = "agreement"


@dataclass(frozen=True, slots=True)
class AgreedPrice:
    unit_price: Decimal
    source: PriceSource
    agreement_id: str | None = None
    valid_until: date | None = None


def is_active(agreement: Mapping[str, Any], on: date) -> bool:
    """An agreement holds its price from ``valid_from`` to ``valid_until``, both inclusive."""
    if agreement.get("deleted"):
        return False
    start, end = agreement.get("valid_from"), agreement.get("valid_until")
    return (start is None or start <= on) and (end is None or on <= end)


def agreed_price(
    product: Mapping[str, Any], agreements: Iterable[Mapping[str, Any]], on: date
) -> AgreedPrice:
    """The price for (account, product) on a date: the active agreement, else the list price.

    ``agreements`` are that account's agreements for that product. Should two be active (the
    server never lets that happen), the one ending last wins, so the answer is stable.
    """
    active = [a for a in agreements if is_active(a, on)]
    if active:
        chosen = max(active, key=lambda a: (a.get("valid_until") or date.max, str(a["id"])))
        return AgreedPrice(
            Decimal(chosen["unit_price"]),
            PriceSource.AGREEMENT,
            str(chosen["id"]),
            chosen.get("valid_until"),
        )
    return AgreedPrice(Decimal(product["list_price"]), PriceSource.LIST)


def line_total(
    quantity: Decimal, unit_price: Decimal, discount_pct: Decimal, currency: str
) -> Decimal:
    return round_money(quantity * unit_price * (1 - discount_pct / _HUNDRED), currency)


def net_unit_price(unit_price: Decimal, discount_pct: Decimal) -> Decimal:
    """What one unit really costs the client after the line discount (unrounded)."""
    return unit_price * (1 - discount_pct / _HUNDRED)


def net_price(unit_price: Decimal, discount_pct: Decimal, currency: str) -> Decimal:
    """The price a line holds under the one-price rule: the net unit price, rounded to the
    currency's minor unit (the same on the laptop, the server and the PDF)."""
    return round_money(net_unit_price(unit_price, discount_pct), currency)


@dataclass(frozen=True, slots=True)
class QuoteTotals:
    lines: tuple[Decimal, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal


def quote_totals(
    lines: Iterable[Mapping[str, Any]], tax_rate: Decimal, currency: str
) -> QuoteTotals:
    """Totals of a quote's live lines (``quantity``, ``unit_price``, ``discount_pct``)."""
    amounts = tuple(
        line_total(
            Decimal(line["quantity"]),
            Decimal(line["unit_price"]),
            Decimal(line.get("discount_pct") or 0),
            currency,
        )
        for line in lines
        if not line.get("deleted")
    )
    subtotal = round_money(sum(amounts, Decimal(0)), currency)
    tax = round_money(subtotal * tax_rate, currency)
    return QuoteTotals(amounts, subtotal, tax, subtotal + tax)


def discount_limit(role: str, overrides: Mapping[str, Decimal] | None = None) -> Decimal:
    """The role's limit in %, from the admin's settings where given."""
    if overrides and role in overrides:
        return Decimal(overrides[role])
    return DEFAULT_DISCOUNT_LIMITS.get(Role(role), Decimal(0))


def discount_below_list(list_price: Decimal, unit_price: Decimal, discount_pct: Decimal) -> Decimal:
    """How far below list the client pays, in % (0 when at or above list)."""
    if list_price <= 0:
        return Decimal(0)
    below = (1 - net_unit_price(unit_price, discount_pct) / list_price) * _HUNDRED
    return max(below, Decimal(0))


def needs_approval(
    list_price: Decimal, unit_price: Decimal, discount_pct: Decimal, limit_pct: Decimal
) -> bool:
    """A price more than the rep's limit below list needs a manager's approval to be sent."""
    return discount_below_list(list_price, unit_price, discount_pct) > limit_pct


def quote_valid_until(created_on: date, valid_until: date | None) -> date:
    """A quote without a validity date is valid 30 days from its creation (contract)."""
    return valid_until or created_on + DEFAULT_QUOTE_VALIDITY


def quote_number(rep_code: str, day: date, sequence: int, installation: str = "") -> str:
    """``Q-R001-20261122-003-KMX``: readable on the phone with a client, and unique across
    laptops: the rep code is unique per user, the sequence is kept per rep and day on each
    laptop, and ``installation`` (see :func:`installation_code`) tells apart two laptops of
    the same rep. The server refuses a duplicate all the same (never trusting chance)."""
    if sequence < 1:
        raise ValueError("quote sequence numbers start at 1")
    suffix = f"-{installation}" if installation else ""
    return f"Q-{rep_code}-{day:%Y%m%d}-{sequence:03d}{suffix}"


_INSTALLATION_LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ"
"""Letters that cannot be misread for digits or each other (no I, L, O, U) when a number is
read out on the phone."""


def installation_code(client_id: str, length: int = 3) -> str:
    """A short code for one laptop, derived from its installation id (a random UUID, hashed): 22³
    codes, so two laptops of one rep share one about once in ten thousand pairs — and then
    still need the same day and sequence before the server's duplicate check speaks."""
    value = int.from_bytes(hashlib.sha256(client_id.encode()).digest()[:8], "big")
    letters = []
    for _ in range(length):
        value, index = divmod(value, len(_INSTALLATION_LETTERS))
        letters.append(_INSTALLATION_LETTERS[index])
    return "".join(letters)


def quote_sequence(number: str, prefix: str) -> int | None:
    """The sequence of a number made by :func:`quote_number` with ``prefix``
    (``Q-R001-20261122-``), or None for a number of another rep, day or shape."""
    if not number.startswith(prefix):
        return None
    digits = number[len(prefix) :].split("-", 1)[0]
    return int(digits) if digits.isdigit() else None
