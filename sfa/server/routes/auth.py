"""Login and token refresh."""

from __future__ import annotations

from fastapi import APIRouter, Request

from sfa.server import auth
from sfa.server.db import write_session
from sfa.server.deps import State
from sfa.server.errors import ApiError
from sfa.server.responses import error_responses
from sfa.wire.schemas import LoginRequest, RefreshRequest, TokenResponse, UserOut

router = APIRouter(prefix="/api/v1/auth", tags=["auth"], responses=error_responses(401, 422))


def _response(tokens: auth.IssuedTokens) -> TokenResponse:
    user = tokens.user
    return TokenResponse(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
        user=UserOut(id=user.id, username=user.username, role=user.role),
    )


@router.post("/login", responses=error_responses(429))
def login(body: LoginRequest, request: Request, state: State) -> TokenResponse:
    address = request.client.host if request.client else "unknown"
    secret = state.secret
    with write_session(state.engine) as session:
        tokens = auth.login(session, state.settings, secret, body.username, body.password, address)
    if tokens is None:
        raise ApiError(401, "unauthorized", "Wrong username or password.")
    return _response(tokens)


@router.post("/refresh")
def refresh(body: RefreshRequest, state: State) -> TokenResponse:
    secret = state.secret
    with write_session(state.engine) as session:
        outcome = auth.refresh(session, state.settings, secret, body.refresh_token)
    if isinstance(outcome, ApiError):
        raise outcome
    return _response(outcome)
