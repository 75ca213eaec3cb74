"""Receivables offline: invoices due after the client's terms, partial payments, overpayment
refused on the laptop already, and what is overdue on a given date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sfa.app.orders import create_order
from sfa.app.payments import (
    amount_due,
    issue_invoice,
    overdue_receivables,
    receivables,
    record_payment,
)
from sfa.domain.errors import DomainError, ValidationError
from sfa.store import writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

ME = "rep1-id"


@pytest.fixture
def order(store: LocalStore) -> str:
    """An order of 10 toners at ¥480 (total ¥5,424.00 with VAT) for a client paying 45 days net."""
    with store.transaction() as conn:
        apply_remote(
            conn,
            "product",
            [{"id": "toner", "rev": 1, "sku": "TN-100", "name": "硒鼓", "list_price": "480.00"}],
        )
        apply_remote(
            conn,
            "account",
            [{"id": "acme", "rev": 2, "name": "广州贸易有限公司", "payment_terms_days": 45}],
        )
        return create_order(
            conn,
            "acme",
            [("toner", Decimal("10"))],
            actor=ME,
            rep_code="R001",
            today=date(2026, 9, 1),
        )


def test_partial_payments_and_overdue_on_given_dates(store: LocalStore, order: str) -> None:
    with store.transaction() as conn:
        first = issue_invoice(
            conn,
            order,
            actor=ME,
            rep_code="R001",
            issued_on=date(2026, 9, 1),
            amount=Decimal("2000.00"),
        )
        second = issue_invoice(conn, order, actor=ME, rep_code="R001", issued_on=date(2026, 10, 1))
        invoice = writes.load(conn, "invoice", second)
        assert invoice is not None
        assert (invoice["amount"], invoice["due_on"]) == (Decimal("3424.00"), date(2026, 11, 15))
        record_payment(conn, first, Decimal("1500.00"), actor=ME, received_on=date(2026, 10, 10))
        assert amount_due(conn, first) == Decimal("500.00")

        # due 16 Oct: overdue from the 17th; the second invoice from 16 Nov
        assert [r.receivable.number for r in overdue_receivables(conn, date(2026, 10, 16))] == []
        late = overdue_receivables(conn, date(2026, 10, 17))
        assert [(r.receivable.invoice_id, r.receivable.due) for r in late] == [
            (first, Decimal("500.00"))
        ]
        assert late[0].receivable.days_overdue(date(2026, 10, 17)) == 1
        assert late[0].account_name == "广州贸易有限公司"
        assert {r.receivable.invoice_id for r in overdue_receivables(conn, date(2026, 11, 16))} == {
            first,
            second,
        }

        record_payment(conn, first, Decimal("500.00"), actor=ME, received_on=date(2026, 11, 16))
        assert [r.receivable.invoice_id for r in overdue_receivables(conn, date(2026, 11, 16))] == [
            second
        ]
        assert overdue_receivables(conn, date(2026, 11, 16), account_id="other") == []
        paid = {
            r.receivable.invoice_id: r.receivable.paid for r in receivables(conn, order_id=order)
        }
    assert paid == {first: Decimal("2000.00"), second: Decimal("0")}


def test_an_overpayment_is_refused_on_the_laptop_and_nothing_is_written(
    store: LocalStore, order: str
) -> None:
    with store.transaction() as conn:
        invoice = issue_invoice(conn, order, actor=ME, rep_code="R001", issued_on=date(2026, 9, 1))
        record_payment(conn, invoice, Decimal("5000.00"), actor=ME, received_on=date(2026, 9, 20))
        with pytest.raises(ValidationError, match=r"424\.00 CNY still due"):
            record_payment(
                conn, invoice, Decimal("424.01"), actor=ME, received_on=date(2026, 9, 21)
            )
        with pytest.raises(ValidationError, match="more than zero"):
            record_payment(conn, invoice, Decimal("0"), actor=ME, received_on=date(2026, 9, 21))
        assert amount_due(conn, invoice) == Decimal("424.00")
        with pytest.raises(DomainError, match="invoiced in full"):
            issue_invoice(conn, order, actor=ME, rep_code="R001", issued_on=date(2026, 9, 2))


def test_today_lists_the_reps_overdue_invoices(store: LocalStore, order: str) -> None:
    from datetime import UTC, datetime

    from sfa.app.today import OVERDUE_RECEIVABLE, today_view

    with store.transaction() as conn:
        invoice = issue_invoice(conn, order, actor=ME, rep_code="R001", issued_on=date(2026, 9, 1))
        record_payment(conn, invoice, Decimal("424.00"), actor=ME, received_on=date(2026, 9, 5))
    moment = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    with store.reading() as conn:
        mine = today_view(conn, actor=ME, now=moment, tz=UTC).receivables
        theirs = today_view(conn, actor="someone-else", now=moment, tz=UTC).receivables
        on_time = today_view(conn, actor=ME, now=datetime(2026, 10, 16, tzinfo=UTC), tz=UTC)
    [item] = mine
    assert (item.reason, item.record_id, item.account_id) == (OVERDUE_RECEIVABLE, invoice, "acme")
    assert (item.amount, item.currency, item.when) == (
        Decimal("5000.00"),
        "CNY",
        date(2026, 10, 16),
    )
    assert theirs == [] and on_time.receivables == []
