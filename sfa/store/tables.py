"""The laptop's tables: one per synced entity, plus the sync bookkeeping.

Entity tables are built from the shared mixins in :mod:`sfa.domain.records`. The
bookkeeping tables make sync state part of the schema, written in the same transaction as
the edit it belongs to: the outbox (changes waiting to go up) and base snapshots (the
server version a pending change was made against, needed to show conflicts).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sfa.domain import records as r
from sfa.domain.columns import UtcDateTime, utcnow


class LocalBase(DeclarativeBase):
    pass


class User(LocalBase, r.SyncedColumns, r.UserFields):
    __tablename__ = "user"


class Territory(LocalBase, r.SyncedColumns, r.TerritoryFields):
    __tablename__ = "territory"


class Account(LocalBase, r.SyncedColumns, r.AccountFields):
    __tablename__ = "account"


class Contact(LocalBase, r.SyncedColumns, r.ContactFields):
    __tablename__ = "contact"


class Activity(LocalBase, r.SyncedColumns, r.ActivityFields):
    __tablename__ = "activity"


class Visit(LocalBase, r.SyncedColumns, r.VisitFields):
    __tablename__ = "visit"


class Opportunity(LocalBase, r.SyncedColumns, r.OpportunityFields):
    __tablename__ = "opportunity"


class Product(LocalBase, r.SyncedColumns, r.ProductFields):
    __tablename__ = "product"


class PriceAgreement(LocalBase, r.SyncedColumns, r.PriceAgreementFields):
    __tablename__ = "price_agreement"


class Quote(LocalBase, r.SyncedColumns, r.QuoteFields):
    __tablename__ = "quote"


class QuoteLine(LocalBase, r.SyncedColumns, r.QuoteLineFields):
    __tablename__ = "quote_line"


class Quota(LocalBase, r.SyncedColumns, r.QuotaFields):
    __tablename__ = "quota"


class ApprovalRequest(LocalBase, r.SyncedColumns, r.ApprovalRequestFields):
    __tablename__ = "approval_request"


class Order(LocalBase, r.SyncedColumns, r.OrderFields):
    __tablename__ = "order"


class OrderLine(LocalBase, r.SyncedColumns, r.OrderLineFields):
    __tablename__ = "order_line"


class Invoice(LocalBase, r.SyncedColumns, r.InvoiceFields):
    __tablename__ = "invoice"


class Payment(LocalBase, r.SyncedColumns, r.PaymentFields):
    __tablename__ = "payment"


class CommissionPlan(LocalBase, r.SyncedColumns, r.CommissionPlanFields):
    __tablename__ = "commission_plan"


class OutboxEntry(LocalBase):
    """A change waiting to be pushed, in the contract's mutation shape."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    base_rev: Mapped[int] = mapped_column(Integer, default=0)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_outbox_record", "entity", "record_id"),
        Index("ix_outbox_status", "status"),
    )


class BaseSnapshot(LocalBase):
    """The server's version of a record as it was when the first pending edit was made."""

    __tablename__ = "base_snapshot"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncConflict(LocalBase):
    """A field both this laptop and someone else changed; the server kept its value.

    Kept until the rep resolves it (keep mine → a new mutation; keep theirs → resolved),
    so no edit is ever dropped without the rep having seen it.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    client_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_rev: Mapped[int | None] = mapped_column(Integer)
    resolution: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_sync_conflict_open", "resolution"),)


class SyncState(LocalBase):
    """Small key/value facts of this replica: cursor, client id, profile."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


ENTITY_TABLES: dict[str, type[LocalBase]] = {
    "user": User,
    "territory": Territory,
    "account": Account,
    "contact": Contact,
    "activity": Activity,
    "visit": Visit,
    "opportunity": Opportunity,
    "product": Product,
    "price_agreement": PriceAgreement,
    "quote": Quote,
    "quote_line": QuoteLine,
    "quota": Quota,
    "approval_request": ApprovalRequest,
    "order": Order,
    "order_line": OrderLine,
    "invoice": Invoice,
    "payment": Payment,
    "commission_plan": CommissionPlan,
}
