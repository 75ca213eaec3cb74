"""The pipeline board: one column per stage, cards dragged between them.

Each column is a list view on its own :class:`StageCardsModel`; a drag is Qt's own
(``QDrag`` with the deal's id as mime data), so it works with the mouse as with any list.
The board only shows and asks: a drop emits ``moveRequested`` and the page stores the move.
"""

from __future__ import annotations

from collections.abc import Sequence

from sfa.app.opportunities import BoardColumn
from sfa.domain.enums import Stage
from sfa.domain.stages import PIPELINE
from ui.pipeline_card_delegate import CardDelegate
from ui.pipeline_cards_model import OpportunityIdRole, StageCardsModel
from ui.pipeline_labels import money_totals, stage_name
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

COLUMN_WIDTH = 176


class StageColumn(QFrame):
    """The header (stage, count, amount, weighted) over the list of cards."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"stage_{stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.model = StageCardsModel(stage)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("color: #4a5563;")
        self.view = QListView()
        self.view.setObjectName(f"cards_{stage.value}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setStyleSheet("QListView { background: #f3f5f8; border: none; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.view, 1)
        self._column = BoardColumn(stage)

    def show_column(self, column: BoardColumn) -> None:
        self._column = column
        self.model.set_cards(column.cards)
        self.retranslate()

    def retranslate(self) -> None:
        column = self._column
        self.title.setText(f"{stage_name(column.stage)}  ({column.count})")
        weighted = QCoreApplication.translate("Pipeline", "Weighted %1").replace(
            "%1", money_totals(column.weighted)
        )
        lines = [money_totals(column.amounts), weighted]
        if len(column.cards) < column.count:
            lines.append(
                QCoreApplication.translate("Pipeline", "Showing the %1 closing soonest").replace(
                    "%1", str(len(column.cards))
                )
            )
        self.totals.setText("\n".join(lines))
        self.model.layoutChanged.emit()  # card texts (dates, “Closes”) follow the language


class PipelineBoard(QScrollArea):
    moveRequested = Signal(str, str)
    """(opportunity id, target stage value), from a drop or a keyboard move."""
    opened = Signal(str)
    """An opportunity was double-clicked or activated with Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("pipelineBoard")
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.columns: dict[Stage, StageColumn] = {}
        for stage in PIPELINE:
            column = StageColumn(stage)
            column.model.moveRequested.connect(self.moveRequested)
            column.view.activated.connect(
                lambda index: self.opened.emit(str(index.data(OpportunityIdRole)))
            )
            row.addWidget(column, 1)
            self.columns[stage] = column
        self.setWidget(inner)

    def show_board(self, columns: Sequence[BoardColumn]) -> None:
        for column in columns:
            self.columns[column.stage].show_column(column)

    def retranslate(self) -> None:
        for column in self.columns.values():
            column.retranslate()

    def selected(self) -> tuple[str, Stage] | None:
        """The focused card and its stage, for moving it with the keyboard."""
        for stage, column in self.columns.items():
            index = column.view.currentIndex()
            if column.view.hasFocus() and index.isValid():
                return str(index.data(OpportunityIdRole)), stage
        return None
