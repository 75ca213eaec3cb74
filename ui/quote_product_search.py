"""The “add a line” box: the rep types a SKU or a product name (Chinese too) and presses Enter.

Completion matches anywhere in “SKU  name”, case-insensitively, so ``tn-1``, ``TN-100`` and
``硒鼓`` all offer the toner. Enter adds the product the text names unambiguously; when it
names several, the list of candidates opens instead of guessing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ui.qt import (
    QAbstractListModel,
    QCompleter,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QWidget,
    Signal,
)
from ui.quote_snapshot import ProductChoice

ProductIdRole = Qt.ItemDataRole.UserRole + 1


class ProductChoicesModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._choices: list[ProductChoice] = []

    def set_choices(self, choices: Sequence[ProductChoice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return choice.label
        if role == ProductIdRole:
            return choice.product_id
        return None

    def resolve(self, text: str) -> list[ProductChoice]:
        """The products ``text`` names: an exact label, SKU or name first, else every product
        whose label contains it."""
        typed = text.strip().casefold()
        if not typed:
            return []
        keys: tuple[Callable[[ProductChoice], str], ...] = (
            lambda c: c.label.casefold(),
            lambda c: c.sku.casefold(),
            lambda c: c.name.casefold(),
        )
        for key in keys:
            exact = [c for c in self._choices if key(c) == typed]
            if exact:
                return exact
        return [c for c in self._choices if typed in c.label.casefold()]


class ProductSearch(QLineEdit):
    """Emits ``product_chosen(product_id)`` and clears itself, ready for the next product."""

    product_chosen = Signal(str)
    not_found = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productSearch")
        self.setClearButtonEnabled(True)
        self.choices = ProductChoicesModel()
        completer = QCompleter(self.choices, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(self._choose)
        self.returnPressed.connect(lambda: self._choose(self.text()))

    def _choose(self, text: str) -> None:
        if not text.strip():
            return  # the completer and Return may both report one choice: the first wins
        found = self.choices.resolve(text)
        if len(found) == 1:
            popup = self.completer().popup()
            if popup is not None:
                popup.hide()
            self.clear()
            self.product_chosen.emit(found[0].product_id)
        elif found:
            self.completer().setCompletionPrefix(text.strip())
            self.completer().complete()
        else:
            self.not_found.emit(text.strip())
