"""Pull: pages of the changes a user can see, and what moved in or out of their sight.

A cursor is ``c1.<server>.<rev>.<scope>``: the last rev the client has, and the digest of
the visibility snapshot (:class:`~sfa.server.tables.ScopeSnapshot`) it was computed with
(found by its version, :mod:`sfa.server.pull_scope`; the page itself,
:mod:`sfa.server.pull_rows`).

* Pages only go up to the counter value read at the start of the (consistent) read, and revs
  are allocated under the counter lock in commit order, so no rev below the new cursor can
  commit later: a cursor never skips a change.
* Comparing the cursor's snapshot with what the user sees now gives the records that moved
  in (sent whole, whatever their rev) and those that moved out (``revoked``).
* A cursor from another server, ahead of this one, naming an unknown snapshot or simply
  unreadable gets ``reset``: the client takes a fresh snapshot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pydantic_core
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sfa.server.db import current_rev, read_session, write_session
from sfa.server.pull_rows import WireChange, page_changes
from sfa.server.pull_scope import (
    ScopeRecord,
    digest_for_version,
    fingerprint,
    save_scope,
    scope_moves,
    scope_version,
    stored_scope,
)
from sfa.server.tables import User
from sfa.server.visibility import Scope, Viewer, scope_for, viewer_for

CURSOR_PREFIX = "c1"
_HEX = re.compile(r"[0-9a-f]{1,64}")


@dataclass(frozen=True, slots=True)
class Cursor:
    server: str
    rev: int
    scope: str

    def encode(self) -> str:
        return f"{CURSOR_PREFIX}.{self.server}.{self.rev}.{self.scope}"

    @classmethod
    def decode(cls, text: str) -> Cursor | None:
        parts = text.split(".")
        if len(parts) != 4 or parts[0] != CURSOR_PREFIX:
            return None
        _prefix, server, rev, scope = parts
        if not (
            _HEX.fullmatch(server) and _HEX.fullmatch(scope) and rev.isascii() and rev.isdigit()
        ):
            return None
        return cls(server, int(rev), scope)


def server_tag(server_id: str) -> str:
    return server_id[:12]


@dataclass(slots=True)
class PullPage:
    """A pull response (the contract's shape) holding plain dicts, encoded once to JSON."""

    changes: list[WireChange]
    revoked: list[dict[str, str]] = field(default_factory=list)
    cursor: str | None = None
    has_more: bool = False
    reset: bool = False
    progress: dict[str, int] | None = None
    """``{"after", "through", "head"}``: see :class:`sfa.wire.schemas.PullProgress`."""

    def to_json(self) -> bytes:
        body = {
            "changes": self.changes,
            "revoked": self.revoked,
            "cursor": self.cursor,
            "has_more": self.has_more,
            "reset": self.reset,
            "progress": self.progress,
        }
        return pydantic_core.to_json(body)


def pull_page(
    engine: Engine,
    authenticate: Callable[[Session], User],
    server_id: str,
    cursor: str | None,
    limit: int,
) -> PullPage:
    """Compute a page in one consistent read, then file its visibility snapshot if new.

    The snapshot is written in its own short transaction after the read, so pulls never hold
    (or wait for) the write lock while reading; most pulls find their snapshot filed already.
    """
    with read_session(engine) as session:
        user = authenticate(session)
        page, record = pull(session, user, viewer_for(session, user), server_id, cursor, limit)
    if record is not None:
        with write_session(engine) as session:
            save_scope(session, record)
    return page


def pull(
    session: Session, user: User, viewer: Viewer, server_id: str, cursor: str | None, limit: int
) -> tuple[PullPage, ScopeRecord | None]:
    """A page for ``user``, and the snapshot to file when its version is not filed yet."""
    cap = current_rev(session)
    version = scope_version(session, viewer)
    digest = digest_for_version(session, version)
    scope: Scope | None = None
    record: ScopeRecord | None = None
    if digest is None:
        scope = scope_for(session, viewer)
        digest, record = fingerprint(session, user.id, version, scope)
    previous: Scope | None = None
    after = 0
    if cursor is not None:
        parsed = Cursor.decode(cursor)
        if parsed is None or parsed.server != server_tag(server_id) or parsed.rev > cap:
            return _reset(), None
        if parsed.scope != digest or (record is not None and record.data is not None):
            # Another sight than now's (or now's, never filed): compare with what was filed.
            known = stored_scope(session, parsed.scope)
            if known is None or known[0] != user.id:
                return _reset(), None
            previous = known[1]
        after = parsed.rev
    moved_in: list[WireChange] = []
    revoked: list[dict[str, str]] = []
    if previous is not None:
        scope = scope if scope is not None else scope_for(session, viewer)
        if previous.sets != scope.sets:
            moved_in, revoked = scope_moves(session, previous, scope)
    connection = session.connection()
    tombstones = cursor is not None
    changes, has_more = page_changes(connection, viewer, after, cap, limit, tombstones=tombstones)
    last = changes[-1]["rev"] if has_more else cap
    if moved_in:
        seen = {(change["entity"], change["id"]) for change in changes}
        changes = [c for c in moved_in if (c["entity"], c["id"]) not in seen] + changes
    page = PullPage(
        changes=changes,
        revoked=revoked,
        cursor=Cursor(server_tag(server_id), last, digest).encode(),
        has_more=has_more,
        progress={"after": after, "through": last, "head": cap},
    )
    return page, record


def _reset() -> PullPage:
    return PullPage(changes=[], revoked=[], cursor=None, has_more=False, reset=True)
