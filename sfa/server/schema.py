"""Create or upgrade the server's schema with Alembic, from code (``sfa-server init``).

Idempotent: running it on an up-to-date database changes nothing. After the migrations it
makes sure the rows the server cannot run without exist: the change counter, the
installation id (part of every cursor, so a cursor from another server is recognised) and
the token signing secret shared by all worker processes.
"""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, select

from sfa.server.db import COUNTER_ID, write_session
from sfa.server.tables import ChangeCounter, ServerInfo

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer server than this one."""


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision and seed the server's own rows."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    if current and not current <= heads and not _known(config, current):
        raise SchemaTooNewError(f"database schema {sorted(current)} is newer than this server")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    _seed(engine)


def _known(config: Config, revisions: set[str]) -> bool:
    script = ScriptDirectory.from_config(config)
    return all(script.get_revision(rev) is not None for rev in revisions)


def _seed(engine: Engine) -> None:
    with write_session(engine) as session:
        if session.get(ChangeCounter, COUNTER_ID) is None:
            session.add(ChangeCounter(id=COUNTER_ID, value=0))
        known = set(session.scalars(select(ServerInfo.key)))
        if "server_id" not in known:
            session.add(ServerInfo(key="server_id", value=uuid.uuid4().hex))
        if "jwt_secret" not in known:
            session.add(ServerInfo(key="jwt_secret", value=secrets.token_urlsafe(48)))


def server_info(engine: Engine, key: str) -> str:
    """A fact about this installation (read only: it never waits for writers)."""
    with engine.connect() as connection:
        value = connection.execute(
            select(ServerInfo.value).where(ServerInfo.key == key)
        ).scalar_one_or_none()
    if value is None:
        raise RuntimeError("the database has not been initialised: run `sfa-server init`")
    return str(value)
