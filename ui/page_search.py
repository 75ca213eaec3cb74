"""The global search: the box in the top bar and the results page it fills as the rep types.

Typing waits for a short pause (debounce), runs the local search off the GUI thread, and
shows the results only if no newer keystroke came meanwhile. Down moves into the results,
Enter opens the best (or the selected) hit, Escape clears the box; opening a hit is the
window's business (``opened`` says which record).
"""

from __future__ import annotations

from typing import Any

from sfa.store.search import SearchHit, search
from sfa.store.store import LocalStore
from ui.page_table import make_table
from ui.qt import (
    QAction,
    QCoreApplication,
    QEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.search_model import RecordRole, SearchResultsModel
from ui.style import icon
from ui.tasks import TaskRunner

SEARCH_DELAY_MS = 120


class GlobalSearch(QObject):
    opened = Signal(object)
    """The index of the hit to open (its ``RecordRole`` is ``(entity, id)``)."""
    searching = Signal(bool)
    """True when there is something to show, False once the box is cleared."""
    failed = Signal(str)

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._generation = 0
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.model = SearchResultsModel()
        self.view = make_table(self.model)
        self.view.setObjectName("searchResults")
        self.view.setColumnWidth(SearchResultsModel.KIND, 110)
        self.view.setColumnWidth(SearchResultsModel.TITLE, 380)
        self.view.doubleClicked.connect(self.opened.emit)
        for key in ("Return", "Enter"):
            enter = QAction(self.view)
            enter.setShortcut(QKeySequence(key))
            enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            enter.triggered.connect(lambda _c=False: self.opened.emit(self.view.currentIndex()))
            self.view.addAction(enter)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _text: self._debounce.start())
        self.box.returnPressed.connect(self._open_first)
        self.box.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow",
                "Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)",
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._show_hint()

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def run(self) -> None:
        """Search for what the box holds now; an older search still running is ignored."""
        query = self.box.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self.model.set_hits([])
            self.searching.emit(False)
            return
        self.searching.emit(True)

        def work() -> list[SearchHit]:
            with self._store.reading() as connection:
                return search(connection, query, limit=50)

        def done(hits: list[SearchHit]) -> None:
            if generation == self._generation:  # a newer keystroke wins
                self.model.set_hits(hits)
                self._show_hint()

        def failed(exc: Exception) -> None:
            self.failed.emit(
                QCoreApplication.translate("MainWindow", "Search failed: {error}").format(error=exc)
            )

        self._tasks.run(work, done, failed)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """Down from the box goes to the results; Escape clears it."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                self.view.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape:
                self.box.clear()
                return True
        return super().eventFilter(watched, event)

    def _show_hint(self) -> None:
        query = self.box.text().strip()
        if query and not self.model.rowCount():
            text = QCoreApplication.translate(
                "MainWindow", "Nothing on this laptop matches “{query}”."
            ).format(query=query)
        else:
            text = QCoreApplication.translate(
                "MainWindow", "Enter or double-click opens a result; Esc clears the search."
            )
        self.hint.setText(text)

    def _open_first(self) -> None:
        self._debounce.stop()
        self.run()
        if self.model.rowCount():
            self.opened.emit(self.model.index(0, 0))


def hit_record(index: QModelIndex) -> tuple[str, str] | None:
    record = index.data(RecordRole) if index.isValid() else None
    return (record[0], record[1]) if record else None
