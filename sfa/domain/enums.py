"""The fixed vocabularies of the product. Values are what travels on the wire and is stored."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum


class Role(StrEnum):
    REP = "rep"
    MANAGER = "manager"
    ADMIN = "admin"


class AccountStatus(StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    LOST = "lost"


class AccountTier(StrEnum):
    """Tier as a sales team sets it by hand; the computed value pyramid lives in analytics."""

    STRATEGIC = "strategic"
    KEY = "key"
    STANDARD = "standard"
    SMALL = "small"


class Industry(StrEnum):
    MANUFACTURING = "manufacturing"
    RETAIL = "retail"
    FINANCE = "finance"
    HEALTHCARE = "healthcare"
    EDUCATION = "education"
    GOVERNMENT = "government"
    TECHNOLOGY = "technology"
    LOGISTICS = "logistics"
    ENERGY = "energy"
    CONSTRUCTION = "construction"
    HOSPITALITY = "hospitality"
    OTHER = "other"


class ActivityKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    NOTE = "note"
    EMAIL = "email"
    VISIT = "visit"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    CHECKED_IN = "checked_in"
    DONE = "done"
    CANCELLED = "cancelled"


class Stage(StrEnum):
    PROSPECTING = "prospecting"
    QUALIFICATION = "qualification"
    NEEDS_ANALYSIS = "needs_analysis"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"

    @property
    def probability(self) -> Decimal:
        """Default win probability of the stage, used by the weighted forecast."""
        return STAGE_PROBABILITY[self]

    @property
    def is_closed(self) -> bool:
        return self in (Stage.WON, Stage.LOST)


STAGE_PROBABILITY: dict[Stage, Decimal] = {
    Stage.PROSPECTING: Decimal("0.10"),
    Stage.QUALIFICATION: Decimal("0.20"),
    Stage.NEEDS_ANALYSIS: Decimal("0.40"),
    Stage.PROPOSAL: Decimal("0.60"),
    Stage.NEGOTIATION: Decimal("0.80"),
    Stage.WON: Decimal("1.00"),
    Stage.LOST: Decimal("0.00"),
}


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    PROVISIONAL = "provisional"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    """An older revision: kept readable, but the newer revision speaks for it."""

    @property
    def holds_price(self) -> bool:
        """Live quotes hold their prices under the one-price rule; dead ones hold none."""
        return self not in (QuoteStatus.REJECTED, QuoteStatus.EXPIRED, QuoteStatus.SUPERSEDED)


class ApprovalKind(StrEnum):
    DISCOUNT = "discount"
    """A quote goes further below list than its owner's discount limit."""
    PRICE_EXCEPTION = "price_exception"
    """A refused quote line's price should become the client's agreed price."""


class ApprovalStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"


class ForecastCategory(StrEnum):
    """Where a rep puts an open deal in the forecast (the Salesforce/Dynamics convention):
    ``commit`` the rep vouches for it this period, ``best_case`` it may close, ``pipeline``
    it is open but not called, ``omitted`` left out of the forecast."""

    PIPELINE = "pipeline"
    BEST_CASE = "best_case"
    COMMIT = "commit"
    OMITTED = "omitted"


class QuotaPeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


class OrderStatus(StrEnum):
    """An order's life: confirmed → partly delivered → delivered → closed, or cancelled
    before it is fully delivered (see ``sfa.domain.orders.ORDER_TRANSITIONS``)."""

    CONFIRMED = "confirmed"
    PARTLY_DELIVERED = "partly_delivered"
    DELIVERED = "delivered"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    TRANSFER = "transfer"
    """Bank transfer (对公转账), the usual way a company pays."""
    DRAFT = "draft"
    """Bank acceptance draft (承兑汇票)."""
    CASH = "cash"
    CHEQUE = "cheque"
    OTHER = "other"
