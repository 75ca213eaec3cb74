"""The manager's workspace beyond plain records: a territory change previewed before it is
applied, and the open pool (公海) reps claim accounts from.

Applying a territory change is the ordinary ``PATCH /api/v1/territories/{id}`` (or ``POST``
for a new one): it re-derives every account with the same function the preview uses.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.errors import ValidationError
from sfa.domain.territory import Move
from sfa.server import auth, pool, territories
from sfa.server.db import lock_counter, read_session, write_session
from sfa.server.deps import State, Token
from sfa.server.errors import ApiError, Rejected, from_rejection
from sfa.server.mutations import check_storable
from sfa.server.resources import as_change
from sfa.server.responses import error_responses
from sfa.server.tables import Account, Territory, User
from sfa.server.visibility import check_write, viewer_for
from sfa.wire.schemas import NO_NUL, Change, Text

router = APIRouter(
    prefix="/api/v1", tags=["workspace"], responses=error_responses(401, 403, 404, 409, 422)
)

AccountId = Annotated[str, Path(max_length=64, pattern=NO_NUL)]


class PreviewRequest(BaseModel):
    """A proposed change of one territory: its changed fields (as a PATCH would send them),
    or ``delete``. A ``territory_id`` the server does not know means a new territory."""

    territory_id: Text = Field(max_length=64)
    fields: dict[str, Any] = Field(default_factory=dict)
    delete: bool = False


class Side(BaseModel):
    territory_id: str | None
    territory_name: str | None
    rep_ids: list[str]
    reps: list[str]
    """The reps' display names (else user names), in ``rep_ids`` order."""


class MoveOut(BaseModel):
    account_id: str
    account_name: str
    owner_id: str | None
    before: Side
    after: Side


class PreviewResponse(BaseModel):
    moves: list[MoveOut]


class PoolAccount(BaseModel):
    id: str
    name: str
    province: str | None
    city: str | None
    industry: str | None
    territory_id: str | None
    territory_name: str | None


class HoldingOut(BaseModel):
    account_id: str
    name: str
    claimed_at: datetime
    last_touch: datetime
    returns_at: datetime


class PoolResponse(BaseModel):
    accounts: list[PoolAccount]
    held: list[HoldingOut]
    """The caller's own holdings from the pool, the first to go back first."""
    limit: int
    return_days: int


def _failing(exc: Rejected | ValidationError) -> ApiError:
    if isinstance(exc, ValidationError):
        return ApiError(400, "invalid", exc.message, dict(exc.details))
    return from_rejection(exc)


@router.post("/territories/preview")
def preview_territory_change(body: PreviewRequest, state: State, token: Token) -> PreviewResponse:
    """Which accounts the proposed change would move, from whom to whom (nothing is changed)."""
    with read_session(state.engine) as session:
        viewer = viewer_for(session, auth.authenticate(session, state.secret, token))
        try:
            uuid.UUID(body.territory_id)
        except ValueError as exc:
            raise ApiError(
                400, "invalid", "territory_id must be a UUID", {"field": "territory_id"}
            ) from exc
        try:
            check_storable(body.fields)
            before, after, rules = territories.proposed_rules(
                session, body.territory_id, body.fields, delete=body.delete
            )
            check_write(session, viewer, "territory", before, after)
            moves = territories.plan(session, rules)
        except (Rejected, ValidationError) as exc:
            raise _failing(exc) from exc
        names = {rule.id: rule.name for rule in territories.load_rules(session)}
        names[body.territory_id] = str(after.get("name") or names.get(body.territory_id, ""))
        return PreviewResponse(moves=_describe(session, moves, names, body.territory_id, after))


def _describe(
    session: Session, moves: list[Move], names: dict[str, str], changed: str, after: dict[str, Any]
) -> list[MoveOut]:
    current = {row.id: list(row.rep_ids) for row in session.scalars(select(Territory))}
    proposed = {**current, changed: list(after.get("rep_ids") or ())}
    people = {row.id: row.display_name or row.username for row in session.scalars(select(User))}

    def side(territory_id: str | None, reps_of: dict[str, list[str]]) -> Side:
        rep_ids = reps_of.get(territory_id, []) if territory_id else []
        return Side(
            territory_id=territory_id,
            territory_name=names.get(territory_id) if territory_id else None,
            rep_ids=rep_ids,
            reps=[people.get(rep, rep) for rep in rep_ids],
        )

    described: list[MoveOut] = []
    for move in moves:
        account = session.get(Account, move.account_id)
        assert account is not None
        described.append(
            MoveOut(
                account_id=account.id,
                account_name=account.name,
                owner_id=account.owner_id,
                before=side(move.from_territory, current),
                after=side(move.to_territory, proposed),
            )
        )
    return described


# -- the open pool -------------------------------------------------------------------------


@router.get("/pool")
def list_pool(state: State, token: Token) -> PoolResponse:
    """The accounts nobody owns, and the caller's holdings (stale ones go back first)."""
    settings = state.settings
    with write_session(state.engine) as session:
        user = auth.authenticate(session, state.secret, token)
        lock_counter(session)
        pool.return_stale(session, settings.pool_return_days)
        return _pool(session, user, settings.pool_claim_limit, settings.pool_return_days)


def _pool(session: Session, user: User, limit: int, days: int) -> PoolResponse:
    names = {rule.id: rule.name for rule in territories.load_rules(session)}
    accounts = [
        PoolAccount(
            id=row.id,
            name=row.name,
            province=row.province,
            city=row.city,
            industry=row.industry,
            territory_id=row.territory_id,
            territory_name=names.get(row.territory_id) if row.territory_id else None,
        )
        for row in pool.pool_accounts(session)
    ]
    held = [
        HoldingOut(
            account_id=h.account_id,
            name=h.name,
            claimed_at=h.claimed_at,
            last_touch=h.last_touch,
            returns_at=h.returns_at,
        )
        for h in pool.holdings(session, days, user.id)
    ]
    return PoolResponse(accounts=accounts, held=held, limit=limit, return_days=days)


@router.post("/pool/{account_id}/claim")
def claim_account(account_id: AccountId, state: State, token: Token) -> Change:
    """Become the owner of a pool account (refused past the claim limit: 403)."""
    settings = state.settings
    with write_session(state.engine) as session:
        user = auth.authenticate(session, state.secret, token)
        lock_counter(session)
        pool.return_stale(session, settings.pool_return_days)
        try:
            account = pool.claim(
                session,
                user,
                account_id,
                limit=settings.pool_claim_limit,
                days=settings.pool_return_days,
            )
        except Rejected as exc:
            raise from_rejection(exc) from exc
        return as_change("account", account)


@router.post("/pool/{account_id}/release")
def release_account(account_id: AccountId, state: State, token: Token) -> Change:
    """Give an account back to the pool (its owner, the owner's manager, or an admin)."""
    with write_session(state.engine) as session:
        user = auth.authenticate(session, state.secret, token)
        lock_counter(session)
        try:
            account = pool.release(session, user, account_id)
        except Rejected as exc:
            raise from_rejection(exc) from exc
        return as_change("account", account)
