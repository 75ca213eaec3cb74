"""Approvals: a rep asks, a manager decides, the decision travels by sync.

Two kinds of request share one record (``approval_request``): a discount beyond the rep's
limit on a quote, and an exception to the one-price rule for a refused line
(:mod:`sfa.app.price_exceptions`). Here are the rep's request for a discount and the
manager's side: what waits for a decision, the client's price history beside it, and the
decision itself. The server checks again that only the requester's manager (or an admin)
decides, and carries the approval out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection, select

from sfa.domain.columns import utcnow
from sfa.domain.enums import ApprovalKind, ApprovalStatus, Role
from sfa.domain.errors import DomainError
from sfa.domain.pricing import discount_below_list, net_price
from sfa.store import writes
from sfa.store.tables import ApprovalRequest, PriceAgreement, Quote, QuoteLine, User

_requests = ApprovalRequest.__table__
_agreements = PriceAgreement.__table__
_quotes = Quote.__table__
_lines = QuoteLine.__table__
_users = User.__table__


def request_discount_approval(
    conn: Connection, quote_id: str, reason: str, *, actor: str | None, needs_approval: bool
) -> str:
    """Ask the manager to approve a quote's discount; ``needs_approval`` is the quote's state
    as :func:`sfa.app.quotes.quote_state` computed it."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None or quote["deleted"]:
        raise DomainError("No such quote on this laptop")
    if not needs_approval or quote["approved_by"]:
        raise DomainError("This quote needs no approval: its discounts are within your limit")
    waiting = conn.execute(
        select(_requests.c.id).where(
            _requests.c.quote_id == quote_id,
            _requests.c.kind == ApprovalKind.DISCOUNT.value,
            _requests.c.status == ApprovalStatus.REQUESTED.value,
            _requests.c.deleted.is_(False),
        )
    ).first()
    if waiting is not None:
        raise DomainError("An approval for this quote is already waiting for the manager")
    if not reason.strip():
        raise DomainError("Say why the client should get this discount: the manager decides on it")
    return writes.create(
        conn,
        "approval_request",
        {
            "kind": ApprovalKind.DISCOUNT.value,
            "account_id": quote["account_id"],
            "quote_id": quote_id,
            "reason": reason.strip(),
            "requested_by": actor,
            "status": ApprovalStatus.REQUESTED.value,
        },
        actor=actor,
    )


@dataclass(frozen=True)
class PendingApproval:
    """One request waiting for this manager, with what the manager needs to judge it."""

    request_id: str
    kind: str
    quote_id: str | None
    quote_number: str
    account_id: str | None
    account_name: str
    product_id: str | None
    product_name: str
    requested_price: Decimal | None
    standing_price: Decimal | None
    list_price: Decimal | None
    below_list_pct: Decimal | None
    requester: str
    reason: str
    requested_at: datetime | None
    currency: str = "CNY"


def pending_approvals(conn: Connection, user_id: str | None, role: str) -> list[PendingApproval]:
    """Undecided requests this user may decide: an admin all, a manager their reps'."""
    query = select(_requests).where(
        _requests.c.status == ApprovalStatus.REQUESTED.value, _requests.c.deleted.is_(False)
    )
    if role != Role.ADMIN.value:
        team = select(_users.c.id).where(_users.c.manager_id == user_id)
        query = query.where(_requests.c.requested_by.in_(team))
    rows = conn.execute(query.order_by(_requests.c.created_at)).mappings()
    return [_pending(conn, dict(row)) for row in rows]


def _pending(conn: Connection, row: dict[str, object]) -> PendingApproval:
    quote = writes.load(conn, "quote", str(row["quote_id"])) if row["quote_id"] else None
    account = writes.load(conn, "account", str(row["account_id"])) if row["account_id"] else None
    product = writes.load(conn, "product", str(row["product_id"])) if row["product_id"] else None
    requested = row["requested_price"]
    list_price = product["list_price"] if product else None
    below = (
        discount_below_list(list_price, requested, Decimal(0))
        if isinstance(requested, Decimal) and list_price is not None
        else None
    )
    return PendingApproval(
        request_id=str(row["id"]),
        kind=str(row["kind"]),
        quote_id=quote["id"] if quote else None,
        quote_number=f"{quote['number']} r{quote['revision']}" if quote else "",
        account_id=account["id"] if account else None,
        account_name=account["name"] if account else "",
        product_id=product["id"] if product else None,
        product_name=f"{product['sku']} {product['name']}" if product else "",
        requested_price=requested if isinstance(requested, Decimal) else None,
        standing_price=row["standing_price"]
        if isinstance(row["standing_price"], Decimal)
        else None,
        list_price=list_price,
        below_list_pct=below,
        requester=user_name(conn, row["requested_by"]),
        reason=str(row["reason"] or ""),
        requested_at=row["created_at"] if isinstance(row["created_at"], datetime) else None,
        currency=quote["currency"] if quote else "CNY",
    )


def user_name(conn: Connection, user_id: object) -> str:
    user = writes.load(conn, "user", str(user_id)) if user_id else None
    return str(user["display_name"] or user["username"]) if user else ""


def decide(
    conn: Connection, request_id: str, *, approve: bool, comment: str, actor: str | None
) -> None:
    """The manager's word; a refusal must say why, so the rep knows what to change."""
    request = writes.load(conn, "approval_request", request_id)
    if request is None or request["deleted"]:
        raise DomainError("That request is no longer on this laptop")
    if request["status"] != ApprovalStatus.REQUESTED.value:
        raise DomainError(f"That request was already {request['status']}")
    if not approve and not comment.strip():
        raise DomainError("Say why you refuse: the rep sees your comment")
    status = ApprovalStatus.APPROVED if approve else ApprovalStatus.REFUSED
    writes.update(
        conn,
        "approval_request",
        request_id,
        {
            "status": status.value,
            "comment": comment.strip() or None,
            "decided_by": actor,
            "decided_at": utcnow(),
        },
        actor=actor,
    )


@dataclass(frozen=True)
class PricePoint:
    """One price this client was given for a product: by a quote, an agreement or a request."""

    on: date | None
    product_id: str
    source: str  # "quote", "agreement" or "exception"
    reference: str
    price: Decimal
    status: str
    by: str
    currency: str = "CNY"


def price_history(conn: Connection, account_id: str, product_ids: list[str]) -> list[PricePoint]:
    """Every price the laptop knows for the client and products, newest first."""
    points: list[PricePoint] = []
    quoted = conn.execute(
        select(_lines, _quotes.c.number, _quotes.c.revision, _quotes.c.status.label("q_status"))
        .add_columns(_quotes.c.currency)
        .add_columns(_quotes.c.owner_id, _quotes.c.created_at.label("q_created"))
        .join(_quotes, _quotes.c.id == _lines.c.quote_id)
        .where(
            _quotes.c.account_id == account_id,
            _lines.c.product_id.in_(product_ids),
            _lines.c.deleted.is_(False),
            _quotes.c.deleted.is_(False),
        )
    ).mappings()
    for row in quoted:
        net = net_price(row["unit_price"], row["discount_pct"], row["currency"])
        points.append(
            PricePoint(
                _day(row["q_created"]),
                row["product_id"],
                "quote",
                f"{row['number']} r{row['revision']}",
                net,
                row["q_status"],
                user_name(conn, row["owner_id"]),
                row["currency"],
            )
        )
    agreed = conn.execute(
        select(_agreements).where(
            _agreements.c.account_id == account_id, _agreements.c.product_id.in_(product_ids)
        )
    ).mappings()
    for row in agreed:
        until = row["valid_until"].isoformat() if row["valid_until"] else "—"
        points.append(
            PricePoint(
                row["valid_from"] or _day(row["created_at"]),
                row["product_id"],
                "agreement",
                f"→ {until}",
                row["unit_price"],
                "ended" if row["deleted"] else "active",
                user_name(conn, row["set_by"]),
                row["currency"],
            )
        )
    asked = conn.execute(
        select(_requests).where(
            _requests.c.account_id == account_id,
            _requests.c.product_id.in_(product_ids),
            _requests.c.deleted.is_(False),
        )
    ).mappings()
    for row in asked:
        points.append(
            PricePoint(
                _day(row["created_at"]),
                row["product_id"],
                "exception",
                row["reason"],
                row["requested_price"],
                row["status"],
                user_name(conn, row["requested_by"]),
            )
        )
    return sorted(points, key=lambda p: p.on or date.min, reverse=True)


def quote_products(conn: Connection, quote_id: str) -> list[str]:
    return list(
        conn.execute(
            select(_lines.c.product_id).where(
                _lines.c.quote_id == quote_id, _lines.c.deleted.is_(False)
            )
        ).scalars()
    )


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None
