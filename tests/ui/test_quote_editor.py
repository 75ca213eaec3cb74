"""The quote editor, driven as a rep drives it: type a SKU, Enter, change a price, Delete.

Figures are checked against hand-computed values, and what the editor shows against what
the store then holds (status, lines, the new revision after a refused price).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sfa.app.price_exceptions import price_conflicts, request_exception
from sfa.app.quotes import add_line, create_quote, settle_status
from sfa.store import outbox, writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import ApprovalRequest, OutboxEntry, QuoteLine
from ui import quote_editor
from ui.qt import QAbstractItemView, QApplication, QInputMethodEvent, QLineEdit, Qt, QUrl
from ui.quote_context import QuoteAuthor, author_for
from ui.quote_editor import QuoteEditor
from ui.quote_lines_model import QuoteLinesModel, parse_decimal
from ui.tasks import TaskRunner

pytestmark = [
    pytest.mark.gui,
    # the completion popup asks the offscreen platform for what it cannot do
    pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)"),
]

TODAY = date(2026, 11, 22)
ME = "rep1-id"
REP = QuoteAuthor(ME, "rep", "R001", "王芳")
M = QuoteLinesModel


@pytest.fixture
def catalogue(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {
                    "id": ME,
                    "rev": 1,
                    "username": "rep1",
                    "display_name": "王芳",
                    "rep_code": "R001",
                },
                {"id": "rep2-id", "rev": 1, "username": "rep2", "display_name": "李娜"},
            ],
        )
        apply_remote(
            conn,
            "product",
            [
                {
                    "id": "printer",
                    "rev": 1,
                    "sku": "PR-L2900",
                    "name": "黑白激光打印机",
                    "unit": "台",
                    "list_price": "2900.00",
                },
                {
                    "id": "toner",
                    "rev": 1,
                    "sku": "TN-100",
                    "name": "硒鼓",
                    "unit": "个",
                    "list_price": "480.00",
                },
            ],
        )
        apply_remote(conn, "account", [{"id": "acme", "rev": 1, "name": "广州贸易有限公司"}])
        apply_remote(
            conn,
            "price_agreement",
            [
                {
                    "id": "ag1",
                    "rev": 1,
                    "account_id": "acme",
                    "product_id": "printer",
                    "unit_price": "2700.00",
                    "valid_until": date(2026, 12, 31),
                }
            ],
        )
    return store


def new_quote(store: LocalStore) -> str:
    with store.transaction() as conn:
        return create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)


def open_editor(qtbot: QtBot, store: LocalStore, quote_id: str) -> QuoteEditor:
    editor = QuoteEditor(
        store, quote_id, author=REP, tasks=TaskRunner(synchronous=True), today=TODAY
    )
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.fixture
def editor(qtbot: QtBot, catalogue: LocalStore) -> QuoteEditor:
    return open_editor(qtbot, catalogue, new_quote(catalogue))


def type_text(qtbot: QtBot, box: QLineEdit, text: str) -> None:
    """Latin letters as key presses; Chinese committed as an input method does."""
    if text.isascii():
        qtbot.keyClicks(box, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def add(qtbot: QtBot, editor: QuoteEditor, typed: str) -> None:
    box = editor.product_search
    box.setFocus()
    type_text(qtbot, box, typed)
    popup = box.completer().popup()
    # an open completion list holds the keyboard: Enter goes to it, as on a real desktop
    qtbot.keyClick(popup if popup.isVisible() else box, Qt.Key.Key_Return)


def cell(editor: QuoteEditor, row: int, column: int) -> str:
    return str(editor.lines_model.index(row, column).data())


def cell_editor(editor: QuoteEditor) -> QLineEdit:
    """The line edit open on the current cell."""
    view = editor.lines_view
    widget = view.indexWidget(view.currentIndex())
    assert isinstance(widget, QLineEdit) and widget.objectName() == "decimalEditor"
    return widget


def edit_cell(qtbot: QtBot, editor: QuoteEditor, row: int, column: int, typed: str) -> None:
    """Open the cell's editor as a double-click would, type, and press Enter."""
    view = editor.lines_view
    index = editor.lines_model.index(row, column)
    if view.currentIndex() != index or view.state() != QAbstractItemView.State.EditingState:
        view.setCurrentIndex(index)
        view.edit(index)
    line_edit = cell_editor(editor)
    assert line_edit.isVisible()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, typed)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)  # Qt commits on Enter a moment later
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def status_in_store(store: LocalStore, quote_id: str) -> str:
    with store.reading() as conn:
        quote = writes.load(conn, "quote", quote_id)
    assert quote is not None
    return str(quote["status"])


def test_a_typed_sku_and_enter_add_a_line_at_the_agreed_price(
    qtbot: QtBot, editor: QuoteEditor, catalogue: LocalStore
) -> None:
    add(qtbot, editor, "PR-L2900")
    assert editor.lines_model.rowCount() == 1
    assert cell(editor, 0, M.PRODUCT) == "黑白激光打印机"
    assert cell(editor, 0, M.UNIT) == "台"
    assert cell(editor, 0, M.UNIT_PRICE) == "¥2,700.00"  # the agreement, not the ¥2,900 list
    assert cell(editor, 0, M.STATE) == "Agreed price"
    assert editor.status_label.text() == "Draft"
    assert editor.product_search.text() == ""
    with catalogue.reading() as conn:
        [line] = conn.execute(select(QuoteLine.__table__)).mappings()
    assert line["unit_price"] == Decimal("2700.00") and line["quantity"] == Decimal(1)


def test_a_chinese_product_name_finds_the_product(qtbot: QtBot, editor: QuoteEditor) -> None:
    add(qtbot, editor, "硒鼓")
    assert cell(editor, 0, M.SKU) == "TN-100"
    assert cell(editor, 0, M.UNIT_PRICE) == "¥480.00"


def test_an_unknown_product_says_so_and_adds_nothing(qtbot: QtBot, editor: QuoteEditor) -> None:
    add(qtbot, editor, "XX-404")
    assert editor.lines_model.rowCount() == 0
    assert "XX-404" in editor.message.text()


def test_after_adding_the_rep_types_the_quantity_and_tabs_on_to_the_price(
    qtbot: QtBot, editor: QuoteEditor
) -> None:
    add(qtbot, editor, "TN-100")
    quantity = cell_editor(editor)
    assert quantity.hasFocus()
    qtbot.keyClicks(quantity, "10")
    qtbot.keyClick(quantity, Qt.Key.Key_Tab)
    assert cell(editor, 0, M.QUANTITY) == "10"
    assert cell(editor, 0, M.TOTAL) == "¥4,800.00"
    assert editor.lines_view.currentIndex().column() == M.UNIT_PRICE  # the unit is skipped


def test_another_unit_price_shows_provisional_at_once(
    qtbot: QtBot, editor: QuoteEditor, catalogue: LocalStore
) -> None:
    add(qtbot, editor, "PR-L2900")
    edit_cell(qtbot, editor, 0, M.UNIT_PRICE, "2750")
    assert cell(editor, 0, M.UNIT_PRICE) == "¥2,750.00"
    assert cell(editor, 0, M.STATE) == "New price — provisional"
    assert "price not yet accepted by the server" in editor.status_label.text()
    assert status_in_store(catalogue, editor.quote_id) == "provisional"


def test_a_discount_beyond_the_reps_limit_needs_approval(
    qtbot: QtBot, editor: QuoteEditor, catalogue: LocalStore
) -> None:
    add(qtbot, editor, "TN-100")
    edit_cell(qtbot, editor, 0, M.DISCOUNT, "15")
    assert cell(editor, 0, M.DISCOUNT) == "15%"
    assert cell(editor, 0, M.STATE) == "Needs approval"
    assert "needs a manager's approval" in editor.status_label.text()
    assert status_in_store(catalogue, editor.quote_id) == "pending_approval"
    edit_cell(qtbot, editor, 0, M.DISCOUNT, "0")
    assert editor.status_label.text() == "Draft"
    assert editor.lines_model.rowCount() == 1  # Enter confirmed the cell, pressed no button


def test_text_that_is_not_a_number_never_reaches_the_store(
    qtbot: QtBot, editor: QuoteEditor
) -> None:
    add(qtbot, editor, "TN-100")
    edit_cell(qtbot, editor, 0, M.QUANTITY, "1e3")
    assert cell(editor, 0, M.QUANTITY) == "13"  # the validator refused "e"
    assert parse_decimal("1e3") is None and parse_decimal(0.1) is None
    assert parse_decimal("１,２00.5") == Decimal("1200.5")
    assert parse_decimal("15%") == Decimal(15)


def test_totals_match_hand_computed_figures(qtbot: QtBot, editor: QuoteEditor) -> None:
    add(qtbot, editor, "PR-L2900")
    edit_cell(qtbot, editor, 0, M.QUANTITY, "3")
    add(qtbot, editor, "TN-100")
    edit_cell(qtbot, editor, 1, M.QUANTITY, "10")
    edit_cell(qtbot, editor, 1, M.DISCOUNT, "5")
    # 3 × 2700 = 8100.00; 10 × 480 × 0.95 = 4560.00; VAT 13 % of 12660.00 = 1645.80
    assert [cell(editor, row, M.TOTAL) for row in (0, 1)] == ["¥8,100.00", "¥4,560.00"]
    assert editor.subtotal.text() == "¥12,660.00"
    assert editor.tax.text() == "¥1,645.80"
    assert editor.total.text() == "¥14,305.80"
    assert cell(editor, 1, M.STATE) == "New price — provisional"  # 5 % is within the limit
    editor.tax_rate.setCurrentIndex(editor.tax_rate.findData("0.06"))
    assert editor.tax.text() == "¥759.60" and editor.total.text() == "¥13,419.60"


def test_delete_removes_the_selected_line(
    qtbot: QtBot, editor: QuoteEditor, catalogue: LocalStore
) -> None:
    add(qtbot, editor, "PR-L2900")
    add(qtbot, editor, "TN-100")
    view = editor.lines_view
    qtbot.keyClick(cell_editor(editor), Qt.Key.Key_Escape)
    view.selectRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert editor.lines_model.rowCount() == 1
    assert cell(editor, 0, M.SKU) == "TN-100"
    assert editor.total.text() == "¥542.40"  # 480 × 1.13
    with catalogue.reading() as conn:
        live = conn.execute(
            select(QuoteLine.__table__.c.product_id).where(QuoteLine.__table__.c.deleted.is_(False))
        ).scalars()
        assert list(live) == ["toner"]


def test_the_models_pass_the_qt_model_tester(
    qtmodeltester: Any, qtbot: QtBot, editor: QuoteEditor
) -> None:
    add(qtbot, editor, "PR-L2900")
    add(qtbot, editor, "TN-100")
    qtmodeltester.check(editor.lines_model)
    qtmodeltester.check(editor.product_search.choices)
    qtmodeltester.check(editor.banner.model)
    qtmodeltester.check(editor.action_bar.revisions_model)


def _refuse(store: LocalStore, line_id: str) -> str:
    """What the sync engine does with a price_conflict answer: the mutation is rejected."""
    with store.transaction() as conn:
        holder = create_quote(conn, "acme", actor="rep2-id", rep_code="R002", today=TODAY)
        holder_number = writes.load(conn, "quote", holder)["number"]  # type: ignore[index]
        outbox_table = OutboxEntry.__table__
        seq = conn.execute(
            select(outbox_table.c.seq).where(outbox_table.c.record_id == line_id)
        ).scalar_one()
        outbox.reject(
            conn,
            seq,
            {
                "code": "price_conflict",
                "message": "Another price stands for this client and product",
                "details": {
                    "product_id": "toner",
                    "standing_price": "470.00",
                    "holder": {"kind": "quote", "id": holder, "rep_id": "rep2-id"},
                    "valid_until": "2026-12-20",
                },
            },
        )
    return str(holder_number)


@pytest.fixture
def refused_quote(catalogue: LocalStore) -> tuple[str, str]:
    with catalogue.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(conn, quote, "printer", Decimal("2"), actor=ME, on=TODAY)
        line = add_line(
            conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY, unit_price=Decimal("460.00")
        )
        settle_status(conn, quote, actor=ME, role="rep", on=TODAY)
    _refuse(catalogue, line)
    return quote, line


def test_a_refused_price_shows_the_standing_price_and_who_holds_it(
    qtbot: QtBot, catalogue: LocalStore, refused_quote: tuple[str, str]
) -> None:
    editor = open_editor(qtbot, catalogue, refused_quote[0])
    banner = editor.banner
    assert banner.isVisible()
    model = banner.model
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[0] == "TN-100 硒鼓"
    assert row[1:3] == ["¥460.00", "¥470.00"]
    assert re.fullmatch(r"Quote Q-R002-20261122-001-[A-Z]{3} by 李娜", row[3])
    assert row[4] == "2026-12-20"
    assert row[5] == "—"  # no exception asked yet
    tonerrow = editor.lines_model.row_of(refused_quote[1])
    assert tonerrow is not None and cell(editor, tonerrow, M.STATE) == "Refused by the server"


def test_reprice_makes_a_new_revision_at_the_standing_price(
    qtbot: QtBot, catalogue: LocalStore, refused_quote: tuple[str, str]
) -> None:
    editor = open_editor(qtbot, catalogue, refused_quote[0])
    qtbot.mouseClick(editor.banner.reprice_button, Qt.MouseButton.LeftButton)
    assert editor.quote_id != refused_quote[0]
    assert not editor.banner.isVisible()
    assert "revision 2" in editor.title.text()
    prices = {cell(editor, row, M.SKU): cell(editor, row, M.UNIT_PRICE) for row in (0, 1)}
    assert prices == {"PR-L2900": "¥2,700.00", "TN-100": "¥470.00"}
    with catalogue.reading() as conn:
        revision = writes.load(conn, "quote", editor.quote_id)
        assert revision is not None and revision["revision_of"] == refused_quote[0]
        lines = conn.execute(
            select(QuoteLine.__table__).where(QuoteLine.__table__.c.quote_id == editor.quote_id)
        ).mappings()
        assert {line["product_id"]: line["unit_price"] for line in lines} == {
            "printer": Decimal("2700.00"),
            "toner": Decimal("470.00"),
        }


def test_remove_the_line_settles_the_conflict(
    qtbot: QtBot, catalogue: LocalStore, refused_quote: tuple[str, str]
) -> None:
    editor = open_editor(qtbot, catalogue, refused_quote[0])
    qtbot.mouseClick(editor.banner.drop_button, Qt.MouseButton.LeftButton)
    assert not editor.banner.isVisible()
    assert editor.lines_model.rowCount() == 1 and cell(editor, 0, M.SKU) == "PR-L2900"
    assert editor.status_label.text() == "Draft"


def test_export_writes_a_pdf_with_the_quote_number(
    qtbot: QtBot, editor: QuoteEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(qtbot, editor, "PR-L2900")
    target = tmp_path / "quote"
    monkeypatch.setattr(
        quote_editor.QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), args[4]),
    )
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".pdf")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(written.read_bytes())).pages)
    assert "Q-R001-20261122-001" in text and "黑白激光打印机" in text
    assert editor.pdf_status.text() == "Saved quote.pdf"
    assert editor.export_button.isEnabled()


def test_preview_opens_the_rendered_pdf(
    qtbot: QtBot, editor: QuoteEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(qtbot, editor, "TN-100")
    opened: list[QUrl] = []
    monkeypatch.setattr(
        quote_editor.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    [url] = opened
    assert Path(url.toLocalFile()).read_bytes().startswith(b"%PDF")


def test_the_main_window_opens_new_and_found_quotes(qtbot: QtBot, catalogue: LocalStore) -> None:
    from ui.main_window import MainWindow
    from ui.search_model import SearchResultsModel

    window = MainWindow(catalogue, profile_label="rep1", tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.quotes.actor = ME
    window.show_page("accounts")
    qtbot.waitUntil(lambda: window.accounts_model.rowCount() == 1)
    window.accounts_view.selectRow(0)
    window.quotes.new_quote_action.trigger()
    [created] = window.quotes.editors
    assert created.title.text().startswith("Quote Q-R001-")
    created.close()
    qtbot.keyClicks(window.search_box, "Q-R001")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=3000)
    index = window.results_model.index(0, SearchResultsModel.TITLE)
    window.results_view.doubleClicked.emit(index)
    assert window.quotes.editors[-1].quote_id == created.quote_id


def test_the_author_comes_from_the_local_user_table(catalogue: LocalStore) -> None:
    with catalogue.reading() as conn:
        me = author_for(conn, ME)
        nobody = author_for(conn, None)
    assert (me.role, me.rep_code, me.display_name) == ("rep", "R001", "王芳")
    assert (nobody.role, nobody.rep_code) == ("rep", "LOCAL")


def test_the_editor_speaks_chinese(
    qtbot: QtBot, editor: QuoteEditor, compiled_translations: object
) -> None:
    from ui.i18n import Translations

    add(qtbot, editor, "PR-L2900")
    edit_cell(qtbot, editor, 0, M.UNIT_PRICE, "2750")
    translations = Translations()
    try:
        assert translations.apply("zh_CN")
        qtbot.waitUntil(lambda: editor.preview_button.text() != "Preview PDF…")
        assert editor.status_label.text().startswith("待确认")
        assert editor.lines_model.headerData(M.UNIT_PRICE, Qt.Orientation.Horizontal) == "单价"
    finally:
        translations.apply("en")
    qtbot.waitUntil(lambda: editor.preview_button.text() == "Preview PDF…")


# ---- exceptions, approvals, sending, revisions ---------------------------------------------


def _approval_requests(store: LocalStore) -> list[dict[str, Any]]:
    with store.reading() as conn:
        table = ApprovalRequest.__table__
        return [dict(row) for row in conn.execute(select(table)).mappings()]


def test_a_refused_line_asks_a_manager_for_an_exception_in_one_step(
    qtbot: QtBot, catalogue: LocalStore, refused_quote: tuple[str, str]
) -> None:
    editor = open_editor(qtbot, catalogue, refused_quote[0])
    qtbot.mouseClick(editor.banner.exception_button, Qt.MouseButton.LeftButton)
    dialog = editor.reason_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible() and dialog.error.text()
    assert _approval_requests(catalogue) == []
    qtbot.keyClicks(dialog.text, "framework contract")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [request] = _approval_requests(catalogue)
    assert (request["kind"], request["quote_line_id"], request["reason"]) == (
        "price_exception",
        refused_quote[1],
        "framework contract",
    )
    assert request["requested_price"] == Decimal("460.00")
    exception = editor.banner.model.index(0, editor.banner.model.EXCEPTION).data()
    assert exception == "Asked — waiting for the manager"
    assert not editor.banner.exception_button.isEnabled()  # asked once per line


def test_an_approved_exception_sends_the_line_again_when_the_quote_opens(
    qtbot: QtBot, catalogue: LocalStore, refused_quote: tuple[str, str]
) -> None:
    with catalogue.transaction() as conn:
        [conflict] = price_conflicts(conn)
        request = request_exception(conn, conflict.seq, "大客户", actor=ME)
        stored = writes.load(conn, "approval_request", request)
        assert stored is not None
        conn.execute(OutboxEntry.__table__.delete().where(OutboxEntry.record_id == request))
        apply_remote(
            conn,
            "approval_request",
            [{**stored, "rev": 9, "status": "approved", "decided_by": "boss", "comment": "ok"}],
        )
    editor = open_editor(qtbot, catalogue, refused_quote[0])
    assert not editor.banner.isVisible()
    assert "approved the exception" in editor.message.text()
    with catalogue.reading() as conn:
        assert price_conflicts(conn) == [] and outbox.waiting(conn, "quote_line", refused_quote[1])


def test_send_is_blocked_with_its_reasons_in_plain_words(
    qtbot: QtBot, editor: QuoteEditor, catalogue: LocalStore
) -> None:
    add(qtbot, editor, "TN-100")
    edit_cell(qtbot, editor, 0, M.DISCOUNT, "15")
    bar = editor.action_bar
    assert bar.send_button.isVisible() and bar.approval_button.isVisible()
    qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)
    notice = bar.notice.text()
    assert notice.startswith("This quote cannot be sent yet:")
    assert "• The discount is beyond your limit: a manager must approve it first" in notice
    assert "• New prices have not been accepted by the server yet: sync first." in notice
    assert status_in_store(catalogue, editor.quote_id) == "pending_approval"


def test_request_approval_asks_the_manager_with_a_reason(
    qtbot: QtBot, editor: QuoteEditor, catalogue: LocalStore
) -> None:
    add(qtbot, editor, "TN-100")
    edit_cell(qtbot, editor, 0, M.DISCOUNT, "15")
    bar = editor.action_bar
    qtbot.mouseClick(bar.approval_button, Qt.MouseButton.LeftButton)
    assert bar.dialog is not None
    qtbot.keyClicks(bar.dialog.text, "first order")
    qtbot.mouseClick(bar.dialog.ok_button, Qt.MouseButton.LeftButton)
    [request] = _approval_requests(catalogue)
    assert (request["kind"], request["quote_id"], request["reason"]) == (
        "discount",
        editor.quote_id,
        "first order",
    )
    assert not bar.approval_button.isVisible()
    assert "Approval requested" in bar.notice.text()


def test_sent_then_accepted_wins_the_opportunity(qtbot: QtBot, catalogue: LocalStore) -> None:
    with catalogue.transaction() as conn:
        deal = writes.create(
            conn,
            "opportunity",
            {"account_id": "acme", "name": "打印机", "stage": "proposal"},
            actor=ME,
        )
        quote = create_quote(
            conn, "acme", actor=ME, rep_code="R001", today=TODAY, fields={"opportunity_id": deal}
        )
        add_line(conn, quote, "printer", Decimal("2"), actor=ME, on=TODAY)
        conn.execute(OutboxEntry.__table__.delete())  # as if synced
    editor = open_editor(qtbot, catalogue, quote)
    bar = editor.action_bar
    assert not bar.accept_button.isVisible()
    qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)
    assert status_in_store(catalogue, quote) == "sent"
    assert editor.status_label.text() == "Sent to the client"
    assert bar.accept_button.isVisible() and not bar.send_button.isVisible()
    qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
    assert status_in_store(catalogue, quote) == "accepted"
    assert editor.message.text() == "Accepted by the client; its opportunity is won."
    with catalogue.reading() as conn:
        won = writes.load(conn, "opportunity", deal)
    assert won is not None and won["stage"] == "won" and won["amount"] == Decimal("5400.00")

    assert bar.order_button.isVisible()
    with qtbot.waitSignal(editor.order_created) as created:
        qtbot.mouseClick(bar.order_button, Qt.MouseButton.LeftButton)
    with catalogue.reading() as conn:
        order = writes.load(conn, "order", created.args[0])
    assert order is not None and order["quote_id"] == quote
    assert order["total"] == Decimal("6102.00")  # the quote's 5400.00 + 13 % VAT, to the fen
    qtbot.mouseClick(bar.order_button, Qt.MouseButton.LeftButton)
    assert "already became order" in editor.message.text()


def test_revisions_are_listed_and_old_ones_open_read_only(
    qtbot: QtBot, catalogue: LocalStore
) -> None:
    with catalogue.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(conn, quote, "printer", Decimal("2"), actor=ME, on=TODAY)
        writes.update(conn, "quote", quote, {"status": "sent"}, actor=ME)
    editor = open_editor(qtbot, catalogue, quote)
    bar = editor.action_bar
    qtbot.mouseClick(bar.revise_button, Qt.MouseButton.LeftButton)
    assert editor.quote_id != quote and "revision 2" in editor.title.text()
    assert editor.product_search.isEnabled()
    assert [bar.revisions.itemText(i) for i in range(bar.revisions.count())] == [
        "Revision 1 · Superseded",
        "Revision 2 · Draft",
    ]
    bar.revisions.activated.emit(0)  # the rep picks the old revision
    assert editor.quote_id == quote
    assert editor.status_label.text().startswith("Superseded")
    assert (
        not editor.product_search.isEnabled()
        and not editor.lines_model.flags(editor.lines_model.index(0, M.QUANTITY))
        & Qt.ItemFlag.ItemIsEditable
    )
    assert "older revision" in bar.notice.text()
