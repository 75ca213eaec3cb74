"""Choosing the client of a visit: type part of a name (Chinese, pinyin or initials), pick.

The local search answers off the GUI thread as the rep types; the best match is chosen
at once, so typing a name and pressing Enter is enough.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sfa.store.search import SearchHit, search
from sfa.store.store import LocalStore
from ui.qt import (
    QAbstractListModel,
    QLineEdit,
    QListView,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

AccountIdRole = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150


class AccountHitsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}  ·  {hit.subtitle}" if hit.subtitle else hit.title
        if role == AccountIdRole:
            return hit.record_id
        return None


class AccountPicker(QWidget):
    chosen = Signal(str)
    """The chosen account's id ("" when the choice was cleared)."""

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._generation = 0
        self.query = QLineEdit()
        self.query.setObjectName("accountQuery")
        self.query.setClearButtonEnabled(True)
        self.model = AccountHitsModel()
        self.results = QListView()
        self.results.setObjectName("accountResults")
        self.results.setModel(self.model)
        self.results.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.setFocusProxy(self.query)

    def account_id(self) -> str | None:
        index = self.results.currentIndex()
        return str(index.data(AccountIdRole)) if index.isValid() else None

    def _search(self) -> None:
        self._generation += 1
        generation, text, store = self._generation, self.query.text().strip(), self._store

        def work() -> list[SearchHit]:
            with store.reading() as conn:
                return search(conn, text, limit=20, entities={"account"})

        self._tasks.run(work, lambda hits: self._show(generation, hits), lambda _e: None)

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # an older answer arriving after a newer question
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self.chosen.emit("")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.chosen.emit(str(current.data(AccountIdRole)) if current.isValid() else "")
