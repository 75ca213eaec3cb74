"""Alembic environment of the server, run from code (:mod:`sfa.server.schema`)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from sfa.server.db import make_engine
from sfa.server.tables import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()
