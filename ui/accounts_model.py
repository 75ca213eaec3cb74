"""All accounts on the laptop as a lazily fetched table, sorted and filtered in SQL — plus
each client's value and health, sortable too.

Rows arrive a page at a time as the view scrolls, read by row number from a snapshot of the
list's order taken once per sort, filter or change of the data
(:func:`sfa.store.lists.account_order`, which also gives the count): the last page of
100,000 accounts comes as fast as the first, and the table is scanned once, not per page. The value columns come from the shared
:class:`ui.value_cache.PortfolioCache`, computed off the GUI thread — and only once they are
wanted (:meth:`AccountsModel.want_values`: the columns scrolled into view, or a sort by one of
them); until then they show “…”. Sorting by a figure orders the snapshot by it.
"""

from __future__ import annotations

import threading
from array import array
from typing import Any

from sqlalchemy import Connection

from sfa.app.client_value import ClientFigures, Portfolio, without_full_collections
from sfa.app.client_value_figures import SORT_FIGURES
from sfa.io import formatting
from sfa.store import lists
from sfa.store.lists import ListFilter, ListOrder
from sfa.store.store import LocalStore
from ui.page_labels import label
from ui.page_lazy_model import LazyTableModel, Shown
from ui.page_table import IdRole, RowRole
from ui.qt import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from ui.tasks import TaskRunner
from ui.value_cache import PortfolioCache
from ui.value_labels import churn_reasons, value_label

RecordIdRole = IdRole

_PENDING = "…"
# looked up once: data() runs thousands of times a second while the list scrolls
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_SHOWN_KEPT = 2_000
"""Rows whose figures are kept unpacked, for repaints (a few screens' worth)."""


def _text(key: str) -> Shown:
    return lambda row: row.get(key) or ""


def _figure(show: Any) -> Shown:
    """A value column: “…” while the figures are being computed, “—” for an account that is
    newer than them."""

    def shown(row: dict[str, Any]) -> str:
        if "value" not in row:
            return _PENDING
        client: ClientFigures | None = row["value"]
        return "—" if client is None else str(show(client))

    return shown


class AccountsModel(LazyTableModel):
    NAME, PROVINCE, CITY, TIER, STATUS, PHONE, CREDIT_CODE = range(7)
    HEALTH, LIFECYCLE, SEGMENT, VALUE_TIER, LIFETIME_VALUE, CHURN = range(7, 13)
    CONTEXT = "AccountsModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("AccountsModel", "Name"), "name", _text("name")),
        (QT_TRANSLATE_NOOP("AccountsModel", "Province"), "province", _text("province")),
        (QT_TRANSLATE_NOOP("AccountsModel", "City"), "city", _text("city")),
        (QT_TRANSLATE_NOOP("AccountsModel", "Tier"), "tier", lambda r: label("tier", r["tier"])),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Status"),
            "status",
            lambda r: label("status", r["status"]),
        ),
        (QT_TRANSLATE_NOOP("AccountsModel", "Phone"), "phone", _text("phone")),
        (QT_TRANSLATE_NOOP("AccountsModel", "Credit code"), "credit_code", _text("credit_code")),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Health"),
            "health",
            _figure(lambda c: c.health),
        ),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Lifecycle"),
            "lifecycle",
            _figure(lambda c: value_label("lifecycle", c.lifecycle.value)),
        ),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Segment"),
            "segment",
            _figure(lambda c: value_label("segment", c.segment.value)),
        ),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Value tier"),
            "value_tier",
            _figure(lambda c: value_label("tier", c.tier.value if c.tier else None)),
        ),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Lifetime value"),
            "lifetime_value",
            _figure(lambda c: formatting.money(c.lifetime, "CNY")),
        ),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Churn risk"),
            "churn",
            _figure(lambda c: value_label("risk", c.churn.level.value)),
        ),
    )
    _NUMBERS = (HEALTH, LIFETIME_VALUE)
    VALUE_COLUMNS = range(HEALTH, CHURN + 1)
    _ROLES = frozenset(
        int(role)
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ToolTipRole,
            IdRole,
            RowRole,
        )
    )
    """The roles :meth:`data` answers. A paint asks every cell for seven (font, colours,
    check state…); turning the others away first takes a quarter off each scrolled frame."""

    def __init__(self, store: LocalStore, tasks: TaskRunner | None = None) -> None:
        runner = tasks or TaskRunner(synchronous=True)
        super().__init__(
            store,
            runner,
            self._page,
            self._count,
            default_order=ListOrder("name"),
        )
        self.values = PortfolioCache.of(store, runner)
        self.values_wanted = False
        self.hold = False
        """True: read nothing yet (the page is built at start-up but not shown); the sort
        and the filter are remembered, and ``release()`` reads the first page."""
        self._epoch = 0
        self._lock = threading.Lock()
        self._snapshot: tuple[Any, array[int]] | None = None
        self._shown: tuple[Portfolio | None, dict[str, dict[str, Any]]] = (None, {})
        self.values.updated.connect(self._values_updated)
        self.values.failed.connect(self.failed.emit)

    # -- what changes the figures, and what does not ---------------------------------------
    def want_values(self) -> None:
        """The value columns are on screen (or sorted by): compute the figures, once."""
        if not self.values_wanted:
            self.values_wanted = True
            self.values.ensure()

    def release(self) -> None:
        """Start reading (the page is shown for the first time)."""
        if self.hold:
            self.hold = False
            if self.order.column in SORT_FIGURES:  # a sort by a figure, restored
                self.want_values()
            self._rows_again()

    def reload(self) -> None:
        """The data changed (a sync, an edit, a merge): rows are read again, and the figures
        computed again if they are in use."""
        if self.values_wanted or self.values.portfolio is not None:
            self.values.refresh()
        self._rows_again()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        wanted = ListOrder(self.COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
        if wanted.column in SORT_FIGURES and not self.hold:
            self.want_values()
        if wanted != self.order or not self.started:  # (held: remembered only)
            self.order = wanted
            self._rows_again()

    def set_filter(self, where: ListFilter) -> None:
        if where != self.filter:
            self.filter = where
            self._rows_again()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not self.hold and super().canFetchMore(parent)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.hold:  # a hidden view asks too
            super().fetchMore(parent)

    def _rows_again(self) -> None:
        if self.hold:
            return
        self._epoch += 1
        LazyTableModel.reload(self)

    def _values_updated(self) -> None:
        if self.order.column in SORT_FIGURES:
            self._rows_again()  # the order itself came from the figures
        elif self.rowCount():
            first, last = self.index(0, self.HEALTH), self.index(self.rowCount() - 1, self.CHURN)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    # -- the snapshot and the pages (on the task runner) ------------------------------------
    def _order(self, conn: Connection, where: ListFilter, order: ListOrder) -> array[int]:
        """The list's order as row numbers, taken once per sort, filter and change of data
        (whichever task needs it first takes it; the others wait and share it)."""
        portfolio = self.values.portfolio
        with self._lock, without_full_collections():
            ranks = portfolio.ranks(order.column) if portfolio is not None else None
            key = (self._epoch, where, order, id(ranks))
            known = self._snapshot
            if known is not None and known[0] == key:
                return known[1]
            if ranks is None:
                found = lists.account_order(conn, where, order)
            else:
                found = lists.ranked_account_order(conn, where, ranks, order.descending)
            self._snapshot = (key, found)
            return found

    def _count(self, conn: Connection, where: ListFilter) -> int:
        return len(self._order(conn, where, self.order))

    def _page(
        self, conn: Connection, where: ListFilter, order: ListOrder, offset: int, limit: int
    ) -> list[dict[str, Any]]:
        return lists.accounts_at(conn, self._order(conn, where, order)[offset : offset + limit])

    def _figures_of(self, account_id: str) -> dict[str, Any]:
        """What a value column shows a row from: ``{}`` while the figures are computed (“…”),
        else ``{"value": figures}`` (None for an account newer than them). Read when shown,
        never stored in the rows: a list scrolled to its end holds 100,000 of them."""
        portfolio = self.values.portfolio
        if portfolio is None:
            return {}
        if self._shown[0] is not portfolio or len(self._shown[1]) > _SHOWN_KEPT:
            self._shown = (portfolio, {})
        known = self._shown[1]
        if account_id not in known:
            known[account_id] = {"value": portfolio.clients.get(account_id)}
        return known[account_id]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in self._ROLES or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column in self._NUMBERS else None
        if column in self.VALUE_COLUMNS and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[column][2](self._figures_of(self.row(index.row())["id"]))
        if column == self.CHURN and role == Qt.ItemDataRole.ToolTipRole:
            client = self._figures_of(self.row(index.row())["id"]).get("value")
            return churn_reasons(client.churn) if client is not None else None
        return super().data(index, role)
