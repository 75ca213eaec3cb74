"""scope snapshot version

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 08:06:07.404096
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("scope_snapshot", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_scope_snapshot_version"), ["version"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("scope_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scope_snapshot_version"))
        batch_op.drop_column("version")
