"""Rules on invoices and payments, on the server: what a client owes is never overstated.

* An invoice belongs to a live, not cancelled order of the same client, in its currency;
  the invoices of an order never add up to more than the order's total. Its due date, when
  the laptop sent none, is the invoice date plus the account's payment terms.
* A payment belongs to a live, not cancelled invoice of the same client, in its currency,
  and is at most what the invoice still asks (partial payments are fine; an overpayment is
  refused with ``invalid`` on ``amount``, saying how much is still due).
* Invoices are cancelled, never deleted; one with payments is not cancelled. A payment
  recorded by mistake may be deleted.

Every write transaction holds the change-counter row lock, so two laptops paying the same
invoice at once are checked one after the other, never both against the same balance.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.enums import OrderStatus
from sfa.domain.errors import ValidationError
from sfa.domain.receivables import check_payment, due_date, still_due
from sfa.server.errors import Rejected
from sfa.server.tables import Account, Invoice, Order, Payment


def _invalid(field: str, message: str, **details: Any) -> Rejected:
    return Rejected("invalid", f"{field}: {message}", {"field": field, **details})


def check_invoice(
    session: Session,
    invoice_id: str,
    before: Mapping[str, Any] | None,
    after: dict[str, Any],
) -> None:
    """A new or changed invoice; fills in ``due_on`` from the account's terms when missing."""
    if before is not None and after.get("order_id") != before.get("order_id"):
        raise _invalid("order_id", "an invoice stays with the order it was issued for")
    order = session.get(Order, after.get("order_id"))
    if order is None or order.deleted:
        raise _invalid("order_id", "there is no such order")
    if order.account_id != after.get("account_id"):
        raise _invalid("account_id", "the invoice must be for the order's client")
    after.setdefault("currency", order.currency)
    if after["currency"] != order.currency:
        raise _invalid("currency", f"the order is in {order.currency}")
    if order.status == OrderStatus.CANCELLED.value and not after.get("cancelled"):
        raise _invalid("order_id", f"order {order.number} is cancelled")
    paid = _paid(session, invoice_id)
    if after.get("cancelled") and paid > 0:
        raise _invalid("cancelled", "payments were recorded against this invoice")
    if after["amount"] < paid:
        raise _invalid("amount", f"{paid} {order.currency} has already been paid on it")
    invoiced = sum(
        (
            amount
            for amount in session.scalars(
                select(Invoice.amount).where(
                    Invoice.order_id == order.id,
                    Invoice.id != invoice_id,
                    Invoice.deleted.is_(False),
                    Invoice.cancelled.is_(False),
                )
            )
        ),
        Decimal(0),
    )
    if not after.get("cancelled") and invoiced + after["amount"] > order.total:
        left = max(order.total - invoiced, Decimal(0))
        raise _invalid(
            "amount",
            f"order {order.number} totals {order.total} {order.currency} and {left} is left"
            " to invoice",
            left_to_invoice=format(left, "f"),
        )
    if after.get("due_on") is None:
        account = session.get(Account, order.account_id)
        terms = account.payment_terms_days if account is not None else None
        after["due_on"] = due_date(after["issued_on"], terms)
    number = after.get("number")
    taken = session.scalars(
        select(Invoice.id).where(Invoice.number == number, Invoice.id != invoice_id)
    ).first()
    if taken is not None:
        raise _invalid("number", f"invoice number {number} is already used", invoice_id=taken)


def _paid(session: Session, invoice_id: str, *, but: str | None = None) -> Decimal:
    query = select(Payment.amount).where(
        Payment.invoice_id == invoice_id, Payment.deleted.is_(False)
    )
    if but is not None:
        query = query.where(Payment.id != but)
    return sum(session.scalars(query), Decimal(0))


def check_payment_write(
    session: Session,
    payment_id: str,
    before: Mapping[str, Any] | None,
    after: dict[str, Any],
) -> None:
    if before is not None and after.get("invoice_id") != before.get("invoice_id"):
        raise _invalid("invoice_id", "a payment stays with its invoice; delete it and record anew")
    invoice = session.get(Invoice, after.get("invoice_id"))
    if invoice is None or invoice.deleted or invoice.cancelled:
        raise _invalid("invoice_id", "the invoice does not exist or was cancelled")
    if invoice.account_id != after.get("account_id"):
        raise _invalid("account_id", "the payment must come from the invoice's client")
    after.setdefault("currency", invoice.currency)
    if after["currency"] != invoice.currency:
        raise _invalid("currency", f"invoice {invoice.number} is in {invoice.currency}")
    due = still_due(invoice.amount, _paid(session, invoice.id, but=payment_id))
    try:
        check_payment(after["amount"], due, invoice.currency, invoice.number)
    except ValidationError as exc:
        raise Rejected(
            "invalid", exc.message, {"field": "amount", "still_due": format(due, "f")}
        ) from exc


def check_invoice_delete(session: Session, invoice: Invoice) -> None:
    raise _invalid("deleted", f"invoice {invoice.number} is cancelled, never deleted")
