"""The main window finds what a rep types, in Chinese or pinyin, without blocking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sfa.domain.enums import Stage
from sfa.store import writes
from sfa.store.search import search
from sfa.store.store import LocalStore
from ui.accounts_model import AccountsModel
from ui.main_window import MainWindow
from ui.qt import QApplication, QInputMethodEvent, QLineEdit, QSettings, Qt
from ui.search_model import SearchResultsModel
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """Layout and last page are remembered in this test's own folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture
def filled_store(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        huawei = writes.create(
            conn, "account", {"name": "深圳市华为技术有限公司", "city": "深圳市"}, actor="me"
        )
        writes.create(conn, "contact", {"account_id": huawei, "name": "张伟"}, actor="me")
        writes.create_many(
            conn, "account", [{"name": f"测试客户{i:04d}有限公司"} for i in range(600)], actor="me"
        )
    return store


def type_text(qtbot: QtBot, box: QLineEdit, text: str) -> None:
    """Latin letters as key presses; Chinese as an input method commits it (QTest cannot
    press keys that are not on the keyboard)."""
    if text.isascii():
        qtbot.keyClicks(box, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


@pytest.fixture
def window(qtbot: QtBot, filled_store: LocalStore) -> MainWindow:
    main = MainWindow(filled_store, profile_label="rep1", tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


@pytest.mark.parametrize(
    ("typed", "expected"), [("华为", "深圳市华为技术有限公司"), ("zhangwei", "张伟")]
)
def test_typing_in_the_search_box_lists_the_match(
    qtbot: QtBot, window: MainWindow, typed: str, expected: str
) -> None:
    window.search_box.setFocus()
    type_text(qtbot, window.search_box, typed)
    model = window.results_model

    def found() -> bool:
        titles = [
            model.index(row, SearchResultsModel.TITLE).data() for row in range(model.rowCount())
        ]
        return expected in titles

    qtbot.waitUntil(found, timeout=3000)


def test_clearing_the_search_box_clears_the_results(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window.search_box, "华为")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=3000)
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 0, timeout=3000)


def test_accounts_list_fetches_lazily_and_sorts_in_sql(qtbot: QtBot, window: MainWindow) -> None:
    model = window.accounts_model
    assert model.rowCount() == 0  # built at start-up, read when first shown
    window.show_page("accounts")
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # the view asks for the first page
    assert model.rowCount() < 601  # only the first pages are loaded
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 601
    model.sort(AccountsModel.NAME, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    names = [model.index(row, AccountsModel.NAME).data() for row in range(3)]
    assert names == sorted(names, reverse=True)


def test_models_pass_the_qt_model_tester(qtmodeltester, filled_store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from sfa.app.accounts import account_overview
    from sfa.app.today import today_view
    from ui.account_tabs import TABS
    from ui.contact_model import ContactsModel
    from ui.nav_model import NavModel
    from ui.page_registry import pages
    from ui.page_table import RowsModel
    from ui.quotes_page_model import QuotesModel
    from ui.today_model import TodayModel

    tasks = TaskRunner(synchronous=True)
    accounts = AccountsModel(filled_store, tasks)
    accounts.reload()
    qtmodeltester.check(accounts)
    with filled_store.transaction() as conn:
        [huawei] = [h.record_id for h in search(conn, "华为", entities={"account"})]
        writes.create(conn, "quote", {"account_id": huawei, "number": "Q-1"}, actor="me")
        overview = account_overview(conn, huawei)
        today = today_view(conn, actor=None, now=datetime.now(UTC), tz=UTC)
    for model in (ContactsModel(filled_store, tasks), QuotesModel(filled_store, tasks)):
        model.reload()
        assert model.rowCount() == 1
        qtmodeltester.check(model)
    qtmodeltester.check(NavModel(pages()))
    contacts = RowsModel("AccountDetail", TABS[1][2])
    contacts.set_rows(overview.contacts)
    qtmodeltester.check(contacts)
    changes = TodayModel()
    changes.set_items(today.changes + today.reminders)
    assert changes.rowCount() > 0
    qtmodeltester.check(changes)
    results = SearchResultsModel()
    with filled_store.reading() as conn:
        results.set_hits(search(conn, "华为"))
    qtmodeltester.check(results)


def test_switching_language_translates_the_window_and_its_tables(
    qtbot: QtBot, window: MainWindow, compiled_translations: object
) -> None:
    from ui.i18n import Translations

    translations = Translations()
    try:
        assert translations.apply("zh_CN")
        qtbot.waitUntil(lambda: "搜索客户" in window.search_box.placeholderText())
        header = window.accounts_model.headerData(AccountsModel.NAME, Qt.Orientation.Horizontal)
        assert header == "名称"
        assert (
            window.accounts_model.headerData(AccountsModel.CREDIT_CODE, Qt.Orientation.Horizontal)
            == "统一社会信用代码"
        )
    finally:
        translations.apply("en")
    qtbot.waitUntil(lambda: window.search_box.placeholderText().startswith("Search accounts"))
    assert window.accounts_model.headerData(AccountsModel.NAME, Qt.Orientation.Horizontal) == "Name"


def test_the_rail_shows_the_pages_and_ctrl_digits_switch_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    titles = [window.nav_model.index(r).data() for r in range(window.nav_model.rowCount())]
    assert titles == [
        "Today",
        "Accounts",
        "Contacts",
        "Opportunities",
        "Quotes",
        "Orders",
        "Calendar",
        "Dashboards",
        "Team & numbers",
    ]
    assert window.current_page_key() == "today"
    for digit, key in (
        (Qt.Key.Key_2, "accounts"),
        (Qt.Key.Key_4, "opportunities"),
        (Qt.Key.Key_5, "quotes"),
        (Qt.Key.Key_6, "orders"),
        (Qt.Key.Key_7, "calendar"),
        (Qt.Key.Key_9, "workspace"),
        (Qt.Key.Key_1, "today"),
    ):
        qtbot.keyClick(window.rail, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.page(key)
    window.rail.setFocus()
    qtbot.keyClick(window.rail, Qt.Key.Key_Down)  # the rail is a list: arrows move too
    assert window.current_page_key() == "accounts"


def test_the_last_page_and_layout_are_remembered(qtbot: QtBot, filled_store: LocalStore) -> None:
    first = MainWindow(filled_store, profile_label="rep1", tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(first)
    first.show()
    first.show_page("contacts")
    first.resize(first.width(), 520)
    first.close()
    second = MainWindow(filled_store, profile_label="rep1", tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(second)
    assert second.current_page_key() == "contacts"
    assert second.height() == 520  # (the offscreen screen is too narrow to test the width)


def test_ctrl_k_then_enter_opens_the_best_hit_on_its_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.rail, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    type_text(qtbot, window.search_box, "华为")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.search_page, timeout=3000)
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=3000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_page_key() == "accounts"
    assert window.stack.currentWidget() is window.accounts_page
    qtbot.waitUntil(lambda: window.accounts_page.detail.title.text() == "深圳市华为技术有限公司")
    assert window.accounts_page.detail.models["contacts"].rowCount() == 1

    window.search_box.setFocus()
    window.search_box.clear()
    type_text(qtbot, window.search_box, "zhangwei")
    qtbot.waitUntil(
        lambda: window.results_model.index(0, SearchResultsModel.TITLE).data() == "张伟",
        timeout=3000,
    )
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results_view.hasFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    assert window.current_page_key() == "contacts"
    qtbot.waitUntil(lambda: window.page("contacts").detail.title.text() == "张伟")  # type: ignore[attr-defined]


def test_escape_clears_the_search_and_returns_to_the_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("quotes")
    type_text(qtbot, window.search_box, "nothing-like-this")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.search_page, timeout=3000)
    assert "Nothing on this laptop matches" in window.search_hint.text()
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page("quotes"), timeout=3000)


def test_the_pipeline_page_shows_the_stores_deals_when_opened(
    window: MainWindow, filled_store: LocalStore
) -> None:
    with filled_store.transaction() as conn:
        account = conn.exec_driver_sql("SELECT id FROM account LIMIT 1").scalar_one()
        writes.create(
            conn,
            "opportunity",
            {
                "account_id": account,
                "name": "华为打印机采购",
                "stage": "proposal",
                "amount": "2900",
            },
            actor="me",
        )
    board = window.show_page("opportunities").board  # type: ignore[attr-defined]
    proposal = board.columns[Stage.PROPOSAL]
    assert proposal.model.rowCount() == 1
