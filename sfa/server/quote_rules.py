"""Rules on quotes beyond the one-price rule: numbers, approvals, and sending.

Only a manager or an admin approves (sets ``approved_by``/``approved_at`` or the status
``approved``). A quote whose lines go further below list than its owner's discount limit
cannot be sent until it is approved, nor one with a line whose price a manager's price
exception has superseded; the rep sees the refusal after sync and the approval arrives the
same way.

Approval requests (``approval_request``) are how a rep asks: a rep creates one, and only the
requester's manager or an admin decides it. The server stamps who asked and who decided, and
a decision is final. Approving a discount approves its quote; approving a price exception
makes its price the client's agreement (:func:`sfa.server.one_price.grant_exception`).

A quote number belongs to one quote and its revisions: two laptops can never both hand a
client the same number for different quotes.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.columns import utcnow
from sfa.domain.enums import ApprovalKind, ApprovalStatus, QuoteStatus, Role
from sfa.domain.pricing import discount_limit, needs_approval
from sfa.server.errors import Rejected
from sfa.server.one_price import line_price
from sfa.server.records import Actor, write_change
from sfa.server.tables import ApprovalRequest, PriceAgreement, Product, Quote, QuoteLine, User
from sfa.server.visibility import Viewer, manages

APPROVAL_FIELDS = frozenset({"approved_by", "approved_at"})


def check_quote_change(
    session: Session,
    viewer: Viewer | None,
    quote_id: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
) -> None:
    """Refuse an approval by a rep, or sending a quote that still needs one."""
    changed = {k for k in after if before is None or before.get(k) != after.get(k)}
    approving = bool(changed & APPROVAL_FIELDS) or (
        "status" in changed and after.get("status") == QuoteStatus.APPROVED.value
    )
    if approving and viewer is not None and viewer.role == Role.REP:
        raise Rejected("forbidden", "only a manager can approve a quote", {"field": "approved_by"})
    sending = "status" in changed and after.get("status") == QuoteStatus.SENT.value
    if (
        sending
        and not after.get("approved_by")
        and lines_needing_approval(session, quote_id, after)
    ):
        raise Rejected(
            "approval_required",
            "this quote gives more discount than its owner may without a manager's approval",
            {"field": "status"},
        )
    if sending and superseded_lines(session, quote_id):
        raise Rejected(
            "price_superseded",
            "a manager approved another price for this client since this quote was written:"
            " re-price the quote before sending it",
            {"field": "status"},
        )


def superseded_lines(session: Session, quote_id: str) -> list[str]:
    """Lines whose price an approved exception replaced, still at the old price."""
    rows = session.execute(
        select(QuoteLine, PriceAgreement.unit_price, Quote.currency)
        .join(PriceAgreement, PriceAgreement.source_request_id == QuoteLine.price_superseded_by)
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(
            QuoteLine.quote_id == quote_id,
            QuoteLine.deleted.is_(False),
            PriceAgreement.deleted.is_(False),
        )
    )
    return [
        line.id
        for line, price, currency in rows
        if line_price({"unit_price": line.unit_price, "discount_pct": line.discount_pct}, currency)
        != price
    ]


def check_number(session: Session, quote_id: str, values: Mapping[str, Any]) -> None:
    """Refuse a number another quote already carries, unless that quote is a revision of
    this one (revisions keep their quote's number)."""
    number = values.get("number")
    if not number:
        return
    root = values.get("revision_of") or quote_id
    others = session.execute(
        select(Quote.id, Quote.revision_of).where(Quote.number == number, Quote.id != quote_id)
    )
    for other_id, other_root in others:
        if root not in (other_id, other_root or other_id):
            raise Rejected(
                "invalid",
                f"number: quote number {number} is already used by another quote;"
                " give this quote a new number",
                {"field": "number", "quote_id": other_id},
            )


def lines_needing_approval(session: Session, quote_id: str, quote: Mapping[str, Any]) -> list[str]:
    owner = session.get(User, quote.get("owner_id")) if quote.get("owner_id") else None
    limit = discount_limit(owner.role if owner is not None else Role.REP.value)
    rows = session.execute(
        select(QuoteLine, Product.list_price)
        .join(Product, Product.id == QuoteLine.product_id)
        .where(QuoteLine.quote_id == quote_id, QuoteLine.deleted.is_(False))
    )
    return [
        line.id
        for line, list_price in rows
        if needs_approval(
            Decimal(list_price), line.unit_price, line.discount_pct or Decimal(0), limit
        )
    ]


DECIDER_FIELDS = frozenset({"status", "comment"})


def check_new_request(session: Session, actor: Actor, values: dict[str, Any]) -> None:
    """A request must name a live quote of its account and, for a price exception, the line
    and price it is about; it starts undecided, asked by the one who sends it."""
    kind = values.get("kind") or ApprovalKind.PRICE_EXCEPTION.value
    if kind not in {k.value for k in ApprovalKind}:
        raise Rejected("invalid", f"kind: “{kind}” is not one of discount, price_exception")
    status = values.get("status") or ApprovalStatus.REQUESTED.value
    if status != ApprovalStatus.REQUESTED.value or values.get("comment"):
        raise Rejected("invalid", "status: a new request starts as requested", {"field": "status"})
    quote = session.get(Quote, values.get("quote_id")) if values.get("quote_id") else None
    if quote is None or quote.deleted:
        raise Rejected("invalid", "quote_id: a request must name its quote", {"field": "quote_id"})
    if values.get("account_id") != quote.account_id:
        raise Rejected(
            "invalid", "account_id: must be the account of the quote", {"field": "account_id"}
        )
    if kind == ApprovalKind.PRICE_EXCEPTION:
        for name in ("product_id", "quote_line_id", "requested_price"):
            if values.get(name) is None:
                raise Rejected("invalid", f"{name}: is required for a price exception")
    elif not lines_needing_approval(session, quote.id, {"owner_id": quote.owner_id}):
        raise Rejected(
            "invalid", "this quote's discounts are within its owner's limit: nothing to approve"
        )
    values.update(kind=kind, status=status, requested_by=actor.user_id)


def check_request_change(
    session: Session,
    viewer: Viewer | None,
    actor: Actor,
    before: Mapping[str, Any],
    changes: dict[str, Any],
) -> bool:
    """Refuse what may not change; stamp a decision. True when ``changes`` decide it."""
    changed = {k for k, v in changes.items() if before.get(k) != v}
    if not changed:
        return False
    if before.get("status") != ApprovalStatus.REQUESTED.value:
        raise Rejected(
            "invalid",
            f"this request was already {before.get('status')}: a decision is final",
            {"field": "status"},
        )
    fixed = changed - DECIDER_FIELDS - {"reason"}
    if fixed:
        name = sorted(fixed)[0]
        raise Rejected("invalid", f"{name}: cannot change once requested", {"field": name})
    if not changed & DECIDER_FIELDS:
        return False
    status = changes.get("status", before.get("status"))
    if status not in (ApprovalStatus.APPROVED.value, ApprovalStatus.REFUSED.value):
        raise Rejected("invalid", "status: a decision is approved or refused", {"field": "status"})
    if viewer is not None and not _may_decide(session, viewer, before.get("requested_by")):
        raise Rejected(
            "forbidden",
            "only the requester's manager or an admin can decide this request",
            {"field": "status"},
        )
    changes.update(status=status, decided_by=actor.user_id, decided_at=utcnow())
    return True


def _may_decide(session: Session, viewer: Viewer, requester_id: str | None) -> bool:
    return viewer.is_admin or (
        viewer.role == Role.MANAGER and manages(session, viewer, requester_id)
    )


def approve_discount(session: Session, actor: Actor, request: ApprovalRequest) -> None:
    """The manager's yes reaches the quote: approved, and so sendable."""
    quote = session.get(Quote, request.quote_id)
    if quote is None or quote.deleted or not QuoteStatus(quote.status).holds_price:
        raise Rejected("invalid", "the quote of this request is no longer open")
    changes: dict[str, Any] = {"approved_by": actor.user_id, "approved_at": utcnow()}
    if QuoteStatus(quote.status) in EDITABLE_STATUSES:
        changes["status"] = QuoteStatus.APPROVED.value
    write_change(session, actor, "quote", quote, changes, action="update")


EDITABLE_STATUSES = frozenset(
    {QuoteStatus.DRAFT, QuoteStatus.PROVISIONAL, QuoteStatus.PENDING_APPROVAL}
)
