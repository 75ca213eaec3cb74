"""Exporting a list: every row (not only the pages scrolled so far), the columns the view
shows in the order it shows them, readable by Excel (BOM CSV) and openpyxl (.xlsx)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection

from sfa.store import writes
from sfa.store.store import LocalStore
from ui.contact_model import ContactsModel
from ui.export_view import ListExport, ReadsAll, export_model
from ui.page_lazy_model import PAGE_SIZE
from ui.page_table import make_table
from ui.qt import Qt, QWidget
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui
COUNT = PAGE_SIZE + 44


@pytest.fixture
def contacts(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        account = writes.create(conn, "account", {"name": "广州贸易有限公司"}, actor="me")
        writes.create_many(
            conn,
            "contact",
            (
                {
                    "account_id": account,
                    "name": f"联系人{n:03d}",
                    "title": '=HYPERLINK("http://x")' if n == 0 else "采购",
                    "phone": f"+86138{n:08d}",
                }
                for n in range(COUNT)
            ),
            actor="me",
        )
    return store


class ReadingContacts(ContactsModel):
    """A page model with the whole-list read the lead is asked to add to LazyTableModel."""

    @property
    def store(self) -> LocalStore:
        return self._store

    def read_all(self, conn: Connection) -> list[dict[str, Any]]:
        return self._page(conn, self.filter, self.order, 0, 1_000_000)


def test_every_row_is_exported_as_csv_excel_can_read(contacts: LocalStore, tmp_path: Path) -> None:
    model = ContactsModel(contacts, TaskRunner(synchronous=True))
    model.reload()
    assert model.rowCount() == PAGE_SIZE  # only the first page is fetched so far
    path = export_model(model, tmp_path / "contacts.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == ["Name", "Account", "Title", "Phone", "E-mail"]
    assert len(lines) == COUNT + 1
    assert lines[1] == [
        "联系人000",
        "广州贸易有限公司",
        '\'=HYPERLINK("http://x")',
        "+8613800000000",
        "",
    ]
    assert lines[-1][0] == f"联系人{COUNT - 1:03d}"


def test_the_export_action_writes_the_shown_columns_of_the_whole_list(
    qtbot: QtBot, contacts: LocalStore, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    model = ReadingContacts(contacts, TaskRunner(synchronous=True))
    assert isinstance(model, ReadsAll)
    view = make_table(model)
    view.setParent(window)
    view.setColumnHidden(ContactsModel.EMAIL, True)
    view.horizontalHeader().moveSection(ContactsModel.PHONE, 0)
    model.sort(ContactsModel.NAME, Qt.SortOrder.DescendingOrder)
    exporter = ListExport(view, TaskRunner(synchronous=True), window)
    target = tmp_path / "联系人.xlsx"
    exporter.save_path = lambda suggested: str(target)
    with qtbot.waitSignal(exporter.saved) as saved:
        exporter.run("contacts.xlsx")
    assert saved.args == [str(target)]
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Phone", "Name", "Account", "Title"]
    assert len(rows) == COUNT + 1
    assert rows[1][:2] == [f"+86138{COUNT - 1:08d}", f"联系人{COUNT - 1:03d}"]
    assert rows[-1][3] == '=HYPERLINK("http://x")'  # kept as text, never a formula
