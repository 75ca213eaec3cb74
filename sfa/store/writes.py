"""The laptop's one write path.

Every edit — a form, an import, a merge — goes through here, and each call does all of its
work inside the caller's transaction: the record, its outbox mutation, the base snapshot a
later conflict is shown against, and the search index. If any part fails the transaction
rolls back and the rep sees the error with nothing half-written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from sfa.domain.clean import clean_fields, to_wire
from sfa.domain.columns import utcnow
from sfa.domain.errors import DomainError, NotFoundError
from sfa.domain.fields import entity_fields
from sfa.store import outbox
from sfa.store.search import (
    SearchDocument,
    document_for,
    index_documents,
    remove_from_index,
)
from sfa.store.tables import ENTITY_TABLES, Account, BaseSnapshot

_base = cast(Table, BaseSnapshot.__table__)
_accounts = cast(Table, Account.__table__)
_IN_CHUNK = 900  # well under SQLite's limit on bound parameters


def table_of(entity: str) -> Table:
    try:
        return cast(Table, ENTITY_TABLES[entity].__table__)
    except KeyError:
        raise DomainError(f"“{entity}” is not a known entity") from None


def load(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    """The record as stored (tombstones included), or None."""
    table = table_of(entity)
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(row) if row is not None else None


def create(
    conn: Connection,
    entity: str,
    fields: Mapping[str, Any],
    *,
    actor: str | None,
    record_id: str | None = None,
    now: datetime | None = None,
) -> str:
    """Validate and insert a new record; returns its id (a UUID made here, offline)."""
    cleaned = clean_fields(entity, fields, creating=True)
    record_id = record_id or str(uuid.uuid4())
    stamp = now or utcnow()
    row = _new_row(entity, record_id, cleaned, actor, stamp)
    conn.execute(table_of(entity).insert().values(row))
    outbox.enqueue(conn, entity, record_id, "upsert", 0, to_wire(entity, cleaned))
    _reindex(conn, entity, row)
    return record_id


def update(
    conn: Connection,
    entity: str,
    record_id: str,
    changes: Mapping[str, Any],
    *,
    actor: str | None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Apply ``changes``; returns the fields that really changed (empty when none did)."""
    current = _live(conn, entity, record_id)
    cleaned = clean_fields(entity, changes, creating=False)
    changed = {name: value for name, value in cleaned.items() if current[name] != value}
    if not changed:
        return {}
    _keep_base(conn, entity, current)
    stamp = now or utcnow()
    table = table_of(entity)
    conn.execute(
        table.update()
        .where(table.c.id == record_id)
        .values(**changed, updated_at=stamp, updated_by=actor)
    )
    outbox.enqueue(conn, entity, record_id, "upsert", current["rev"], to_wire(entity, changed))
    _reindex(conn, entity, {**current, **changed})
    if entity == "account" and "name" in changed:
        _reindex_children(conn, record_id)
    return changed


def delete(
    conn: Connection, entity: str, record_id: str, *, actor: str | None, now: datetime | None = None
) -> None:
    """Tombstone the record; the server keeps it (client data belongs to the company)."""
    current = _live(conn, entity, record_id)
    table = table_of(entity)
    conn.execute(
        table.update()
        .where(table.c.id == record_id)
        .values(deleted=True, updated_at=now or utcnow(), updated_by=actor)
    )
    never_sent = current["rev"] == 0 and outbox.drop_unsent(conn, entity, record_id)
    if not never_sent:
        outbox.enqueue(conn, entity, record_id, "delete", current["rev"], {})
    remove_from_index(conn, entity, record_id)


def create_many(
    conn: Connection,
    entity: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    actor: str | None,
    now: datetime | None = None,
) -> list[str]:
    """Bulk create (imports, first use): the same rules as :func:`create`, batched.

    Every row is validated before anything is written, so one bad row refuses the batch.
    A row may carry its own ``id``.
    """
    stamp = now or utcnow()
    records: list[dict[str, Any]] = []
    mutations: list[tuple[str, dict[str, Any]]] = []
    for raw in rows:
        fields = dict(raw)
        record_id = str(fields.pop("id", None) or uuid.uuid4())
        cleaned = clean_fields(entity, fields, creating=True)
        records.append(_new_row(entity, record_id, cleaned, actor, stamp))
        mutations.append((record_id, to_wire(entity, cleaned)))
    if not records:
        return []
    conn.execute(table_of(entity).insert(), records)
    outbox.enqueue_creates(conn, entity, mutations)
    index_documents(conn, search_documents(conn, entity, records))
    return [record["id"] for record in records]


def _new_row(
    entity: str, record_id: str, cleaned: Mapping[str, Any], actor: str | None, stamp: datetime
) -> dict[str, Any]:
    return {
        "id": record_id,
        "rev": 0,
        "deleted": False,
        "created_at": stamp,
        "updated_at": stamp,
        "created_by": actor,
        "updated_by": actor,
        **empty_row(entity),
        **cleaned,
    }


@cache
def empty_row(entity: str) -> dict[str, Any]:
    """Every field at its default (or empty): bulk inserts need the same keys on every row."""
    return {name: None for name in entity_fields(entity)} | column_defaults(entity)


@cache
def column_defaults(entity: str) -> dict[str, Any]:
    """Column defaults, made explicit so the search index sees the same row the table holds."""
    table = table_of(entity)
    result: dict[str, Any] = {}
    for name in entity_fields(entity):
        default = table.c[name].default
        if default is not None and getattr(default, "is_scalar", False):
            result[name] = default.arg  # type: ignore[attr-defined]
        elif default is not None and getattr(default, "is_callable", False):
            result[name] = default.arg(None)  # type: ignore[attr-defined]
    return result


def _live(conn: Connection, entity: str, record_id: str) -> dict[str, Any]:
    current = load(conn, entity, record_id)
    if current is None:
        raise NotFoundError(f"No {entity} with id {record_id} on this laptop")
    if current["deleted"]:
        raise DomainError(f"This {entity} has been deleted; it can no longer be edited")
    return current


def _keep_base(conn: Connection, entity: str, current: Mapping[str, Any]) -> None:
    """Remember the server's version before the first local edit after a sync."""
    if current["rev"] == 0:
        return
    exists = conn.execute(
        select(_base.c.rev).where(_base.c.entity == entity, _base.c.record_id == current["id"])
    ).first()
    if exists is None:
        conn.execute(
            _base.insert().values(
                entity=entity,
                record_id=current["id"],
                rev=current["rev"],
                fields=to_wire(entity, current),
            )
        )


def search_documents(
    conn: Connection, entity: str, rows: Iterable[Mapping[str, Any]]
) -> list[SearchDocument]:
    """Search documents of ``rows``, with the account name a contact or deal is shown under."""
    materialised = list(rows)
    names = _account_names(conn, materialised)
    docs = (document_for(entity, _with_account_name(row, names)) for row in materialised)
    return [doc for doc in docs if doc is not None]


def _reindex(conn: Connection, entity: str, row: Mapping[str, Any]) -> None:
    index_documents(conn, search_documents(conn, entity, [row]))


def _reindex_children(conn: Connection, account_id: str) -> None:
    """A renamed account changes how its contacts, deals and quotes are shown in search."""
    for entity in ("contact", "opportunity", "quote"):
        table = table_of(entity)
        rows = conn.execute(
            select(table).where(table.c.account_id == account_id, table.c.deleted.is_(False))
        ).mappings()
        index_documents(conn, search_documents(conn, entity, [dict(row) for row in rows]))


def _account_names(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    ids = sorted({row["account_id"] for row in rows if row.get("account_id")})
    names: dict[str, str] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        found = conn.execute(
            select(_accounts.c.id, _accounts.c.name).where(_accounts.c.id.in_(chunk))
        )
        names.update({row.id: row.name for row in found})
    return names


def _with_account_name(row: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    account_id = row.get("account_id")
    if account_id and account_id in names:
        return {**row, "account_name": names[account_id]}
    return dict(row)
