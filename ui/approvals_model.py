"""The tables of the approvals dialog: requests waiting for the manager, and the client's price
history for the product of the selected one. Plain rows from ``sfa.app.approvals``; the
models only present them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sfa.app.approvals import PendingApproval, PricePoint
from sfa.io import formatting
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from ui.quote_status import STATUS_TEXT as QUOTE_STATUS_TEXT

RequestIdRole = Qt.ItemDataRole.UserRole + 1

KIND_TEXT = {
    "discount": QT_TRANSLATE_NOOP("PendingApprovalsModel", "Discount beyond limit"),
    "price_exception": QT_TRANSLATE_NOOP("PendingApprovalsModel", "Price exception"),
}
SOURCE_TEXT = {
    "quote": QT_TRANSLATE_NOOP("PriceHistoryModel", "Quote"),
    "agreement": QT_TRANSLATE_NOOP("PriceHistoryModel", "Agreement"),
    "exception": QT_TRANSLATE_NOOP("PriceHistoryModel", "Exception asked"),
}


STATUS_TEXT = {
    "active": QT_TRANSLATE_NOOP("PriceHistoryModel", "active"),
    "ended": QT_TRANSLATE_NOOP("PriceHistoryModel", "ended"),
    "requested": QT_TRANSLATE_NOOP("PriceHistoryModel", "waiting"),
    "approved": QT_TRANSLATE_NOOP("PriceHistoryModel", "approved"),
    "refused": QT_TRANSLATE_NOOP("PriceHistoryModel", "refused"),
}


def _money(value: Any, currency: str) -> str:
    return formatting.unit_price(value, currency) if value is not None else "—"


def status_words(status: str) -> str:
    """A status as the manager reads it: a quote's in the editor's words, others here."""
    quote_text = QUOTE_STATUS_TEXT.get(status)
    if quote_text is not None:
        return QCoreApplication.translate("QuoteEditor", quote_text).split(" — ")[0]
    text = STATUS_TEXT.get(status)
    return QCoreApplication.translate("PriceHistoryModel", text) if text else status


class _RowsModel(QAbstractTableModel):
    """Read-only rows with translated headers; subclasses say what a cell shows."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cell(self._rows[index.row()], index.column(), role)

    def _cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class PendingApprovalsModel(_RowsModel):
    KIND, CLIENT, QUOTE, PRODUCT, ASKED, STANDING, BELOW_LIST, REP, REASON = range(9)
    CONTEXT = "PendingApprovalsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Request"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Client"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Quote"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Product"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Price asked"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Standing price"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Below list"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Rep"),
        QT_TRANSLATE_NOOP("PendingApprovalsModel", "Reason"),
    )

    def _cell(self, row: PendingApproval, column: int, role: int) -> Any:
        if role == RequestIdRole:
            return row.request_id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return row.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.KIND:
            return QCoreApplication.translate(self.CONTEXT, KIND_TEXT.get(row.kind, row.kind))
        below = f"{row.below_list_pct:.1f} %" if row.below_list_pct is not None else "—"
        values = {
            self.CLIENT: row.account_name,
            self.QUOTE: row.quote_number,
            self.PRODUCT: row.product_name or "—",
            self.ASKED: _money(row.requested_price, row.currency),
            self.STANDING: _money(row.standing_price, row.currency),
            self.BELOW_LIST: below,
            self.REP: row.requester,
            self.REASON: row.reason,
        }
        return values.get(column)


class PriceHistoryModel(_RowsModel):
    DATE, SOURCE, REFERENCE, PRICE, STATUS, BY = range(6)
    CONTEXT = "PriceHistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PriceHistoryModel", "Date"),
        QT_TRANSLATE_NOOP("PriceHistoryModel", "Source"),
        QT_TRANSLATE_NOOP("PriceHistoryModel", "Reference"),
        QT_TRANSLATE_NOOP("PriceHistoryModel", "Price"),
        QT_TRANSLATE_NOOP("PriceHistoryModel", "Status"),
        QT_TRANSLATE_NOOP("PriceHistoryModel", "By"),
    )

    def _cell(self, row: PricePoint, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            self.DATE: row.on.isoformat() if row.on else "—",
            self.SOURCE: QCoreApplication.translate(
                self.CONTEXT, SOURCE_TEXT.get(row.source, row.source)
            ),
            self.REFERENCE: row.reference,
            self.PRICE: _money(row.price, row.currency),
            self.STATUS: status_words(row.status),
            self.BY: row.by,
        }
        return values.get(column)
