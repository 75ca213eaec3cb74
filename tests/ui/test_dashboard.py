"""The Dashboards page builds real charts from the laptop's data, says what to do when there
is none, follows the rep filter, re-titles its charts in the rep's language, exports PNGs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
)
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from sfa.store import writes
from sfa.store.store import LocalStore
from ui.dashboard_page import DashboardPage
from ui.qt import QCoreApplication, QTranslator
from ui.tasks import TaskRunner
from ui.value_cache import PortfolioCache

pytestmark = pytest.mark.gui
TODAY = date(2025, 6, 30)
ME, OTHER = "user-rep1", "user-rep2"


def deal(conn: Any, account: str, owner: str, stage: str, amount: str, day: str) -> None:
    fields: dict[str, Any] = {
        "account_id": account,
        "owner_id": owner,
        "name": f"{stage} {day}",
        "stage": stage,
        "amount": D(amount),
        "close_date": date.fromisoformat(day),
    }
    if stage in ("won", "lost"):
        fields["close_reason"] = "price"
    writes.create(conn, "opportunity", fields, actor=owner)


@pytest.fixture
def filled(store: LocalStore) -> LocalStore:
    """Two accounts: mine (won 2025-05 and 2025-06, lost 2025-06, a proposal open) and a
    colleague's (won 2025-04, a prospecting deal open)."""
    with store.transaction() as conn:
        mine = writes.create(
            conn,
            "account",
            {"name": "深圳华为技术", "status": "customer", "owner_id": ME},
            actor=ME,
        )
        theirs = writes.create(
            conn, "account", {"name": "杭州娃哈哈", "status": "customer", "owner_id": OTHER},
            actor=OTHER,
        )  # fmt: skip
        deal(conn, mine, ME, "won", "100000", "2025-05-10")
        deal(conn, mine, ME, "won", "50000", "2025-06-10")
        deal(conn, mine, ME, "lost", "70000", "2025-06-20")
        deal(conn, mine, ME, "proposal", "80000", "2025-08-01")
        deal(conn, theirs, OTHER, "won", "20000", "2025-04-01")
        deal(conn, theirs, OTHER, "prospecting", "10000", "2025-09-01")
    return store


def open_page(qtbot: QtBot, store: LocalStore) -> DashboardPage:
    tasks = TaskRunner(synchronous=True)
    PortfolioCache.of(store, tasks).today = TODAY
    page = DashboardPage(store, tasks)
    page.actor = ME
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None)
    return page


def chart(page: DashboardPage, name: str) -> QChart:
    shown = page.cards[name].chart
    assert shown is not None, f"{name} shows no chart"
    return shown


def test_every_chart_is_built_from_the_data(qtbot: QtBot, filled: LocalStore) -> None:
    page = open_page(qtbot, filled)
    funnel = chart(page, "funnel")
    assert funnel.title() == "Pipeline funnel"
    (bars,) = funnel.series()
    assert isinstance(bars, QAbstractBarSeries)
    amount = bars.barSets()[0]
    # five open stages, top to bottom prospecting … negotiation (drawn bottom-up)
    assert amount.count() == 5
    assert [amount.at(n) for n in range(5)] == [0, 80000, 0, 0, 10000]
    money_axis = next(a for a in funnel.axes() if isinstance(a, QCategoryAxis))
    assert money_axis.titleText() == "Amount"
    # largest 80,000 ÷ 3 steps = 26,667 → the next round step is 50,000
    assert money_axis.categoriesLabels() == ["¥0", "¥50,000", "¥100,000"]

    win = chart(page, "win_rate")
    line = next(
        s for s in win.series() if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)
    )
    # 12 months to June 2025; April 1/1, May 1/1, June 1 won of 2 closed
    assert [(p.x(), p.y()) for p in line.points()] == [(9, 100), (10, 100), (11, 50)]
    months = next(a for a in win.axes() if isinstance(a, QBarCategoryAxis))
    assert months.count() == 12 and months.at(11) == "25-06"

    pyramid = chart(page, "pyramid")
    labels = next(a for a in pyramid.axes() if isinstance(a, QBarCategoryAxis))
    # 150,000 of 170,000 at the top: VIP; 20,000 has 150,000 (88 %) above: small
    assert labels.categories() == [
        "Small: 1 · ¥20,000.00",
        "Medium: 0 · ¥0.00",
        "Major: 0 · ¥0.00",
        "VIP: 1 · ¥150,000.00",
    ]

    (pie,) = chart(page, "segments").series()
    assert isinstance(pie, QPieSeries)
    assert [s.label() for s in pie.slices()] == ["Repeat: 1 (50%)", "Ordinary: 1 (50%)"]

    health = chart(page, "health")
    (columns,) = health.series()
    assert isinstance(columns, QAbstractBarSeries)
    counts = columns.barSets()[0]
    assert sum(counts.at(n) for n in range(counts.count())) == 2
    assert {a.titleText() for a in health.axes()} == {"Health index", "Clients"}


def test_the_rep_filter_narrows_every_chart(qtbot: QtBot, filled: LocalStore) -> None:
    page = open_page(qtbot, filled)
    assert page.owner_filter.itemText(1) == "My figures"
    page.owner_filter.setCurrentIndex(1)
    page.owner_filter.activated.emit(1)
    (bars,) = chart(page, "funnel").series()
    amount = bars.barSets()[0]  # type: ignore[attr-defined]
    assert [amount.at(n) for n in range(5)] == [0, 80000, 0, 0, 0]
    (pie,) = chart(page, "segments").series()
    assert [s.label() for s in pie.slices()] == ["Repeat: 1 (100%)"]  # type: ignore[attr-defined]


def test_empty_laptop_says_what_to_do(qtbot: QtBot, store: LocalStore) -> None:
    page = open_page(qtbot, store)
    for name, card in page.cards.items():
        assert card.chart is None, name
        assert card.empty.isVisible() and card.empty.text().endswith("."), name
        assert not card.export_button.isEnabled()
    assert "Create an opportunity" in page.cards["funnel"].empty.text()


CHINESE = {"Pipeline funnel": "销售漏斗", "Value pyramid": "客户价值金字塔", "Dashboards": "仪表板"}


class Chinese(QTranslator):
    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> Any:
        return CHINESE.get(source)


def test_chart_titles_follow_the_language(qtbot: QtBot, filled: LocalStore) -> None:
    page = open_page(qtbot, filled)
    chinese = Chinese()
    QCoreApplication.installTranslator(chinese)
    try:
        page.retranslate()
        assert page.heading.text() == "仪表板"
        assert chart(page, "funnel").title() == "销售漏斗"
        assert chart(page, "pyramid").title() == "客户价值金字塔"
    finally:
        QCoreApplication.removeTranslator(chinese)
    page.retranslate()
    assert chart(page, "funnel").title() == "Pipeline funnel"


def test_a_chart_exports_as_png(qtbot: QtBot, filled: LocalStore, tmp_path: Path) -> None:
    page = open_page(qtbot, filled)
    target = tmp_path / "funnel.png"
    assert page.cards["funnel"].export_to(target)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100


def test_the_figures_are_computed_on_the_task_runner(qtbot: QtBot, filled: LocalStore) -> None:
    """With a real (threaded) runner the page opens at once, says it is computing, and the
    charts appear when the background work is done."""
    tasks = TaskRunner()
    PortfolioCache.of(filled, tasks).today = TODAY
    page = DashboardPage(filled, tasks)
    qtbot.addWidget(page)
    page.show()
    assert page.figures is None
    qtbot.waitUntil(lambda: page.cards["funnel"].chart is not None, timeout=10_000)
    tasks.wait()
    assert page.cards["pyramid"].chart is not None
    assert not page.message.isVisible()
