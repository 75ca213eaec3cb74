"""Search index for the one search box, filled from the records already on the laptop.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SEARCHED = ("account", "contact", "opportunity", "quote")


def upgrade() -> None:
    from sfa.store.search import SEARCH_DDL, index_documents
    from sfa.store.writes import search_documents

    connection = op.get_bind()
    for statement in SEARCH_DDL:
        connection.exec_driver_sql(statement)
    for entity in _SEARCHED:
        rows = connection.execute(sa.text(f"SELECT * FROM {entity} WHERE deleted = 0")).mappings()
        index_documents(connection, search_documents(connection, entity, [dict(r) for r in rows]))


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    connection.exec_driver_sql("DROP TABLE IF EXISTS search_doc")
