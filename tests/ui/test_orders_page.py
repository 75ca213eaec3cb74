"""The Orders page driven like a rep: select an order, record a payment through the dialog
(partial first, then an overpayment the dialog refuses), and see what the store then holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.app.orders import create_order
from sfa.app.payments import issue_invoice
from sfa.store import outbox
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import Payment
from ui.orders_page import OrdersPage
from ui.orders_page_model import OrdersModel
from ui.qt import QDialogButtonBox, Qt
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

ME = "rep1-id"
TODAY = date(2026, 11, 22)


@pytest.fixture
def ordered(store: LocalStore) -> dict[str, str]:
    with store.transaction() as conn:
        apply_remote(conn, "user", [{"id": ME, "rev": 1, "username": "rep1", "rep_code": "R001"}])
        apply_remote(
            conn,
            "product",
            [
                {
                    "id": "toner",
                    "rev": 2,
                    "sku": "TN-100",
                    "name": "原装硒鼓",
                    "list_price": "480.00",
                }
            ],
        )
        apply_remote(conn, "account", [{"id": "gz", "rev": 3, "name": "广州贸易有限公司"}])
        order = create_order(
            conn, "gz", [("toner", Decimal("10"))], actor=ME, rep_code="R001", today=TODAY
        )
        invoice = issue_invoice(conn, order, actor=ME, rep_code="R001", issued_on=TODAY)
    return {"order": order, "invoice": invoice}


def _page(qtbot: QtBot, store: LocalStore) -> OrdersPage:
    page = OrdersPage(store, TaskRunner(synchronous=True))
    page.actor = ME
    page.set_clock(lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _payments(store: LocalStore) -> list[tuple[str, Decimal]]:
    table = Payment.__table__
    with store.reading() as conn:
        rows = conn.execute(select(table.c.invoice_id, table.c.amount)).all()
    return [(row.invoice_id, row.amount) for row in rows]


def test_recording_a_payment_through_the_dialog(
    qtbot: QtBot, store: LocalStore, ordered: dict[str, str]
) -> None:
    page = _page(qtbot, store)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.overview is not None)
    assert page.detail.models["invoices"].rowCount() == 1
    assert page.detail.pay_button.isEnabled()

    qtbot.mouseClick(page.detail.pay_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.amount.text() == "5424.00"  # 10 × 480 + 13 % VAT, all still due
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "2000")
    qtbot.keyClicks(dialog.reference, "BANK-778")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _payments(store) == [(ordered["invoice"], Decimal("2000"))]
    with store.reading() as conn:
        assert any(entry.entity == "payment" for entry in outbox.pending(conn))
    qtbot.waitUntil(lambda: page.detail.models["payments"].rowCount() == 1)
    invoices = page.detail.models["invoices"]
    assert invoices.index(0, 5).data() == "¥3,424.00"  # still due

    qtbot.mouseClick(page.detail.pay_button, Qt.MouseButton.LeftButton)
    second = page.detail.dialog
    assert second is not None and second.amount.text() == "3424.00"
    second.amount.clear()
    qtbot.keyClicks(second.amount, "3500")
    qtbot.mouseClick(
        second.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert second.isVisible()
    assert "3424.00 CNY still due" in second.error.text()
    assert _payments(store) == [(ordered["invoice"], Decimal("2000"))]  # nothing written
    second.reject()


def test_the_orders_model_and_the_confirmation_pdf(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    store: LocalStore,
    ordered: dict[str, str],
    tmp_path: Path,
) -> None:
    model = OrdersModel(store, TaskRunner(synchronous=True))
    model.reload()
    qtmodeltester.check(model)
    assert model.index(0, OrdersModel.TOTAL).data() == "¥5,424.00"
    page = _page(qtbot, store)
    qtbot.keyClicks(page.filter, "ZZZ-none")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    page.filter.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.show_record("order", ordered["order"])
    qtbot.waitUntil(lambda: page.detail.overview is not None)
    assert page.table.currentIndex().row() == 0
    for detail_model in page.detail.models.values():
        qtmodeltester.check(detail_model)
    target = tmp_path / "order.pdf"
    page.detail.export_pdf(target, "en")
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "ORDER CONFIRMATION" in text and "Total (incl. VAT) ¥5,424.00" in text


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_direct_order_is_entered_at_the_agreed_price(
    qtbot: QtBot, store: LocalStore, ordered: dict[str, str]
) -> None:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "price_agreement",
            [
                {
                    "id": "ag",
                    "rev": 9,
                    "account_id": "gz",
                    "product_id": "toner",
                    "unit_price": "455.00",
                    "valid_until": date(2026, 12, 31),
                }
            ],
        )
    page = _page(qtbot, store)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.account.set_account("gz", "广州贸易有限公司")
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "4")
    dialog.product.setFocus()
    qtbot.keyClicks(dialog.product, "TN-100")
    popup = dialog.product.completer().popup()
    # an open completion list holds the keyboard: Enter goes to it, as on a real desktop
    qtbot.keyClick(popup if popup.isVisible() else dialog.product, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == "¥455.00"  # the agreement, not the list price
    assert "¥2,056.60" in dialog.total.text()  # 4 × 455 = 1820 + 13 % VAT
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(
        lambda: (
            page.detail.overview is not None
            and page.detail.overview.order["total"] == Decimal("2056.60")
        )
    )
    lines = page.detail.overview.lines
    assert [(line["unit_price"], line["price_agreement_id"]) for line in lines] == [
        (Decimal("455.00"), "ag")
    ]
    assert page.model.rowCount() == 2  # Enter added the product; only Save saved
