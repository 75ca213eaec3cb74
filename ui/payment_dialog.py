"""Record money a client paid against one of an order's open invoices.

The amount starts at what the chosen invoice still asks; a partial payment is fine, more than
is due is refused by the use case (the same rule the server applies) and the reason is shown
in the dialog, which stays open with everything the rep typed. The write runs on the task
runner; the dialog closes only once the payment is stored.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sfa.app.payments import ReceivableRow, record_payment
from sfa.domain.enums import PaymentMethod
from sfa.store.store import LocalStore
from ui.error_text import error_text
from ui.order_labels import method_label
from ui.page_labels import money, when
from ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner


class PaymentDialog(QDialog):
    recorded = Signal(str)
    """The new payment's id, once it is stored."""

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        invoices: list[ReceivableRow],
        *,
        actor: str | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self._store, self._tasks, self._actor = store, tasks, actor
        self._invoices = invoices
        self.invoice = QComboBox()
        self.invoice.setObjectName("paymentInvoice")
        for row in invoices:
            receivable = row.receivable
            self.invoice.addItem(
                f"{receivable.number} · {money(receivable.due, receivable.currency)}"
                f" · {when(receivable.due_on)}",
                receivable.invoice_id,
            )
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.received = QDateEdit(QDate(today.year, today.month, today.day))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem("", method.value)
        self.reference = QLineEdit()
        self.reference.setMaxLength(64)
        self.error = QLabel()
        self.error.setObjectName("paymentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self._labels,
            (self.invoice, self.amount, self.received, self.method, self.reference),
            strict=True,
        ):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.invoice.currentIndexChanged.connect(lambda _i: self._prefill())
        self.retranslate()
        self._prefill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a payment"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Invoice"),
                self.tr("Amount received"),
                self.tr("Received on"),
                self.tr("Paid by"),
                self.tr("Reference"),
            ),
            strict=True,
        ):
            label.setText(text)
        for index in range(self.method.count()):
            self.method.setItemText(index, method_label(self.method.itemData(index)))
        self.reference.setPlaceholderText(self.tr("Bank slip or draft number (optional)"))

    def _chosen(self) -> ReceivableRow | None:
        index = self.invoice.currentIndex()
        return self._invoices[index] if 0 <= index < len(self._invoices) else None

    def _prefill(self) -> None:
        chosen = self._chosen()
        self.amount.setText(format(chosen.receivable.due, "f") if chosen else "")

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            self._say(self.tr("This order has no open invoice: issue one first."))
            return
        try:
            amount = Decimal(self.amount.text().strip().replace(",", ""))
        except InvalidOperation:
            self._say(self.tr("Type the amount received as a number, e.g. 1250.00"))
            self.amount.setFocus()
            return
        day = self.received.date()
        received_on = date(day.year(), day.month(), day.day())
        method = PaymentMethod(self.method.currentData())
        reference = self.reference.text().strip()
        store, actor, invoice_id = self._store, self._actor, chosen.receivable.invoice_id
        self.buttons.setEnabled(False)

        def work() -> str:
            with store.transaction() as conn:
                return record_payment(
                    conn,
                    invoice_id,
                    amount,
                    actor=actor,
                    received_on=received_on,
                    method=method,
                    reference=reference,
                )

        def done(payment_id: str) -> None:
            self.buttons.setEnabled(True)
            self.recorded.emit(payment_id)
            self.accept()

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            message = error_text(error)
            self._say(self.tr("Not recorded: {reason}").format(reason=message))
            self.amount.setFocus()

        self._tasks.run(work, done, failed)
