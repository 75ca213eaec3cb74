"""The contact pages' vCard export and import, run through the task runner."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.io.import_plan import ImportRefused
from sfa.store import writes
from sfa.store.store import LocalStore
from ui.qt import QWidget
from ui.tasks import TaskRunner
from ui.vcard_transfer import VCardTransfer

pytestmark = pytest.mark.gui


def test_export_in_40_then_import_into_another_account(
    qtbot: QtBot, store: LocalStore, tmp_path: Path
) -> None:
    with store.transaction() as conn:
        gz = writes.create(conn, "account", {"name": "广州贸易有限公司"}, actor="me")
        other = writes.create(conn, "account", {"name": "分公司"}, actor="me")
        writes.create(
            conn, "contact", {"account_id": gz, "name": "陈静", "phone": "13800138000"}, actor="me"
        )
    window = QWidget()
    qtbot.addWidget(window)
    transfer = VCardTransfer(store, TaskRunner(synchronous=True), window, actor=lambda: "me")
    target = tmp_path / "contacts.vcf"
    transfer.save_path = lambda suggested: (str(target), "4.0")
    with qtbot.waitSignal(transfer.exported):
        transfer.export(account_id=gz)
    card = vobject.readOne(target.read_text("utf-8"))
    assert (card.version.value, card.fn.value, card.org.value) == (
        "4.0",
        "陈静",
        ["广州贸易有限公司"],
    )

    book = tmp_path / "book.vcf"
    book.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:周敏\r\nN:周;敏;;;\r\nTEL;TYPE=CELL:13700137000\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:坏号码\r\nTEL:1\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    transfer.open_path = lambda: str(book)
    with qtbot.waitSignal(transfer.failed) as refused:
        transfer.import_file(account_id=other)
    assert isinstance(refused.args[0], ImportRefused)
    with qtbot.waitSignal(transfer.imported) as done:
        transfer.import_file(account_id=other, valid_only=True)
    assert (done.args[0].created, done.args[0].refused) == (1, 1)
    contacts = writes.table_of("contact")
    with store.reading() as conn:
        rows = {r["name"]: r for r in conn.execute(select(contacts)).mappings()}
    assert rows["周敏"]["account_id"] == other and rows["周敏"]["phone"] == "+8613700137000"
