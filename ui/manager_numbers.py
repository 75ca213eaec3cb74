"""“My numbers”, the rep's own view: attainment and forecast for this month and this quarter,
with the manager's call of their commit when there is one. Computed from the laptop's store,
so it works offline from the last sync."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sfa.analytics.attainment import Period, per_rep, quota_for
from sfa.analytics.forecast import forecast
from sfa.domain.enums import QuotaPeriodKind
from sfa.store.store import LocalStore
from ui.forecast_model import ForecastModel
from ui.manager_charts import AttainmentChart, ForecastChart
from ui.manager_data import Source, Workspace, won_by_rep
from ui.qt import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from ui.quota_attainment_model import AttainmentModel
from ui.quota_grid_model import period_label
from ui.tasks import TaskRunner


def _view(model: AttainmentModel | ForecastModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MyNumbers(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myNumbers")
        self._store, self._tasks = store, tasks
        self.today = date.today()
        self.workspace: Workspace | None = None
        self.attainment_model = AttainmentModel(self)
        self.forecast_model = ForecastModel(self, by_period=True)
        self.attainment_chart = AttainmentChart()
        self.forecast_chart = ForecastChart()
        self.message = QLabel()
        self.message.setObjectName("myNumbersMessage")
        self.message.setWordWrap(True)
        self._attainment_title, self._forecast_title = QLabel(), QLabel()
        charts = QHBoxLayout()
        charts.addWidget(self.attainment_chart)
        charts.addWidget(self.forecast_chart)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self._attainment_title)
        layout.addWidget(_view(self.attainment_model, "myAttainment"))
        layout.addWidget(self._forecast_title)
        layout.addWidget(_view(self.forecast_model, "myForecast"))
        layout.addLayout(charts, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._attainment_title.setText(self.tr("Won against your quota"))
        self._forecast_title.setText(self.tr("Your forecast"))
        self._show()

    def periods(self) -> list[Period]:
        return [Period.of(kind, self.today) for kind in QuotaPeriodKind]

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._show()

    def _show(self) -> None:
        workspace = self.workspace
        if workspace is None or workspace.me is None:
            return
        me, periods = workspace.me, self.periods()

        def work() -> list[dict[str, Decimal]]:
            with self._store.reading() as conn:
                return [won_by_rep(conn, workspace, period, Source.WON) for period in periods]

        self._tasks.run(work, lambda won: self._numbers(workspace, me.id, won), self._failed)

    def _numbers(self, workspace: Workspace, user_id: str, won: list[dict[str, Decimal]]) -> None:
        entries = workspace.quota_entries()
        attained, forecasts = [], []
        for period, credited in zip(self.periods(), won, strict=True):
            label = period_label(period)
            [row] = per_rep([user_id], entries, credited, period)
            attained.append((label, row))
            [call] = forecast(workspace.deals, period, [user_id], workspace.overrides(period))
            forecasts.append((label, call, quota_for(entries, user_id, period)))
        self.attainment_model.set_rows(attained)
        self.forecast_model.set_rows(forecasts, None)
        self.attainment_chart.show_rows(self.tr("Attainment"), attained)
        self.forecast_chart.show_rows(self.tr("Forecast"), [(n, f) for n, f, _q in forecasts])
        notes = [f for _n, f, _q in forecasts if f.override is not None]
        self.message.setText(
            self.tr("Your manager called your commit: {note}").format(
                note=" / ".join(f.override.note or "" for f in notes if f.override)
            )
            if notes
            else ""
        )

    def _failed(self, exc: Exception) -> None:
        self.message.setText(str(exc))
