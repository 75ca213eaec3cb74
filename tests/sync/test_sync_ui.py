"""What a rep sees of sync: F9, the status bar, and the inbox of conflicts and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sfa.app.session import sign_in
from sfa.store import writes
from tests.server.conftest import PASSWORD, World
from tests.sync.conftest import LiveServer
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.sync_controller import SyncController
from ui.sync_inbox import SyncInbox
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_f9_syncs_and_the_status_bar_tells_what_is_waiting(
    qtbot: QtBot, live_server: LiveServer, world: World, tmp_path: Path
) -> None:
    session = sign_in(live_server.url, "rep1", PASSWORD, remember_login=True, root=tmp_path)
    tasks = TaskRunner(synchronous=True)
    window = MainWindow(session.store, profile_label="rep1", tasks=tasks)
    qtbot.addWidget(window)
    controller = SyncController(session, tasks)
    window.attach_sync(controller, actor=session.profile.user_id)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    controller.refresh_status()
    assert "Not synced yet" in window.status_label.text()
    window.show_page("accounts")
    assert window.accounts_model.rowCount() == 0

    shown: list[str] = []
    controller.status_changed.connect(shown.append)
    qtbot.keyClick(window.accounts_view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Up to date since" in window.status_label.text())
    assert window.accounts_model.rowCount() == 1
    # a first sync: records come in, then search is built, each with how far it is
    assert any(text.startswith("Receiving…") and "%)" in text for text in shown)
    assert any(text.startswith("Preparing search over") and "(100%)" in text for text in shown)

    with session.store.transaction() as conn:
        writes.update(conn, "account", world.south_account, {"city": "中山市"}, actor="rep1")
    controller.refresh_status()
    assert "1 changes waiting" in window.status_label.text()
    qtbot.keyClick(window.accounts_view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "waiting" not in window.status_label.text())
    session.close()


def test_a_server_that_went_away_shows_offline_and_keeps_the_change(
    qtbot: QtBot, live_server: LiveServer, world: World, tmp_path: Path
) -> None:
    session = sign_in(live_server.url, "rep1", PASSWORD, remember_login=False, root=tmp_path)
    session.transport.retry_delays = ()
    controller = SyncController(session, TaskRunner(synchronous=True))
    controller.sync_now()
    with session.store.transaction() as conn:
        writes.update(conn, "account", world.south_account, {"city": "江门市"}, actor="rep1")
    live_server.stop()
    with qtbot.waitSignal(controller.status_changed) as shown:
        controller.sync_now()
    assert shown.args is not None
    controller.refresh_status()
    with qtbot.waitSignal(controller.status_changed) as shown:
        controller.refresh_status()
    assert shown.args == ["Offline · 1 changes waiting"]
    live_server.start()
    session.close()


def test_the_inbox_lists_a_refused_change_and_discards_it_only_when_asked(
    qtbot: QtBot,
    live_server: LiveServer,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = sign_in(live_server.url, "rep3", PASSWORD, remember_login=False, root=tmp_path)
    with session.store.transaction() as conn:  # rep3 cannot write to the South territory
        writes.create(
            conn, "contact", {"account_id": world.south_account, "name": "越权"}, actor="rep3"
        )
    report = session.engine.sync()
    assert report.rejected == 1
    inbox = SyncInbox(session.store, actor="rep3")
    qtbot.addWidget(inbox)
    qtmodel = inbox.refused
    assert qtmodel.rowCount() == 1
    assert "越权" in qtmodel.index(0, 1).data()
    inbox.refused_view.selectRow(0)
    from ui.qt import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    inbox._discard()
    assert qtmodel.rowCount() == 1  # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    inbox._discard()
    assert qtmodel.rowCount() == 0
    session.close()


def test_inbox_models_pass_the_model_tester(
    qtmodeltester, live_server: LiveServer, world: World, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = sign_in(live_server.url, "rep3", PASSWORD, remember_login=False, root=tmp_path)
    with session.store.transaction() as conn:
        writes.create(
            conn, "contact", {"account_id": world.south_account, "name": "越权"}, actor="rep3"
        )
    session.engine.sync()
    inbox = SyncInbox(session.store, actor="rep3")
    qtmodeltester.check(inbox.refused)
    qtmodeltester.check(inbox.conflicts)
    session.close()
