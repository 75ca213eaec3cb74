"""One visit: reschedule it, check in on arrival, check out with how it went, or cancel it.

Checking out asks for the outcome and the client's satisfaction (1–5), and the use case
logs both as a meeting on the account, where colleagues and the health index see it. Every
action runs through ``sfa.app.visits`` on the task runner; a refusal is shown here in plain
words and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from sfa.app.visits import (
    VisitRow,
    cancel_visit,
    check_in,
    check_out,
    load_visit,
    update_visit,
)
from sfa.domain.enums import VisitStatus
from sfa.domain.errors import DomainError
from sfa.store.store import LocalStore
from ui.calendar_model import from_local, status_text, to_local
from ui.error_text import error_text
from ui.qt import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner
from ui.visit_new_dialog import from_qdatetime, to_qdatetime


class VisitDialog(QDialog):
    changed = Signal()
    """The visit was saved, checked in or out, or cancelled: the calendar reloads."""
    exportRequested = Signal(str)

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        visit_id: str,
        *,
        actor: str | None,
        clock: Callable[[], datetime],
        tz: tzinfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self._store, self._tasks, self._actor, self._clock, self._tz = (
            store,
            tasks,
            actor,
            clock,
            tz,
        )
        self.visit_id = visit_id
        self.visit: VisitRow | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(200)
        self.location = QLineEdit()
        self.location.setMaxLength(200)
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.save_button = QPushButton(self.tr("Save changes"))
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.setObjectName("checkIn")
        self.cancel_button = QPushButton(self.tr("Cancel visit"))
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("visitOutcome")
        self.outcome.setPlaceholderText(self.tr("What came of the visit? Next steps?"))
        self.outcome.setMaximumHeight(90)
        self.rating = QButtonGroup(self)
        rating_row = QHBoxLayout()
        rating_row.addWidget(QLabel(self.tr("Client satisfaction")))
        for score in range(1, 6):
            button = QPushButton("★" * score)
            button.setCheckable(True)
            button.setObjectName(f"satisfaction{score}")
            button.setToolTip(self.tr("%1 of 5").replace("%1", str(score)))
            self.rating.addButton(button, score)
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        self.check_out_button = QPushButton(self.tr("Check out"))
        self.check_out_button.setObjectName("checkOut")
        self.closing = QGroupBox(self.tr("Check out"))
        closing_layout = QVBoxLayout(self.closing)
        closing_layout.addWidget(self.outcome)
        closing_layout.addLayout(rating_row)
        closing_layout.addWidget(self.check_out_button)
        self.error = QLabel()
        self.error.setObjectName("visitError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8c1d18;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        actions = QHBoxLayout()
        for button in (self.save_button, self.check_in_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.closing)
        layout.addWidget(self.error)

        self.save_button.clicked.connect(self._save)
        self.check_in_button.clicked.connect(self._check_in)
        self.check_out_button.clicked.connect(self._check_out)
        self.cancel_button.clicked.connect(self._cancel)
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self.visit_id))
        self.resize(560, 520)
        self.reload()

    # ---- showing ------------------------------------------------------------------------

    def reload(self) -> None:
        store, visit_id = self._store, self.visit_id

        def work() -> VisitRow:
            with store.reading() as conn:
                return load_visit(conn, visit_id)

        self._tasks.run(work, self._show, self._fail)

    def _show(self, visit: VisitRow) -> None:
        self.visit = visit
        self.setWindowTitle(visit.account_name or self.tr("Visit"))
        self.title.setText(visit.account_name)
        self.status.setText(self._status_line(visit))
        self.purpose.setText(visit.purpose)
        self.location.setText(visit.location or "")
        self.starts.setDateTime(to_qdatetime(to_local(visit.starts_at, self._tz)))
        self.ends.setDateTime(to_qdatetime(to_local(visit.ends_at, self._tz)))
        open_visit = visit.status in (VisitStatus.PLANNED, VisitStatus.CHECKED_IN)
        for widget in (self.purpose, self.location, self.starts, self.ends, self.save_button):
            widget.setEnabled(open_visit)
        self.check_in_button.setEnabled(visit.status is VisitStatus.PLANNED)
        self.cancel_button.setEnabled(open_visit)
        self.closing.setVisible(open_visit)
        if not open_visit and visit.outcome:
            self.status.setText(f"{self._status_line(visit)}\n{visit.outcome}")

    def _status_line(self, visit: VisitRow) -> str:
        parts = [status_text(visit.status)]
        if visit.checked_in_at is not None:
            arrived = to_local(visit.checked_in_at, self._tz)
            parts.append(self.tr("checked in at %1").replace("%1", f"{arrived:%H:%M}"))
        if visit.checked_out_at is not None:
            left = to_local(visit.checked_out_at, self._tz)
            parts.append(self.tr("checked out at %1").replace("%1", f"{left:%H:%M}"))
        return " · ".join(parts)

    def _fail(self, error: Exception) -> None:
        text = error_text(error)
        self.error.setText(text)
        self.error.show()

    # ---- actions ------------------------------------------------------------------------

    def _run(self, action: Callable[[Any], object]) -> None:
        self.error.hide()
        store = self._store

        def work() -> None:
            with store.transaction() as conn:
                action(conn)

        self._tasks.run(work, self._done, self._fail)

    def _done(self, _result: object) -> None:
        self.changed.emit()
        self.reload()

    def _save(self) -> None:
        changes = {
            "purpose": self.purpose.text(),
            "location": self.location.text().strip() or None,
            "starts_at": from_local(from_qdatetime(self.starts.dateTime()), self._tz),
            "ends_at": from_local(from_qdatetime(self.ends.dateTime()), self._tz),
        }
        visit_id, actor = self.visit_id, self._actor
        self._run(lambda conn: update_visit(conn, visit_id, changes, actor=actor))

    def _check_in(self) -> None:
        visit_id, actor, at = self.visit_id, self._actor, self._clock()
        self._run(lambda conn: check_in(conn, visit_id, at=at, actor=actor))

    def _check_out(self) -> None:
        score = self.rating.checkedId()
        if score < 1:
            self._fail(DomainError(self.tr("Rate how the client felt, from 1 to 5 stars.")))
            return
        visit_id, actor, at = self.visit_id, self._actor, self._clock()
        outcome = self.outcome.toPlainText()
        self._run(
            lambda conn: check_out(
                conn, visit_id, outcome=outcome, satisfaction=score, at=at, actor=actor
            )
        )

    def _cancel(self) -> None:
        visit_id, actor = self.visit_id, self._actor
        reason = self.outcome.toPlainText()
        self._run(lambda conn: cancel_visit(conn, visit_id, reason=reason, actor=actor))
