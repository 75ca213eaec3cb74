"""The filter bar above the accounts list: a text filter, status, tier, province and city.

Every change becomes a :class:`~sfa.store.lists.ListFilter` the list runs in SQL; the text
filter waits for a pause in typing so a fast typist does not start a query per key.
"""

from __future__ import annotations

from sfa.store.lists import ListFilter
from ui.page_labels import codes, label
from ui.qt import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

TYPING_PAUSE_MS = 200


class AccountFilters(QWidget):
    changed = Signal(object)
    """The new :class:`ListFilter`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.tier = QComboBox()
        self.province = QComboBox()
        self.city = QComboBox()
        for combo in (self.province, self.city):
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.archived = QCheckBox()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self._places: dict[str, list[str]] = {}
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        first.addWidget(self.text, 1)
        first.addWidget(self.count)
        second = QHBoxLayout()
        for widget in (self.status, self.tier, self.province, self.city, self.archived):
            second.addWidget(widget)
        second.addStretch(1)
        rows.addLayout(first)
        rows.addLayout(second)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.text.textChanged.connect(lambda _t: self._pause.start())
        for combo in (self.status, self.tier, self.city):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.province.currentIndexChanged.connect(lambda _i: self._province_changed())
        self.archived.toggled.connect(lambda _on: self._emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Filter by name, phone, credit code or city"))
        self._fill(
            self.status, self.tr("Any status"), [(c, label("status", c)) for c in codes("status")]
        )
        self._fill(self.tier, self.tr("Any tier"), [(c, label("tier", c)) for c in codes("tier")])
        self._fill(self.province, self.tr("Any province"), [(p, p) for p in self._places])
        self._fill_cities()
        self.archived.setText(self.tr("Archived too"))

    def set_places(self, places: dict[str, list[str]]) -> None:
        self._places = places
        self._fill(self.province, self.tr("Any province"), [(p, p) for p in places])
        self._fill_cities()

    def show_count(self, total: int) -> None:
        self.count.setText(self.tr("Accounts: {n}").format(n=f"{total:,}"))

    def current(self) -> ListFilter:
        return ListFilter(
            text=self.text.text().strip(),
            status=self.status.currentData() or "",
            tier=self.tier.currentData() or "",
            province=self.province.currentData() or "",
            city=self.city.currentData() or "",
            include_archived=self.archived.isChecked(),
        )

    def _province_changed(self) -> None:
        self._fill_cities()
        self._emit()

    def _fill_cities(self) -> None:
        province = self.province.currentData()
        cities = (
            self._places.get(province, [])
            if province
            else sorted({c for cs in self._places.values() for c in cs})
        )
        self._fill(self.city, self.tr("Any city"), [(c, c) for c in cities])

    @staticmethod
    def _fill(combo: QComboBox, anything: str, items: list[tuple[str, str]]) -> None:
        """Refill, keeping the choice; no change signal while refilling."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, "")
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        combo.blockSignals(False)

    def _emit(self) -> None:
        self._pause.stop()
        self.changed.emit(self.current())
