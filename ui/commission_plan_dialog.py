"""A manager sets a rep's commission plan: a rate per product line and tiers by attainment.

Rates and tiers are typed one per line (``打印设备=0.05``, ``*=0.02`` for every other line;
``0.8=1.0`` for "from 80 % attainment, ×1.0"), checked by the same rules the server applies;
a bad line is named in the dialog, which stays open with what was typed. Only a manager's
team reps are offered; the server refuses anyone else's all the same.
"""

from __future__ import annotations

from datetime import date

from sfa.app.commissions import save_plan, team_reps
from sfa.store.store import LocalStore
from ui.error_text import error_text
from ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

DEFAULT_RATES = "*=0.03"
DEFAULT_TIERS = "0=0.5\n0.8=1.0\n1.0=1.5"


def _lines(box: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in box.toPlainText().splitlines() if line.strip()]


class CommissionPlanDialog(QDialog):
    saved = Signal(str)
    """The plan's id, once stored."""

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: str | None,
        role: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commissionPlanDialog")
        self._store, self._tasks, self._actor, self._role = store, tasks, actor, role
        self.rep = QComboBox()
        self.name = QLineEdit(f"{today.year}")
        self.valid_from = QDateEdit(QDate(today.year, today.month, 1))
        self.valid_from.setDisplayFormat("yyyy-MM-dd")
        self.valid_from.setCalendarPopup(True)
        self.rates = QPlainTextEdit(DEFAULT_RATES)
        self.tiers = QPlainTextEdit(DEFAULT_TIERS)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self._labels,
            (self.rep, self.name, self.valid_from, self.rates, self.tiers),
            strict=True,
        ):
            form.addRow(label, field)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

        def load() -> list[tuple[str, str]]:
            with store.reading() as conn:
                return team_reps(conn, actor)

        def fill(reps: list[tuple[str, str]]) -> None:
            for rep_id, rep_name in reps:
                self.rep.addItem(rep_name, rep_id)

        tasks.run(load, fill, lambda error: self._say(str(error)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Commission plan"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Rep"),
                self.tr("Plan name"),
                self.tr("In force from"),
                self.tr("Rates"),
                self.tr("Tiers"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.hint.setText(
            self.tr(
                "Rates: one product line per line, e.g. 打印设备=0.05 (5 %); *=0.02 for every"
                " other line. Tiers: attainment from which a multiplier applies, e.g. 0.8=1.0"
                " (from 80 %, ×1.0). Commission is paid on money collected, excluding VAT."
            )
        )

    def save(self) -> None:
        rep_id = self.rep.currentData()
        if not rep_id:
            self._say(self.tr("Choose the rep the plan is for."))
            return
        day = self.valid_from.date()
        start = date(day.year(), day.month(), day.day())
        name, rates, tiers = self.name.text(), _lines(self.rates), _lines(self.tiers)
        store, actor, role = self._store, self._actor, self._role
        self.buttons.setEnabled(False)

        def work() -> str:
            with store.transaction() as conn:
                return save_plan(
                    conn,
                    actor=actor,
                    role=role,
                    user_id=str(rep_id),
                    name=name,
                    valid_from=start,
                    valid_until=None,
                    rates=rates,
                    tiers=tiers,
                )

        def done(plan_id: str) -> None:
            self.buttons.setEnabled(True)
            self.saved.emit(plan_id)
            self.accept()

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            message = error_text(error)
            self._say(self.tr("Not saved: {reason}").format(reason=message))

        self._tasks.run(work, done, failed)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
