"""Search state: whether a bulk load left the full-text index to be rebuilt.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sfa.store.search_index import SEARCH_STATE_DDL

    op.get_bind().exec_driver_sql(SEARCH_STATE_DDL)


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS search_state")
