"""The manager's call of a rep's commit for a period: an amount and the note the rep reads."""

from __future__ import annotations

from decimal import Decimal

from sfa.domain.errors import DomainError
from ui.page_labels import money
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ui.quota_edits import parse_amount


class CommitOverrideDialog(QDialog):
    """``amount`` and ``note`` hold the call once accepted (``amount`` ``None``: withdrawn)."""

    def __init__(
        self,
        rep_name: str,
        committed: Decimal,
        current: Decimal | None,
        note: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitOverrideDialog")
        self.setWindowTitle(self.tr("Your call of {rep}'s commit").format(rep=rep_name))
        self.amount: Decimal | None = current
        self.note = note or ""
        self.amount_edit = QLineEdit(str(current) if current is not None else "")
        self.amount_edit.setObjectName("overrideAmount")
        self.note_edit = QPlainTextEdit(self.note)
        self.note_edit.setObjectName("overrideNote")
        self.note_edit.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("overrideError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8c1d18;")
        explain = QLabel(
            self.tr("{rep}'s committed deals add up to {amount}.").format(
                rep=rep_name, amount=money(committed, "CNY")
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Commit"), self.amount_edit)
        form.addRow(self.tr("Why"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.withdraw = QPushButton(self.tr("Withdraw my call"))
        self.withdraw.setObjectName("withdrawOverride")
        self.withdraw.setEnabled(current is not None)
        self.buttons.addButton(self.withdraw, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.withdraw.clicked.connect(self._withdraw)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        try:
            amount = parse_amount(self.amount_edit.text())
        except DomainError as exc:
            self.error.setText(exc.message)
            return
        note = self.note_edit.toPlainText().strip()
        if amount is None:
            self.error.setText(self.tr("Type the amount you expect, or withdraw your call."))
            return
        if not note:
            self.error.setText(self.tr("Say why you call it differently: the rep reads your note."))
            return
        self.amount, self.note = amount, note
        self.accept()

    def _withdraw(self) -> None:
        self.amount, self.note = None, ""
        self.accept()
