"""Logging a call, meeting, note or e-mail in two keystrokes: Ctrl+L, then C, M, N or E.

The dialog opens on whatever account or contact the rep has selected, with the kind row
focused: one letter picks the kind and moves on to the subject; Ctrl+Enter saves. How the
client felt (satisfaction 1–5) is optional and one more key (1–5) away while the kind row
has focus. The write goes through ``sfa.app.activities.log_activity`` on the task runner.
"""

from __future__ import annotations

from dataclasses import dataclass

from sfa.app.activities import LOGGABLE_KINDS, log_activity
from sfa.domain.errors import DomainError, ValidationError
from sfa.store.store import LocalStore
from ui.page_labels import label, stars
from ui.qt import (
    QAction,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

KIND_KEYS = {
    Qt.Key.Key_C: "call",
    Qt.Key.Key_M: "meeting",
    Qt.Key.Key_N: "note",
    Qt.Key.Key_E: "email",
}


@dataclass(frozen=True)
class RecordContext:
    """What an activity is logged against: the account, and the contact if one is chosen."""

    account_id: str | None
    account_name: str = ""
    contact_id: str | None = None
    contact_name: str = ""


class _KindRow(QWidget):
    """The kind buttons; takes focus first and turns one key press into a choice."""

    chosen = Signal(str)
    rated = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("kindRow")
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        for kind in LOGGABLE_KINDS:
            button = QToolButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, k=kind.value: self.chosen.emit(k))
            self.group.addButton(button)
            self.buttons[kind.value] = button
            row.addWidget(button)
        row.addStretch(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in KIND_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.chosen.emit(KIND_KEYS[key])
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.rated.emit(int(key) - int(Qt.Key.Key_0))
        else:
            super().keyPressEvent(event)


class ActivityDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        context: RecordContext,
        *,
        actor: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self._store = store
        self._tasks = tasks
        self._context = context
        self._actor = actor
        self.kind = "call"
        self.about = QLabel()
        self.about.setObjectName("detailSubtitle")
        self.kinds = _KindRow()
        self.kinds.chosen.connect(self.choose)
        self.kinds.rated.connect(lambda n: self.satisfaction.setCurrentIndex(n))
        self.subject = QLineEdit()
        self.subject.setObjectName("activitySubject")
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem("—", None)
        for rating in range(1, 6):
            self.satisfaction.addItem(stars(rating), rating)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.form = QFormLayout()
        self._titles = [QLabel() for _ in range(4)]
        for title, widget in zip(
            self._titles, (self.kinds, self.subject, self.body, self.satisfaction), strict=True
        ):
            title.setBuddy(widget)
            self.form.addRow(title, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys = QAction(self)
        save_keys.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save_keys.triggered.connect(lambda _c=False: self.save())
        self.addAction(save_keys)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 380)
        self.retranslate()
        self.kinds.buttons[self.kind].setChecked(True)
        self.kinds.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log activity"))
        who = self._context.account_name
        if self._context.contact_name:
            who = f"{self._context.contact_name} · {who}"
        self.about.setText(self.tr("For {who}").format(who=who))
        keys = {"call": "C", "meeting": "M", "note": "N", "email": "E"}
        for kind, button in self.kinds.buttons.items():
            button.setText(f"{label('activity', kind)} ({keys[kind]})")
        for title, text in zip(
            self._titles,
            (self.tr("Kind"), self.tr("Subject"), self.tr("Details"), self.tr("Satisfaction")),
            strict=True,
        ):
            title.setText(text)
        self.subject.setPlaceholderText(self.tr("What was it about? (Ctrl+Enter saves)"))
        self.satisfaction.setToolTip(
            self.tr("How the client felt, 1 (unhappy) to 5 (delighted); keys 1–5 on the kind row")
        )

    def choose(self, kind: str) -> None:
        self.kind = kind
        self.kinds.buttons[kind].setChecked(True)
        self.subject.setFocus()

    def save(self) -> None:
        context, actor = self._context, self._actor
        kind, subject = self.kind, self.subject.text()
        body, rating = self.body.toPlainText(), self.satisfaction.currentData()
        self.buttons.setEnabled(False)

        def work() -> str:
            with self._store.transaction() as conn:
                return log_activity(
                    conn,
                    account_id=context.account_id,
                    contact_id=context.contact_id,
                    kind=kind,
                    subject=subject,
                    body=body,
                    satisfaction=rating,
                    actor=actor,
                )

        self._tasks.run(work, self._done, self._failed)

    def _done(self, activity_id: str) -> None:
        self.saved.emit(activity_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and error.field == "subject":
            text = self.tr("Write in a few words what it was about.")
            self.subject.setFocus()
        elif isinstance(error, DomainError):
            text = error.message
        else:
            text = self.tr("The activity could not be saved: {error}").format(error=error)
        self.problem.setText(text)
        self.problem.show()
