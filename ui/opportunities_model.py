"""Opportunities as a table: sorted and filtered by the database, fetched a page at a time."""

from __future__ import annotations

from typing import Any

from sfa.app.opportunities import OpportunityFilter, OpportunityRow, list_opportunities
from sfa.store.store import LocalStore
from ui.pipeline_labels import money_or_dash, percent, short_date, stage_name
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

PAGE_SIZE = 256
OpportunityIdRole = Qt.ItemDataRole.UserRole + 1


class OpportunitiesModel(QAbstractTableModel):
    NAME, ACCOUNT, STAGE, AMOUNT, PROBABILITY, WEIGHTED, CLOSE_DATE, OWNER = range(8)
    _COLUMNS = (
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Opportunity"), "name"),
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Account"), "account"),
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Stage"), "stage"),
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Amount"), "amount"),
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Probability"), "probability"),
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Weighted"), "weighted"),
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Close date"), "close_date"),
        (QT_TRANSLATE_NOOP("OpportunitiesModel", "Owner"), "owner"),
    )
    _RIGHT = (AMOUNT, PROBABILITY, WEIGHTED)

    def __init__(self, store: LocalStore) -> None:
        super().__init__()
        self._store = store
        self._rows: list[OpportunityRow] = []
        self._exhausted = True
        self._filter = OpportunityFilter()
        self._sort = "close_date"
        self._descending = False

    def set_filter(self, filters: OpportunityFilter) -> None:
        self._filter = filters
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter, a sort, a move or a sync)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    def row_at(self, row: int) -> OpportunityRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        with self._store.reading() as conn:
            page = list_opportunities(
                conn,
                self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=len(self._rows),
                limit=PAGE_SIZE,
            )
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._COLUMNS):
            return
        self._sort = self._COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OpportunityIdRole:
            return row.id
        return None

    def _text(self, row: OpportunityRow, column: int) -> str:
        texts = {
            self.NAME: lambda: row.name,
            self.ACCOUNT: lambda: row.account_name,
            self.STAGE: lambda: stage_name(row.stage),
            self.AMOUNT: lambda: money_or_dash(row.amount, row.currency),
            self.PROBABILITY: lambda: percent(row.probability),
            self.WEIGHTED: lambda: money_or_dash(row.weighted, row.currency),
            self.CLOSE_DATE: lambda: short_date(row.close_date),
            self.OWNER: lambda: row.owner_name,
        }
        return texts[column]() if column in texts else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._COLUMNS)
        ):
            return QCoreApplication.translate("OpportunitiesModel", self._COLUMNS[section][0])
        return None
