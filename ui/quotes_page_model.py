"""All quotes as a lazily fetched table, filtered by status or text and sorted in SQL."""

from __future__ import annotations

from sfa.store import lists
from sfa.store.lists import ListOrder
from sfa.store.store import LocalStore
from ui.page_labels import label, when
from ui.page_lazy_model import LazyTableModel
from ui.qt import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner


class QuotesModel(LazyTableModel):
    NUMBER, REVISION, ACCOUNT, STATUS, VALID_UNTIL = range(5)
    CONTEXT = "QuotesModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("QuotesModel", "Number"), "number", lambda r: r["number"]),
        (QT_TRANSLATE_NOOP("QuotesModel", "Revision"), "revision", lambda r: str(r["revision"])),
        (
            QT_TRANSLATE_NOOP("QuotesModel", "Account"),
            "account_name",
            lambda r: r["account_name"] or "",
        ),
        (
            QT_TRANSLATE_NOOP("QuotesModel", "Status"),
            "status",
            lambda r: label("quote", r["status"]),
        ),
        (
            QT_TRANSLATE_NOOP("QuotesModel", "Valid until"),
            "valid_until",
            lambda r: when(r["valid_until"]),
        ),
    )

    def __init__(self, store: LocalStore, tasks: TaskRunner) -> None:
        super().__init__(
            store,
            tasks,
            lists.quote_page,
            lists.quote_count,
            default_order=ListOrder("number", descending=True),
        )
