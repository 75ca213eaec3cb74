"""A form that checks each field as the rep types, through the one validation gate.

Every keystroke runs the field through ``sfa.domain.clean.clean_fields`` (the same rules the
server applies), and whatever is wrong is written under the field in plain words; the form
reports whether it can be saved. Nothing here knows a rule of its own except “required”.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sfa.domain.clean import clean_fields
from sfa.domain.errors import ValidationError
from ui.page_labels import codes, label
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)


@dataclass(frozen=True)
class FormField:
    name: str
    title: str
    """Untranslated, in the form's translation context."""
    kind: str = "line"
    """``line``, ``choice`` (a vocabulary of :mod:`ui.page_labels`), ``text`` or ``check``."""
    vocabulary: str = ""
    required: bool = False


class ValidatedForm(QWidget):
    validity_changed = Signal(bool)

    def __init__(
        self, entity: str, fields: Sequence[FormField], context: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._entity = entity
        self._context = context
        self.specs = {spec.name: spec for spec in fields}
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._titles: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in fields:
            widget = self._input(spec)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            title = QLabel()
            title.setBuddy(widget)
            layout.addRow(title, holder)
            self.inputs[spec.name] = widget
            self.errors[spec.name] = error
            self._titles[spec.name] = title
        self.retranslate()

    def _input(self, spec: FormField) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox()
            combo.addItem("", "")
            for code in codes(spec.vocabulary):
                combo.addItem(label(spec.vocabulary, code), code)
            return combo
        if spec.kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().height() * 4)
            return text
        if spec.kind == "check":
            return QCheckBox()
        line = QLineEdit()
        line.setObjectName(f"field_{spec.name}")
        line.textChanged.connect(lambda _t, name=spec.name: self.check(name))
        return line

    def retranslate(self) -> None:
        for name, spec in self.specs.items():
            title = QCoreApplication.translate(self._context, spec.title)
            self._titles[name].setText(f"{title} *" if spec.required else title)
            widget = self.inputs[name]
            if isinstance(widget, QComboBox):
                for row in range(1, widget.count()):
                    widget.setItemText(row, label(spec.vocabulary, widget.itemData(row)))
        for name in self.specs:
            if self.errors[name].isVisible():
                self.check(name)

    def values(self) -> dict[str, Any]:
        """Every field as typed (text stripped; ``""`` when empty)."""
        result: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                result[name] = widget.text().strip()
            elif isinstance(widget, QComboBox):
                result[name] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText().strip()
            elif isinstance(widget, QCheckBox):
                result[name] = widget.isChecked()
        return result

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, widget in self.inputs.items():
            value = values.get(name)
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value or ""), 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("" if value is None else str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
        for name in self.specs:
            self._show(name, None)

    def check(self, name: str) -> bool:
        """Validate one field now; show what is wrong under it."""
        spec = self.specs[name]
        value = self.values()[name]
        problem: str | None = None
        if value in ("", None):
            if spec.required:
                problem = QCoreApplication.translate("ValidatedForm", "This field is required.")
        elif spec.kind == "line":
            try:
                clean_fields(self._entity, {name: value}, creating=False)
            except ValidationError as error:
                problem = error.reason
        self._show(name, problem)
        self.validity_changed.emit(self.is_valid())
        return problem is None

    def check_all(self) -> bool:
        return all([self.check(name) for name in self.specs])

    def is_valid(self) -> bool:
        return not any(label.isVisibleTo(self) for label in self.errors.values())

    def show_error(self, name: str, message: str) -> None:
        """An error found on saving (e.g. by a use case): next to its field, which gets focus."""
        if name in self.errors:
            self._show(name, message)
            self.inputs[name].setFocus()
            self.validity_changed.emit(False)

    def _show(self, name: str, problem: str | None) -> None:
        error, widget = self.errors[name], self.inputs[name]
        error.setText(problem or "")
        error.setVisible(problem is not None)
        widget.setProperty("invalid", problem is not None)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
