"""Suite-wide fixtures. Qt runs offscreen; each test gets its own copy of a migrated store."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sfa.store.database import open_database
from sfa.store.store import LocalStore


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty database, built once; tests copy it instead of migrating again."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    engine = open_database(path)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def store(template_store: Path, tmp_path: Path) -> Iterator[LocalStore]:
    path = tmp_path / "store.db"
    shutil.copy2(template_store, path)
    local = LocalStore.open(path)
    yield local
    local.close()
