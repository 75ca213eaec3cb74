"""The online tabs of the workspace against a real server: the territory tree editor with its
preview, the pool, and what they say offline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from sfa.server.db import write_session
from sfa.server.tables import Account, Territory
from sfa.store import writes
from sfa.sync import manager_api
from sfa.sync.transport import Transport
from tests.server.conftest import (  # noqa: F401  (fixtures shared with the server suite)
    Api,
    World,
    api,
    db_url,
    engine,
    mutation,
    new_id,
    pg_template,
    settings,
    sqlite_template,
    world,
)
from tests.sync.conftest import Laptop, LiveServer, laptop, live_server  # noqa: F401
from ui.manager_page import ManagerPage
from ui.qt import Qt
from ui.tasks import TaskRunner


def _page(qtbot: QtBot, make: Callable[..., Laptop], server: Api, username: str) -> ManagerPage:
    store, link = make(username)
    link.sync()
    page = ManagerPage(store, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.transport = link.transport
    page.actor = server.users[username]
    page.show()
    return page


def _territory_of(server: Api, account_id: str) -> str | None:
    with write_session(server.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.territory_id


def test_a_manager_previews_then_applies_a_rule_change(
    qtbot: QtBot,
    laptop: Callable[..., Laptop],  # noqa: F811
    api: Api,  # noqa: F811
    world: World,  # noqa: F811
    qtmodeltester: Any,
) -> None:
    page = _page(qtbot, laptop, api, "manager2")
    tab = page.territories
    assert page.tabs.currentWidget() is tab
    qtmodeltester.check(tab.model)
    assert [node.name for node in tab.model.nodes()] == ["East"]
    assert tab.form.name.text() == "East"
    for checklist in (tab.form.reps, tab.form.industries, tab.form.named):
        qtmodeltester.check(checklist)
    assert tab.form.reps.checked() == [api.users["rep3"]]
    tab.form.cities.insert("广州")  # typed through the input method
    page.refresh()  # a sync finishing meanwhile keeps what the manager typed
    assert tab.form.cities.text() == "广州"
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    tab.preview_dialog.reject()  # type: ignore[union-attr]  # think again, then preview again
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    dialog = tab.preview_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    row = [dialog.model.index(0, column).data() for column in range(5)]
    assert row == ["Canton Trading", "South", "rep1, rep2", "East", "rep3"]
    assert _territory_of(api, world.south_account) == world.south, "a preview changes nothing"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "1 accounts moved" in tab.message.text()
    assert _territory_of(api, world.south_account) == world.east
    with write_session(api.engine) as session:
        east = session.get(Territory, world.east)
        assert east is not None and east.cities == ["广州"]
    assert "广州" in tab.model.index(0, 1).data()


def test_a_new_region_with_a_territory_under_it(
    qtbot: QtBot,
    laptop: Callable[..., Laptop],  # noqa: F811
    api: Api,  # noqa: F811
    world: World,  # noqa: F811
) -> None:
    page = _page(qtbot, laptop, api, "manager2")
    tab = page.territories
    qtbot.mouseClick(tab.new_region, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert "name" in tab.message.text()
    tab.form.name.insert("华东大区")
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab.preview_dialog is not None
    assert tab.preview_dialog.model.rowCount() == 0
    qtbot.mouseClick(tab.preview_dialog.apply_button, Qt.MouseButton.LeftButton)
    names = [node.name for node in tab.model.nodes()]
    assert "华东大区" in names
    # East goes under the new region: the tree shows it as its child.
    tab.tree.setCurrentIndex(tab.model.index_of(world.east))
    tab.form.parent_box.setCurrentIndex(tab.form.parent_box.findText("华东大区"))
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab.preview_dialog is not None
    qtbot.mouseClick(tab.preview_dialog.apply_button, Qt.MouseButton.LeftButton)
    region = tab.model.index(0, 0)
    assert region.data() == "华东大区" and tab.model.index(0, 0, region).data() == "East"


def test_offline_says_so_and_changes_nothing(
    qtbot: QtBot,
    laptop: Callable[..., Laptop],  # noqa: F811
    api: Api,  # noqa: F811
    world: World,  # noqa: F811
) -> None:
    page = _page(qtbot, laptop, api, "manager2")
    tab = page.territories
    tab.form.cities.insert("广州")
    page.transport = Transport("http://127.0.0.1:9", retry_delays=())
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert "offline" in tab.message.text()
    assert tab.preview_dialog is None
    assert _territory_of(api, world.south_account) == world.south
    page.transport = None
    tab.refresh()
    assert "Not connected" in tab.message.text()


def test_a_rep_claims_from_the_pool_tab(
    qtbot: QtBot,
    laptop: Callable[..., Laptop],  # noqa: F811
    api: Api,  # noqa: F811
    world: World,  # noqa: F811
    live_server: LiveServer,  # noqa: F811
) -> None:
    account = new_id()
    [created] = api.push(
        "admin",
        mutation("account", account, {"name": "公海客户", "province": "广东"}),
    )
    assert created["status"] == "applied"
    admin = Transport(live_server.url)
    admin.login("admin", "good-password")
    manager_api.release(admin, account)
    page = _page(qtbot, laptop, api, "rep3")
    visible = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
    assert visible == ["My numbers", "Pool", "Commissions"]
    page.tabs.setCurrentWidget(page.pool)
    pool = page.pool
    assert pool.pool_model.rowCount() == 1
    assert "at most 50" in pool.summary.text()
    qtbot.mouseClick(pool.claim_button, Qt.MouseButton.LeftButton)
    assert "Select an account" in pool.message.text()
    pool.pool_view.selectRow(0)
    qtbot.mouseClick(pool.claim_button, Qt.MouseButton.LeftButton)
    assert "Claimed" in pool.message.text()
    assert pool.pool_model.rowCount() == 0 and pool.held_model.rowCount() == 1
    with page._store.reading() as conn:
        record = writes.load(conn, "account", account)
    assert record is not None and record["owner_id"] == api.users["rep3"]
    pool.held_view.selectRow(0)
    qtbot.mouseClick(pool.release_button, Qt.MouseButton.LeftButton)
    assert "Released" in pool.message.text() and pool.pool_model.rowCount() == 1
