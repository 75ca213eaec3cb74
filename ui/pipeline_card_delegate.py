"""Paints a deal as a card: its name, the client, amount with probability, and close date."""

from __future__ import annotations

from ui.pipeline_cards_model import AccountRole, AmountTextRole, CloseDateTextRole, StageRole
from ui.qt import (
    QColor,
    QFont,
    QModelIndex,
    QPainter,
    QPen,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
)

CARD_HEIGHT = 96
MARGIN = 4
PADDING = 8

_ACCENT = {"won": QColor("#2e7d32"), "lost": QColor("#9e9e9e")}
_DEFAULT_ACCENT = QColor("#1f6fb2")


class CardDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(150, CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        accent = _ACCENT.get(str(index.data(StageRole)), _DEFAULT_ACCENT)
        painter.setPen(QPen(accent if selected else QColor("#c9d0d8"), 2 if selected else 1))
        painter.setBrush(QColor("#eaf2fb") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(card, 6, 6)
        painter.fillRect(QRect(card.left(), card.top() + 6, 3, card.height() - 12), accent)

        text = card.adjusted(PADDING + 2, PADDING - 2, -PADDING, -PADDING + 2)
        line = option.fontMetrics.height() + 3
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#1d2630"))
        self._line(painter, text, 0, line, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.setFont(option.font)
        painter.setPen(QColor("#4a5563"))
        self._line(painter, text, 1, line, str(index.data(AccountRole) or ""))
        painter.setPen(QColor("#1d2630"))
        self._line(painter, text, 2, line, str(index.data(AmountTextRole) or ""))
        painter.setPen(QColor("#6b7684"))
        self._line(painter, text, 3, line, str(index.data(CloseDateTextRole) or ""))
        painter.restore()

    @staticmethod
    def _line(painter: QPainter, area: QRect, number: int, height: int, text: str) -> None:
        row = QRect(area.left(), area.top() + number * height, area.width(), height)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, row.width())
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
