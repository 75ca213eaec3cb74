"""Passwords, tokens, login throttling: all state in the database.

* Passwords: argon2id (argon2-cffi) with OWASP's minimum cost, hash in ``credential``.
* Access tokens: short-lived JWTs (HS256) naming the user; every request still loads the
  user, so a deactivated user loses access at once, not when the token expires.
* Refresh tokens: random, stored as SHA-256, rotated on every use; presenting one that was
  already used revokes its whole family (a stolen token dies with the real one).
* Throttling: failures are rows; a login for a username or from an address with too many
  failures in the window gets 429 even with the right password. Checking and recording run
  under a lock per username and address so parallel workers cannot overshoot the limit.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from sfa.domain.columns import utcnow
from sfa.server.db import advisory_lock, is_postgres
from sfa.server.errors import ApiError
from sfa.server.settings import Settings
from sfa.server.tables import Credential, LoginFailure, RefreshToken, User

_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_DUMMY_HASH = _HASHER.hash("not a password anybody has")
ALGORITHM = "HS256"


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def set_password(session: Session, user_id: str, password: str) -> None:
    row = session.get(Credential, user_id)
    if row is None:
        session.add(Credential(user_id=user_id, password_hash=hash_password(password)))
    else:
        row.password_hash = hash_password(password)
        row.changed_at = utcnow()
    revoke_refresh_tokens(session, user_id)


@dataclass(frozen=True, slots=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int
    user: User


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _access_token(settings: Settings, secret: str, user: User, now: datetime) -> str:
    claims = {
        "sub": user.id,
        "role": user.role,
        "typ": "access",
        "iat": int(now.timestamp()),
        "exp": int(now.timestamp()) + settings.access_token_ttl_s,
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def issue_tokens(
    session: Session, settings: Settings, secret: str, user: User, family_id: str | None = None
) -> IssuedTokens:
    now = utcnow()
    refresh = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            id=str(uuid.uuid4()),
            user_id=user.id,
            family_id=family_id or str(uuid.uuid4()),
            token_hash=_digest(refresh),
            issued_at=now,
            expires_at=now + timedelta(seconds=settings.refresh_token_ttl_s),
        )
    )
    return IssuedTokens(
        _access_token(settings, secret, user, now), refresh, settings.access_token_ttl_s, user
    )


def revoke_refresh_tokens(session: Session, user_id: str) -> None:
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def _can_log_in(user: User | None) -> bool:
    return user is not None and user.active and not user.deleted


def _throttle(session: Session, settings: Settings, username: str, address: str) -> None:
    """429 if the username or the address has used up its failures in the window."""
    now = utcnow()
    since = now - timedelta(seconds=settings.login_window_s)
    checks: list[tuple[Any, int]] = [
        (LoginFailure.username == username, settings.login_max_user_failures),
        (LoginFailure.address == address, settings.login_max_address_failures),
    ]
    for condition, limit in checks:
        count, oldest = session.execute(
            select(func.count(), func.min(LoginFailure.at)).where(
                condition, LoginFailure.at > since
            )
        ).one()
        if count >= limit:
            retry = max(1, int((oldest - since).total_seconds()) + 1)
            raise ApiError(
                429,
                "rate_limited",
                "Too many failed logins; try again later.",
                {"retry_after": retry},
                headers={"Retry-After": str(retry)},
            )


def login(
    session: Session, settings: Settings, secret: str, username: str, password: str, address: str
) -> IssuedTokens | None:
    """Tokens for a good login, ``None`` for a bad one (recorded); raises 429 when throttled.

    The caller commits in both cases: a failure must be stored even though login fails.
    """
    for key in sorted((f"login-user:{username}", f"login-addr:{address}")):
        advisory_lock(session, key)
    _throttle(session, settings, username, address)
    user = session.scalars(select(User).where(User.username == username)).first()
    credential = session.get(Credential, user.id) if user is not None else None
    good = verify_password(credential.password_hash if credential else _DUMMY_HASH, password)
    if not (good and credential is not None and _can_log_in(user)):
        session.add(LoginFailure(username=username, address=address, at=utcnow()))
        return None
    assert user is not None
    session.execute(delete(LoginFailure).where(LoginFailure.username == username))
    return issue_tokens(session, settings, secret, user)


def refresh(
    session: Session, settings: Settings, secret: str, token: str
) -> IssuedTokens | ApiError:
    """Rotate a refresh token; a reused (already rotated) one revokes its whole family.

    A refusal is returned, not raised: the caller commits first, so that a family revoked
    because of reuse stays revoked.
    """
    query = select(RefreshToken).where(RefreshToken.token_hash == _digest(token))
    if is_postgres(session):
        query = query.with_for_update()
    row = session.scalars(query).first()
    now = utcnow()
    if row is None or row.expires_at <= now:
        return _unauthorized("The session has expired; log in again.")
    if row.revoked_at is not None:
        session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == row.family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        return _unauthorized("This session was ended; log in again.")
    user = session.get(User, row.user_id)
    if not _can_log_in(user):
        return _unauthorized("This account is disabled.")
    assert user is not None
    row.revoked_at = now
    return issue_tokens(session, settings, secret, user, family_id=row.family_id)


def authenticate(session: Session, secret: str, token: str) -> User:
    """The active user an access token names; 401 otherwise."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.PyJWTError as exc:
        raise _unauthorized("The access token is invalid or has expired.") from exc
    if claims.get("typ") != "access":
        raise _unauthorized("Not an access token.")
    user = session.get(User, str(claims["sub"]))
    if not _can_log_in(user):
        raise _unauthorized("This account is disabled.")
    assert user is not None
    return user
