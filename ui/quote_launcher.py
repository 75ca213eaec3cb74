"""Opening quote editors from the main window: a new quote for the selected account, or an
existing quote found by search.

Kept out of the main window so that it only wires an action and a double-click; who the rep
is (role, rep code) is read from the local user table each time, so it follows a sync.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sfa.app.quotes import create_quote
from sfa.domain.errors import DomainError
from sfa.store.store import LocalStore
from ui.qt import QAction, QKeySequence, QModelIndex, QObject, QWidget, Signal
from ui.quote_context import QuoteAuthor, author_for
from ui.search_model import RecordRole
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.quote_editor import QuoteEditor


class QuoteLauncher(QObject):
    notice = Signal(str)
    """A short message for the status bar (e.g. no account selected)."""
    order_created = Signal(str)
    """An accepted quote became this order (the window shows it on the Orders page)."""

    def __init__(self, store: LocalStore, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._store = store
        self._tasks = tasks
        self._window = window
        self.actor: str | None = None
        """The signed-in user's id, once known (None for the local demo company)."""
        self.new_quote_action = QAction(window)
        self.new_quote_action.setObjectName("newQuote")
        self.new_quote_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.editors: list[QuoteEditor] = []

    def retranslate(self) -> None:
        self.new_quote_action.setText(self.tr("New quote"))
        self.new_quote_action.setToolTip(
            self.tr("A new quote for the account selected in the list (Ctrl+Shift+Q)")
        )

    def author(self) -> QuoteAuthor:
        with self._store.reading() as conn:
            return author_for(conn, self.actor)

    def new_quote(self, account_id: str | None) -> QuoteEditor | None:
        if not account_id:
            self.notice.emit(self.tr("Select an account in the list first."))
            return None
        author = self.author()
        try:
            with self._store.transaction() as conn:
                quote_id = create_quote(
                    conn,
                    account_id,
                    actor=author.actor,
                    rep_code=author.rep_code,
                    today=date.today(),
                )
        except DomainError as exc:
            self.notice.emit(exc.message)
            return None
        return self.open_quote(quote_id, author)

    def open_hit(self, index: QModelIndex) -> QuoteEditor | None:
        """A double-click on a search result: quotes open in the editor."""
        record = index.data(RecordRole) if index.isValid() else None
        if not record or record[0] != "quote":
            return None
        return self.open_quote(record[1])

    def open_quote(self, quote_id: str, author: QuoteAuthor | None = None) -> QuoteEditor:
        from ui.quote_editor import QuoteEditor  # when the first quote opens, not at start-up

        editor = QuoteEditor(
            self._store,
            quote_id,
            author=author or self.author(),
            tasks=self._tasks,
            parent=self._window,
        )
        self.editors.append(editor)
        editor.order_created.connect(self.order_created)
        editor.finished.connect(lambda _result: self._closed(editor))
        editor.show()
        return editor

    def _closed(self, editor: QuoteEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()
