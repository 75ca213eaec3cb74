"""All contacts as a lazily fetched table, filtered and sorted in SQL (with the account name)."""

from __future__ import annotations

from sfa.store import lists
from sfa.store.lists import ListOrder
from sfa.store.store import LocalStore
from ui.page_lazy_model import LazyTableModel, Shown
from ui.qt import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner


def _text(key: str) -> Shown:
    return lambda row: row.get(key) or ""


class ContactsModel(LazyTableModel):
    NAME, ACCOUNT, TITLE, PHONE, EMAIL = range(5)
    CONTEXT = "ContactsModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("ContactsModel", "Name"), "name", _text("name")),
        (QT_TRANSLATE_NOOP("ContactsModel", "Account"), "account_name", _text("account_name")),
        (QT_TRANSLATE_NOOP("ContactsModel", "Title"), "title", _text("title")),
        (QT_TRANSLATE_NOOP("ContactsModel", "Phone"), "phone", _text("phone")),
        (QT_TRANSLATE_NOOP("ContactsModel", "E-mail"), "email", _text("email")),
    )

    def __init__(self, store: LocalStore, tasks: TaskRunner) -> None:
        super().__init__(
            store, tasks, lists.contact_page, lists.contact_count, default_order=ListOrder("name")
        )
