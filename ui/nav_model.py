"""The navigation rail's entries as a list model: a title, an icon and a Ctrl+digit each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ui.qt import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QWidget,
)
from ui.style import icon

if TYPE_CHECKING:
    from ui.page_registry import PageContext

PageKeyRole = Qt.ItemDataRole.UserRole + 1
CONTEXT = "Navigation"


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    """Untranslated, marked with ``QT_TRANSLATE_NOOP("Navigation", …)``."""
    icon: str
    """A file name under ``resources/icons`` without ``.svg``."""
    digit: int
    """Ctrl+digit shows the page; fixed per page so the keys never move."""
    factory: Callable[[PageContext], QWidget]
    entities: tuple[str, ...] = field(default=())
    """Records this page can show (a search hit of one of them opens here)."""


class NavModel(QAbstractListModel):
    def __init__(self, specs: Sequence[PageSpec]) -> None:
        super().__init__()
        self.specs = tuple(specs)

    def row_of(self, key: str) -> int:
        return next((n for n, spec in enumerate(self.specs) if spec.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.specs):
            return None
        spec = self.specs[index.row()]
        title = QCoreApplication.translate(CONTEXT, spec.title)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title} (Ctrl+{spec.digit})"
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(spec.icon)
        if role == PageKeyRole:
            return spec.key
        return None

    def retranslate(self) -> None:
        if self.specs:
            self.dataChanged.emit(self.index(0), self.index(len(self.specs) - 1))
