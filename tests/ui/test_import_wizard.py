"""The import wizard driven as a rep would: a GBK customer list with bad rows, the mapping
changed in its combo box, the dry run, all-or-nothing, then only the valid rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.io.tabular import read_table
from sfa.store import writes
from sfa.store.outbox import pending
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from ui.import_mapping_model import MappingModel
from ui.import_result_models import PlanModel, ProblemsModel
from ui.import_wizard import ImportDialog
from ui.qt import QComboBox, Qt
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui
ME = "rep1-id"
ROWS = [
    ["客户名称", "统一社会信用代码", "省份", "城市", "联系电话", "客户经理", "说明文字"],
    [
        "深圳光明科技有限公司",
        "91440300MA5F000007",
        "广东",
        "深圳",
        "0755-86668888",
        "李娜",
        "老客户",
    ],
    ["", "", "上海", "上海", "", "", "没有名字"],
    ["上海精密仪器股份有限公司", "91310000MA1K000006", "上海", "上海", "021-6123", "", ""],
    ["深圳光明", "91440300MA5F000007", "广东", "深圳", "", "", "重复"],
]


@pytest.fixture
def people(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {
                    "id": "rep2-id",
                    "rev": 1,
                    "username": "rep2",
                    "display_name": "李娜",
                    "role": "rep",
                }
            ],
        )
    return store


def _gbk(path: Path) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(ROWS)
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


def _accounts(store: LocalStore) -> dict[str, dict[str, object]]:
    table = writes.table_of("account")
    with store.reading() as conn:
        return {r["name"]: dict(r) for r in conn.execute(select(table)).mappings()}


def _row_of(model: MappingModel, header: str) -> int:
    return next(n for n in range(model.rowCount()) if model.index(n, 0).data() == header)


def test_the_wizard_imports_only_what_the_rep_chose(
    qtbot: QtBot, people: LocalStore, tmp_path: Path
) -> None:
    dialog = ImportDialog(people, TaskRunner(synchronous=True), actor=lambda: ME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(
        dialog.path, str(_gbk(tmp_path / "customers.csv"))
    )  # keyClicks types ASCII only
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == ImportDialog.MAPPING
    assert "GB18030" in dialog.file_info.text()
    mapping = dialog.mapping
    assert mapping.mapping() == {
        "客户名称": "name",
        "统一社会信用代码": "credit_code",
        "省份": "province",
        "城市": "city",
        "联系电话": "phone",
        "客户经理": "owner",
        "说明文字": None,
    }

    # the rep maps the unrecognised column to the notes with the combo box
    index = mapping.index(_row_of(mapping, "说明文字"), MappingModel.TARGET)
    dialog.mapping_view.edit(index)
    combo = dialog.mapping_view.findChild(QComboBox, "targetCombo")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("notes"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mapping.mapping()["说明文字"] == "notes")
    assert index.data() == "Notes"

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == ImportDialog.CHECK
    assert dialog.summary.text() == "1 to create, 0 to update, 0 unchanged, 3 refused."
    problems = dialog.problems
    found = [[problems.index(r, c).data() for c in range(4)] for r in range(problems.rowCount())]
    assert found[0] == ["3", "客户名称", "", "is required"]
    assert found[1][:3] == ["4", "联系电话", "021-6123"]
    assert found[2] == [
        "5",
        "统一社会信用代码",
        "91440300MA5F000007",
        "the same credit code as row 2",
    ]
    assert not dialog.import_button.isEnabled()  # all-or-nothing: a refused row stops it

    report = tmp_path / "problems.csv"
    dialog.save_path = lambda suggested: str(report)
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    saved = read_table(report)
    assert saved.headers == ["Row", "Column", "Value", "Why"] and len(saved.rows) == 3

    qtbot.mouseClick(dialog.valid_only, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.value() == dialog.progress.maximum() == 1
    stored = _accounts(people)
    assert list(stored) == ["深圳光明科技有限公司"]
    bright = stored["深圳光明科技有限公司"]
    assert bright["owner_id"] == "rep2-id" and bright["notes"] == "老客户"
    assert bright["phone"] == "+8675586668888"
    with people.reading() as conn:
        assert [(m.entity, m.record_id) for m in pending(conn)] == [("account", bright["id"])]
    assert "1 created" in dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_a_file_that_cannot_be_read_is_said_in_plain_words(
    qtbot: QtBot, people: LocalStore, tmp_path: Path
) -> None:
    dialog = ImportDialog(people, TaskRunner(synchronous=True), actor=lambda: ME)
    qtbot.addWidget(dialog)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    dialog.open_path = lambda: str(tmp_path / "old.xls")
    dialog.show()
    browse = next(b for b in dialog.findChildren(type(dialog.read_button)) if b.text() == "Browse…")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == ImportDialog.FILE
    assert "save the sheet as .xlsx or CSV" in dialog.message.text()


def test_the_wizard_models_pass_the_qt_model_tester(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = read_table(_gbk(tmp_path / "a.csv"))
    mapping = MappingModel()
    mapping.set_mapping("account", sheet, {"客户名称": "name"})
    qtmodeltester.check(mapping)
    plan, problems = PlanModel(), ProblemsModel()
    qtmodeltester.check(plan)
    qtmodeltester.check(problems)
