"""New or edit account: a form that checks as the rep types, and warns of duplicates.

Saving runs ``create_account``/``update_account`` on the task runner. A duplicate found on
saving opens :class:`DuplicatesDialog`; a field the use case refuses is shown next to the
field; anything else is said in plain words above the buttons, and the form keeps every value.
"""

from __future__ import annotations

from typing import Any

from sfa.app.accounts import DuplicateAccountError, create_account, update_account
from sfa.domain.errors import DomainError, ValidationError
from sfa.store.store import LocalStore
from ui.account_duplicates import DuplicatesDialog
from ui.page_form import FormField, ValidatedForm
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

FIELDS = (
    FormField("name", QT_TRANSLATE_NOOP("AccountForm", "Company name"), required=True),
    FormField("status", QT_TRANSLATE_NOOP("AccountForm", "Status"), "choice", "status"),
    FormField("tier", QT_TRANSLATE_NOOP("AccountForm", "Tier"), "choice", "tier"),
    FormField("industry", QT_TRANSLATE_NOOP("AccountForm", "Industry"), "choice", "industry"),
    FormField("credit_code", QT_TRANSLATE_NOOP("AccountForm", "Credit code")),
    FormField("phone", QT_TRANSLATE_NOOP("AccountForm", "Phone")),
    FormField("email", QT_TRANSLATE_NOOP("AccountForm", "E-mail")),
    FormField("website", QT_TRANSLATE_NOOP("AccountForm", "Website")),
    FormField("province", QT_TRANSLATE_NOOP("AccountForm", "Province")),
    FormField("city", QT_TRANSLATE_NOOP("AccountForm", "City")),
    FormField("district", QT_TRANSLATE_NOOP("AccountForm", "District")),
    FormField("address", QT_TRANSLATE_NOOP("AccountForm", "Address")),
    FormField("notes", QT_TRANSLATE_NOOP("AccountForm", "Notes"), "text"),
)


class AccountForm(QDialog):
    saved = Signal(str)
    """The account's id, once written."""
    open_existing = Signal(str)
    """The rep chose to open an existing account instead of creating a duplicate."""

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: str | None,
        account: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self._original = account
        self.form = ValidatedForm("account", FIELDS, "AccountForm")
        if account is not None:
            self.form.set_values(account)
        else:
            self.form.set_values({"status": "prospect"})
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
        save_shortcut = QAction(self)
        save_shortcut.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save_shortcut.triggered.connect(lambda _c=False: self.save())
        self.addAction(save_shortcut)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, 640)
        if account is None:
            self.setWindowTitle(self.tr("New account"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=account["name"]))

    def save(self, *, confirmed: bool = False) -> None:
        if not self.form.check_all():
            return
        values = self.form.values()
        self.save_button.setEnabled(False)
        original = self._original
        if original is None:
            fields = {k: v for k, v in values.items() if v not in ("", False)}

            def work() -> str:
                with self._store.transaction() as conn:
                    return create_account(
                        conn, fields, actor=self._actor, confirmed_not_duplicate=confirmed
                    )

        else:
            changes = {k: v for k, v in values.items() if v != _shown(original.get(k))}
            account_id = original["id"]

            def work() -> str:
                with self._store.transaction() as conn:
                    update_account(conn, account_id, changes, actor=self._actor)
                return str(account_id)

        self._tasks.run(work, self._done, self._failed)

    def _done(self, account_id: str) -> None:
        self.saved.emit(account_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DuplicateAccountError):
            dialog = DuplicatesDialog(error.matches, self)
            choice = dialog.exec()
            if choice == DuplicatesDialog.OPEN_EXISTING:
                chosen = dialog.chosen_account()
                if chosen:
                    self.open_existing.emit(chosen)
                    self.reject()
            elif choice == DuplicatesDialog.SAVE_ANYWAY:
                self.save(confirmed=True)
        elif isinstance(error, ValidationError) and error.field in self.form.inputs:
            self.form.show_error(error.field, error.reason)
        elif isinstance(error, DomainError):
            self._say(error.message)
        else:
            self._say(self.tr("The account could not be saved: {error}").format(error=error))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _shown(value: Any) -> Any:
    """A stored value as the form shows it, to tell what the rep changed."""
    if value is None:
        return ""
    return value if isinstance(value, bool) else str(value)
