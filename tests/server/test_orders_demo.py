"""``sfa-server demo`` comes with orders, invoices (some overdue), payments and commission
plans, all through the write path, so every rule (one price, no overpayment) held."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sfa.domain.receivables import Receivable
from sfa.server.demo import load_demo
from sfa.server.tables import CommissionPlan, Invoice, Order, OrderLine, Payment


def test_the_demo_company_has_orders_receivables_and_plans(engine: Engine) -> None:
    counts = load_demo(engine, accounts=20, seed=7)
    assert counts["order"] >= 3 and counts["invoice"] >= 2 and counts["payment"] >= 1
    assert counts["commission_plan"] == 3  # one per demo rep
    with Session(engine) as session:
        orders = list(session.scalars(select(Order)))
        statuses = Counter(order.status for order in orders)
        assert statuses["closed"] >= 1
        for order in orders:
            lines = session.scalars(select(OrderLine).where(OrderLine.order_id == order.id))
            assert order.subtotal == sum((line.line_total for line in lines), Decimal(0))
        paid: dict[str, Decimal] = {}
        for payment in session.scalars(select(Payment)):
            paid[payment.invoice_id or ""] = (
                paid.get(payment.invoice_id or "", Decimal(0)) + payment.amount
            )
        receivables = [
            Receivable(
                i.id,
                i.number,
                i.account_id or "",
                i.order_id,
                i.amount,
                paid.get(i.id, Decimal(0)),
                i.currency,
                i.issued_on,
                i.due_on or i.issued_on,
            )
            for i in session.scalars(select(Invoice))
        ]
        assert all(r.paid <= r.amount for r in receivables)
        assert any(r.is_overdue(date.today()) for r in receivables)
        assert session.scalars(select(CommissionPlan.user_id)).all()
