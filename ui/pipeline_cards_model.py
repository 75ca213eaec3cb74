"""The cards of one board column, and what a card carries when it is dragged.

Each column of the board is a list view on one of these models. A card leaves its column as
mime data naming the deal; the column it is dropped on does not move anything itself — it
asks (``moveRequested``) and the page decides, because won and lost first need a reason.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sfa.app.opportunities import OpportunityRow
from sfa.domain.enums import Stage
from ui.pipeline_labels import money_or_dash, percent, short_date
from ui.qt import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

MIME_TYPE = "application/x-sfa-opportunity"
OpportunityIdRole = Qt.ItemDataRole.UserRole + 1
AccountRole = Qt.ItemDataRole.UserRole + 2
AmountTextRole = Qt.ItemDataRole.UserRole + 3
CloseDateTextRole = Qt.ItemDataRole.UserRole + 4
StageRole = Qt.ItemDataRole.UserRole + 5


def encode_ids(ids: Sequence[str]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, json.dumps(list(ids)).encode("utf-8"))
    return data


def decode_ids(data: QMimeData) -> list[str]:
    if not data.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except ValueError:
        return []
    return [str(item) for item in ids] if isinstance(ids, list) else []


class StageCardsModel(QAbstractListModel):
    moveRequested = Signal(str, str)
    """(opportunity id, target stage value): a card was dropped on this column."""

    def __init__(self, stage: Stage) -> None:
        super().__init__()
        self.stage = stage
        self._cards: list[OpportunityRow] = []

    def set_cards(self, cards: Sequence[OpportunityRow]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card(self, row: int) -> OpportunityRow:
        return self._cards[row]

    def row_of(self, opportunity_id: str) -> int:
        return next((n for n, c in enumerate(self._cards) if c.id == opportunity_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.name}\n{card.account_name}\n{card.owner_name}"
        if role == OpportunityIdRole:
            return card.id
        if role == AccountRole:
            return card.account_name
        if role == AmountTextRole:
            amount = money_or_dash(card.amount, card.currency)
            return amount if card.amount is None else f"{amount} · {percent(card.probability)}"
        if role == CloseDateTextRole:
            if card.close_date is None:
                return QCoreApplication.translate("Pipeline", "No close date")
            return QCoreApplication.translate("Pipeline", "Closes %1").replace(
                "%1", short_date(card.close_date)
            )
        if role == StageRole:
            return card.stage.value
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # ---- drag and drop ------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [
            self._cards[i.row()].id for i in indexes if i.isValid() and i.row() < len(self._cards)
        ]
        return encode_ids(list(dict.fromkeys(ids)))

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        ids = decode_ids(data)
        return bool(ids) and any(self.row_of(card_id) < 0 for card_id in ids)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        for card_id in decode_ids(data):
            if self.row_of(card_id) < 0:
                self.moveRequested.emit(card_id, self.stage.value)
        # the page reloads the board once the move is stored; nothing is removed by the view
        return False
