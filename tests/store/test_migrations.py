"""Upgrading a laptop's database keeps its data, makes a backup, and refuses a newer schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from sfa.store.database import (
    DatabaseTooNewError,
    current_revision,
    head_revision,
    latest_migration,
    make_engine,
    open_database,
    upgrade,
)
from sfa.store.search import search
from sfa.store.store import LocalStore


def _old_database_with_data(path: Path) -> None:
    engine = make_engine(path)
    upgrade(engine, path, target="0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (id, rev, deleted, name, status, archived, city) "
                "VALUES ('a1', 3, 0, '深圳市华为技术有限公司', 'customer', 0, '深圳市')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO contact (id, rev, deleted, account_id, name, phone, is_primary) "
                "VALUES ('c1', 4, 0, 'a1', '张伟', '+8613800138000', 1)"
            )
        )
    engine.dispose()


def test_an_old_database_is_upgraded_with_its_data_searchable(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _old_database_with_data(path)
    engine = open_database(path)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT name FROM account")).scalar_one() == "深圳市华为技术有限公司"
        )
        hits = search(conn, "华为")
        assert [(hit.entity, hit.record_id) for hit in hits][:1] == [("account", "a1")]
        assert any(hit.record_id == "c1" for hit in search(conn, "zhangwei"))
    engine.dispose()
    backups = list(tmp_path.glob("store.db.before-0001.bak"))
    assert len(backups) == 1
    backup = make_engine(backups[0])
    assert current_revision(backup) == "0001"
    backup.dispose()


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    engine = open_database(path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_the_database_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    open_database(path).dispose()
    assert path.stat().st_mode & 0o077 == 0


def test_the_newest_migration_file_names_alembics_head() -> None:
    """Start-up skips Alembic when the store is at the newest file's revision."""
    assert latest_migration() == head_revision()


def test_an_up_to_date_store_opens_without_loading_alembic(tmp_path: Path) -> None:
    LocalStore.open(tmp_path / "store.db").close()
    probe = (
        "import sys; from pathlib import Path; from sfa.store.store import LocalStore; "
        f"LocalStore.open(Path({str(tmp_path / 'store.db')!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
