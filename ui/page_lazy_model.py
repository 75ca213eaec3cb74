"""A table model for lists of any length: pages fetched off the GUI thread as the view
scrolls, sorted and filtered in SQL.

The view asks ``canFetchMore``/``fetchMore`` when it needs rows; a page is read on the task
runner and appended when it arrives. Changing the sort or the filter starts a new
*generation*: a page of an older one that arrives late is dropped, so what is shown always
matches what the rep asked for last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection

from sfa.store.lists import ListFilter, ListOrder
from sfa.store.store import LocalStore
from ui.page_table import IdRole, RowRole
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from ui.tasks import TaskRunner

PAGE_SIZE = 256

PageQuery = Callable[[Connection, ListFilter, ListOrder, int, int], list[dict[str, Any]]]
CountQuery = Callable[[Connection, ListFilter], int]
Shown = Callable[[dict[str, Any]], str]


class LazyTableModel(QAbstractTableModel):
    counted = Signal(int)
    """How many rows the whole filtered list has (for a “1,234 accounts” label)."""
    failed = Signal(str)

    CONTEXT = "LazyTableModel"
    COLUMNS: Sequence[tuple[str, str, Shown]] = ()
    """(untranslated title, sort key, how a row shows in the column)."""

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        page: PageQuery,
        count: CountQuery,
        *,
        default_order: ListOrder,
    ) -> None:
        super().__init__()
        self._store = store
        self._tasks = tasks
        self._page = page
        self._count = count
        self._rows: list[dict[str, Any]] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self.filter = ListFilter()
        self.order = default_order

    @property
    def started(self) -> bool:
        """Whether the list was read at all: the view sorts once when sorting is enabled and
        again when told the sort column, and reading 100,000 rows' order thrice is waste."""
        return self._generation > 0

    def set_filter(self, where: ListFilter) -> None:
        if where != self.filter:
            self.filter = where
            self.reload()

    def reload(self) -> None:
        """Start again from the first page (a sync, an edit, another sort or filter)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()
        generation, where, count = self._generation, self.filter, self._count

        def work() -> int:
            with self._store.reading() as conn:
                return count(conn, where)

        def done(total: int) -> None:
            if generation == self._generation:
                self.counted.emit(total)

        self._tasks.run(work, done, self._failed)

    def row_of(self, record_id: str) -> int:
        """The row showing ``record_id`` among those fetched so far, or -1."""
        return next((n for n, row in enumerate(self._rows) if row["id"] == record_id), -1)

    def row(self, number: int) -> dict[str, Any]:
        return self._rows[number]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._loading = True
        generation, where, order, offset = (
            self._generation,
            self.filter,
            self.order,
            len(self._rows),
        )
        page = self._page

        def work() -> list[dict[str, Any]]:
            with self._store.reading() as conn:
                return page(conn, where, order, offset, PAGE_SIZE)

        def done(rows: list[dict[str, Any]]) -> None:
            if generation != self._generation:
                return  # an older sort or filter: its rows are no longer wanted
            self._loading = False
            if len(rows) < PAGE_SIZE:
                self._exhausted = True
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._loading = False
                self._exhausted = True
                self._failed(error)

        self._tasks.run(work, done, failed)

    def _failed(self, error: Exception) -> None:
        message = QCoreApplication.translate("LazyTableModel", "Could not read the list: {error}")
        self.failed.emit(message.format(error=error))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        wanted = ListOrder(self.COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order or not self.started:
            self.order = wanted
            self.reload()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[index.column()][2](row)
        if role == IdRole:
            return row["id"]
        if role == RowRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][0])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])
