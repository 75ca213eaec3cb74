"""The business fields of every synced entity, as SQLAlchemy 2 typed mixins.

The laptop's store (``sfa.store.tables``) and the server (``sfa.server.tables``) each build
their own tables from these mixins, adding what only their side needs (the outbox and base
snapshots on the laptop; per-field revisions and audit on the server). The fields are thus
declared once, and both ends agree on every name and type that travels on the wire.

References between records (``account_id`` …) carry no database foreign key: records
replicate page by page and may arrive before what they point to; both ends check
references in code instead (the server rejects a mutation naming an unknown record).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sfa.domain.columns import DecimalText, StringList, UtcDateTime

ID_LENGTH = 36


def _ref(*, nullable: bool = True, index: bool = True) -> Mapped[str | None]:
    return mapped_column(String(ID_LENGTH), nullable=nullable, index=index)


class SyncedColumns:
    """Columns every synced record has, whatever its entity (contract: id, rev, deleted)."""

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, default=0, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_by: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    updated_by: Mapped[str | None] = mapped_column(String(ID_LENGTH))


class UserFields:
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str | None] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16), default="rep")
    manager_id: Mapped[str | None] = _ref()
    rep_code: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TerritoryFields:
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[str | None] = _ref()
    provinces: Mapped[list[str]] = mapped_column(StringList, default=list)
    cities: Mapped[list[str]] = mapped_column(StringList, default=list)
    industries: Mapped[list[str]] = mapped_column(StringList, default=list)
    named_account_ids: Mapped[list[str]] = mapped_column(StringList, default=list)
    rep_ids: Mapped[list[str]] = mapped_column(StringList, default=list)


class AccountFields:
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = _ref()
    territory_id: Mapped[str | None] = _ref()
    owner_id: Mapped[str | None] = _ref()
    industry: Mapped[str | None] = mapped_column(String(32))
    tier: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="prospect")
    province: Mapped[str | None] = mapped_column(String(32))
    city: Mapped[str | None] = mapped_column(String(32))
    district: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(200))
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    """Days the client has to pay an invoice (30 = "30 days net"); a due date is the
    invoice date plus these days."""


class ContactFields:
    account_id: Mapped[str | None] = _ref()
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class ActivityFields:
    account_id: Mapped[str | None] = _ref()
    contact_id: Mapped[str | None] = _ref()
    opportunity_id: Mapped[str | None] = _ref()
    owner_id: Mapped[str | None] = _ref()
    kind: Mapped[str] = mapped_column(String(16), default="note")
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer)


class VisitFields:
    account_id: Mapped[str | None] = _ref()
    contact_id: Mapped[str | None] = _ref()
    owner_id: Mapped[str | None] = _ref()
    purpose: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    location: Mapped[str | None] = mapped_column(String(200))
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    outcome: Mapped[str | None] = mapped_column(Text)
    remind_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class OpportunityFields:
    account_id: Mapped[str | None] = _ref()
    owner_id: Mapped[str | None] = _ref()
    name: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(32), default="prospecting")
    probability: Mapped[Decimal | None] = mapped_column(DecimalText)
    amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    close_date: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(String(200))
    next_step: Mapped[str | None] = mapped_column(String(200))
    forecast_category: Mapped[str] = mapped_column(String(16), default="pipeline")


class ProductFields:
    sku: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(16))
    list_price: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    product_line: Mapped[str | None] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str | None] = mapped_column(Text)


class PriceAgreementFields:
    account_id: Mapped[str | None] = _ref()
    product_id: Mapped[str | None] = _ref()
    unit_price: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    source_quote_id: Mapped[str | None] = _ref()
    set_by: Mapped[str | None] = _ref(index=False)
    source_request_id: Mapped[str | None] = _ref(index=False)
    """The approved price exception this agreement comes from (set by the server)."""


class QuoteFields:
    account_id: Mapped[str | None] = _ref()
    contact_id: Mapped[str | None] = _ref(index=False)
    opportunity_id: Mapped[str | None] = _ref()
    owner_id: Mapped[str | None] = _ref()
    number: Mapped[str] = mapped_column(String(40), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    revision_of: Mapped[str | None] = _ref()
    status: Mapped[str] = mapped_column(String(20), default="draft")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    valid_until: Mapped[date | None] = mapped_column(Date)
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0.13"))
    terms: Mapped[str | None] = mapped_column(Text)
    approved_by: Mapped[str | None] = _ref(index=False)
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class QuoteLineFields:
    quote_id: Mapped[str | None] = _ref()
    product_id: Mapped[str | None] = _ref()
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str | None] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(DecimalText)
    unit_price: Mapped[Decimal] = mapped_column(DecimalText)
    discount_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    price_superseded_by: Mapped[str | None] = _ref(index=False)
    """Set by the server when a manager approved a price exception for this line's client and
    product at another price: the approval request, so the rep can re-price."""


class QuotaFields:
    user_id: Mapped[str | None] = _ref()
    period_kind: Mapped[str] = mapped_column(String(8), default="month")
    period_start: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    commit_override: Mapped[Decimal | None] = mapped_column(DecimalText)
    """The manager's own call of this rep's commit for the period, replacing the sum of the
    rep's committed deals in the forecast; explained by ``commit_note``."""
    commit_note: Mapped[str | None] = mapped_column(Text)
    commit_set_by: Mapped[str | None] = _ref(index=False)


class ApprovalRequestFields:
    """A rep asks a manager to decide: a discount beyond the rep's limit on a quote
    (``kind`` discount), or an exception to the one-price rule for one refused quote line
    (``kind`` price_exception: the line's price should become the client's agreed price).

    Synced like the account it belongs to; only the requester's manager or an admin may
    decide it, and the server sets ``requested_by``, ``decided_by`` and ``decided_at``.
    """

    kind: Mapped[str] = mapped_column(String(16), default="price_exception")
    account_id: Mapped[str | None] = _ref()
    quote_id: Mapped[str | None] = _ref()
    quote_line_id: Mapped[str | None] = _ref(index=False)
    product_id: Mapped[str | None] = _ref(index=False)
    requested_price: Mapped[Decimal | None] = mapped_column(DecimalText)
    standing_price: Mapped[Decimal | None] = mapped_column(DecimalText)
    holder_kind: Mapped[str | None] = mapped_column(String(16))
    holder_id: Mapped[str | None] = _ref(index=False)
    holder_rep_id: Mapped[str | None] = _ref(index=False)
    holder_valid_until: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str | None] = _ref(index=False)
    status: Mapped[str] = mapped_column(String(16), default="requested")
    decided_by: Mapped[str | None] = _ref(index=False)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    comment: Mapped[str | None] = mapped_column(Text)


class OrderFields:
    """A client's firm order. Made from an accepted quote in one step or entered directly at
    the agreed prices; its lines and totals are frozen once confirmed (``sfa.domain.orders``).
    ``number`` is unique across laptops (same scheme as quote numbers, ``O-`` prefix)."""

    account_id: Mapped[str | None] = _ref()
    contact_id: Mapped[str | None] = _ref(index=False)
    owner_id: Mapped[str | None] = _ref()
    quote_id: Mapped[str | None] = _ref()
    number: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(20), default="confirmed")
    order_date: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0.13"))
    subtotal: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    tax: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    promised_date: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class OrderLineFields:
    order_id: Mapped[str | None] = _ref()
    product_id: Mapped[str | None] = _ref()
    quote_line_id: Mapped[str | None] = _ref(index=False)
    price_agreement_id: Mapped[str | None] = _ref(index=False)
    """The agreement whose price the line carries (none: the list price)."""
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str | None] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(DecimalText)
    unit_price: Mapped[Decimal] = mapped_column(DecimalText)
    discount_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    line_total: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    delivered_quantity: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    delivered_on: Mapped[date | None] = mapped_column(Date)


class InvoiceFields:
    """A receivable: what the client owes for (part of) an order, due ``payment_terms_days``
    after ``issued_on``. What is still due is the amount less the payments against it."""

    account_id: Mapped[str | None] = _ref()
    order_id: Mapped[str | None] = _ref()
    owner_id: Mapped[str | None] = _ref()
    number: Mapped[str] = mapped_column(String(40), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class PaymentFields:
    account_id: Mapped[str | None] = _ref()
    invoice_id: Mapped[str | None] = _ref()
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    method: Mapped[str] = mapped_column(String(16), default="transfer")
    reference: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)


class CommissionPlanFields:
    """How one rep is paid commission (rules in ``sfa.analytics.commissions``): a rate per
    product line (``rates``: ``"printers=0.05"``, ``"*=0.03"`` for every other line) and a
    multiplier by quota attainment (``tiers``: ``"0.8=1.0"`` from 80 % attainment on)."""

    user_id: Mapped[str | None] = _ref()
    name: Mapped[str] = mapped_column(String(100))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    rates: Mapped[list[str]] = mapped_column(StringList, default=list)
    tiers: Mapped[list[str]] = mapped_column(StringList, default=list)
    set_by: Mapped[str | None] = _ref(index=False)


ENTITY_MIXINS: dict[str, type] = {
    "user": UserFields,
    "territory": TerritoryFields,
    "account": AccountFields,
    "contact": ContactFields,
    "activity": ActivityFields,
    "visit": VisitFields,
    "opportunity": OpportunityFields,
    "product": ProductFields,
    "price_agreement": PriceAgreementFields,
    "quote": QuoteFields,
    "quote_line": QuoteLineFields,
    "quota": QuotaFields,
    "approval_request": ApprovalRequestFields,
    "order": OrderFields,
    "order_line": OrderLineFields,
    "invoice": InvoiceFields,
    "payment": PaymentFields,
    "commission_plan": CommissionPlanFields,
}
"""Wire entity name → its fields; the order is the order a snapshot is pulled in."""


def field_names(entity: str) -> tuple[str, ...]:
    """The wire field names of an entity (everything but id/rev/deleted and bookkeeping)."""
    return tuple(ENTITY_MIXINS[entity].__annotations__)
