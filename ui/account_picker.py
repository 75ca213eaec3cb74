"""Choosing an account by typing part of its name (Chinese, pinyin, initials), from the local
search, for forms that need one (a new contact from the Contacts page)."""

from __future__ import annotations

from sfa.store.search import SearchHit, search
from sfa.store.store import LocalStore
from ui.qt import QCompleter, QLineEdit, QModelIndex, QTimer, QWidget, Signal
from ui.search_model import RecordRole, SearchResultsModel
from ui.tasks import TaskRunner


class AccountPicker(QLineEdit):
    picked = Signal(str)
    """The chosen account's id ("" when the text no longer names one)."""

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountPicker")
        self._store = store
        self._tasks = tasks
        self._generation = 0
        self.account_id = ""
        self.hits = SearchResultsModel()
        self.completer_ = QCompleter(self.hits, self)
        self.completer_.setCompletionColumn(SearchResultsModel.TITLE)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(120)
        self._pause.timeout.connect(self._search)
        self.textEdited.connect(self._typed)

    def set_account(self, account_id: str, name: str) -> None:
        self.account_id = account_id
        self.setText(name)

    def _typed(self, _text: str) -> None:
        if self.account_id:
            self.account_id = ""
            self.picked.emit("")
        self._pause.start()

    def _search(self) -> None:
        query = self.text().strip()
        self._generation += 1
        generation = self._generation

        def work() -> list[SearchHit]:
            with self._store.reading() as conn:
                return search(conn, query, limit=20, entities={"account"})

        def done(hits: list[SearchHit]) -> None:
            if generation == self._generation:
                self.hits.set_hits(hits)
                if hits and self.hasFocus():
                    self.completer_.complete()

        self._tasks.run(work, done, lambda _error: self.hits.set_hits([]))

    def _chosen(self, index: QModelIndex) -> None:
        record = index.sibling(index.row(), 0).data(RecordRole)
        if record:
            self.set_account(record[1], index.sibling(index.row(), SearchResultsModel.TITLE).data())
            self.picked.emit(record[1])
