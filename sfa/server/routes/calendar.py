"""Calendar feeds: a rep makes, lists and revokes them (signed in); calendar apps fetch
``/api/v1/calendar/{token}.ics`` with the token in the URL as the only credential."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel, Field

from sfa.domain.columns import utcnow
from sfa.server import auth
from sfa.server.calendar_feed import FeedError, create_feed, feed_calendar, list_feeds, revoke_feed
from sfa.server.db import read_session, write_session
from sfa.server.deps import State, Token
from sfa.server.errors import ApiError
from sfa.server.responses import error_responses
from sfa.server.tables import CalendarFeed
from sfa.wire.schemas import NO_NUL

router = APIRouter(prefix="/api/v1", tags=["calendar"], responses=error_responses(401, 404, 422))

FeedId = Annotated[str, Path(max_length=64, pattern=NO_NUL)]
FeedToken = Annotated[str, Path(min_length=20, max_length=128, pattern=r"^[A-Za-z0-9_\-]+$")]


class FeedRequest(BaseModel):
    label: str | None = Field(default=None, max_length=100, pattern=NO_NUL)


class FeedOut(BaseModel):
    id: str
    label: str | None
    created_at: datetime
    revoked: bool


class NewFeedOut(FeedOut):
    url: str
    """The subscription URL; shown only now — the server keeps no copy of its secret."""


def _out(feed: CalendarFeed) -> FeedOut:
    return FeedOut(
        id=feed.id,
        label=feed.label,
        created_at=feed.created_at,
        revoked=feed.revoked_at is not None,
    )


def _failed(error: FeedError) -> ApiError:
    code = "not_found" if error.status == 404 else "conflict"
    return ApiError(error.status, code, error.message)


@router.post("/calendar-feeds", status_code=201, responses=error_responses(409))
def make_feed(body: FeedRequest, request: Request, state: State, token: Token) -> NewFeedOut:
    with write_session(state.engine) as session:
        user = auth.authenticate(session, state.secret, token)
        try:
            made = create_feed(session, user, body.label)
        except FeedError as exc:
            raise _failed(exc) from exc
        url = str(request.url_for("calendar_feed", token=made.token))
        return NewFeedOut(**_out(made.feed).model_dump(), url=url)


@router.get("/calendar-feeds")
def my_feeds(state: State, token: Token) -> list[FeedOut]:
    with write_session(state.engine) as session:
        user = auth.authenticate(session, state.secret, token)
        return [_out(feed) for feed in list_feeds(session, user)]


@router.delete("/calendar-feeds/{feed_id}", status_code=204)
def revoke(feed_id: FeedId, state: State, token: Token) -> Response:
    with write_session(state.engine) as session:
        user = auth.authenticate(session, state.secret, token)
        try:
            revoke_feed(session, user, feed_id)
        except FeedError as exc:
            raise _failed(exc) from exc
    return Response(status_code=204)


@router.get(
    "/calendar/{token}.ics",
    name="calendar_feed",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}},
)
def calendar(
    token: FeedToken,
    state: State,
    lang: Annotated[Literal["zh_CN", "en"], Query()] = "zh_CN",
) -> Response:
    with read_session(state.engine) as session:
        try:
            body = feed_calendar(session, token, now=utcnow(), language=lang)
        except FeedError as exc:
            raise _failed(exc) from exc
    return Response(
        content=body,
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )
