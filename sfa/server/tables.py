"""The server's tables: one per synced entity, plus the server's own bookkeeping.

Entity tables are built from the shared mixins in :mod:`sfa.domain.records`. The server adds
to every record the revision at which each field last changed (``field_revs``, used by the
three-way merge) and, on records that hang off an account, ``account_scope``: the account
that decides who may see them, resolved once at creation (for a quote line, through its
quote) so visibility is a lookup rather than a walk up the references.

Everything that must survive a restart or be shared between worker processes lives here:
the change counter, stored mutation results, refresh tokens, login failures, audit, the
visibility snapshots cursors point to.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sfa.domain import records as r
from sfa.domain.columns import UtcDateTime, utcnow


class ServerBase(DeclarativeBase):
    pass


class ServerRecord(r.SyncedColumns):
    """What the server keeps on every synced record besides its fields."""

    field_revs: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class AccountScoped:
    """Records whose visibility follows an account."""

    account_scope: Mapped[str | None] = mapped_column(String(r.ID_LENGTH), index=True)


class User(ServerBase, ServerRecord, r.UserFields):
    __tablename__ = "user"
    __table_args__ = (Index("ux_user_username", "username", unique=True),)


class Territory(ServerBase, ServerRecord, r.TerritoryFields):
    __tablename__ = "territory"


class Account(ServerBase, ServerRecord, r.AccountFields):
    __tablename__ = "account"


class Contact(ServerBase, ServerRecord, AccountScoped, r.ContactFields):
    __tablename__ = "contact"


class Activity(ServerBase, ServerRecord, AccountScoped, r.ActivityFields):
    __tablename__ = "activity"


class Visit(ServerBase, ServerRecord, AccountScoped, r.VisitFields):
    __tablename__ = "visit"


class Opportunity(ServerBase, ServerRecord, AccountScoped, r.OpportunityFields):
    __tablename__ = "opportunity"


class Product(ServerBase, ServerRecord, r.ProductFields):
    __tablename__ = "product"


class PriceAgreement(ServerBase, ServerRecord, AccountScoped, r.PriceAgreementFields):
    __tablename__ = "price_agreement"


class Quote(ServerBase, ServerRecord, AccountScoped, r.QuoteFields):
    __tablename__ = "quote"


class QuoteLine(ServerBase, ServerRecord, AccountScoped, r.QuoteLineFields):
    __tablename__ = "quote_line"


class Quota(ServerBase, ServerRecord, r.QuotaFields):
    __tablename__ = "quota"


class ApprovalRequest(ServerBase, ServerRecord, AccountScoped, r.ApprovalRequestFields):
    __tablename__ = "approval_request"


class Order(ServerBase, ServerRecord, AccountScoped, r.OrderFields):
    __tablename__ = "order"


class OrderLine(ServerBase, ServerRecord, AccountScoped, r.OrderLineFields):
    __tablename__ = "order_line"


class Invoice(ServerBase, ServerRecord, AccountScoped, r.InvoiceFields):
    __tablename__ = "invoice"


class Payment(ServerBase, ServerRecord, AccountScoped, r.PaymentFields):
    __tablename__ = "payment"


class CommissionPlan(ServerBase, ServerRecord, r.CommissionPlanFields):
    __tablename__ = "commission_plan"


ENTITY_TABLES: dict[str, type[ServerRecord]] = {
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
"""Wire entity name → table, in the order a snapshot lists them."""


class ChangeCounter(ServerBase):
    """The single row every writing transaction bumps to get its revs.

    Updating one row takes its lock until commit, so revs are handed out in commit order and
    a reader's cursor can never pass a rev that is still to be committed.
    """

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ServerInfo(ServerBase):
    """Facts about this server installation (its id, the token signing secret)."""

    __tablename__ = "server_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Credential(ServerBase):
    """A user's password hash, kept apart from the synced user record (never replicated)."""

    __tablename__ = "credential"

    user_id: Mapped[str] = mapped_column(String(r.ID_LENGTH), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class RefreshToken(ServerBase):
    """A refresh token, stored as its SHA-256 only; rotated on every use."""

    __tablename__ = "refresh_token"

    id: Mapped[str] = mapped_column(String(r.ID_LENGTH), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(r.ID_LENGTH), index=True)
    family_id: Mapped[str] = mapped_column(String(r.ID_LENGTH), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class LoginFailure(ServerBase):
    """One failed login; throttling counts these rows inside the window."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(255), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class StoredResult(ServerBase):
    """The result of an applied (or rejected) mutation, returned again on retry."""

    __tablename__ = "mutation_result"

    mutation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(String(r.ID_LENGTH))
    client_id: Mapped[str | None] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AuditEntry(ServerBase):
    """Who changed what, when, from which client: one row per applied record change."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(String(r.ID_LENGTH), index=True)
    client_id: Mapped[str | None] = mapped_column(String(64))
    mutation_id: Mapped[str | None] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(r.ID_LENGTH))
    action: Mapped[str] = mapped_column(String(16))
    rev: Mapped[int] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_audit_record", "entity", "record_id"),)


class ScopeSnapshot(ServerBase):
    """What a user could see when a cursor was handed out, keyed by its digest.

    A cursor names its snapshot; the next pull compares it with what the user sees now to
    send records that moved in whole and list those that moved out as revoked. Keyed by
    content, so a user whose visibility does not change reuses one row, and two replicas of
    the same user (each with its own cursor) are each told what they need.
    """

    __tablename__ = "scope_snapshot"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(r.ID_LENGTH), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[str | None] = mapped_column(String(64), index=True)
    """The version of the user's sight this content was last computed for, so pulls find
    their snapshot without recomputing it (:mod:`sfa.server.pull_scope`)."""


class CalendarFeed(ServerBase):
    """A rep's subscribable visit calendar: the secret in its URL is stored as SHA-256 only,
    as refresh tokens are, and a revoked feed keeps its row (so its URL stays dead)."""

    __tablename__ = "calendar_feed"

    id: Mapped[str] = mapped_column(String(r.ID_LENGTH), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(r.ID_LENGTH), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
