"""The Dashboards page: pipeline funnel, win rate by month, value pyramid, segments and
relationship health, for the whole laptop or one rep, over a chosen number of months.

Everything is computed locally (it works offline, from the last sync) and off the GUI thread:
the client figures come from the shared :class:`ui.value_cache.PortfolioCache`, the deals
are read in a task; only the charts are built here. Each chart exports as a PNG.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sfa.app.client_value_dashboard import Dashboard, dashboard
from sfa.app.opportunities import owners
from sfa.store.store import LocalStore
from ui import dashboard_charts as charts
from ui.dashboard_card import ChartCard
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QChart,
    QComboBox,
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner
from ui.value_cache import PortfolioCache

_C = "DashboardPage"
MONTHS = (6, 12, 24)

_CARDS: tuple[tuple[str, Callable[[Dashboard], QChart | None], str], ...] = (
    (
        "funnel",
        lambda d: charts.funnel_chart(d.funnel),
        QT_TRANSLATE_NOOP(
            "DashboardPage",
            "No open deals. Create an opportunity on the Opportunities page (or pick another "
            "rep) to see the pipeline funnel.",
        ),
    ),
    (
        "win_rate",
        lambda d: charts.win_rate_chart(d.win_rates),
        QT_TRANSLATE_NOOP(
            "DashboardPage",
            "No deal was won or lost in these months. Close deals as won or lost on the "
            "Opportunities page, or choose a longer period.",
        ),
    ),
    (
        "pyramid",
        lambda d: charts.pyramid_chart(d.pyramid),
        QT_TRANSLATE_NOOP(
            "DashboardPage",
            "No won business yet: the value pyramid ranks clients by what they bought. "
            "Win a deal to see it.",
        ),
    ),
    (
        "segments",
        lambda d: charts.segments_chart(d.segments),
        QT_TRANSLATE_NOOP(
            "DashboardPage",
            "No accounts yet. Create or import accounts (or sync) to see the segments.",
        ),
    ),
    (
        "health",
        lambda d: charts.health_chart(d.health),
        QT_TRANSLATE_NOOP(
            "DashboardPage",
            "No accounts yet. Log calls and visits with the client's satisfaction to see "
            "how relationships are doing.",
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class _Loaded:
    figures: Dashboard
    owners: list[tuple[str, str]]


class DashboardPage(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._store = store
        self._tasks = tasks
        self._actor: str | None = None
        self._generation = 0
        self._stale = False
        self._changed = False
        self._owners: list[tuple[str, str]] = []
        self.figures: Dashboard | None = None
        self.values = PortfolioCache.of(store, tasks)
        self.values.updated.connect(self._load)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("dashboardOwner")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("dashboardPeriod")
        for months in MONTHS:
            self.period_filter.addItem("", months)
        self.period_filter.setCurrentIndex(MONTHS.index(12))
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.cards = {name: ChartCard(name) for name, _build, _empty in _CARDS}
        for card in self.cards.values():
            card.failed.connect(self._say)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.owner_filter)
        header.addWidget(self.period_filter)
        grid = QGridLayout()
        for number, card in enumerate(self.cards.values()):
            grid.addWidget(card, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        self.owner_filter.activated.connect(lambda _n: self._load())
        self.period_filter.activated.connect(lambda _n: self._load())
        self.retranslate()

    @property
    def actor(self) -> str | None:
        """The signed-in user: “My figures” is offered first when known."""
        return self._actor

    @actor.setter
    def actor(self, user_id: str | None) -> None:
        if user_id != self._actor:
            self._actor = user_id
            self._fill_owners()

    # -- the page protocol of ui.page_registry ---------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboards"))
        for number, months in enumerate(MONTHS):
            self.period_filter.setItemText(number, self.tr("Last {n} months").format(n=months))
        self._fill_owners()
        for card in self.cards.values():
            card.retranslate()
        self._draw()

    def refresh(self) -> None:
        """After a sync or an edit: the figures are computed again, then drawn — now if the
        page is shown, else when it is (a hidden page revalues nothing)."""
        if not self.isVisible():
            self._changed = True
            return
        self.values.refresh()
        if self.values.portfolio is not None:
            self._load()

    # -- loading and drawing ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._changed:
            self._changed = False
            self.values.refresh()
        else:
            self.values.ensure()
        if self.figures is None or self._stale:
            self._load()

    def _load(self) -> None:
        if not self.isVisible():
            self._stale = True  # drawn when shown: no charts computed for a hidden page
            return
        self._stale = False
        portfolio = self.values.portfolio
        if portfolio is None:
            self._say(self.tr("Computing the figures…"))
            return
        self._generation += 1
        generation, store = self._generation, self._store
        owner, months = self.owner_filter.currentData(), self.period_filter.currentData()

        def work() -> _Loaded:
            with store.reading() as conn:
                return _Loaded(dashboard(conn, portfolio, owner=owner, months=months), owners(conn))

        def done(loaded: _Loaded) -> None:
            if generation == self._generation:
                self._say("")
                self.figures = loaded.figures
                self._owners = loaded.owners
                self._fill_owners()
                self._draw()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._say(self.tr("Could not compute the dashboards: {error}").format(error=error))

        self._tasks.run(work, done, failed)

    def _draw(self) -> None:
        if self.figures is None:
            return
        for name, build, empty in _CARDS:
            self.cards[name].show_chart(build(self.figures), QCoreApplication.translate(_C, empty))

    def _fill_owners(self) -> None:
        chosen = self.owner_filter.currentData()
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Everyone on this laptop"), None)
        if self._actor:
            self.owner_filter.addItem(self.tr("My figures"), self._actor)
        for user_id, name in self._owners:
            if user_id != self._actor:
                self.owner_filter.addItem(name, user_id)
        found = self.owner_filter.findData(chosen)
        self.owner_filter.setCurrentIndex(max(0, found))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
