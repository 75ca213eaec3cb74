"""The banner a rep sees on a quote whose new price the server refused (one-price rule).

It says which line, what price stands for this client instead, who holds it and until when —
the rep may have to call a colleague — and offers the two ways out in one click each:
re-price the quote at the standing price (a new revision, the use case does it all) or take
the product off the quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sfa.io import formatting
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.quote_snapshot import ConflictRow

SeqRole = Qt.ItemDataRole.UserRole + 1


def holder_text(conflict: ConflictRow) -> str:
    """“Quote Q-R002-… by 李娜” / “李娜's price agreement”: whom to call about the price."""
    translate = QCoreApplication.translate
    name, number = conflict.holder_name, conflict.holder_quote_number
    if conflict.holder_kind == "quote":
        if number and name:
            text = translate("PriceConflictsModel", "Quote {number} by {name}")
        elif name:
            text = translate("PriceConflictsModel", "Another quote by {name}")
        elif number:
            text = translate("PriceConflictsModel", "Quote {number}")
        else:
            text = translate("PriceConflictsModel", "Another quote")
    elif name:
        text = translate("PriceConflictsModel", "Price agreement set by {name}")
    else:
        text = translate("PriceConflictsModel", "Price agreement")
    return text.format(number=number, name=name)


EXCEPTION_TEXT = {
    None: QT_TRANSLATE_NOOP("PriceConflictsModel", "—"),
    "requested": QT_TRANSLATE_NOOP("PriceConflictsModel", "Asked — waiting for the manager"),
    "approved": QT_TRANSLATE_NOOP(
        "PriceConflictsModel", "Approved — the line goes up again at the next sync"
    ),
    "refused": QT_TRANSLATE_NOOP("PriceConflictsModel", "Refused"),
}


def exception_text(conflict: ConflictRow) -> str:
    """Where the rep's exception request stands, with the manager's comment."""
    translate = QCoreApplication.translate
    text = translate("PriceConflictsModel", EXCEPTION_TEXT.get(conflict.exception_status, "—"))
    if conflict.exception_comment:
        text += " — " + conflict.exception_comment
    return text


class PriceConflictsModel(QAbstractTableModel):
    PRODUCT, PROPOSED, STANDING, HOLDER, UNTIL, EXCEPTION = range(6)
    _HEADERS = (
        QT_TRANSLATE_NOOP("PriceConflictsModel", "Product"),
        QT_TRANSLATE_NOOP("PriceConflictsModel", "Your price"),
        QT_TRANSLATE_NOOP("PriceConflictsModel", "Standing price"),
        QT_TRANSLATE_NOOP("PriceConflictsModel", "Held by"),
        QT_TRANSLATE_NOOP("PriceConflictsModel", "Until"),
        QT_TRANSLATE_NOOP("PriceConflictsModel", "Exception"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ConflictRow] = []
        self._currency = "CNY"

    def set_conflicts(self, rows: Sequence[ConflictRow], currency: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._currency = currency
        self.endResetModel()

    def seq(self, row: int) -> int | None:
        return self._rows[row].seq if 0 <= row < len(self._rows) else None

    def conflict(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.PRODUCT:
                return row.product
            if column == self.PROPOSED:
                return formatting.unit_price(row.proposed, self._currency)
            if column == self.STANDING:
                return formatting.unit_price(row.standing, self._currency)
            if column == self.HOLDER:
                return holder_text(row)
            if column == self.UNTIL:
                return row.valid_until.isoformat() if row.valid_until else "—"
            if column == self.EXCEPTION:
                return exception_text(row)
        if role == SeqRole:
            return row.seq
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._HEADERS)
        ):
            return QCoreApplication.translate("PriceConflictsModel", self._HEADERS[section])
        return None


class PriceConflictBanner(QFrame):
    """Hidden while the quote has no refused line."""

    reprice_requested = Signal(int)
    drop_requested = Signal(int)
    exception_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceConflictBanner")
        self.setStyleSheet(
            "#priceConflictBanner { background: #fdecea; border: 1px solid #e8a29b;"
            " border-radius: 4px; }"
        )
        self.model = PriceConflictsModel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #8c1d18; font-weight: bold;")
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.reprice_button = QPushButton()
        self.reprice_button.setObjectName("repriceButton")
        self.drop_button = QPushButton()
        self.drop_button.setObjectName("dropLineButton")
        self.exception_button = QPushButton()
        self.exception_button.setObjectName("askExceptionButton")
        for button in (self.reprice_button, self.drop_button, self.exception_button):
            button.setAutoDefault(False)
        self.reprice_button.clicked.connect(lambda: self._emit(self.reprice_requested))
        self.drop_button.clicked.connect(lambda: self._emit(self.drop_requested))
        self.exception_button.clicked.connect(lambda: self._emit(self.exception_requested))
        self.view.selectionModel().currentRowChanged.connect(self._follow_selection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprice_button)
        buttons.addWidget(self.drop_button)
        buttons.addWidget(self.exception_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.reprice_button.setText(self.tr("Re-price at the standing price (new revision)"))
        self.reprice_button.setToolTip(
            self.tr(
                "Makes a new revision of this quote with every refused line at its standing price."
            )
        )
        self.drop_button.setText(self.tr("Remove the line"))
        self.drop_button.setToolTip(self.tr("Takes the selected refused line off the quote."))
        self.exception_button.setText(self.tr("Ask a manager for an exception…"))
        self.exception_button.setToolTip(
            self.tr(
                "Asks your manager to make your price the client's agreed price; the other"
                " rep is told if it is approved."
            )
        )
        self._set_title()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def set_conflicts(self, rows: Sequence[ConflictRow], currency: str) -> None:
        self.model.set_conflicts(rows, currency)
        self.setVisible(bool(rows))
        self._follow_selection(self.model.index(0, 0))
        if rows:
            self.view.selectRow(0)  # so that one click settles the usual single conflict
            header = self.view.horizontalHeader().height()
            self.view.setFixedHeight(header + self.view.rowHeight(0) * min(len(rows), 4) + 4)

    def _follow_selection(self, current: QModelIndex) -> None:
        """An exception is asked once per line: not again while one waits or was approved."""
        conflict = self.model.conflict(current.row() if current.isValid() else 0)
        asked = conflict is not None and conflict.exception_status in ("requested", "approved")
        self.exception_button.setEnabled(conflict is not None and not asked)

    def _set_title(self) -> None:
        self.title.setText(
            self.tr(
                "The server refused a new price: another price already stands for this client."
                " This quote cannot be sent until each refused line is re-priced or removed."
            )
        )

    def _emit(self, signal: Any) -> None:
        index = self.view.currentIndex()
        seq = self.model.seq(index.row() if index.isValid() else 0)
        if seq is not None:
            signal.emit(seq)
