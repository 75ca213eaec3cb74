"""The workspace's two charts (Qt Charts): attainment per rep against quota, and the forecast
categories per rep. They draw what the tables beside them hold; amounts become floats only
here, for drawing (every figure a user reads comes from the Decimal tables).
"""

from __future__ import annotations

from decimal import Decimal

from sfa.analytics.attainment import Attainment
from sfa.analytics.forecast import RepForecast
from ui.qt import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QColor,
    QPainter,
    QStackedBarSeries,
    Qt,
    QValueAxis,
    QWidget,
)

QUOTA_COLOUR = QColor("#b8c4d6")
WON_COLOUR = QColor("#2f6f4f")
CATEGORY_COLOURS = ("#2f6f4f", "#3c7dbf", "#e0a030", "#9aa5b1")


def _yuan(amount: Decimal | None) -> float:
    return float(amount or 0)


class _BarChart(QChartView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.sets: list[QBarSet] = []

    def _draw(
        self, title: str, categories: list[str], series: QBarSeries | QStackedBarSeries
    ) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(categories)
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)


class AttainmentChart(_BarChart):
    """Quota and won side by side for each rep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("attainmentChart", parent)

    def show_rows(self, title: str, rows: list[tuple[str, Attainment]]) -> None:
        quota, won = QBarSet(self.tr("Quota")), QBarSet(self.tr("Won"))
        quota.setColor(QUOTA_COLOUR)
        won.setColor(WON_COLOUR)
        for _name, figures in rows:
            quota.append(_yuan(figures.quota))
            won.append(_yuan(figures.won))
        series = QBarSeries()
        series.append([quota, won])
        self.sets = [quota, won]
        self._draw(title, [name for name, _ in rows], series)


class ForecastChart(_BarChart):
    """Closed, commit, best case and weighted pipeline stacked for each rep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("forecastChart", parent)

    def show_rows(self, title: str, rows: list[tuple[str, RepForecast]]) -> None:
        labels = (self.tr("Closed"), self.tr("Commit"), self.tr("Best case"), self.tr("Pipeline"))
        sets = [QBarSet(label) for label in labels]
        for bar, colour in zip(sets, CATEGORY_COLOURS, strict=True):
            bar.setColor(QColor(colour))
        for _name, figures in rows:
            parts = (figures.closed, figures.commit, figures.best_case, figures.pipeline)
            for bar, amount in zip(sets, parts, strict=True):
                bar.append(_yuan(amount))
        series = QStackedBarSeries()
        series.append(sets)
        self.sets = sets
        self._draw(title, [name for name, _ in rows], series)
