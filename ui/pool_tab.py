"""The Pool tab (公海): accounts nobody owns, claimed with one click, and the accounts the user
holds from the pool with the date each goes back if left untouched.

Claims are made on the server (two reps must never both get one account); the claimed
account is stored at once and its contacts and history arrive with the next sync.
"""

from __future__ import annotations

from collections.abc import Callable

from sfa.store.store import LocalStore
from sfa.sync import manager_api
from sfa.sync.manager_api import PoolListing
from sfa.sync.transport import Transport
from sfa.wire.schemas import Change
from ui.manager_online import explain
from ui.page_table import IdRole
from ui.pool_model import HoldingsModel, PoolModel
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PoolTab(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poolTab")
        self._store, self._tasks = store, tasks
        self.transport: Transport | None = None
        self.listing: PoolListing | None = None
        self.pool_model = PoolModel()
        self.pool_view = _table(self.pool_model, "poolAccounts")
        self.held_model = HoldingsModel()
        self.held_view = _table(self.held_model, "poolHoldings")
        self.reload_button, self.claim_button, self.release_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.claim_button.setObjectName("claimAccount")
        self.release_button.setObjectName("releaseAccount")
        self.summary = QLabel()
        self.summary.setObjectName("poolSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("poolMessage")
        self.message.setWordWrap(True)
        self._held_title = QLabel()
        buttons = QHBoxLayout()
        for button in (self.reload_button, self.claim_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        held = QWidget()
        column = QVBoxLayout(held)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._held_title)
        column.addWidget(self.held_view, 1)
        column.addWidget(self.release_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pool_view)
        splitter.addWidget(held)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.reload_button.clicked.connect(self.refresh)
        self.claim_button.clicked.connect(self.claim)
        self.release_button.clicked.connect(self.release)
        self.retranslate()

    def retranslate(self) -> None:
        self.reload_button.setText(self.tr("Reload"))
        self.claim_button.setText(self.tr("Claim"))
        self.release_button.setText(self.tr("Release to the pool"))
        self._held_title.setText(self.tr("Accounts you hold from the pool:"))
        self.pool_model.retranslate()
        self.held_model.retranslate()
        self._summarise()

    def _summarise(self) -> None:
        listing = self.listing
        if listing is None:
            self.summary.clear()
            return
        self.summary.setText(
            self.tr(
                "{n} accounts in the pool. You hold {held} of at most {limit}; an account you "
                "leave untouched for {days} days goes back to the pool."
            ).format(
                n=len(listing.accounts),
                held=len(listing.held),
                limit=listing.limit,
                days=listing.return_days,
            )
        )

    def refresh(self) -> None:
        transport = self.transport
        if transport is None:
            self.message.setText(self.tr("Not connected to a server: the pool is on the server."))
            return
        self._tasks.run(lambda: manager_api.pool(transport), self._show, self._failed)

    def _show(self, listing: PoolListing) -> None:
        self.listing = listing
        self.pool_model.set_accounts(listing.accounts)
        self.held_model.set_holdings(listing.held)
        self._summarise()

    def claim(self) -> None:
        account_id = self.pool_view.currentIndex().data(IdRole)
        if not account_id:
            self.message.setText(self.tr("Select an account in the pool first."))
            return
        self._act(manager_api.claim, account_id, self.tr("Claimed: the account is yours."))

    def release(self) -> None:
        account_id = self.held_view.currentIndex().data(IdRole)
        if not account_id:
            self.message.setText(self.tr("Select one of your accounts first."))
            return
        self._act(manager_api.release, account_id, self.tr("Released to the pool."))

    def _act(
        self, call: Callable[[Transport, str], Change], account_id: str, done_text: str
    ) -> None:
        transport = self.transport
        if transport is None:
            self.message.setText(self.tr("Not connected to a server: the pool is on the server."))
            return

        def work() -> PoolListing:
            changed = call(transport, account_id)
            manager_api.keep(self._store, [changed])
            return manager_api.pool(transport)

        def done(listing: PoolListing) -> None:
            self.message.setText(done_text)
            self._show(listing)

        self._tasks.run(work, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(explain(exc))
