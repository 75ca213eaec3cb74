"""One order in full: its lines, invoices and payments, and what a rep does next with it —
invoice it, record a payment, mark it delivered, close or cancel it, print its confirmation.

Reads and writes run on the task runner; each action is one ``sfa.app`` use case in one
store transaction, and a refusal is shown as the use case words it. Buttons follow the
order's status; the use cases have the last word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from sfa.app.orders import order_document, record_delivery, set_status
from sfa.app.payments import OrderOverview, issue_invoice, order_overview
from sfa.domain.enums import OrderStatus
from sfa.io.order_pdf import render_order_pdf
from sfa.store.store import LocalStore
from ui.error_text import error_text
from ui.order_labels import method_label, status_label
from ui.page_labels import money, when
from ui.page_table import Column, RowsModel, make_table
from ui.payment_dialog import PaymentDialog
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.quote_context import author_for, seller
from ui.quote_editor import pdf_language
from ui.tasks import TaskRunner

_C = "OrderDetail"

LINE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OrderDetail", "SKU"), lambda r: r["sku"] or ""),
    Column(
        QT_TRANSLATE_NOOP("OrderDetail", "Product"),
        lambda r: r["description"] or r["product_name"] or "",
    ),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Quantity"), lambda r: format(r["quantity"], "f")),
    Column(
        QT_TRANSLATE_NOOP("OrderDetail", "Unit price"),
        lambda r: money(r["unit_price"], r["currency"]),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderDetail", "Discount %"), lambda r: format(r["discount_pct"], "f")
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderDetail", "Amount"), lambda r: money(r["line_total"], r["currency"])
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderDetail", "Delivered"),
        lambda r: format(r["delivered_quantity"], "f"),
    ),
)
INVOICE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Invoice"), lambda r: r["number"]),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Issued"), lambda r: when(r["issued_on"])),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Due"), lambda r: when(r["due_on"])),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Amount"), lambda r: money(r["amount"], r["currency"])),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Paid"), lambda r: money(r["paid"], r["currency"])),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Still due"), lambda r: money(r["due"], r["currency"])),
)
PAYMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Received"), lambda r: when(r["received_on"])),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Invoice"), lambda r: r["invoice_number"]),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Amount"), lambda r: money(r["amount"], r["currency"])),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Paid by"), lambda r: method_label(r["method"])),
    Column(QT_TRANSLATE_NOOP("OrderDetail", "Reference"), lambda r: r["reference"] or ""),
)
TABS = (
    ("lines", QT_TRANSLATE_NOOP("OrderDetail", "Lines"), LINE_COLUMNS),
    ("invoices", QT_TRANSLATE_NOOP("OrderDetail", "Invoices"), INVOICE_COLUMNS),
    ("payments", QT_TRANSLATE_NOOP("OrderDetail", "Payments"), PAYMENT_COLUMNS),
)


class OrderDetail(QWidget):
    changed = Signal()
    """An action changed the order (the list should refresh)."""
    message = Signal(str)

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._tasks = store, tasks
        self.actor: str | None = None
        self.today: Callable[[], date] = date.today
        self.overview: OrderOverview | None = None
        self.dialog: PaymentDialog | None = None
        self._generation = 0
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.pay_button = QPushButton()
        self.pay_button.setObjectName("recordPayment")
        self.invoice_button = QPushButton()
        self.deliver_button = QPushButton()
        self.close_button = QPushButton()
        self.cancel_button = QPushButton()
        self.pdf_button = QPushButton()
        buttons = QHBoxLayout()
        for button, handler in (
            (self.invoice_button, self.issue_invoice),
            (self.pay_button, self.record_payment),
            (self.deliver_button, self.mark_delivered),
            (self.close_button, lambda: self._set_status(OrderStatus.CLOSED)),
            (self.cancel_button, lambda: self._set_status(OrderStatus.CANCELLED)),
            (self.pdf_button, self._choose_pdf),
        ):
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.tabs = QTabWidget()
        self.models: dict[str, RowsModel] = {}
        for key, _title, columns in TABS:
            model = RowsModel(_C, columns)
            view = make_table(model)
            view.setObjectName(f"order_{key}")
            self.models[key] = model
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._show(None)

    def retranslate(self) -> None:
        self.invoice_button.setText(self.tr("Issue invoice"))
        self.invoice_button.setToolTip(
            self.tr("Invoice what is not invoiced yet, due after the client's payment terms.")
        )
        self.pay_button.setText(self.tr("Record payment…"))
        self.deliver_button.setText(self.tr("Mark delivered"))
        self.close_button.setText(self.tr("Close order"))
        self.cancel_button.setText(self.tr("Cancel order"))
        self.pdf_button.setText(self.tr("Confirmation PDF…"))
        for number, (key, title, _columns) in enumerate(TABS):
            count = self.models[key].rowCount()
            self.tabs.setTabText(number, f"{self.tr(title)} ({count})")
            self.models[key].retranslate()
        self._show(self.overview)

    # ---- loading --------------------------------------------------------------------------

    def show_order(self, order_id: str | None) -> None:
        self._generation += 1
        generation = self._generation
        if order_id is None:
            self._show(None)
            return

        def work() -> OrderOverview:
            with self._store.reading() as conn:
                return order_overview(conn, order_id)

        def done(overview: OrderOverview) -> None:
            if generation == self._generation:
                self._show(overview)

        self._tasks.run(work, done, self._failed)

    def reload(self) -> None:
        self.show_order(self.overview.order["id"] if self.overview else None)

    def _show(self, overview: OrderOverview | None) -> None:
        self.overview = overview
        if overview is None:
            self.title.setText(self.tr("No order selected"))
            self.subtitle.setText(
                self.tr("Orders come from accepted quotes (Create order in the quote editor).")
            )
            for model in self.models.values():
                model.set_rows([])
            for button in self._buttons():
                button.setEnabled(False)
            return
        order = overview.order
        currency = order["currency"]
        self.title.setText(order["number"])
        facts = [
            overview.account_name,
            status_label(order["status"]),
            self.tr("Ordered {day}").format(day=when(order["order_date"])),
            self.tr("Total {amount}").format(amount=money(order["total"], currency)),
        ]
        if order["promised_date"]:
            facts.append(self.tr("Delivery by {day}").format(day=when(order["promised_date"])))
        self.subtitle.setText(" · ".join(f for f in facts if f))
        self.models["lines"].set_rows([{**line, "currency": currency} for line in overview.lines])
        self.models["invoices"].set_rows(
            [
                {
                    **asdict(row.receivable),
                    "id": row.receivable.invoice_id,
                    "due": row.receivable.due,
                }
                for row in overview.invoices
            ]
        )
        self.models["payments"].set_rows(
            [{**asdict(p), "id": p.payment_id} for p in overview.payments]
        )
        for number, (key, title, _columns) in enumerate(TABS):
            self.tabs.setTabText(number, f"{self.tr(title)} ({self.models[key].rowCount()})")
        status = OrderStatus(order["status"])
        live = status not in (OrderStatus.CLOSED, OrderStatus.CANCELLED)
        self.invoice_button.setEnabled(live and overview.left_to_invoice > 0)
        self.pay_button.setEnabled(bool(overview.open_invoices))
        self.deliver_button.setEnabled(
            status in (OrderStatus.CONFIRMED, OrderStatus.PARTLY_DELIVERED)
        )
        self.close_button.setEnabled(status == OrderStatus.DELIVERED)
        self.cancel_button.setEnabled(
            status in (OrderStatus.CONFIRMED, OrderStatus.PARTLY_DELIVERED)
            and not overview.payments
        )
        self.pdf_button.setEnabled(True)

    def _buttons(self) -> list[QPushButton]:
        return [
            self.invoice_button,
            self.pay_button,
            self.deliver_button,
            self.close_button,
            self.cancel_button,
            self.pdf_button,
        ]

    def _failed(self, error: Exception) -> None:
        self.message.emit(error_text(error))

    # ---- actions --------------------------------------------------------------------------

    def _change(self, work: Callable[[Connection], Any], said: str) -> None:
        store = self._store

        def run() -> Any:
            with store.transaction() as conn:
                return work(conn)

        def done(_result: Any) -> None:
            self.message.emit(said)
            self.reload()
            self.changed.emit()

        self._tasks.run(run, done, self._failed)

    def _order_id(self) -> str:
        assert self.overview is not None
        return str(self.overview.order["id"])

    def issue_invoice(self) -> None:
        order_id, actor, today = self._order_id(), self.actor, self.today()
        self._change(
            lambda conn: issue_invoice(
                conn,
                order_id,
                actor=actor,
                rep_code=author_for(conn, actor).rep_code,
                issued_on=today,
            ),
            self.tr("Invoice issued; it goes up with the next sync."),
        )

    def mark_delivered(self) -> None:
        assert self.overview is not None
        order_id, actor, today = self._order_id(), self.actor, self.today()
        everything = {line["id"]: line["quantity"] for line in self.overview.lines}
        self._change(
            lambda conn: record_delivery(conn, order_id, everything, actor=actor, on=today),
            self.tr("Marked delivered."),
        )

    def _set_status(self, status: OrderStatus) -> None:
        order_id, actor, today = self._order_id(), self.actor, self.today()
        self._change(
            lambda conn: set_status(conn, order_id, status, actor=actor, on=today),
            self.tr("The order is now {status}.").format(status=status_label(status.value)),
        )

    def record_payment(self) -> None:
        if self.overview is None:
            return
        self.dialog = PaymentDialog(
            self._store,
            self._tasks,
            self.overview.open_invoices,
            actor=self.actor,
            today=self.today(),
            parent=self,
        )
        self.dialog.recorded.connect(lambda _id: self._paid())
        self.dialog.open()

    def _paid(self) -> None:
        self.message.emit(self.tr("Payment recorded; it goes up with the next sync."))
        self.reload()
        self.changed.emit()

    def _choose_pdf(self) -> None:
        if self.overview is None:
            return
        name = f"{self.overview.order['number']}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the order confirmation"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path), pdf_language())

    def export_pdf(self, path: Path, language: str) -> None:
        """Write the order confirmation to ``path`` off the GUI thread."""
        order_id, store, company = self._order_id(), self._store, seller()

        def work() -> Path:
            with store.reading() as conn:
                document = order_document(conn, order_id, seller=company, language=language)
            path.write_bytes(render_order_pdf(document, language))
            return path

        def done(saved: Path) -> None:
            self.message.emit(self.tr("Saved {path}").format(path=saved))

        self._tasks.run(work, done, self._failed)
