"""Client value and health on the Accounts page: the sortable columns of the list and the
“Value & health” box of the selected account, on a fixed day (2025-06-30).

Hand-computed figures (formulas in sfa/analytics/*.py):

A 深圳华为技术, customer: won 100,000 (2025-01-15) and 20,000 (2025-06-01); a negotiation
  deal of 50,000 at the stage's 80 %; a call rated 5 on 06-20 and a meeting rated 3 on 05-01.
  H = C = 120,000; P = 40,000; L = 120,000 × 0.3 × 8/3 = 96,000.
  S = (4 − 1) ÷ 4 × 100 = 75; R = 100 − 10 = 90; F = 2 × 20 = 40; T = 100 (all business is
  new: 120,000 against 0) → health 30 + 18 + 8 + 20 = 76; developing (first sale 166 days ago).
B 杭州娃哈哈, prospect, nothing recorded: S 50, R 0, F 0, T 50 → 20 + 10 = 30; acquiring.
C 广州白云制药, customer: won 5,000 (2024-03-01); a call rated 2 on 04-10 (81 days).
  S 25, R 19, F 20, T 50 → 10 + 3.8 + 4 + 10 = 27.8 → 28 (< 40: declining).
D 南京钢铁, customer: won 30,000 (2024-10-01); a call rated 4 on 02-01 (149 days).
  S 75 → 30; R 0; F 0; T = 0 (0 now against 30,000) → 30. No contact for ≥ 90 days and
  business down 100 % → high churn risk, declining.
RFM among A, C, D (n = 3): A is the most recent and frequent → R 4, F 4 with 2 purchases:
  loyal. Pyramid (T = 155,000): A VIP; D has 120,000 = 77 % above → medium; C → small.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sfa.store import writes
from sfa.store.store import LocalStore
from ui.account_page import AccountsPage
from ui.accounts_model import AccountsModel
from ui.main_window import MainWindow
from ui.qt import QPoint, QSettings, Qt
from ui.tasks import TaskRunner
from ui.value_cache import PortfolioCache

pytestmark = pytest.mark.gui
ME = "user-rep1"
TODAY = date(2025, 6, 30)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


def won(conn: Any, account: str, day: str, amount: str) -> None:
    fields = {
        "account_id": account,
        "name": f"deal {day}",
        "stage": "won",
        "amount": D(amount),
        "close_date": date.fromisoformat(day),
        "close_reason": "price",
    }
    writes.create(conn, "opportunity", fields, actor=ME)


def call(conn: Any, account: str, day: str, rating: int, kind: str = "call") -> None:
    when = datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)
    fields = {
        "account_id": account,
        "kind": kind,
        "subject": kind,
        "occurred_at": when,
        "satisfaction": rating,
    }
    writes.create(conn, "activity", fields, actor=ME)


@pytest.fixture
def store_with_clients(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        a, _b, c, d = (
            writes.create(conn, "account", {"name": name, "status": status}, actor=ME)
            for name, status in (
                ("深圳华为技术", "customer"),
                ("杭州娃哈哈", "prospect"),
                ("广州白云制药", "customer"),
                ("南京钢铁", "customer"),
            )
        )
        won(conn, a, "2025-01-15", "100000")
        won(conn, a, "2025-06-01", "20000")
        deal = {"account_id": a, "name": "二期", "stage": "negotiation", "amount": D("50000")}
        writes.create(conn, "opportunity", deal, actor=ME)
        call(conn, a, "2025-06-20", 5)
        call(conn, a, "2025-05-01", 3, "meeting")
        won(conn, c, "2024-03-01", "5000")
        call(conn, c, "2025-04-10", 2)
        won(conn, d, "2024-10-01", "30000")
        call(conn, d, "2025-02-01", 4)
    return store


@pytest.fixture
def page(qtbot: QtBot, store_with_clients: LocalStore) -> AccountsPage:
    tasks = TaskRunner(synchronous=True)
    PortfolioCache.of(store_with_clients, tasks).today = TODAY
    window = MainWindow(store_with_clients, profile_label="rep1", tasks=tasks)
    window.set_actor(ME)
    qtbot.addWidget(window)
    window.show()
    shown = window.show_page("accounts")
    assert isinstance(shown, AccountsPage)
    return shown


def names(page: AccountsPage) -> list[str]:
    return [page.model.row(n)["name"] for n in range(page.model.rowCount())]


def column(page: AccountsPage, number: int) -> list[str]:
    return [page.model.index(n, number).data() for n in range(page.model.rowCount())]


def click_header(qtbot: QtBot, page: AccountsPage, section: int) -> None:
    header = page.table.horizontalHeader()
    page.table.scrollTo(page.model.index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_value_columns_are_computed_once_they_come_into_view(
    qtbot: QtBot, page: AccountsPage
) -> None:
    """Valuing the portfolio is seconds of work on a big laptop: a page whose value columns
    are out of view has not started it; scrolling them into view does."""
    header = page.table.horizontalHeader()
    assert header.sectionViewportPosition(AccountsModel.HEALTH) >= page.table.viewport().width()
    assert page.model.values.portfolio is None
    assert column(page, AccountsModel.HEALTH) == ["…"] * 4
    page.table.scrollTo(page.model.index(0, AccountsModel.CHURN))
    assert page.model.values.portfolio is not None
    assert column(page, AccountsModel.HEALTH) == ["30", "28", "30", "76"]


def test_the_list_shows_and_sorts_by_health_and_value(qtbot: QtBot, page: AccountsPage) -> None:
    assert names(page) == ["南京钢铁", "广州白云制药", "杭州娃哈哈", "深圳华为技术"]
    page.table.scrollTo(page.model.index(0, AccountsModel.HEALTH))
    assert column(page, AccountsModel.HEALTH) == ["30", "28", "30", "76"]
    assert column(page, AccountsModel.SEGMENT) == ["Ordinary", "Ordinary", "Prospective", "Loyal"]
    assert column(page, AccountsModel.VALUE_TIER) == ["Medium", "Small", "—", "VIP"]
    assert column(page, AccountsModel.CHURN)[0] == "High"
    assert page.model.index(0, AccountsModel.CHURN).data(Qt.ItemDataRole.ToolTipRole) == (
        "no contact for 149 days; business down 100% on the previous 180 days"
    )

    click_header(qtbot, page, AccountsModel.HEALTH)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == AccountsModel.HEALTH
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        click_header(qtbot, page, AccountsModel.HEALTH)
    # 76, then the two at 30 in name order (南 before 杭 in code-point order), then 28
    assert names(page) == ["深圳华为技术", "南京钢铁", "杭州娃哈哈", "广州白云制药"]

    page.table.sortByColumn(AccountsModel.LIFETIME_VALUE, Qt.SortOrder.DescendingOrder)
    # L = Y × 0.3 × 8/3 = Y × 0.8. A: 96,000. D bought 272 days ago (one year at least):
    # 30,000 × 0.8 = 24,000. C bought 486 days ago: Y = 5,000 ÷ (486 ÷ 365) = 3,755.144…,
    # L = 3,004.115… → 3,004.12. B: 0.
    assert names(page) == ["深圳华为技术", "南京钢铁", "广州白云制药", "杭州娃哈哈"]
    assert column(page, AccountsModel.LIFETIME_VALUE) == [
        "¥96,000.00",
        "¥24,000.00",
        "¥3,004.12",
        "¥0.00",
    ]


def test_the_selected_account_shows_its_value_and_health(qtbot: QtBot, page: AccountsPage) -> None:
    page.table.sortByColumn(AccountsModel.NAME, Qt.SortOrder.AscendingOrder)
    page.table.selectRow(names(page).index("深圳华为技术"))
    shown = page.detail.value.values
    assert page.detail.value.isVisible()
    assert {key: label.text() for key, label in shown.items()} == {
        "health": "76 / 100",
        "lifecycle": "Developing",
        "segment": "Loyal",
        "value_tier": "VIP",
        "historical": "¥120,000.00",
        "current": "¥120,000.00",
        "potential": "¥40,000.00",
        "lifetime": "¥96,000.00",
        "churn": "None",
    }
    assert "Satisfaction 75" in shown["health"].toolTip()

    page.table.selectRow(names(page).index("南京钢铁"))
    assert shown["churn"].text() == (
        "High — no contact for 149 days; business down 100% on the previous 180 days"
    )
    assert shown["lifecycle"].text() == "Declining"


def test_logging_a_call_updates_the_health_shown(
    qtbot: QtBot, page: AccountsPage, store_with_clients: LocalStore
) -> None:
    """D gets a call rated 5 today: ratings 5, 4 → S = 87.5 → 35; R = 100 → 20; F = 20 → 4;
    T = 0 → health 59; the no-contact sign goes, business still down → medium."""
    page.table.selectRow(names(page).index("南京钢铁"))
    account_id = page.detail.account["id"]  # type: ignore[index]
    with store_with_clients.transaction() as conn:
        call(conn, account_id, "2025-06-30", 5)
    page.record_changed()
    shown = page.detail.value.values
    assert shown["health"].text() == "59 / 100"
    assert shown["churn"].text() == "Medium — business down 100% on the previous 180 days"


def test_the_accounts_model_with_value_columns_passes_the_model_tester(
    qtmodeltester: Any, store_with_clients: LocalStore
) -> None:
    PortfolioCache.of(store_with_clients, TaskRunner(synchronous=True)).today = TODAY
    model = AccountsModel(store_with_clients)
    model.reload()
    assert model.rowCount() == 4
    model.sort(AccountsModel.HEALTH, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
