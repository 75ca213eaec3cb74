"""The Forecast tab: per rep and for the team, closed + commit + best case + weighted pipeline
for a month or quarter, beside the quota, with the chart of the categories; a manager
overrides a rep's commit with a note (kept on the rep's quota, synced like any edit).
"""

from __future__ import annotations

from datetime import date

from sfa.analytics.attainment import ZERO, Period, quota_for
from sfa.analytics.forecast import RepForecast, forecast, roll_up
from sfa.domain.enums import QuotaPeriodKind
from sfa.store.store import LocalStore
from ui.error_text import error_text
from ui.forecast_model import ForecastModel, RepIdRole
from ui.forecast_override_dialog import CommitOverrideDialog
from ui.manager_charts import ForecastChart
from ui.manager_data import Workspace
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.quota_edits import set_commit_override
from ui.quota_grid_model import period_label
from ui.tasks import TaskRunner


class ForecastTab(QWidget):
    edited = Signal()

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastTab")
        self._store, self._tasks = store, tasks
        self.today = date.today()
        self.workspace: Workspace | None = None
        self._periods: list[Period] = []
        self.dialog: CommitOverrideDialog | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("forecastKind")
        for kind in QuotaPeriodKind:
            self.kind.addItem("", kind.value)
        self.period_box = QComboBox()
        self.period_box.setObjectName("forecastPeriod")
        self.override_button = QPushButton()
        self.override_button.setObjectName("overrideCommit")
        self.message = QLabel()
        self.message.setObjectName("forecastMessage")
        self.message.setWordWrap(True)
        self.model = ForecastModel(self)
        self.table = QTableView()
        self.table.setObjectName("forecastTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = ForecastChart()
        controls = QHBoxLayout()
        for widget in (self.kind, self.period_box, self.override_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._fill_periods()
        self.kind.activated.connect(self._kind_changed)
        self.period_box.activated.connect(lambda _i: self._show())
        self.override_button.clicked.connect(self.override_commit)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind.setItemText(0, self.tr("Month"))
        self.kind.setItemText(1, self.tr("Quarter"))
        self.override_button.setText(self.tr("Override commit…"))
        self.override_button.setToolTip(
            self.tr("Call the selected rep's commit yourself, with a note the rep reads")
        )
        self._show()

    def _kind_changed(self, _index: int) -> None:
        self._fill_periods()
        self._show()

    def _fill_periods(self) -> None:
        kind = QuotaPeriodKind(self.kind.currentData())
        self._periods = [
            period
            for year in (self.today.year - 1, self.today.year, self.today.year + 1)
            for period in Period.of_year(kind, year)
        ]
        self.period_box.clear()
        for period in self._periods:
            self.period_box.addItem(period_label(period))
        self.period_box.setCurrentIndex(self._periods.index(Period.of(kind, self.today)))

    def period(self) -> Period:
        return self._periods[max(0, self.period_box.currentIndex())]

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.override_button.setVisible(workspace.is_manager)
        self._show()

    def _show(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        period = self.period()
        reps = [rep.id for rep in workspace.reps]
        rows = forecast(workspace.deals, period, reps, workspace.overrides(period))
        entries = workspace.quota_entries()
        shown = [
            (workspace.name(row.user_id), row, quota_for(entries, row.user_id, period))
            for row in rows
        ]
        total = None
        if len(rows) > 1:
            quotas = [quota for _n, _r, quota in shown if quota is not None]
            team_quota = sum(quotas, ZERO) if quotas else None
            total = (self.tr("Team"), roll_up("", rows), team_quota)
        self.model.set_rows(shown, total)
        title = self.tr("Forecast, {period}").format(period=period_label(period))
        self.chart.show_rows(title, [(name, row) for name, row, _q in shown])

    def selected(self) -> RepForecast | None:
        user_id = self.table.currentIndex().data(RepIdRole)
        for _name, row, _quota in self.model.forecasts():
            if row.user_id == user_id:
                return row
        return None

    def override_commit(self) -> CommitOverrideDialog | None:
        workspace, row = self.workspace, self.selected()
        if workspace is None or row is None:
            self.message.setText(self.tr("Select a rep first."))
            return None
        current = row.override
        dialog = CommitOverrideDialog(
            workspace.name(row.user_id),
            row.committed,
            current.amount if current else None,
            current.note if current else None,
            self,
        )
        dialog.accepted.connect(lambda: self._save(row.user_id, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, user_id: str, dialog: CommitOverrideDialog) -> None:
        workspace, period = self.workspace, self.period()
        assert workspace is not None

        def work() -> None:
            with self._store.transaction() as conn:
                set_commit_override(conn, workspace, user_id, period, dialog.amount, dialog.note)

        def done(_result: object) -> None:
            self.message.setText(self.tr("Saved; the rep sees your call after your next sync."))
            self.edited.emit()

        self._tasks.run(work, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.message.setText(self.tr("Not saved: {reason}").format(reason=text))
