"""One dashboard chart in a card: the chart, or — with no data — a sentence saying what to do,
and “Export PNG…” to hand the picture to someone."""

from __future__ import annotations

from pathlib import Path

from ui.qt import (
    QChart,
    QChartView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ChartCard(QFrame):
    failed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = name
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(360, 260)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.choose_export())
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        self.retranslate()

    @property
    def chart(self) -> QChart | None:
        return self.view.chart() if self.stack.currentIndex() == 1 else None

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export PNG…"))

    def show_chart(self, chart: QChart | None, empty_text: str) -> None:
        """The chart, or ``empty_text`` when there is none; the old chart is let go."""
        self.empty.setText(empty_text)
        if chart is None:
            self.stack.setCurrentIndex(0)
        else:
            old = self.view.chart()
            self.view.setChart(chart)
            old.deleteLater()
            self.stack.setCurrentIndex(1)
        self.export_button.setEnabled(chart is not None)

    def export_to(self, path: Path) -> bool:
        """Save the chart as a PNG as it is shown; False when there is none or it cannot be
        written."""
        if self.chart is None:
            return False
        return self.view.grab().save(str(path), "PNG")

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{self.name}.png", self.tr("PNG image (*.png)")
        )
        if path and not self.export_to(Path(path)):
            self.failed.emit(self.tr("The chart could not be saved to {path}.").format(path=path))
