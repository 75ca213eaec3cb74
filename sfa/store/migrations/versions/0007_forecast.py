"""Forecast: each deal's forecast category, and a manager's override of a rep's commit.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("opportunity") as batch:
        batch.add_column(
            sa.Column(
                "forecast_category", sa.String(length=16), nullable=False, server_default="pipeline"
            )
        )
    with op.batch_alter_table("quota") as batch:
        batch.add_column(sa.Column("commit_override", sa.String(length=40)))
        batch.add_column(sa.Column("commit_note", sa.Text()))
        batch.add_column(sa.Column("commit_set_by", sa.String(length=36)))


def downgrade() -> None:
    with op.batch_alter_table("quota") as batch:
        batch.drop_column("commit_set_by")
        batch.drop_column("commit_note")
        batch.drop_column("commit_override")
    with op.batch_alter_table("opportunity") as batch:
        batch.drop_column("forecast_category")
