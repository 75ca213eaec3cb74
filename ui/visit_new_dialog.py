"""Planning a visit: the client, what for, when, and when to be reminded.

Opened by dragging over a slot of the day or week view (the times come filled in) or from
the “New visit” button. The dialog only collects; the page saves through
``sfa.app.visits.plan_visit`` and, if that is refused, shows why here without losing input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sfa.store.store import LocalStore
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTime,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner
from ui.visit_account_picker import AccountPicker

REMINDERS: tuple[tuple[str, timedelta | None], ...] = (
    (QT_TRANSLATE_NOOP("NewVisitDialog", "No reminder"), None),
    (QT_TRANSLATE_NOOP("NewVisitDialog", "15 minutes before"), timedelta(minutes=15)),
    (QT_TRANSLATE_NOOP("NewVisitDialog", "1 hour before"), timedelta(hours=1)),
    (QT_TRANSLATE_NOOP("NewVisitDialog", "1 day before"), timedelta(days=1)),
)
DEFAULT_REMINDER = 2


@dataclass(frozen=True, slots=True)
class NewVisit:
    account_id: str
    purpose: str
    starts: datetime
    """Wall-clock, naive: the page puts it in the rep's time zone."""
    ends: datetime
    remind_before: timedelta | None


def to_qdatetime(value: datetime) -> QDateTime:
    """A wall-clock time as the editors show it (they work in local time, so no zone is
    attached that they would convert from)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


class NewVisitDialog(QDialog):
    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        starts: datetime,
        ends: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newVisitDialog")
        self.setWindowTitle(self.tr("New visit"))
        self.account = AccountPicker(store, tasks)
        self.account.query.setPlaceholderText(self.tr("Client name, pinyin or initials"))
        self.purpose = QLineEdit()
        self.purpose.setObjectName("visitPurpose")
        self.purpose.setMaxLength(200)
        self.purpose.setPlaceholderText(self.tr("e.g. product demo, contract renewal"))
        self.starts = QDateTimeEdit(to_qdatetime(starts))
        self.ends = QDateTimeEdit(to_qdatetime(ends))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reminder = QComboBox()
        for text, _before in REMINDERS:
            self.reminder.addItem(QCoreApplication.translate("NewVisitDialog", text))
        self.reminder.setCurrentIndex(DEFAULT_REMINDER)
        self.error = QLabel()
        self.error.setObjectName("newVisitError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8c1d18;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.account)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        form.addRow(self.tr("Reminder"), self.reminder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.account.chosen.connect(lambda _id: self._update_ok())
        self.purpose.textChanged.connect(lambda _text: self._update_ok())
        self._update_ok()
        self.resize(460, self.sizeHint().height())
        self.account.setFocus()

    def value(self) -> NewVisit | None:
        account_id = self.account.account_id()
        if not account_id or not self.purpose.text().strip():
            return None
        return NewVisit(
            account_id,
            self.purpose.text().strip(),
            from_qdatetime(self.starts.dateTime()),
            from_qdatetime(self.ends.dateTime()),
            REMINDERS[self.reminder.currentIndex()][1],
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(self.value() is not None)
