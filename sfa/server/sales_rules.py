"""Where :mod:`sfa.server.mutations` hands orders, invoices, payments and commission plans
to their rules, so the mutation pipeline stays one short path for every entity.

Called after the permission check (a refused writer learns nothing about prices or
balances) and before the write; the rules may add server-derived values to the change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from sfa.server import orders, receivables
from sfa.server.errors import Rejected
from sfa.server.records import Actor
from sfa.server.tables import CommissionPlan, Invoice, Order, OrderLine, Payment, ServerRecord

SALES_ENTITIES = frozenset({"order", "order_line", "invoice", "payment", "commission_plan"})


def check_create(
    session: Session, actor: Actor, entity: str, record_id: str, values: dict[str, Any]
) -> None:
    if entity == "order":
        orders.check_new_order(session, record_id, values)
    elif entity == "order_line":
        orders.check_new_line(session, values)
    elif entity == "invoice":
        receivables.check_invoice(session, record_id, None, values)
    elif entity == "payment":
        receivables.check_payment_write(session, record_id, None, values)
    elif entity == "commission_plan":
        values["set_by"] = actor.user_id


def check_update(
    session: Session,
    actor: Actor,
    row: ServerRecord,
    before: Mapping[str, Any],
    changes: dict[str, Any],
) -> None:
    """Check a change to an existing record; may add server-derived values to ``changes``."""
    if isinstance(row, Order):
        if "number" in changes:
            orders.check_number(session, row.id, {**before, **changes})
        orders.check_order_change(session, row, before, changes)
    elif isinstance(row, OrderLine):
        orders.check_line_change(session, row, before, changes)
    elif isinstance(row, Invoice):
        after = {**before, **changes}
        receivables.check_invoice(session, row.id, before, after)
        if after.get("due_on") != before.get("due_on"):
            changes["due_on"] = after["due_on"]
    elif isinstance(row, Payment):
        receivables.check_payment_write(session, row.id, before, {**before, **changes})
    elif isinstance(row, CommissionPlan) and changes:
        changes["set_by"] = actor.user_id


def check_delete(session: Session, row: ServerRecord) -> None:
    if isinstance(row, Order):
        raise Rejected(
            "invalid",
            f"deleted: order {row.number} is never deleted; cancel it instead",
            {"field": "deleted"},
        )
    if isinstance(row, OrderLine):
        orders.check_line_delete(session, row)
    if isinstance(row, Invoice):
        receivables.check_invoice_delete(session, row)


def after_write(session: Session, actor: Actor, row: ServerRecord) -> None:
    if isinstance(row, OrderLine):
        orders.refresh_totals(session, actor, row.order_id)
