"""A quote's lines as a Qt table model: SKU, product, quantity, unit, price, discount, total,
and whether the price is the agreed one, a new (provisional) one, or one needing approval.

The model shows figures it is given (from :mod:`ui.quote_snapshot`, i.e. from the pricing
rules in ``sfa``) and never computes one. Edits of quantity, unit price and discount are
parsed as ``Decimal`` — a float would turn ¥0.1 into 0.1000000000000000055… — and handed to
the editor's ``commit`` callback, which writes them and reloads the computed figures.
Reloads update rows in place (``dataChanged``) so an edit in progress — a rep tabbing from
quantity to price — is never interrupted by a model reset.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from sfa.io import formatting
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from ui.quote_snapshot import LineMark, LineRow

LineIdRole = Qt.ItemDataRole.UserRole + 1
MarkRole = Qt.ItemDataRole.UserRole + 2

Commit = Callable[[str, str, Decimal], bool]
"""(line id, field name, new value) → whether the store took it."""

_CONTEXT = "QuoteLinesModel"
MARK_TEXT = {
    LineMark.AGREED: QT_TRANSLATE_NOOP("QuoteLinesModel", "Agreed price"),
    LineMark.PROVISIONAL: QT_TRANSLATE_NOOP("QuoteLinesModel", "New price — provisional"),
    LineMark.APPROVAL: QT_TRANSLATE_NOOP("QuoteLinesModel", "Needs approval"),
    LineMark.REFUSED: QT_TRANSLATE_NOOP("QuoteLinesModel", "Refused by the server"),
    LineMark.SUPERSEDED: QT_TRANSLATE_NOOP("QuoteLinesModel", "Price superseded — re-price"),
}
MARK_TIP = {
    LineMark.AGREED: QT_TRANSLATE_NOOP(
        "QuoteLinesModel", "The price agreed with this client (or the list price)."
    ),
    LineMark.PROVISIONAL: QT_TRANSLATE_NOOP(
        "QuoteLinesModel",
        "A price other than the agreed one: the server accepts or refuses it at the next sync.",
    ),
    LineMark.APPROVAL: QT_TRANSLATE_NOOP(
        "QuoteLinesModel",
        "Over your discount limit: a manager must approve it before the quote can be sent.",
    ),
    LineMark.REFUSED: QT_TRANSLATE_NOOP(
        "QuoteLinesModel", "Another price stands for this client: see the banner above."
    ),
    LineMark.SUPERSEDED: QT_TRANSLATE_NOOP(
        "QuoteLinesModel",
        "A manager approved another price for this client since this line was written:"
        " re-price the quote (a new revision) before sending it.",
    ),
}
MARK_COLOUR = {
    LineMark.AGREED: "#1b7f3b",
    LineMark.PROVISIONAL: "#b35c00",
    LineMark.APPROVAL: "#b3261e",
    LineMark.REFUSED: "#b3261e",
    LineMark.SUPERSEDED: "#b3261e",
}


def number_locale() -> str:
    """Babel's locale for numbers in the interface language."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def parse_decimal(text: object) -> Decimal | None:
    """A non-negative decimal as a rep types it (``1,200``, ``15%``, ``¥2,700``, full-width
    digits from a Chinese input method), or None. Floats are refused outright."""
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int) and not isinstance(text, bool):
        value = Decimal(text)
    elif isinstance(text, str):
        cleaned = text.strip().translate(_TYPED)
        if not _NUMBER.fullmatch(cleaned):  # no exponents, signs, "NaN" or "Infinity"
            return None
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            return None
    else:
        return None
    if not value.is_finite() or value < 0:
        return None
    return value


_NUMBER = re.compile(r"(?=.*\d)\d*\.?\d*")
_TYPED = str.maketrans({",": None, "，": None, " ": None, "¥": None, "￥": None, "%": None,
                        "％": None, "．": ".", "。": "."})  # fmt: skip


class QuoteLinesModel(QAbstractTableModel):
    SKU, PRODUCT, QUANTITY, UNIT, UNIT_PRICE, DISCOUNT, TOTAL, STATE = range(8)
    _HEADERS = (
        QT_TRANSLATE_NOOP("QuoteLinesModel", "SKU"),
        QT_TRANSLATE_NOOP("QuoteLinesModel", "Product"),
        QT_TRANSLATE_NOOP("QuoteLinesModel", "Quantity"),
        QT_TRANSLATE_NOOP("QuoteLinesModel", "Unit"),
        QT_TRANSLATE_NOOP("QuoteLinesModel", "Unit price"),
        QT_TRANSLATE_NOOP("QuoteLinesModel", "Discount %"),
        QT_TRANSLATE_NOOP("QuoteLinesModel", "Line total"),
        QT_TRANSLATE_NOOP("QuoteLinesModel", "Price"),
    )
    EDITABLE: ClassVar[dict[int, str]] = {
        QUANTITY: "quantity",
        UNIT_PRICE: "unit_price",
        DISCOUNT: "discount_pct",
    }
    _NUMERIC: ClassVar[frozenset[int]] = frozenset({QUANTITY, UNIT_PRICE, DISCOUNT, TOTAL})

    def __init__(self, commit: Commit | None = None) -> None:
        super().__init__()
        self._rows: list[LineRow] = []
        self._currency = "CNY"
        self._editable = True
        self.commit = commit

    def set_lines(self, rows: Sequence[LineRow], currency: str, *, editable: bool) -> None:
        """Show new figures; rows keep their place when the lines are the same ones."""
        same = [r.line_id for r in rows] == [r.line_id for r in self._rows]
        self._currency = currency
        self._editable = editable
        if same:
            self._rows = list(rows)
            if rows:
                last = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def line_id(self, row: int) -> str | None:
        return self._rows[row].line_id if 0 <= row < len(self._rows) else None

    def row_of(self, line_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.line_id == line_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._editable and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column in self.EDITABLE:
                return _plain(getattr(row, self.EDITABLE[column]))
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QColor(MARK_COLOUR[row.mark])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == LineIdRole:
            return row.line_id
        if role == MarkRole:
            return row.mark.value
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
            or self.commit is None
        ):
            return False
        number = parse_decimal(value)
        if number is None:
            return False
        row = self._rows[index.row()]
        field = self.EDITABLE[index.column()]
        if number == getattr(row, field):
            return True
        return self.commit(row.line_id, field, number)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._HEADERS)
        ):
            return QCoreApplication.translate(_CONTEXT, self._HEADERS[section])
        return None

    def _display(self, row: LineRow, column: int) -> str:
        locale = number_locale()
        if column == self.SKU:
            return row.sku
        if column == self.PRODUCT:
            return row.product
        if column == self.QUANTITY:
            return formatting.plain_number(row.quantity, locale)
        if column == self.UNIT:
            return row.unit
        if column == self.UNIT_PRICE:
            return formatting.unit_price(row.unit_price, self._currency)
        if column == self.DISCOUNT:
            return formatting.discount(row.discount_pct, locale)
        if column == self.TOTAL:
            return formatting.money(row.total, self._currency)
        if column == self.STATE:
            return QCoreApplication.translate(_CONTEXT, MARK_TEXT[row.mark])
        return ""

    def _tooltip(self, row: LineRow, column: int) -> str | None:
        if column == self.STATE:
            return QCoreApplication.translate(_CONTEXT, MARK_TIP[row.mark])
        if column == self.UNIT_PRICE:
            price = formatting.unit_price(row.agreed_price, self._currency)
            if row.agreed_by_agreement and row.agreed_until is not None:
                return QCoreApplication.translate(
                    "QuoteLinesModel", "Agreed price {price}, agreed until {date}"
                ).format(price=price, date=row.agreed_until.isoformat())
            if row.agreed_by_agreement:
                return QCoreApplication.translate("QuoteLinesModel", "Agreed price {price}").format(
                    price=price
                )
            return QCoreApplication.translate("QuoteLinesModel", "List price {price}").format(
                price=price
            )
        return None


def _plain(value: Decimal) -> str:
    """The value as typed back into an editor: ``2700.00`` stays exact, ``3`` has no ``.0``."""
    return format(value.normalize() if value == value.to_integral_value() else value, "f")
