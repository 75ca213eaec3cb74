"""Search results as a Qt table model: kind, title, detail."""

from __future__ import annotations

from typing import Any

from sfa.store.search import SearchHit
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_KIND_LABELS = {
    "account": QT_TRANSLATE_NOOP("SearchResultsModel", "Account"),
    "contact": QT_TRANSLATE_NOOP("SearchResultsModel", "Contact"),
    "opportunity": QT_TRANSLATE_NOOP("SearchResultsModel", "Opportunity"),
    "quote": QT_TRANSLATE_NOOP("SearchResultsModel", "Quote"),
}

RecordRole = Qt.ItemDataRole.UserRole + 1


class SearchResultsModel(QAbstractTableModel):
    KIND, TITLE, DETAIL = range(3)
    _HEADERS = (
        QT_TRANSLATE_NOOP("SearchResultsModel", "Kind"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Name"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Details"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.KIND:
                return QCoreApplication.translate(
                    "SearchResultsModel", _KIND_LABELS.get(hit.entity, hit.entity)
                )
            if column == self.TITLE:
                return hit.title
            if column == self.DETAIL:
                return hit.subtitle
        if role == RecordRole:
            return (hit.entity, hit.record_id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._HEADERS)
        ):
            return QCoreApplication.translate("SearchResultsModel", self._HEADERS[section])
        return None
