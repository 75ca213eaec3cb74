"""The day and week views: a column per day, an hour per row, visits as blocks.

Dragging over empty time selects a slot (in half hours) and emits ``slotSelected`` with its
wall-clock start and end; clicking a visit emits ``visitActivated``. Visits come from the
shared :class:`VisitsModel`; holidays and 调休 working days tint their columns and are named
in the header.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sfa.app.visits import VisitRow
from sfa.domain.enums import VisitStatus
from sfa.domain.holidays import DayMark
from ui.calendar_days import day_background, day_label, mark_colour, mark_text
from ui.calendar_model import VisitsModel, to_local
from ui.qt import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPoint,
    QRect,
    QRectF,
    QScrollArea,
    QShowEvent,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

HOUR_HEIGHT = 44
GUTTER = 56
HEADER_HEIGHT = 46
SLOT_MINUTES = 30
FIRST_VISIBLE_HOUR = 8

STATUS_COLOURS = {
    VisitStatus.PLANNED: QColor("#1f6fb2"),
    VisitStatus.CHECKED_IN: QColor("#c77700"),
    VisitStatus.DONE: QColor("#2e7d32"),
    VisitStatus.CANCELLED: QColor("#9e9e9e"),
}


Placed = tuple[int, int, datetime, datetime, VisitRow]


def side_by_side(items: list[tuple[datetime, datetime, VisitRow]]) -> list[Placed]:
    """(lane, lanes of its group, start, end, visit): visits that overlap share the width
    of the column, each in its own lane; a visit overlapping nothing keeps the whole width."""
    placed: list[Placed] = []
    group: list[tuple[int, datetime, datetime, VisitRow]] = []
    lane_ends: list[datetime] = []
    group_end: datetime | None = None

    def close_group() -> None:
        placed.extend((lane, len(lane_ends), s, e, v) for lane, s, e, v in group)

    for start, end, visit in sorted(items, key=lambda item: (item[0], item[1])):
        if group_end is not None and start >= group_end:
            close_group()
            group, lane_ends, group_end = [], [], None
        lane = next((k for k, busy in enumerate(lane_ends) if busy <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        group.append((lane, start, end, visit))
        group_end = end if group_end is None else max(group_end, end)
    close_group()
    return placed


class _Header(QWidget):
    def __init__(self, grid: TimeGrid) -> None:
        super().__init__(grid)
        self._grid = grid
        self.setFixedHeight(HEADER_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        grid = self._grid
        bold = QFont(self.font())
        bold.setBold(True)
        for n, day in enumerate(grid.days):
            rect = grid.column_rect(n, self.height()).adjusted(0, 0, 0, -1)
            painter.fillRect(
                rect, day_background(day, grid.marks.get(day), grid.today, header=True)
            )
            painter.setPen(QColor("#1d2630"))
            painter.setFont(bold)
            top = QRect(rect.left() + 6, rect.top() + 3, rect.width() - 8, 20)
            painter.drawText(
                top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, day_label(day)
            )
            note = mark_text(grid.marks.get(day))
            if note:
                painter.setFont(self.font())
                painter.setPen(mark_colour(grid.marks.get(day)))
                bottom = QRect(rect.left() + 6, rect.top() + 23, rect.width() - 8, 18)
                elided = painter.fontMetrics().elidedText(
                    note, Qt.TextElideMode.ElideRight, bottom.width()
                )
                painter.drawText(
                    bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
                )
        painter.setPen(QColor("#c9d0d8"))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class _Canvas(QWidget):
    def __init__(self, grid: TimeGrid) -> None:
        super().__init__()
        self._grid = grid
        self.setObjectName("timeGridCanvas")
        self.setMouseTracking(False)
        self.setMinimumHeight(24 * HOUR_HEIGHT)
        self._press: tuple[int, int] | None = None
        self._drag_to: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(800, 24 * HOUR_HEIGHT)

    # ---- geometry -----------------------------------------------------------------------

    def slot_at(self, point: QPoint) -> tuple[int, int] | None:
        """(day index, minutes since midnight, rounded down to the slot) under ``point``."""
        day = self._grid.day_index_at(point.x())
        if day is None:
            return None
        minutes = max(0, min(24 * 60 - SLOT_MINUTES, int(point.y() * 60 / HOUR_HEIGHT)))
        return day, minutes - minutes % SLOT_MINUTES

    def point_of(self, day: date, at: time) -> QPoint:
        """Where a wall-clock time of a day is drawn (tests press here)."""
        n = self._grid.days.index(day)
        rect = self._grid.column_rect(n, self.height())
        y = int((at.hour * 60 + at.minute) * HOUR_HEIGHT / 60)
        return QPoint(rect.center().x(), y)

    def visit_rects(self) -> list[tuple[QRect, VisitRow]]:
        grid = self._grid
        placed: list[tuple[QRect, VisitRow]] = []
        for n, day in enumerate(grid.days):
            column = grid.column_rect(n, self.height())
            todays = [
                (to_local(v.starts_at, grid.model.tz), to_local(v.ends_at, grid.model.tz), v)
                for v in grid.model.visits()
            ]
            todays = [
                (start, end, visit)
                for start, end, visit in todays
                if start.date() <= day <= max(start, end - timedelta(seconds=1)).date()
            ]
            day_start = datetime.combine(day, time())
            for lane, lanes, start, end, visit in side_by_side(todays):
                width = (column.width() - 6) / lanes
                top = max(0.0, (start - day_start).total_seconds() / 3600 * HOUR_HEIGHT)
                bottom = min(
                    24.0 * HOUR_HEIGHT, (end - day_start).total_seconds() / 3600 * HOUR_HEIGHT
                )
                rect = QRectF(
                    column.left() + 2 + lane * width,
                    top + 1,
                    width - 2,
                    max(bottom - top - 2, 16.0),
                )
                placed.append((rect.toRect(), visit))
        return placed

    def visit_at(self, point: QPoint) -> VisitRow | None:
        for rect, visit in reversed(self.visit_rects()):
            if rect.contains(point):
                return visit
        return None

    # ---- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self._grid
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        for n, day in enumerate(grid.days):
            column = grid.column_rect(n, self.height())
            painter.fillRect(column, day_background(day, grid.marks.get(day), grid.today))
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            painter.setPen(QColor("#dde2e8"))
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(QColor("#f0f2f5"))
            painter.drawLine(GUTTER, y + HOUR_HEIGHT // 2, self.width(), y + HOUR_HEIGHT // 2)
            painter.setPen(QColor("#6b7684"))
            label = QRect(0, y - 2, GUTTER - 6, 16)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hour:02d}:00"
            )
        painter.setPen(QColor("#dde2e8"))
        for n in range(len(grid.days)):
            x = grid.column_rect(n, self.height()).left()
            painter.drawLine(x, 0, x, self.height())
        self._paint_selection(painter)
        for rect, visit in self.visit_rects():
            self._paint_visit(painter, rect, visit)
        painter.end()

    def _paint_selection(self, painter: QPainter) -> None:
        if self._press is None or self._drag_to is None:
            return
        day, first = self._press
        start, end = sorted((first, self._drag_to))
        column = self._grid.column_rect(day, self.height())
        top = int(start * HOUR_HEIGHT / 60)
        bottom = int((end + SLOT_MINUTES) * HOUR_HEIGHT / 60)
        painter.fillRect(
            QRect(column.left() + 1, top, column.width() - 2, bottom - top),
            QColor(31, 111, 178, 60),
        )

    def _paint_visit(self, painter: QPainter, rect: QRect, visit: VisitRow) -> None:
        colour = STATUS_COLOURS[visit.status]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colour)
        font = QFont(self.font())
        font.setStrikeOut(visit.status is VisitStatus.CANCELLED)
        start = to_local(visit.starts_at, self._grid.model.tz)
        painter.setFont(font)
        painter.setPen(QColor("#1d2630"))
        inner = rect.adjusted(6, 2, -3, -2)
        metrics = painter.fontMetrics()
        lines = [f"{start:%H:%M} {visit.account_name}", visit.purpose, visit.location or ""]
        for n, line in enumerate(lines):
            top = inner.top() + n * metrics.height()
            if not line or top + metrics.height() > inner.bottom() + 2:
                break
            row = QRect(inner.left(), top, inner.width(), metrics.height())
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, row.width())
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    # ---- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        visit = self.visit_at(point)
        if visit is not None:
            self._grid.visitActivated.emit(visit.id)
            return
        self._press = self.slot_at(point)
        self._drag_to = self._press[1] if self._press else None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        slot = self.slot_at(event.position().toPoint())
        if slot is not None:
            self._drag_to = slot[1]
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._drag_to is None:
            return
        day_index, first = self._press
        start, end = sorted((first, self._drag_to))
        if start == end:
            end = start + 60 - SLOT_MINUTES  # a click asks for an hour
        self._press = self._drag_to = None
        self.update()
        day = datetime.combine(self._grid.days[day_index], time())
        self._grid.slotSelected.emit(
            day + timedelta(minutes=start), day + timedelta(minutes=end + SLOT_MINUTES)
        )


class TimeGrid(QWidget):
    slotSelected = Signal(object, object)
    """(start, end) wall-clock naive datetimes of a slot the rep dragged over."""
    visitActivated = Signal(str)

    def __init__(self, model: VisitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self.model = model
        self.days: list[date] = [date.today()]
        self.marks: dict[date, DayMark] = {}
        self.today = date.today()
        self._scrolled = False
        self.header = _Header(self)
        self.canvas = _Canvas(self)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        model.modelReset.connect(self.canvas.update)

    def show_days(self, days: list[date], marks: dict[date, DayMark], today: date) -> None:
        self.days, self.marks, self.today = days, marks, today
        self.header.update()
        self.canvas.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._scrolled:
            self._scrolled = True
            # once laid out, so the scroll range is known: the working day, not midnight
            QTimer.singleShot(0, self.scroll_to_working_hours)

    def scroll_to_working_hours(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(FIRST_VISIBLE_HOUR * HOUR_HEIGHT)

    def column_rect(self, n: int, height: int) -> QRect:
        width = max(1, self.canvas.width() - GUTTER)
        left = GUTTER + n * width // len(self.days)
        right = GUTTER + (n + 1) * width // len(self.days)
        return QRect(left, 0, right - left, height)

    def day_index_at(self, x: int) -> int | None:
        for n in range(len(self.days)):
            rect = self.column_rect(n, 1)
            if rect.left() <= x < rect.right() + 1:
                return n
        return None
