"""New or edit contact: name, account, title, phone and e-mail checked as the rep types.

Phone numbers are read as Chinese unless they start with ``+`` and stored in international
form; the rules are ``clean_fields``'s, the same as the server's.
"""

from __future__ import annotations

from typing import Any

from sfa.app.contacts import create_contact, update_contact
from sfa.domain.errors import ValidationError
from sfa.store.store import LocalStore
from ui.account_picker import AccountPicker
from ui.error_text import error_text
from ui.page_form import FormField, ValidatedForm
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

FIELDS = (
    FormField("name", QT_TRANSLATE_NOOP("ContactForm", "Name"), required=True),
    FormField("title", QT_TRANSLATE_NOOP("ContactForm", "Job title")),
    FormField("phone", QT_TRANSLATE_NOOP("ContactForm", "Phone")),
    FormField("email", QT_TRANSLATE_NOOP("ContactForm", "E-mail")),
    FormField("is_primary", QT_TRANSLATE_NOOP("ContactForm", "Main contact"), "check"),
    FormField("notes", QT_TRANSLATE_NOOP("ContactForm", "Notes"), "text"),
)


class ContactForm(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: str | None,
        contact: dict[str, Any] | None = None,
        account: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``contact`` to edit one; else ``account`` (id, name) preselects the new one's."""
        super().__init__(parent)
        self.setObjectName("contactForm")
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self._original = contact
        self.account = AccountPicker(store, tasks)
        self.account_error = QLabel()
        self.account_error.setObjectName("fieldError")
        self.account_error.hide()
        self.account.picked.connect(lambda _id: self.account_error.hide())
        if contact is not None:
            self.account.set_account(contact["account_id"] or "", contact.get("account_name") or "")
        elif account is not None:
            self.account.set_account(*account)
        self.form = ValidatedForm("contact", FIELDS, "ContactForm")
        self.form.set_values(contact or {})
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        save_keys = QAction(self)
        save_keys.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save_keys.triggered.connect(lambda _c=False: self.save())
        self.addAction(save_keys)
        self.account_title = QLabel()
        top = QFormLayout()
        top.addRow(self.account_title, self.account)
        top.addRow(QLabel(), self.account_error)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 460)
        self.account_title.setText(self.tr("Account *"))
        self.account.setPlaceholderText(self.tr("Type part of the company name, or its pinyin"))
        self.setWindowTitle(
            self.tr("New contact")
            if contact is None
            else self.tr("Edit {name}").format(name=contact["name"])
        )

    def save(self) -> None:
        valid = self.form.check_all()
        if not self.account.account_id:
            self.account_error.setText(
                self.tr("Choose the company from the list that appears as you type.")
            )
            self.account_error.show()
            valid = False
        if not valid:
            return
        values = {**self.form.values(), "account_id": self.account.account_id}
        self.save_button.setEnabled(False)
        original = self._original
        if original is None:
            fields = {k: v for k, v in values.items() if v not in ("", False)}

            def work() -> str:
                with self._store.transaction() as conn:
                    return create_contact(conn, fields, actor=self._actor)

        else:
            changes = {k: v for k, v in values.items() if v != _shown(original.get(k))}
            contact_id = original["id"]

            def work() -> str:
                with self._store.transaction() as conn:
                    update_contact(conn, contact_id, changes, actor=self._actor)
                return str(contact_id)

        self._tasks.run(work, self._done, self._failed)

    def _done(self, contact_id: str) -> None:
        self.saved.emit(contact_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.form.inputs:
            self.form.show_error(error.field, error.reason)
            return
        if isinstance(error, ValidationError) and error.field == "account_id":
            self.account_error.setText(error.reason)
            self.account_error.show()
            return
        text = error_text(error)
        self.problem.setText(self.tr("The contact could not be saved: {error}").format(error=text))
        self.problem.show()


def _shown(value: Any) -> Any:
    if value is None:
        return ""
    return value if isinstance(value, bool) else str(value)
