"""The Opportunities page: the pipeline board and the list, with owner and close-date filters.

Moving a deal — dragged to another column, or Ctrl+Shift+→/← on a focused card — goes
through ``sfa.app.opportunities.move_to_stage`` in one transaction, so it syncs like any edit;
won and lost first ask for the reason. Errors are shown on the page in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sfa.app.opportunities import (
    CLOSE_PERIODS,
    BoardColumn,
    OpportunityFilter,
    close_period,
    move_to_stage,
    owners,
    pipeline_board,
    stage_totals,
)
from sfa.domain.enums import Stage
from sfa.domain.errors import DomainError
from sfa.domain.stages import PIPELINE
from sfa.store.store import LocalStore
from ui.opportunities_model import OpportunitiesModel
from ui.opportunity_close_dialog import CloseReasonDialog
from ui.pipeline_board import PipelineBoard
from ui.pipeline_labels import money_totals, stage_name
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAction,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner

_PERIODS = {
    "any": QT_TRANSLATE_NOOP("PipelinePage", "Any close date"),
    "this_month": QT_TRANSLATE_NOOP("PipelinePage", "Closing this month"),
    "next_month": QT_TRANSLATE_NOOP("PipelinePage", "Closing next month"),
    "this_quarter": QT_TRANSLATE_NOOP("PipelinePage", "Closing this quarter"),
    "this_year": QT_TRANSLATE_NOOP("PipelinePage", "Closing this year"),
}


@dataclass(frozen=True, slots=True)
class _Loaded:
    columns: list[BoardColumn]
    owners: list[tuple[str, str]]


class PipelinePage(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinePage")
        self._store = store
        self._tasks = tasks
        self._actor: str | None = None
        self.today: date | None = None
        """Fixed in tests; the real date otherwise."""
        self.close_dialog: CloseReasonDialog | None = None
        self._owners: list[tuple[str, str]] = []
        self._columns: list[BoardColumn] = []

        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ownerFilter")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("periodFilter")
        for period in CLOSE_PERIODS:
            self.period_filter.addItem("", period)
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.addItem("", None)
        for stage in PIPELINE:
            self.stage_filter.addItem("", stage.value)
        self.summary = QLabel()
        self.summary.setObjectName("pipelineSummary")
        self.message = QLabel()
        self.message.setObjectName("pipelineMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8c1d18;")
        self.message.hide()

        self.board = PipelineBoard()
        self.list_model = OpportunitiesModel(store)
        self.list_view = QTableView()
        self.list_view.setObjectName("opportunitiesTable")
        self.list_view.setModel(self.list_model)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(OpportunitiesModel.CLOSE_DATE, Qt.SortOrder.AscendingOrder)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(
            OpportunitiesModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.list_view.setColumnWidth(OpportunitiesModel.ACCOUNT, 240)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, "")
        self.tabs.addTab(self.list_view, "")

        filters = QHBoxLayout()
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.period_filter)
        filters.addWidget(self.stage_filter)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.next_stage = QAction(self)
        self.next_stage.setShortcut(QKeySequence("Ctrl+Shift+Right"))
        self.next_stage.triggered.connect(lambda: self._step(1))
        self.previous_stage = QAction(self)
        self.previous_stage.setShortcut(QKeySequence("Ctrl+Shift+Left"))
        self.previous_stage.triggered.connect(lambda: self._step(-1))
        for action in (self.next_stage, self.previous_stage):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.board.moveRequested.connect(self._defer_move)
        self.owner_filter.activated.connect(lambda _i: self.refresh())
        self.period_filter.activated.connect(lambda _i: self.refresh())
        self.stage_filter.activated.connect(lambda _i: self._reload_list())
        self.tabs.currentChanged.connect(lambda _i: self._update_stage_filter())
        self.retranslate()
        self._update_stage_filter()

    @property
    def actor(self) -> str | None:
        """The signed-in user: “My opportunities” filters on them, moves are theirs."""
        return self._actor

    @actor.setter
    def actor(self, user_id: str | None) -> None:
        self._actor = user_id
        self._fill_owners()

    # ---- loading ------------------------------------------------------------------------

    def current_filter(self, *, with_stage: bool = False) -> OpportunityFilter:
        owner = self.owner_filter.currentData()
        start, end = close_period(str(self.period_filter.currentData()), self.today or date.today())
        stage = self.stage_filter.currentData() if with_stage else None
        return OpportunityFilter(
            stage=Stage(stage) if stage else None,
            owner_id=str(owner) if owner else None,
            close_from=start,
            close_to=end,
        )

    def refresh(self) -> None:
        """Read the board (off the GUI thread) and the list's first page again."""
        filters = self.current_filter()
        store = self._store

        def work() -> _Loaded:
            with store.reading() as conn:
                return _Loaded(pipeline_board(conn, filters), owners(conn))

        self._tasks.run(work, self._show, self._show_error)
        self._reload_list()

    def _update_stage_filter(self) -> None:
        """The board shows every stage side by side; only the list filters by one."""
        self.stage_filter.setVisible(self.tabs.currentWidget() is self.list_view)

    def _reload_list(self) -> None:
        self.list_model.set_filter(self.current_filter(with_stage=True))

    def _show(self, loaded: _Loaded) -> None:
        self._columns = loaded.columns
        if loaded.owners != self._owners:
            self._owners = loaded.owners
            self._fill_owners()
        self.board.show_board(loaded.columns)
        self._show_summary()

    def _show_summary(self) -> None:
        amounts, weighted = stage_totals(self._columns)
        self.summary.setText(
            self.tr("Open pipeline %1 · weighted %2")
            .replace("%1", money_totals(amounts))
            .replace("%2", money_totals(weighted))
        )

    def _fill_owners(self) -> None:
        chosen = self.owner_filter.currentData()
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Everyone"), None)
        if self.actor:
            self.owner_filter.addItem(self.tr("My opportunities"), self.actor)
        for owner_id, name in self._owners:
            if owner_id != self.actor:
                self.owner_filter.addItem(name, owner_id)
        found = self.owner_filter.findData(chosen)
        self.owner_filter.setCurrentIndex(max(found, 0))

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            text = error.message
        else:
            text = self.tr("Something went wrong: %1").replace("%1", str(error))
        self.message.setText(text)
        self.message.show()

    # ---- moving deals -------------------------------------------------------------------

    def _defer_move(self, opportunity_id: str, stage: str) -> None:
        # the drop is still being delivered inside Qt's drag loop: decide once it is over
        QTimer.singleShot(0, lambda: self.request_move(opportunity_id, Stage(stage)))

    def request_move(self, opportunity_id: str, stage: Stage) -> None:
        """Move a deal, asking for the reason first when it is won or lost."""
        if not stage.is_closed:
            self._store_move(opportunity_id, stage, None)
            return
        name = next(
            (c.name for col in self._columns for c in col.cards if c.id == opportunity_id), ""
        )
        dialog = CloseReasonDialog(stage, name, self)
        dialog.accepted.connect(lambda: self._store_move(opportunity_id, stage, dialog.text()))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.close_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: CloseReasonDialog) -> None:
        if self.close_dialog is dialog:
            self.close_dialog = None
        dialog.deleteLater()

    def _store_move(self, opportunity_id: str, stage: Stage, reason: str | None) -> None:
        self.message.hide()
        store, actor = self._store, self.actor

        def work() -> None:
            with store.transaction() as conn:
                move_to_stage(conn, opportunity_id, stage, actor=actor, reason=reason)

        self._tasks.run(work, lambda _none: self.refresh(), self._show_error)

    def _step(self, direction: int) -> None:
        selected = self.board.selected()
        if selected is None:
            return
        opportunity_id, stage = selected
        position = PIPELINE.index(stage) + direction
        if 0 <= position < len(PIPELINE):
            self.request_move(opportunity_id, PIPELINE[position])

    # ---- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Board"))
        self.tabs.setTabText(1, self.tr("List"))
        for index in range(self.period_filter.count()):
            key = str(self.period_filter.itemData(index))
            self.period_filter.setItemText(
                index, QCoreApplication.translate("PipelinePage", _PERIODS[key])
            )
        self.stage_filter.setItemText(0, self.tr("Every stage"))
        for index, stage in enumerate(PIPELINE, start=1):
            self.stage_filter.setItemText(index, stage_name(stage))
        self.next_stage.setText(self.tr("Move to the next stage"))
        self.previous_stage.setText(self.tr("Move to the previous stage"))
        self._fill_owners()
        self.board.retranslate()
        self._show_summary()
        self.list_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.list_model.columnCount() - 1
        )
        top, bottom = (
            self.list_model.index(0, 0),
            self.list_model.index(
                self.list_model.rowCount() - 1, self.list_model.columnCount() - 1
            ),
        )
        if top.isValid():
            self.list_model.dataChanged.emit(top, bottom)
