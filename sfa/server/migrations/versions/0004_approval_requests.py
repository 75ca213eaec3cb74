"""Approval requests (discounts beyond a rep's limit, price exceptions), the agreement an
approved exception makes, and the mark on quote lines whose price it superseded.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sfa.domain.columns

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _id(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=36), nullable=True)


def upgrade() -> None:
    op.create_table(
        "approval_request",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        _id("created_by"),
        _id("updated_by"),
        _id("account_scope"),
        sa.Column("kind", sa.String(length=16), nullable=False),
        _id("account_id"),
        _id("quote_id"),
        _id("quote_line_id"),
        _id("product_id"),
        sa.Column("requested_price", sfa.domain.columns.DecimalText(length=40), nullable=True),
        sa.Column("standing_price", sfa.domain.columns.DecimalText(length=40), nullable=True),
        sa.Column("holder_kind", sa.String(length=16), nullable=True),
        _id("holder_id"),
        _id("holder_rep_id"),
        sa.Column("holder_valid_until", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        _id("requested_by"),
        sa.Column("status", sa.String(length=16), nullable=False),
        _id("decided_by"),
        sa.Column("decided_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("approval_request") as batch:
        for column in ("account_id", "account_scope", "quote_id", "rev"):
            batch.create_index(f"ix_approval_request_{column}", [column], unique=False)
    with op.batch_alter_table("price_agreement") as batch:
        batch.add_column(_id("source_request_id"))
    with op.batch_alter_table("quote_line") as batch:
        batch.add_column(_id("price_superseded_by"))


def downgrade() -> None:
    with op.batch_alter_table("quote_line") as batch:
        batch.drop_column("price_superseded_by")
    with op.batch_alter_table("price_agreement") as batch:
        batch.drop_column("source_request_id")
    op.drop_table("approval_request")
