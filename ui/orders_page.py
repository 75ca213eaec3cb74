"""The Orders page: every order on the laptop, newest number first, filtered by status or by
text (number or client), and the selected order in full beside the list.

Orders are made from accepted quotes (the quote editor's Create order); here a rep invoices
them, records what the client paid, marks them delivered, closes or cancels them, and prints
the order confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sfa.domain.enums import OrderStatus
from sfa.store.lists import ListFilter
from sfa.store.store import LocalStore
from ui.activity_dialog import RecordContext
from ui.order_detail import OrderDetail
from ui.order_labels import status_label
from ui.order_new_dialog import NewOrderDialog
from ui.orders_page_model import OrdersModel
from ui.page_table import IdRole, RowRole, make_table
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QItemSelectionModel,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner


class OrdersPage(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPage")
        self._store, self._tasks = store, tasks
        self._actor: str | None = None
        self._wanted: str | None = None
        self.dialog: NewOrderDialog | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newOrder")
        self.new_button.clicked.connect(self.new_order)
        self.filter = QLineEdit()
        self.filter.setObjectName("ordersFilter")
        self.filter.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = OrdersModel(store, tasks)
        self.table = make_table(self.model)
        self.table.setObjectName("ordersTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OrdersModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setColumnWidth(OrdersModel.NUMBER, 210)
        self.table.setColumnWidth(OrdersModel.ACCOUNT, 260)
        self.detail = OrderDetail(store, tasks)
        self.detail.message.connect(self._say)
        self.detail.changed.connect(self.model.reload)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(200)
        self._pause.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._pause.start())
        self.status.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.model.counted.connect(
            lambda n: self.count.setText(self.tr("Orders: {n}").format(n=f"{n:,}"))
        )
        self.model.failed.connect(self._say)
        self.model.rowsInserted.connect(lambda *_args: self._select_wanted())
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda current, _previous: self._selected(current))
        self.retranslate()
        self.model.reload()

    @property
    def actor(self) -> str | None:
        """The signed-in rep: invoices and payments they record are theirs."""
        return self._actor

    @actor.setter
    def actor(self, user_id: str | None) -> None:
        self._actor = user_id
        self.detail.actor = user_id

    def set_clock(self, today: Callable[[], date]) -> None:
        """The day actions are dated (tests pin it)."""
        self.detail.today = today

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Orders"))
        self.new_button.setText(self.tr("New order…"))
        self.new_button.setToolTip(
            self.tr("Enter an order at the client's agreed prices (from a quote: Create order).")
        )
        self.filter.setPlaceholderText(self.tr("Filter by order number or client"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Any status"), "")
        for status in OrderStatus:
            self.status.addItem(status_label(status.value), status.value)
        self.status.setCurrentIndex(max(self.status.findData(chosen or ""), 0))
        self.status.blockSignals(False)
        self.model.retranslate()
        self.detail.retranslate()

    def refresh(self) -> None:
        current = self.table.currentIndex()
        self._wanted = current.data(IdRole) if current.isValid() else self._wanted
        self.model.reload()

    def show_record(self, entity: str, record_id: str) -> None:
        """Select an order (a search hit, a quote just turned into an order)."""
        if entity == "order":
            self._wanted = record_id
            self.filter.clear()
            self.status.setCurrentIndex(0)
            self._apply_filter()
            self.model.reload()
            self.detail.show_order(record_id)

    def new_order(self) -> None:
        self.dialog = NewOrderDialog(
            self._store, self._tasks, actor=self._actor, today=self.detail.today(), parent=self
        )
        self.dialog.created.connect(lambda order_id: self.show_record("order", order_id))
        self.dialog.open()

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

    def _selected(self, index: QModelIndex) -> None:
        order_id = index.data(IdRole) if index.isValid() else None
        if order_id is not None:
            self._wanted = order_id
        self.detail.show_order(order_id)

    def _select_wanted(self) -> None:
        if self._wanted is None:
            return
        row = self.model.row_of(self._wanted)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
