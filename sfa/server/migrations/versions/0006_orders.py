"""Orders, invoices, payments and commission plans; payment terms on the account.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import sfa.domain.columns

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _id(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=36), nullable=True)


def _money(name: str, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sfa.domain.columns.DecimalText(length=40), nullable=nullable)


def _synced(*, scoped: bool = True) -> list[sa.Column[Any]]:
    columns: list[sa.Column[Any]] = [
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        _id("created_by"),
        _id("updated_by"),
    ]
    if scoped:
        columns.append(_id("account_scope"))
    return columns


def _indexes(table: str, columns: tuple[str, ...]) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.create_index(f"ix_{table}_{column}", [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(
            sa.Column("payment_terms_days", sa.Integer(), nullable=False, server_default="30")
        )
    op.create_table(
        "order",
        *_synced(),
        _id("account_id"),
        _id("contact_id"),
        _id("owner_id"),
        _id("quote_id"),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        _money("tax_rate"),
        _money("subtotal"),
        _money("tax"),
        _money("total"),
        sa.Column("promised_date", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("order", ("account_id", "account_scope", "number", "owner_id", "quote_id", "rev"))
    op.create_table(
        "order_line",
        *_synced(),
        _id("order_id"),
        _id("product_id"),
        _id("quote_line_id"),
        _id("price_agreement_id"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        _money("quantity"),
        _money("unit_price"),
        _money("discount_pct"),
        _money("line_total"),
        _money("delivered_quantity"),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("order_line", ("account_scope", "order_id", "product_id", "rev"))
    op.create_table(
        "invoice",
        *_synced(),
        _id("account_id"),
        _id("order_id"),
        _id("owner_id"),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        _money("amount"),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("invoice", ("account_id", "account_scope", "number", "order_id", "owner_id", "rev"))
    op.create_table(
        "payment",
        *_synced(),
        _id("account_id"),
        _id("invoice_id"),
        sa.Column("received_on", sa.Date(), nullable=False),
        _money("amount"),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("payment", ("account_id", "account_scope", "invoice_id", "rev"))
    op.create_table(
        "commission_plan",
        *_synced(scoped=False),
        _id("user_id"),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rates", sfa.domain.columns.StringList(), nullable=False),
        sa.Column("tiers", sfa.domain.columns.StringList(), nullable=False),
        _id("set_by"),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("commission_plan", ("rev", "user_id"))


def downgrade() -> None:
    for table in ("commission_plan", "payment", "invoice", "order_line", "order"):
        op.drop_table(table)
    with op.batch_alter_table("account") as batch:
        batch.drop_column("payment_terms_days")
