"""The rep's desktop: a navigation rail, the pages, one search box, the sync indicator.

Pages come from :mod:`ui.page_registry` and are built the first time they are shown, so a
start builds (and imports) only the page it opens on. The search box answers as the rep
types (debounced, newest keystroke wins) on a results page that replaces the current page
until a hit is opened or the box is cleared. Layout, toolbar and the last page are
remembered between runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sfa.store import writes
from sfa.store.store import LocalStore
from sfa.sync.transport import Transport
from ui.activity_dialog import ActivityDialog, RecordContext
from ui.approvals_notices import check_decisions
from ui.file_menu import FileMenu
from ui.i18n import Translations, remember_language
from ui.nav_model import NavModel, PageKeyRole
from ui.page_registry import PageContext, pages
from ui.page_search import GlobalSearch, hit_record
from ui.page_table import IdRole
from ui.qt import (
    QAbstractItemView,
    QAction,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListView,
    QMainWindow,
    QModelIndex,
    QSettings,
    QSize,
    QStackedWidget,
    Qt,
    QTableView,
    QToolBar,
    QWidget,
)
from ui.quote_launcher import QuoteLauncher
from ui.style import icon
from ui.sync_controller import SyncController
from ui.sync_inbox import SyncInbox
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.account_page import AccountsPage
    from ui.accounts_model import AccountsModel

_SETTINGS = "main_window"


class MainWindow(QMainWindow):
    def __init__(self, store: LocalStore, *, profile_label: str, tasks: TaskRunner) -> None:
        super().__init__()
        self._store = store
        self._tasks = tasks
        self._search_generation = 0
        self._profile_label = profile_label
        self.quotes = QuoteLauncher(store, tasks, self)
        self.quotes.notice.connect(self.notify)
        self.quotes.new_quote_action.setIcon(icon("quotes"))
        self.quotes.new_quote_action.triggered.connect(lambda _c=False: self._new_quote())

        self.search = GlobalSearch(store, tasks, self)
        self.search_box = self.search.box
        self.results_model = self.search.model
        self.results_view = self.search.view
        self.search_page = self.search.page
        self.search_hint = self.search.hint
        self.search.opened.connect(self._open_hit)
        self.search.searching.connect(self._searching)
        self.search.failed.connect(self.notify)
        self.nav_model = NavModel(pages())
        self.rail = QListView()
        self.rail.setObjectName("navRail")
        self.rail.setModel(self.nav_model)
        self.rail.setIconSize(QSize(22, 22))
        self.rail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rail.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rail.setFixedWidth(168)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.search_page)
        self._pages: dict[str, QWidget] = {}
        self._transport: Transport | None = None
        """The signed-in connection, for pages that ask the server directly (none offline)."""
        self._context = PageContext(
            store, tasks, self, self.quotes, lambda: self.quotes.actor, self.show_record
        )
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addWidget(self.search_box)
        self.toolbar.addAction(self.quotes.new_quote_action)
        self.addToolBar(self.toolbar)
        self.status_label = QLabel()
        self.status_label.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.status_label)

        self._add_actions()
        self.quotes.order_created.connect(lambda order_id: self.show_record("order", order_id))
        self.file_menu = FileMenu(
            self,
            store,
            tasks,
            actor=lambda: self.quotes.actor,
            current_page=lambda: (self.current_page_key(), self.stack.currentWidget()),
            selected_account=self._selected_account,
            notify=self.notify,
            refresh=self._after_sync,
        )
        self.rail.selectionModel().currentChanged.connect(self._rail_moved)
        self._restore_layout()
        self.retranslate()

    # -- pages ----------------------------------------------------------------------------
    @property
    def accounts_page(self) -> AccountsPage:
        """Built on first use, as every page is (so are its table and model below)."""
        return cast("AccountsPage", self.page("accounts"))

    @property
    def accounts_view(self) -> QTableView:
        return self.accounts_page.table

    @property
    def accounts_model(self) -> AccountsModel:
        return self.accounts_page.model

    def page(self, key: str) -> QWidget:
        """The page registered as ``key``, built on first use."""
        if key not in self._pages:
            spec = self.nav_model.specs[self.nav_model.row_of(key)]
            widget = spec.factory(self._context)
            if hasattr(widget, "transport"):  # pages that call the server (the workspace)
                widget.transport = self._transport
            restore = getattr(widget, "restore_layout", None)
            if restore is not None:
                restore(QSettings())
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        row = self.nav_model.row_of(key)
        self.rail.setCurrentIndex(self.nav_model.index(row))
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        return widget

    def current_page_key(self) -> str:
        return str(self.rail.currentIndex().data(PageKeyRole) or "")

    def show_record(self, entity: str, record_id: str) -> None:
        """Open a record where it is shown: its page, the quote editor, or its account."""
        if entity == "quote":
            self.quotes.open_quote(record_id)
            return
        for spec in self.nav_model.specs:
            if entity in spec.entities:
                shown = getattr(self.show_page(spec.key), "show_record", None)
                if shown is not None:
                    shown(entity, record_id)
                return
        with self._store.reading() as conn:  # a deal or a visit without its own page yet
            record = writes.load(conn, entity, record_id)
        if record and record.get("account_id"):
            self.show_page("accounts").show_record("account", record["account_id"])  # type: ignore[attr-defined]

    def _rail_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(PageKeyRole)
        if key:
            widget = self.page(key)
            self.stack.setCurrentWidget(widget)
            refresh = getattr(widget, "refresh_on_show", None)
            if refresh is not None:
                refresh()

    def _add_actions(self) -> None:
        for spec in self.nav_model.specs:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{spec.digit}"))
            action.triggered.connect(lambda _c=False, k=spec.key: self.show_page(k))
            self.addAction(action)
        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence("Ctrl+K"))
        focus_search.triggered.connect(lambda _c=False: self.search.focus())
        self.addAction(focus_search)
        self.log_action = QAction(self)
        self.log_action.setObjectName("logActivity")
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setIcon(icon("activity"))
        self.log_action.triggered.connect(lambda _c=False: self.log_activity())
        self.toolbar.addAction(self.log_action)

    # -- actions on the current record ----------------------------------------------------
    def record_context(self) -> RecordContext | None:
        widget = self.stack.currentWidget()
        ask = getattr(widget, "record_context", None)
        return ask() if ask is not None else None

    def _selected_account(self) -> str | None:
        context = self.record_context()
        return context.account_id if context is not None else None

    def log_activity(self) -> ActivityDialog | None:
        """Ctrl+L: a call, meeting, note or e-mail against what is selected on the page."""
        context = self.record_context()
        if context is None:
            self.notify(self.tr("Select an account or a contact first, then press Ctrl+L."))
            return None
        dialog = ActivityDialog(
            self._store, self._tasks, context, actor=self.quotes.actor, parent=self
        )
        widget = self.stack.currentWidget()
        dialog.saved.connect(lambda _id: getattr(widget, "record_changed", lambda: None)())
        dialog.saved.connect(lambda _id: self.notify(self.tr("Activity logged.")))
        dialog.open()
        return dialog

    def _new_quote(self) -> None:
        context = self.record_context()
        account_id = context.account_id if context else None
        if account_id is None and "accounts" in self._pages:  # one never opened selects nothing
            account_id = self.accounts_view.currentIndex().data(IdRole)
        self.quotes.new_quote(account_id)

    # -- texts and status -----------------------------------------------------------------
    def retranslate(self) -> None:
        """Every visible text, set again when the interface language changes."""
        self.setWindowTitle(self.tr("SFA Desk — {profile}").format(profile=self._profile_label))
        self.search.retranslate()
        self.nav_model.retranslate()
        self.file_menu.retranslate()
        self.toolbar.setWindowTitle(self.tr("Search and actions"))
        self.log_action.setText(self.tr("Log activity"))
        self.log_action.setToolTip(
            self.tr("Log a call, meeting, note or e-mail for the selected record (Ctrl+L)")
        )
        self.quotes.retranslate()
        for widget in self._pages.values():
            widget.retranslate()  # type: ignore[attr-defined]
        if hasattr(self, "_language_menu"):
            self._language_menu.setTitle(self.tr("&Language"))
        if hasattr(self, "sync_action"):
            self.sync_action.setText(self.tr("Sync now"))
            self.sync_action.setToolTip(
                self.tr("Send your changes and receive your colleagues' (F9)")
            )
            self.inbox_action.setText(self.tr("Conflicts and refused changes"))
            self.approvals_action.setText(self.tr("Approvals"))
            self.approvals_action.setToolTip(
                self.tr("Discount and price-exception requests waiting for a decision")
            )
            self.sync_controller.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def set_actor(self, actor: str | None) -> None:
        """Who the rep is: owner of new activities, author of quotes, “mine” on Today."""
        self.quotes.actor = actor
        for widget in self._pages.values():
            if hasattr(widget, "actor"):  # pages that follow the user (see page_registry)
                widget.actor = actor

    # -- sync and language ----------------------------------------------------------------
    def attach_sync(self, controller: SyncController, *, actor: str | None) -> None:
        """Sync button (F9, as Outlook's Send/Receive), the status indicator and the inbox."""
        self.sync_controller = controller
        self._transport = controller.session.transport
        for widget in self._pages.values():
            if hasattr(widget, "transport"):
                widget.transport = self._transport
        self.set_actor(actor)
        self.toolbar.addSeparator()
        self.sync_action = QAction(icon("sync"), "", self)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(lambda _checked=False: controller.sync_now())
        self.toolbar.addAction(self.sync_action)
        self.inbox_action = QAction(icon("inbox"), "", self)
        self.inbox_action.triggered.connect(
            lambda: SyncInbox(self._store, actor=actor, parent=self).exec()
        )
        self.toolbar.addAction(self.inbox_action)
        self.approvals_action = QAction(icon("inbox"), "", self)
        self.approvals_action.setObjectName("approvals")
        self.approvals_action.triggered.connect(lambda: self._open_approvals(actor))
        self.toolbar.addAction(self.approvals_action)
        controller.synced.connect(
            lambda _report: check_decisions(self._store, self._tasks, actor, self.notify)
        )
        controller.status_changed.connect(self.show_status)
        controller.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        controller.synced.connect(lambda _report: self._after_sync())
        self.retranslate()

    def _open_approvals(self, actor: str | None) -> None:
        """The manager's inbox of discount and price-exception requests (a rep sees their own)."""
        from ui.approvals_dialog import ApprovalsDialog  # with the quote models: not at start-up

        ApprovalsDialog(
            self._store,
            user_id=actor,
            role=self.quotes.author().role,
            tasks=self._tasks,
            parent=self,
        ).open()

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
        for widget in self._pages.values():
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh()
        if self.search_box.text().strip():
            self.search.run()

    # -- search ---------------------------------------------------------------------------
    def _searching(self, active: bool) -> None:
        """The results replace the page while the box holds text; the page comes back after."""
        if active:
            self.stack.setCurrentWidget(self.search_page)
        elif self.stack.currentWidget() is self.search_page and self.current_page_key():
            self.stack.setCurrentWidget(self.page(self.current_page_key()))

    def _open_hit(self, index: QModelIndex) -> None:
        record = hit_record(index)
        if record is None:
            return
        if record[0] == "quote":
            self.quotes.open_hit(index)
            return
        self.show_record(*record)

    # -- layout ---------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"{_SETTINGS}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value(f"{_SETTINGS}/state")
        if state is not None:
            self.restoreState(state)
        last = str(settings.value(f"{_SETTINGS}/page") or "today")
        self.show_page(last if self.nav_model.row_of(last) >= 0 else "today")

    def closeEvent(self, event: object) -> None:
        settings = QSettings()
        settings.setValue(f"{_SETTINGS}/geometry", self.saveGeometry())
        settings.setValue(f"{_SETTINGS}/state", self.saveState())
        settings.setValue(f"{_SETTINGS}/page", self.current_page_key())
        for widget in self._pages.values():
            save = getattr(widget, "save_layout", None)
            if save is not None:
                save(settings)
        super().closeEvent(event)  # type: ignore[arg-type]
