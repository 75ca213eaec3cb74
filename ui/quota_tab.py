"""The Quotas tab: the grid of quotas (reps × months or quarters), copy a period forward, and
the selected period's attainment per rep, team and territory, with its chart.

Edits are written on the laptop and go up with the next sync (:mod:`ui.quota_edits`). The
period whose attainment is shown is the grid's current column (this month or quarter at first).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sfa.analytics.attainment import Period
from sfa.domain.enums import QuotaPeriodKind
from sfa.store.store import LocalStore
from ui.error_text import error_text
from ui.manager_data import Source, Workspace, won_by_rep
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPushButton,
    QSpinBox,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.quota_attainment_panel import AttainmentPanel
from ui.quota_edits import copy_to_next, set_quota
from ui.quota_grid_model import QuotaGridModel, period_label
from ui.tasks import TaskRunner


def table(model: QuotaGridModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class QuotaTab(QWidget):
    edited = Signal()
    """A quota was written: the page reloads the workspace."""

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotaTab")
        self._store, self._tasks = store, tasks
        self.today = date.today()
        self.workspace: Workspace | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("quotaKind")
        for kind in QuotaPeriodKind:
            self.kind.addItem("", kind.value)
        self.year = QSpinBox()
        self.year.setObjectName("quotaYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today.year)
        self.source = QComboBox()
        self.source.setObjectName("attainmentSource")
        for source in Source:
            self.source.addItem("", source.value)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyForward")
        self.message = QLabel()
        self.message.setObjectName("quotaMessage")
        self.message.setWordWrap(True)
        self.grid_model = QuotaGridModel(self)
        self.grid = table(self.grid_model, "quotaGrid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.panel = AttainmentPanel()
        self._build()
        self.grid_model.edit_requested.connect(self._edit, Qt.ConnectionType.QueuedConnection)
        self.grid_model.refused.connect(self.message.setText)
        self.copy_button.clicked.connect(self._copy_forward)
        self.kind.activated.connect(lambda _i: self._show_grid())
        self.year.valueChanged.connect(lambda _v: self._show_grid())
        self.source.activated.connect(lambda _i: self._show_attainment())
        self.grid.selectionModel().currentColumnChanged.connect(self._column_moved)
        self.retranslate()

    def _build(self) -> None:
        controls = QHBoxLayout()
        for widget in (self.kind, self.year, self.source, self.copy_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.kind.setItemText(0, self.tr("Months"))
        self.kind.setItemText(1, self.tr("Quarters"))
        self.source.setItemText(0, self.tr("Credit won deals"))
        self.source.setItemText(1, self.tr("Credit orders booked"))
        self.source.setItemText(2, self.tr("Credit payments collected"))
        self.copy_button.setText(self.tr("Copy to next period"))
        self.copy_button.setToolTip(
            self.tr(
                "Give each rep the selected period's quota in the next period, where none is set"
            )
        )
        self.panel.retranslate()
        self._show_attainment()

    # -- showing ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._show_grid()

    def period_kind(self) -> QuotaPeriodKind:
        return QuotaPeriodKind(self.kind.currentData())

    def periods(self) -> list[Period]:
        return Period.of_year(self.period_kind(), self.year.value())

    def period(self) -> Period:
        """The period whose attainment is shown: the grid's current column, else today's."""
        chosen = self.grid_model.period_at(self.grid.currentIndex().column())
        return chosen or Period.of(self.period_kind(), self.today)

    def _show_grid(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        current = self.period()
        editable = workspace.is_manager
        self.grid_model.set_data(
            workspace.reps, self.periods(), workspace.quota_entries(), editable=editable
        )
        self.copy_button.setVisible(editable)
        wanted = (
            current
            if current.kind == self.period_kind()
            else Period.of(self.period_kind(), self.today)
        )
        column = self.grid_model.column_of(wanted)
        if column > 0 and self.grid_model.rowCount():
            self.grid.setCurrentIndex(self.grid_model.index(0, column))
        self._show_attainment()

    def _column_moved(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_attainment()

    def _show_attainment(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        period, source = self.period(), Source(self.source.currentData())

        def work() -> dict[str, Decimal]:
            with self._store.reading() as conn:
                return won_by_rep(conn, workspace, period, source)

        self._tasks.run(
            work, lambda won: self.panel.show_period(workspace, period, won), self._unreadable
        )

    # -- editing ----------------------------------------------------------------------------
    def _edit(self, user_id: str, period: Period, amount: Decimal | None) -> None:
        workspace = self.workspace
        assert workspace is not None

        def work() -> None:
            with self._store.transaction() as conn:
                set_quota(conn, workspace, user_id, period, amount)

        self._tasks.run(
            work,
            lambda _r: self._saved(self.tr("Saved; it goes up with your next sync.")),
            self._failed,
        )

    def _copy_forward(self) -> None:
        workspace, period = self.workspace, self.period()
        assert workspace is not None

        def work() -> int:
            with self._store.transaction() as conn:
                return copy_to_next(conn, workspace, period)

        def done(count: int) -> None:
            self._saved(
                self.tr("{n} quotas copied to {period}; cells already set were kept.").format(
                    n=count, period=period_label(period.following())
                )
            )

        self._tasks.run(work, done, self._failed)

    def _saved(self, text: str) -> None:
        self.message.setText(text)
        self.edited.emit()

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.message.setText(self.tr("Not saved: {reason}").format(reason=text))

    def _unreadable(self, exc: Exception) -> None:
        text = error_text(exc)
        self.message.setText(text)
