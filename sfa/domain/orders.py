"""Orders: their numbers, their life, and why their prices never move.

An order is the client's firm word. It is made from an accepted quote in one step (lines,
prices and totals copied) or entered directly, and in both cases **every line is at the
client's agreed price** (the one-price rule, ``sfa.server.one_price``): an order line cannot
propose a new price the way a quote line can. A price exception goes through a quote and a
manager's approval; only then can an order carry it. This keeps an order — which the client
will be invoiced for — from ever being the first place a new price appears.

Once a line exists its product, quantity and price are frozen; the order's totals are
computed from its lines by :func:`sfa.domain.pricing.quote_totals` (the same rounding as a
quote, so a quote and the order made from it agree to the fen). Lines can be added or
removed only while the order is confirmed and not yet invoiced.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sfa.domain.enums import OrderStatus
from sfa.domain.errors import ValidationError
from sfa.domain.pricing import QuoteTotals, quote_totals

ORDER_PREFIX = "O"
INVOICE_PREFIX = "I"

ORDER_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.CONFIRMED: frozenset(
        {OrderStatus.PARTLY_DELIVERED, OrderStatus.DELIVERED, OrderStatus.CANCELLED}
    ),
    OrderStatus.PARTLY_DELIVERED: frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED}),
    OrderStatus.DELIVERED: frozenset({OrderStatus.CLOSED}),
    OrderStatus.CLOSED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}
"""Where an order may go from each status. Delivered goods are not cancelled (a return is
another business process); closed and cancelled are final."""

FROZEN_ORDER_FIELDS = frozenset({"currency", "tax_rate", "quote_id", "order_date", "number"})
FROZEN_LINE_FIELDS = frozenset(
    {"order_id", "product_id", "quote_line_id", "quantity", "unit_price", "discount_pct"}
)


def document_number(prefix: str, rep_code: str, day: date, sequence: int, installation: str) -> str:
    """``O-R001-20261122-003-KMX``: the quote number's scheme (see
    :func:`sfa.domain.pricing.quote_number`) with the document's own prefix, so an order,
    its invoice and its quote are told apart when read out on the phone."""
    if sequence < 1:
        raise ValueError("sequence numbers start at 1")
    suffix = f"-{installation}" if installation else ""
    return f"{prefix}-{rep_code}-{day:%Y%m%d}-{sequence:03d}{suffix}"


def check_transition(before: str, after: str) -> None:
    """Refuse a status change the order's life does not allow, saying what is allowed."""
    if before == after:
        return
    allowed = ORDER_TRANSITIONS[OrderStatus(before)]
    if OrderStatus(after) not in allowed:
        names = ", ".join(sorted(status.value for status in allowed)) or "nothing (final)"
        raise ValidationError(
            "status", f"an order that is {before} cannot become {after}; it can become {names}"
        )


def check_frozen(
    frozen: frozenset[str], before: Mapping[str, Any], changes: Mapping[str, Any], what: str
) -> None:
    """Refuse a change to a field fixed when the record was made."""
    for name in sorted(frozen & changes.keys()):
        if changes[name] != before.get(name):
            raise ValidationError(
                name,
                f"{what} prices and quantities are frozen once the order is confirmed;"
                " cancel the order and enter a new one to change them",
            )


def order_totals(
    lines: Iterable[Mapping[str, Any]], tax_rate: Decimal, currency: str
) -> QuoteTotals:
    """The order's totals from its live lines, rounded exactly as a quote's."""
    return quote_totals(lines, tax_rate, currency)


def delivery_status(lines: Iterable[Mapping[str, Any]]) -> OrderStatus:
    """What the delivered quantities say: nothing, part, or everything delivered."""
    live = [line for line in lines if not line.get("deleted")]
    delivered = [Decimal(line.get("delivered_quantity") or 0) for line in live]
    if live and all(
        d >= Decimal(line["quantity"]) for d, line in zip(delivered, live, strict=True)
    ):
        return OrderStatus.DELIVERED
    if any(d > 0 for d in delivered):
        return OrderStatus.PARTLY_DELIVERED
    return OrderStatus.CONFIRMED
