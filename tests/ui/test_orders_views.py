"""The manager's overdue-receivables list and the commission statement view, on a store with
an order paid in part: what they show is what the rules compute."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sfa.app.commissions import plans_by_rep
from sfa.app.orders import create_order
from sfa.app.payments import issue_invoice, record_payment
from sfa.app.today import overdue_invoices
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from ui.commission_statement import CommissionStatementView
from ui.qt import QDate, QDialogButtonBox, Qt
from ui.receivables_view import ReceivablesView
from ui.tasks import TaskRunner
from ui.today_model import ItemRole
from ui.today_page import TodayPage

pytestmark = pytest.mark.gui

REP = "rep1-id"


@pytest.fixture
def books(store: LocalStore) -> LocalStore:
    """An order of ¥11,300 (printer ¥8,000 + toner ¥2,000 + VAT) invoiced on 1 Oct, 30 days
    net; ¥9,040 paid on 20 Oct. Rep quota for October ¥10,000; plan 5 % printers, 2 % else."""
    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [{"id": REP, "rev": 1, "username": "rep1", "display_name": "李明", "rep_code": "R001"}],
        )
        apply_remote(
            conn,
            "product",
            [
                {
                    "id": "printer",
                    "rev": 2,
                    "sku": "P",
                    "name": "打印机",
                    "list_price": "8000.00",
                    "product_line": "打印设备",
                },
                {
                    "id": "toner",
                    "rev": 3,
                    "sku": "T",
                    "name": "硒鼓",
                    "list_price": "200.00",
                    "product_line": "办公耗材",
                },
            ],
        )
        apply_remote(conn, "account", [{"id": "gz", "rev": 4, "name": "广州贸易有限公司"}])
        apply_remote(
            conn,
            "commission_plan",
            [
                {
                    "id": "plan",
                    "rev": 5,
                    "user_id": REP,
                    "name": "2026 销售提成",
                    "valid_from": date(2026, 1, 1),
                    "rates": ["打印设备=0.05", "*=0.02"],
                    "tiers": ["0=0.5", "0.8=1.0", "1.0=1.5"],
                }
            ],
        )
        apply_remote(
            conn,
            "quota",
            [
                {
                    "id": "q",
                    "rev": 6,
                    "user_id": REP,
                    "period_start": date(2026, 10, 1),
                    "amount": "10000.00",
                }
            ],
        )
        order = create_order(
            conn,
            "gz",
            [("printer", Decimal("1")), ("toner", Decimal("10"))],
            actor=REP,
            rep_code="R001",
            today=date(2026, 10, 1),
        )
        invoice = issue_invoice(
            conn, order, actor=REP, rep_code="R001", issued_on=date(2026, 10, 1)
        )
        record_payment(conn, invoice, Decimal("9040.00"), actor=REP, received_on=date(2026, 10, 20))
    return store


def test_the_overdue_list_shows_what_is_still_owed_and_since_when(
    qtbot: QtBot, qtmodeltester: ModelTester, books: LocalStore
) -> None:
    view = ReceivablesView(books, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.today = lambda: date(2026, 11, 15)
    view.refresh()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    cells = [view.model.index(0, column).data() for column in range(view.model.columnCount())]
    assert cells[0] == "广州贸易有限公司"
    assert cells[3:] == ["2026-10-31", "15", "1–30 days", "¥2,260.00", "李明"]
    assert "¥2,260.00" in view.summary.text()
    with qtbot.waitSignal(view.account_opened) as opened:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened.args == ["gz"]
    view.today = lambda: date(2026, 10, 31)  # due today: not overdue yet
    view.refresh()
    assert view.model.rowCount() == 0


def test_the_commission_statement_for_a_month(
    qtbot: QtBot, qtmodeltester: ModelTester, books: LocalStore
) -> None:
    view = CommissionStatementView(books, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.month.setDate(QDate(2026, 10, 1))
    assert view.period() == (date(2026, 10, 1), date(2026, 11, 1))
    qtmodeltester.check(view.summary_model)
    qtmodeltester.check(view.lines_model)
    summary = [
        view.summary_model.index(0, c).data() for c in range(view.summary_model.columnCount())
    ]
    # 9040 paid → 8000 net = 80 % of the quota → ×1.0; printers 6400 × 5 % + toner 1600 × 2 %
    assert summary == [
        "李明",
        "2026 销售提成",
        "¥8,000.00",
        "¥10,000.00",
        "80.0%",
        "×1.0",
        "¥352.00",
    ]
    assert view.lines_model.rowCount() == 2
    assert view.lines_model.index(0, 7).data() == "¥320.00"
    view.month.setDate(QDate(2026, 11, 1))
    assert view.summary_model.index(0, 6).data() == "¥0.00"
    assert view.lines_model.rowCount() == 0


def test_today_shows_the_overdue_receivables_section(qtbot: QtBot, books: LocalStore) -> None:
    page = TodayPage(
        books, TaskRunner(synchronous=True), actor=lambda: REP, show_record=lambda *_a: None
    )
    qtbot.addWidget(page)
    section = page.sections["receivables"]
    assert section.title.text() == "Overdue receivables"
    with books.reading() as conn:  # the page reads the real date: pin the day here
        section.show_items(overdue_invoices(conn, actor=REP, day=date(2026, 11, 15)))
    item = section.model.index(0).data(ItemRole)
    assert section.model.index(0).data() == (
        f"广州贸易有限公司: ¥2,260.00 overdue since 2026-10-31 (invoice {item.title})"
    )


def test_a_manager_sets_a_reps_plan_and_a_bad_rate_is_named(
    qtbot: QtBot, books: LocalStore
) -> None:
    with books.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {"id": "boss", "rev": 10, "username": "manager", "role": "manager"},
                {
                    "id": REP,
                    "rev": 11,
                    "username": "rep1",
                    "display_name": "李明",
                    "rep_code": "R001",
                    "manager_id": "boss",
                },
            ],
        )
    view = CommissionStatementView(books, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.show()
    view.month.setDate(QDate(2027, 1, 1))
    assert not view.plan_button.isVisible()
    view.set_user("boss", "manager")
    assert view.plan_button.isVisible()
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.rep.currentText() == "李明"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "2027 plan")
    dialog.valid_from.setDate(QDate(2027, 1, 1))
    dialog.rates.setPlainText("*=3")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "between 0 and 1" in dialog.error.text()
    dialog.rates.setPlainText("*=0.03")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with books.reading() as conn:
        plans = plans_by_rep(conn)[REP]
    assert [(p.name, p.valid_from, p.rates) for p in plans if p.valid_from.year == 2027] == [
        ("2027 plan", date(2027, 1, 1), {"*": Decimal("0.03")})
    ]
    assert view.summary_model.rowCount() == 1  # the new plan is in force in January 2027
