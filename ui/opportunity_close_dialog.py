"""Asks why a deal was won or lost before it moves to that column.

The reason is what a sales team learns from, so the dialog offers the usual ones and takes
any other; OK stays disabled until there is a reason.
"""

from __future__ import annotations

from sfa.domain.enums import Stage
from sfa.domain.stages import CLOSE_REASON_MAX
from ui.pipeline_labels import stage_name
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

_REASONS = {
    Stage.WON: (
        QT_TRANSLATE_NOOP("CloseReasonDialog", "Best price"),
        QT_TRANSLATE_NOOP("CloseReasonDialog", "Product fit"),
        QT_TRANSLATE_NOOP("CloseReasonDialog", "Relationship and service"),
        QT_TRANSLATE_NOOP("CloseReasonDialog", "Delivery time"),
    ),
    Stage.LOST: (
        QT_TRANSLATE_NOOP("CloseReasonDialog", "Price too high"),
        QT_TRANSLATE_NOOP("CloseReasonDialog", "Lost to a competitor"),
        QT_TRANSLATE_NOOP("CloseReasonDialog", "No budget"),
        QT_TRANSLATE_NOOP("CloseReasonDialog", "Project cancelled"),
        QT_TRANSLATE_NOOP("CloseReasonDialog", "No decision"),
    ),
}


class CloseReasonDialog(QDialog):
    def __init__(self, stage: Stage, deal_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeReasonDialog")
        self.stage = stage
        title = self.tr("Mark as won") if stage is Stage.WON else self.tr("Mark as lost")
        self.setWindowTitle(title)
        question = (
            self.tr("Why was “%1” won?") if stage is Stage.WON else self.tr("Why was “%1” lost?")
        ).replace("%1", deal_name)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("closeReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(
            [QCoreApplication.translate("CloseReasonDialog", text) for text in _REASONS[stage]]
        )
        self.reason.setCurrentIndex(-1)
        line_edit = self.reason.lineEdit()
        assert line_edit is not None
        line_edit.setMaxLength(CLOSE_REASON_MAX)
        line_edit.setPlaceholderText(self.tr("Choose or type the reason"))
        note = QLabel(
            self.tr("The probability becomes %1.").replace(
                "%1", "100%" if stage is Stage.WON else "0%"
            )
            + " "
            + self.tr("Moves to: %1").replace("%1", stage_name(stage))
        )
        note.setStyleSheet("color: #4a5563;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.reason.currentTextChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(420, self.sizeHint().height())

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(bool(self.text()))
