"""Receivables: what a client still owes on each invoice, and since when it is overdue.

Shared by the laptop (record-a-payment dialog, Today, the account's tab) and the server
(which refuses an overpayment whatever the laptop thought), so "still due" is computed once.

Rules:
    due date    = invoice date + the account's payment terms in days ("30 days net");
    still due   = invoice amount − the payments recorded against it (never below zero);
    overdue on d: not cancelled, something still due, and the due date is before d
                  (an invoice due today is not overdue yet);
    a payment must be more than zero and at most what is still due — partial payments are
    fine, paying more than is owed is refused (a credit note is another process).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sfa.domain.errors import ValidationError

DEFAULT_PAYMENT_TERMS_DAYS = 30

AGING_BUCKETS: tuple[tuple[int, int | None], ...] = ((1, 30), (31, 60), (61, 90), (91, None))
"""Days overdue, as a credit controller groups them (1–30, 31–60, 61–90, over 90)."""


def due_date(issued_on: date, terms_days: int | None) -> date:
    days = DEFAULT_PAYMENT_TERMS_DAYS if terms_days is None else terms_days
    return issued_on + timedelta(days=days)


def paid_amount(payments: Iterable[Mapping[str, Any]]) -> Decimal:
    """The sum of the live payments given."""
    return sum((Decimal(p["amount"]) for p in payments if not p.get("deleted")), Decimal(0))


def still_due(amount: Decimal, paid: Decimal) -> Decimal:
    return max(amount - paid, Decimal(0))


def check_payment(amount: Decimal, due: Decimal, currency: str, invoice_number: str) -> None:
    """Refuse a payment of nothing, or of more than the invoice still asks."""
    if amount <= 0:
        raise ValidationError("amount", "a payment must be more than zero")
    if amount > due:
        raise ValidationError(
            "amount",
            f"{amount} {currency} is more than the {due} {currency} still due on invoice"
            f" {invoice_number}; record at most what is due",
        )


@dataclass(frozen=True, slots=True)
class Receivable:
    invoice_id: str
    number: str
    account_id: str
    order_id: str | None
    amount: Decimal
    paid: Decimal
    currency: str
    issued_on: date
    due_on: date
    cancelled: bool = False

    @property
    def due(self) -> Decimal:
        return Decimal(0) if self.cancelled else still_due(self.amount, self.paid)

    def days_overdue(self, on: date) -> int:
        """Days past the due date on ``on`` while something is still due; 0 otherwise."""
        if self.due <= 0 or on <= self.due_on:
            return 0
        return (on - self.due_on).days

    def is_overdue(self, on: date) -> bool:
        return self.days_overdue(on) > 0


def overdue(receivables: Iterable[Receivable], on: date) -> list[Receivable]:
    """The receivables overdue on ``on``, longest overdue first."""
    late = [r for r in receivables if r.is_overdue(on)]
    return sorted(late, key=lambda r: (r.due_on, r.number))


def aging_bucket(days_overdue: int) -> int | None:
    """Index into :data:`AGING_BUCKETS` for a number of days overdue (None: not overdue)."""
    for index, (low, high) in enumerate(AGING_BUCKETS):
        if days_overdue >= low and (high is None or days_overdue <= high):
            return index
    return None
