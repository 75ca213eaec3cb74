"""Desktop notifications for visit reminders that come due.

Every minute the controller asks ``sfa.app.reminders`` what came due since its last look and
shows each as a system-tray notification. Where the desktop has no system tray (a bare
window manager, the offscreen test platform) it stays quiet and only emits ``due``, which
the calendar (and tests) can use. The clock is injectable so tests run on fixed dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from sfa.app.reminders import Reminder, due_reminders
from sfa.domain.columns import utcnow
from sfa.store.store import LocalStore
from ui.calendar_model import to_local
from ui.qt import QApplication, QObject, QStyle, QSystemTrayIcon, QTimer, Signal
from ui.tasks import TaskRunner

CHECK_INTERVAL_MS = 60_000


class ReminderController(QObject):
    due = Signal(list)
    """The reminders that just came due (a list of :class:`Reminder`)."""

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        owner: Callable[[], str | None],
        clock: Callable[[], datetime] = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._tasks, self._owner, self._clock = store, tasks, owner, clock
        self.tz: tzinfo | None = None
        self.last_check: datetime | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        self.tray: QSystemTrayIcon | None = None

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check_now)

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        """Ask what came due since the last look (on the first look: what was missed)."""
        if self._busy:
            return
        self._busy = True
        now, since, owner, store = self._clock(), self.last_check, self._owner(), self._store

        def work() -> list[Reminder]:
            with store.reading() as conn:
                return due_reminders(conn, now=now, since=since, owner_id=owner)

        def done(reminders: list[Reminder]) -> None:
            self._busy = False
            self.last_check = now
            if reminders:
                self._notify(reminders)
                self.due.emit(reminders)

        def failed(_error: Exception) -> None:
            self._busy = False  # the next tick asks again over the same span

        self._tasks.run(work, done, failed)

    def _notify(self, reminders: list[Reminder]) -> None:
        tray = self._tray()
        if tray is None:
            return
        for reminder in reminders:
            start = to_local(reminder.starts_at, self.tz)
            title = self.tr("Visit at %1: %2").replace("%1", f"{start:%H:%M}")
            title = title.replace("%2", reminder.account_name)
            body = "\n".join(part for part in (reminder.purpose, reminder.location or "") if part)
            tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            icon = app.windowIcon()
            if icon.isNull():
                icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("SFA Desk")
            self.tray.show()
        return self.tray
