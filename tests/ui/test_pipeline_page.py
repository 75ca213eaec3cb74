"""The pipeline board driven with the mouse: a card dragged to another column moves the deal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sfa.domain.enums import Stage
from sfa.store import outbox, writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from ui.opportunities_model import OpportunitiesModel, OpportunityIdRole
from ui.pipeline_page import PipelinePage
from ui.qt import (
    QApplication,
    QDialogButtonBox,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QInputMethodEvent,
    QPoint,
    QPointF,
    Qt,
    QWidget,
)
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

ME = "rep1-id"
TODAY = date(2026, 11, 22)


@pytest.fixture
def deals(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn, "user", [{"id": ME, "rev": 1, "username": "rep1", "display_name": "王芳"}]
        )
        apply_remote(conn, "account", [{"id": "gz", "rev": 2, "name": "广州贸易有限公司"}])
        apply_remote(
            conn,
            "opportunity",
            [
                {
                    "id": "d1",
                    "rev": 3,
                    "name": "2027 年办公电脑集中采购",
                    "account_id": "gz",
                    "owner_id": ME,
                    "stage": "proposal",
                    "probability": "0.60",
                    "amount": "100000.00",
                    "close_date": date(2026, 12, 10),
                },
                {
                    "id": "d2",
                    "rev": 4,
                    "name": "打印机租赁",
                    "account_id": "gz",
                    "owner_id": ME,
                    "stage": "proposal",
                    "probability": "0.60",
                    "amount": "20000.00",
                    "close_date": date(2026, 12, 20),
                },
            ],
        )
    return store


@pytest.fixture
def page(qtbot: QtBot, deals: LocalStore) -> PipelinePage:
    widget = PipelinePage(deals, TaskRunner(synchronous=True))
    widget.actor = ME
    widget.today = TODAY
    widget.resize(1500, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def drag_card(qtbot: QtBot, page: PipelinePage, card: str, source: Stage, target: Stage) -> None:
    """Press on the card and move past the drag distance (the view starts Qt's drag with the
    card's mime data), then deliver that drag to the other column as the platform's drag
    manager would: enter, move, drop. The offscreen platform has no drag manager of its own,
    so its ``QDrag.exec`` returns at once and the drop events are sent here."""
    from_view = page.board.columns[source].view
    to_view = page.board.columns[target].view
    index = from_view.model().index(page.board.columns[source].model.row_of(card), 0)
    start = from_view.visualRect(index).center()
    qtbot.mousePress(from_view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    step = QApplication.startDragDistance() + 5
    qtbot.mouseMove(from_view.viewport(), start + QPoint(step, 0))
    qtbot.mouseRelease(from_view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(step, 0))
    assert from_view.selectionModel().selectedIndexes() == [index]
    mime = from_view.model().mimeData(from_view.selectionModel().selectedIndexes())
    here = QPointF(to_view.viewport().rect().center())
    actions = from_view.model().supportedDragActions()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(here.toPoint(), actions, mime, left, none)
    QApplication.sendEvent(to_view.viewport(), enter)
    assert enter.isAccepted(), "the column refused the card"
    move = QDragMoveEvent(here.toPoint(), actions, mime, left, none)
    QApplication.sendEvent(to_view.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(to_view.viewport(), QDropEvent(here, actions, mime, left, none))


def type_text(box: QWidget | None, text: str) -> None:
    """Chinese arrives from an input method as a committed string, as on a rep's laptop."""
    assert box is not None
    box.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def stage_of(store: LocalStore, deal: str) -> str:
    with store.reading() as conn:
        row = writes.load(conn, "opportunity", deal)
    assert row is not None
    return str(row["stage"])


def test_dragging_a_card_to_the_next_column_moves_the_deal(
    qtbot: QtBot, page: PipelinePage, deals: LocalStore
) -> None:
    columns = page.board.columns
    assert columns[Stage.PROPOSAL].model.rowCount() == 2
    assert "¥120,000.00" in columns[Stage.PROPOSAL].totals.text()
    assert "¥72,000.00" in columns[Stage.PROPOSAL].totals.text()

    drag_card(qtbot, page, "d1", Stage.PROPOSAL, Stage.NEGOTIATION)

    qtbot.waitUntil(lambda: stage_of(deals, "d1") == "negotiation")
    assert columns[Stage.NEGOTIATION].model.row_of("d1") == 0
    assert columns[Stage.PROPOSAL].model.rowCount() == 1
    assert "¥80,000.00" in columns[Stage.NEGOTIATION].totals.text()  # 100000 × 80 %
    with deals.reading() as conn:
        assert outbox.pending_count(conn) == 1


def test_dropping_on_won_asks_why_and_makes_it_certain(
    qtbot: QtBot, page: PipelinePage, deals: LocalStore
) -> None:
    drag_card(qtbot, page, "d2", Stage.PROPOSAL, Stage.WON)
    qtbot.waitUntil(lambda: page.close_dialog is not None and page.close_dialog.isVisible())
    dialog = page.close_dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and not ok.isEnabled()  # no reason yet
    type_text(dialog.reason.lineEdit(), "价格有优势")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: stage_of(deals, "d2") == "won")
    with deals.reading() as conn:
        row = writes.load(conn, "opportunity", "d2")
    assert row is not None
    assert (row["probability"], row["close_reason"]) == (Decimal("1.00"), "价格有优势")
    assert page.board.columns[Stage.WON].model.row_of("d2") == 0


def test_cancelling_the_reason_leaves_the_deal_where_it_was(
    qtbot: QtBot, page: PipelinePage, deals: LocalStore
) -> None:
    page.request_move("d1", Stage.LOST)
    dialog = page.close_dialog
    assert dialog is not None
    dialog.reject()
    assert stage_of(deals, "d1") == "proposal"
    with deals.reading() as conn:
        assert outbox.pending_count(conn) == 0


def test_the_keyboard_moves_a_focused_card(
    qtbot: QtBot, page: PipelinePage, deals: LocalStore
) -> None:
    view = page.board.columns[Stage.PROPOSAL].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(
        view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stage_of(deals, "d1") == "negotiation"


def test_the_list_sorts_and_filters_in_the_database(qtbot: QtBot, page: PipelinePage) -> None:
    page.tabs.setCurrentWidget(page.list_view)
    model = page.list_model
    assert [model.index(r, 0).data(OpportunityIdRole) for r in range(model.rowCount())] == [
        "d1",
        "d2",
    ]
    page.list_view.sortByColumn(OpportunitiesModel.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data(OpportunityIdRole) == "d2"
    assert model.index(0, OpportunitiesModel.AMOUNT).data() == "¥20,000.00"
    assert model.index(0, OpportunitiesModel.WEIGHTED).data() == "¥12,000.00"
    assert page.stage_filter.isVisible()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("won"))
    page.stage_filter.activated.emit(page.stage_filter.currentIndex())
    assert model.rowCount() == 0
    page.period_filter.setCurrentIndex(page.period_filter.findData("this_month"))
    page.period_filter.activated.emit(page.period_filter.currentIndex())
    assert sum(column.model.rowCount() for column in page.board.columns.values()) == 0


def test_every_pipeline_model_passes_the_model_tester(
    qtmodeltester: ModelTester, page: PipelinePage
) -> None:
    qtmodeltester.check(page.list_model)
    for column in page.board.columns.values():
        qtmodeltester.check(column.model)
