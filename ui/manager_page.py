"""The manager's workspace: Territories, Pool, Quotas, Forecast and Approvals for a manager
(or an admin); “My numbers” and the Pool for a rep.

Quotas, attainment and the forecast are read from the laptop's store and work offline from the
last sync; territories and the pool are on the server and need the network (the main window
sets :attr:`transport`, the signed-in session's). The tabs a user sees follow their role in
the local user table, read again on every :meth:`refresh` (after each sync).
"""

from __future__ import annotations

from sfa.store.store import LocalStore
from sfa.sync.transport import Transport
from ui.approvals_dialog import ApprovalsDialog
from ui.commission_statement import CommissionStatementView
from ui.forecast_tab import ForecastTab
from ui.manager_data import Workspace, load_workspace
from ui.manager_numbers import MyNumbers
from ui.pool_tab import PoolTab
from ui.qt import QLabel, Qt, QTabWidget, QVBoxLayout, QWidget
from ui.quota_tab import QuotaTab
from ui.receivables_view import ReceivablesView
from ui.tasks import TaskRunner
from ui.territory_editor import TerritoryTab


class _EmbeddedApprovals(ApprovalsDialog):
    """The approvals inbox as a tab: the dialog as it is, minus the ways a dialog closes."""

    def done(self, _result: int) -> None:
        """Escape and Close would hide the tab's content; a tab stays."""


class ManagerPage(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerPage")
        self._store, self._tasks = store, tasks
        self._actor: str | None = None
        self._transport: Transport | None = None
        self.workspace: Workspace | None = None
        self.approvals: ApprovalsDialog | None = None
        self._approvals_for: tuple[str, str] | None = None
        self._as_manager: bool | None = None
        self.numbers = MyNumbers(store, tasks)
        self.territories = TerritoryTab(store, tasks)
        self.pool = PoolTab(store, tasks)
        self.quotas = QuotaTab(store, tasks)
        self.forecast = ForecastTab(store, tasks)
        self.receivables = ReceivablesView(store, tasks)
        self.commissions = CommissionStatementView(store, tasks)
        self.approvals_tab = QWidget()
        self.approvals_tab.setObjectName("approvalsTab")
        self._approvals_layout = QVBoxLayout(self.approvals_tab)
        self._approvals_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("managerTabs")
        for widget in (
            self.numbers,
            self.territories,
            self.pool,
            self.quotas,
            self.forecast,
            self.receivables,
            self.commissions,
            self.approvals_tab,
        ):
            self.tabs.addTab(widget, "")
        self.notice = QLabel()
        self.notice.setObjectName("managerNotice")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.quotas.edited.connect(self.refresh)
        self.forecast.edited.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _i: self._fetch_online())
        self.retranslate()
        self._arrange(manager=False)

    # -- who and where ----------------------------------------------------------------------
    @property
    def actor(self) -> str | None:
        return self._actor

    @actor.setter
    def actor(self, actor: str | None) -> None:
        if actor != self._actor:
            self._actor = actor
            self.refresh()

    @property
    def transport(self) -> Transport | None:
        return self._transport

    @transport.setter
    def transport(self, transport: Transport | None) -> None:
        self._transport = transport
        self.territories.transport = transport
        self.pool.transport = transport
        self._fetch_online()

    def retranslate(self) -> None:
        titles = (
            self.tr("My numbers"),
            self.tr("Territories"),
            self.tr("Pool"),
            self.tr("Quotas"),
            self.tr("Forecast"),
            self.tr("Receivables"),
            self.tr("Commissions"),
            self.tr("Approvals"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for tab in (
            self.numbers,
            self.territories,
            self.pool,
            self.quotas,
            self.forecast,
            self.receivables,
            self.commissions,
        ):
            tab.retranslate()
        if self.approvals is not None:
            self.approvals.retranslate()
        self._explain()

    def _explain(self) -> None:
        workspace = self.workspace
        if workspace is None or workspace.me is None:
            self.notice.setText(self.tr("Sign in and sync to see your numbers."))
        else:
            self.notice.clear()
        self.notice.setVisible(bool(self.notice.text()))

    # -- refreshing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the workspace again from the store (after a sync or an edit)."""
        actor = self._actor

        def work() -> Workspace:
            with self._store.reading() as conn:
                return load_workspace(conn, actor)

        self._tasks.run(work, self._show, lambda exc: self.notice.setText(str(exc)))

    def _show(self, workspace: Workspace) -> None:
        self.workspace = workspace
        manager = workspace.is_manager
        self._arrange(manager=manager)
        for tab in (self.numbers, self.quotas, self.forecast):
            tab.set_workspace(workspace)
        if workspace.me is not None:
            self.commissions.set_user(workspace.me.id, workspace.me.role)
            self.commissions.refresh()
        if manager:
            self.receivables.refresh()
        if manager and workspace.me is not None:
            self._embed_approvals(workspace.me.id, workspace.me.role)
        self._explain()

    def _arrange(self, *, manager: bool) -> None:
        shown = {
            self.numbers: not manager,
            self.territories: manager,
            self.pool: True,
            self.quotas: manager,
            self.forecast: manager,
            self.receivables: manager,
            self.commissions: True,
            self.approvals_tab: manager,
        }
        if manager == self._as_manager:
            return
        self._as_manager = manager
        for widget, visible in shown.items():
            self.tabs.setTabVisible(self.tabs.indexOf(widget), visible)
        self.tabs.setCurrentWidget(next(widget for widget, visible in shown.items() if visible))

    def _embed_approvals(self, user_id: str, role: str) -> None:
        """The approvals inbox (:class:`ApprovalsDialog`) shown as a tab, for this manager."""
        if self.approvals is not None and self._approvals_for == (user_id, role):
            self.approvals.refresh()
            return
        if self.approvals is not None:
            self.approvals.deleteLater()
        self._approvals_for = (user_id, role)
        dialog = _EmbeddedApprovals(self._store, user_id=user_id, role=role, tasks=self._tasks)
        dialog.setWindowFlags(Qt.WindowType.Widget)
        dialog.close_button.hide()
        self._approvals_layout.addWidget(dialog)
        self.approvals = dialog

    def _fetch_online(self) -> None:
        """Territories and the pool are read from the server when their tab is shown (not
        after every sync: a territory being edited keeps what the manager typed)."""
        current = self.tabs.currentWidget()
        if current is self.territories:
            self.territories.refresh()
        elif current is self.pool:
            self.pool.refresh()
