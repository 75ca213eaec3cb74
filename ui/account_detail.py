"""The selected account in full: its fields, its value and relationship health, then tabs for
the shared activity timeline, contacts, deals, quotes, visits and agreed prices.

Everything is read in one task off the GUI thread; a newer selection wins over a slower
older one. The client's own figures are read fresh with the account; where it stands among
the others (segment, value tier) uses the portfolio's last scales, shared with the list
(:class:`ui.value_cache.PortfolioCache`), or scales made from the sales alone while the
portfolio is not valued. A double-clicked quote opens in the quote editor,
a contact on the Contacts page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import Connection

from sfa.app.accounts import AccountOverview, account_overview
from sfa.app.activities import TimelineEntry, timeline
from sfa.app.client_value import ClientValue, Scales, account_value, portfolio_scales
from sfa.app.payments import account_orders
from sfa.store.store import LocalStore
from ui.account_tabs import FIELDS, ORDERS_TAB
from ui.account_tabs import TABS as _TABS
from ui.page_labels import label
from ui.page_table import IdRole, RowsModel, make_table
from ui.qt import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QModelIndex,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner
from ui.value_cache import PortfolioCache
from ui.value_section import ValueSection

_C = "AccountDetail"
TABS = (*_TABS, ORDERS_TAB)

Valued = tuple[ClientValue | None, Scales]
"""The client's figures and the scales they were placed on."""
Loaded = tuple[AccountOverview, list[TimelineEntry], Valued | None, list[dict[str, Any]]]


class AccountDetail(QWidget):
    edit_requested = Signal(object)
    """The account's row (a dict), to edit in the form."""
    new_contact_requested = Signal(str)
    log_requested = Signal()
    new_quote_requested = Signal(str)
    quote_opened = Signal(str)
    contact_opened = Signal(str)
    order_opened = Signal(str)
    failed = Signal(str)

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._generation = 0
        self.account: dict[str, Any] | None = None
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.edit_button = QPushButton()
        self.log_button = QPushButton()
        self.contact_button = QPushButton()
        self.quote_button = QPushButton()
        self.edit_button.clicked.connect(
            lambda: self.account and self.edit_requested.emit(self.account)
        )
        self.log_button.clicked.connect(self.log_requested.emit)
        self.contact_button.clicked.connect(
            lambda: self.account and self.new_contact_requested.emit(self.account["id"])
        )
        self.quote_button.clicked.connect(
            lambda: self.account and self.new_quote_requested.emit(self.account["id"])
        )
        # Two rows of two: the pane is often narrow beside the list, and a clipped button
        # cannot be pressed.
        buttons = QGridLayout()
        for number, button in enumerate(
            (self.edit_button, self.log_button, self.contact_button, self.quote_button)
        ):
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._field_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key, _title in FIELDS:
            name, value = QLabel(), QLabel()
            value.setWordWrap(key in ("notes", "address"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(name, value)
            self._field_labels[key] = (name, value)
        self.value = ValueSection()
        self.values = PortfolioCache.of(store, tasks)
        self.values.updated.connect(self._revalue)
        self._scales: Scales | None = None
        self.tabs = QTabWidget()
        self.models: dict[str, RowsModel] = {}
        for key, _title, columns in TABS:
            model = RowsModel(_C, columns)
            view = make_table(model)
            view.setObjectName(f"detail_{key}")
            view.doubleClicked.connect(lambda index, k=key: self._opened(k, index))
            self.models[key] = model
            self.tabs.addTab(view, "")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addLayout(self.fields)
        layout.addWidget(self.value)
        layout.addWidget(self.tabs, 1)
        scroll = QScrollArea()  # a short window scrolls the pane rather than growing itself
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr(
                "Select an account in the list to see its contacts, activities, deals, quotes, "
                "visits and agreed prices. Ctrl+N creates a new account."
            )
        )
        self.edit_button.setText(self.tr("Edit…"))
        self.log_button.setText(self.tr("Log activity (Ctrl+L)"))
        self.contact_button.setText(self.tr("New contact…"))
        self.quote_button.setText(self.tr("New quote"))
        self.value.retranslate()
        for key, title in FIELDS:
            self._field_labels[key][0].setText(self.tr(title))
        for number, (key, title, _columns) in enumerate(TABS):
            count = self.models[key].rowCount()
            self.tabs.setTabText(number, f"{self.tr(title)} ({count})")
            self.models[key].retranslate()
        if self.account is not None:
            self._show_header(self.account)

    def clear(self) -> None:
        self._generation += 1
        self.account = None
        self.pages.setCurrentIndex(0)

    def show_account(self, account_id: str) -> None:
        self._generation += 1
        generation = self._generation
        value = self._valuer(account_id)

        def work() -> Loaded:
            with self._store.reading() as conn:
                overview = account_overview(conn, account_id)
                valued = value(conn) if value is not None else None
                orders = account_orders(conn, account_id, date.today())
                return overview, timeline(conn, account_id=account_id), valued, orders

        def done(loaded: Loaded) -> None:
            if generation == self._generation:
                self._fill(*loaded)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self.clear()
                self.failed.emit(getattr(error, "message", str(error)))

        self._tasks.run(work, done, failed)

    def reload(self) -> None:
        """The data changed: the account and its figures are read again (and the scales too,
        unless the portfolio's are there)."""
        self._scales = None
        if self.account is not None:
            self.show_account(self.account["id"])

    def _valuer(
        self, account_id: str, *, make_scales: bool = False
    ) -> Callable[[Connection], Valued] | None:
        """How a task reads the client's figures: on the portfolio's scales once it is
        valued, else on scales made from the sales alone and kept until the data changes —
        never by valuing the whole portfolio for one account. Making the scales takes most
        of a second on 100,000 accounts, so it is its own task (``make_scales``): the
        account shows at once, its figures a moment later. None: no scales yet."""
        today = self.values.day()
        portfolio = self.values.portfolio
        scales = portfolio.scales if portfolio is not None else self._scales
        if scales is None and not make_scales:
            return None

        def value(conn: Connection) -> Valued:
            placed = scales or portfolio_scales(conn, today=today)
            return account_value(conn, account_id, today=today, scales=placed), placed

        return value

    def _revalue(self) -> None:
        """Read the shown client's figures again: the portfolio's scales changed, or there
        were none when the account was read."""
        if self.account is None:
            return
        generation = self._generation
        value = self._valuer(self.account["id"], make_scales=True)
        assert value is not None

        def work() -> Valued:
            with self._store.reading() as conn:
                return value(conn)

        def done(valued: Valued) -> None:
            if generation == self._generation:
                client, self._scales = valued
                self.value.show_value(client)

        self._tasks.run(work, done, lambda error: self.failed.emit(str(error)))

    def _fill(
        self,
        overview: AccountOverview,
        entries: list[TimelineEntry],
        valued: Valued | None,
        orders: list[dict[str, Any]],
    ) -> None:
        self.account = overview.account
        if valued is None:
            self.value.show_computing()
        else:
            client, self._scales = valued
            self.value.show_value(client)
        self._show_header(overview.account)
        for key, (_name, value) in self._field_labels.items():
            value.setText(str(overview.account.get(key) or "—"))
        rows = {
            "timeline": [asdict(entry) for entry in entries],
            "contacts": overview.contacts,
            "opportunities": overview.opportunities,
            "quotes": overview.quotes,
            "visits": overview.visits,
            "prices": overview.agreed_prices,
            "orders": orders,
        }
        for number, (key, model) in enumerate(self.models.items()):
            model.set_rows(rows[key])
            view = self.tabs.widget(number)
            view.resizeColumnsToContents()  # type: ignore[attr-defined]
        self.retranslate()
        self.pages.setCurrentIndex(1)
        if valued is None:
            self._revalue()

    def _show_header(self, account: dict[str, Any]) -> None:
        self.title.setText(account["name"])
        parts = [
            label("status", account.get("status")),
            label("tier", account.get("tier")),
            label("industry", account.get("industry")),
            _place(account),
        ]
        if account.get("owner_name"):
            parts.append(self.tr("Owner: {name}").format(name=account["owner_name"]))
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _opened(self, tab: str, index: QModelIndex) -> None:
        record_id = index.data(IdRole)
        if record_id and tab == "quotes":
            self.quote_opened.emit(record_id)
        elif record_id and tab == "contacts":
            self.contact_opened.emit(record_id)
        elif record_id and tab == "orders":
            self.order_opened.emit(record_id)


def _place(account: dict[str, Any]) -> str:
    """省 市 区, with a municipality (上海市 上海市) named once."""
    parts: list[str] = []
    for key in ("province", "city", "district"):
        value = account.get(key)
        if value and value not in parts:
            parts.append(value)
    return " ".join(parts)
