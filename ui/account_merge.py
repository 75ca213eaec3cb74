"""Merging two accounts that are one company: the rep picks the one to keep and confirms.

The dialog says what will happen before anything does: the other account's contacts, deals,
activities, visits and quotes move to the one kept, empty fields are filled from it, and it is
removed; its agreed prices stay behind for a manager to re-issue.
"""

from __future__ import annotations

from typing import Any

from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class MergeDialog(QDialog):
    def __init__(
        self, first: dict[str, Any], second: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self._accounts = (first, second)
        self.setWindowTitle(self.tr("Merge two accounts"))
        intro = QLabel(self.tr("Which account do you keep?"))
        self.choices = [QRadioButton(_describe(account)) for account in self._accounts]
        self.choices[0].setChecked(True)
        explanation = QLabel(
            self.tr(
                "The other account's contacts, deals, activities, visits and quotes move to the "
                "one you keep, and its empty fields are filled from the other. The other account "
                "is then removed for everyone once you sync. Its agreed prices stay with it: "
                "a manager re-issues them. This cannot be undone."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for choice in self.choices:
            layout.addWidget(choice)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def survivor_and_duplicate(self) -> tuple[str, str]:
        first, second = self._accounts
        if self.choices[0].isChecked():
            return first["id"], second["id"]
        return second["id"], first["id"]


def _describe(account: dict[str, Any]) -> str:
    place = " ".join(p for p in (account.get("province"), account.get("city")) if p)
    return f"{account['name']}  ({place})" if place else str(account["name"])
