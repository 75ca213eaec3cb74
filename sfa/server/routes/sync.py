"""Push and pull (the sync contract)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from sfa.server import auth
from sfa.server.db import write_session
from sfa.server.deps import Protocol, State, Token
from sfa.server.errors import ApiError
from sfa.server.pull import pull_page
from sfa.server.push import push as push_batch
from sfa.server.responses import error_responses
from sfa.wire.schemas import PullResponse, PushRequest, PushResponse

router = APIRouter(prefix="/api/v1/sync", tags=["sync"], responses=error_responses(401, 422, 426))


@router.post("/push", response_model_exclude_none=True)
def push(body: PushRequest, state: State, token: Token, _protocol: Protocol) -> PushResponse:
    secret = state.secret
    with write_session(state.engine) as session:
        user = auth.authenticate(session, secret, token)
        return push_batch(session, user, body)


@router.get("/pull", response_model=PullResponse)
def pull(
    state: State,
    token: Token,
    _protocol: Protocol,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    settings = state.settings
    size = limit or settings.pull_default_limit
    if size > settings.pull_max_limit:
        raise ApiError(
            422,
            "schema",
            f"limit: must be at most {settings.pull_max_limit}",
            {"errors": [{"field": "limit", "message": "too large"}]},
        )
    secret, server_id = state.secret, state.server_id
    page = pull_page(
        state.engine,
        lambda session: auth.authenticate(session, secret, token),
        server_id,
        cursor,
        size,
    )
    # Encoded once from plain dicts rather than validated through the response model: a page
    # holds thousands of records (the spec still documents its shape).
    return Response(page.to_json(), media_type="application/json")
