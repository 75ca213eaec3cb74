"""The manager's approvals: discounts beyond a rep's limit and price exceptions, decided with
the quote and the client's price history in view.

Lists what the local store holds (requests arrive by sync) and decides through
``sfa.app.approvals.decide``, which writes through ``sfa.store.writes`` — so a decision goes
up with the next sync, where the server checks the manager's right and carries it out.
Store work runs on the task runner; the dialog only shows what comes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sfa.app.approvals import (
    PendingApproval,
    PricePoint,
    decide,
    pending_approvals,
    price_history,
    quote_products,
)
from sfa.domain.errors import DomainError
from sfa.io import formatting
from sfa.store.store import LocalStore
from ui.approvals_model import PendingApprovalsModel, PriceHistoryModel, status_words
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QDialog,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.quote_lines_model import QuoteLinesModel
from ui.quote_snapshot import QuoteSnapshot, load_snapshot
from ui.tasks import TaskRunner


@dataclass(frozen=True)
class Detail:
    request_id: str
    quote: QuoteSnapshot | None
    history: list[PricePoint]


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ApprovalsDialog(QDialog):
    """Open from the main window with the signed-in manager's id and role."""

    def __init__(
        self,
        store: LocalStore,
        *,
        user_id: str | None,
        role: str,
        tasks: TaskRunner,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsDialog")
        self._store, self._user_id, self._role, self._tasks = store, user_id, role, tasks
        self._today = today or date.today()
        self.requests_model = PendingApprovalsModel()
        self.requests_view = _table(self.requests_model)
        self.requests_view.setObjectName("pendingApprovals")
        self.lines_model = QuoteLinesModel()
        self.lines_view = _table(self.lines_model)
        self.history_model = PriceHistoryModel()
        self.history_view = _table(self.history_model)
        self.history_view.setObjectName("priceHistory")
        self.quote_label = QLabel()
        self.quote_label.setObjectName("approvalQuote")
        self.quote_label.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self._history_title = QLabel()
        self._comment_title = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("decisionComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(60)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveButton")
        self.refuse_button = QPushButton()
        self.refuse_button.setObjectName("refuseButton")
        self.close_button = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("approvalsMessage")
        self.message.setWordWrap(True)
        for button in (self.approve_button, self.refuse_button, self.close_button):
            button.setAutoDefault(False)
        self.approve_button.clicked.connect(lambda: self._decide(approve=True))
        self.refuse_button.clicked.connect(lambda: self._decide(approve=False))
        self.close_button.clicked.connect(self.accept)
        self.requests_view.selectionModel().currentRowChanged.connect(self._selected)
        self._build()
        self.retranslate()
        self.refresh()
        self.resize(1180, 720)

    def _build(self) -> None:
        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.quote_label)
        side.addWidget(self.reason_label)
        side.addWidget(self.lines_view, 1)
        side.addWidget(self._history_title)
        side.addWidget(self.history_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.requests_view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._comment_title)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Approvals"))
        self._history_title.setText(self.tr("What this client was given for these products:"))
        self._comment_title.setText(self.tr("Your comment (the rep reads it; required to refuse):"))
        self.approve_button.setText(self.tr("Approve"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.close_button.setText(self.tr("Close"))
        for model in (self.requests_model, self.history_model, self.lines_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the waiting requests again (after a decision, or a sync)."""

        def work() -> list[PendingApproval]:
            with self._store.reading() as conn:
                return pending_approvals(conn, self._user_id, self._role)

        self._tasks.run(work, self._show_requests, self._failed)

    def _show_requests(self, rows: list[PendingApproval]) -> None:
        self.requests_model.set_rows(rows)
        has_rows = bool(rows)
        self.approve_button.setEnabled(has_rows)
        self.refuse_button.setEnabled(has_rows)
        if has_rows:
            self.requests_view.selectRow(0)
        else:
            self._show_detail(Detail("", None, []))
            if not self.message.text():
                self.message.setText(self.tr("Nothing waits for your decision."))

    def current(self) -> PendingApproval | None:
        index = self.requests_view.currentIndex()
        row = self.requests_model.row(index.row() if index.isValid() else -1)
        return row if isinstance(row, PendingApproval) else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        request = self.requests_model.row(current.row()) if current.isValid() else None
        if not isinstance(request, PendingApproval):
            return

        def work() -> Detail:
            with self._store.reading() as conn:
                quote = (
                    load_snapshot(conn, request.quote_id, role="rep", on=self._today)
                    if request.quote_id
                    else None
                )
                products = (
                    [request.product_id]
                    if request.product_id
                    else quote_products(conn, request.quote_id)
                    if request.quote_id
                    else []
                )
                history = (
                    price_history(conn, request.account_id, products) if request.account_id else []
                )
            return Detail(request.request_id, quote, history)

        self._tasks.run(work, self._show_detail, self._failed)

    def _show_detail(self, detail: Detail) -> None:
        request = self.current()
        quote = detail.quote
        if quote is None:
            self.quote_label.clear()
            self.lines_model.set_lines([], "CNY", editable=False)
        else:
            self.quote_label.setText(
                self.tr(
                    "Quote {number} · revision {revision} · {client} · {status} · total {total}"
                ).format(
                    number=quote.number,
                    revision=quote.revision,
                    client=quote.account_name,
                    status=status_words(quote.status),
                    total=formatting.money(quote.total, quote.currency),
                )
            )
            self.lines_model.set_lines(quote.lines, quote.currency, editable=False)
        self.reason_label.setText(
            self.tr("{rep} asks: “{reason}”").format(rep=request.requester, reason=request.reason)
            if request is not None and request.request_id == detail.request_id
            else ""
        )
        self.history_model.set_rows(detail.history)

    # ---- deciding -------------------------------------------------------------------------

    def _decide(self, *, approve: bool) -> None:
        request = self.current()
        if request is None:
            return
        comment = self.comment.toPlainText()

        def work() -> None:
            with self._store.transaction() as conn:
                decide(
                    conn,
                    request.request_id,
                    approve=approve,
                    comment=comment,
                    actor=self._user_id,
                )

        def done(_result: object) -> None:
            self.comment.clear()
            self.message.setText(
                self.tr("Approved; the rep is told after your next sync.")
                if approve
                else self.tr("Refused; the rep reads your comment after your next sync.")
            )
            self.refresh()

        self._tasks.run(work, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, DomainError):
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Something went wrong: {error}").format(error=exc))
