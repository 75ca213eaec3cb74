"""The File menu exports the list on screen and opens the import wizard."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot

from sfa.store import writes
from sfa.store.store import LocalStore
from ui.import_wizard import ImportDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def _window(qtbot: QtBot, store: LocalStore) -> MainWindow:
    window = MainWindow(store, profile_label="rep1", tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    return window


def test_export_this_list_writes_the_accounts_shown(
    qtbot: QtBot, store: LocalStore, tmp_path: Path
) -> None:
    with store.transaction() as conn:
        writes.create(conn, "account", {"name": "深圳市华为技术有限公司"}, actor="me")
        writes.create(conn, "account", {"name": "杭州海康威视数字技术"}, actor="me")
    window = _window(qtbot, store)
    window.show_page("accounts")
    target = tmp_path / "accounts.csv"
    window.file_menu.save_path = lambda _suggested: str(target)
    window.file_menu.export_action.trigger()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    names = {row[0] for row in rows[1:]}
    assert names == {"深圳市华为技术有限公司", "杭州海康威视数字技术"}


def test_a_page_without_a_list_says_so(qtbot: QtBot, store: LocalStore) -> None:
    window = _window(qtbot, store)
    window.show_page("today")
    assert window.file_menu.export_list() is None
    assert "no list" in window.statusBar().currentMessage()


def test_import_opens_the_spreadsheet_wizard(qtbot: QtBot, store: LocalStore) -> None:
    window = _window(qtbot, store)
    dialog = window.file_menu.import_spreadsheet()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.reject()
