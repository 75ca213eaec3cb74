"""Retries where they can help (network, 5xx), never where they cannot (4xx)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from sfa.sync.transport import AuthExpired, Offline, ServerError, Tokens, Transport, UpdateRequired


def _response(status: int, body: dict[str, Any]) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode()
    return response


class ScriptedSession(requests.Session):
    def __init__(self, *answers: requests.Response | Exception) -> None:
        super().__init__()
        self.answers = list(answers)
        self.calls: list[tuple[str, dict[str, str]]] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        self.calls.append((str(url), dict(kwargs.get("headers") or {})))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


PAGE = {"changes": [], "revoked": [], "cursor": "c1", "has_more": False}
TOKENS = {
    "access_token": "new-access",
    "refresh_token": "new-refresh",
    "expires_in": 900,
    "user": {"id": "u1", "username": "rep1", "role": "rep"},
}


def _transport(session: ScriptedSession) -> tuple[Transport, list[float]]:
    slept: list[float] = []
    transport = Transport("http://server", session=session, sleep=slept.append)
    transport.tokens = Tokens("old-access", "old-refresh", "u1", "rep1", "rep")
    return transport, slept


def test_network_errors_and_5xx_are_retried_with_backoff() -> None:
    session = ScriptedSession(
        requests.ConnectionError("down"), _response(503, {}), _response(200, PAGE)
    )
    transport, slept = _transport(session)
    assert transport.pull(None, 10).cursor == "c1"
    assert slept == [0.5, 1.0]
    assert session.calls[0][1]["X-SFA-Protocol"] == "1"
    assert session.calls[0][1]["Authorization"] == "Bearer old-access"


def test_a_4xx_is_not_retried_and_carries_the_servers_message() -> None:
    error = {"error": {"code": "invalid", "message": "limit: must be ≤ 5000", "details": {}}}
    session = ScriptedSession(_response(422, error))
    transport, slept = _transport(session)
    with pytest.raises(ServerError) as caught:
        transport.pull(None, 10)
    assert caught.value.status == 422 and "limit" in caught.value.message
    assert slept == [] and len(session.calls) == 1


def test_an_unreachable_server_ends_as_offline_after_the_retries() -> None:
    session = ScriptedSession(*[requests.ConnectionError("no route")] * 5)
    transport, slept = _transport(session)
    with pytest.raises(Offline):
        transport.pull(None, 10)
    assert slept == [0.5, 1.0, 2.0, 4.0]


def test_an_expired_access_token_is_refreshed_once() -> None:
    session = ScriptedSession(_response(401, {}), _response(200, TOKENS), _response(200, PAGE))
    transport, _ = _transport(session)
    kept: list[Tokens] = []
    transport.on_tokens = kept.append
    transport.pull(None, 10)
    assert session.calls[2][1]["Authorization"] == "Bearer new-access"
    assert kept[0].refresh_token == "new-refresh"


def test_a_revoked_refresh_token_asks_the_user_to_sign_in_again() -> None:
    refused = {"error": {"code": "unauthorized", "message": "revoked", "details": {}}}
    session = ScriptedSession(_response(401, {}), _response(401, refused))
    transport, _ = _transport(session)
    with pytest.raises(AuthExpired, match="sign in again"):
        transport.pull(None, 10)


def test_a_client_too_old_is_told_to_update() -> None:
    old = {
        "error": {"code": "upgrade_required", "message": "Please update SFA Desk", "details": {}}
    }
    transport, _ = _transport(ScriptedSession(_response(426, old)))
    with pytest.raises(UpdateRequired, match="update"):
        transport.pull(None, 10)
