"""“This company may already be here”: the matches, why, and what the rep can do about it.

Shown when saving a new account finds likely or certain duplicates. The rep opens the
existing account, goes back to the form, or — only when no match is certain (the same credit
code is the same legal entity) — saves anyway.
"""

from __future__ import annotations

from sfa.domain.duplicates import Certainty, DuplicateMatch
from ui.page_table import Column, IdRole, RowsModel, make_table
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_REASONS = {
    "same credit code": QT_TRANSLATE_NOOP("DuplicatesDialog", "same credit code"),
    "similar name": QT_TRANSLATE_NOOP("DuplicatesDialog", "similar name"),
    "same phone": QT_TRANSLATE_NOOP("DuplicatesDialog", "same phone"),
    "same e-mail domain": QT_TRANSLATE_NOOP("DuplicatesDialog", "same e-mail domain"),
}


def _reasons(row: dict[str, object]) -> str:
    reasons = row["reasons"]
    assert isinstance(reasons, tuple)
    return ", ".join(
        QCoreApplication.translate("DuplicatesDialog", _REASONS.get(r, r)) for r in reasons
    )


class DuplicatesDialog(QDialog):
    OPEN_EXISTING = 10
    SAVE_ANYWAY = 11

    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.certain = any(m.certainty is Certainty.CERTAIN for m in matches)
        self.model = RowsModel(
            "DuplicatesDialog",
            (
                Column(
                    QT_TRANSLATE_NOOP("DuplicatesDialog", "Existing account"),
                    lambda r: str(r["name"]),
                ),
                Column(QT_TRANSLATE_NOOP("DuplicatesDialog", "Why it may be the same"), _reasons),
            ),
            key="account_id",
        )
        self.model.set_rows(
            [{"account_id": m.account_id, "name": m.name, "reasons": m.reasons} for m in matches]
        )
        self.view = make_table(self.model)
        self.view.setColumnWidth(0, 300)
        self.view.selectRow(0)
        self.view.doubleClicked.connect(lambda _i: self.done(self.OPEN_EXISTING))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton()
        self.save_button = QPushButton()
        self.back_button = QPushButton()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if not self.certain:
            buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self.done(self.OPEN_EXISTING))
        self.save_button.clicked.connect(lambda: self.done(self.SAVE_ANYWAY))
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 320)
        self.setWindowTitle(self.tr("Possible duplicate"))
        if self.certain:
            self.message.setText(
                self.tr(
                    "An account with this credit code is already on this laptop. A credit code "
                    "belongs to one company, so open that account (or merge) instead."
                )
            )
        else:
            self.message.setText(
                self.tr(
                    "This may be a company that is already here. Open the existing account, "
                    "or save a new one if it really is a different company."
                )
            )
        self.open_button.setText(self.tr("Open the existing account"))
        self.save_button.setText(self.tr("Save as a new account anyway"))
        self.back_button.setText(self.tr("Back to the form"))

    def chosen_account(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else self.model.row(0)["account_id"]
