"""The portfolio's value and health figures, computed once off the GUI thread and shared.

The account list (to show and sort by health, segment, value…), the account pane (to place
one client on the portfolio's scales) and the dashboards all need the same figures; valuing
100,000 accounts takes seconds, so it is done on the task runner, kept in memory, and redone
only when the data changed (a sync, a saved edit) — never for a sort or a filter.
One cache per store, shared by every page of the window.
"""

from __future__ import annotations

import weakref
from datetime import date
from typing import Any

from sfa.app.client_value import Portfolio, data_stamp, portfolio_values
from sfa.store.store import LocalStore
from ui.qt import QObject, Signal
from ui.tasks import TaskRunner


class PortfolioCache(QObject):
    updated = Signal()
    failed = Signal(str)

    def __init__(self, store: LocalStore, tasks: TaskRunner) -> None:
        super().__init__()
        self._store = weakref.ref(store)
        self._tasks = tasks
        self._busy = False
        self._again = False
        self.portfolio: Portfolio | None = None
        self._stamp: tuple[Any, ...] | None = None
        self.today: date | None = None
        """Fixed in tests; the real date otherwise."""

    @classmethod
    def of(cls, store: LocalStore, tasks: TaskRunner) -> PortfolioCache:
        """The store's cache, made on first use with the caller's task runner."""
        cache = _CACHES.get(store)
        if cache is None:
            cache = _CACHES[store] = cls(store, tasks)
        return cache

    def day(self) -> date:
        return self.today or date.today()

    def ensure(self) -> None:
        """Compute the figures unless they are there or on their way."""
        if self.portfolio is None and not self._busy:
            self.refresh()

    def refresh(self) -> None:
        """Recompute (the data changed); a request while computing runs once more after."""
        if self._busy:
            self._again = True
            return
        store = self._store()
        if store is None:
            return
        self._busy = True
        today, known = self.day(), self.portfolio
        last_stamp = self._stamp if known is not None and known.today == today else None

        def work() -> tuple[tuple[Any, ...], Portfolio | None]:
            with store.reading() as conn:
                stamp = data_stamp(conn)
                if stamp == last_stamp:
                    return stamp, None  # nothing changed since: keep the figures
                return stamp, portfolio_values(conn, today=today)

        self._tasks.run(work, self._done, self._failed)

    def _done(self, result: tuple[tuple[Any, ...], Portfolio | None]) -> None:
        self._busy = False
        self._stamp, portfolio = result
        if portfolio is not None:
            self.portfolio = portfolio
            self.updated.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self._again = False
        self.failed.emit(str(error))


_CACHES: weakref.WeakKeyDictionary[LocalStore, PortfolioCache] = weakref.WeakKeyDictionary()
"""The cache holds its store weakly, so a closed profile's figures go with it."""
