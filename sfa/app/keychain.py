"""Refresh tokens (and the database key) live in the operating system's keyring, never in a
plain file: a lost laptop must not hand its finder a way into the company's server.

Where no system keyring exists (a bare Linux desktop without a Secret Service), the app says
so and the user may choose not to be remembered; nothing is silently written elsewhere.
"""

from __future__ import annotations

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

SERVICE = "SFA Desk"


class SecretStoreUnavailable(Exception):
    """No system keyring: the login cannot be remembered on this machine."""


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def _key(server_url: str, username: str, purpose: str) -> str:
    return f"{purpose}:{username}@{server_url}"


def save(server_url: str, username: str, purpose: str, secret: str) -> None:
    if not keyring_available():
        raise SecretStoreUnavailable(
            "This computer has no system keyring, so the sign-in cannot be remembered."
        )
    try:
        keyring.set_password(SERVICE, _key(server_url, username, purpose), secret)
    except KeyringError as exc:
        raise SecretStoreUnavailable(
            f"The system keyring refused to store the sign-in: {exc}"
        ) from exc


def load(server_url: str, username: str, purpose: str) -> str | None:
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, _key(server_url, username, purpose))
    except KeyringError:
        return None


def forget(server_url: str, username: str, purpose: str) -> None:
    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, _key(server_url, username, purpose))
    except KeyringError:
        return
