"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 06:49:19.807589
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sfa.domain.columns

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("territory_id", sa.String(length=36), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("industry", sa.String(length=32), nullable=True),
        sa.Column("tier", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("province", sa.String(length=32), nullable=True),
        sa.Column("city", sa.String(length=32), nullable=True),
        sa.Column("district", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_credit_code"), ["credit_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_rev"), ["rev"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_territory_id"), ["territory_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("account_scope", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("opportunity_id", sa.String(length=36), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("occurred_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_account_scope"), ["account_scope"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activity_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activity_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_rev"), ["rev"], unique=False)

    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("client_id", sa.String(length=64), nullable=True),
        sa.Column("mutation_id", sa.String(length=64), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index("ix_audit_record", ["entity", "record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_user_id"), ["user_id"], unique=False)

    op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "contact",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("account_scope", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_account_scope"), ["account_scope"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_rev"), ["rev"], unique=False)

    op.create_table(
        "credential",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("changed_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "login_failure",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=255), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_failure_address"), ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failure_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failure_username"), ["username"], unique=False)

    op.create_table(
        "mutation_result",
        sa.Column("mutation_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("client_id", sa.String(length=64), nullable=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("mutation_id"),
    )
    op.create_table(
        "opportunity",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("account_scope", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("probability", sfa.domain.columns.DecimalText(length=40), nullable=True),
        sa.Column("amount", sfa.domain.columns.DecimalText(length=40), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("close_date", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=200), nullable=True),
        sa.Column("next_step", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opportunity_account_scope"), ["account_scope"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_rev"), ["rev"], unique=False)

    op.create_table(
        "price_agreement",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("account_scope", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("product_id", sa.String(length=36), nullable=True),
        sa.Column("unit_price", sfa.domain.columns.DecimalText(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("source_quote_id", sa.String(length=36), nullable=True),
        sa.Column("set_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("price_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_price_agreement_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_price_agreement_account_scope"), ["account_scope"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_price_agreement_product_id"), ["product_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_price_agreement_rev"), ["rev"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_price_agreement_source_quote_id"), ["source_quote_id"], unique=False
        )

    op.create_table(
        "product",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=True),
        sa.Column("list_price", sfa.domain.columns.DecimalText(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("product_line", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_rev"), ["rev"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_sku"), ["sku"], unique=False)

    op.create_table(
        "quota",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("period_kind", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("amount", sfa.domain.columns.DecimalText(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("quota", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quota_rev"), ["rev"], unique=False)
        batch_op.create_index(batch_op.f("ix_quota_user_id"), ["user_id"], unique=False)

    op.create_table(
        "quote",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("account_scope", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("opportunity_id", sa.String(length=36), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("revision_of", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("tax_rate", sfa.domain.columns.DecimalText(length=40), nullable=False),
        sa.Column("terms", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_account_scope"), ["account_scope"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_number"), ["number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_quote_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_quote_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_rev"), ["rev"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_revision_of"), ["revision_of"], unique=False)

    op.create_table(
        "quote_line",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("account_scope", sa.String(length=36), nullable=True),
        sa.Column("quote_id", sa.String(length=36), nullable=True),
        sa.Column("product_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("quantity", sfa.domain.columns.DecimalText(length=40), nullable=False),
        sa.Column("unit_price", sfa.domain.columns.DecimalText(length=40), nullable=False),
        sa.Column("discount_pct", sfa.domain.columns.DecimalText(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quote_line_account_scope"), ["account_scope"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_quote_line_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_line_quote_id"), ["quote_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_line_rev"), ["rev"], unique=False)

    op.create_table(
        "refresh_token",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("refresh_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refresh_token_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refresh_token_user_id"), ["user_id"], unique=False)

    op.create_table(
        "scope_snapshot",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("digest"),
    )
    with op.batch_alter_table("scope_snapshot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scope_snapshot_user_id"), ["user_id"], unique=False)

    op.create_table(
        "server_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "territory",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("provinces", sfa.domain.columns.StringList(), nullable=False),
        sa.Column("cities", sfa.domain.columns.StringList(), nullable=False),
        sa.Column("industries", sfa.domain.columns.StringList(), nullable=False),
        sa.Column("named_account_ids", sfa.domain.columns.StringList(), nullable=False),
        sa.Column("rep_ids", sfa.domain.columns.StringList(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("territory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_territory_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_territory_rev"), ["rev"], unique=False)

    op.create_table(
        "user",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("manager_id", sa.String(length=36), nullable=True),
        sa.Column("rep_code", sa.String(length=16), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_manager_id"), ["manager_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_user_rev"), ["rev"], unique=False)
        batch_op.create_index("ux_user_username", ["username"], unique=True)

    op.create_table(
        "visit",
        sa.Column("field_revs", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("account_scope", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("ends_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("checked_in_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("checked_out_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("remind_at", sfa.domain.columns.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_account_scope"), ["account_scope"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_rev"), ["rev"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_starts_at"), ["starts_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_starts_at"))
        batch_op.drop_index(batch_op.f("ix_visit_rev"))
        batch_op.drop_index(batch_op.f("ix_visit_owner_id"))
        batch_op.drop_index(batch_op.f("ix_visit_contact_id"))
        batch_op.drop_index(batch_op.f("ix_visit_account_scope"))
        batch_op.drop_index(batch_op.f("ix_visit_account_id"))

    op.drop_table("visit")
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_index("ux_user_username")
        batch_op.drop_index(batch_op.f("ix_user_rev"))
        batch_op.drop_index(batch_op.f("ix_user_manager_id"))

    op.drop_table("user")
    with op.batch_alter_table("territory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_territory_rev"))
        batch_op.drop_index(batch_op.f("ix_territory_parent_id"))

    op.drop_table("territory")
    op.drop_table("server_info")
    with op.batch_alter_table("scope_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scope_snapshot_user_id"))

    op.drop_table("scope_snapshot")
    with op.batch_alter_table("refresh_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_token_user_id"))
        batch_op.drop_index(batch_op.f("ix_refresh_token_family_id"))

    op.drop_table("refresh_token")
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_line_rev"))
        batch_op.drop_index(batch_op.f("ix_quote_line_quote_id"))
        batch_op.drop_index(batch_op.f("ix_quote_line_product_id"))
        batch_op.drop_index(batch_op.f("ix_quote_line_account_scope"))

    op.drop_table("quote_line")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_revision_of"))
        batch_op.drop_index(batch_op.f("ix_quote_rev"))
        batch_op.drop_index(batch_op.f("ix_quote_owner_id"))
        batch_op.drop_index(batch_op.f("ix_quote_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_quote_number"))
        batch_op.drop_index(batch_op.f("ix_quote_account_scope"))
        batch_op.drop_index(batch_op.f("ix_quote_account_id"))

    op.drop_table("quote")
    with op.batch_alter_table("quota", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quota_user_id"))
        batch_op.drop_index(batch_op.f("ix_quota_rev"))

    op.drop_table("quota")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_sku"))
        batch_op.drop_index(batch_op.f("ix_product_rev"))

    op.drop_table("product")
    with op.batch_alter_table("price_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_price_agreement_source_quote_id"))
        batch_op.drop_index(batch_op.f("ix_price_agreement_rev"))
        batch_op.drop_index(batch_op.f("ix_price_agreement_product_id"))
        batch_op.drop_index(batch_op.f("ix_price_agreement_account_scope"))
        batch_op.drop_index(batch_op.f("ix_price_agreement_account_id"))

    op.drop_table("price_agreement")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_rev"))
        batch_op.drop_index(batch_op.f("ix_opportunity_owner_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_account_scope"))
        batch_op.drop_index(batch_op.f("ix_opportunity_account_id"))

    op.drop_table("opportunity")
    op.drop_table("mutation_result")
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failure_username"))
        batch_op.drop_index(batch_op.f("ix_login_failure_at"))
        batch_op.drop_index(batch_op.f("ix_login_failure_address"))

    op.drop_table("login_failure")
    op.drop_table("credential")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_rev"))
        batch_op.drop_index(batch_op.f("ix_contact_account_scope"))
        batch_op.drop_index(batch_op.f("ix_contact_account_id"))

    op.drop_table("contact")
    op.drop_table("change_counter")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_user_id"))
        batch_op.drop_index("ix_audit_record")

    op.drop_table("audit")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_rev"))
        batch_op.drop_index(batch_op.f("ix_activity_owner_id"))
        batch_op.drop_index(batch_op.f("ix_activity_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_activity_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_activity_contact_id"))
        batch_op.drop_index(batch_op.f("ix_activity_account_scope"))
        batch_op.drop_index(batch_op.f("ix_activity_account_id"))

    op.drop_table("activity")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_territory_id"))
        batch_op.drop_index(batch_op.f("ix_account_rev"))
        batch_op.drop_index(batch_op.f("ix_account_parent_id"))
        batch_op.drop_index(batch_op.f("ix_account_owner_id"))
        batch_op.drop_index(batch_op.f("ix_account_credit_code"))

    op.drop_table("account")
