"""The selected contact: how to reach them, their account, and the activities with them."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sfa.app.activities import TimelineEntry, timeline
from sfa.app.contacts import load_contact
from sfa.store.store import LocalStore
from ui.account_tabs import TABS
from ui.page_table import RowsModel, make_table
from ui.qt import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

Loaded = tuple[dict[str, Any], list[TimelineEntry]]


class ContactDetail(QWidget):
    edit_requested = Signal(object)
    log_requested = Signal()
    account_opened = Signal(str)
    failed = Signal(str)

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._generation = 0
        self.contact: dict[str, Any] | None = None
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.account_button = QPushButton()
        self.account_button.setObjectName("linkButton")
        self.account_button.clicked.connect(
            lambda: self.contact and self.account_opened.emit(self.contact["account_id"])
        )
        self.edit_button = QPushButton()
        self.log_button = QPushButton()
        self.edit_button.clicked.connect(
            lambda: self.contact and self.edit_requested.emit(self.contact)
        )
        self.log_button.clicked.connect(self.log_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        self.fields = QFormLayout()
        self._labels = {key: (QLabel(), QLabel()) for key in ("phone", "email", "notes")}
        for name, value in self._labels.values():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields.addRow(name, value)
        _key, self._timeline_title, columns = TABS[0]
        self.timeline = RowsModel("AccountDetail", columns)
        self.timeline_heading = QLabel()
        self.timeline_heading.setObjectName("sectionTitle")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.account_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        layout.addLayout(self.fields)
        layout.addWidget(self.timeline_heading)
        layout.addWidget(make_table(self.timeline), 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr("Select a contact to see how to reach them and every activity with them.")
        )
        self.edit_button.setText(self.tr("Edit…"))
        self.log_button.setText(self.tr("Log activity (Ctrl+L)"))
        for key, text in (
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("notes", self.tr("Notes")),
        ):
            self._labels[key][0].setText(text)
        self.timeline_heading.setText(self.tr("Activities with this contact"))
        self.timeline.retranslate()
        if self.contact is not None:
            self._show(self.contact)

    def clear(self) -> None:
        self._generation += 1
        self.contact = None
        self.pages.setCurrentIndex(0)

    def show_contact(self, contact_id: str) -> None:
        self._generation += 1
        generation = self._generation

        def work() -> Loaded:
            with self._store.reading() as conn:
                return load_contact(conn, contact_id), timeline(conn, contact_id=contact_id)

        def done(loaded: Loaded) -> None:
            if generation == self._generation:
                contact, entries = loaded
                self.contact = contact
                self.timeline.set_rows([asdict(entry) for entry in entries])
                self._show(contact)
                self.pages.setCurrentIndex(1)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self.clear()
                self.failed.emit(getattr(error, "message", str(error)))

        self._tasks.run(work, done, failed)

    def reload(self) -> None:
        if self.contact is not None:
            self.show_contact(self.contact["id"])

    def _show(self, contact: dict[str, Any]) -> None:
        self.title.setText(("★ " if contact.get("is_primary") else "") + contact["name"])
        self.subtitle.setText(contact.get("title") or "")
        self.account_button.setText(
            self.tr("Account: {name} →").format(name=contact.get("account_name") or "—")
        )
        for key, (_name, value) in self._labels.items():
            value.setText(str(contact.get(key) or "—"))
