"""The main window finds what a rep types, in Chinese or pinyin, without blocking."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sfa.store import writes
from sfa.store.store import LocalStore
from ui.accounts_model import AccountsModel
from ui.main_window import MainWindow
from ui.qt import QApplication, QInputMethodEvent, QLineEdit, Qt
from ui.search_model import SearchResultsModel
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


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
    main.show()
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
    accounts = AccountsModel(filled_store)
    accounts.fetchMore()
    qtmodeltester.check(accounts)
    results = SearchResultsModel()
    with filled_store.reading() as conn:
        from sfa.store.search import search

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
