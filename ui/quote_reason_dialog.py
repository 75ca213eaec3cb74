"""A small dialog asking for the words a decision rests on: a rep's reason for an exception
or a discount, a manager's comment on a decision.

Opened window-modal with ``open()`` (never a blocking ``exec()``), so the rest of the app —
and a test driving it — keeps running; ``submitted`` carries the text once the user confirms.
An empty text is refused in place when ``required``, with nothing lost.
"""

from __future__ import annotations

from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ReasonDialog(QDialog):
    submitted = Signal(str)

    def __init__(
        self, title: str, prompt: str, *, required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self._required = required
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Send"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 240)

    def _confirm(self) -> None:
        text = self.text.toPlainText().strip()
        if self._required and not text:
            self.error.setText(self.tr("Please write a few words: the other side reads them."))
            self.text.setFocus()
            return
        self.accept()
        self.submitted.emit(text)
