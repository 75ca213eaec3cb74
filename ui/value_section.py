"""The account pane's “Value & health” box: what the client is worth and how the
relationship is doing, with the reason when it may be leaving.

Figures arrive as a :class:`sfa.app.client_value.ClientValue` (computed off the GUI thread);
this widget only shows them, in the rep's language, money formatted the one shared way.
"""

from __future__ import annotations

from sfa.app.client_value import ClientValue
from sfa.io import formatting
from ui.qt import QT_TRANSLATE_NOOP, QGridLayout, QGroupBox, QLabel, Qt, QWidget
from ui.value_labels import churn_text, value_label

ROWS: tuple[tuple[str, str], ...] = (
    ("health", QT_TRANSLATE_NOOP("ValueSection", "Health index")),
    ("lifecycle", QT_TRANSLATE_NOOP("ValueSection", "Lifecycle stage")),
    ("segment", QT_TRANSLATE_NOOP("ValueSection", "Segment")),
    ("value_tier", QT_TRANSLATE_NOOP("ValueSection", "Value tier")),
    ("historical", QT_TRANSLATE_NOOP("ValueSection", "Historical value")),
    ("current", QT_TRANSLATE_NOOP("ValueSection", "Current value (yearly)")),
    ("potential", QT_TRANSLATE_NOOP("ValueSection", "Potential value")),
    ("lifetime", QT_TRANSLATE_NOOP("ValueSection", "Lifetime value")),
    ("churn", QT_TRANSLATE_NOOP("ValueSection", "Churn risk")),
)
"""(key, untranslated title), in reading order: the relationship first, then the money."""

_HALF = 4
"""The first four rows fill the left column, the rest the right one."""


class ValueSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueSection")
        self.client: ClientValue | None = None
        self._computing = False
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.titles: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for number, (key, _title) in enumerate(ROWS):
            title, value = QLabel(), QLabel()
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(key == "churn")
            if key == "churn":  # the reason needs the whole width
                grid.addWidget(title, _HALF, 0)
                grid.addWidget(value, _HALF, 1, 1, 3)
            else:
                row, column = number % _HALF, number // _HALF * 2
                grid.addWidget(title, row, column)
                grid.addWidget(value, row, column + 1)
            self.titles[key], self.values[key] = title, value
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Value & health").replace("&", "&&"))  # “&” is no shortcut here
        for key, title in ROWS:
            self.titles[key].setText(self.tr(title))
        self._fill()

    def show_computing(self) -> None:
        """The portfolio's figures are still being computed (seconds on a big laptop)."""
        self.client, self._computing = None, True
        self._fill()

    def show_value(self, client: ClientValue | None) -> None:
        self.client, self._computing = client, False
        self._fill()

    def _fill(self) -> None:
        client = self.client
        if client is None:
            blank = self.tr("Computing…") if self._computing else "—"
            for label in self.values.values():
                label.setText(blank)
                label.setToolTip("")
            return
        money = client.figures
        health = client.health
        texts = {
            "health": self.tr("{index} / 100").format(index=health.index),
            "lifecycle": value_label("lifecycle", client.lifecycle.value),
            "segment": value_label("segment", client.segment.value),
            "value_tier": value_label("tier", client.tier.value if client.tier else None),
            "historical": formatting.money(money.historical, "CNY"),
            "current": formatting.money(money.current, "CNY"),
            "potential": formatting.money(money.potential, "CNY"),
            "lifetime": formatting.money(money.lifetime, "CNY"),
            "churn": churn_text(client.churn),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.values["health"].setToolTip(
            self.tr(
                "Satisfaction {s} · recency {r} · frequency {f} · trend {t} (each out of 100)"
            ).format(
                s=round(health.satisfaction),
                r=round(health.recency),
                f=round(health.frequency),
                t=round(health.trend),
            )
        )
        if client.rfm is not None:
            self.values["segment"].setToolTip(
                self.tr("RFM {code}: recency, frequency, money, 1–5 each").format(
                    code=client.rfm.code
                )
            )
