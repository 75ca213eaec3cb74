"""Signing in, and starting offline as the last signed-in user.

The refresh token is the only credential kept, in the OS keyring; the server rotates it on
every use, so each new one is stored as soon as it arrives — an old one would be refused
(and would end the whole sign-in chain).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from secrets import token_hex

from sfa.app import keychain
from sfa.store.database import is_encrypted, sqlcipher_available
from sfa.store.profiles import Profile, database_path, remember
from sfa.store.store import LocalStore
from sfa.sync.engine import SyncEngine
from sfa.sync.transport import Tokens, Transport

REFRESH_TOKEN = "refresh-token"
DATABASE_KEY = "database-key"


@dataclass
class Session:
    profile: Profile
    store: LocalStore
    transport: Transport
    engine: SyncEngine
    remembered: bool

    @property
    def signed_in(self) -> bool:
        """Whether sync can run without asking for the password."""
        return self.transport.tokens is not None

    def close(self) -> None:
        self.store.close()


def open_profile_store(profile: Profile, root: Path | None = None) -> LocalStore:
    """The profile's database; a new one is encrypted (SQLCipher, key in the keyring) when
    both are available on this computer, and plain SQLite otherwise. An existing plain file
    stays plain."""
    path = database_path(profile.server_url, profile.username, root)
    key = keychain.load(profile.server_url, profile.username, DATABASE_KEY)
    if key is None and not path.exists() and sqlcipher_available() and keychain.keyring_available():
        key = token_hex(32)
        keychain.save(profile.server_url, profile.username, DATABASE_KEY, key)
    if key is not None and path.exists() and not is_encrypted(path):
        key = None
    return LocalStore.open(path, key)


def _transport(profile: Profile, remember_login: bool, verify: bool | str) -> Transport:
    def keep(tokens: Tokens) -> None:
        if remember_login:
            keychain.save(profile.server_url, profile.username, REFRESH_TOKEN, tokens.refresh_token)

    return Transport(profile.server_url, verify=verify, on_tokens=keep)


def open_offline(
    profile: Profile, *, root: Path | None = None, verify: bool | str = True
) -> Session:
    """Open a known profile without the network; sync works if the keyring holds its token."""
    store = open_profile_store(profile, root)
    refresh = keychain.load(profile.server_url, profile.username, REFRESH_TOKEN)
    transport = _transport(profile, refresh is not None, verify)
    if refresh is not None:
        transport.tokens = Tokens(
            "", refresh, profile.user_id or "", profile.username, profile.role or ""
        )
    return Session(profile, store, transport, SyncEngine(store, transport), refresh is not None)


def sign_in(
    server_url: str,
    username: str,
    password: str,
    *,
    remember_login: bool,
    root: Path | None = None,
    verify: bool | str = True,
) -> Session:
    """Sign in against the server; raises the transport's errors (wrong password, offline…)
    and :class:`keychain.SecretStoreUnavailable` when asked to remember without a keyring."""
    if remember_login and not keychain.keyring_available():
        raise keychain.SecretStoreUnavailable(
            "This computer has no system keyring, so the sign-in cannot be remembered. "
            "Sign in without “remember me”; you will be asked again next time."
        )
    provisional = Profile(server_url.rstrip("/"), username)
    transport = _transport(provisional, remember_login, verify)
    tokens = transport.login(username, password)
    profile = Profile(provisional.server_url, username, tokens.user_id, tokens.role)
    remember(profile, root)
    store = open_profile_store(profile, root)
    return Session(profile, store, transport, SyncEngine(store, transport), remember_login)


def sign_out(session: Session) -> None:
    """Forget the stored sign-in; the local data (and anything unsynced) stays."""
    keychain.forget(session.profile.server_url, session.profile.username, REFRESH_TOKEN)
    session.transport.tokens = None


def sign_in_again(session: Session, password: str, *, remember_login: bool) -> Session:
    """After the server refused the stored sign-in: new tokens for the same profile and
    store — nothing local, and nothing waiting to go up, is touched."""
    if remember_login and not keychain.keyring_available():
        raise keychain.SecretStoreUnavailable(
            "This computer has no system keyring, so the sign-in cannot be remembered."
        )
    fresh = _transport(session.profile, remember_login, session.transport.session.verify)
    tokens = fresh.login(session.profile.username, password)
    session.transport.tokens = tokens
    session.transport.on_tokens = fresh.on_tokens
    if fresh.on_tokens is not None:
        fresh.on_tokens(tokens)
    session.remembered = remember_login
    return session
