"""“Export…” for any list: the columns the view shows, every row of the list, as CSV (UTF-8
with BOM, so Excel opens Chinese correctly) or ``.xlsx``.

A lazily fetched list has only the pages scrolled so far in memory. A model that can read
its whole list itself (``read_all`` + ``COLUMNS`` + ``store``, as the page models offer) is
read again on the task runner, with the rep's current filter and sort; any other model is
fetched to the end (``canFetchMore``/``fetchMore``) and walked as displayed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import Connection

from sfa.io.table_export import write_table
from sfa.store.store import LocalStore
from ui.qt import (
    QAbstractItemModel,
    QFileDialog,
    QModelIndex,
    QObject,
    Qt,
    QTableView,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

Rows = Callable[[], list[list[str]]]


@runtime_checkable
class ReadsAll(Protocol):
    """A list model that can read every row of its current filter and order itself."""

    COLUMNS: Sequence[tuple[str, str, Callable[[dict[str, Any]], str]]]

    @property
    def store(self) -> LocalStore: ...

    def read_all(self, conn: Connection) -> list[dict[str, Any]]: ...


def visible_columns(view: QTableView) -> list[int]:
    """The model columns the view shows, in the order the user arranged them."""
    header = view.horizontalHeader()
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [column for column in logical if not view.isColumnHidden(column)]


def snapshot(
    model: QAbstractItemModel, columns: Sequence[int] | None = None
) -> tuple[list[str], Rows]:
    """The headers now, and how to get the rows (safe to call on a worker thread)."""
    chosen = list(columns) if columns is not None else list(range(model.columnCount()))
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in chosen
    ]
    if isinstance(model, ReadsAll):
        store, shown = model.store, [model.COLUMNS[c][2] for c in chosen]

        def read() -> list[list[str]]:
            with store.reading() as conn:
                rows = model.read_all(conn)
            return [[_text(show(row)) for show in shown] for row in rows]

        return headers, read
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        if model.rowCount() == before:
            break
    rows = [
        [_text(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)) for c in chosen]
        for r in range(model.rowCount())
    ]
    return headers, lambda: rows


def export_model(
    model: QAbstractItemModel, path: Path, columns: Sequence[int] | None = None
) -> Path:
    """Write the whole list to ``path`` now (``.xlsx`` by suffix, else CSV)."""
    headers, rows = snapshot(model, columns)
    return write_table(Path(path), headers, rows(), sheet=path.stem)


def _text(value: object) -> str:
    return "" if value is None else str(value)


class ListExport(QObject):
    """Asks where to save a view's list, then reads and writes it on the task runner."""

    saved = Signal(str)
    failed = Signal(object)

    def __init__(self, view: QTableView, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._view, self._tasks, self._window = view, tasks, window
        self.save_path: Callable[[str], str] = self._ask_save_path
        """Suggested file name → chosen path ("" to give up); tests answer themselves."""

    def run(self, suggested_name: str) -> None:
        path = self.save_path(suggested_name)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".csv")
        model = self._view.model()
        headers, rows = snapshot(model, visible_columns(self._view))

        def work() -> str:
            return str(write_table(target, headers, rows(), sheet=target.stem))

        self._tasks.run(work, self.saved.emit, self.failed.emit)

    def _ask_save_path(self, suggested: str) -> str:
        path, _chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export list"),
            suggested,
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        return path
