"""The Territories tab: the tree of regions and territories, the rules and reps of the selected
one, and a preview of which accounts move before a change is applied.

Territories are changed on the server (the manager is online for this): the tab reads them
from the server, previews a change there (``POST /api/v1/territories/preview``) and applies it
with the same call a sync would make; every affected rep's next sync gains or loses the
accounts. Without a connection it says so plainly and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sfa.domain.enums import Role
from sfa.store import writes
from sfa.store.store import LocalStore
from sfa.sync import manager_api
from sfa.sync.manager_api import TerritoryMove
from sfa.sync.transport import Transport
from ui.manager_online import explain
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner
from ui.territory_form import TerritoryForm
from ui.territory_preview import TerritoryPreviewDialog
from ui.territory_tree_model import TerritoryNode, TerritoryTreeModel, build_tree


@dataclass(frozen=True)
class _Loaded:
    records: list[tuple[str, int, dict[str, Any]]]
    people: dict[str, str]
    reps: list[tuple[str, str]]
    accounts: dict[str, str]


def tree_view(model: TerritoryTreeModel) -> QTreeView:
    view = QTreeView()
    view.setObjectName("territoryTree")
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setColumnWidth(TerritoryTreeModel.NAME, 200)
    return view


class TerritoryTab(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territoryTab")
        self._store, self._tasks = store, tasks
        self.transport: Transport | None = None
        self.editing: TerritoryNode | None = None
        self.is_new = False
        self.preview_dialog: TerritoryPreviewDialog | None = None
        self.model = TerritoryTreeModel(self)
        self.tree = tree_view(self.model)
        self.reload_button, self.new_region, self.new_child = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.form = TerritoryForm(store, tasks)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewTerritory")
        self.message = QLabel()
        self.message.setObjectName("territoryMessage")
        self.message.setWordWrap(True)
        self._build()
        self.reload_button.clicked.connect(self.refresh)
        self.new_region.clicked.connect(lambda: self.start_new(None))
        self.new_child.clicked.connect(lambda: self.start_new(self._selected_id()))
        self.preview_button.clicked.connect(self.preview)
        self.tree.selectionModel().currentRowChanged.connect(self._selected)
        self.retranslate()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.reload_button, self.new_region, self.new_child):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.tree, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.form)
        side.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.reload_button.setText(self.tr("Reload"))
        self.new_region.setText(self.tr("New region"))
        self.new_child.setText(self.tr("New territory in selected"))
        self.preview_button.setText(self.tr("Preview and apply…"))
        self.form.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        transport = self.transport
        if transport is None:
            self.message.setText(
                self.tr("Not connected to a server: territories are managed on the server.")
            )
            return

        def work() -> _Loaded:
            territories = manager_api.records(transport, "territories")
            users = manager_api.records(transport, "users")
            named = {item for t in territories for item in t.fields.get("named_account_ids") or ()}
            with self._store.reading() as conn:
                accounts = {
                    account_id: str(row["name"])
                    for account_id in named
                    if (row := writes.load(conn, "account", account_id)) is not None
                }
            people = {
                u.id: str(u.fields.get("display_name") or u.fields["username"]) for u in users
            }
            reps = [(u.id, people[u.id]) for u in users if u.fields.get("role") == Role.REP]
            records = [(t.id, t.rev, t.fields) for t in territories]
            return _Loaded(records, people, sorted(reps, key=lambda r: r[1]), accounts)

        self._tasks.run(work, self._show, self._failed)

    def _show(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        keep = self.editing.id if self.editing is not None and not self.is_new else None
        self.model.set_tree(build_tree(loaded.records), loaded.people)
        self.tree.expandAll()
        index = self.model.index_of(keep) if keep else self.model.index(0, 0)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        else:
            self.editing = None

    def _selected_id(self) -> str | None:
        node = self.model.node(self.tree.currentIndex())
        return node.id if node is not None else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node(current)
        if node is not None:
            self._edit(node, new=False)

    def start_new(self, parent_id: str | None) -> None:
        """A new region (no parent) or a new territory under ``parent_id``, not saved yet."""
        node = TerritoryNode(str(uuid.uuid4()), 0, {"name": "", "parent_id": parent_id})
        self._edit(node, new=True)
        self.form.name.setFocus()

    def _edit(self, node: TerritoryNode, *, new: bool) -> None:
        self.editing, self.is_new = node, new
        parents = [n for n in self.model.nodes() if n.id != node.id and not self._under(n, node.id)]
        loaded = getattr(self, "_loaded", None)
        self.form.show_node(
            node, parents, loaded.reps if loaded else [], loaded.accounts if loaded else {}
        )
        if new:
            self.message.setText(self.tr("New territory: fill it in, then preview."))

    def _under(self, node: TerritoryNode, ancestor: str) -> bool:
        up = node.parent
        while up is not None:
            if up.id == ancestor:
                return True
            up = up.parent
        return False

    # -- preview and apply ------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        node = self.editing
        return {} if node is None else self.form.changes(node, new=self.is_new)

    def preview(self) -> None:
        node, transport, changes = self.editing, self.transport, self.changes()
        if node is None or transport is None:
            self.message.setText(self.tr("Select a territory, or start a new one."))
            return
        if not self.form.fields()["name"]:
            self.message.setText(self.tr("Give the territory a name."))
            return
        if not changes:
            self.message.setText(self.tr("Nothing has changed."))
            return

        def work() -> list[TerritoryMove]:
            return manager_api.preview_territory(transport, node.id, changes)

        self.message.setText(self.tr("Asking the server…"))
        self._tasks.run(work, lambda moves: self._confirm(node, changes, moves), self._failed)

    def _confirm(
        self, node: TerritoryNode, changes: dict[str, Any], moves: list[TerritoryMove]
    ) -> None:
        self.message.clear()
        dialog = TerritoryPreviewDialog(str(changes.get("name") or node.name), moves, self)
        dialog.accepted.connect(lambda: self.apply(node, changes, len(moves)))
        self.preview_dialog = dialog
        dialog.open()

    def apply(self, node: TerritoryNode, changes: dict[str, Any], moved: int) -> None:
        transport, new = self.transport, self.is_new
        assert transport is not None

        def work() -> None:
            base = None if new else node.rev
            saved = manager_api.save(
                transport, "territories", node.id, changes, new=new, base_rev=base
            )
            manager_api.keep(self._store, [saved])

        def done(_result: object) -> None:
            self.is_new = False
            self.message.setText(
                self.tr(
                    "Applied: {n} accounts moved. Reps gain or lose them at their next sync."
                ).format(n=moved)
            )
            self.refresh()

        self._tasks.run(work, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(explain(exc))
