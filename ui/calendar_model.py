"""The visits of the period on screen, as a list model the day, week and month views read.

Times are kept in UTC as the store has them; :func:`to_local` turns them into the rep's
wall-clock time at the edge (the time zone is the system's unless a test fixes one).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from sfa.app.visits import VisitRow
from sfa.domain.enums import VisitStatus
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

VisitIdRole = Qt.ItemDataRole.UserRole + 1
VisitRole = Qt.ItemDataRole.UserRole + 2
"""The whole :class:`VisitRow`, for views that paint it."""

STATUS_TEXT = {
    VisitStatus.PLANNED: QT_TRANSLATE_NOOP("VisitsModel", "Planned"),
    VisitStatus.CHECKED_IN: QT_TRANSLATE_NOOP("VisitsModel", "Checked in"),
    VisitStatus.DONE: QT_TRANSLATE_NOOP("VisitsModel", "Done"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("VisitsModel", "Cancelled"),
}


def status_text(status: VisitStatus) -> str:
    return QCoreApplication.translate("VisitsModel", STATUS_TEXT[status])


def to_local(moment: datetime, tz: tzinfo | None) -> datetime:
    """Wall-clock time, naive: in ``tz``, or the system's zone (its rules for that instant)."""
    return moment.astimezone(tz).replace(tzinfo=None)


def from_local(wall: datetime, tz: tzinfo | None) -> datetime:
    """The aware moment of a wall-clock time in ``tz`` (or the system's zone)."""
    return wall.replace(tzinfo=tz) if tz is not None else wall.astimezone()


class VisitsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._visits: list[VisitRow] = []
        self.tz: tzinfo | None = None

    def set_visits(self, visits: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self.endResetModel()

    def visits(self) -> list[VisitRow]:
        return list(self._visits)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        visit = self._visits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            start = to_local(visit.starts_at, self.tz)
            return f"{start:%H:%M} {visit.account_name} — {visit.purpose}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                part
                for part in (
                    visit.account_name,
                    visit.purpose,
                    visit.location or "",
                    status_text(visit.status),
                )
                if part
            )
        if role == VisitIdRole:
            return visit.id
        if role == VisitRole:
            return visit
        return None
