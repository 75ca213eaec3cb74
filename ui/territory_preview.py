"""Before a territory change is applied: which accounts move, from which territory and reps
to which. Applying is the manager's explicit second step."""

from __future__ import annotations

from typing import Any

from sfa.sync.manager_api import Side, TerritoryMove
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class MovesModel(QAbstractTableModel):
    ACCOUNT, FROM, FROM_REPS, TO, TO_REPS = range(5)

    def __init__(self, moves: list[TerritoryMove], parent: Any = None) -> None:
        super().__init__(parent)
        self._moves = list(moves)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._moves)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Account"),
            self.tr("From territory"),
            self.tr("Reps losing it"),
            self.tr("To territory"),
            self.tr("Reps gaining it"),
        )
        return titles[section] if 0 <= section < 5 else None

    def _territory(self, side: Side) -> str:
        return side.territory_name or self.tr("(no territory: its owner only)")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        move = self._moves[index.row()]
        column = index.column()
        if column == self.ACCOUNT:
            return move.account_name
        if column == self.FROM:
            return self._territory(move.before)
        if column == self.TO:
            return self._territory(move.after)
        side, other = (
            (move.before, move.after) if column == self.FROM_REPS else (move.after, move.before)
        )
        changed = [rep for rep in side.reps if rep not in other.reps]
        return ", ".join(changed) or "—"


class TerritoryPreviewDialog(QDialog):
    """Accepted means “apply the change”."""

    def __init__(
        self, territory: str, moves: list[TerritoryMove], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("territoryPreview")
        self.setWindowTitle(self.tr("Preview: {territory}").format(territory=territory))
        self.model = MovesModel(moves, self)
        self.view = QTableView()
        self.view.setObjectName("territoryMoves")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        summary = QLabel(
            self.tr(
                "{n} accounts move. Reps gain or lose them at their next sync; an edit a rep "
                "has not sent yet for an account they lose is kept and shown to them as refused."
            ).format(n=len(moves))
            if moves
            else self.tr("No account moves: only the territory itself changes.")
        )
        summary.setObjectName("previewSummary")
        summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("applyTerritory")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 480)
