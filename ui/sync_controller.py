"""Runs sync in the background and tells the window what to show.

Sync never runs on the GUI thread; progress and results come back as signals. Only one
sync runs at a time; a request made meanwhile is remembered and runs right after.
"""

from __future__ import annotations

from sfa.app.session import Session
from sfa.app.sync_status import SyncStatus, sync_status
from sfa.sync.engine import SyncProgress, SyncReport
from sfa.sync.transport import AuthExpired, Offline, SyncError, UpdateRequired
from ui.qt import QObject, QTimer, Signal
from ui.tasks import TaskRunner

AUTO_SYNC_MS = 5 * 60 * 1000


class _ProgressRelay(QObject):
    progressed = Signal(object)


class SyncController(QObject):
    status_changed = Signal(str)
    synced = Signal(object)  # SyncReport
    sign_in_needed = Signal(str)
    failed = Signal(str)

    def __init__(
        self, session: Session, tasks: TaskRunner, *, auto_sync_ms: int = AUTO_SYNC_MS
    ) -> None:
        super().__init__()
        self.session = session
        self._tasks = tasks
        self._running = False
        self._again = False
        self._offline = False
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        self._timer = QTimer(self)
        self._timer.setInterval(auto_sync_ms)
        self._timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._running

    def start_auto_sync(self) -> None:
        self._timer.start()

    def sync_now(self) -> None:
        if not self.session.signed_in:
            self.sign_in_needed.emit(self.tr("Sign in to sync."))
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.status_changed.emit(self.tr("Syncing…"))
        engine, relay = self.session.engine, self._relay
        self._tasks.run(lambda: engine.sync(relay.progressed.emit), self._done, self._failed)

    def refresh_status(self) -> None:
        with self.session.store.reading() as conn:
            status = sync_status(conn)
        self.status_changed.emit(self.describe(status))

    def describe(self, status: SyncStatus) -> str:
        parts: list[str] = []
        if self._offline:
            parts.append(self.tr("Offline"))
        elif status.last_sync is not None:
            when = status.last_sync.astimezone().strftime("%H:%M")
            parts.append(self.tr("Up to date since {time}").format(time=when))
        else:
            parts.append(self.tr("Not synced yet"))
        if status.waiting:
            parts.append(self.tr("{n} changes waiting").format(n=status.waiting))
        if status.conflicts:
            parts.append(self.tr("{n} conflicts").format(n=status.conflicts))
        if status.rejected:
            parts.append(self.tr("{n} refused").format(n=status.rejected))
        return " · ".join(parts)

    def _show_progress(self, progress: SyncProgress) -> None:
        if progress.phase == "push" and progress.total:
            percent = 100 * progress.done // max(progress.total, 1)
            text = self.tr("Sending changes… {done}/{total} ({percent}%)").format(
                done=progress.done, total=progress.total, percent=percent
            )
        elif progress.phase == "index" and progress.fraction is not None:
            text = self.tr("Preparing search over {n} records… ({percent}%)").format(
                n=progress.done, percent=int(100 * progress.fraction)
            )
        elif progress.phase == "index":
            text = self.tr("Preparing search over {n} records…").format(n=progress.done)
        elif progress.fraction is not None:
            text = self.tr("Receiving… {n} records ({percent}%)").format(
                n=progress.done, percent=int(100 * progress.fraction)
            )
        else:
            text = self.tr("Receiving… {n} records").format(n=progress.done)
        self.status_changed.emit(text)

    def _done(self, report: SyncReport) -> None:
        self._running = False
        self._offline = False
        self.synced.emit(report)
        self.refresh_status()
        self._maybe_again()

    def _failed(self, error: Exception) -> None:
        self._running = False
        if isinstance(error, AuthExpired):
            self.sign_in_needed.emit(error.message)
        elif isinstance(error, Offline):
            self._offline = True
        elif isinstance(error, UpdateRequired | SyncError):
            self.failed.emit(error.message)
        else:
            self.failed.emit(self.tr("Sync stopped: {error}").format(error=error))
        self.refresh_status()
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()
