"""What the account detail pane shows: its fields and the columns of each tab.

Column titles are in the ``AccountDetail`` translation context; the contact detail reuses
the timeline's columns. :data:`ORDERS_TAB` ("Orders & receivables") lists the client's
orders with what is invoiced, paid, still due and overdue (rows from
``sfa.app.payments.account_orders``).
"""

from __future__ import annotations

from typing import Any

from ui.order_labels import status_label
from ui.page_labels import label, money, stars, when
from ui.page_table import Column
from ui.qt import QT_TRANSLATE_NOOP


def _get(key: str) -> Any:
    return lambda row: str(row.get(key) or "")


TABS: tuple[tuple[str, str, tuple[Column, ...]], ...] = (
    (
        "timeline",
        QT_TRANSLATE_NOOP("AccountDetail", "Activities"),
        (
            Column(QT_TRANSLATE_NOOP("AccountDetail", "When"), lambda r: when(r["occurred_at"])),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Kind"), lambda r: label("activity", r["kind"])
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Satisfaction"),
                lambda r: stars(r["satisfaction"]),
            ),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Subject"), _get("subject")),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Contact"), _get("contact_name")),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "By"), _get("owner_name")),
        ),
    ),
    (
        "contacts",
        QT_TRANSLATE_NOOP("AccountDetail", "Contacts"),
        (
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Name"),
                lambda r: ("★ " if r["is_primary"] else "") + r["name"],
            ),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Title"), _get("title")),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Phone"), _get("phone")),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "E-mail"), _get("email")),
        ),
    ),
    (
        "opportunities",
        QT_TRANSLATE_NOOP("AccountDetail", "Opportunities"),
        (
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Name"), _get("name")),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Stage"), lambda r: label("stage", r["stage"])
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Amount"),
                lambda r: money(r["amount"], r["currency"]),
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Close date"), lambda r: when(r["close_date"])
            ),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Owner"), _get("owner_name")),
        ),
    ),
    (
        "quotes",
        QT_TRANSLATE_NOOP("AccountDetail", "Quotes"),
        (
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Number"),
                lambda r: f"{r['number']} · r{r['revision']}",
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Status"), lambda r: label("quote", r["status"])
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Valid until"), lambda r: when(r["valid_until"])
            ),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Owner"), _get("owner_name")),
        ),
    ),
    (
        "visits",
        QT_TRANSLATE_NOOP("AccountDetail", "Visits"),
        (
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Starts"), lambda r: when(r["starts_at"])),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Purpose"), _get("purpose")),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Status"), lambda r: label("visit", r["status"])
            ),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Outcome"), _get("outcome")),
        ),
    ),
    (
        "prices",
        QT_TRANSLATE_NOOP("AccountDetail", "Agreed prices"),
        (
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Product"),
                lambda r: f"{r['sku'] or ''} {r['product_name'] or ''}",
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountDetail", "Agreed price"),
                lambda r: money(r["unit_price"], r["currency"]),
            ),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "From"), lambda r: when(r["valid_from"])),
            Column(QT_TRANSLATE_NOOP("AccountDetail", "Until"), lambda r: when(r["valid_until"])),
        ),
    ),
)

ORDERS_TAB: tuple[str, str, tuple[Column, ...]] = (
    "orders",
    QT_TRANSLATE_NOOP("AccountDetail", "Orders & receivables"),
    (
        Column(QT_TRANSLATE_NOOP("AccountDetail", "Order"), _get("number")),
        Column(QT_TRANSLATE_NOOP("AccountDetail", "Date"), lambda r: when(r["order_date"])),
        Column(QT_TRANSLATE_NOOP("AccountDetail", "Status"), lambda r: status_label(r["status"])),
        Column(
            QT_TRANSLATE_NOOP("AccountDetail", "Total"), lambda r: money(r["total"], r["currency"])
        ),
        Column(
            QT_TRANSLATE_NOOP("AccountDetail", "Paid"), lambda r: money(r["paid"], r["currency"])
        ),
        Column(
            QT_TRANSLATE_NOOP("AccountDetail", "Still due"),
            lambda r: money(r["due"], r["currency"]),
        ),
        Column(
            QT_TRANSLATE_NOOP("AccountDetail", "Overdue"),
            lambda r: money(r["overdue"], r["currency"]) if r["overdue"] else "",
        ),
    ),
)

FIELDS = (
    ("phone", QT_TRANSLATE_NOOP("AccountDetail", "Phone")),
    ("email", QT_TRANSLATE_NOOP("AccountDetail", "E-mail")),
    ("website", QT_TRANSLATE_NOOP("AccountDetail", "Website")),
    ("address", QT_TRANSLATE_NOOP("AccountDetail", "Address")),
    ("credit_code", QT_TRANSLATE_NOOP("AccountDetail", "Credit code")),
    ("parent_name", QT_TRANSLATE_NOOP("AccountDetail", "Parent account")),
    ("notes", QT_TRANSLATE_NOOP("AccountDetail", "Notes")),
)
