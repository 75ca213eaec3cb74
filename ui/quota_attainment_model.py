"""Attainment rows (a rep, a team, a territory or a period): quota, won, and won ÷ quota."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sfa.analytics.attainment import Attainment
from ui.page_labels import money
from ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RatioRole = Qt.ItemDataRole.UserRole + 1


def percent(ratio: Decimal | None) -> str:
    """0.8542 → ``85.4%``; no quota → a dash."""
    return "—" if ratio is None else f"{ratio * 100:.1f}%"


class AttainmentModel(QAbstractTableModel):
    NAME, QUOTA, WON, RATIO = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Attainment]] = []

    def set_rows(self, rows: list[tuple[str, Attainment]]) -> None:
        """``(label, figures)`` pairs, shown in that order."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[tuple[str, Attainment]]:
        return list(self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Quota"), self.tr("Won"), self.tr("Attainment"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, figures = self._rows[index.row()]
        column = index.column()
        if role == RatioRole:
            return figures.ratio
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return label
        if column == self.QUOTA:
            return money(figures.quota, "CNY") if figures.quota is not None else "—"
        if column == self.WON:
            return money(figures.won, "CNY")
        return percent(figures.ratio)
