"""Territories as a tree: regions (territories without a parent) with their territories under
them, to any depth. Columns: name, a summary of the rules, the assigned reps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ui.page_labels import label
from ui.qt import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
TerritoryIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class TerritoryNode:
    id: str
    rev: int
    fields: dict[str, Any]
    children: list[TerritoryNode] = field(default_factory=list)
    parent: TerritoryNode | None = None

    @property
    def name(self) -> str:
        return str(self.fields.get("name") or "")

    def values(self, name: str) -> list[str]:
        return list(self.fields.get(name) or ())


def build_tree(records: list[tuple[str, int, dict[str, Any]]]) -> list[TerritoryNode]:
    """Roots of the tree from ``(id, rev, fields)``; a parent the user cannot see (or a loop)
    makes a territory a root, so nothing goes missing."""
    nodes = {
        record_id: TerritoryNode(record_id, rev, dict(fields)) for record_id, rev, fields in records
    }
    roots: list[TerritoryNode] = []
    for node in nodes.values():
        parent = nodes.get(str(node.fields.get("parent_id") or ""))
        ancestor = parent
        while ancestor is not None and ancestor is not node:
            ancestor = nodes.get(str(ancestor.fields.get("parent_id") or ""))
        if parent is None or ancestor is node:
            roots.append(node)
        else:
            node.parent = parent
            parent.children.append(node)
    for node in [*roots, *nodes.values()]:
        node.children.sort(key=lambda child: (child.name, child.id))
    return sorted(roots, key=lambda root: (root.name, root.id))


class TerritoryTreeModel(QAbstractItemModel):
    NAME, RULES, REPS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[TerritoryNode] = []
        self._people: dict[str, str] = {}

    def set_tree(self, roots: list[TerritoryNode], people: dict[str, str]) -> None:
        self.beginResetModel()
        self._roots, self._people = roots, dict(people)
        self.endResetModel()

    def nodes(self) -> list[TerritoryNode]:
        """Every territory, depth first."""
        found: list[TerritoryNode] = []
        stack = list(reversed(self._roots))
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(reversed(node.children))
        return found

    def node(self, index: Index) -> TerritoryNode | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, territory_id: str) -> QModelIndex:
        for node in self.nodes():
            if node.id == territory_id:
                siblings = node.parent.children if node.parent else self._roots
                return self.createIndex(siblings.index(node), 0, node)
        return QModelIndex()

    def _children(self, parent: Index) -> list[TerritoryNode]:
        node = self.node(parent)
        return node.children if node is not None else self._roots

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        children = self._children(parent)
        if not (0 <= row < len(children) and 0 <= column < 3):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        up = node.parent
        siblings = up.parent.children if up.parent else self._roots
        return self.createIndex(siblings.index(up), 0, up)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Territory"), self.tr("Rules"), self.tr("Reps"))
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == TerritoryIdRole:
            return node.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.NAME:
            return node.name
        if index.column() == self.REPS:
            return ", ".join(self._people.get(rep, rep) for rep in node.values("rep_ids"))
        return self.rules_text(node)

    def rules_text(self, node: TerritoryNode) -> str:
        parts: list[str] = []
        named = len(node.values("named_account_ids"))
        if named:
            parts.append(self.tr("{n} named accounts").format(n=named))
        for name in ("cities", "provinces"):
            if node.values(name):
                parts.append("、".join(node.values(name)))
        industries = [label("industry", code) for code in node.values("industries")]
        if industries:
            parts.append("、".join(industries))
        return " · ".join(parts)
