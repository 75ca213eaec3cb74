"""The visibility snapshots cursors name, found without recomputing a user's whole sight.

A snapshot (:class:`~sfa.server.tables.ScopeSnapshot`) is keyed by the digest of its content
(the user and every key they see), so cursors compare sights exactly. Computing that digest
means reading every visible account id, too much for every page of a big snapshot, so each
snapshot also records the **version** it was last computed for: a digest of everything the
sight follows from —

* the viewer's facts (role, team, territories, users), computed on every pull anyway, and
* the highest ``rev`` in the account table. Every change to an account (its territory,
  owner, creation) gives it a new rev above every rev committed before, and accounts are
  never removed (deletion is a tombstone), so an unchanged maximum means unchanged accounts.

Equal versions mean equal sights, so a pull whose version is stored reuses that snapshot's
digest; only a pull after a change that can matter recomputes the sight (and files the new
version, on the same snapshot when the sight did not in fact change).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sfa.server.db import is_postgres
from sfa.server.pull_rows import WireChange, records_by_id
from sfa.server.tables import ENTITY_TABLES, Account, ScopeSnapshot
from sfa.server.visibility import DIMENSIONS, Scope, Viewer


@dataclass(frozen=True, slots=True)
class ScopeRecord:
    """A snapshot to file after the read: ``data`` is ``None`` when it is stored already."""

    digest: str
    user_id: str
    version: str
    data: dict[str, list[str] | None] | None


def scope_version(session: Session, viewer: Viewer) -> str:
    """The version of ``viewer``'s sight (see the module's docstring)."""
    accounts = session.scalar(select(func.max(Account.rev))) or 0
    facts = {
        "user": viewer.user_id,
        "role": str(viewer.role),
        "team": sorted(viewer.team),
        "territories": sorted(viewer.territories),
        "users": sorted(viewer.users),
        "accounts": accounts,
    }
    text = json.dumps(facts, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def digest_for_version(session: Session, version: str) -> str | None:
    """The digest of the snapshot filed under ``version``, if any."""
    query = select(ScopeSnapshot.digest).where(ScopeSnapshot.version == version).limit(1)
    return session.scalar(query)


def fingerprint(
    session: Session, user_id: str, version: str, scope: Scope
) -> tuple[str, ScopeRecord]:
    """The digest of ``scope``, and what to file so the next pull finds it by ``version``."""
    data = scope.as_json()
    text = json.dumps({"user": user_id, "scope": data}, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode()).hexdigest()
    stored = session.scalar(select(ScopeSnapshot.user_id).where(ScopeSnapshot.digest == digest))
    return digest, ScopeRecord(digest, user_id, version, None if stored is not None else data)


def save_scope(session: Session, record: ScopeRecord) -> None:
    """File ``record``; a concurrent pull filing the same digest is harmless (same content)."""
    if record.data is None:
        session.execute(
            update(ScopeSnapshot)
            .where(ScopeSnapshot.digest == record.digest)
            .values(version=record.version)
        )
        return
    dialect: Any = postgresql if is_postgres(session) else sqlite
    statement = dialect.insert(ScopeSnapshot).values(
        digest=record.digest, user_id=record.user_id, data=record.data, version=record.version
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["digest"], set_={"version": statement.excluded.version}
        )
    )


def stored_scope(session: Session, digest: str) -> tuple[str, Scope] | None:
    """The owner and content of the snapshot ``digest``, if stored."""
    known = session.get(ScopeSnapshot, digest)
    return None if known is None else (known.user_id, Scope.from_json(known.data))


def scope_moves(
    session: Session, previous: Scope, scope: Scope
) -> tuple[list[WireChange], list[dict[str, str]]]:
    """Records visible now but not under ``previous`` (whole), and the other way (revoked)."""
    connection = session.connection()
    moved_in: list[WireChange] = []
    revoked: list[dict[str, str]] = []
    for entity, dimension in DIMENSIONS.items():
        if dimension is None or previous.sets.get(dimension[0]) == scope.sets.get(dimension[0]):
            continue
        table = ENTITY_TABLES[entity]
        column = getattr(table, dimension[1])
        incoming: list[str] = []
        for record_id, key in connection.execute(select(table.id, column).where(~table.deleted)):
            was, now = previous.allows(entity, key), scope.allows(entity, key)
            if now and not was:
                incoming.append(record_id)
            elif was and not now:
                revoked.append({"entity": entity, "id": record_id})
        moved_in += records_by_id(connection, entity, incoming)
    return moved_in, revoked
