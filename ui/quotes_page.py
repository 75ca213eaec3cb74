"""The Quotes page: every quote on the laptop, newest number first, filtered by status or by
text (number or client); Enter or a double-click opens it in the quote editor."""

from __future__ import annotations

from sfa.store.lists import ListFilter
from sfa.store.store import LocalStore
from ui.activity_dialog import RecordContext
from ui.page_labels import codes, label
from ui.page_table import IdRole, RowRole, make_table
from ui.qt import (
    QAction,
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.quote_launcher import QuoteLauncher
from ui.quotes_page_model import QuotesModel
from ui.tasks import TaskRunner


class QuotesPage(QWidget):
    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        quotes: QuoteLauncher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quotesPage")
        self._quotes = quotes
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.hint = QLabel()
        self.hint.setObjectName("countLabel")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.hide()
        self.model = QuotesModel(store, tasks)
        self.table = make_table(self.model)
        self.table.setObjectName("quotesTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QuotesModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setColumnWidth(QuotesModel.NUMBER, 200)
        self.table.setColumnWidth(QuotesModel.ACCOUNT, 320)
        self.table.setColumnWidth(QuotesModel.STATUS, 140)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.hint)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(200)
        self._pause.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._pause.start())
        self.status.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.model.counted.connect(
            lambda n: self.count.setText(self.tr("Quotes: {n}").format(n=f"{n:,}"))
        )
        self.model.failed.connect(self._say)
        self.table.doubleClicked.connect(lambda index: self._open(index.data(IdRole)))
        enter = QAction(self.table)
        enter.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(lambda _c=False: self._open(self.table.currentIndex().data(IdRole)))
        self.table.addAction(enter)
        self.retranslate()
        self.model.reload()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Quotes"))
        self.hint.setText(
            self.tr("New quotes start from an account: select it and press Ctrl+Shift+Q.")
        )
        self.filter.setPlaceholderText(self.tr("Filter by quote number or client"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Any status"), "")
        for code in codes("quote"):
            self.status.addItem(label("quote", code), code)
        self.status.setCurrentIndex(max(self.status.findData(chosen or ""), 0))
        self.status.blockSignals(False)
        self.model.retranslate()

    def refresh(self) -> None:
        self.model.reload()

    def record_context(self) -> RecordContext | None:
        index = self.table.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if not row or not row.get("account_id"):
            return None
        return RecordContext(row["account_id"], row.get("account_name") or "")

    def _apply_filter(self) -> None:
        self.model.set_filter(
            ListFilter(text=self.filter.text().strip(), status=self.status.currentData() or "")
        )

    def _open(self, quote_id: str | None) -> None:
        if quote_id:
            self._quotes.open_quote(quote_id)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
