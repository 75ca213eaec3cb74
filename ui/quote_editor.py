"""The quote editor: one quote of one client, written offline, priced by the one-price rule.

Everything a rep changes goes through the ``sfa.app.quotes`` use cases and ``writes`` in one
transaction, followed by ``settle_status``, and the editor then reloads the figures the use
cases compute — so the moment a rep types a price other than the agreed one, the line and
the header say “provisional”, and beyond the rep's discount limit, “needs approval”.
No price, total or state is computed here.

Store work is small (one quote, a few lines) and runs on the GUI thread like the conflicts
inbox; rendering the PDF takes about a second and runs on the task runner.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection

from sfa.app.price_exceptions import request_exception, settle_decided
from sfa.app.quotes import (
    add_line,
    drop_refused_line,
    is_editable,
    quote_document,
    reprice_at_standing,
    settle_status,
)
from sfa.domain.errors import DomainError
from sfa.io import formatting
from sfa.io.quote_view import QuoteDocument
from sfa.store import writes
from sfa.store.store import LocalStore
from ui import quote_context
from ui.qt import (
    QAction,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDesktopServices,
    QDialog,
    QEvent,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLocale,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from ui.quote_actions import QuoteActions
from ui.quote_conflicts import PriceConflictBanner
from ui.quote_context import QuoteAuthor
from ui.quote_lines_model import QuoteLinesModel, number_locale
from ui.quote_lines_view import QuoteLinesView
from ui.quote_product_search import ProductSearch
from ui.quote_reason_dialog import ReasonDialog
from ui.quote_snapshot import QuoteSnapshot, load_catalogue, load_snapshot
from ui.quote_status import NEUTRAL_STYLE, STATUS_STYLE, STATUS_TEXT
from ui.tasks import TaskRunner

T = TypeVar("T")


VAT_RATES = ("0.13", "0.09", "0.06", "0.03", "0.01", "0")
"""China's VAT rates (goods 13 %, transport/construction 9 %, services 6 %, small-scale 3 %
and 1 %, exempt 0 %); a synced quote with another rate keeps it, added to the list."""

TERMS_SAVE_DELAY_MS = 800


def pdf_language() -> str:
    """The PDF speaks the interface's language unless the rep picks the other one."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class QuoteEditor(QDialog):
    def __init__(
        self,
        store: LocalStore,
        quote_id: str,
        *,
        author: QuoteAuthor,
        tasks: TaskRunner,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quoteEditor")
        self._store = store
        self.quote_id = quote_id
        self._author = author
        self._tasks = tasks
        self._today = today or date.today()
        self.snapshot: QuoteSnapshot | None = None
        self._rendering = False
        self._build()
        self._load_catalogue()
        self.retranslate()
        self.reload()
        self.resize(1040, 680)
        self.product_search.setFocus()

    # ---- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("quoteTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.client = QLabel()
        self.client.setStyleSheet("font-size: 11pt;")
        self.status_label = QLabel()
        self.status_label.setObjectName("quoteStatus")
        self.status_label.setWordWrap(True)
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.valid_until.dateChanged.connect(self._save_valid_until)
        self.tax_rate = QComboBox()
        self.tax_rate.currentIndexChanged.connect(self._save_tax_rate)
        self.terms = QPlainTextEdit()
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(58)
        self._terms_timer = QTimer(self)
        self._terms_timer.setSingleShot(True)
        self._terms_timer.setInterval(TERMS_SAVE_DELAY_MS)
        self._terms_timer.timeout.connect(self._save_terms)
        self.terms.textChanged.connect(self._terms_timer.start)

        self.form = QFormLayout()
        self._valid_label, self._tax_label, self._terms_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self._valid_label, self.valid_until)
        self.form.addRow(self._tax_label, self.tax_rate)
        self.form.addRow(self._terms_label, self.terms)

        self.banner = PriceConflictBanner()
        self.banner.reprice_requested.connect(self._reprice)
        self.banner.drop_requested.connect(self._drop_refused)
        self.banner.exception_requested.connect(self._ask_exception)
        self.reason_dialog: ReasonDialog | None = None

        self.lines_model = QuoteLinesModel(commit=self._commit_cell)
        self.lines_view = QuoteLinesView(self.lines_model)
        self.lines_view.delete_requested.connect(self.delete_selected_line)
        self.product_search = ProductSearch()
        self.product_search.product_chosen.connect(self.add_product)
        self.product_search.not_found.connect(self._product_not_found)
        self._add_label = QLabel()
        self._add_label.setBuddy(self.product_search)
        self.delete_button = QPushButton()
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_selected_line)
        add_row = QHBoxLayout()
        add_row.addWidget(self._add_label)
        add_row.addWidget(self.product_search, 1)
        add_row.addWidget(self.delete_button)
        find = QAction(self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.product_search.setFocus)
        self.addAction(find)

        self.message = QLabel()
        self.message.setObjectName("quoteMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.action_bar = QuoteActions(self._store, self._author, self._today)
        self.action_bar.open_quote.connect(self.show_quote)
        self.action_bar.changed.connect(self.reload)
        self.action_bar.message.connect(self.message.setText)
        self.order_created = self.action_bar.order_created
        self.subtotal, self.tax, self.total = QLabel(), QLabel(), QLabel()
        self._subtotal_label, self._tax_amount_label, self._total_label = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        self.total.setObjectName("quoteTotal")
        self.total.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self._total_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        totals = QFormLayout()
        totals.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label, value in (
            (self._subtotal_label, self.subtotal),
            (self._tax_amount_label, self.tax),
            (self._total_label, self.total),
        ):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(150)
            totals.addRow(label, value)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addLayout(totals)

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewPdf")
        self.preview_button.clicked.connect(self.preview_pdf)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPdf")
        self.export_button.clicked.connect(self.export_pdf)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        self.pdf_status = QLabel()
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.export_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addWidget(self.pdf_status)
        buttons.addStretch()
        buttons.addWidget(self.close_button)

        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.client)
        heading.addWidget(self.status_label)
        heading.addStretch()
        header.addLayout(heading, 3)
        header.addLayout(self.form, 2)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(rule)
        layout.addWidget(self.banner)
        layout.addWidget(self.lines_view, 1)
        layout.addLayout(add_row)
        layout.addLayout(bottom)
        layout.addWidget(self.action_bar)
        layout.addLayout(buttons)
        self.setTabOrder(self.lines_view, self.product_search)

    def retranslate(self) -> None:
        """Every visible text, set again when the interface language changes."""
        self._valid_label.setText(self.tr("Valid until"))
        self._tax_label.setText(self.tr("VAT rate"))
        self._terms_label.setText(self.tr("Terms"))
        self.terms.setPlaceholderText(self.tr("Payment, delivery, warranty…"))
        self._add_label.setText(self.tr("&Add a product:"))
        self.product_search.setPlaceholderText(
            self.tr("Type a SKU or a product name and press Enter  (Ctrl+F)")
        )
        self.delete_button.setText(self.tr("Remove line (Del)"))
        self._subtotal_label.setText(self.tr("Subtotal"))
        self._total_label.setText(self.tr("Total"))
        self.preview_button.setText(self.tr("Preview PDF…"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.banner.retranslate()
        self.action_bar.retranslate()
        self.lines_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.lines_model.columnCount() - 1
        )
        self._fill_tax_rates()
        if self.snapshot is not None:
            self._show(self.snapshot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms a cell or a product, never a button: QDialog would otherwise press
        its default button (e.g. remove a line) with every Enter a line edit passes up."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- reading ------------------------------------------------------------------------

    def _load_catalogue(self) -> None:
        with self._store.reading() as conn:
            self.product_search.choices.set_choices(load_catalogue(conn))

    def reload(self) -> None:
        """Read the quote again and show its computed figures, status and refused lines.

        A refused line whose exception a manager approved (it came with the last sync) is
        queued again at once: the server now holds its price as the client's agreement."""
        with self._store.reading() as conn:
            self.snapshot = load_snapshot(
                conn, self.quote_id, role=self._author.role, on=self._today
            )
        if any(c.exception_status == "approved" for c in self.snapshot.conflicts):
            with self._store.transaction() as conn:
                settle_decided(conn)
                settle_status(
                    conn,
                    self.quote_id,
                    actor=self._author.actor,
                    role=self._author.role,
                    on=self._today,
                )
            self.message.setText(
                self.tr("Your manager approved the exception: the line goes up at the next sync.")
            )
            with self._store.reading() as conn:
                self.snapshot = load_snapshot(
                    conn, self.quote_id, role=self._author.role, on=self._today
                )
        self._show(self.snapshot)

    def show_quote(self, quote_id: str) -> None:
        """Move the editor to another revision of the quote (read-only if superseded)."""
        self._save_terms()
        self.quote_id = quote_id
        self.message.clear()
        self.reload()

    @property
    def editable(self) -> bool:
        return self.snapshot is not None and is_editable(self.snapshot.status)

    def _show(self, snap: QuoteSnapshot) -> None:
        editable = is_editable(snap.status)
        self.setWindowTitle(self.tr("Quote {number}").format(number=snap.number))
        self.title.setText(
            self.tr("Quote {number} · revision {revision}").format(
                number=snap.number, revision=snap.revision
            )
        )
        self.client.setText(snap.account_name)
        status = STATUS_TEXT.get(snap.status)
        self.status_label.setText(
            QCoreApplication.translate("QuoteEditor", status) if status else snap.status
        )
        self.status_label.setStyleSheet(
            "padding: 4px 8px; border-radius: 4px; " + STATUS_STYLE.get(snap.status, NEUTRAL_STYLE)
        )
        self.valid_until.blockSignals(True)
        day = snap.valid_until
        self.valid_until.setDate(QDate(day.year, day.month, day.day))
        self.valid_until.blockSignals(False)
        self._select_tax_rate(snap.tax_rate)
        if self.terms.toPlainText() != snap.terms and not self._terms_timer.isActive():
            self.terms.blockSignals(True)
            self.terms.setPlainText(snap.terms)
            self.terms.blockSignals(False)
        for widget in (
            self.valid_until,
            self.tax_rate,
            self.product_search,
            self.delete_button,
        ):
            widget.setEnabled(editable)
        self.terms.setReadOnly(not editable)
        self.lines_model.set_lines(snap.lines, snap.currency, editable=editable)
        self.banner.set_conflicts(snap.conflicts, snap.currency)
        self.action_bar.show_snapshot(snap)
        self.subtotal.setText(formatting.money(snap.subtotal, snap.currency))
        self._tax_amount_label.setText(
            self.tr("VAT {rate}").format(rate=formatting.tax_rate(snap.tax_rate, number_locale()))
        )
        self.tax.setText(formatting.money(snap.tax, snap.currency))
        self.total.setText(formatting.money(snap.total, snap.currency))

    def _fill_tax_rates(self) -> None:
        self.tax_rate.blockSignals(True)
        current = self.tax_rate.currentData()
        self.tax_rate.clear()
        for rate in VAT_RATES:
            self.tax_rate.addItem(formatting.tax_rate(Decimal(rate), number_locale()), rate)
        if current is not None:
            self.tax_rate.setCurrentIndex(max(self.tax_rate.findData(current), 0))
        self.tax_rate.blockSignals(False)

    def _select_tax_rate(self, rate: Decimal) -> None:
        self.tax_rate.blockSignals(True)
        index = next(
            (i for i in range(self.tax_rate.count()) if Decimal(self.tax_rate.itemData(i)) == rate),
            -1,
        )
        if index < 0:
            self.tax_rate.addItem(formatting.tax_rate(rate, number_locale()), str(rate))
            index = self.tax_rate.count() - 1
        self.tax_rate.setCurrentIndex(index)
        self.tax_rate.blockSignals(False)

    # ---- changing -----------------------------------------------------------------------

    def _change(self, work: Callable[[Connection], T]) -> T | None:
        """Run one edit and the status it calls for in one transaction, then show the result;
        a refused edit leaves nothing written and says why."""
        try:
            with self._store.transaction() as conn:
                result = work(conn)
                settle_status(
                    conn,
                    self.quote_id,
                    actor=self._author.actor,
                    role=self._author.role,
                    on=self._today,
                )
        except DomainError as exc:
            self.message.setText(exc.message)
            self.reload()
            return None
        self.message.clear()
        self.reload()
        return result

    def add_product(self, product_id: str) -> None:
        """A new line at the agreed price, quantity 1, with the quantity open for typing."""
        line_id = self._change(
            lambda conn: add_line(
                conn,
                self.quote_id,
                product_id,
                Decimal(1),
                actor=self._author.actor,
                on=self._today,
            )
        )
        row = self.lines_model.row_of(line_id) if line_id else None
        if row is not None:
            index = self.lines_model.index(row, QuoteLinesModel.QUANTITY)
            self.lines_view.setCurrentIndex(index)
            self.lines_view.setFocus()
            self.lines_view.edit(index)

    def _commit_cell(self, line_id: str, field: str, value: Decimal) -> bool:
        done = self._change(
            lambda conn: (
                writes.update(conn, "quote_line", line_id, {field: value}, actor=self._author.actor)
                or True
            )
        )
        return bool(done)

    def delete_selected_line(self) -> None:
        index = self.lines_view.currentIndex()
        line_id = self.lines_model.line_id(index.row()) if index.isValid() else None
        if line_id is None or not self.editable:
            return
        self._change(
            lambda conn: writes.delete(conn, "quote_line", line_id, actor=self._author.actor)
        )
        remaining = self.lines_model.rowCount()
        if remaining:
            self.lines_view.selectRow(min(index.row(), remaining - 1))

    def _save_valid_until(self, day: QDate) -> None:
        if self.editable:
            self._change(self._update_quote({"valid_until": day.toPython()}))

    def _save_tax_rate(self, index: int) -> None:
        if self.editable and index >= 0:
            rate = Decimal(self.tax_rate.itemData(index))
            self._change(self._update_quote({"tax_rate": rate}))

    def _save_terms(self) -> None:
        self._terms_timer.stop()
        if self.editable and self.snapshot and self.terms.toPlainText() != self.snapshot.terms:
            self._change(self._update_quote({"terms": self.terms.toPlainText() or None}))

    def _update_quote(self, changes: dict[str, Any]) -> Callable[[Connection], object]:
        return lambda conn: writes.update(
            conn, "quote", self.quote_id, changes, actor=self._author.actor
        )

    def _product_not_found(self, text: str) -> None:
        self.message.setText(
            self.tr("No product in the catalogue matches “{text}”.").format(text=text)
        )

    # ---- price conflicts ----------------------------------------------------------------

    def _reprice(self, seq: int) -> None:
        """A new revision at the standing prices; the editor moves on to it."""
        try:
            with self._store.transaction() as conn:
                revision = reprice_at_standing(conn, seq, actor=self._author.actor)
                settle_status(
                    conn, revision, actor=self._author.actor, role=self._author.role, on=self._today
                )
        except DomainError as exc:
            self.message.setText(exc.message)
            self.reload()
            return
        self.quote_id = revision
        self.message.setText(self.tr("Revision created at the standing price."))
        self.reload()

    def _ask_exception(self, seq: int) -> None:
        """One step from the refused line: the reason, then the request goes up by sync."""
        self.reason_dialog = ReasonDialog(
            self.tr("Ask for a price exception"),
            self.tr(
                "Your manager decides whether your price becomes this client's agreed price"
                " (the rep holding the other price is then told). Why should the client get it?"
            ),
            parent=self,
        )
        self.reason_dialog.submitted.connect(lambda reason: self._request_exception(seq, reason))
        self.reason_dialog.open()

    def _request_exception(self, seq: int, reason: str) -> None:
        done = self._change(
            lambda conn: request_exception(conn, seq, reason, actor=self._author.actor)
        )
        if done:
            self.message.setText(
                self.tr("Exception requested: your manager sees it after your next sync.")
            )

    def _drop_refused(self, seq: int) -> None:
        self._change(lambda conn: drop_refused_line(conn, seq, actor=self._author.actor))

    # ---- PDF ----------------------------------------------------------------------------

    def _document(self) -> QuoteDocument | None:
        self._save_terms()
        try:
            with self._store.reading() as conn:
                return quote_document(
                    conn,
                    self.quote_id,
                    seller=quote_context.seller(),
                    role=self._author.role,
                    on=self._today,
                )
        except DomainError as exc:
            self.message.setText(exc.message)
            return None

    def export_pdf(self) -> None:
        if self._rendering:  # the buttons are off meanwhile; a shortcut must not start another
            return
        document = self._document()
        if document is None:
            return
        chinese, english = self.tr("PDF in Chinese (*.pdf)"), self.tr("PDF in English (*.pdf)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the quote as PDF"),
            f"{document.number}-r{document.revision}.pdf",
            f"{chinese};;{english}",
            chinese if pdf_language() == "zh_CN" else english,
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        language = "en" if chosen == english else "zh_CN"
        self._render(
            document,
            language,
            path,
            lambda: self.pdf_status.setText(self.tr("Saved {file}").format(file=path.name)),
        )

    def preview_pdf(self) -> None:
        if self._rendering:  # the buttons are off meanwhile; a shortcut must not start another
            return
        document = self._document()
        if document is None:
            return
        folder = Path(tempfile.gettempdir()) / "sfa-desk-quotes"
        path = folder / f"{document.number}-r{document.revision}.pdf"

        def opened() -> None:
            self.pdf_status.clear()
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.message.setText(self.tr("No PDF viewer opened {file}.").format(file=str(path)))

        self._render(document, pdf_language(), path, opened)

    def _render(
        self, document: QuoteDocument, language: str, path: Path, done: Callable[[], None]
    ) -> None:
        """Render and write on a worker (about a second); the buttons wait meanwhile."""
        self._rendering = True
        self.preview_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.pdf_status.setText(self.tr("Preparing the PDF…"))

        def work() -> Path:
            from sfa.io.quote_pdf import render_quote_pdf  # fpdf: ~0.3 s to import, on first use

            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(render_quote_pdf(document, language))
            return path

        def finish() -> None:
            self._rendering = False
            self.preview_button.setEnabled(True)
            self.export_button.setEnabled(True)

        def succeeded(_path: Path) -> None:
            finish()
            done()

        def failed(exc: Exception) -> None:
            finish()
            self.pdf_status.clear()
            self.message.setText(self.tr("The PDF could not be made: {error}").format(error=exc))

        self._tasks.run(work, succeeded, failed)

    def done(self, result: int) -> None:
        self._save_terms()
        super().done(result)
