"""Opening the laptop's SQLite file: pragmas, schema upgrades, and the errors a user can act on.

The file is migrated from code at start-up. Before any migration the file is copied aside,
so a failed upgrade never costs a rep weeks of offline work; a file written by a newer
version of the app is refused rather than silently downgraded.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from sfa.store.bulk_indexes import restore_indexes

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """The local database cannot be used; the message says what the user can do about it."""


class DatabaseTooNewError(StoreError):
    pass


CACHE_KIB = 65536


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # SQLite's default page cache is 2 MiB; a territory's worth of records with random UUID
    # keys spreads every insert over the whole B-tree, and a first sync then spends most of
    # its time re-reading pages. 64 MiB per connection keeps the hot index pages in memory.
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.execute("PRAGMA wal_autocheckpoint=16384")
    cursor.close()


PLAIN_HEADER = b"SQLite format 3\x00"


def sqlcipher_available() -> bool:
    """Whether this installation can encrypt databases (the optional ``sqlcipher3``)."""
    return importlib.util.find_spec("sqlcipher3") is not None


def is_encrypted(path: Path) -> bool:
    """An existing file that does not start with SQLite's plain header is encrypted."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        return handle.read(len(PLAIN_HEADER)) != PLAIN_HEADER


def make_engine(path: Path, key: str | None = None) -> Engine:
    """An engine on ``path`` with WAL and foreign keys on every connection; with ``key``,
    the file is encrypted by SQLCipher."""
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        if not sqlcipher_available():
            raise StoreError("This database is encrypted, but SQLCipher is not installed.")
        engine = create_engine(URL.create("sqlite+pysqlcipher", password=key, database=str(path)))
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the store has no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def latest_migration() -> str:
    """The newest migration's revision, read from its file name (``0006_search_state.py`` →
    ``0006``): a store already there opens without loading Alembic (a third of a second at
    every start). Tests hold this equal to Alembic's own head."""
    files = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return max(file.name.split("_", 1)[0] for file in files)


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            version: str | None = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar()
        except OperationalError:
            return None
    return version


def upgrade(engine: Engine, path: Path | None, target: str = "head") -> Path | None:
    """Bring the schema to ``target``; returns the backup copy made first, if any."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    if current is not None and not _known(script, current):
        raise DatabaseTooNewError(
            f"This database was written by a newer version of SFA Desk (schema {current}). "
            "Install the newer version to open it; nothing was changed."
        )
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    backup = _backup(engine, path, current) if current is not None and path else None
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return backup


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _backup(engine: Engine, path: Path, revision: str) -> Path:
    """Copy the whole database (WAL folded in) next to it before touching its schema."""
    backup = path.with_name(f"{path.name}.before-{revision}.bak")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(path, backup)
    os.chmod(backup, 0o600)
    return backup


def open_database(path: Path, key: str | None = None) -> Engine:
    """Open (creating if needed) the store at ``path``, migrated to the current schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists()
    if not fresh and is_encrypted(path) and key is None:
        raise StoreError(
            f"The local database {path} is encrypted and its key is not in this computer's "
            "keyring; sign in again on the computer that created it, or remove the file."
        )
    engine = make_engine(path, key)
    if fresh:
        path.touch(mode=0o600)
    os.chmod(path, 0o600)
    try:
        if fresh or _stored_revision(engine) != latest_migration():
            upgrade(engine, path)
        with engine.begin() as connection:
            restore_indexes(connection)  # after a first sync that was killed half way
    except DatabaseTooNewError:
        engine.dispose()
        raise
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as exc:
        engine.dispose()
        raise StoreError(f"The local database {path} cannot be opened: {exc}") from exc
    return engine
