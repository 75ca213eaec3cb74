"""Saving visits as an iCalendar file: where to (asked once), then written off the GUI thread.

The file is produced by ``sfa.app.visits`` (through :mod:`sfa.io.icalendar`); a period
without visits is refused in plain words before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from sfa.app.visits import export_calendar, export_visit
from sfa.store.store import LocalStore
from ui.calendar_days import holiday_language
from ui.qt import QFileDialog, QObject, QWidget, Signal
from ui.tasks import TaskRunner


class CalendarExport(QObject):
    saved = Signal(str)
    """The path of the file just written."""
    failed = Signal(object)

    def __init__(self, store: LocalStore, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._store, self._tasks, self._window = store, tasks, window
        self.save_path: Callable[[str, str], str] = self._ask_save_path
        """Asks where to save (suggested file name, filter) → path, "" to give up; tests
        answer with a path of their own."""

    def period(
        self,
        start: datetime,
        end: datetime,
        *,
        file_name: str,
        now: datetime,
        owner_id: str | None,
    ) -> None:
        """Every visit overlapping [start, end) (of ``owner_id``, or everyone's)."""
        title, language = self.tr("SFA Desk visits"), holiday_language()
        self._export(
            file_name,
            lambda conn: export_calendar(
                conn, start, end, now=now, owner_id=owner_id, name=title, language=language
            ),
        )

    def visit(self, visit_id: str, *, now: datetime) -> None:
        language = holiday_language()
        self._export(
            f"visit-{visit_id[:8]}.ics",
            lambda conn: export_visit(conn, visit_id, now=now, language=language),
        )

    def _export(self, suggested: str, produce: Callable[[Connection], bytes]) -> None:
        path = self.save_path(suggested, self.tr("iCalendar files (*.ics)"))
        if not path:
            return
        target, store = Path(path), self._store

        def work() -> str:
            with store.reading() as conn:
                data = produce(conn)
            target.write_bytes(data)
            return str(target)

        self._tasks.run(work, self.saved.emit, self.failed.emit)

    def _ask_save_path(self, suggested: str, filter_text: str) -> str:
        path, _selected = QFileDialog.getSaveFileName(
            self._window, self.tr("Export calendar"), str(Path.home() / suggested), filter_text
        )
        return path
