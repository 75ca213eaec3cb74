"""One list of the Today page (visits, follow-ups, reminders, colleagues' changes or overdue
invoices)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sfa.app import today as t
from sfa.app.today import TodayItem
from ui.page_labels import money, when
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ItemRole = Qt.ItemDataRole.UserRole + 1

_TEXTS = {
    t.VISIT_TODAY: QT_TRANSLATE_NOOP("TodayModel", "{time}  {title} — {account}"),
    t.OVERDUE_VISIT: QT_TRANSLATE_NOOP(
        "TodayModel", "{title} — {account}: planned {when}, never checked out"
    ),
    t.VISIT_REMINDER: QT_TRANSLATE_NOOP("TodayModel", "Reminder: {title} — {account}, {when}"),
    t.QUOTE_EXPIRING: QT_TRANSLATE_NOOP("TodayModel", "Quote {title} — {account} expires {when}"),
    t.PRICE_EXPIRING: QT_TRANSLATE_NOOP(
        "TodayModel", "Agreed price of {title} — {account} ends {when}"
    ),
    t.QUIET_ACCOUNT: QT_TRANSLATE_NOOP("TodayModel", "{title} — no contact since {when}"),
    t.OVERDUE_RECEIVABLE: QT_TRANSLATE_NOOP(
        "TodayModel", "{account}: {amount} overdue since {when} (invoice {title})"
    ),
    "never": QT_TRANSLATE_NOOP("TodayModel", "{title} — never contacted"),
}
_KINDS = {
    "account": QT_TRANSLATE_NOOP("TodayModel", "Account"),
    "contact": QT_TRANSLATE_NOOP("TodayModel", "Contact"),
    "opportunity": QT_TRANSLATE_NOOP("TodayModel", "Deal"),
    "quote": QT_TRANSLATE_NOOP("TodayModel", "Quote"),
}


def describe(item: TodayItem) -> str:
    """The line a rep reads, in the interface language."""
    if item.reason == t.CHANGED:
        kind = QCoreApplication.translate("TodayModel", _KINDS.get(item.entity, item.entity))
        if item.account_name and item.entity != "account":
            text = QCoreApplication.translate("TodayModel", "{kind}: {title} — {account}")
        else:
            text = QCoreApplication.translate("TodayModel", "{kind}: {title}")
        return text.format(kind=kind, title=item.title, account=item.account_name)
    key = "never" if item.reason == t.QUIET_ACCOUNT and item.when is None else item.reason
    moment: datetime | date | None = item.when
    if item.reason == t.QUIET_ACCOUNT and isinstance(moment, datetime):
        moment = moment.astimezone().date()  # a day is precise enough for “since”
    clock = moment.astimezone().strftime("%H:%M") if isinstance(moment, datetime) else ""
    return QCoreApplication.translate("TodayModel", _TEXTS[key]).format(
        time=clock,
        title=item.title,
        account=item.account_name or "—",
        when=when(moment),
        amount=money(item.amount, item.currency),
    )


class TodayModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[TodayItem] = []

    def set_items(self, items: list[TodayItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return describe(item)
        if role == ItemRole:
            return item
        return None

    def retranslate(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
