"""The open pool's tables: accounts nobody owns, and the ones the user holds from it."""

from __future__ import annotations

from typing import Any

from sfa.sync.manager_api import Holding, PoolAccount
from ui.page_labels import label, when
from ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
AccountIdRole = Qt.ItemDataRole.UserRole + 1


class PoolModel(QAbstractTableModel):
    NAME, PROVINCE, CITY, INDUSTRY, TERRITORY = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PoolAccount] = []

    def set_rows(self, rows: list[PoolAccount]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Account"),
            self.tr("Province"),
            self.tr("City"),
            self.tr("Industry"),
            self.tr("Territory"),
        )
        return titles[section] if 0 <= section < 5 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == AccountIdRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            row.name,
            row.province or "",
            row.city or "",
            label("industry", row.industry) if row.industry else "",
            row.territory_name or "",
        )
        return values[index.column()]


class HoldingsModel(QAbstractTableModel):
    NAME, CLAIMED, RETURNS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Holding] = []

    def set_rows(self, rows: list[Holding]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Account"),
            self.tr("Claimed"),
            self.tr("Back to the pool if untouched by"),
        )
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == AccountIdRole:
            return row.account_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.name, when(row.claimed_at.date()), when(row.returns_at.date()))
        return values[index.column()]
