"""Signing in once, then starting offline for weeks without typing the password again."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from sfa.app import keychain
from sfa.app.session import REFRESH_TOKEN, open_offline, sign_in, sign_in_again, sign_out
from sfa.store import writes
from sfa.store.profiles import last_profile
from sfa.sync.transport import AuthExpired
from tests.conftest import MemoryKeyring
from tests.server.conftest import PASSWORD, World
from tests.sync.conftest import LiveServer


def test_a_remembered_sign_in_survives_a_restart_and_rotates_in_the_keyring(
    live_server: LiveServer, world: World, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    session = sign_in(live_server.url, "rep1", PASSWORD, remember_login=True, root=tmp_path)
    first = keychain.load(session.profile.server_url, "rep1", REFRESH_TOKEN)
    assert first == session.transport.tokens.refresh_token  # type: ignore[union-attr]
    session.close()

    profile = last_profile(tmp_path)
    assert profile is not None and profile.username == "rep1" and profile.role == "rep"
    restarted = open_offline(profile, root=tmp_path)
    assert restarted.signed_in
    restarted.engine.sync()  # the empty access token is refused, refreshed, and sync goes on
    with restarted.store.reading() as conn:
        assert writes.load(conn, "account", world.south_account) is not None
    rotated = keychain.load(profile.server_url, "rep1", REFRESH_TOKEN)
    assert rotated is not None and rotated != first
    assert all("refresh" not in p.name for p in tmp_path.rglob("*") if p.is_file())
    restarted.close()


def test_without_remember_me_nothing_is_stored(
    live_server: LiveServer, world: World, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    session = sign_in(live_server.url, "rep1", PASSWORD, remember_login=False, root=tmp_path)
    session.engine.sync()
    assert not any(key.startswith("refresh-token") for _service, key in memory_keyring.items)
    session.close()
    later = open_offline(last_profile(tmp_path), root=tmp_path)  # type: ignore[arg-type]
    assert not later.signed_in
    later.close()


def test_no_system_keyring_is_said_plainly(live_server: LiveServer, tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    assert not keychain.keyring_available()
    with pytest.raises(keychain.SecretStoreUnavailable, match="no system keyring"):
        sign_in(live_server.url, "rep1", PASSWORD, remember_login=True, root=tmp_path)


def test_a_revoked_sign_in_asks_again_and_keeps_unsynced_work(
    live_server: LiveServer,
    world: World,
    tmp_path: Path,
) -> None:
    session = sign_in(live_server.url, "rep1", PASSWORD, remember_login=True, root=tmp_path)
    session.engine.sync()
    with session.store.transaction() as conn:
        writes.update(conn, "account", world.south_account, {"city": "汕头市"}, actor="rep1")
    session.transport.tokens.access_token = "expired"  # type: ignore[union-attr]
    session.transport.tokens.refresh_token = "revoked"  # type: ignore[union-attr]
    with pytest.raises(AuthExpired):
        session.engine.sync()
    sign_in_again(session, PASSWORD, remember_login=True)
    report = session.engine.sync()
    assert report.statuses == {"applied": 1}
    sign_out(session)
    assert keychain.load(session.profile.server_url, "rep1", REFRESH_TOKEN) is None
    session.close()
