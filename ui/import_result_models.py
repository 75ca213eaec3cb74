"""The import wizard's dry run: what happens to each row, and the row-level problems."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sfa.io.import_plan import Action, ImportPlan, Problem
from ui.import_table import ImportTable
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

_INDEX = QModelIndex()

_ACTIONS = {
    Action.CREATE: QT_TRANSLATE_NOOP("PlanModel", "Create"),
    Action.UPDATE: QT_TRANSLATE_NOOP("PlanModel", "Update"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("PlanModel", "Unchanged"),
    Action.REFUSED: QT_TRANSLATE_NOOP("PlanModel", "Refused"),
}
_MATCHED = {
    "id": QT_TRANSLATE_NOOP("PlanModel", "same id"),
    "credit_code": QT_TRANSLATE_NOOP("PlanModel", "same credit code"),
    "sku": QT_TRANSLATE_NOOP("PlanModel", "same product code"),
    "name": QT_TRANSLATE_NOOP("PlanModel", "same name"),
}


class PlanModel(ImportTable):
    """What the dry run would do with each row."""

    LINE, ACTION, RECORD, MATCHED = range(4)
    CONTEXT = "PlanModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanModel", "Row"),
        QT_TRANSLATE_NOOP("PlanModel", "Will be"),
        QT_TRANSLATE_NOOP("PlanModel", "Record"),
        QT_TRANSLATE_NOOP("PlanModel", "Matched by"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._plan = ImportPlan("account", [], [])

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._plan = plan
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._plan.rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plan.rows):
            return None
        row = self._plan.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.LINE:
                return str(row.line)
            if column == self.ACTION:
                return QCoreApplication.translate(self.CONTEXT, _ACTIONS[row.action])
            if column == self.RECORD:
                return row.label
            matched = _MATCHED.get(row.matched_by or "")
            return QCoreApplication.translate(self.CONTEXT, matched) if matched else ""
        if role == Qt.ItemDataRole.UserRole and index.column() == self.ACTION:
            return row.action.value
        return None


class ProblemsModel(ImportTable):
    """The row-level error report: row, column, value, why."""

    LINE, COLUMN, VALUE, REASON = range(4)
    CONTEXT = "ProblemsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemsModel", "Row"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Column"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Value"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Why"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: p.line)
        self.endResetModel()

    def headers(self) -> tuple[str, str, str, str]:
        first, second, third, fourth = (
            QCoreApplication.translate(self.CONTEXT, h) for h in self.HEADERS
        )
        return first, second, third, fourth

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        return (str(problem.line), problem.column, problem.value, problem.reason)[index.column()]
