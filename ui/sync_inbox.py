"""The conflicts inbox and the refused-changes list, side by side in one dialog.

Conflicts show each field as mine / theirs and resolve one at a time; refused changes show
what was refused and why, and can be resent, exported or — explicitly — discarded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sfa.app.rejected import export_csv, resend
from sfa.store import outbox
from sfa.store.conflicts import KEEP_MINE, KEEP_THEIRS, open_conflicts, resolve
from sfa.store.store import LocalStore
from ui.qt import (
    QAbstractTableModel,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

RowIdRole = Qt.ItemDataRole.UserRole + 1


def _show(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class RowsModel(QAbstractTableModel):
    """A read-only table of dict rows with fixed columns; reloaded after every action."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], str]]], key: str) -> None:
        super().__init__()
        self._columns = list(columns)
        self._key = key
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == RowIdRole:
            return row[self._key]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None


class SyncInbox(QDialog):
    def __init__(
        self, store: LocalStore, *, actor: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts and refused changes"))
        self.resize(900, 420)
        self._store = store
        self._actor = actor
        self.conflicts = RowsModel(
            [
                (self.tr("Record"), lambda r: f"{r['entity']} {r['record_id'][:8]}"),
                (self.tr("Field"), lambda r: r["field"]),
                (self.tr("Mine"), lambda r: _show(r["client_value"])),
                (self.tr("Theirs (kept on the server)"), lambda r: _show(r["server_value"])),
            ],
            key="id",
        )
        self.refused = RowsModel(
            [
                (self.tr("Record"), lambda r: f"{r['entity']} {r['record_id'][:8]}"),
                (
                    self.tr("Change"),
                    lambda r: _show(r["fields"]) if r["op"] == "upsert" else self.tr("delete"),
                ),
                (self.tr("Why"), lambda r: (r["error"] or {}).get("message", "")),
            ],
            key="seq",
        )
        self.conflicts_view = _view(self.conflicts)
        self.refused_view = _view(self.refused)
        tabs = QTabWidget()
        tabs.addTab(
            self._page(
                self.conflicts_view,
                [
                    (self.tr("Keep mine"), lambda: self._resolve(KEEP_MINE)),
                    (self.tr("Keep theirs"), lambda: self._resolve(KEEP_THEIRS)),
                ],
            ),
            self.tr("Conflicts"),
        )
        tabs.addTab(
            self._page(
                self.refused_view,
                [
                    (self.tr("Resend"), self._resend),
                    (self.tr("Discard…"), self._discard),
                    (self.tr("Export…"), self._export),
                ],
            ),
            self.tr("Refused changes"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.reload()

    def reload(self) -> None:
        with self._store.reading() as conn:
            self.conflicts.set_rows(open_conflicts(conn))
            self.refused.set_rows(outbox.rejected(conn))

    def _page(self, view: QTableView, actions: list[tuple[str, Callable[[], None]]]) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(view)
        layout.addLayout(buttons)
        return page

    def _selected(self, view: QTableView) -> Any:
        index = view.currentIndex()
        return index.data(RowIdRole) if index.isValid() else None

    def _resolve(self, choice: str) -> None:
        conflict_id = self._selected(self.conflicts_view)
        if conflict_id is None:
            return
        with self._store.transaction() as conn:
            resolve(conn, conflict_id, choice, actor=self._actor)
        self.reload()

    def _resend(self) -> None:
        seq = self._selected(self.refused_view)
        if seq is None:
            return
        with self._store.transaction() as conn:
            resend(conn, seq)
        self.reload()

    def _discard(self) -> None:
        seq = self._selected(self.refused_view)
        if seq is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard change"),
            self.tr("Discard this refused change for good? It will not be sent again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            with self._store.transaction() as conn:
                outbox.discard(conn, seq)
            self.reload()

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export refused changes"), "refused-changes.csv", "CSV (*.csv)"
        )
        if name:
            with self._store.reading() as conn:
                export_csv(conn, Path(name))


def _view(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view
