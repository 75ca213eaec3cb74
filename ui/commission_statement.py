"""Commission statements for a month: the rep's own, or a manager's team, line by line.

Above, one row per rep with a plan in force (collected money net of VAT, quota, attainment,
tier multiplier, commission); below, the lines the selected statement came from — each
payment's share per product line, its rate and what it earned. What a laptop holds decides
whose statements appear (a rep syncs only their own plan). Rules: ``sfa.analytics.commissions``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

from sfa.analytics.commissions import Statement
from sfa.app.commissions import statements
from sfa.domain.enums import Role
from sfa.store.store import LocalStore
from ui.commission_plan_dialog import CommissionPlanDialog
from ui.page_labels import money, when
from ui.page_table import Column, RowsModel, make_table
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.quote_context import display_name
from ui.tasks import TaskRunner

_C = "CommissionStatement"


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{(value * 100).quantize(Decimal('0.1'))}%"


SUMMARY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Rep"), lambda r: r["rep_name"]),
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Plan"), lambda r: r["plan_name"]),
    Column(
        QT_TRANSLATE_NOOP("CommissionStatement", "Collected (excl. VAT)"),
        lambda r: money(r["collected"], r["currency"]),
    ),
    Column(
        QT_TRANSLATE_NOOP("CommissionStatement", "Quota"),
        lambda r: money(r["quota"], r["currency"]) or "—",
    ),
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Attainment"), lambda r: _pct(r["attainment"])),
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Multiplier"), lambda r: f"×{r['multiplier']}"),
    Column(
        QT_TRANSLATE_NOOP("CommissionStatement", "Commission"),
        lambda r: money(r["total"], r["currency"]),
    ),
)
LINE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Received"), lambda r: when(r["received_on"])),
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Invoice"), lambda r: r["invoice_number"]),
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Order"), lambda r: r["order_number"]),
    Column(
        QT_TRANSLATE_NOOP("CommissionStatement", "Product line"), lambda r: r["product_line"] or "—"
    ),
    Column(
        QT_TRANSLATE_NOOP("CommissionStatement", "Base"), lambda r: money(r["base"], r["currency"])
    ),
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Rate"), lambda r: _pct(r["rate"])),
    Column(QT_TRANSLATE_NOOP("CommissionStatement", "Multiplier"), lambda r: f"×{r['multiplier']}"),
    Column(
        QT_TRANSLATE_NOOP("CommissionStatement", "Commission"),
        lambda r: money(r["commission"], r["currency"]),
    ),
)


def month_after(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


class CommissionStatementView(QWidget):
    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commissionStatement")
        self._store, self._tasks = store, tasks
        self._generation = 0
        self.statements: list[Statement] = []
        self.today: Callable[[], date] = date.today
        self.actor: str | None = None
        self.role = Role.REP.value
        self.dialog: CommissionPlanDialog | None = None
        today = self.today()
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setObjectName("commissionMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setObjectName("countLabel")
        self.summary_model = RowsModel(_C, SUMMARY_COLUMNS, key="rep_id")
        self.summary = make_table(self.summary_model)
        self.summary.setObjectName("commissionSummary")
        self.lines_model = RowsModel(_C, LINE_COLUMNS, key="payment_id")
        self.lines = make_table(self.lines_model)
        self.lines.setObjectName("commissionLines")
        self.summary.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_lines(current)
        )
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        self._month_label = QLabel()
        header.addWidget(self._month_label)
        header.addWidget(self.month)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("commissionPlan")
        self.plan_button.clicked.connect(self.edit_plan)
        self.plan_button.hide()
        header.addWidget(self.plan_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.summary)
        splitter.addWidget(self.lines)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.rule)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Commission statements"))
        self.plan_button.setText(self.tr("Set a rep's plan…"))
        self._month_label.setText(self.tr("Month:"))
        self.rule.setText(
            self.tr(
                "Commission is paid on money collected in the month, excluding VAT, at each"
                " product line's rate, times the tier your quota attainment reaches."
            )
        )
        self.summary_model.retranslate()
        self.lines_model.retranslate()

    def set_user(self, actor: str | None, role: str) -> None:
        """Who looks: a manager or an admin may set their reps' plans from here."""
        self.actor, self.role = actor, role
        self.plan_button.setVisible(role in (Role.MANAGER.value, Role.ADMIN.value))

    def edit_plan(self) -> None:
        self.dialog = CommissionPlanDialog(
            self._store,
            self._tasks,
            actor=self.actor,
            role=self.role,
            today=self.today(),
            parent=self,
        )
        self.dialog.saved.connect(lambda _id: self.refresh())
        self.dialog.open()

    def period(self) -> tuple[date, date]:
        chosen = self.month.date()
        start = date(chosen.year(), chosen.month(), 1)
        return start, month_after(start)

    def refresh(self) -> None:
        self._generation += 1
        generation, store = self._generation, self._store
        start, end = self.period()

        def work() -> tuple[list[Statement], dict[str, str]]:
            with store.reading() as conn:
                found = statements(conn, start, end)
                names = {s.rep_id: display_name(conn, s.rep_id) or s.rep_id for s in found}
            return found, names

        def done(loaded: tuple[list[Statement], dict[str, str]]) -> None:
            if generation != self._generation:
                return
            self.statements, names = loaded
            self.summary_model.set_rows(
                [_summary(s, names.get(s.rep_id, s.rep_id)) for s in self.statements]
            )
            self.lines_model.set_rows([])
            if self.statements:
                self.summary.selectRow(0)

        def failed(error: Exception) -> None:
            self.rule.setText(
                self.tr("Could not compute the statements: {error}").format(error=error)
            )

        self._tasks.run(work, done, failed)

    def _show_lines(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.statements):
            self.lines_model.set_rows([])
            return
        chosen = self.statements[index.row()]
        self.lines_model.set_rows(
            [{**asdict(line), "currency": chosen.currency} for line in chosen.lines]
        )


def _summary(statement: Statement, rep_name: str) -> dict[str, Any]:
    return {
        "rep_id": statement.rep_id,
        "rep_name": rep_name,
        "plan_name": statement.plan_name,
        "collected": statement.collected,
        "quota": statement.quota,
        "attainment": statement.attainment,
        "multiplier": statement.multiplier,
        "total": statement.total,
        "currency": statement.currency,
    }
