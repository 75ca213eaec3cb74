"""Use cases of receivables, offline: invoice an order, record what the client paid, and
list what is overdue (rules in :mod:`sfa.domain.receivables`, the same the server applies).

A payment larger than what is still due is refused here already, with the amount still due
in the message, so the rep corrects it on the spot rather than after sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from sfa.app.orders import next_number, order_lines
from sfa.domain.enums import OrderStatus, PaymentMethod
from sfa.domain.errors import DomainError
from sfa.domain.orders import INVOICE_PREFIX
from sfa.domain.receivables import Receivable, check_payment, due_date, overdue, still_due
from sfa.store import writes
from sfa.store.tables import Account, Invoice, Order, Payment

_accounts = cast(Table, Account.__table__)
_orders = cast(Table, Order.__table__)
_invoices = cast(Table, Invoice.__table__)
_payments = cast(Table, Payment.__table__)


def invoiced_amount(conn: Connection, order_id: str) -> Decimal:
    query = select(_invoices.c.amount).where(
        _invoices.c.order_id == order_id,
        _invoices.c.deleted.is_(False),
        _invoices.c.cancelled.is_(False),
    )
    return sum((Decimal(a) for a in conn.execute(query).scalars()), Decimal(0))


def issue_invoice(
    conn: Connection,
    order_id: str,
    *,
    actor: str | None,
    rep_code: str,
    issued_on: date,
    amount: Decimal | None = None,
) -> str:
    """Invoice (part of) an order — by default all that is not invoiced yet — due after the
    client's payment terms."""
    order = writes.load(conn, "order", order_id)
    if order is None or order["deleted"]:
        raise DomainError("No such order on this laptop")
    if order["status"] == OrderStatus.CANCELLED.value:
        raise DomainError("A cancelled order is not invoiced")
    left = order["total"] - invoiced_amount(conn, order_id)
    amount = left if amount is None else amount
    if left <= 0:
        raise DomainError(f"Order {order['number']} is invoiced in full")
    if amount > left:
        raise DomainError(
            f"Only {left} {order['currency']} of order {order['number']} is left to invoice"
        )
    account = writes.load(conn, "account", order["account_id"]) or {}
    return writes.create(
        conn,
        "invoice",
        {
            "account_id": order["account_id"],
            "order_id": order_id,
            "owner_id": order["owner_id"],
            "number": next_number(conn, INVOICE_PREFIX, _invoices, rep_code, issued_on),
            "issued_on": issued_on,
            "due_on": due_date(issued_on, account.get("payment_terms_days")),
            "amount": amount,
            "currency": order["currency"],
        },
        actor=actor,
    )


def paid_on_invoice(conn: Connection, invoice_id: str) -> Decimal:
    query = select(_payments.c.amount).where(
        _payments.c.invoice_id == invoice_id, _payments.c.deleted.is_(False)
    )
    return sum((Decimal(a) for a in conn.execute(query).scalars()), Decimal(0))


def amount_due(conn: Connection, invoice_id: str) -> Decimal:
    invoice = _live_invoice(conn, invoice_id)
    return still_due(invoice["amount"], paid_on_invoice(conn, invoice_id))


def _live_invoice(conn: Connection, invoice_id: str) -> dict[str, Any]:
    invoice = writes.load(conn, "invoice", invoice_id)
    if invoice is None or invoice["deleted"] or invoice["cancelled"]:
        raise DomainError("That invoice does not exist or was cancelled")
    return invoice


def record_payment(
    conn: Connection,
    invoice_id: str,
    amount: Decimal,
    *,
    actor: str | None,
    received_on: date,
    method: PaymentMethod = PaymentMethod.TRANSFER,
    reference: str | None = None,
) -> str:
    """Record money received against an invoice; partial payments are fine, more than is
    still due is refused (``ValidationError`` on ``amount``)."""
    invoice = _live_invoice(conn, invoice_id)
    due = still_due(invoice["amount"], paid_on_invoice(conn, invoice_id))
    check_payment(amount, due, invoice["currency"], invoice["number"])
    return writes.create(
        conn,
        "payment",
        {
            "account_id": invoice["account_id"],
            "invoice_id": invoice_id,
            "received_on": received_on,
            "amount": amount,
            "currency": invoice["currency"],
            "method": method.value,
            "reference": reference or None,
        },
        actor=actor,
    )


@dataclass(frozen=True)
class ReceivableRow:
    """A receivable as lists show it: with its client's and order's names."""

    receivable: Receivable
    account_name: str
    order_number: str | None
    owner_id: str | None


def receivables(
    conn: Connection,
    *,
    account_id: str | None = None,
    order_id: str | None = None,
    owner_ids: frozenset[str] | None = None,
) -> list[ReceivableRow]:
    """Live invoices with what was paid on them, optionally of one client, order or reps."""
    query = (
        select(
            _invoices,
            _accounts.c.name.label("account_name"),
            _orders.c.number.label("order_number"),
        )
        .select_from(
            _invoices.outerjoin(_accounts, _accounts.c.id == _invoices.c.account_id).outerjoin(
                _orders, _orders.c.id == _invoices.c.order_id
            )
        )
        .where(_invoices.c.deleted.is_(False))
        .order_by(_invoices.c.due_on, _invoices.c.number)
    )
    if account_id is not None:
        query = query.where(_invoices.c.account_id == account_id)
    if order_id is not None:
        query = query.where(_invoices.c.order_id == order_id)
    if owner_ids is not None:
        query = query.where(_invoices.c.owner_id.in_(owner_ids))
    rows = list(conn.execute(query).mappings())
    payments = _paid_by_invoice(conn, [row["id"] for row in rows])
    return [
        ReceivableRow(
            Receivable(
                invoice_id=row["id"],
                number=row["number"],
                account_id=row["account_id"],
                order_id=row["order_id"],
                amount=row["amount"],
                paid=payments.get(row["id"], Decimal(0)),
                currency=row["currency"],
                issued_on=row["issued_on"],
                due_on=row["due_on"] or due_date(row["issued_on"], None),
                cancelled=row["cancelled"],
            ),
            row["account_name"] or "",
            row["order_number"],
            row["owner_id"],
        )
        for row in rows
    ]


_IN_CHUNK = 900


def _paid_by_invoice(conn: Connection, invoice_ids: list[str]) -> dict[str, Decimal]:
    """What was paid on each invoice (money is exact text: summed here, not in SQL)."""
    paid: dict[str, Decimal] = {}
    for start in range(0, len(invoice_ids), _IN_CHUNK):
        query = select(_payments.c.invoice_id, _payments.c.amount).where(
            _payments.c.invoice_id.in_(invoice_ids[start : start + _IN_CHUNK]),
            _payments.c.deleted.is_(False),
        )
        for invoice_id, amount in conn.execute(query):
            paid[invoice_id] = paid.get(invoice_id, Decimal(0)) + Decimal(amount)
    return paid


def overdue_receivables(
    conn: Connection,
    on: date,
    *,
    account_id: str | None = None,
    owner_ids: frozenset[str] | None = None,
) -> list[ReceivableRow]:
    """Receivables overdue on ``on`` (longest overdue first), of one client or some reps."""
    rows = receivables(conn, account_id=account_id, owner_ids=owner_ids)
    late = {r.invoice_id for r in overdue([row.receivable for row in rows], on)}
    chosen = [row for row in rows if row.receivable.invoice_id in late]
    return sorted(chosen, key=lambda row: (row.receivable.due_on, row.receivable.number))


@dataclass(frozen=True)
class PaymentRow:
    payment_id: str
    invoice_id: str
    invoice_number: str
    received_on: date
    amount: Decimal
    currency: str
    method: str
    reference: str | None


def payments_of_order(conn: Connection, order_id: str) -> list[PaymentRow]:
    query = (
        select(_payments, _invoices.c.number.label("invoice_number"))
        .select_from(_payments.join(_invoices, _invoices.c.id == _payments.c.invoice_id))
        .where(_invoices.c.order_id == order_id, _payments.c.deleted.is_(False))
        .order_by(_payments.c.received_on, _payments.c.id)
    )
    return [
        PaymentRow(
            r["id"],
            r["invoice_id"],
            r["invoice_number"],
            r["received_on"],
            r["amount"],
            r["currency"],
            r["method"],
            r["reference"],
        )
        for r in conn.execute(query).mappings()
    ]


@dataclass(frozen=True)
class OrderOverview:
    """An order with everything the Orders page shows beside it."""

    order: dict[str, Any]
    account_name: str
    lines: list[dict[str, Any]]
    invoices: list[ReceivableRow]
    payments: list[PaymentRow]
    left_to_invoice: Decimal

    @property
    def open_invoices(self) -> list[ReceivableRow]:
        return [row for row in self.invoices if row.receivable.due > 0]


def order_overview(conn: Connection, order_id: str) -> OrderOverview:
    order = writes.load(conn, "order", order_id)
    if order is None or order["deleted"]:
        raise DomainError("No such order on this laptop")
    account = writes.load(conn, "account", order["account_id"]) or {}
    invoiced = invoiced_amount(conn, order_id)
    cancelled = order["status"] == OrderStatus.CANCELLED.value
    return OrderOverview(
        order,
        account.get("name") or "",
        order_lines(conn, order_id),
        receivables(conn, order_id=order_id),
        payments_of_order(conn, order_id),
        Decimal(0) if cancelled else max(order["total"] - invoiced, Decimal(0)),
    )


def account_orders(conn: Connection, account_id: str, on: date) -> list[dict[str, Any]]:
    """The client's orders, newest first, each with what was invoiced, paid, is still due
    and is overdue on ``on`` (the account's "Orders & receivables" tab)."""
    by_order: dict[str, list[Receivable]] = {}
    for row in receivables(conn, account_id=account_id):
        if row.receivable.order_id is not None:
            by_order.setdefault(row.receivable.order_id, []).append(row.receivable)
    query = (
        select(_orders)
        .where(_orders.c.account_id == account_id, _orders.c.deleted.is_(False))
        .order_by(_orders.c.order_date.desc(), _orders.c.number.desc())
    )
    rows = []
    for order in conn.execute(query).mappings():
        invoices = [r for r in by_order.get(order["id"], []) if not r.cancelled]
        rows.append(
            {
                **dict(order),
                "invoiced": sum((r.amount for r in invoices), Decimal(0)),
                "paid": sum((r.paid for r in invoices), Decimal(0)),
                "due": sum((r.due for r in invoices), Decimal(0)),
                "overdue": sum((r.due for r in invoices if r.is_overdue(on)), Decimal(0)),
            }
        )
    return rows
