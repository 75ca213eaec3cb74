"""Managers' resources: territories, quotas and users (list, read, create, edit)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path

from sfa.server import auth
from sfa.server.db import write_session
from sfa.server.deps import State, Token
from sfa.server.errors import Rejected, from_rejection
from sfa.server.mutations import Context, check_storable
from sfa.server.records import Actor
from sfa.server.resources import get_visible, list_visible, save
from sfa.server.responses import error_responses
from sfa.server.visibility import viewer_for
from sfa.wire.schemas import NO_NUL, Change

router = APIRouter(
    prefix="/api/v1", tags=["manage"], responses=error_responses(401, 403, 404, 409, 422)
)

RESOURCES = {"territories": "territory", "quotas": "quota", "users": "user"}

RecordId = Annotated[str, Path(max_length=64, pattern=NO_NUL)]
Fields = Annotated[dict[str, Any], Body()]


def _split(body: dict[str, Any]) -> tuple[str | None, int | None, str | None, dict[str, Any]]:
    """Body = the record's fields, plus optional ``id``, ``base_rev`` and (users) ``password``."""
    check_storable(body)
    fields = dict(body)
    record_id, base_rev, password = fields.pop("id", None), fields.pop("base_rev", None), None
    password = fields.pop("password", None)
    if record_id is not None and not isinstance(record_id, str):
        raise Rejected("invalid", "id: must be a UUID string", {"field": "id"})
    if base_rev is not None and (isinstance(base_rev, bool) or not isinstance(base_rev, int)):
        raise Rejected("invalid", "base_rev: must be a whole number", {"field": "base_rev"})
    if password is not None and not isinstance(password, str):
        raise Rejected("invalid", "password: must be text", {"field": "password"})
    return record_id, base_rev, password, fields


def _register(plural: str, entity: str) -> None:
    @router.get(f"/{plural}", name=f"list_{plural}")
    def list_records(state: State, token: Token) -> list[Change]:
        with write_session(state.engine) as session:
            viewer = viewer_for(session, auth.authenticate(session, state.secret, token))
            return list_visible(session, viewer, entity)

    @router.get(f"/{plural}/{{record_id}}", name=f"get_{entity}")
    def get_record(record_id: RecordId, state: State, token: Token) -> Change:
        with write_session(state.engine) as session:
            viewer = viewer_for(session, auth.authenticate(session, state.secret, token))
            try:
                return get_visible(session, viewer, entity, record_id)
            except Rejected as exc:
                raise from_rejection(exc) from exc

    @router.post(f"/{plural}", status_code=201, name=f"create_{entity}")
    def create_record(body: Fields, state: State, token: Token) -> Change:
        return _save(state, token, entity, None, body)

    @router.patch(f"/{plural}/{{record_id}}", name=f"update_{entity}")
    def update_record(record_id: RecordId, body: Fields, state: State, token: Token) -> Change:
        return _save(state, token, entity, record_id, body)


def _save(
    state: State, token: str, entity: str, record_id: str | None, body: dict[str, Any]
) -> Change:
    secret = state.secret
    with write_session(state.engine) as session:
        user = auth.authenticate(session, secret, token)
        viewer = viewer_for(session, user)
        try:
            new_id, base_rev, password, fields = _split(body)
            if record_id is None:
                record_id = new_id
            else:
                get_visible(session, viewer, entity, record_id)  # 404 unless it exists
            ctx = Context(session, Actor(user.id), viewer)
            return save(ctx, entity, record_id, fields, base_rev=base_rev, password=password)
        except Rejected as exc:
            raise from_rejection(exc) from exc


for _plural, _entity in RESOURCES.items():
    _register(_plural, _entity)
