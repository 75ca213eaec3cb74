"""Alembic environment for the laptop's store; always driven from code with a connection."""

from __future__ import annotations

from alembic import context

from sfa.store.tables import LocalBase


def _ours(name: str | None, type_: str, _parent: object) -> bool:
    """The search index is created by hand (FTS5); autogenerate must leave it alone."""
    return not (type_ == "table" and name is not None and name.startswith("search"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=LocalBase.metadata,
    render_as_batch=True,
    include_name=_ours,
)
with context.begin_transaction():
    context.run_migrations()
