"""A lost laptop does not give away the client list: the database is encrypted at rest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sfa.app import keychain
from sfa.app.session import DATABASE_KEY, open_profile_store
from sfa.store import writes
from sfa.store.database import StoreError, is_encrypted, sqlcipher_available
from sfa.store.profiles import Profile, database_path
from sfa.store.search import search
from sfa.store.store import LocalStore

pytestmark = pytest.mark.skipif(not sqlcipher_available(), reason="SQLCipher is not installed")

PROFILE = Profile("https://sfa.example.com", "rep1")


def test_a_new_profile_is_encrypted_with_a_key_kept_in_the_keyring(tmp_path: Path) -> None:
    store = open_profile_store(PROFILE, tmp_path)
    with store.transaction() as conn:
        writes.create(conn, "account", {"name": "深圳市华为技术有限公司"}, actor="rep1")
    with store.reading() as conn:
        assert [hit.title for hit in search(conn, "华为")] == ["深圳市华为技术有限公司"]
    store.close()
    path = database_path(PROFILE.server_url, PROFILE.username, tmp_path)
    assert is_encrypted(path)
    assert "华为".encode() not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM account").fetchone()
    assert keychain.load(PROFILE.server_url, PROFILE.username, DATABASE_KEY)
    reopened = open_profile_store(PROFILE, tmp_path)
    with reopened.reading() as conn:
        assert writes.load(conn, "account", search(conn, "华为")[0].record_id) is not None
    reopened.close()


def test_without_its_key_an_encrypted_database_is_refused_with_a_clear_message(
    tmp_path: Path,
) -> None:
    open_profile_store(PROFILE, tmp_path).close()
    keychain.forget(PROFILE.server_url, PROFILE.username, DATABASE_KEY)
    with pytest.raises(StoreError, match="encrypted and its key is not in this computer's keyring"):
        open_profile_store(PROFILE, tmp_path)


def test_an_existing_plain_database_stays_plain(tmp_path: Path) -> None:
    path = database_path(PROFILE.server_url, PROFILE.username, tmp_path)
    LocalStore.open(path).close()
    open_profile_store(PROFILE, tmp_path).close()
    assert not is_encrypted(path)
