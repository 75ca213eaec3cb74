"""Commission statements and money per rep, read from the laptop's store.

The rules live in :mod:`sfa.analytics.commissions`; this module only gathers the data. Who
sees which statement follows from sync: a rep's laptop holds only the rep's own commission
plan, a manager's the plans of the team, so :func:`statements` gives each what they may see.

Money per rep is net of VAT (as quotas and commission count it) and periods run from
``start`` included to ``end`` excluded. ``collected_by_rep`` and ``booked_by_rep`` let the
manager's attainment count either the money received or the orders booked.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import cast

from sqlalchemy import Connection, Table, select

from sfa.analytics.commissions import (
    CollectedPayment,
    OrderShare,
    Plan,
    Statement,
    net_of_tax,
    plan_for,
    statement,
)
from sfa.domain.enums import OrderStatus, Role
from sfa.domain.errors import DomainError, ValidationError
from sfa.store import writes
from sfa.store.tables import (
    CommissionPlan,
    Invoice,
    Order,
    OrderLine,
    Payment,
    Product,
    Quota,
    User,
)

_orders = cast(Table, Order.__table__)
_lines = cast(Table, OrderLine.__table__)
_invoices = cast(Table, Invoice.__table__)
_payments = cast(Table, Payment.__table__)
_products = cast(Table, Product.__table__)
_plans = cast(Table, CommissionPlan.__table__)
_quotas = cast(Table, Quota.__table__)
_users = cast(Table, User.__table__)


def collected_payments(conn: Connection, start: date, end: date) -> list[CollectedPayment]:
    """Payments received in the period, each with its order's lines and the order's owner."""
    query = (
        select(
            _payments.c.id,
            _payments.c.received_on,
            _payments.c.amount,
            _payments.c.currency,
            _invoices.c.number.label("invoice_number"),
            _orders.c.id.label("order_id"),
            _orders.c.number.label("order_number"),
            _orders.c.owner_id,
            _orders.c.subtotal,
            _orders.c.total,
        )
        .select_from(
            _payments.join(_invoices, _invoices.c.id == _payments.c.invoice_id).join(
                _orders, _orders.c.id == _invoices.c.order_id
            )
        )
        .where(
            _payments.c.deleted.is_(False),
            _payments.c.received_on >= start,
            _payments.c.received_on < end,
        )
    )
    rows = list(conn.execute(query).mappings())
    shares = _order_shares(conn, sorted({row["order_id"] for row in rows}))
    return [
        CollectedPayment(
            payment_id=row["id"],
            rep_id=row["owner_id"],
            received_on=row["received_on"],
            amount=Decimal(row["amount"]),
            currency=row["currency"],
            invoice_number=row["invoice_number"],
            order_number=row["order_number"],
            order_subtotal=Decimal(row["subtotal"]),
            order_total=Decimal(row["total"]),
            lines=shares.get(row["order_id"], ()),
        )
        for row in rows
    ]


def _order_shares(conn: Connection, order_ids: list[str]) -> dict[str, tuple[OrderShare, ...]]:
    shares: dict[str, list[OrderShare]] = defaultdict(list)
    for start in range(0, len(order_ids), 900):
        query = (
            select(_lines.c.order_id, _lines.c.line_total, _products.c.product_line)
            .select_from(_lines.outerjoin(_products, _products.c.id == _lines.c.product_id))
            .where(
                _lines.c.order_id.in_(order_ids[start : start + 900]),
                _lines.c.deleted.is_(False),
            )
            .order_by(_lines.c.order_id, _lines.c.position, _lines.c.id)
        )
        for order_id, line_total, product_line in conn.execute(query):
            shares[order_id].append(OrderShare(product_line, Decimal(line_total)))
    return {order_id: tuple(lines) for order_id, lines in shares.items()}


def collected_by_rep(conn: Connection, start: date, end: date) -> dict[str, Decimal]:
    """Money received in [start, end), net of VAT, by the rep who owns the order."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for payment in collected_payments(conn, start, end):
        if payment.rep_id is not None:
            totals[payment.rep_id] += net_of_tax(payment)
    return dict(totals)


def booked_by_rep(conn: Connection, start: date, end: date) -> dict[str, Decimal]:
    """Orders dated in [start, end) and not cancelled, net of VAT, by their owner."""
    query = select(_orders.c.owner_id, _orders.c.subtotal).where(
        _orders.c.deleted.is_(False),
        _orders.c.status != OrderStatus.CANCELLED.value,
        _orders.c.order_date >= start,
        _orders.c.order_date < end,
        _orders.c.owner_id.is_not(None),
    )
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for owner_id, subtotal in conn.execute(query):
        totals[owner_id] += Decimal(subtotal)
    return dict(totals)


def quota_amount(conn: Connection, rep_id: str, start: date, end: date) -> Decimal | None:
    """The rep's quotas starting in the period, added up; None when there is none."""
    amounts = conn.execute(
        select(_quotas.c.amount).where(
            _quotas.c.deleted.is_(False),
            _quotas.c.user_id == rep_id,
            _quotas.c.period_start >= start,
            _quotas.c.period_start < end,
        )
    ).scalars()
    found = [Decimal(a) for a in amounts]
    return sum(found, Decimal(0)) if found else None


def plans_by_rep(conn: Connection) -> dict[str, list[Plan]]:
    rows = conn.execute(select(_plans).where(_plans.c.deleted.is_(False))).mappings()
    plans: dict[str, list[Plan]] = defaultdict(list)
    for row in rows:
        if row["user_id"]:
            plans[row["user_id"]].append(Plan.from_record(dict(row)))
    return dict(plans)


def statements(
    conn: Connection, start: date, end: date, *, rep_ids: frozenset[str] | None = None
) -> list[Statement]:
    """A statement for every rep with a plan in force this laptop holds (or those named)."""
    payments = collected_payments(conn, start, end)
    result = []
    for rep_id, plans in sorted(plans_by_rep(conn).items()):
        plan = plan_for(plans, start)
        if plan is None or (rep_ids is not None and rep_id not in rep_ids):
            continue
        quota = quota_amount(conn, rep_id, start, end)
        result.append(statement(rep_id, start, end, payments, plan, quota))
    return result


def team_reps(conn: Connection, manager_id: str | None) -> list[tuple[str, str]]:
    """(id, name) of the reps reporting to ``manager_id`` (every rep, without one)."""
    query = select(_users.c.id, _users.c.display_name, _users.c.username).where(
        _users.c.deleted.is_(False), _users.c.role == Role.REP.value
    )
    if manager_id is not None:
        query = query.where(_users.c.manager_id == manager_id)
    rows = conn.execute(query.order_by(_users.c.username))
    return [(row.id, row.display_name or row.username) for row in rows]


def save_plan(
    conn: Connection,
    *,
    actor: str | None,
    role: str,
    user_id: str,
    name: str,
    valid_from: date,
    valid_until: date | None,
    rates: list[str],
    tiers: list[str],
) -> str:
    """Set a rep's commission plan (a manager's or an admin's call; the server checks it is
    their team). Rates and tiers are checked here already (``sfa.domain.commission_plan``)."""
    if role not in (Role.MANAGER.value, Role.ADMIN.value):
        raise DomainError("Only a manager or an admin sets commission plans")
    if not name.strip():
        raise ValidationError("name", "give the plan a name")
    terms = {"name": name.strip(), "valid_until": valid_until, "rates": rates, "tiers": tiers}
    existing = conn.execute(
        select(_plans.c.id).where(
            _plans.c.user_id == user_id,
            _plans.c.valid_from == valid_from,
            _plans.c.deleted.is_(False),
        )
    ).scalar()
    if existing is not None:  # the same plan, corrected: one plan per rep and start date
        writes.update(conn, "commission_plan", existing, terms, actor=actor)
        return str(existing)
    return writes.create(
        conn,
        "commission_plan",
        {"user_id": user_id, "valid_from": valid_from, **terms},
        actor=actor,
    )
