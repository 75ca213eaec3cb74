"""All orders on the laptop as a lazily fetched table, filtered and sorted in SQL."""

from __future__ import annotations

from sfa.app.orders import order_count, order_page
from sfa.store.lists import ListOrder
from sfa.store.store import LocalStore
from ui.order_labels import status_label
from ui.page_labels import money, when
from ui.page_lazy_model import LazyTableModel
from ui.qt import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner


class OrdersModel(LazyTableModel):
    NUMBER, ACCOUNT, DATE, STATUS, TOTAL, DELIVERY = range(6)
    CONTEXT = "OrdersModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("OrdersModel", "Number"), "number", lambda r: r["number"]),
        (
            QT_TRANSLATE_NOOP("OrdersModel", "Client"),
            "account_name",
            lambda r: r["account_name"] or "",
        ),
        (QT_TRANSLATE_NOOP("OrdersModel", "Date"), "order_date", lambda r: when(r["order_date"])),
        (
            QT_TRANSLATE_NOOP("OrdersModel", "Status"),
            "status",
            lambda r: status_label(r["status"]),
        ),
        (
            QT_TRANSLATE_NOOP("OrdersModel", "Total"),
            "total",
            lambda r: money(r["total"], r["currency"]),
        ),
        (
            QT_TRANSLATE_NOOP("OrdersModel", "Delivery by"),
            "promised_date",
            lambda r: when(r["promised_date"]),
        ),
    )

    def __init__(self, store: LocalStore, tasks: TaskRunner) -> None:
        super().__init__(
            store,
            tasks,
            order_page,
            order_count,
            default_order=ListOrder("number", descending=True),
        )
