"""Today's lists on the page, and logging an activity in two keystrokes from anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.store import writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import Activity
from ui.activity_dialog import ActivityDialog
from ui.main_window import MainWindow
from ui.qt import QApplication, QSettings, Qt
from ui.tasks import TaskRunner
from ui.today_model import TodayModel

pytestmark = pytest.mark.gui
ME = "user-rep1"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture
def acme(store: LocalStore) -> str:
    with store.transaction() as conn:
        account_id = writes.create(
            conn, "account", {"name": "Acme 有限公司", "owner_id": ME}, actor=ME
        )
        writes.create(conn, "contact", {"account_id": account_id, "name": "王芳"}, actor=ME)
    return account_id


def open_window(qtbot: QtBot, store: LocalStore) -> MainWindow:
    window = MainWindow(store, profile_label="rep1", tasks=TaskRunner(synchronous=True))
    window.set_actor(ME)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def texts(model: TodayModel) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def test_ctrl_l_then_a_letter_logs_a_rated_meeting_on_the_selected_account(
    qtbot: QtBot, store: LocalStore, acme: str
) -> None:
    window = open_window(qtbot, store)
    page = window.show_page("accounts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.account is not None)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ActivityDialog)
    assert dialog is not None and "Acme 有限公司" in dialog.about.text()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.kinds.hasFocus()
    qtbot.keyClick(dialog.kinds, Qt.Key.Key_4)  # how the client felt
    qtbot.keyClick(dialog.kinds, Qt.Key.Key_M)  # a meeting; the subject is next
    assert dialog.kind == "meeting" and dialog.subject.hasFocus()
    qtbot.keyClicks(dialog.subject, "Demo of the new printers")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with store.reading() as conn:
        [row] = conn.execute(select(Activity.__table__)).all()
    assert (row.kind, row.subject, row.satisfaction, row.owner_id, row.account_id) == (
        "meeting",
        "Demo of the new printers",
        4,
        ME,
        acme,
    )
    timeline = page.detail.models["timeline"]
    assert timeline.rowCount() == 1
    assert timeline.index(0, 2).data() == "★★★★☆"


def test_an_empty_subject_is_explained_and_nothing_is_saved(
    qtbot: QtBot, store: LocalStore, acme: str
) -> None:
    window = open_window(qtbot, store)
    window.show_page("contacts")
    contacts = window.stack.currentWidget()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1)
    contacts.table.selectRow(0)
    qtbot.waitUntil(lambda: contacts.detail.contact is not None)
    dialog = window.log_activity()
    assert dialog is not None and "王芳" in dialog.about.text()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible() and "what it was about" in dialog.problem.text()
    dialog.subject.setText("Called about the invoice")
    dialog.save()
    with store.reading() as conn:
        [row] = conn.execute(select(Activity.__table__)).all()
    assert row.contact_id is not None and row.account_id == acme and row.kind == "call"


def test_without_a_selection_ctrl_l_says_what_to_do(qtbot: QtBot, store: LocalStore) -> None:
    window = open_window(qtbot, store)
    window.show_page("today")
    assert window.log_activity() is None
    assert "Select an account or a contact first" in window.statusBar().currentMessage()


def test_today_lists_visits_follow_ups_reminders_and_colleagues_changes(
    qtbot: QtBot, store: LocalStore, acme: str
) -> None:
    now = datetime.now().astimezone()
    soon = now.replace(hour=23, minute=0, second=0, microsecond=0) if now.hour < 23 else now
    with store.transaction() as conn:
        writes.create(
            conn,
            "visit",
            {"account_id": acme, "purpose": "今日拜访", "starts_at": soon, "owner_id": ME},
            actor=ME,
        )
        writes.create(
            conn,
            "visit",
            {
                "account_id": acme,
                "purpose": "上周拜访",
                "starts_at": now - timedelta(days=7),
                "owner_id": ME,
            },
            actor=ME,
        )
        writes.create(
            conn,
            "quote",
            {
                "account_id": acme,
                "number": "Q-EXPIRING",
                "status": "sent",
                "owner_id": ME,
                "valid_until": (now + timedelta(days=3)).date(),
            },
            actor=ME,
        )
        apply_remote(
            conn, "account", [{"id": "pulled", "rev": 7, "deleted": False, "name": "同事的客户"}]
        )
    window = open_window(qtbot, store)
    page = window.show_page("today")
    sections = page.sections
    assert any("今日拜访" in t for t in texts(sections["visits"].model))
    assert any(
        "上周拜访" in t and "never checked out" in t for t in texts(sections["overdue"].model)
    )
    assert any("Q-EXPIRING" in t for t in texts(sections["reminders"].model))
    assert texts(sections["changes"].model) == ["Account: 同事的客户"]
    view = sections["changes"].view
    view.setCurrentIndex(sections["changes"].model.index(0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_page_key() == "accounts"
    qtbot.waitUntil(lambda: window.accounts_page.detail.title.text() == "同事的客户")


def test_an_empty_today_says_what_to_do(qtbot: QtBot, store: LocalStore) -> None:
    window = open_window(qtbot, store)
    page = window.show_page("today")
    for section in page.sections.values():
        assert section.stack.currentWidget() is section.empty
        assert section.empty.text()
    assert "F9" in page.sections["changes"].empty.text()
