"""The Accounts page: the filtered list on the left, the selected account on the right.

Ctrl+N makes a new account, Ctrl+E (or F2) edits the selected one, and selecting exactly two
rows enables “Merge…”. The list's sort, the splitter and the column widths are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sfa.app.accounts import MergeResult, merge_accounts
from sfa.store import lists
from sfa.store.store import LocalStore
from ui.account_detail import AccountDetail
from ui.account_filters import AccountFilters
from ui.account_form import AccountForm
from ui.account_merge import MergeDialog
from ui.accounts_model import AccountsModel
from ui.activity_dialog import ActivityDialog, RecordContext
from ui.contact_form import ContactForm
from ui.error_text import error_text
from ui.page_table import IdRole, RowRole, make_table
from ui.qt import (
    QAction,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QModelIndex,
    QObject,
    QPushButton,
    QSettings,
    QShowEvent,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.quote_launcher import QuoteLauncher
from ui.tasks import TaskRunner

_SETTINGS = "accounts_page"
_WIDTHS = {
    AccountsModel.NAME: 260,
    AccountsModel.PROVINCE: 80,
    AccountsModel.CITY: 80,
    AccountsModel.TIER: 80,
    AccountsModel.STATUS: 80,
    AccountsModel.PHONE: 130,
}


class AccountsPage(QWidget):
    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        quotes: QuoteLauncher,
        actor: Callable[[], str | None],
        show_record: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self._store = store
        self._tasks = tasks
        self._quotes = quotes
        self._actor = actor
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.filters = AccountFilters()
        self.model = AccountsModel(store, tasks)
        self.model.hold = True  # read when first shown (see showEvent), not when built
        self.table = make_table(self.model, multi=True)
        self.table.setObjectName("accountsTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AccountsModel.NAME, Qt.SortOrder.AscendingOrder)
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.detail = AccountDetail(store, tasks)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.merge_button = QPushButton()
        self.merge_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.merge_button)
        header.addWidget(self.new_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.filters)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.splitter)

        self.filters.changed.connect(self.model.set_filter)
        self.model.counted.connect(self.filters.show_count)
        self.model.failed.connect(self.say)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_moved())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(lambda: self.new_account())
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.detail.edit_requested.connect(lambda account: self.edit_account(account))
        self.detail.log_requested.connect(lambda: self.log_activity())
        self.detail.new_quote_requested.connect(self._quotes.new_quote)
        self.detail.quote_opened.connect(self._quotes.open_quote)
        self.detail.failed.connect(self.say)
        self.detail.new_contact_requested.connect(lambda _id: self.new_contact())
        self.detail.contact_opened.connect(lambda contact_id: show_record("contact", contact_id))
        self.detail.order_opened.connect(lambda order_id: show_record("order", order_id))
        self._shortcut("Ctrl+N", self.new_account)
        self._shortcut("Ctrl+E", self.edit_selected)
        self._shortcut("F2", self.edit_selected)
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda *_a: self._check_value_columns())
        header.sectionMoved.connect(lambda *_a: self._check_value_columns())
        self.table.horizontalScrollBar().valueChanged.connect(
            lambda _v: self._check_value_columns()
        )
        self.table.viewport().installEventFilter(self)
        self.retranslate()

    # -- the value columns are computed once they are seen ---------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """The list is read the first time the page is shown, not at start-up (a full scan
        of the accounts that would compete with the Today page for the first seconds)."""
        super().showEvent(event)
        if self.model.hold:
            self.model.release()
            self._load_places()
        QTimer.singleShot(0, self, self._check_value_columns)  # once the layout has settled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._check_value_columns()  # a wider window or a moved splitter
        return super().eventFilter(watched, event)

    def _check_value_columns(self) -> None:
        """Valuing 100,000 clients takes seconds of a worker's time: it starts when a value
        column is on screen (half of it at least: a sliver shows no figure), not when the
        page is built."""
        if self.model.values_wanted or not self.isVisible():
            return
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        for column in AccountsModel.VALUE_COLUMNS:
            middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            if not header.isSectionHidden(column) and 0 <= middle < width:  # half in view
                self.model.want_values()
                return

    # -- the page protocol of ui.page_registry ---------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Accounts"))
        self.new_button.setText(self.tr("New account (Ctrl+N)"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Select two accounts that are one company"))
        self.filters.retranslate()
        self.model.retranslate()
        self.detail.retranslate()

    def refresh(self) -> None:
        self.model.reload()
        self.detail.reload()
        if not self.model.hold:
            self._load_places()

    def show_record(self, entity: str, record_id: str) -> None:
        if entity != "account":
            return
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self.detail.show_account(record_id)

    def record_context(self) -> RecordContext | None:
        account = self.detail.account
        if account is None:
            return None
        return RecordContext(account["id"], account["name"])

    def record_changed(self) -> None:
        self.detail.reload()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(f"{_SETTINGS}/splitter", self.splitter.saveState())
        settings.setValue(f"{_SETTINGS}/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        splitter = settings.value(f"{_SETTINGS}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value(f"{_SETTINGS}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    # -- actions --------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """An error or a result, in plain words above the list (cleared on the next action)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected_rows(self) -> list[dict[str, Any]]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(RowRole) for index in sorted(rows, key=QModelIndex.row)]

    def new_account(self) -> AccountForm:
        form = AccountForm(self._store, self._tasks, actor=self._actor(), parent=self)
        form.saved.connect(self._saved)
        form.open_existing.connect(lambda account_id: self.show_record("account", account_id))
        form.open()
        return form

    def edit_selected(self) -> AccountForm | None:
        account = self.detail.account
        return self.edit_account(account) if account is not None else None

    def edit_account(self, account: dict[str, Any]) -> AccountForm:
        form = AccountForm(
            self._store, self._tasks, actor=self._actor(), account=account, parent=self
        )
        form.saved.connect(self._saved)
        form.open()
        return form

    def log_activity(self) -> ActivityDialog | None:
        context = self.record_context()
        if context is None:
            return None
        dialog = ActivityDialog(self._store, self._tasks, context, actor=self._actor(), parent=self)
        dialog.saved.connect(lambda _id: self.detail.reload())
        dialog.open()
        return dialog

    def new_contact(self) -> ContactForm | None:
        account = self.detail.account
        if account is None:
            return None
        form = ContactForm(
            self._store,
            self._tasks,
            actor=self._actor(),
            account=(account["id"], account["name"]),
            parent=self,
        )
        form.saved.connect(lambda _id: self.detail.reload())
        form.open()
        return form

    def merge_selected(self) -> MergeDialog | None:
        rows = self.selected_rows()
        if len(rows) != 2:
            return None
        dialog = MergeDialog(rows[0], rows[1], self)
        dialog.accepted.connect(lambda: self._merge(*dialog.survivor_and_duplicate()))
        dialog.open()
        return dialog

    def _merge(self, survivor: str, duplicate: str) -> None:
        actor = self._actor()

        def work() -> MergeResult:
            with self._store.transaction() as conn:
                return merge_accounts(conn, survivor, duplicate, actor=actor)

        def done(result: MergeResult) -> None:
            moved = sum(result.moved.values())
            self.say(self.tr("Merged: {n} records moved to the account you kept.").format(n=moved))
            self.model.reload()
            self.detail.show_account(result.survivor_id)

        def failed(error: Exception) -> None:
            text = error_text(error)
            self.say(self.tr("The accounts were not merged: {error}").format(error=text))

        self._tasks.run(work, done, failed)

    def _saved(self, account_id: str) -> None:
        self.say("")
        self.model.reload()
        self._load_places()
        self.detail.show_account(account_id)

    def _selection_moved(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.merge_button.setEnabled(len(rows) == 2)
        if len(rows) == 1:
            self.detail.show_account(rows[0].data(IdRole))

    def _load_places(self) -> None:
        def work() -> dict[str, list[str]]:
            with self._store.reading() as conn:
                return lists.account_places(conn)

        self._tasks.run(work, self.filters.set_places, lambda error: self.say(str(error)))

    def _shortcut(self, keys: str, handler: Callable[[], object]) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False: handler())
        self.addAction(action)
