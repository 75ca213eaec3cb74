"""The Accounts and Contacts pages, driven like a rep would: forms that check as you type,
duplicates, edit, merge, and what the database then holds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.store import writes
from sfa.store.store import LocalStore
from sfa.store.tables import Account, Contact
from ui.account_duplicates import DuplicatesDialog
from ui.account_form import AccountForm
from ui.account_merge import MergeDialog
from ui.accounts_model import AccountsModel
from ui.contact_form import ContactForm
from ui.main_window import MainWindow
from ui.qt import QApplication, QInputMethodEvent, QLineEdit, QSettings, Qt, QWidget
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui
ME = "user-rep1"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """Each test remembers its layout in its own folder, not in the user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture
def window(qtbot: QtBot, store: LocalStore) -> MainWindow:
    with store.transaction() as conn:
        huawei = writes.create(
            conn,
            "account",
            {
                "name": "深圳市华为技术有限公司",
                "city": "深圳市",
                "province": "广东省",
                "status": "customer",
                "tier": "key",
            },
            actor=ME,
        )
        writes.create(conn, "contact", {"account_id": huawei, "name": "张伟"}, actor=ME)
        writes.create(
            conn,
            "account",
            {
                "name": "杭州娃哈哈集团有限公司",
                "city": "杭州市",
                "province": "浙江省",
                "status": "prospect",
            },
            actor=ME,
        )
    main = MainWindow(store, profile_label="rep1", tasks=TaskRunner(synchronous=True))
    main.set_actor(ME)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


def type_into(qtbot: QtBot, box: QWidget, text: str) -> None:
    """Latin text as key presses; Chinese committed as an input method does."""
    box.setFocus()
    if text.isascii():
        qtbot.keyClicks(box, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def field(form: AccountForm | ContactForm, name: str) -> QLineEdit:
    widget = form.form.inputs[name]
    assert isinstance(widget, QLineEdit)
    return widget


def accounts(store: LocalStore) -> dict[str, dict[str, object]]:
    with store.reading() as conn:
        rows = conn.execute(select(Account.__table__).where(Account.__table__.c.deleted.is_(False)))
        return {row.name: dict(row._mapping) for row in rows}


def answer_modal(qtbot: QtBot, choose: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog as the rep would, once it is on screen."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        choose(dialog)

    from ui.qt import QTimer

    QTimer.singleShot(0, answer)


def test_a_new_account_and_contact_through_the_forms_are_found_in_chinese_and_pinyin(
    qtbot: QtBot, window: MainWindow, store: LocalStore
) -> None:
    page = window.show_page("accounts")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.findChild(AccountForm)
    assert form is not None and form.isVisible()
    type_into(qtbot, field(form, "name"), "深圳市腾讯计算机系统有限公司")
    type_into(qtbot, field(form, "phone"), "12345")
    assert form.form.errors["phone"].isVisible()  # explained next to the field, as typed
    assert "not a valid phone number" in form.form.errors["phone"].text()
    assert not form.save_button.isEnabled()
    field(form, "phone").clear()
    type_into(qtbot, field(form, "phone"), "0755 8601 3388")
    assert not form.form.errors["phone"].isVisible() and form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    tencent = accounts(store)["深圳市腾讯计算机系统有限公司"]
    assert tencent["phone"] == "+8675586013388" and tencent["owner_id"] == ME
    qtbot.waitUntil(lambda: page.detail.account is not None)
    assert page.detail.title.text() == "深圳市腾讯计算机系统有限公司"

    qtbot.mouseClick(page.detail.contact_button, Qt.MouseButton.LeftButton)
    contact_form = page.findChild(ContactForm)
    assert contact_form is not None and contact_form.account.account_id == tencent["id"]
    contact_form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is contact_form)
    type_into(qtbot, field(contact_form, "name"), "马化腾")
    type_into(qtbot, field(contact_form, "email"), "pony@")
    assert contact_form.form.errors["email"].isVisible()
    type_into(qtbot, field(contact_form, "email"), "tencent.com")
    assert not contact_form.form.errors["email"].isVisible()
    qtbot.keyClick(
        field(contact_form, "name"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    with store.reading() as conn:
        [contact] = conn.execute(
            select(Contact.__table__).where(Contact.__table__.c.name == "马化腾")
        ).all()
    assert contact.account_id == tencent["id"] and contact.email == "pony@tencent.com"
    assert page.detail.models["contacts"].rowCount() == 1

    for typed, expected in (("腾讯", "深圳市腾讯计算机系统有限公司"), ("mahuateng", "马化腾")):
        window.search_box.clear()
        type_into(qtbot, window.search_box, typed)
        qtbot.waitUntil(
            lambda e=expected: (
                e
                in [
                    window.results_model.index(r, 1).data()
                    for r in range(window.results_model.rowCount())
                ]
            ),
            timeout=3000,
        )


def test_a_likely_duplicate_is_shown_before_saving_and_can_be_opened_instead(
    qtbot: QtBot, window: MainWindow, store: LocalStore
) -> None:
    page = window.show_page("accounts")
    form = page.new_account()
    type_into(qtbot, field(form, "name"), "华为技术有限公司")

    def open_existing(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        assert dialog.model.index(0, 0).data() == "深圳市华为技术有限公司"
        assert "similar name" in dialog.model.index(0, 1).data()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, open_existing)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(accounts(store)) == 2  # nothing saved
    qtbot.waitUntil(lambda: page.detail.title.text() == "深圳市华为技术有限公司")

    form = page.new_account()
    type_into(qtbot, field(form, "name"), "华为技术有限公司")
    answer_modal(
        qtbot,
        lambda dialog: qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton),  # type: ignore[attr-defined]
    )
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "华为技术有限公司" in accounts(store)


def test_filters_run_in_sql_and_an_edit_is_saved(
    qtbot: QtBot, window: MainWindow, store: LocalStore
) -> None:
    page = window.show_page("accounts")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    type_into(qtbot, page.filters.text, "娃哈哈")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, AccountsModel.NAME).data() == "杭州娃哈哈集团有限公司"
    page.filters.text.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    page.filters.status.setCurrentIndex(page.filters.status.findData("customer"))
    assert [model.index(0, AccountsModel.STATUS).data()] == ["Customer"] and model.rowCount() == 1
    assert page.filters.count.text() == "Accounts: 1"

    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = page.findChild(AccountForm)
    assert form is not None and field(form, "name").text() == "深圳市华为技术有限公司"
    field(form, "city").clear()
    type_into(qtbot, field(form, "city"), "东莞市")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert accounts(store)["深圳市华为技术有限公司"]["city"] == "东莞市"


def test_merging_two_accounts_moves_the_contacts_after_a_confirmation(
    qtbot: QtBot, window: MainWindow, store: LocalStore
) -> None:
    page = window.show_page("accounts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert not page.merge_button.isEnabled()
    page.table.selectAll()
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MergeDialog)
    assert dialog is not None
    keep_wahaha = next(c for c in dialog.choices if "娃哈哈" in c.text())
    keep_wahaha.click()
    dialog.reject()  # changed their mind: nothing happens
    assert len(accounts(store)) == 2
    page.merge_selected()
    dialog = page.findChildren(MergeDialog)[-1]
    next(c for c in dialog.choices if "娃哈哈" in c.text()).click()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    left = accounts(store)
    assert list(left) == ["杭州娃哈哈集团有限公司"]
    with store.reading() as conn:
        [contact] = conn.execute(
            select(Contact.__table__).where(Contact.__table__.c.deleted.is_(False))
        ).all()
    assert contact.name == "张伟" and contact.account_id == left["杭州娃哈哈集团有限公司"]["id"]
    assert "Merged" in page.message.text()


def test_the_contacts_page_filters_and_opens_the_account(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.rail, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert page.objectName() == "contactsPage"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    type_into(qtbot, page.filter, "娃哈哈")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.filter.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.contact is not None)
    qtbot.mouseClick(page.detail.account_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "accounts"
    qtbot.waitUntil(lambda: window.accounts_page.detail.title.text() == "深圳市华为技术有限公司")


def test_the_accounts_list_is_read_when_first_shown_not_at_start_up(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The window opens on Today with the Accounts page built (its selection serves F9 and
    “New quote”) but not read: on a 100,000-account laptop that is a scan of every account
    in the first seconds. Shown, it lists them, in the sort restored for it."""
    model = window.accounts_model
    assert window.current_page_key() == "today"
    assert model.rowCount() == 0 and not model.started
    window.accounts_view.sortByColumn(AccountsModel.NAME, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 0
    window.show_page("accounts")
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    names = [model.index(row, AccountsModel.NAME).data() for row in range(2)]
    assert names == ["深圳市华为技术有限公司", "杭州娃哈哈集团有限公司"]
    assert window.accounts_page.filters.count.text() == "Accounts: 2"
