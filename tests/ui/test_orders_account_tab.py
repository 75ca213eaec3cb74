"""The account's "Orders & receivables" tab: the client's orders with what is paid, still due
and overdue (needs the ui/account_detail.py change that wires ORDERS_TAB in)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sfa.app.orders import create_order
from sfa.app.payments import issue_invoice, record_payment
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from ui.account_detail import AccountDetail
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_the_account_shows_its_orders_and_what_is_overdue(
    qtbot: QtBot, qtmodeltester: ModelTester, store: LocalStore
) -> None:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "product",
            [{"id": "toner", "rev": 1, "sku": "T", "name": "硒鼓", "list_price": "480.00"}],
        )
        apply_remote(conn, "account", [{"id": "gz", "rev": 2, "name": "广州贸易有限公司"}])
        order = create_order(
            conn,
            "gz",
            [("toner", Decimal("10"))],
            actor="me",
            rep_code="R001",
            today=date(2026, 1, 5),
        )
        invoice = issue_invoice(
            conn, order, actor="me", rep_code="R001", issued_on=date(2026, 1, 5)
        )
        record_payment(conn, invoice, Decimal("424.00"), actor="me", received_on=date(2026, 1, 20))
    detail = AccountDetail(store, TaskRunner(synchronous=True))
    qtbot.addWidget(detail)
    detail.show_account("gz")
    model = detail.models["orders"]
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(3, 7)] == [
        "¥5,424.00",
        "¥424.00",
        "¥5,000.00",
        "¥5,000.00",  # due 4 Feb 2026, long past
    ]
    assert detail.tabs.tabText(detail.tabs.count() - 1).endswith("(1)")
    with qtbot.waitSignal(detail.order_opened) as opened:
        detail.tabs.widget(detail.tabs.count() - 1).doubleClicked.emit(model.index(0, 0))
    assert opened.args == [order]
