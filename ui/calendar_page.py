"""The visit calendar: day, week and month views, planning by dragging, and .ics export.

Drag over free time in the day or week view to plan a visit there; click a visit to open
it (reschedule, check in, check out, cancel). Chinese public holidays and 调休 working days
are marked in every view. The whole period on screen, or one visit, exports as an
iCalendar file for Outlook, Google or Apple calendars. Reminders of the signed-in rep's
visits pop up from the system tray while the app runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sfa.app.visits import VisitRow, plan_visit, visits_between
from sfa.domain.columns import utcnow
from sfa.domain.holidays import DayMark, day_marks
from sfa.store.store import LocalStore
from ui.calendar_days import holiday_language, qdate
from ui.calendar_export import CalendarExport
from ui.calendar_model import VisitsModel, from_local, to_local
from ui.calendar_month import MonthModel, MonthView, month_grid_start
from ui.calendar_time_grid import TimeGrid
from ui.error_text import error_text
from ui.qt import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.reminder_controller import ReminderController
from ui.tasks import TaskRunner
from ui.visit_dialog import VisitDialog
from ui.visit_new_dialog import NewVisitDialog

DAY, WEEK, MONTH = "day", "week", "month"


@dataclass(frozen=True, slots=True)
class _Period:
    visits: list[VisitRow]
    marks: dict[date, DayMark]


class CalendarPage(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self._store, self._tasks = store, tasks
        self._actor: str | None = None
        self.tz: tzinfo | None = None
        """The rep's time zone; None is the system's (tests fix one)."""
        self.clock: Callable[[], datetime] = utcnow
        self.mode = WEEK
        self.anchor = self.today()
        self.new_visit_dialog: NewVisitDialog | None = None
        self.visit_dialog: VisitDialog | None = None
        self.export = CalendarExport(store, tasks, self)
        self.export.saved.connect(lambda path: self._say(self.tr("Saved %1").replace("%1", path)))
        self.export.failed.connect(self._show_error)

        self.model = VisitsModel()
        self.grid = TimeGrid(self.model)
        self.month_model = MonthModel()
        self.month_view = MonthView(self.month_model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.month_view)

        self.today_button = QPushButton()
        self.previous_button = QPushButton("‹")
        self.next_button = QPushButton("›")
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.mode_buttons = QButtonGroup(self)
        self.day_button, self.week_button, self.month_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        for button, mode in (
            (self.day_button, DAY),
            (self.week_button, WEEK),
            (self.month_button, MONTH),
        ):
            button.setCheckable(True)
            button.setObjectName(f"{mode}Mode")
            self.mode_buttons.addButton(button)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
        self.week_button.setChecked(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newVisit")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCalendar")
        self.colleagues = QCheckBox()
        self.colleagues.setObjectName("colleaguesVisits")
        self.colleagues.toggled.connect(lambda _on: self.refresh())
        self.message = QLabel()
        self.message.setObjectName("calendarMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        bar = QHBoxLayout()
        for widget in (self.today_button, self.previous_button, self.next_button, self.title):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.colleagues)
        for widget in (
            self.day_button,
            self.week_button,
            self.month_button,
            self.new_button,
            self.export_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.today_button.clicked.connect(lambda: self.go_to(self.today()))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.new_button.clicked.connect(self._new_from_button)
        self.export_button.clicked.connect(self.export_period)
        self.grid.slotSelected.connect(self.open_new_visit)
        self.grid.visitActivated.connect(self.open_visit)
        self.month_view.dayActivated.connect(self._open_day)

        self.reminders = ReminderController(
            store, tasks, owner=lambda: self.actor, clock=lambda: self.clock(), parent=self
        )
        self.reminders.start()
        self.retranslate()

    @property
    def actor(self) -> str | None:
        """The signed-in rep: their visits are shown and reminded, new ones are theirs."""
        return self._actor

    @actor.setter
    def actor(self, user_id: str | None) -> None:
        if user_id != self._actor:
            self._actor = user_id
            self.refresh()

    # ---- period -------------------------------------------------------------------------

    def today(self) -> date:
        return to_local(self.clock(), self.tz).date()

    def days(self) -> list[date]:
        """The days the current view shows (weeks start on Monday)."""
        if self.mode == DAY:
            return [self.anchor]
        if self.mode == WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return [monday + timedelta(days=n) for n in range(7)]
        first = month_grid_start(self.anchor.replace(day=1))
        return [first + timedelta(days=n) for n in range(42)]

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        {DAY: self.day_button, WEEK: self.week_button, MONTH: self.month_button}[mode].setChecked(
            True
        )
        self.stack.setCurrentWidget(self.month_view if mode == MONTH else self.grid)
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == MONTH:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            self.anchor += timedelta(days=direction * (1 if self.mode == DAY else 7))
        self.refresh()

    def refresh(self) -> None:
        """Read the visits and holidays of the period on screen (off the GUI thread)."""
        days = self.days()
        start = from_local(datetime.combine(days[0], time()), self.tz)
        end = from_local(datetime.combine(days[-1] + timedelta(days=1), time()), self.tz)
        store, language, owner = self._store, holiday_language(), self._owner_filter()

        def work() -> _Period:
            with store.reading() as conn:
                visits = visits_between(conn, start, end, owner_id=owner)
            return _Period(visits, day_marks(days[0], days[-1], language))

        self._tasks.run(work, lambda period: self._show(days, period), self._show_error)
        self._update_title()

    def _owner_filter(self) -> str | None:
        """The signed-in rep's own visits, unless colleagues' are asked for too."""
        return None if self.colleagues.isChecked() else self.actor

    def _show(self, days: list[date], period: _Period) -> None:
        if days != self.days():
            return  # the rep moved on while this period was read
        self.model.tz = self.tz
        self.model.set_visits(period.visits)
        today = self.today()
        if self.mode == MONTH:
            self.month_model.show_month(self.anchor, period.visits, period.marks, today, self.tz)
        else:
            self.grid.show_days(days, period.marks, today)

    def _update_title(self) -> None:
        locale = QLocale()
        days = self.days()
        if self.mode == MONTH:
            text = locale.toString(qdate(self.anchor), "MMMM yyyy")
        elif self.mode == DAY:
            text = locale.toString(qdate(self.anchor), QLocale.FormatType.LongFormat)
        else:
            first = locale.toString(qdate(days[0]), QLocale.FormatType.ShortFormat)
            last = locale.toString(qdate(days[-1]), QLocale.FormatType.ShortFormat)
            text = f"{first} – {last}"
        self.title.setText(text)

    def _open_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode(DAY)

    # ---- planning and opening visits ----------------------------------------------------

    def _new_from_button(self) -> None:
        start = datetime.combine(self.anchor, time(9, 0))
        self.open_new_visit(start, start + timedelta(hours=1))

    def open_new_visit(self, starts: datetime, ends: datetime) -> None:
        dialog = NewVisitDialog(self._store, self._tasks, starts, ends, self)
        dialog.buttons.accepted.connect(lambda: self._plan(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.new_visit_dialog = dialog
        dialog.open()

    def _plan(self, dialog: NewVisitDialog) -> None:
        value = dialog.value()
        if value is None:
            return
        store, actor, tz = self._store, self.actor, self.tz

        def work() -> str:
            with store.transaction() as conn:
                return plan_visit(
                    conn,
                    account_id=value.account_id,
                    purpose=value.purpose,
                    starts_at=from_local(value.starts, tz),
                    ends_at=from_local(value.ends, tz),
                    actor=actor,
                    remind_before=value.remind_before,
                )

        def planned(_visit_id: str) -> None:
            dialog.accept()
            self.refresh()

        def refused(error: Exception) -> None:
            dialog.show_error(error_text(error))

        self._tasks.run(work, planned, refused)

    def open_visit(self, visit_id: str) -> None:
        dialog = VisitDialog(
            self._store,
            self._tasks,
            visit_id,
            actor=self.actor,
            clock=self.clock,
            tz=self.tz,
            parent=self,
        )
        dialog.changed.connect(self.refresh)
        dialog.exportRequested.connect(self.export_one)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.visit_dialog = dialog
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.new_visit_dialog is dialog:
            self.new_visit_dialog = None
        if self.visit_dialog is dialog:
            self.visit_dialog = None
        dialog.deleteLater()

    # ---- export -------------------------------------------------------------------------

    def export_period(self) -> None:
        """The visits of the period on screen (as the calendar shows them) as one .ics file."""
        days = self.days()
        start = from_local(datetime.combine(days[0], time()), self.tz)
        end = from_local(datetime.combine(days[-1] + timedelta(days=1), time()), self.tz)
        name = f"visits-{days[0]:%Y%m%d}-{days[-1]:%Y%m%d}.ics"
        owner = self._owner_filter()
        self.export.period(start, end, file_name=name, now=self.clock(), owner_id=owner)

    def export_one(self, visit_id: str) -> None:
        self.export.visit(visit_id, now=self.clock())

    # ---- messages and language ----------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #2b3440;")
        self.message.setText(text)
        self.message.show()

    def _show_error(self, error: Exception) -> None:
        text = error_text(error)
        self.message.setStyleSheet("color: #8c1d18;")
        self.message.setText(text)
        self.message.show()

    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.previous_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.day_button.setText(self.tr("Day"))
        self.week_button.setText(self.tr("Week"))
        self.month_button.setText(self.tr("Month"))
        self.new_button.setText(self.tr("New visit"))
        self.export_button.setText(self.tr("Export .ics…"))
        self.export_button.setToolTip(
            self.tr("Save the visits of the period on screen as an iCalendar file")
        )
        self._update_title()
        self.colleagues.setText(self.tr("Colleagues' visits"))
        self.month_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.refresh()  # holiday names follow the language
