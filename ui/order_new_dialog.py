"""Enter an order directly: a client, products and quantities — every line at the client's
agreed price (the one the laptop holds; the server checks it again on sync).

There is no price box on purpose: an order cannot propose a price (see
``sfa.domain.orders``); another price goes through a quote and a manager's approval. The
lines and the total are previewed with the same rules the order is written with.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sfa.app.orders import create_order, preview_order
from sfa.store.store import LocalStore
from ui.account_picker import AccountPicker
from ui.error_text import error_text
from ui.page_labels import money
from ui.page_table import Column, RowsModel, make_table
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.quote_context import author_for
from ui.quote_product_search import ProductSearch
from ui.quote_snapshot import load_catalogue
from ui.tasks import TaskRunner

LINE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("NewOrderDialog", "SKU"), lambda r: r["sku"]),
    Column(QT_TRANSLATE_NOOP("NewOrderDialog", "Product"), lambda r: r["product_name"]),
    Column(QT_TRANSLATE_NOOP("NewOrderDialog", "Quantity"), lambda r: format(r["quantity"], "f")),
    Column(
        QT_TRANSLATE_NOOP("NewOrderDialog", "Agreed price"),
        lambda r: money(r["unit_price"], r["currency"]),
    ),
    Column(
        QT_TRANSLATE_NOOP("NewOrderDialog", "Amount"),
        lambda r: money(r["line_total"], r["currency"]),
    ),
)


class NewOrderDialog(QDialog):
    created = Signal(str)
    """The new order's id."""

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: str | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newOrderDialog")
        self._store, self._tasks, self._actor, self._today = store, tasks, actor, today
        self.lines: list[tuple[str, Decimal]] = []
        self.account = AccountPicker(store, tasks)
        self.account.picked.connect(lambda _id: self._preview())
        self.product = ProductSearch()
        self.product.product_chosen.connect(self.add_product)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("orderQuantity")
        self.quantity.setMaximumWidth(90)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_selected)
        self.model = RowsModel("NewOrderDialog", LINE_COLUMNS, key="product_id")
        self.table = make_table(self.model)
        self.total = QLabel()
        self.total.setObjectName("quoteTotal")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._account_label, self._product_label, self._quantity_label = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        form = QFormLayout()
        form.addRow(self._account_label, self.account)
        adding = QHBoxLayout()
        adding.addWidget(self.product, 1)
        adding.addWidget(self._quantity_label)
        adding.addWidget(self.quantity)
        adding.addWidget(self.remove_button)
        form.addRow(self._product_label, adding)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(720, 480)

        def load() -> Any:
            with store.reading() as conn:
                return load_catalogue(conn)

        tasks.run(load, self.product.choices.set_choices, lambda e: self._say(str(e)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New order"))
        self._account_label.setText(self.tr("Client"))
        self._product_label.setText(self.tr("Product"))
        self._quantity_label.setText(self.tr("Quantity"))
        self.product.setPlaceholderText(self.tr("Type a SKU or product name, then Enter"))
        self.remove_button.setText(self.tr("Remove line"))
        self.hint.setText(
            self.tr(
                "Each line is at the client's agreed price. For another price, write a quote:"
                " it goes through the one-price rule and, if needed, a manager's approval."
            )
        )
        self.model.retranslate()

    def add_product(self, product_id: str) -> None:
        try:
            quantity = Decimal(self.quantity.text().strip())
        except InvalidOperation:
            quantity = Decimal(0)
        if quantity <= 0:
            self._say(self.tr("Type a quantity greater than zero first."))
            return
        self.lines.append((product_id, quantity))
        self._preview()

    def _remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._preview()

    def _preview(self) -> None:
        account_id, lines, store, today = (
            self.account.account_id,
            list(self.lines),
            self._store,
            self._today,
        )
        if not account_id:
            self.model.set_rows([])
            self.total.setText(self.tr("Choose the client first: prices are the client's own."))
            return

        def work() -> tuple[list[dict[str, Any]], Decimal]:
            with store.reading() as conn:
                return preview_order(conn, account_id, lines, today)

        def done(result: tuple[list[dict[str, Any]], Decimal]) -> None:
            rows, total = result
            self.model.set_rows(rows)
            self.total.setText(
                self.tr("Total with VAT: {amount}").format(amount=money(total, "CNY"))
            )
            self._say("")

        self._tasks.run(work, done, lambda e: self._say(getattr(e, "message", str(e))))

    def save(self) -> None:
        account_id, lines = self.account.account_id, list(self.lines)
        if not account_id or not lines:
            self._say(self.tr("Choose the client and add at least one product."))
            return
        store, actor, today = self._store, self._actor, self._today
        self.buttons.setEnabled(False)

        def work() -> str:
            with store.transaction() as conn:
                rep_code = author_for(conn, actor).rep_code
                return create_order(
                    conn, account_id, lines, actor=actor, rep_code=rep_code, today=today
                )

        def done(order_id: str) -> None:
            self.buttons.setEnabled(True)
            self.created.emit(order_id)
            self.accept()

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            message = error_text(error)
            self._say(self.tr("Not saved: {reason}").format(reason=message))

        self._tasks.run(work, done, failed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds the product typed, never presses Save: an order is saved on purpose."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
