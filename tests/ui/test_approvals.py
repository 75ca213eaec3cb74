"""The manager's approvals dialog, driven with the mouse: what waits, the quote and price
history beside it, and decisions that land in the store (and so in the outbox)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.app.approvals import request_discount_approval
from sfa.app.price_exceptions import DecisionNotice, request_exception
from sfa.app.quotes import add_line, create_quote
from sfa.store import outbox, writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import OutboxEntry
from ui.approvals_dialog import ApprovalsDialog
from ui.approvals_model import PendingApprovalsModel
from ui.approvals_notices import check_decisions, notice_text
from ui.qt import Qt
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 22)
REP, BOSS = "rep1-id", "boss-id"
P = PendingApprovalsModel


@pytest.fixture
def requests_waiting(store: LocalStore) -> dict[str, str]:
    """A discount request and a price-exception request by the manager's rep."""
    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {
                    "id": REP,
                    "rev": 1,
                    "username": "rep1",
                    "display_name": "王芳",
                    "manager_id": BOSS,
                },
                {"id": BOSS, "rev": 1, "username": "manager", "display_name": "张经理"},
            ],
        )
        apply_remote(
            conn,
            "product",
            [{"id": "toner", "rev": 1, "sku": "TN-100", "name": "硒鼓", "list_price": "480.00"}],
        )
        apply_remote(conn, "account", [{"id": "acme", "rev": 1, "name": "广州贸易有限公司"}])
        discount = create_quote(conn, "acme", actor=REP, rep_code="R001", today=TODAY)
        add_line(
            conn, discount, "toner", Decimal(10), actor=REP, on=TODAY, discount_pct=Decimal(15)
        )
        first = request_discount_approval(conn, discount, "首单", actor=REP, needs_approval=True)
        refused = create_quote(conn, "acme", actor=REP, rep_code="R001", today=TODAY)
        line = add_line(
            conn, refused, "toner", Decimal(5), actor=REP, on=TODAY, unit_price=Decimal("455.00")
        )
        table = OutboxEntry.__table__
        seq = conn.execute(select(table.c.seq).where(table.c.record_id == line)).scalar_one()
        outbox.reject(
            conn,
            seq,
            {
                "code": "price_conflict",
                "message": "another price stands",
                "details": {
                    "product_id": "toner",
                    "standing_price": "470.00",
                    "holder": {"kind": "agreement", "id": "ag", "rep_id": None},
                    "valid_until": None,
                },
            },
        )
        second = request_exception(conn, seq, "竞品报价", actor=REP)
        conn.execute(table.delete())  # both requests synced
    return {"discount": first, "exception": second, "discount_quote": discount}


def open_dialog(qtbot: QtBot, store: LocalStore, user: str = BOSS) -> ApprovalsDialog:
    dialog = ApprovalsDialog(
        store, user_id=user, role="manager", tasks=TaskRunner(synchronous=True), today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _row(dialog: ApprovalsDialog, row: int) -> list[Any]:
    model = dialog.requests_model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_manager_sees_what_waits_with_the_quote_and_price_history(
    qtbot: QtBot, store: LocalStore, requests_waiting: dict[str, str], qtmodeltester: Any
) -> None:
    dialog = open_dialog(qtbot, store)
    assert dialog.requests_model.rowCount() == 2
    discount, exception = _row(dialog, 0), _row(dialog, 1)
    assert discount[P.KIND] == "Discount beyond limit" and discount[P.REP] == "王芳"
    assert exception[P.KIND] == "Price exception"
    assert exception[P.ASKED : P.BELOW_LIST + 1] == ["¥455.00", "¥470.00", "5.2 %"]
    dialog.requests_view.selectRow(1)
    assert "广州贸易有限公司" in dialog.quote_label.text()
    assert dialog.reason_label.text() == "王芳 asks: “竞品报价”"
    history = dialog.history_model
    sources = {history.index(r, history.SOURCE).data() for r in range(history.rowCount())}
    assert sources == {"Quote", "Exception asked"}
    assert dialog.lines_model.rowCount() == 1
    for model in (dialog.requests_model, dialog.history_model, dialog.lines_model):
        qtmodeltester.check(model)


def test_another_manager_sees_nothing(
    qtbot: QtBot, store: LocalStore, requests_waiting: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, store, user="other-boss")
    assert dialog.requests_model.rowCount() == 0
    assert dialog.message.text() == "Nothing waits for your decision."
    assert not dialog.approve_button.isEnabled()


def test_a_refusal_needs_a_comment_and_then_goes_up_by_sync(
    qtbot: QtBot, store: LocalStore, requests_waiting: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, store)
    dialog.requests_view.selectRow(1)
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Say why you refuse: the rep sees your comment"
    with store.reading() as conn:
        assert outbox.pending(conn) == []
    qtbot.keyClicks(dialog.comment, "below our floor")
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    with store.reading() as conn:
        refused = writes.load(conn, "approval_request", requests_waiting["exception"])
        [queued] = outbox.pending(conn)
    assert refused is not None
    assert (refused["status"], refused["comment"], refused["decided_by"]) == (
        "refused",
        "below our floor",
        BOSS,
    )
    assert (queued["entity"], queued["fields"]["status"]) == ("approval_request", "refused")
    assert dialog.requests_model.rowCount() == 1
    assert dialog.comment.toPlainText() == ""


def test_approving_a_discount(
    qtbot: QtBot, store: LocalStore, requests_waiting: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, store)
    dialog.requests_view.selectRow(0)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    with store.reading() as conn:
        approved = writes.load(conn, "approval_request", requests_waiting["discount"])
    assert approved is not None and approved["status"] == "approved"
    assert dialog.message.text() == "Approved; the rep is told after your next sync."
    assert [_row(dialog, 0)[P.KIND]] == ["Price exception"]


def test_the_rep_is_told_in_the_status_bar_once(
    store: LocalStore, requests_waiting: dict[str, str]
) -> None:
    with store.transaction() as conn:
        request = writes.load(conn, "approval_request", requests_waiting["discount"])
        assert request is not None
        apply_remote(
            conn,
            "approval_request",
            [
                {
                    **request,
                    "rev": 40,
                    "status": "refused",
                    "comment": "too deep",
                    "decided_by": BOSS,
                }
            ],
        )
    said: list[str] = []
    tasks = TaskRunner(synchronous=True)
    check_decisions(store, tasks, REP, said.append)
    check_decisions(store, tasks, REP, said.append)
    assert said == ["Your manager refused the discount. “too deep”"]
    approved = DecisionNotice("x", "price_exception", "approved", None, None)
    assert notice_text([approved]).startswith("Your manager approved the price exception")
