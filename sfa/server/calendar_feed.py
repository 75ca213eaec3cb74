"""A rep's visits as a calendar their phone or Outlook subscribes to.

Calendar apps fetch a URL on their own schedule and cannot send an ``Authorization`` header,
so the URL carries the credential: a random token (256 bits) that the server keeps only as
its SHA-256, like refresh tokens. Whoever holds the URL reads that rep's visits and nothing
else, read-only; the rep can list their feeds and revoke one (a lost phone), after which
its URL answers 404 like any unknown one. A feed shows what its rep may see *now*: a visit
whose account moved out of the rep's sight, or a disabled rep, drops out.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from sfa.domain.columns import utcnow
from sfa.domain.enums import VisitStatus
from sfa.io.icalendar import IcsVisit, visits_to_ics
from sfa.server.tables import Account, CalendarFeed, Contact, User, Visit
from sfa.server.visibility import viewer_for, visible_sql

PAST = timedelta(days=90)
FUTURE = timedelta(days=366)
MAX_FEEDS = 20
"""A rep subscribes a phone, a laptop, a tablet; twenty live feeds is already a leak risk."""


class FeedError(Exception):
    """A request about feeds that cannot be met; ``status`` is the HTTP status it maps to."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class NewFeed:
    feed: CalendarFeed
    token: str
    """Shown once, when the feed is made; only its hash is kept."""


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_feed(session: Session, user: User, label: str | None) -> NewFeed:
    live = session.scalars(
        select(CalendarFeed.id).where(
            CalendarFeed.user_id == user.id, CalendarFeed.revoked_at.is_(None)
        )
    ).all()
    if len(live) >= MAX_FEEDS:
        raise FeedError(409, f"You already have {MAX_FEEDS} calendar feeds: revoke one first.")
    token = secrets.token_urlsafe(32)
    feed = CalendarFeed(
        id=str(uuid.uuid4()),
        user_id=user.id,
        token_hash=digest(token),
        label=(label or "").strip() or None,
        created_at=utcnow(),
    )
    session.add(feed)
    session.flush()
    return NewFeed(feed, token)


def list_feeds(session: Session, user: User) -> list[CalendarFeed]:
    query = select(CalendarFeed).where(CalendarFeed.user_id == user.id)
    return list(session.scalars(query.order_by(CalendarFeed.created_at, CalendarFeed.id)))


def revoke_feed(session: Session, user: User, feed_id: str) -> None:
    feed = session.get(CalendarFeed, feed_id)
    if feed is None or feed.user_id != user.id:
        raise FeedError(404, "There is no such calendar feed.")
    if feed.revoked_at is None:
        feed.revoked_at = utcnow()


def feed_calendar(session: Session, token: str, *, now: datetime, language: str) -> bytes:
    """The ``.ics`` of the feed ``token`` opens; :class:`FeedError` 404 for a revoked,
    unknown or disabled one (never saying which)."""
    feed = session.scalars(
        select(CalendarFeed).where(CalendarFeed.token_hash == digest(token))
    ).first()
    user = session.get(User, feed.user_id) if feed is not None else None
    if feed is None or feed.revoked_at is not None or user is None or not _active(user):
        raise FeedError(404, "There is no such calendar feed.")
    name = user.display_name or user.username
    visits = _visits(session, user, now)
    title = f"SFA Desk — {name}" if language == "en" else f"SFA Desk 拜访 — {name}"
    return visits_to_ics(visits, now=now, calendar_name=title, language=language)


def _active(user: User) -> bool:
    return bool(user.active) and not user.deleted


def _visits(session: Session, user: User, now: datetime) -> list[IcsVisit]:
    viewer = viewer_for(session, user)
    query = (
        select(Visit, Account.name, Contact.name)
        .outerjoin(Account, Account.id == Visit.account_id)
        .outerjoin(Contact, and_(Contact.id == Visit.contact_id, ~Contact.deleted))
        .where(
            Visit.owner_id == user.id,
            ~Visit.deleted,
            Visit.starts_at.is_not(None),
            Visit.starts_at >= now - PAST,
            Visit.starts_at < now + FUTURE,
        )
        .order_by(Visit.starts_at, Visit.id)
    )
    sight = visible_sql(viewer, "visit", Visit)
    if sight is not None:
        query = query.where(sight)
    result: list[IcsVisit] = []
    for visit, account_name, contact_name in session.execute(query):
        starts = visit.starts_at
        assert starts is not None
        result.append(
            IcsVisit(
                id=visit.id,
                account_name=account_name or "",
                contact_name=contact_name or "",
                purpose=visit.purpose,
                starts_at=starts,
                ends_at=visit.ends_at or starts + timedelta(hours=1),
                status=VisitStatus(visit.status),
                location=visit.location,
                outcome=visit.outcome,
                remind_at=visit.remind_at,
                updated_at=visit.updated_at,
            )
        )
    return result
