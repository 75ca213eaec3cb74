"""HTTP to the sync server: timeouts, retries with backoff, token refresh, the contract's errors.

Network failures and 5xx answers are retried (a push is idempotent, so retrying one whose
answer was lost is safe); 4xx answers are not, because sending the same thing again cannot
change the verdict.

Certificates are always verified. A company whose server certificate comes from its own
certificate authority gives the laptops that CA's PEM file in ``SFA_CA_BUNDLE``; it then
replaces the public CAs for the sync server's connections.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from sfa.wire.schemas import PROTOCOL_VERSION, PullResponse, PushResponse, TokenResponse

DEFAULT_TIMEOUT = (5.0, 60.0)  # connect, read
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)
CA_BUNDLE_ENV = "SFA_CA_BUNDLE"


class SyncError(Exception):
    """Sync could not finish; nothing local was lost. ``message`` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Offline(SyncError):
    """The server cannot be reached (no network, server down): try again later."""


class CertificateError(SyncError):
    """The server's TLS certificate is not trusted here (or the company CA file is missing);
    retrying cannot help until IT fixes the certificate or hands out the CA bundle."""


class ServerError(SyncError):
    """The server answered with an error of its own (4xx after retries, or 5xx)."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, Any]) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.details = details


class AuthExpired(ServerError):
    """The refresh token was refused: the user must sign in again (local data is kept)."""


class UpdateRequired(ServerError):
    """The server no longer speaks this client's protocol version."""


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    user_id: str
    username: str
    role: str


class Transport:
    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        verify: bool | str = True,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
        sleep: Callable[[float], None] = time.sleep,
        on_tokens: Callable[[Tokens], None] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session or _CompanyCASession()
        self.session.verify = company_ca_bundle() if verify is True else verify
        self.timeout = timeout
        self.retry_delays = retry_delays
        self.sleep = sleep
        self.tokens: Tokens | None = None
        self.on_tokens = on_tokens

    # -- auth ---------------------------------------------------------------------------
    def login(self, username: str, password: str) -> Tokens:
        body = self._request(
            "POST",
            "/api/v1/auth/login",
            json={"username": username, "password": password},
            authenticated=False,
        )
        return self._keep(TokenResponse.model_validate(body))

    def refresh(self) -> Tokens:
        if self.tokens is None:
            raise AuthExpired(401, "unauthenticated", "Please sign in.", {})
        try:
            body = self._request(
                "POST",
                "/api/v1/auth/refresh",
                json={"refresh_token": self.tokens.refresh_token},
                authenticated=False,
            )
        except ServerError as exc:
            if exc.status in (400, 401, 403):
                raise AuthExpired(
                    exc.status,
                    exc.code,
                    "Your sign-in has expired; please sign in again.",
                    exc.details,
                ) from exc
            raise
        return self._keep(TokenResponse.model_validate(body))

    def _keep(self, response: TokenResponse) -> Tokens:
        self.tokens = Tokens(
            response.access_token,
            response.refresh_token,
            response.user.id,
            response.user.username,
            response.user.role,
        )
        if self.on_tokens is not None:
            self.on_tokens(self.tokens)
        return self.tokens

    # -- sync ---------------------------------------------------------------------------
    def push(self, client_id: str, mutations: list[dict[str, Any]]) -> PushResponse:
        body = self._request(
            "POST", "/api/v1/sync/push", json={"client_id": client_id, "mutations": mutations}
        )
        return PushResponse.model_validate(body)

    def pull(self, cursor: str | None, limit: int) -> PullResponse:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        # Validated straight from the bytes: a first sync parses 600,000 records, and
        # pydantic's own JSON parser builds the models without an intermediate dict.
        response = self._send("GET", "/api/v1/sync/pull", params=params)
        return PullResponse.model_validate_json(response.content)

    # -- plumbing -----------------------------------------------------------------------
    def _check_ca_bundle(self) -> None:
        bundle = self.session.verify
        https = self.base_url.startswith("https:")
        if https and isinstance(bundle, str) and not os.path.exists(bundle):
            raise CertificateError(
                f"The company CA bundle {bundle} (set in {CA_BUNDLE_ENV}) does not exist; "
                "ask IT for the file, or correct the setting."
            )

    def _request(self, method: str, path: str, *, authenticated: bool = True, **kwargs: Any) -> Any:
        return self._send(method, path, authenticated=authenticated, **kwargs).json()

    def _send(
        self, method: str, path: str, *, authenticated: bool = True, **kwargs: Any
    ) -> requests.Response:
        refreshed = False
        attempt = 0
        self._check_ca_bundle()
        while True:
            headers = {"X-SFA-Protocol": str(PROTOCOL_VERSION)}
            if authenticated and self.tokens is not None:
                headers["Authorization"] = f"Bearer {self.tokens.access_token}"
            try:
                response = self.session.request(
                    method, self.base_url + path, headers=headers, timeout=self.timeout, **kwargs
                )
            except (requests.ConnectionError, requests.Timeout) as exc:
                if "certificate verify failed" in str(exc).lower():
                    raise CertificateError(
                        f"The server {self.base_url} could not prove its identity: its TLS "
                        f"certificate is not trusted ({exc}). If your company uses its own "
                        f"certificate authority, set {CA_BUNDLE_ENV} to the CA file IT gave you."
                    ) from exc
                if attempt < len(self.retry_delays):
                    self.sleep(self.retry_delays[attempt])
                    attempt += 1
                    continue
                raise Offline(f"The server {self.base_url} cannot be reached: {exc}") from exc
            if response.status_code >= 500 and attempt < len(self.retry_delays):
                self.sleep(self.retry_delays[attempt])
                attempt += 1
                continue
            if response.status_code == 401 and authenticated and not refreshed:
                self.refresh()
                refreshed = True
                continue
            if response.status_code >= 400:
                raise _error(response)
            return response


class _CompanyCASession(requests.Session):
    """requests lets ``REQUESTS_CA_BUNDLE`` (set machine-wide on many computers) override a
    session's CA file; the company bundle chosen for the sync server must win."""

    def merge_environment_settings(
        self, url: str, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> dict[str, Any]:
        settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if verify is None and isinstance(self.verify, str):
            settings["verify"] = self.verify
        return settings


def company_ca_bundle() -> str | bool:
    """The company CA file from ``$SFA_CA_BUNDLE``, else ``True`` (the public CAs): what
    ``requests`` takes as ``verify``. Never ``False``: there is no way to turn checking off."""
    return os.environ.get(CA_BUNDLE_ENV, "").strip() or True


def _error(response: requests.Response) -> ServerError:
    try:
        error = response.json().get("error", {})
    except ValueError:
        error = {}
    code = str(error.get("code", f"http_{response.status_code}"))
    message = str(error.get("message") or f"The server answered {response.status_code}.")
    details = error.get("details") or {}
    if response.status_code == 426:
        return UpdateRequired(426, code, message, details)
    if response.status_code == 401:
        return AuthExpired(401, code, message, details)
    return ServerError(response.status_code, code, message, details)
