"""The manager's workspace on the laptop: the quota grid, attainment, the forecast and its
override, and what a rep sees instead — driven through the widgets, checked in the store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.analytics.attainment import Period
from sfa.domain.enums import QuotaPeriodKind
from sfa.store import outbox
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import Quota
from ui.forecast_model import ForecastModel
from ui.manager_page import ManagerPage
from ui.qt import QDialogButtonBox, QLineEdit, QModelIndex, Qt, QTableView
from ui.quota_attainment_model import AttainmentModel
from ui.quota_grid_model import QuotaGridModel
from ui.tasks import TaskRunner

TODAY = date(2026, 7, 15)
JULY = Period(QuotaPeriodKind.MONTH, date(2026, 7, 1))
IDS = {
    name: f"00000000-0000-4000-8000-{n:012d}"
    for n, name in enumerate(("manager", "rep1", "rep2", "rep3", "manager2", "acct", "south"), 1)
}


def _seed(store: LocalStore) -> None:
    """What a manager's laptop holds after a sync: the team, a territory, quotas, deals."""

    def user(name: str, role: str, manager: str | None) -> dict[str, Any]:
        return {
            "id": IDS[name],
            "rev": 1,
            "username": name,
            "display_name": name.upper(),
            "role": role,
            "manager_id": IDS[manager] if manager else None,
            "active": True,
        }

    def deal(n: int, owner: str, stage: str, amount: str, category: str) -> dict[str, Any]:
        return {
            "id": f"00000000-0000-4000-9000-{n:012d}",
            "rev": 10 + n,
            "account_id": IDS["acct"],
            "owner_id": IDS[owner],
            "name": f"Deal {n}",
            "stage": stage,
            "amount": amount,
            "currency": "CNY",
            "close_date": "2026-07-20",
            "forecast_category": category,
        }

    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                user("manager", "manager", None),
                user("rep1", "rep", "manager"),
                user("rep2", "rep", "manager"),
                user("manager2", "manager", None),
                user("rep3", "rep", "manager2"),
            ],
        )
        apply_remote(
            conn,
            "territory",
            [
                {
                    "id": IDS["south"],
                    "rev": 2,
                    "name": "South",
                    "rep_ids": [IDS["rep1"], IDS["rep2"]],
                }
            ],
        )
        apply_remote(
            conn,
            "quota",
            [
                {
                    "id": "00000000-0000-4000-a000-000000000001",
                    "rev": 3,
                    "user_id": IDS["rep2"],
                    "period_kind": "month",
                    "period_start": "2026-07-01",
                    "amount": "80000.00",
                }
            ],
        )
        apply_remote(
            conn,
            "opportunity",
            [
                deal(1, "rep1", "won", "60000.00", "pipeline"),
                deal(2, "rep2", "won", "100000.00", "commit"),
                deal(3, "rep1", "negotiation", "30000.00", "commit"),
                deal(4, "rep1", "proposal", "10000.00", "pipeline"),
                deal(5, "rep3", "won", "999.00", "commit"),
            ],
        )


@pytest.fixture
def page(qtbot: QtBot, store: LocalStore) -> ManagerPage:
    _seed(store)
    widget = ManagerPage(store, TaskRunner(synchronous=True))
    for tab in (widget.quotas, widget.forecast, widget.numbers):
        tab.today = TODAY
    widget.forecast._fill_periods()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _quotas(store: LocalStore) -> dict[tuple[str, date], Decimal]:
    with store.reading() as conn:
        rows = conn.execute(select(Quota.__table__).where(Quota.__table__.c.deleted.is_(False)))
        return {(row.user_id, row.period_start): row.amount for row in rows}


def _type(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str) -> None:
    """Type into a cell as a user does: F2 opens its editor, Return commits."""
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_manager_types_a_quota_into_the_grid(
    qtbot: QtBot, page: ManagerPage, store: LocalStore, qtmodeltester: Any
) -> None:
    page.actor = IDS["manager"]
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
    assert tabs == [
        "Territories",
        "Pool",
        "Quotas",
        "Forecast",
        "Receivables",
        "Commissions",
        "Approvals",
    ]
    page.tabs.setCurrentWidget(page.quotas)
    grid, model = page.quotas.grid, page.quotas.grid_model
    qtmodeltester.check(model)
    assert _texts(model, QuotaGridModel.REP) == ["REP1", "REP2", "Team total"]
    column = model.column_of(JULY)
    _type(qtbot, grid, model.index(0, column), "120,000")
    qtbot.waitUntil(lambda: "next sync" in page.quotas.message.text())
    assert _quotas(store)[(IDS["rep1"], date(2026, 7, 1))] == Decimal("120000.00")
    with store.reading() as conn:
        assert any(row["entity"] == "quota" for row in outbox.pending(conn))
    assert model.index(0, column).data() == "¥120,000.00"
    assert model.index(2, column).data() == "¥200,000.00"  # 120,000 + 80,000
    assert "next sync" in page.quotas.message.text()
    page.tabs.setCurrentWidget(page.approvals_tab)
    assert page.approvals is not None and page.approvals.isVisible()
    qtbot.keyClick(page.approvals, Qt.Key.Key_Escape)
    assert page.approvals.isVisible(), "Escape does not empty the tab"
    page.tabs.setCurrentWidget(page.quotas)

    # Attainment of July: rep1 won 60,000 of 120,000; rep2 100,000 of 80,000.
    reps = page.quotas.panel.reps_model
    qtmodeltester.check(reps)
    assert _texts(reps, AttainmentModel.RATIO) == ["50.0%", "125.0%"]
    assert _texts(page.quotas.panel.teams_model, AttainmentModel.RATIO) == ["80.0%"]  # 160k/200k
    assert _texts(page.quotas.panel.territories_model, AttainmentModel.NAME) == ["South"]
    assert [bar.at(0) for bar in page.quotas.panel.chart.sets] == [120000.0, 60000.0]

    # Text that is not an amount is refused in plain words and changes nothing.
    _type(qtbot, grid, model.index(1, column), "lots")
    qtbot.waitUntil(lambda: "not an amount" in page.quotas.message.text())
    assert "not an amount" in page.quotas.message.text()
    assert _quotas(store)[(IDS["rep2"], date(2026, 7, 1))] == Decimal("80000.00")


def test_copy_forward_fills_only_empty_cells(
    qtbot: QtBot, page: ManagerPage, store: LocalStore
) -> None:
    page.actor = IDS["manager"]
    model = page.quotas.grid_model
    page.quotas.grid.setCurrentIndex(model.index(0, model.column_of(JULY)))
    qtbot.mouseClick(page.quotas.copy_button, Qt.MouseButton.LeftButton)
    assert _quotas(store)[(IDS["rep2"], date(2026, 8, 1))] == Decimal("80000.00")
    assert (IDS["rep1"], date(2026, 8, 1)) not in _quotas(store)
    assert "1 quotas copied" in page.quotas.message.text()


def test_the_forecast_and_the_managers_override(
    qtbot: QtBot, page: ManagerPage, store: LocalStore, qtmodeltester: Any
) -> None:
    page.actor = IDS["manager"]
    page.tabs.setCurrentWidget(page.forecast)
    model = page.forecast.model
    qtmodeltester.check(model)
    # rep1: closed 60,000 + commit 30,000 + pipeline 10,000 × 0.6 = 6,000 → 96,000
    assert _texts(model, ForecastModel.TOTAL) == ["¥96,000.00", "¥100,000.00", "¥196,000.00"]
    assert [bar.at(0) for bar in page.forecast.chart.sets] == [60000.0, 30000.0, 0.0, 6000.0]
    assert page.forecast.period_box.currentText() == "07/2026"
    box = page.forecast.period_box
    box.setCurrentIndex(box.currentIndex() + 1)
    box.activated.emit(box.currentIndex())  # as a user's pick
    assert _texts(model, ForecastModel.TOTAL) == ["¥0.00", "¥0.00", "¥0.00"]  # August
    page.forecast.kind.setCurrentIndex(1)
    page.forecast.kind.activated.emit(1)
    assert box.currentText() == "Q3"
    assert _texts(model, ForecastModel.TOTAL)[2] == "¥196,000.00"
    page.forecast.kind.setCurrentIndex(0)
    page.forecast.kind.activated.emit(0)

    page.forecast.table.selectRow(1)  # rep2, who has a July quota
    dialog = page.forecast.override_commit()
    assert dialog is not None
    qtbot.keyClicks(dialog.amount_edit, "50000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Say why" in dialog.error.text(), "a call without a note is refused"
    dialog.note_edit.insertPlainText("大单下月才签")  # as an input method commits it
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with store.reading() as conn:
        [quota] = conn.execute(select(Quota.__table__)).mappings().all()
    assert (quota["commit_override"], quota["commit_note"]) == (Decimal("50000.00"), "大单下月才签")
    assert _texts(model, ForecastModel.COMMIT)[1] == "¥50,000.00"
    assert _texts(model, ForecastModel.NOTE)[1] == "大单下月才签"

    page.forecast.table.selectRow(0)  # rep1 has no quota for July: the call has nowhere to live
    dialog = page.forecast.override_commit()
    assert dialog is not None
    qtbot.keyClicks(dialog.amount_edit, "1")
    qtbot.keyClicks(dialog.note_edit, "x")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "quota for this period first" in page.forecast.message.text()


def test_a_rep_sees_their_own_numbers_and_cannot_edit(
    page: ManagerPage, qtmodeltester: Any
) -> None:
    page.actor = IDS["rep2"]
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
    assert tabs == ["My numbers", "Pool", "Commissions"]
    numbers = page.numbers
    qtmodeltester.check(numbers.attainment_model)
    qtmodeltester.check(numbers.forecast_model)
    assert _texts(numbers.attainment_model, AttainmentModel.NAME) == ["07/2026", "Q3"]
    assert _texts(numbers.attainment_model, AttainmentModel.RATIO) == ["125.0%", "125.0%"]
    assert _texts(numbers.forecast_model, ForecastModel.TOTAL) == ["¥100,000.00"] * 2
    assert not page.quotas.grid_model.flags(page.quotas.grid_model.index(0, 1)) & (
        Qt.ItemFlag.ItemIsEditable
    )
