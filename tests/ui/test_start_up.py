"""A start loads only what its first page needs (issue #6): the other pages, and the chart,
PDF, spreadsheet, calendar and demo-data libraries behind them, load when first used. A rep
feels each of them as seconds before the window opens."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sfa.app.session import open_offline
from sfa.store.profiles import Profile
from ui.main_window import MainWindow
from ui.qt import QSettings
from ui.sync_controller import SyncController
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
LOADED_LATER = (
    "fpdf",
    "openpyxl",
    "icalendar",
    "faker",
    "PySide6.QtCharts",
    "ui.account_page",
    "ui.calendar_page",
    "ui.dashboard_page",
    "ui.manager_page",
    "ui.quote_editor",
    "ui.import_wizard",
    "ui.approvals_dialog",
)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """The window opens on Today: no page remembered from another test."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


def test_importing_the_app_leaves_the_later_pages_and_their_libraries_unloaded() -> None:
    shown = "import sys, ui.app; print('\\n'.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", shown],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = set(done.stdout.split())
    assert "ui.main_window" in loaded
    assert [name for name in LOADED_LATER if name in loaded] == []


@pytest.mark.gui
def test_a_window_builds_only_its_first_page_and_later_pages_follow_the_user(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_offline(Profile("http://127.0.0.1:9", "rep1"), root=tmp_path)
    tasks = TaskRunner(synchronous=True)
    window = MainWindow(session.store, profile_label="rep1", tasks=tasks)
    qtbot.addWidget(window)
    assert window.current_page_key() == "today"
    assert window.stack.count() == 2  # the search results and Today

    window.attach_sync(SyncController(session, tasks), actor="user-1")
    calendar = window.show_page("calendar")
    workspace = window.show_page("workspace")
    assert calendar.actor == "user-1"  # type: ignore[attr-defined]
    assert workspace.actor == "user-1"  # type: ignore[attr-defined]
    assert workspace.transport is session.transport  # type: ignore[attr-defined]
    window.set_actor("user-2")
    assert window.show_page("opportunities").actor == "user-2"  # type: ignore[attr-defined]
    assert calendar.actor == "user-2"  # type: ignore[attr-defined]
    window.close()
    session.close()
