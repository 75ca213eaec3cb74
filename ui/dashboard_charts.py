"""The dashboards' charts, built from plain figures (:class:`sfa.app.client_value.Dashboard`).

Each builder returns a titled :class:`QChart` with labelled axes, or ``None`` when there is
nothing to draw (the card then says what to do instead). Money on an axis is labelled with
:func:`sfa.io.formatting.money` at round steps (a category axis with our own labels), since
Qt's printf-style axis formats know nothing of ¥ or thousands separators.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sfa.analytics.pipeline import FunnelStep, MonthRate
from sfa.analytics.pyramid import Tier
from sfa.analytics.segments import Segment
from sfa.io import formatting
from ui.pipeline_labels import number_locale, stage_name
from ui.qt import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QColor,
    QCoreApplication,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
    Qt,
    QValueAxis,
)
from ui.value_labels import value_label

_STEPS = (1, 2, 2.5, 5, 10)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def nice_step(largest: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5, 5 × 10ⁿ) so that ``ticks`` steps cover ``largest``."""
    if largest <= 0:
        return 1.0
    raw = largest / ticks
    scale = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    return next(float(s * scale) for s in _STEPS if s * scale >= raw)


def money_axis(largest: Decimal, title: str) -> QCategoryAxis:
    """0 … largest, labelled ¥0, ¥250,000, ¥500,000 … at round steps."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = nice_step(float(largest), ticks=3)
    value = 0.0
    while True:
        # round steps carry no fen: “¥5,000,000” reads where “¥5,000,000.00” is cut off
        axis.append(formatting.money(Decimal(str(value)), "CNY").removesuffix(".00"), value)
        if value >= float(largest):
            break
        value += step
    axis.setRange(0, value * 1.15)  # room for the last label, which Qt would cut at the edge
    axis.setTitleText(title)
    return axis


def _count_axis(largest: int, title: str) -> QValueAxis:
    """0 … a round number of clients above ``largest``, in whole steps of 1, 2 or 5 × 10ⁿ."""
    step = 1
    while step * 4 < largest:
        step = _next_step(step)
    top = max(1, -(-largest // step) * step)
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat("%d")
    axis.setTickCount(top // step + 1)
    axis.setTitleText(title)
    return axis


def _next_step(step: int) -> int:
    """1 → 2 → 5 → 10 → 20 → 50 …"""
    return step * 5 // 2 if str(step).startswith("2") else step * 2


def funnel_chart(steps: Sequence[FunnelStep]) -> QChart | None:
    """Open pipeline by stage: amount and weighted amount, first stage on top."""
    if not any(step.count for step in steps):
        return None
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Pipeline funnel"))
    amount, weighted = (
        QBarSet(QCoreApplication.translate("DashboardCharts", "Amount")),
        QBarSet(QCoreApplication.translate("DashboardCharts", "Weighted (× probability)")),
    )
    ordered = list(reversed(steps))  # a horizontal chart draws its first category at the bottom
    for step in ordered:
        amount.append(float(step.amount))
        weighted.append(float(step.weighted))
    series = QHorizontalBarSeries()
    series.append(amount)
    series.append(weighted)
    chart.addSeries(series)
    stages = QBarCategoryAxis()
    stages.append([f"{stage_name(s.stage)} ({s.count})" for s in ordered])
    stages.setTitleText(QCoreApplication.translate("DashboardCharts", "Stage"))
    values = money_axis(
        max(step.amount for step in steps), QCoreApplication.translate("DashboardCharts", "Amount")
    )
    chart.addAxis(stages, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(stages)
    series.attachAxis(values)
    return chart


def pyramid_chart(tiers: Sequence[tuple[Tier, int, Decimal]]) -> QChart | None:
    """Clients per tier as centred bars (a pyramid), VIP on top; each tier's value in its label."""
    if not any(count for _tier, count, _value in tiers):
        return None
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Value pyramid"))
    widest = max(count for _tier, count, _value in tiers)
    padding, clients = (
        QBarSet(""),
        QBarSet(QCoreApplication.translate("DashboardCharts", "Clients")),
    )
    padding.setColor(QColor(0, 0, 0, 0))
    padding.setBorderColor(QColor(0, 0, 0, 0))
    ordered = list(reversed(tiers))
    for _tier, count, _value in ordered:
        padding.append((widest - count) / 2)
        clients.append(count)
    series = QHorizontalStackedBarSeries()
    series.append(padding)
    series.append(clients)
    chart.addSeries(series)
    chart.legend().setVisible(False)
    labels = QBarCategoryAxis()
    labels.append(
        [
            QCoreApplication.translate("DashboardCharts", "{tier}: {count} · {value}").format(
                tier=value_label("tier", tier.value),
                count=count,
                value=formatting.money(value, "CNY"),
            )
            for tier, count, value in ordered
        ]
    )
    labels.setTitleText(QCoreApplication.translate("DashboardCharts", "Tier"))
    width = _count_axis(widest, QCoreApplication.translate("DashboardCharts", "Clients"))
    width.setLabelsVisible(False)
    chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(width, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(labels)
    series.attachAxis(width)
    return chart


def segments_chart(segments: Sequence[tuple[Segment, int]]) -> QChart | None:
    total = sum(count for _segment, count in segments)
    if total == 0:
        return None
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Segments"))
    series = QPieSeries()
    for segment, count in segments:
        if count:
            exact = Decimal(100 * count) / total
            share = formatting.plain_number(exact.quantize(Decimal("0.1")), number_locale())
            name = value_label("segment", segment.value)
            piece = series.append(f"{name}: {count} ({share}%)", count)
            piece.setLabelVisible(count * 20 >= total)  # slivers under 5 %: legend only
    chart.addSeries(series)
    return chart


def win_rate_chart(rates: Sequence[MonthRate]) -> QChart | None:
    """Won ÷ closed per month; months without a closed deal have no point."""
    if not any(rate.rate is not None for rate in rates):
        return None
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Win rate by month"))
    line, dots = QLineSeries(), QScatterSeries()
    line.setName(QCoreApplication.translate("DashboardCharts", "Won ÷ closed deals"))
    dots.setMarkerSize(8)
    for number, month in enumerate(rates):
        if month.rate is not None:
            line.append(number, float(month.rate * 100))
            dots.append(number, float(month.rate * 100))
    chart.addSeries(line)
    chart.addSeries(dots)
    chart.legend().markers(dots)[0].setVisible(False)
    months = QBarCategoryAxis()
    months.append([rate.month.strftime("%y-%m") for rate in rates])
    months.setTitleText(QCoreApplication.translate("DashboardCharts", "Month closed (year-month)"))
    months.setLabelsAngle(-90)
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setLabelFormat("%d%%")
    percent.setTitleText(QCoreApplication.translate("DashboardCharts", "Win rate"))
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
    for series in (line, dots):
        series.attachAxis(months)
        series.attachAxis(percent)
    return chart


def health_chart(bands: Sequence[tuple[int, int]]) -> QChart | None:
    if not any(count for _low, count in bands):
        return None
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Relationship health"))
    clients = QBarSet(QCoreApplication.translate("DashboardCharts", "Clients"))
    names: list[str] = []
    for number, (low, count) in enumerate(bands):
        clients.append(count)
        high = 100 if number == len(bands) - 1 else bands[number + 1][0] - 1
        names.append(f"{low}–{high}")
    series = QBarSeries()
    series.append(clients)
    chart.addSeries(series)
    chart.legend().setVisible(False)
    index = QBarCategoryAxis()
    index.append(names)
    index.setTitleText(QCoreApplication.translate("DashboardCharts", "Health index"))
    counts = _count_axis(
        max(count for _low, count in bands),
        QCoreApplication.translate("DashboardCharts", "Clients"),
    )
    chart.addAxis(index, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(index)
    series.attachAxis(counts)
    return chart
