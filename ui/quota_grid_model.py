"""The quota grid: one row per rep, one column per month or quarter of a year, the year's total
at the right and the team's total at the bottom.

Cells a manager may set are editable; typing an amount asks the page (``edit_requested``) to
write it — the model never touches the database. A quarter without a quota of its own shows
the sum of its monthly quotas, in italics, with a tooltip saying so.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sfa.analytics.attainment import ZERO, Period, QuotaEntry, quota_for
from sfa.domain.enums import QuotaPeriodKind
from sfa.domain.errors import DomainError
from ui.manager_data import Person
from ui.page_labels import money
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from ui.quota_edits import parse_amount

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PeriodRole = Qt.ItemDataRole.UserRole + 1
RepRole = Qt.ItemDataRole.UserRole + 2


def period_label(period: Period) -> str:
    if period.kind == QuotaPeriodKind.QUARTER:
        quarter = (period.start.month - 1) // 3 + 1
        return QCoreApplication.translate("QuotaGrid", "Q{n}").format(n=quarter)
    return QCoreApplication.translate("QuotaGrid", "{month:02d}/{year}").format(
        month=period.start.month, year=period.start.year
    )


class QuotaGridModel(QAbstractTableModel):
    REP = 0
    edit_requested = Signal(str, object, object)
    """(rep id, Period, Decimal or None) — a manager typed a quota."""
    refused = Signal(str)
    """Typed text that is not an amount, in plain words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._reps: list[Person] = []
        self._periods: list[Period] = []
        self._quotas: list[QuotaEntry] = []
        self._editable = False

    def set_data(
        self, reps: list[Person], periods: list[Period], quotas: list[QuotaEntry], *, editable: bool
    ) -> None:
        self.beginResetModel()
        self._reps, self._periods, self._quotas = list(reps), list(periods), list(quotas)
        self._editable = editable
        self.endResetModel()

    def period_at(self, column: int) -> Period | None:
        return self._periods[column - 1] if 1 <= column <= len(self._periods) else None

    def column_of(self, period: Period) -> int:
        return self._periods.index(period) + 1 if period in self._periods else -1

    def rep_at(self, row: int) -> Person | None:
        return self._reps[row] if 0 <= row < len(self._reps) else None

    # -- shape ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or not self._reps else len(self._reps) + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._periods) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.REP:
            return self.tr("Rep")
        period = self.period_at(section)
        if period is not None:
            return period_label(period)
        return self.tr("Year") if section == len(self._periods) + 1 else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and self.rep_at(index.row()) and self.period_at(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # -- values -----------------------------------------------------------------------------
    def _amount(self, row: int, period: Period) -> Decimal | None:
        rep = self.rep_at(row)
        if rep is not None:
            return quota_for(self._quotas, rep.id, period)
        amounts = [quota_for(self._quotas, r.id, period) for r in self._reps]
        known = [amount for amount in amounts if amount is not None]
        return sum(known, ZERO) if known else None

    def _year(self, row: int) -> Decimal | None:
        amounts = [self._amount(row, period) for period in self._periods]
        known = [amount for amount in amounts if amount is not None]
        return sum(known, ZERO) if known else None

    def _own(self, row: int, period: Period) -> bool:
        rep = self.rep_at(row)
        return rep is not None and any(
            e.user_id == rep.id and e.period == period for e in self._quotas
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        rep, period = self.rep_at(row), self.period_at(column)
        if role == RepRole:
            return rep.id if rep is not None else None
        if role == PeriodRole:
            return period
        if column == self.REP:
            if role == Qt.ItemDataRole.DisplayRole:
                return rep.name if rep is not None else self.tr("Team total")
            return None
        amount = self._amount(row, period) if period is not None else self._year(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return money(amount, "CNY") if amount is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            return str(amount) if amount is not None and period and self._own(row, period) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        derived = (
            amount is not None
            and period is not None
            and rep is not None
            and not self._own(row, period)
        )
        if role == Qt.ItemDataRole.FontRole and (derived or rep is None):
            font = QFont()
            font.setItalic(derived)
            font.setBold(rep is None)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and derived and rep is not None:
            return self.tr("The sum of this quarter's monthly quotas")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        rep, period = self.rep_at(index.row()), self.period_at(index.column())
        assert rep is not None and period is not None
        try:
            amount = parse_amount(str(value or ""))
        except DomainError as exc:
            self.refused.emit(exc.message)
            return False
        self.edit_requested.emit(rep.id, period, amount)
        return True
