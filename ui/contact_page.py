"""The Contacts page: every contact with its company, filtered as the rep types; the selected
one's details and activities on the right. Ctrl+N adds one, Ctrl+E edits, Ctrl+L logs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sfa.store.lists import ListFilter
from sfa.store.store import LocalStore
from ui.activity_dialog import RecordContext
from ui.contact_detail import ContactDetail
from ui.contact_form import ContactForm
from ui.contact_model import ContactsModel
from ui.page_table import IdRole, make_table
from ui.qt import (
    QAction,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QSettings,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner

_SETTINGS = "contacts_page"


class ContactsPage(QWidget):
    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: Callable[[], str | None],
        show_record: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPage")
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.hide()
        self.model = ContactsModel(store, tasks)
        self.table = make_table(self.model)
        self.table.setObjectName("contactsTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ContactsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(ContactsModel.NAME, 140)
        self.table.setColumnWidth(ContactsModel.ACCOUNT, 260)
        self.detail = ContactDetail(store, tasks)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.count)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addLayout(filters)
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

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(200)
        self._pause.timeout.connect(
            lambda: self.model.set_filter(ListFilter(text=self.filter.text().strip()))
        )
        self.filter.textChanged.connect(lambda _t: self._pause.start())
        self.model.counted.connect(
            lambda n: self.count.setText(self.tr("Contacts: {n}").format(n=f"{n:,}"))
        )
        self.model.failed.connect(self.say)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: (
                current.isValid() and self.detail.show_contact(current.data(IdRole))
            )
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(lambda: self.new_contact())
        self.detail.edit_requested.connect(lambda contact: self.edit_contact(contact))
        self.detail.log_requested.connect(lambda: self._log())
        self.detail.account_opened.connect(lambda account_id: show_record("account", account_id))
        self.detail.failed.connect(self.say)
        for keys, handler in (("Ctrl+N", self.new_contact), ("Ctrl+E", self.edit_selected)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, h=handler: h())
            self.addAction(action)
        self.retranslate()
        self.model.reload()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Contacts"))
        self.filter.setPlaceholderText(self.tr("Filter by name, company, phone or e-mail"))
        self.new_button.setText(self.tr("New contact (Ctrl+N)"))
        self.model.retranslate()
        self.detail.retranslate()

    def refresh(self) -> None:
        self.model.reload()
        self.detail.reload()

    def show_record(self, entity: str, record_id: str) -> None:
        if entity == "contact":
            row = self.model.row_of(record_id)
            if row >= 0:
                self.table.selectRow(row)
            self.detail.show_contact(record_id)

    def record_context(self) -> RecordContext | None:
        contact = self.detail.contact
        if contact is None:
            return None
        return RecordContext(
            contact["account_id"], contact.get("account_name") or "", contact["id"], contact["name"]
        )

    def record_changed(self) -> None:
        self.detail.reload()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(f"{_SETTINGS}/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value(f"{_SETTINGS}/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def new_contact(self, account: tuple[str, str] | None = None) -> ContactForm:
        form = ContactForm(
            self._store, self._tasks, actor=self._actor(), account=account, parent=self
        )
        form.saved.connect(self._saved)
        form.open()
        return form

    def edit_selected(self) -> ContactForm | None:
        contact = self.detail.contact
        return self.edit_contact(contact) if contact is not None else None

    def edit_contact(self, contact: dict[str, Any]) -> ContactForm:
        form = ContactForm(
            self._store, self._tasks, actor=self._actor(), contact=contact, parent=self
        )
        form.saved.connect(self._saved)
        form.open()
        return form

    def _log(self) -> None:
        window = self.window()
        log = getattr(window, "log_activity", None)
        if log is not None:
            log()

    def _saved(self, contact_id: str) -> None:
        self.model.reload()
        self.detail.show_contact(contact_id)
