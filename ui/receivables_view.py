"""Overdue receivables across the team, for a manager's workspace: who owes what, since when.

Every invoice this laptop holds that is past its due date with money still owed, longest
overdue first, with its aging bucket (1–30, 31–60, 61–90, over 90 days) and the rep whose
order it is. A manager's laptop holds the team's invoices (sync decides what each user
sees), so the list is the team's; a rep's shows their territories'. Read off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sfa.app.payments import ReceivableRow, overdue_receivables
from sfa.domain.receivables import AGING_BUCKETS, aging_bucket
from sfa.store.store import LocalStore
from ui.page_labels import money, when
from ui.page_table import Column, RowsModel, make_table
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLabel,
    QModelIndex,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.quote_context import display_name
from ui.tasks import TaskRunner

_C = "ReceivablesView"


def _bucket(days: int) -> str:
    index = aging_bucket(days)
    if index is None:
        return ""
    low, high = AGING_BUCKETS[index]
    if high is None:
        return QCoreApplication.translate(_C, "Over {days} days").format(days=low - 1)
    return QCoreApplication.translate(_C, "{low}–{high} days").format(low=low, high=high)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceivablesView", "Client"), lambda r: r["account_name"]),
    Column(QT_TRANSLATE_NOOP("ReceivablesView", "Invoice"), lambda r: r["number"]),
    Column(QT_TRANSLATE_NOOP("ReceivablesView", "Order"), lambda r: r["order_number"] or ""),
    Column(QT_TRANSLATE_NOOP("ReceivablesView", "Due"), lambda r: when(r["due_on"])),
    Column(QT_TRANSLATE_NOOP("ReceivablesView", "Days overdue"), lambda r: str(r["days"])),
    Column(QT_TRANSLATE_NOOP("ReceivablesView", "Aging"), lambda r: _bucket(r["days"])),
    Column(
        QT_TRANSLATE_NOOP("ReceivablesView", "Still due"), lambda r: money(r["due"], r["currency"])
    ),
    Column(QT_TRANSLATE_NOOP("ReceivablesView", "Rep"), lambda r: r["rep_name"] or ""),
)


@dataclass(frozen=True)
class _Loaded:
    rows: list[dict[str, Any]]
    totals: dict[str, Decimal]


class ReceivablesView(QWidget):
    account_opened = Signal(str)
    """A double-clicked receivable's client (to open the account)."""

    def __init__(self, store: LocalStore, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivablesView")
        self._store, self._tasks = store, tasks
        self.today: Callable[[], date] = date.today
        self.owner_ids: frozenset[str] | None = None
        """Only these reps' receivables (None: every one this laptop holds)."""
        self._generation = 0
        self._totals: dict[str, Decimal] = {}
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.model = RowsModel(_C, COLUMNS, key="invoice_id")
        self.table = make_table(self.model)
        self.table.setObjectName("receivablesTable")
        self.table.doubleClicked.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overdue receivables"))
        self.model.retranslate()
        self._show_summary()

    def refresh(self) -> None:
        self._generation += 1
        generation, on, owners, store = self._generation, self.today(), self.owner_ids, self._store

        def work() -> _Loaded:
            with store.reading() as conn:
                found = overdue_receivables(conn, on, owner_ids=owners)
                names = {r.owner_id: display_name(conn, r.owner_id) for r in found}
            totals: dict[str, Decimal] = {}
            for row in found:
                currency = row.receivable.currency
                totals[currency] = totals.get(currency, Decimal(0)) + row.receivable.due
            return _Loaded([_row(r, on, names.get(r.owner_id)) for r in found], totals)

        def done(loaded: _Loaded) -> None:
            if generation == self._generation:
                self.model.set_rows(loaded.rows)
                self._totals = loaded.totals
                self._show_summary()
                self.table.resizeColumnsToContents()

        def failed(error: Exception) -> None:
            self.summary.setText(
                self.tr("Could not read the receivables: {error}").format(error=error)
            )

        self._tasks.run(work, done, failed)

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        if not count:
            self.summary.setText(self.tr("No invoice is overdue."))
            return
        owed = ", ".join(
            money(amount, currency) for currency, amount in sorted(self._totals.items())
        )
        self.summary.setText(
            self.tr("{count} overdue invoices, {amount} still owed").format(
                count=count, amount=owed
            )
        )

    def _opened(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_opened.emit(self.model.row(index.row())["account_id"])


def _row(row: ReceivableRow, on: date, rep_name: str | None) -> dict[str, Any]:
    receivable = row.receivable
    return {
        "invoice_id": receivable.invoice_id,
        "account_id": receivable.account_id,
        "account_name": row.account_name,
        "number": receivable.number,
        "order_number": row.order_number,
        "due_on": receivable.due_on,
        "days": receivable.days_overdue(on),
        "due": receivable.due,
        "currency": receivable.currency,
        "rep_name": rep_name,
    }
