"""Pull: pages of the changes a user can see, and what moved in or out of their sight.

A cursor is ``c1.<server>.<rev>.<scope>``: the last rev the client has, and the digest of
the visibility snapshot (:class:`~sfa.server.tables.ScopeSnapshot`) it was computed with.

* Pages only go up to the counter value read at the start of the (consistent) read, and revs
  are allocated under the counter lock in commit order, so no rev below the new cursor can
  commit later: a cursor never skips a change.
* Comparing the cursor's snapshot with what the user sees now gives the records that moved
  in (sent whole, whatever their rev) and those that moved out (``revoked``).
* A cursor from another server, ahead of this one, naming an unknown snapshot or simply
  unreadable gets ``reset``: the client takes a fresh snapshot.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sfa.domain.clean import to_wire
from sfa.domain.coerce import to_wire_value
from sfa.domain.fields import Kind, entity_fields
from sfa.domain.records import field_names
from sfa.server.db import current_rev, is_postgres, read_session, write_session
from sfa.server.records import fields_of
from sfa.server.tables import ENTITY_TABLES, ScopeSnapshot, ServerRecord, User
from sfa.server.visibility import DIMENSIONS, Scope, Viewer, scope_for, viewer_for
from sfa.wire.schemas import Change, PullResponse, RecordRef

CURSOR_PREFIX = "c1"
_HEX = re.compile(r"[0-9a-f]{1,64}")
_CHUNK = 500


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


def pull_page(
    engine: Engine,
    authenticate: Callable[[Session], User],
    server_id: str,
    cursor: str | None,
    limit: int,
) -> PullResponse:
    """Compute a page in one consistent read, then store its visibility snapshot if new.

    The snapshot is written in its own short transaction after the read, so pulls never hold
    (or wait for) the write lock while reading; most pulls find their snapshot stored already.
    """
    with read_session(engine) as session:
        user = authenticate(session)
        page, snapshot = pull(session, user, viewer_for(session, user), server_id, cursor, limit)
    if snapshot is not None:
        with write_session(engine) as session:
            _save_scope(session, snapshot)
    return page


def pull(
    session: Session, user: User, viewer: Viewer, server_id: str, cursor: str | None, limit: int
) -> tuple[PullResponse, ScopeSnapshot | None]:
    """A page for ``user``, and the snapshot its cursor names when that is not stored yet."""
    cap = current_rev(session)
    scope = scope_for(session, viewer)
    snapshot: ScopeSnapshot | None = _snapshot(user.id, scope)
    assert snapshot is not None
    digest = snapshot.digest
    stored = session.scalar(select(ScopeSnapshot.user_id).where(ScopeSnapshot.digest == digest))
    if stored is not None:
        snapshot = None
    previous: Scope | None = None
    after = 0
    if cursor is not None:
        parsed = Cursor.decode(cursor)
        if parsed is not None and parsed.scope == digest and stored is not None:
            # The usual case: the same sight as the cursor's (the digest covers the user and
            # every key), so the stored snapshot need not be read back.
            owner: str | None = stored
            previous = scope
        else:
            known = session.get(ScopeSnapshot, parsed.scope) if parsed is not None else None
            owner = known.user_id if known is not None else None
            previous = Scope.from_json(known.data) if known is not None else None
        if (
            parsed is None
            or previous is None
            or owner != user.id
            or parsed.server != server_tag(server_id)
            or parsed.rev > cap
        ):
            reset = PullResponse(changes=[], revoked=[], cursor=None, has_more=False, reset=True)
            return reset, None
        after = parsed.rev
    moved_in: list[Change] = []
    revoked: list[RecordRef] = []
    if previous is not None and previous.sets != scope.sets:
        moved_in, revoked = _scope_moves(session, previous, scope)
    changes, has_more = _page(session, scope, after, cap, limit, tombstones=previous is not None)
    last = changes[-1].rev if has_more else cap
    seen = {(change.entity, change.id) for change in changes}
    changes = [c for c in moved_in if (c.entity, c.id) not in seen] + changes
    page = PullResponse(
        changes=changes,
        revoked=revoked,
        cursor=Cursor(server_tag(server_id), last, digest).encode(),
        has_more=has_more,
    )
    return page, snapshot


def _snapshot(user_id: str, scope: Scope) -> ScopeSnapshot:
    data = scope.as_json()
    text = json.dumps({"user": user_id, "scope": data}, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode()).hexdigest()
    return ScopeSnapshot(digest=digest, user_id=user_id, data=data)


def _save_scope(session: Session, snapshot: ScopeSnapshot) -> None:
    """Insert unless a concurrent pull already did (same digest, same content)."""
    dialect = postgresql if is_postgres(session) else sqlite
    statement = (
        dialect.insert(ScopeSnapshot)
        .values(digest=snapshot.digest, user_id=snapshot.user_id, data=snapshot.data)
        .on_conflict_do_nothing(index_elements=["digest"])
    )
    session.execute(statement)


def _change(entity: str, row: ServerRecord) -> Change:
    return Change(
        entity=entity,
        id=row.id,
        rev=row.rev,
        deleted=row.deleted,
        fields=to_wire(entity, fields_of(entity, row)),
    )


_PLAIN_KINDS = frozenset({Kind.TEXT, Kind.BOOL, Kind.INT})


@cache
def _wire_plan(entity: str) -> tuple[tuple[str, ...], tuple[int, ...], int | None]:
    """Field names, the positions needing :func:`to_wire_value`, the key column's position.

    Rows are selected as ``id, rev, deleted, key?, *fields``; text, numbers and booleans are
    already their wire form, the rest (decimals, dates, times, lists) goes through the codec.
    """
    names = field_names(entity)
    specs = entity_fields(entity)
    convert = tuple(i for i, name in enumerate(names) if specs[name].kind not in _PLAIN_KINDS)
    return names, convert, None if DIMENSIONS[entity] is None else 3


def _columns(entity: str, table: type[ServerRecord]) -> list[Any]:
    names, _, key = _wire_plan(entity)
    columns: list[Any] = [table.id, table.rev, table.deleted]
    dimension = DIMENSIONS[entity]
    if key is not None and dimension is not None:
        columns.append(getattr(table, dimension[1]))
    return columns + [getattr(table, name) for name in names]


def _row_change(entity: str, row: Sequence[Any]) -> Change:
    names, convert, key = _wire_plan(entity)
    values = list(row[3 if key is None else 4 :])
    for index in convert:
        if values[index] is not None:
            values[index] = to_wire_value(values[index])
    return Change.model_construct(
        entity=entity,
        id=row[0],
        rev=row[1],
        deleted=row[2],
        fields=dict(zip(names, values, strict=True)),
    )


def _page(
    session: Session, scope: Scope, after: int, cap: int, limit: int, *, tombstones: bool
) -> tuple[list[Change], bool]:
    """The first ``limit`` visible changes with ``after < rev <= cap``, in rev order.

    Table by table, selecting plain columns (no ORM objects) in rev order; once ``limit``
    candidates are held, later tables are read only up to the highest rev still in the page.
    ``has_more`` is true when a full page was found (at worst the client then gets one more,
    empty, page), never false while a visible change is left.
    """
    connection = session.connection()  # plain rows: no ORM result processing
    candidates: list[tuple[int, str, Sequence[Any]]] = []  # (rev, entity, row)
    bound = cap
    full = False
    for entity, table in ENTITY_TABLES.items():
        _, _, key = _wire_plan(entity)
        start = after
        taken = 0
        while taken < limit:
            query = select(*_columns(entity, table)).where(table.rev > start, table.rev <= bound)
            if not tombstones:
                query = query.where(~table.deleted)
            rows = connection.execute(query.order_by(table.rev).limit(limit)).all()
            for row in rows:
                if scope.allows(entity, None if key is None else row[key]):
                    candidates.append((row[1], entity, row))
                    taken += 1
            if len(rows) < limit:
                break
            start = rows[-1][1]
        if len(candidates) >= limit:
            full = True
            candidates.sort(key=itemgetter(0))
            del candidates[limit:]
            bound = candidates[-1][0]
    candidates.sort(key=itemgetter(0))
    return [_row_change(entity, row) for _, entity, row in candidates], full


def _scope_moves(
    session: Session, previous: Scope, scope: Scope
) -> tuple[list[Change], list[RecordRef]]:
    """Records visible now but not under ``previous`` (whole), and the other way (revoked)."""
    moved_in: list[Change] = []
    revoked: list[RecordRef] = []
    for entity, dimension in DIMENSIONS.items():
        if dimension is None or previous.sets.get(dimension[0]) == scope.sets.get(dimension[0]):
            continue
        table = ENTITY_TABLES[entity]
        column = getattr(table, dimension[1])
        incoming: list[str] = []
        for record_id, key in session.execute(select(table.id, column).where(~table.deleted)):
            was, now = previous.allows(entity, key), scope.allows(entity, key)
            if now and not was:
                incoming.append(record_id)
            elif was and not now:
                revoked.append(RecordRef(entity=entity, id=record_id))
        for start in range(0, len(incoming), _CHUNK):
            chunk = incoming[start : start + _CHUNK]
            rows = session.scalars(select(table).where(table.id.in_(chunk)).order_by(table.rev))
            moved_in.extend(_change(entity, row) for row in rows)
    return moved_in, revoked
