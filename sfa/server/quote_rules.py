"""Rules on quotes beyond the one-price rule: approval of discounts, and sending.

Only a manager or an admin approves (sets ``approved_by``/``approved_at`` or the status
``approved``). A quote whose lines go further below list than its owner's discount limit
cannot be sent until it is approved; the rep sees the refusal after sync and the approval
arrives the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.enums import QuoteStatus, Role
from sfa.domain.pricing import discount_limit, needs_approval
from sfa.server.errors import Rejected
from sfa.server.tables import Product, QuoteLine, User
from sfa.server.visibility import Viewer

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
