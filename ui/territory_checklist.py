"""A list of ticked choices (the reps of a territory, its industries, its named accounts)."""

from __future__ import annotations

from typing import Any

from ui.qt import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KeyRole = Qt.ItemDataRole.UserRole + 1


class CheckListModel(QAbstractListModel):
    toggled = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    def set_items(self, items: list[tuple[str, str]], checked: set[str]) -> None:
        """``(key, label)`` in display order; ``checked`` keys not listed are added, labelled
        by their key, so nothing ticked is ever dropped unseen."""
        self.beginResetModel()
        known = {key for key, _label in items}
        self._items = list(items) + [(key, key) for key in sorted(checked - known)]
        self._checked = set(checked)
        self.endResetModel()

    def add(self, key: str, text: str) -> None:
        """Add (or tick) one item."""
        if key not in {k for k, _l in self._items}:
            row = len(self._items)
            self.beginInsertRows(QModelIndex(), row, row)
            self._items.append((key, text))
            self.endInsertRows()
        self.set_checked(key, True)

    def set_checked(self, key: str, checked: bool) -> None:
        for row, (item, _text) in enumerate(self._items):
            if item == key:
                (self._checked.add if checked else self._checked.discard)(key)
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
                self.toggled.emit()

    def checked(self) -> list[str]:
        """The ticked keys, in display order."""
        return [key for key, _text in self._items if key in self._checked]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, text = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == KeyRole:
            return key
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_checked(self._items[index.row()][0], checked)
        return True
