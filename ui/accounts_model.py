"""All accounts on the laptop as a lazily fetched, SQL-sorted table model.

Rows arrive a page at a time as the view scrolls (``canFetchMore``/``fetchMore``), so a
100,000-account laptop opens the list as fast as a 100-account one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sfa.store.store import LocalStore
from sfa.store.tables import Account
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_accounts = Account.__table__
PAGE_SIZE = 256
RecordIdRole = Qt.ItemDataRole.UserRole + 1


class AccountsModel(QAbstractTableModel):
    NAME, CITY, PHONE, STATUS, CREDIT_CODE = range(5)
    _COLUMNS = (
        (QT_TRANSLATE_NOOP("AccountsModel", "Name"), _accounts.c.name),
        (QT_TRANSLATE_NOOP("AccountsModel", "City"), _accounts.c.city),
        (QT_TRANSLATE_NOOP("AccountsModel", "Phone"), _accounts.c.phone),
        (QT_TRANSLATE_NOOP("AccountsModel", "Status"), _accounts.c.status),
        (QT_TRANSLATE_NOOP("AccountsModel", "Credit code"), _accounts.c.credit_code),
    )

    def __init__(self, store: LocalStore) -> None:
        super().__init__()
        self._store = store
        self._rows: list[tuple[Any, ...]] = []
        self._exhausted = False
        self._sort_column = self.NAME
        self._descending = False

    def reload(self) -> None:
        """Start again from the first page (after a sync or a sort)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows))
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _page(self, offset: int) -> list[tuple[Any, ...]]:
        order = self._COLUMNS[self._sort_column][1]
        ordering = order.desc() if self._descending else order.asc()
        query = (
            select(_accounts.c.id, *(column for _, column in self._COLUMNS))
            .where(_accounts.c.deleted.is_(False))
            .order_by(ordering, _accounts.c.id)
            .offset(offset)
            .limit(PAGE_SIZE)
        )
        with self._store.reading() as connection:
            return [tuple(row) for row in connection.execute(query)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._COLUMNS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[index.column() + 1]
            return "" if value is None else str(value)
        if role == RecordIdRole:
            return row[0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._COLUMNS)
        ):
            return QCoreApplication.translate("AccountsModel", self._COLUMNS[section][0])
        return None
