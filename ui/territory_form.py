"""The rules and reps of one territory, as a form: name, the region it is part of, provinces,
cities, industries, named accounts and assigned reps. It shows a territory and says what the
manager made of it; the tab decides what to do with that."""

from __future__ import annotations

import re
from typing import Any

from sfa.domain.enums import Industry
from sfa.store.store import LocalStore
from ui.account_picker import AccountPicker
from ui.page_labels import label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner
from ui.territory_checklist import CheckListModel
from ui.territory_tree_model import TerritoryNode

LIST_FIELDS = ("provinces", "cities", "industries", "named_account_ids", "rep_ids")
_SEPARATORS = re.compile(r"[,，、;；\s]+")
_TITLES = (
    QT_TRANSLATE_NOOP("TerritoryForm", "Name"),
    QT_TRANSLATE_NOOP("TerritoryForm", "Part of"),
    QT_TRANSLATE_NOOP("TerritoryForm", "Provinces"),
    QT_TRANSLATE_NOOP("TerritoryForm", "Cities"),
    QT_TRANSLATE_NOOP("TerritoryForm", "Industries"),
    QT_TRANSLATE_NOOP("TerritoryForm", "Named accounts"),
    QT_TRANSLATE_NOOP("TerritoryForm", "Reps"),
)


def split_names(text: str) -> list[str]:
    """``广州，深圳、 佛山`` → three names (any comma, 、 or space separates)."""
    return [part for part in _SEPARATORS.split(text.strip()) if part]


def _industries() -> list[tuple[str, str]]:
    return [(code.value, label("industry", code.value)) for code in Industry]


class TerritoryForm(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("territoryName")
        self.parent_box = QComboBox()
        self.parent_box.setObjectName("territoryParent")
        self.provinces, self.cities = QLineEdit(), QLineEdit()
        self.provinces.setObjectName("territoryProvinces")
        self.cities.setObjectName("territoryCities")
        self.industries, self.named, self.reps = (
            CheckListModel(self),
            CheckListModel(self),
            CheckListModel(self),
        )
        self.picker = AccountPicker(store, tasks)
        self.picker.picked.connect(self._name_account)
        self._labels = [QLabel() for _ in _TITLES]
        named = QVBoxLayout()
        named.addWidget(self.picker)
        named.addWidget(self._list(self.named, "territoryNamedAccounts"))
        rows: list[Any] = [
            self.name,
            self.parent_box,
            self.provinces,
            self.cities,
            self._list(self.industries, "territoryIndustries"),
            named,
            self._list(self.reps, "territoryReps"),
        ]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for title, row in zip(self._labels, rows, strict=True):
            form.addRow(title, row)
        self.retranslate()

    def _list(self, model: CheckListModel, name: str) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setModel(model)
        view.setMaximumHeight(130)
        return view

    def retranslate(self) -> None:
        self.picker.setPlaceholderText(self.tr("Name an account: type part of its name"))
        self.provinces.setPlaceholderText(self.tr("e.g. 广东、广西"))
        self.cities.setPlaceholderText(self.tr("e.g. 广州、深圳"))
        for widget, title in zip(self._labels, _TITLES, strict=True):
            widget.setText(self.tr(str(title)))
        self.industries.set_items(_industries(), set(self.industries.checked()))
        if self.parent_box.count():
            self.parent_box.setItemText(0, self.tr("(none: a region)"))

    def show_node(
        self,
        node: TerritoryNode,
        parents: list[TerritoryNode],
        reps: list[tuple[str, str]],
        accounts: dict[str, str],
    ) -> None:
        """Show ``node``; ``parents`` are the territories it may be part of, ``reps`` the reps
        who may be assigned (id, name), ``accounts`` the names of accounts the laptop knows."""
        self.name.setText(node.name)
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("(none: a region)"), None)
        for other in parents:
            self.parent_box.addItem(other.name, other.id)
        self.parent_box.setCurrentIndex(
            max(0, self.parent_box.findData(node.fields.get("parent_id")))
        )
        self.provinces.setText("、".join(node.values("provinces")))
        self.cities.setText("、".join(node.values("cities")))
        self.industries.set_items(_industries(), set(node.values("industries")))
        ids = node.values("named_account_ids")
        self.named.set_items([(i, accounts.get(i, i)) for i in ids], set(ids))
        self.reps.set_items(reps, set(node.values("rep_ids")))

    def _name_account(self, account_id: str) -> None:
        if account_id:
            self.named.add(account_id, self.picker.text())
            self.picker.clear()

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "parent_id": self.parent_box.currentData(),
            "provinces": split_names(self.provinces.text()),
            "cities": split_names(self.cities.text()),
            "industries": self.industries.checked(),
            "named_account_ids": self.named.checked(),
            "rep_ids": self.reps.checked(),
        }

    def changes(self, node: TerritoryNode, *, new: bool) -> dict[str, Any]:
        """What the form changes of ``node`` (everything, for a new territory)."""
        fields = self.fields()
        if new:
            return fields
        return {name: value for name, value in fields.items() if _differs(node, name, value)}


def _differs(node: TerritoryNode, name: str, value: Any) -> bool:
    if name in LIST_FIELDS:
        return list(value) != node.values(name)
    return bool(value != node.fields.get(name))
