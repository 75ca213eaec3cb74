"""The main window: a search box over the local store, the results, and all accounts.

The full rep desktop (navigation rail, Today, calendar…) grows from here; this window
already follows the rules it will keep: model/view tables, searches run off the GUI thread,
and layout remembered between runs.
"""

from __future__ import annotations

from sfa.store.search import SearchHit, search
from sfa.store.store import LocalStore
from ui.accounts_model import AccountsModel, RecordIdRole
from ui.i18n import Translations, remember_language
from ui.qt import (
    QAction,
    QEvent,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSettings,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from ui.quote_launcher import QuoteLauncher
from ui.search_model import SearchResultsModel
from ui.sync_controller import SyncController
from ui.sync_inbox import SyncInbox
from ui.tasks import TaskRunner

SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    def __init__(self, store: LocalStore, *, profile_label: str, tasks: TaskRunner) -> None:
        super().__init__()
        self._store = store
        self._tasks = tasks
        self._search_generation = 0
        self._profile_label = profile_label

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.results_model = SearchResultsModel()
        self.results_view = _table(self.results_model)
        self.accounts_model = AccountsModel(store)
        self.accounts_view = _table(self.accounts_model)
        self.accounts_view.setSortingEnabled(True)
        self.accounts_view.sortByColumn(AccountsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.accounts_view.setColumnWidth(AccountsModel.NAME, 340)
        self.accounts_view.setColumnWidth(AccountsModel.PHONE, 150)
        self.results_view.setColumnWidth(SearchResultsModel.TITLE, 340)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results_view)
        splitter.addWidget(self.accounts_view)
        splitter.setSizes([200, 500])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_box)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._attach_quotes(store, tasks)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._start_search)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence("Ctrl+K"))
        focus_search.triggered.connect(self.search_box.setFocus)
        self.addAction(focus_search)
        self._restore_layout()
        self.retranslate()

    def retranslate(self) -> None:
        """Every visible text, set again when the interface language changes."""
        self.setWindowTitle(self.tr("SFA Desk — {profile}").format(profile=self._profile_label))
        self.search_box.setPlaceholderText(
            self.tr("Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)")
        )
        for model in (self.accounts_model, self.results_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self.quotes.retranslate()
        self._quotes_toolbar.setWindowTitle(self.tr("Quotes"))
        if hasattr(self, "_language_menu"):
            self._language_menu.setTitle(self.tr("&Language"))
        if hasattr(self, "sync_action"):
            self.sync_action.setText(self.tr("Sync now"))
            self.sync_action.setToolTip(
                self.tr("Send your changes and receive your colleagues' (F9)")
            )
            self.inbox_action.setText(self.tr("Conflicts and refused changes"))
            self.sync_controller.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def attach_sync(self, controller: SyncController, *, actor: str | None) -> None:
        """Sync button (F9, as Outlook's Send/Receive), the status indicator and the inbox."""
        self.sync_controller = controller
        self.quotes.actor = actor
        toolbar = QToolBar(self.tr("Sync"))
        toolbar.setObjectName("syncToolbar")
        self.addToolBar(toolbar)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(lambda _checked=False: controller.sync_now())
        toolbar.addAction(self.sync_action)
        self.inbox_action = QAction(self)
        self.inbox_action.triggered.connect(
            lambda: SyncInbox(self._store, actor=actor, parent=self).exec()
        )
        toolbar.addAction(self.inbox_action)
        controller.status_changed.connect(self.show_status)
        controller.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        controller.synced.connect(lambda _report: self._after_sync())
        self.retranslate()

    def _attach_quotes(self, store: LocalStore, tasks: TaskRunner) -> None:
        """“New quote” for the selected account; a double-clicked quote hit opens its editor."""
        self.quotes = QuoteLauncher(store, tasks, self)
        self.quotes.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.quotes.new_quote_action.triggered.connect(
            lambda _checked=False: self.quotes.new_quote(
                self.accounts_view.currentIndex().data(RecordIdRole)
            )
        )
        self.results_view.doubleClicked.connect(self.quotes.open_hit)
        self._quotes_toolbar = QToolBar()
        self._quotes_toolbar.setObjectName("quotesToolbar")
        self._quotes_toolbar.addAction(self.quotes.new_quote_action)
        self.addToolBar(self._quotes_toolbar)

    def attach_language(self, translations: Translations) -> None:
        """A Language menu (中文 / English); the choice is remembered for the next start."""
        self._language_menu = self.menuBar().addMenu("")
        self._language_actions: dict[str, QAction] = {}
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(translations.language == code)
            action.triggered.connect(
                lambda _checked=False, c=code: self._switch_language(translations, c)
            )
            self._language_menu.addAction(action)
            self._language_actions[code] = action
        self.retranslate()

    def _switch_language(self, translations: Translations, code: str) -> None:
        translations.apply(code)
        remember_language(code)
        for other, action in self._language_actions.items():
            action.setChecked(other == code)

    def _after_sync(self) -> None:
        self.accounts_model.reload()
        if self.search_box.text().strip():
            self._start_search()

    def _start_search(self) -> None:
        query = self.search_box.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not query:
            self.results_model.set_hits([])
            return

        def work() -> list[SearchHit]:
            with self._store.reading() as connection:
                return search(connection, query, limit=50)

        def done(hits: list[SearchHit]) -> None:
            if generation == self._search_generation:  # a newer keystroke wins
                self.results_model.set_hits(hits)

        def failed(exc: Exception) -> None:
            self.statusBar().showMessage(self.tr("Search failed: {error}").format(error=exc), 8000)

        self._tasks.run(work, done, failed)

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    def closeEvent(self, event: object) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view
