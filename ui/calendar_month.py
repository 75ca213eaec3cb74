"""The month view: six weeks of days, each with its holiday note and its first visits.

A table model (one cell per day, Monday first as Chinese calendars are) painted by a
delegate; double-clicking a day opens it in the day view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta, tzinfo
from typing import Any

from sfa.app.visits import VisitRow
from sfa.domain.holidays import DayMark
from ui.calendar_days import day_background, mark_colour, mark_text
from ui.calendar_model import to_local
from ui.calendar_time_grid import STATUS_COLOURS
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QHeaderView,
    QLocale,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QWidget,
    Signal,
)

DateRole = Qt.ItemDataRole.UserRole + 1
VisitsRole = Qt.ItemDataRole.UserRole + 2
MarkRole = Qt.ItemDataRole.UserRole + 3
InMonthRole = Qt.ItemDataRole.UserRole + 4
WEEKS = 6


def month_grid_start(first_of_month: date) -> date:
    """The Monday on or before the first of the month: the grid's top-left day."""
    return first_of_month - timedelta(days=first_of_month.weekday())


class MonthModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.month = date.today().replace(day=1)
        self.today = date.today()
        self.tz: tzinfo | None = None
        self._by_day: dict[date, list[VisitRow]] = {}
        self._marks: dict[date, DayMark] = {}

    def show_month(
        self,
        month: date,
        visits: Sequence[VisitRow],
        marks: dict[date, DayMark],
        today: date,
        tz: tzinfo | None,
    ) -> None:
        self.beginResetModel()
        self.month, self.today, self.tz, self._marks = month.replace(day=1), today, tz, marks
        self._by_day = {}
        for visit in visits:
            day = to_local(visit.starts_at, tz).date()
            self._by_day.setdefault(day, []).append(visit)
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date:
        return month_grid_start(self.month) + timedelta(days=row * 7 + column)

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - month_grid_start(self.month)).days
        if not 0 <= offset < WEEKS * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < WEEKS and 0 <= index.column() < 7):
            return None
        day = self.day_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [mark_text(self._marks.get(day))] + [
                f"{to_local(v.starts_at, self.tz):%H:%M} {v.account_name} — {v.purpose}"
                for v in self._by_day.get(day, [])
            ]
            return "\n".join(line for line in lines if line) or None
        if role == DateRole:
            return day
        if role == VisitsRole:
            return list(self._by_day.get(day, []))
        if role == MarkRole:
            return self._marks.get(day)
        if role == InMonthRole:
            return day.month == self.month.month
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 7:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        return None


class MonthDelegate(QStyledItemDelegate):
    LINES = 3

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        assert isinstance(model, MonthModel)
        day: date = index.data(DateRole)
        mark: DayMark | None = index.data(MarkRole)
        painter.save()
        rect = option.rect
        painter.fillRect(rect, day_background(day, mark, model.today))
        painter.setPen(QColor("#dde2e8"))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        in_month = bool(index.data(InMonthRole))
        line = option.fontMetrics.height() + 2
        head = QRect(rect.left() + 5, rect.top() + 3, rect.width() - 10, line)
        painter.setPen(QColor("#1d2630") if in_month else QColor("#a0a8b3"))
        if day == model.today:
            painter.setPen(QColor("#1f6fb2"))
        painter.drawText(
            head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
        )
        note = mark_text(mark)
        if note:
            painter.setPen(mark_colour(mark))
            area = head.adjusted(22, 0, 0, 0)
            elided = option.fontMetrics.elidedText(note, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(
                area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
        visits: list[VisitRow] = index.data(VisitsRole) or []
        top = head.bottom() + 2
        room = max(0, (rect.bottom() - top) // line)
        shown = visits if len(visits) <= room else visits[: max(0, room - 1)]
        for n, visit in enumerate(shown):
            row = QRect(rect.left() + 5, top + n * line, rect.width() - 10, line)
            painter.fillRect(
                QRect(row.left(), row.top() + 3, 3, line - 6), STATUS_COLOURS[visit.status]
            )
            painter.setPen(QColor("#1d2630"))
            text = f"{to_local(visit.starts_at, model.tz):%H:%M} {visit.account_name}"
            elided = option.fontMetrics.elidedText(
                text, Qt.TextElideMode.ElideRight, row.width() - 8
            )
            painter.drawText(
                row.adjusted(7, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
        hidden = len(visits) - len(shown)
        if hidden > 0:
            painter.setPen(QColor("#4a5563"))
            more = QRect(rect.left() + 12, top + len(shown) * line, rect.width() - 14, line)
            painter.drawText(
                more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"+{hidden}"
            )
        painter.restore()


class MonthView(QTableView):
    dayActivated = Signal(object)
    """A day was double-clicked or chosen with Enter (its ``date``)."""

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setModel(model)
        self.setItemDelegate(MonthDelegate(self))
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activated.connect(lambda index: self.dayActivated.emit(index.data(DateRole)))
