"""Admin tools: the audit log of a record, and restoring a deleted record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from sfa.domain.enums import Role
from sfa.server import audit, auth
from sfa.server.db import lock_counter, write_session
from sfa.server.deps import State, Token
from sfa.server.errors import ApiError, Rejected, from_rejection
from sfa.server.records import Actor
from sfa.server.resources import as_change
from sfa.server.responses import error_responses
from sfa.server.tables import User
from sfa.wire.schemas import NO_NUL, Change, Text

router = APIRouter(
    prefix="/api/v1/admin", tags=["admin"], responses=error_responses(401, 403, 404, 409, 422)
)


class RestoreRequest(BaseModel):
    entity: Text = Field(max_length=32)
    id: Text = Field(max_length=64)


def _require_admin(user: User) -> None:
    if user.role != Role.ADMIN:
        raise ApiError(403, "forbidden", "Only an administrator can do this.")


@router.post("/restore")
def restore(body: RestoreRequest, state: State, token: Token) -> Change:
    secret = state.secret
    with write_session(state.engine) as session:
        user = auth.authenticate(session, secret, token)
        _require_admin(user)
        lock_counter(session)
        try:
            row = audit.restore(session, Actor(user.id), body.entity, body.id)
        except Rejected as exc:
            raise from_rejection(exc) from exc
        return as_change(body.entity, row)


@router.get("/audit")
def audit_log(
    state: State,
    token: Token,
    entity: Annotated[str | None, Query(max_length=32, pattern=NO_NUL)] = None,
    id: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    secret = state.secret
    with write_session(state.engine) as session:
        _require_admin(auth.authenticate(session, secret, token))
        return audit.entries(session, entity=entity, record_id=id, limit=limit)
