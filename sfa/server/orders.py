"""Rules on orders and their lines, on the server (the last word whatever a laptop thought).

* An order line is at the client's agreed price (:mod:`sfa.domain.orders` says why it may not
  propose a new one): the standing price of another live quote or agreement if there is one,
  else the price its source quote carried (the quote was accepted under the one-price rule),
  else the list price. Any other price is refused with ``price_conflict`` in the quote line's
  details shape; with no holder at all, ``holder.kind`` is ``list``.
* Product, quantity and price of a line never change once it exists, nor an order's currency,
  tax rate, number or source quote; lines are added or removed only while the order is
  confirmed and not invoiced. The order's totals are the server's own sum of its lines.
* Order numbers are unique; a quote becomes at most one order; an order is never deleted
  (it is cancelled), and one with payments against it is not cancelled either.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.enums import OrderStatus, QuoteStatus
from sfa.domain.errors import ValidationError
from sfa.domain.orders import (
    FROZEN_LINE_FIELDS,
    FROZEN_ORDER_FIELDS,
    check_frozen,
    check_transition,
    order_totals,
)
from sfa.domain.pricing import line_total
from sfa.server import one_price
from sfa.server.errors import Rejected
from sfa.server.records import Actor, fields_of, write_change
from sfa.server.tables import (
    Invoice,
    Order,
    OrderLine,
    Payment,
    Product,
    Quote,
    QuoteLine,
)


def _invalid(field: str, message: str) -> Rejected:
    return Rejected("invalid", f"{field}: {message}", {"field": field})


def check_new_order(session: Session, order_id: str, values: Mapping[str, Any]) -> None:
    if values.get("status", OrderStatus.CONFIRMED.value) != OrderStatus.CONFIRMED.value:
        raise _invalid("status", "a new order starts confirmed")
    check_number(session, order_id, values)
    quote_id = values.get("quote_id")
    if quote_id is None:
        return
    quote = session.get(Quote, quote_id)
    if quote is None or quote.status != QuoteStatus.ACCEPTED.value:
        raise _invalid("quote_id", "only an accepted quote becomes an order")
    if quote.account_id != values.get("account_id"):
        raise _invalid("quote_id", "the quote is for another client")
    other = session.scalars(
        select(Order.number).where(
            Order.quote_id == quote_id, Order.id != order_id, Order.deleted.is_(False)
        )
    ).first()
    if other is not None:
        raise _invalid("quote_id", f"this quote already became order {other}")


def check_number(session: Session, order_id: str, values: Mapping[str, Any]) -> None:
    number = values.get("number")
    taken = session.scalars(
        select(Order.id).where(Order.number == number, Order.id != order_id)
    ).first()
    if taken is not None:
        raise Rejected(
            "invalid",
            f"number: order number {number} is already used by another order;"
            " give this order a new number",
            {"field": "number", "order_id": taken},
        )


def check_order_change(
    session: Session, order: Order, before: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """Frozen fields, the status's allowed moves, and the dates a move implies."""
    try:
        check_frozen(FROZEN_ORDER_FIELDS, before, changes, "an order's")
        check_transition(before["status"], changes.get("status", before["status"]))
    except ValidationError as exc:
        raise Rejected("invalid", exc.message, {"field": exc.field}) from exc
    status = changes.get("status")
    if status == OrderStatus.CANCELLED.value and _has_payments(session, order.id):
        raise _invalid("status", "payments were recorded against this order's invoices")
    if status == OrderStatus.DELIVERED.value and not (
        changes.get("delivered_on") or before.get("delivered_on")
    ):
        changes["delivered_on"] = date.today()
    if status == OrderStatus.CLOSED.value and not (
        changes.get("closed_on") or before.get("closed_on")
    ):
        changes["closed_on"] = date.today()


def _has_payments(session: Session, order_id: str) -> bool:
    query = (
        select(Payment.id)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(Invoice.order_id == order_id, Payment.deleted.is_(False))
    )
    return session.scalars(query).first() is not None


def is_open_for_lines(session: Session, order: Order) -> bool:
    invoiced = session.scalars(
        select(Invoice.id).where(Invoice.order_id == order.id, Invoice.deleted.is_(False))
    ).first()
    return order.status == OrderStatus.CONFIRMED.value and invoiced is None and not order.deleted


def check_new_line(session: Session, line: dict[str, Any]) -> None:
    """A new line: its order still open, its price the agreed one; sets the server-derived
    ``line_total`` and ``price_agreement_id`` into ``line``."""
    order = session.get(Order, line["order_id"])
    if order is None:
        raise _invalid("order_id", "there is no such order")
    if not is_open_for_lines(session, order):
        raise _invalid(
            "order_id",
            f"order {order.number} is {order.status} or invoiced: its lines are frozen",
        )
    line["price_agreement_id"] = enforce_agreed_price(session, order, line, date.today())
    line["line_total"] = line_total(
        line["quantity"], line["unit_price"], line.get("discount_pct") or Decimal(0), order.currency
    )


def check_line_change(
    session: Session, row: OrderLine, before: Mapping[str, Any], changes: Mapping[str, Any]
) -> None:
    try:
        check_frozen(FROZEN_LINE_FIELDS, before, changes, "an order line's")
    except ValidationError as exc:
        raise Rejected("invalid", exc.message, {"field": exc.field}) from exc
    delivered = changes.get("delivered_quantity", before.get("delivered_quantity"))
    if delivered is not None and delivered > before["quantity"]:
        raise _invalid("delivered_quantity", "cannot deliver more than the quantity ordered")


def check_line_delete(session: Session, row: OrderLine) -> None:
    order = session.get(Order, row.order_id)
    if order is not None and not is_open_for_lines(session, order):
        raise _invalid("order_id", f"order {order.number} is {order.status} or invoiced")


def enforce_agreed_price(
    session: Session, order: Order, line: Mapping[str, Any], today: date
) -> str | None:
    """Refuse a line at another price than the agreed one; the agreement it uses, if any."""
    account_id, product_id = order.account_id, line["product_id"]
    assert account_id is not None
    one_price.lock_pair(session, account_id, product_id)
    price = one_price.line_price(line, order.currency)
    quote = session.get(Quote, order.quote_id) if order.quote_id else None
    chain = one_price.quote_chain(session, quote) if quote is not None else set()
    holders = one_price.standing_holders(session, account_id, product_id, today, chain=chain)
    standing = one_price.standing_of(holders)
    if standing is not None:
        if standing.price != price:
            raise one_price.price_conflict(product_id, standing)
        return standing.id if standing.kind == "agreement" else None
    allowed = _source_quote_prices(session, quote, product_id)
    product = session.get(Product, product_id)
    if product is not None:
        allowed.setdefault(product.list_price, None)
    if price not in allowed:
        agreed = next(iter(allowed), Decimal(0))
        holder = allowed.get(agreed) or one_price.Holder("list", product_id, None, agreed, None)
        raise one_price.price_conflict(product_id, holder)
    owned = one_price.owned_agreement(session, chain, account_id, product_id)
    return owned.id if owned is not None else None


def _source_quote_prices(
    session: Session, quote: Quote | None, product_id: str
) -> dict[Decimal, one_price.Holder | None]:
    """The prices the accepted source quote carried for the product (the client's word)."""
    if quote is None:
        return {}
    lines = session.scalars(
        select(QuoteLine).where(
            QuoteLine.quote_id == quote.id,
            QuoteLine.product_id == product_id,
            QuoteLine.deleted.is_(False),
        )
    )
    prices: dict[Decimal, one_price.Holder | None] = {}
    for line in lines:
        price = one_price.line_price(
            {"unit_price": line.unit_price, "discount_pct": line.discount_pct}, quote.currency
        )
        prices[price] = one_price.Holder(
            "quote", quote.id, quote.owner_id, price, quote.valid_until
        )
    return prices


def refresh_totals(session: Session, actor: Actor, order_id: str | None) -> None:
    """Recompute an order's totals from its live lines after a line changed."""
    order = session.get(Order, order_id) if order_id else None
    if order is None:
        return
    lines = session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id, OrderLine.deleted.is_(False))
    )
    totals = order_totals(
        [fields_of("order_line", line) for line in lines], order.tax_rate, order.currency
    )
    changes = {
        name: value
        for name, value in (
            ("subtotal", totals.subtotal),
            ("tax", totals.tax),
            ("total", totals.total),
        )
        if getattr(order, name) != value
    }
    if changes:
        write_change(session, actor, "order", order, changes, action="update")
