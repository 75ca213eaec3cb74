"""The import wizard's column mapping: one row per column of the file, the field it fills
edited with a combo box of the entity's fields (:class:`TargetDelegate`)."""

from __future__ import annotations

from typing import Any

from sfa.io.import_mapping import TARGETS
from sfa.io.tabular import Table
from ui.import_table import ImportTable
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QComboBox,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)

_INDEX = QModelIndex()
TargetRole = Qt.ItemDataRole.UserRole + 1
"""The field code a column is mapped to (None: skipped)."""

_TARGETS = "ImportTargets"
TARGET_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ImportTargets", "Record id (SFA Desk)"),
    "name": QT_TRANSLATE_NOOP("ImportTargets", "Name"),
    "credit_code": QT_TRANSLATE_NOOP("ImportTargets", "Credit code"),
    "industry": QT_TRANSLATE_NOOP("ImportTargets", "Industry"),
    "tier": QT_TRANSLATE_NOOP("ImportTargets", "Tier"),
    "status": QT_TRANSLATE_NOOP("ImportTargets", "Status"),
    "province": QT_TRANSLATE_NOOP("ImportTargets", "Province"),
    "city": QT_TRANSLATE_NOOP("ImportTargets", "City"),
    "district": QT_TRANSLATE_NOOP("ImportTargets", "District"),
    "address": QT_TRANSLATE_NOOP("ImportTargets", "Address"),
    "phone": QT_TRANSLATE_NOOP("ImportTargets", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportTargets", "E-mail"),
    "website": QT_TRANSLATE_NOOP("ImportTargets", "Website"),
    "notes": QT_TRANSLATE_NOOP("ImportTargets", "Notes"),
    "owner": QT_TRANSLATE_NOOP("ImportTargets", "Owner (username or name)"),
    "contact_name": QT_TRANSLATE_NOOP("ImportTargets", "Primary contact: name"),
    "contact_title": QT_TRANSLATE_NOOP("ImportTargets", "Primary contact: title"),
    "contact_phone": QT_TRANSLATE_NOOP("ImportTargets", "Primary contact: phone"),
    "contact_email": QT_TRANSLATE_NOOP("ImportTargets", "Primary contact: e-mail"),
    "account": QT_TRANSLATE_NOOP("ImportTargets", "Account (name or credit code)"),
    "last_name": QT_TRANSLATE_NOOP("ImportTargets", "Family name"),
    "first_name": QT_TRANSLATE_NOOP("ImportTargets", "Given name"),
    "title": QT_TRANSLATE_NOOP("ImportTargets", "Title"),
    "is_primary": QT_TRANSLATE_NOOP("ImportTargets", "Primary contact?"),
    "stage": QT_TRANSLATE_NOOP("ImportTargets", "Stage"),
    "amount": QT_TRANSLATE_NOOP("ImportTargets", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ImportTargets", "Currency"),
    "close_date": QT_TRANSLATE_NOOP("ImportTargets", "Close date"),
    "probability": QT_TRANSLATE_NOOP("ImportTargets", "Probability"),
    "next_step": QT_TRANSLATE_NOOP("ImportTargets", "Next step"),
    "close_reason": QT_TRANSLATE_NOOP("ImportTargets", "Close reason"),
    "sku": QT_TRANSLATE_NOOP("ImportTargets", "Product code (SKU)"),
    "unit": QT_TRANSLATE_NOOP("ImportTargets", "Unit"),
    "list_price": QT_TRANSLATE_NOOP("ImportTargets", "List price"),
    "product_line": QT_TRANSLATE_NOOP("ImportTargets", "Product line"),
    "active": QT_TRANSLATE_NOOP("ImportTargets", "Active"),
    "description": QT_TRANSLATE_NOOP("ImportTargets", "Description"),
}
SKIP = QT_TRANSLATE_NOOP("ImportTargets", "— do not import —")


def target_label(target: str | None) -> str:
    return QCoreApplication.translate(_TARGETS, TARGET_LABELS.get(target or "", SKIP))


class MappingModel(ImportTable):
    """One row per column of the file: its header, a sample value, the field it fills."""

    HEADER, SAMPLE, TARGET = range(3)
    CONTEXT = "MappingModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MappingModel", "Column in the file"),
        QT_TRANSLATE_NOOP("MappingModel", "First value"),
        QT_TRANSLATE_NOOP("MappingModel", "Import into"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.entity = "account"
        self._headers: list[str] = []
        self._samples: list[str] = []
        self._targets: list[str | None] = []

    def set_mapping(self, entity: str, sheet: Table, mapping: dict[str, str | None]) -> None:
        self.beginResetModel()
        self.entity = entity
        self._headers = list(sheet.headers)
        self._samples = [
            next((row[n] for row in sheet.rows if row[n]), "") for n in range(len(sheet.headers))
        ]
        self._targets = [mapping.get(header) for header in self._headers]
        self.endResetModel()

    def mapping(self) -> dict[str, str | None]:
        return dict(zip(self._headers, self._targets, strict=True))

    def targets(self) -> tuple[str, ...]:
        return TARGETS[self.entity]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role in (TargetRole, Qt.ItemDataRole.EditRole) and column == self.TARGET:
            return self._targets[row]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.HEADER:
            return self._headers[row]
        if column == self.SAMPLE:
            return self._samples[row]
        return target_label(self._targets[row])

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != self.TARGET
            or role not in (Qt.ItemDataRole.EditRole, TargetRole)
            or (value is not None and value not in self.targets())
        ):
            return False
        row = index.row()
        if value is not None:  # a field is filled from one column: the previous one lets go
            for other, target in enumerate(self._targets):
                if target == value and other != row:
                    self._targets[other] = None
                    changed = self.index(other, self.TARGET)
                    self.dataChanged.emit(changed, changed)
        self._targets[row] = value
        self.dataChanged.emit(index, index)
        return True


class TargetDelegate(QStyledItemDelegate):
    """A combo box of the entity's fields; a choice is committed as soon as it is made."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("targetCombo")
        combo.addItem(target_label(None), None)
        model = index.model()
        assert isinstance(model, MappingModel)
        for target in model.targets():
            combo.addItem(target_label(target), target)
        combo.activated.connect(lambda _n: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(TargetRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
