"""The lines table as a rep uses it from the keyboard: type, Tab, type, Delete.

Tab jumps between the cells a rep can change (quantity → unit price → discount → next
line's quantity), skipping SKU, unit and totals, and leaves the table after the last one;
Delete removes the selected line. Numbers are typed into a line edit whose validator is
the model's own ``Decimal`` parser, so what the validator accepts is exactly what is stored.
"""

from __future__ import annotations

from typing import Any

from ui.qt import (
    QAbstractItemDelegate,
    QAbstractItemModel,
    QAbstractItemView,
    QHeaderView,
    QKeyEvent,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QValidator,
    QWidget,
    Signal,
)
from ui.quote_lines_model import QuoteLinesModel, parse_decimal


class DecimalValidator(QValidator):
    """Accepts what :func:`parse_decimal` accepts; a half-typed number is intermediate."""

    def validate(self, text: str, pos: int) -> Any:
        if not text.strip() or text.strip() in {".", "．"}:
            return QValidator.State.Intermediate, text, pos
        if parse_decimal(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


class DecimalDelegate(QStyledItemDelegate):
    """A right-aligned line edit for quantity, price and discount; never a float spin box."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("decimalEditor")
        editor.setValidator(DecimalValidator(editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.hasAcceptableInput():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class QuoteLinesView(QTableView):
    delete_requested = Signal()

    def __init__(self, model: QuoteLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteLines")
        self.setModel(model)
        self.setItemDelegate(DecimalDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QuoteLinesModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (QuoteLinesModel.SKU, 110),
            (QuoteLinesModel.QUANTITY, 80),
            (QuoteLinesModel.UNIT, 56),
            (QuoteLinesModel.UNIT_PRICE, 120),
            (QuoteLinesModel.DISCOUNT, 84),
            (QuoteLinesModel.TOTAL, 130),
            (QuoteLinesModel.STATE, 170),
        ):
            self.setColumnWidth(column, width)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab visit editable cells only; past the last one, focus moves on."""
        action = QAbstractItemView.CursorAction
        if cursorAction not in (action.MoveNext, action.MovePrevious):
            return super().moveCursor(cursorAction, modifiers)
        model = self.model()
        columns, rows = model.columnCount(), model.rowCount()
        current = self.currentIndex()
        position = current.row() * columns + current.column() if current.isValid() else -1
        step = 1 if cursorAction == action.MoveNext else -1
        position += step
        while 0 <= position < rows * columns:
            index = model.index(position // columns, position % columns)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            position += step
        return QModelIndex()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab out of the last editable cell goes straight on (to the product box), rather
        than leaving the rep on a table with nothing more to type."""
        last = (
            hint == QAbstractItemDelegate.EndEditHint.EditNextItem
            and not self.moveCursor(
                QAbstractItemView.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier
            ).isValid()
        )
        if not last:
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.focusNextChild()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
