"""The forecast table: per rep, closed + commit + best case + weighted pipeline = total, the
quota beside it, and the manager's commit override with its note; the team's roll-up last."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sfa.analytics.forecast import RepForecast
from ui.page_labels import money
from ui.qt import QAbstractTableModel, QFont, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RepIdRole = Qt.ItemDataRole.UserRole + 1


class ForecastModel(QAbstractTableModel):
    NAME, CLOSED, COMMIT, BEST_CASE, PIPELINE, TOTAL, QUOTA, NOTE = range(8)

    def __init__(self, parent: Any = None, *, by_period: bool = False) -> None:
        super().__init__(parent)
        self._by_period = by_period
        """Rows are one rep's periods (“My numbers”) rather than reps."""
        self._rows: list[tuple[str, RepForecast, Decimal | None]] = []
        self._total: tuple[str, RepForecast, Decimal | None] | None = None

    def set_rows(
        self,
        rows: list[tuple[str, RepForecast, Decimal | None]],
        total: tuple[str, RepForecast, Decimal | None] | None,
    ) -> None:
        """``(name, forecast, quota)`` per rep, and the roll-up row (or ``None``)."""
        self.beginResetModel()
        self._rows, self._total = list(rows), total
        self.endResetModel()

    def forecasts(self) -> list[tuple[str, RepForecast, Decimal | None]]:
        return list(self._rows)

    def _row(self, row: int) -> tuple[str, RepForecast, Decimal | None]:
        if row < len(self._rows):
            return self._rows[row]
        assert self._total is not None
        return self._total

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows) + (1 if self._total else 0)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Period") if self._by_period else self.tr("Rep"),
            self.tr("Closed"),
            self.tr("Commit"),
            self.tr("Best case"),
            self.tr("Pipeline (weighted)"),
            self.tr("Forecast"),
            self.tr("Quota"),
            self.tr("Manager's call"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, figures, quota = self._row(index.row())
        column = index.column()
        is_total = index.row() >= len(self._rows)
        if role == RepIdRole:
            return None if is_total else figures.user_id
        if role == Qt.ItemDataRole.FontRole and (
            is_total or (column == self.COMMIT and figures.override)
        ):
            font = QFont()
            font.setBold(is_total)
            font.setItalic(column == self.COMMIT and figures.override is not None)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COMMIT and figures.override:
            return self.tr(
                "The manager's call; the rep's committed deals add up to {amount}"
            ).format(amount=money(figures.committed, "CNY"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.NAME, self.NOTE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return name
        if column == self.NOTE:
            return (figures.override.note or "") if figures.override else ""
        if column == self.QUOTA:
            return money(quota, "CNY") if quota is not None else "—"
        amounts = {
            self.CLOSED: figures.closed,
            self.COMMIT: figures.commit,
            self.BEST_CASE: figures.best_case,
            self.PIPELINE: figures.pipeline,
            self.TOTAL: figures.total,
        }
        return money(amounts[column], "CNY")
