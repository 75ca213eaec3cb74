"""Use cases of orders, offline: make one from an accepted quote or enter one, deliver, close.

Every order line is at the agreed price the laptop holds (``sfa.domain.orders`` says why an
order cannot propose a price); the server checks again on sync and refuses a line whose price
moved meanwhile with ``price_conflict``, shown like a refused quote line. An order made from
a quote copies the quote's lines, prices and totals as they are: the two agree to the fen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Numeric, Select, Table, func, or_, select
from sqlalchemy import cast as cast_

from sfa.app.quotes import price_for
from sfa.domain.enums import OrderStatus, QuoteStatus
from sfa.domain.errors import DomainError, ValidationError
from sfa.domain.orders import (
    ORDER_PREFIX,
    check_transition,
    delivery_status,
    document_number,
    order_totals,
)
from sfa.domain.pricing import installation_code, line_total, quote_sequence
from sfa.domain.receivables import DEFAULT_PAYMENT_TERMS_DAYS
from sfa.io.order_pdf import order_terms
from sfa.io.quote_view import QuoteDocument, QuoteDocumentLine, Seller
from sfa.store import sync_state, writes
from sfa.store.lists import ListFilter, ListOrder
from sfa.store.tables import Account, Invoice, Order, OrderLine, Payment, Product, QuoteLine

_accounts = cast(Table, Account.__table__)
_orders = cast(Table, Order.__table__)
_lines = cast(Table, OrderLine.__table__)
_quote_lines = cast(Table, QuoteLine.__table__)
_products = cast(Table, Product.__table__)
_invoices = cast(Table, Invoice.__table__)
_payments = cast(Table, Payment.__table__)


def next_number(conn: Connection, prefix: str, table: Table, rep_code: str, day: date) -> str:
    """The rep's next ``prefix`` number for the day on this laptop, in the quote numbers'
    scheme (rep code, date, sequence, this laptop's code): never repeated across laptops, and
    stepping over every number of this laptop already stored."""
    installation = installation_code(sync_state.client_id(conn))
    key = f"{table.name}_seq:{rep_code}:{day:%Y%m%d}"
    stem = document_number(prefix, rep_code, day, 1, "").removesuffix("001")
    stored = conn.execute(
        select(table.c.number).where(table.c.number.startswith(stem, autoescape=True))
    ).scalars()
    used = [quote_sequence(n, stem) or 0 for n in stored if n.endswith(f"-{installation}")]
    sequence = max([int(sync_state.get(conn, key) or 0), *used]) + 1
    sync_state.put(conn, key, str(sequence))
    return document_number(prefix, rep_code, day, sequence, installation)


def order_for_quote(conn: Connection, quote_id: str) -> str | None:
    """The live order already made from this quote on this laptop, if any."""
    return conn.execute(
        select(_orders.c.id).where(_orders.c.quote_id == quote_id, _orders.c.deleted.is_(False))
    ).scalar()


def create_order_from_quote(
    conn: Connection, quote_id: str, *, actor: str | None, rep_code: str, today: date
) -> str:
    """One step from an accepted quote to a confirmed order with the same lines and prices."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None or quote["deleted"]:
        raise DomainError("No such quote on this laptop")
    if quote["status"] != QuoteStatus.ACCEPTED.value:
        raise DomainError("Only a quote the client accepted becomes an order")
    existing = order_for_quote(conn, quote_id)
    if existing is not None:
        number = (writes.load(conn, "order", existing) or {}).get("number")
        raise DomainError(f"This quote already became order {number}")
    lines = conn.execute(
        select(_quote_lines)
        .where(_quote_lines.c.quote_id == quote_id, _quote_lines.c.deleted.is_(False))
        .order_by(_quote_lines.c.position, _quote_lines.c.id)
    ).mappings()
    copied = [
        {
            "product_id": line["product_id"],
            "quote_line_id": line["id"],
            "description": line["description"],
            "quantity": line["quantity"],
            "unit_price": line["unit_price"],
            "discount_pct": line["discount_pct"],
        }
        for line in lines
    ]
    if not copied:
        raise DomainError("This quote has no lines to order")
    order_id = _write_order(
        conn,
        {
            "account_id": quote["account_id"],
            "contact_id": quote["contact_id"],
            "owner_id": quote["owner_id"] or actor,
            "quote_id": quote_id,
            "currency": quote["currency"],
            "tax_rate": quote["tax_rate"],
        },
        copied,
        actor=actor,
        rep_code=rep_code,
        today=today,
    )
    return order_id


def create_order(
    conn: Connection,
    account_id: str,
    lines: Iterable[tuple[str, Decimal]],
    *,
    actor: str | None,
    rep_code: str,
    today: date,
    fields: Mapping[str, Any] | None = None,
) -> str:
    """An order entered directly: ``(product id, quantity)`` pairs, each at the agreed price."""
    priced = []
    for product_id, quantity in lines:
        agreed = price_for(conn, account_id, product_id, today)
        priced.append(
            {
                "product_id": product_id,
                "quantity": quantity,
                "unit_price": agreed.unit_price,
                "price_agreement_id": agreed.agreement_id,
            }
        )
    if not priced:
        raise DomainError("An order needs at least one line")
    values = {"account_id": account_id, "owner_id": actor, **(fields or {})}
    return _write_order(conn, values, priced, actor=actor, rep_code=rep_code, today=today)


def preview_order(
    conn: Connection, account_id: str, lines: Iterable[tuple[str, Decimal]], on: date
) -> tuple[list[dict[str, Any]], Decimal]:
    """What :func:`create_order` would write: each line at the agreed price with its amount,
    and the total with VAT (the new-order dialog shows it before the rep saves)."""
    rows = []
    for product_id, quantity in lines:
        agreed = price_for(conn, account_id, product_id, on)
        product = writes.load(conn, "product", product_id) or {}
        rows.append(
            {
                "product_id": product_id,
                "sku": product.get("sku") or "",
                "product_name": product.get("name") or "",
                "quantity": quantity,
                "unit_price": agreed.unit_price,
                "line_total": line_total(quantity, agreed.unit_price, Decimal(0), "CNY"),
                "currency": "CNY",
            }
        )
    return rows, order_totals(rows, Decimal("0.13"), "CNY").total


def _write_order(
    conn: Connection,
    values: Mapping[str, Any],
    lines: list[dict[str, Any]],
    *,
    actor: str | None,
    rep_code: str,
    today: date,
) -> str:
    currency = values.get("currency") or "CNY"
    tax_rate = values.get("tax_rate", Decimal("0.13"))
    for position, line in enumerate(lines, start=1):
        line["position"] = position
        line["line_total"] = line_total(
            Decimal(line["quantity"]),
            Decimal(line["unit_price"]),
            Decimal(line.get("discount_pct") or 0),
            currency,
        )
    totals = order_totals(lines, Decimal(tax_rate), currency)
    order_id = writes.create(
        conn,
        "order",
        {
            "number": next_number(conn, ORDER_PREFIX, _orders, rep_code, today),
            "status": OrderStatus.CONFIRMED.value,
            "order_date": today,
            "currency": currency,
            "tax_rate": tax_rate,
            **values,
            "subtotal": totals.subtotal,
            "tax": totals.tax,
            "total": totals.total,
        },
        actor=actor,
    )
    for line in lines:
        writes.create(conn, "order_line", {"order_id": order_id, **line}, actor=actor)
    return order_id


def order_lines(conn: Connection, order_id: str) -> list[dict[str, Any]]:
    """The order's live lines in order, each with its product's ``sku``, ``product_name``
    and ``unit``."""
    query = (
        select(
            _lines,
            _products.c.sku,
            _products.c.name.label("product_name"),
            _products.c.unit,
        )
        .select_from(_lines.outerjoin(_products, _products.c.id == _lines.c.product_id))
        .where(_lines.c.order_id == order_id, _lines.c.deleted.is_(False))
        .order_by(_lines.c.position, _lines.c.id)
    )
    return [dict(row) for row in conn.execute(query).mappings()]


def _live_order(conn: Connection, order_id: str) -> dict[str, Any]:
    order = writes.load(conn, "order", order_id)
    if order is None or order["deleted"]:
        raise DomainError("No such order on this laptop")
    return order


def record_delivery(
    conn: Connection,
    order_id: str,
    delivered: Mapping[str, Decimal],
    *,
    actor: str | None,
    on: date,
) -> OrderStatus:
    """Record quantities delivered so far (by line id); the order becomes partly delivered
    or delivered accordingly, with the delivery date."""
    order = _live_order(conn, order_id)
    if order["status"] not in (OrderStatus.CONFIRMED.value, OrderStatus.PARTLY_DELIVERED.value):
        raise DomainError(f"Order {order['number']} is {order['status']}: nothing to deliver")
    lines = order_lines(conn, order_id)
    for line in lines:
        wanted = delivered.get(line["id"])
        if wanted is not None and not Decimal(0) <= wanted <= line["quantity"]:
            raise ValidationError(
                "delivered_quantity",
                f"between 0 and the {line['quantity']} ordered, not {wanted}",
            )
    for line in lines:
        if line["id"] in delivered and delivered[line["id"]] != line["delivered_quantity"]:
            writes.update(
                conn,
                "order_line",
                line["id"],
                {"delivered_quantity": delivered[line["id"]], "delivered_on": on},
                actor=actor,
            )
    status = delivery_status(order_lines(conn, order_id))
    if status.value != order["status"]:
        check_transition(order["status"], status.value)
        changes: dict[str, Any] = {"status": status.value}
        if status is OrderStatus.DELIVERED:
            changes["delivered_on"] = on
        writes.update(conn, "order", order_id, changes, actor=actor)
    return status


def set_status(
    conn: Connection, order_id: str, status: OrderStatus, *, actor: str | None, on: date
) -> None:
    """Close a delivered order or cancel an undelivered one (the rules say which may)."""
    order = _live_order(conn, order_id)
    check_transition(order["status"], status.value)
    if status is OrderStatus.CANCELLED and _paid_on(conn, order_id) > 0:
        raise DomainError("Payments were recorded against this order: it cannot be cancelled")
    changes: dict[str, Any] = {"status": status.value}
    if status is OrderStatus.CLOSED:
        changes["closed_on"] = on
    writes.update(conn, "order", order_id, changes, actor=actor)


def _paid_on(conn: Connection, order_id: str) -> Decimal:
    query = (
        select(_payments.c.amount)
        .select_from(_payments.join(_invoices, _invoices.c.id == _payments.c.invoice_id))
        .where(_invoices.c.order_id == order_id, _payments.c.deleted.is_(False))
    )
    return sum((Decimal(a) for a in conn.execute(query).scalars()), Decimal(0))


def order_document(
    conn: Connection, order_id: str, *, seller: Seller, language: str
) -> QuoteDocument:
    """The figures the order confirmation prints: the order's frozen lines and totals."""
    order = _live_order(conn, order_id)
    account = writes.load(conn, "account", order["account_id"]) or {}
    contact = writes.load(conn, "contact", order["contact_id"]) if order["contact_id"] else None
    quote = writes.load(conn, "quote", order["quote_id"]) if order["quote_id"] else None
    lines = []
    for line in order_lines(conn, order_id):
        lines.append(
            QuoteDocumentLine(
                sku=line["sku"] or "",
                name=line["description"] or line["product_name"] or "",
                unit=line["unit"] or "",
                quantity=line["quantity"],
                unit_price=line["unit_price"],
                discount_pct=line["discount_pct"],
                line_total=line["line_total"],
            )
        )
    place = [account.get(k) for k in ("province", "city", "district", "address")]
    terms = order_terms(
        language,
        account.get("payment_terms_days") or DEFAULT_PAYMENT_TERMS_DAYS,
        quote["number"] if quote else None,
        order["notes"] or "",
    )
    return QuoteDocument(
        number=order["number"],
        revision=1,
        issued_on=order["order_date"],
        valid_until=order["promised_date"] or order["order_date"],
        currency=order["currency"],
        status=order["status"],
        provisional=False,
        seller=seller,
        client_name=account.get("name", ""),
        client_address="".join(dict.fromkeys(p for p in place if p)),
        contact_name=contact["name"] if contact else "",
        contact_phone=(contact or {}).get("phone") or "",
        lines=lines,
        subtotal=order["subtotal"],
        tax_rate=order["tax_rate"],
        tax=order["tax"],
        total=order["total"],
        terms=terms,
    )


ORDER_COLUMNS = ("number", "account_name", "order_date", "status", "total", "promised_date")


def _order_query(where: ListFilter) -> Select[Any]:
    query = select(
        _orders.c.id,
        _orders.c.account_id,
        _orders.c.number,
        _orders.c.order_date,
        _orders.c.status,
        _orders.c.total,
        _orders.c.currency,
        _orders.c.promised_date,
        _accounts.c.name.label("account_name"),
    ).select_from(_orders.outerjoin(_accounts, _accounts.c.id == _orders.c.account_id))
    query = query.where(_orders.c.deleted.is_(False))
    if where.status:
        query = query.where(_orders.c.status == where.status)
    if where.account_id:
        query = query.where(_orders.c.account_id == where.account_id)
    if where.text.strip():
        escaped = where.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        query = query.where(
            or_(
                _orders.c.number.like(pattern, escape="\\"),
                _accounts.c.name.like(pattern, escape="\\"),
            )
        )
    return query


def order_page(
    conn: Connection, where: ListFilter, order: ListOrder, offset: int, limit: int
) -> list[dict[str, Any]]:
    """One page of the Orders list, filtered and sorted in SQL (money by its value)."""
    name = order.column if order.column in ORDER_COLUMNS else "number"
    column: Any = _accounts.c.name if name == "account_name" else _orders.c[name]
    if name == "total":
        column = cast_(column, Numeric(18, 2))
    key = column.desc() if order.descending else column.asc()
    tie = _orders.c.id.desc() if order.descending else _orders.c.id.asc()
    query = _order_query(where).order_by(key, tie).offset(offset).limit(limit)
    return [dict(row) for row in conn.execute(query).mappings()]


def order_count(conn: Connection, where: ListFilter) -> int:
    query = select(func.count()).select_from(_order_query(where).subquery())
    return int(conn.execute(query).scalar_one())
