"""The visit calendar driven with the mouse: plan by dragging over a slot, check in and out,
holidays in the views, the .ics export, and reminders on a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import vobject
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.app.reminders import Reminder
from sfa.app.visits import plan_visit
from sfa.domain.holidays import DayKind
from sfa.store import writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import Activity, Visit
from ui.calendar_days import mark_text
from ui.calendar_month import MarkRole
from ui.calendar_page import DAY, MONTH, WEEK, CalendarPage
from ui.qt import QApplication, QDialogButtonBox, QInputMethodEvent, Qt, QWidget
from ui.reminder_controller import ReminderController
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

ME = "rep1-id"
BEIJING = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # Monday 09:00 in Beijing
TUESDAY = date(2026, 11, 24)


@pytest.fixture
def clients(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "account",
            [
                {"id": "gz", "rev": 1, "name": "广州贸易有限公司", "city": "广州市"},
                {"id": "sz", "rev": 2, "name": "深圳科技有限公司", "city": "深圳市"},
            ],
        )
        apply_remote(conn, "contact", [{"id": "c1", "rev": 3, "account_id": "gz", "name": "陈静"}])
    return store


@pytest.fixture
def page(qtbot: QtBot, clients: LocalStore) -> CalendarPage:
    widget = CalendarPage(clients, TaskRunner(synchronous=True))
    widget.reminders.stop()
    widget.tz = BEIJING
    widget.clock = lambda: NOW
    widget.anchor = NOW.astimezone(BEIJING).date()
    widget.actor = ME
    widget.resize(1300, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(box: QWidget | None, text: str) -> None:
    """Chinese arrives from an input method as a committed string, as on a rep's laptop."""
    assert box is not None
    box.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def plan_tuesday_visit(store: LocalStore, hour: int = 10) -> str:
    start = datetime.combine(TUESDAY, time(hour), BEIJING)
    with store.transaction() as conn:
        return plan_visit(
            conn,
            account_id="gz",
            purpose="新品演示",
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            actor=ME,
            contact_id="c1",
        )


def test_dragging_over_a_slot_plans_a_visit_there(
    qtbot: QtBot, page: CalendarPage, clients: LocalStore
) -> None:
    canvas = page.grid.canvas
    assert page.days()[0] == date(2026, 11, 23)  # the week starts on Monday
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=canvas.point_of(TUESDAY, time(10, 5)))
    qtbot.mouseMove(canvas, canvas.point_of(TUESDAY, time(10, 40)))
    qtbot.mouseMove(canvas, canvas.point_of(TUESDAY, time(11, 10)))
    qtbot.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, pos=canvas.point_of(TUESDAY, time(11, 10))
    )
    dialog = page.new_visit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.starts.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-24 10:00"
    assert dialog.ends.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-24 11:30"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and not ok.isEnabled()

    type_text(dialog.account.query, "广州")
    qtbot.waitUntil(lambda: dialog.account.model.rowCount() == 1)
    type_text(dialog.purpose, "年度续约洽谈")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    with clients.reading() as conn:
        visits = conn.execute(select(Visit.__table__)).mappings().all()
    assert len(visits) == 1
    visit = visits[0]
    assert (visit["account_id"], visit["owner_id"], visit["purpose"]) == ("gz", ME, "年度续约洽谈")
    assert visit["starts_at"] == datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
    assert visit["ends_at"] == datetime(2026, 11, 24, 3, 30, tzinfo=UTC)
    assert visit["remind_at"] == datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    assert page.new_visit_dialog is None or not page.new_visit_dialog.isVisible()
    assert page.model.rowCount() == 1  # and the week shows it


def test_check_in_and_out_logs_the_meeting_on_the_account(
    qtbot: QtBot, page: CalendarPage, clients: LocalStore
) -> None:
    visit_id = plan_tuesday_visit(clients)
    page.refresh()
    canvas = page.grid.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.point_of(TUESDAY, time(10, 20)))
    dialog = page.visit_dialog
    assert dialog is not None and dialog.visit is not None and dialog.visit.id == visit_id

    qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)
    with clients.reading() as conn:
        stored = writes.load(conn, "visit", visit_id)
    assert stored is not None
    assert (stored["status"], stored["checked_in_at"]) == ("checked_in", NOW)
    assert not dialog.check_in_button.isEnabled()

    type_text(dialog.outcome, "客户同意试用 20 台，下周报价")
    qtbot.mouseClick(dialog.check_out_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()  # no rating yet: nothing saved, nothing lost
    assert dialog.outcome.toPlainText() == "客户同意试用 20 台，下周报价"
    qtbot.mouseClick(dialog.findChild(QWidget, "satisfaction4"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.check_out_button, Qt.MouseButton.LeftButton)

    with clients.reading() as conn:
        stored = writes.load(conn, "visit", visit_id)
        activities = conn.execute(select(Activity.__table__)).mappings().all()
    assert stored is not None and stored["status"] == "done"
    assert stored["outcome"] == "客户同意试用 20 台，下周报价"
    assert len(activities) == 1
    meeting = activities[0]
    assert (meeting["kind"], meeting["account_id"], meeting["contact_id"]) == (
        "meeting",
        "gz",
        "c1",
    )
    assert (meeting["body"], meeting["satisfaction"]) == ("客户同意试用 20 台，下周报价", 4)
    assert not dialog.closing.isVisible()


def test_holidays_and_the_makeup_saturday_are_marked(qtbot: QtBot, page: CalendarPage) -> None:
    page.set_mode(MONTH)
    page.go_to(date(2026, 10, 1))
    model = page.month_model
    national_day = model.index_of(date(2026, 10, 1)).data(MarkRole)
    makeup = model.index_of(date(2026, 10, 10)).data(MarkRole)
    assert national_day.kind is DayKind.HOLIDAY and national_day.name
    assert makeup.kind is DayKind.MAKEUP_WORKDAY
    assert model.index_of(date(2026, 10, 13)).data(MarkRole) is None
    assert "调休" in mark_text(makeup)

    index = model.index_of(date(2026, 10, 10))
    page.month_view.activated.emit(index)  # Enter or double-click on the day
    assert page.mode == DAY and page.days() == [date(2026, 10, 10)]
    assert page.grid.marks[date(2026, 10, 10)].kind is DayKind.MAKEUP_WORKDAY
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    assert page.mode == WEEK and date(2026, 10, 10) in page.grid.marks


def test_the_week_exports_as_an_ics_calendar_apps_read(
    qtbot: QtBot, page: CalendarPage, clients: LocalStore, tmp_path: Path
) -> None:
    visit_id = plan_tuesday_visit(clients)
    page.refresh()
    page.export.save_path = lambda suggested, _filter: str(tmp_path / suggested)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "visits-20261123-20261129.ics"
    assert page.message.isVisible() and str(saved) in page.message.text()
    calendar = vobject.readOne(saved.read_text(encoding="utf-8"))
    (event,) = calendar.vevent_list
    assert event.uid.value == f"{visit_id}@sfa-desk"
    assert event.dtstart.value == datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    assert "广州贸易有限公司" in event.summary.value


def test_an_empty_week_says_so_instead_of_writing_a_file(
    qtbot: QtBot, page: CalendarPage, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    page.export.save_path = lambda suggested, _filter: str(out / suggested)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "no visits" in page.message.text()
    assert list(out.iterdir()) == []


def test_a_due_reminder_is_announced_once(qtbot: QtBot, clients: LocalStore) -> None:
    visit_id = plan_tuesday_visit(clients)  # 10:00 Beijing, reminded at 09:00 = 01:00 UTC
    clock = [datetime(2026, 11, 24, 0, 59, tzinfo=UTC)]
    controller = ReminderController(
        clients, TaskRunner(synchronous=True), owner=lambda: ME, clock=lambda: clock[0]
    )
    heard: list[list[Reminder]] = []
    controller.due.connect(heard.append)
    controller.check_now()
    assert heard == []
    clock[0] += timedelta(minutes=1)
    controller.check_now()
    assert [[r.visit_id for r in batch] for batch in heard] == [[visit_id]]
    clock[0] += timedelta(minutes=1)
    controller.check_now()
    assert len(heard) == 1


def test_every_calendar_model_passes_the_model_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, page: CalendarPage, clients: LocalStore
) -> None:
    plan_tuesday_visit(clients)
    plan_tuesday_visit(clients, hour=14)
    page.refresh()
    qtmodeltester.check(page.model)
    page.set_mode(MONTH)
    qtmodeltester.check(page.month_model)
    page.open_new_visit(datetime(2026, 11, 25, 9), datetime(2026, 11, 25, 10))
    dialog = page.new_visit_dialog
    assert dialog is not None
    type_text(dialog.account.query, "有限公司")
    qtbot.waitUntil(lambda: dialog.account.model.rowCount() == 2)
    qtmodeltester.check(dialog.account.model)


def test_overlapping_visits_share_the_column_and_others_keep_it_whole(
    page: CalendarPage, clients: LocalStore
) -> None:
    first = plan_tuesday_visit(clients, hour=9)
    overlapping = plan_tuesday_visit(clients, hour=9)
    alone = plan_tuesday_visit(clients, hour=14)
    page.refresh()
    rects = {visit.id: rect for rect, visit in page.grid.canvas.visit_rects()}
    column = page.grid.column_rect(1, page.grid.canvas.height())
    left, right = sorted((rects[first], rects[overlapping]), key=lambda rect: rect.left())
    assert left.width() < column.width() / 2 + 1
    assert right.left() > left.right()  # side by side, not on top of each other
    assert rects[alone].width() > column.width() - 10
    assert rects[alone].top() > rects[first].bottom()
