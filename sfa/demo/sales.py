"""Orders, invoices, payments and commission plans for the demo company.

:func:`with_sales` passes the generator's records through and, once every accepted quote has
gone by, adds what came of them: some became orders at the quote's prices (copied, as the
product does), delivered and invoiced after the client's 30 days' terms; most invoices are
paid, some in part, and a few are overdue, so Today, the account tab and the manager's
receivables list have something to show. Each demo rep gets a commission plan.

A record may come twice: the second time is an update of the first (an order confirmed,
then delivered). ``sfa-server demo`` applies it as one; the laptop's demo merges the two.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sfa.demo.base import Record, uuid4_text
from sfa.domain.enums import OrderStatus, PaymentMethod, QuoteStatus
from sfa.domain.orders import INVOICE_PREFIX, ORDER_PREFIX, document_number, order_totals
from sfa.domain.pricing import line_total
from sfa.domain.receivables import DEFAULT_PAYMENT_TERMS_DAYS, due_date

MAX_ORDERS = 24
INSTALLATION = "DEM"
PLAN_RATES = ["打印设备=0.04", "电脑整机=0.03", "软件与服务=0.06", "*=0.02"]
PLAN_TIERS = ["0=0.5", "0.8=1.0", "1.0=1.3", "1.2=1.6"]


class _Sales:
    def __init__(self, today: date, seed: int) -> None:
        self.today = today
        self.rng = random.Random(seed * 7919 + 17)
        self.reps: dict[str, str] = {}
        """user id → rep code."""
        self.manager: str | None = None
        self.quotes: dict[str, Mapping[str, Any]] = {}
        self.lines: dict[str, list[Mapping[str, Any]]] = {}
        self.sequences: dict[tuple[str, str, date], int] = {}

    def new_id(self) -> str:
        return uuid4_text(self.rng.getrandbits(128))

    def see(self, entity: str, fields: Mapping[str, Any]) -> None:
        if entity == "user" and fields.get("rep_code"):
            self.reps[fields["id"]] = fields["rep_code"]
        elif entity == "user" and fields.get("role") == "manager":
            self.manager = fields["id"]
        elif entity == "quote" and fields.get("status") == QuoteStatus.ACCEPTED.value:
            self.quotes[fields["id"]] = fields
        elif entity == "quote_line" and fields.get("quote_id") in self.quotes:
            self.lines.setdefault(fields["quote_id"], []).append(fields)

    def number(self, prefix: str, owner: str | None, day: date) -> str:
        code = self.reps.get(owner or "", "R000")
        key = (prefix, code, day)
        self.sequences[key] = self.sequences.get(key, 0) + 1
        return document_number(prefix, code, day, self.sequences[key], INSTALLATION)

    def plans(self) -> Iterator[Record]:
        for rep_id in sorted(self.reps):
            yield (
                "commission_plan",
                {
                    "id": self.new_id(),
                    "user_id": rep_id,
                    "name": f"{self.today.year} 年销售提成方案",
                    "valid_from": date(self.today.year, 1, 1),
                    "rates": PLAN_RATES,
                    "tiers": PLAN_TIERS,
                },
            )

    def orders(self) -> Iterator[Record]:
        chosen = sorted(self.quotes.values(), key=lambda q: (q["valid_until"], q["id"]))
        for index, quote in enumerate(chosen[-MAX_ORDERS:]):
            if quote["id"] in self.lines:
                yield from self._order(quote, self.lines[quote["id"]], index)

    def _order(
        self, quote: Mapping[str, Any], lines: list[Mapping[str, Any]], index: int
    ) -> Iterator[Record]:
        rng, today = self.rng, self.today
        ordered = min(quote["valid_until"] - timedelta(days=rng.randint(3, 12)), today)
        order_id, owner = self.new_id(), quote.get("owner_id")
        copied = [
            {
                "id": self.new_id(),
                "order_id": order_id,
                "product_id": line["product_id"],
                "quote_line_id": line["id"],
                "position": line["position"],
                "description": line.get("description"),
                "quantity": line["quantity"],
                "unit_price": line["unit_price"],
                "discount_pct": line.get("discount_pct") or Decimal(0),
                "line_total": line_total(
                    line["quantity"],
                    line["unit_price"],
                    line.get("discount_pct") or Decimal(0),
                    "CNY",
                ),
            }
            for line in lines
        ]
        totals = order_totals(copied, quote.get("tax_rate", Decimal("0.13")), "CNY")
        yield (
            "order",
            {
                "id": order_id,
                "account_id": quote["account_id"],
                "contact_id": quote.get("contact_id"),
                "owner_id": owner,
                "quote_id": quote["id"],
                "number": self.number(ORDER_PREFIX, owner, ordered),
                "status": OrderStatus.CONFIRMED.value,
                "order_date": ordered,
                "currency": "CNY",
                "tax_rate": quote.get("tax_rate", Decimal("0.13")),
                "subtotal": totals.subtotal,
                "tax": totals.tax,
                "total": totals.total,
                "promised_date": ordered + timedelta(days=14),
            },
        )
        for line in copied:
            yield "order_line", line
        age = (today - ordered).days
        if age < 10 or index % 6 == 0:
            return  # recent (or the odd slow one): confirmed, not delivered yet
        delivered = ordered + timedelta(days=min(7, age // 2))
        for line in copied:
            yield (
                "order_line",
                {
                    "id": line["id"],
                    "delivered_quantity": line["quantity"],
                    "delivered_on": delivered,
                },
            )
        yield (
            "order",
            {"id": order_id, "status": OrderStatus.DELIVERED.value, "delivered_on": delivered},
        )
        yield from self._invoice(order_id, quote, owner, delivered, totals.total, index)

    def _invoice(
        self,
        order_id: str,
        quote: Mapping[str, Any],
        owner: str | None,
        issued: date,
        total: Decimal,
        index: int,
    ) -> Iterator[Record]:
        invoice_id = self.new_id()
        due = due_date(issued, DEFAULT_PAYMENT_TERMS_DAYS)
        yield (
            "invoice",
            {
                "id": invoice_id,
                "account_id": quote["account_id"],
                "order_id": order_id,
                "owner_id": owner,
                "number": self.number(INVOICE_PREFIX, owner, issued),
                "issued_on": issued,
                "due_on": due,
                "amount": total,
                "currency": "CNY",
            },
        )
        # most pay in full a little before or after the due date; every third pays half
        # first; every fifth has paid nothing (overdue once the due date has passed)
        if index % 5 == 4:
            return
        paid_on = min(due + timedelta(days=self.rng.randint(-20, 12)), self.today)
        paid_on = max(paid_on, issued)
        first = (total / 2).quantize(Decimal("0.01")) if index % 3 == 0 else total
        yield "payment", self._payment(invoice_id, quote["account_id"], first, paid_on)
        if first == total:
            yield (
                "order",
                {"id": order_id, "status": OrderStatus.CLOSED.value, "closed_on": paid_on},
            )

    def _payment(
        self, invoice_id: str, account_id: str, amount: Decimal, day: date
    ) -> dict[str, Any]:
        return {
            "id": self.new_id(),
            "account_id": account_id,
            "invoice_id": invoice_id,
            "received_on": day,
            "amount": amount,
            "currency": "CNY",
            "method": self.rng.choice((PaymentMethod.TRANSFER, PaymentMethod.DRAFT)).value,
            "reference": f"BK{self.rng.randrange(10**9):09d}",
        }


def with_sales(
    records: Iterable[tuple[str, Mapping[str, Any]]], *, today: date, seed: int = 7
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The demo records, then orders, invoices, payments and commission plans built on them."""
    sales = _Sales(today, seed)
    for entity, fields in records:
        sales.see(entity, fields)
        yield entity, fields
    yield from sales.plans()
    yield from sales.orders()
