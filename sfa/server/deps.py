"""FastAPI dependencies: the worker's state, the bearer token, the protocol version."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sfa.server.errors import ApiError
from sfa.server.state import ServerState
from sfa.wire.schemas import PROTOCOL_VERSION


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.sfa
    return state


_BEARER = HTTPBearer(
    auto_error=False,
    description="The access token from /api/v1/auth/login or /api/v1/auth/refresh.",
)


def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)],
) -> str:
    """The access token of ``Authorization: Bearer <token>`` (documented as bearer auth)."""
    token = credentials.credentials.strip() if credentials is not None else ""
    if not token:
        raise ApiError(
            401,
            "unauthorized",
            "Log in first (Authorization: Bearer <token>).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token


def protocol_version(
    state: Annotated[ServerState, Depends(get_state)],
    x_sfa_protocol: Annotated[str | None, Header()] = None,
) -> int:
    """The client's protocol: missing means 1; newer is fine; older than we serve is 426."""
    try:
        version = 1 if x_sfa_protocol is None else int(x_sfa_protocol.strip())
    except ValueError as exc:
        raise ApiError(
            400, "bad_request", "X-SFA-Protocol must be an integer.", {"field": "X-SFA-Protocol"}
        ) from exc
    if version < state.settings.min_protocol:
        raise ApiError(
            426,
            "upgrade_required",
            "This version of SFA Desk is too old for the server: please update it.",
            {"client": version, "minimum": state.settings.min_protocol, "server": PROTOCOL_VERSION},
        )
    return version


State = Annotated[ServerState, Depends(get_state)]
Token = Annotated[str, Depends(bearer_token)]
Protocol = Annotated[int, Depends(protocol_version)]
