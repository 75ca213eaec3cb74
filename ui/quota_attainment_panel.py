"""A period's attainment below the quota grid: per rep, per team and per territory (tables),
and the chart of quota against won per rep."""

from __future__ import annotations

from decimal import Decimal

from sfa.analytics.attainment import Attainment, Period, by_group, per_rep
from ui.manager_charts import AttainmentChart
from ui.manager_data import Workspace
from ui.qt import QHeaderView, QSplitter, Qt, QTableView, QTabWidget, QVBoxLayout, QWidget
from ui.quota_attainment_model import AttainmentModel
from ui.quota_grid_model import period_label


def _table(model: AttainmentModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AttainmentPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reps_model = AttainmentModel(self)
        self.teams_model = AttainmentModel(self)
        self.territories_model = AttainmentModel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(_table(self.reps_model, "attainmentPerRep"), "")
        self.tabs.addTab(_table(self.teams_model, "attainmentPerTeam"), "")
        self.tabs.addTab(_table(self.territories_model, "attainmentPerTerritory"), "")
        self.chart = AttainmentChart()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Per rep"))
        self.tabs.setTabText(1, self.tr("Per team"))
        self.tabs.setTabText(2, self.tr("Per territory"))

    def show_period(self, workspace: Workspace, period: Period, won: dict[str, Decimal]) -> None:
        """The shown reps' attainment in ``period`` given what each is credited with."""
        rows = per_rep([rep.id for rep in workspace.reps], workspace.quota_entries(), won, period)
        named = [(workspace.name(row.key), row) for row in rows]
        self.reps_model.set_rows(named)
        teams = by_group(rows, workspace.teams())
        self.teams_model.set_rows([(workspace.name(row.key), row) for row in teams])
        shown = {rep.id for rep in workspace.reps}
        groups = {
            key: [rep for rep in reps if rep in shown]
            for key, (_name, reps) in workspace.territories.items()
            if shown & set(reps)
        }
        territories: list[tuple[str, Attainment]] = [
            (workspace.territories[row.key][0], row) for row in by_group(rows, groups)
        ]
        self.territories_model.set_rows(territories)
        title = self.tr("Attainment, {period}").format(period=period_label(period))
        self.chart.show_rows(title, named)
