"""All accounts on the laptop as a lazily fetched table, sorted and filtered in SQL.

Rows arrive a page at a time as the view scrolls, so a 100,000-account laptop opens the list
as fast as a 100-account one (see :mod:`ui.page_lazy_model`).
"""

from __future__ import annotations

from sfa.store import lists
from sfa.store.lists import ListOrder
from sfa.store.store import LocalStore
from ui.page_labels import label
from ui.page_lazy_model import LazyTableModel, Shown
from ui.page_table import IdRole
from ui.qt import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner

RecordIdRole = IdRole


def _text(key: str) -> Shown:
    return lambda row: row.get(key) or ""


class AccountsModel(LazyTableModel):
    NAME, PROVINCE, CITY, TIER, STATUS, PHONE, CREDIT_CODE = range(7)
    CONTEXT = "AccountsModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("AccountsModel", "Name"), "name", _text("name")),
        (QT_TRANSLATE_NOOP("AccountsModel", "Province"), "province", _text("province")),
        (QT_TRANSLATE_NOOP("AccountsModel", "City"), "city", _text("city")),
        (QT_TRANSLATE_NOOP("AccountsModel", "Tier"), "tier", lambda r: label("tier", r["tier"])),
        (
            QT_TRANSLATE_NOOP("AccountsModel", "Status"),
            "status",
            lambda r: label("status", r["status"]),
        ),
        (QT_TRANSLATE_NOOP("AccountsModel", "Phone"), "phone", _text("phone")),
        (QT_TRANSLATE_NOOP("AccountsModel", "Credit code"), "credit_code", _text("credit_code")),
    )

    def __init__(self, store: LocalStore, tasks: TaskRunner | None = None) -> None:
        super().__init__(
            store,
            tasks or TaskRunner(synchronous=True),
            lists.account_page,
            lists.account_count,
            default_order=ListOrder("name"),
        )
