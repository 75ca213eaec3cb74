"""Writing records that come from the server (a pull, or the bundled demo company).

Unlike :mod:`sfa.store.writes`, nothing here enters the outbox: these rows are already the
company's truth. Records with a local edit waiting to go up keep the local values; only their
base is refreshed, so the pending change is later pushed against the newest server version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sfa.domain.clean import coerce_fields, to_wire
from sfa.domain.records import ENTITY_MIXINS
from sfa.store import outbox
from sfa.store.outbox import PENDING, SENDING
from sfa.store.search import ENTITY_ORDER, drop_documents, index_documents, remove_from_index
from sfa.store.tables import BaseSnapshot, OutboxEntry
from sfa.store.writes import empty_row, search_documents, table_of

_base = cast(Table, BaseSnapshot.__table__)
_outbox = cast(Table, OutboxEntry.__table__)
_BOOKKEEPING = ("created_at", "updated_at", "created_by", "updated_by")


def apply_remote(
    conn: Connection, entity: str, records: Iterable[Mapping[str, Any]], *, index: bool = True
) -> int:
    """Upsert server records (each with ``id``, ``rev``, ``deleted`` and its fields).

    ``index=False`` leaves the records without search documents, for a bulk load that
    builds them all afterwards (:mod:`sfa.store.search_backfill`) and has deferred the FTS
    index (:func:`~sfa.store.search.defer_fts`).
    """
    table = table_of(entity)
    pending_ids = set(
        conn.execute(
            select(_outbox.c.record_id).where(
                _outbox.c.entity == entity, _outbox.c.status.in_((PENDING, SENDING))
            )
        ).scalars()
    )
    defaults = empty_row(entity)
    rows: list[dict[str, Any]] = []
    for record in records:
        row = {"id": record["id"], "rev": record["rev"], "deleted": bool(record.get("deleted"))}
        row.update({k: record.get(k) for k in _BOOKKEEPING})
        row.update(defaults)
        row.update(coerce_fields(entity, record))
        if row["id"] in pending_ids:
            _refresh_base(conn, entity, row)
        else:
            rows.append(row)
    if not rows:
        return 0
    _upsert_rows(conn, table, rows)
    for row in rows:
        if row["deleted"]:
            remove_from_index(conn, entity, row["id"])
    live = [row for row in rows if not row["deleted"]]
    if index:
        index_documents(conn, search_documents(conn, entity, live))
    elif entity in ENTITY_ORDER:
        drop_documents(conn, entity, [row["id"] for row in live])
    return len(rows)


def _upsert(table: Table) -> Any:
    """One INSERT … ON CONFLICT DO UPDATE for every column."""
    statement = sqlite_insert(table)
    return statement.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={
            column.name: statement.excluded[column.name]
            for column in table.c
            if column.name != "id"
        },
    )


@dataclass(frozen=True, slots=True)
class _Upsert:
    sql: str
    values: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    """A row's values in the statement's parameter order."""
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]
    """(position, the column type's bind processor) where the driver needs one."""


@lru_cache(maxsize=64)
def _upsert_plan(table: Table, dialect: Dialect) -> _Upsert:
    compiled = _upsert(table).compile(dialect=dialect)
    columns = tuple(compiled.positiontup or ())
    convert = []
    for position, name in enumerate(columns):
        # the dialect's own type (SQLite's DATETIME writes "… 07:40:00.000000", as every
        # other write does; the generic type would leave it to the driver's converter)
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            convert.append((position, processor))
    return _Upsert(str(compiled), itemgetter(*columns), tuple(convert))


def _upsert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """The upsert run once per page through the driver: SQLAlchemy's executemany builds
    its parameters row by row and column by column, a fifth of a first sync's time."""
    plan = _upsert_plan(table, conn.dialect)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        line = list(plan.values(row))
        for position, processor in plan.convert:
            line[position] = processor(line[position])
        params.append(tuple(line))
    conn.exec_driver_sql(plan.sql, params)


def _refresh_base(conn: Connection, entity: str, row: Mapping[str, Any]) -> None:
    statement = sqlite_insert(_base).values(
        entity=entity, record_id=row["id"], rev=row["rev"], fields=to_wire(entity, row)
    )
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=[_base.c.entity, _base.c.record_id],
            set_={"rev": statement.excluded.rev, "fields": statement.excluded.fields},
        )
    )


def set_rev(conn: Connection, entity: str, record_id: str, rev: int) -> None:
    """The server accepted a change of ours at ``rev``; once nothing of the record is waiting,
    its base snapshot has served its purpose."""
    table = table_of(entity)
    conn.execute(table.update().where(table.c.id == record_id, table.c.rev < rev).values(rev=rev))
    if not outbox.waiting(conn, entity, record_id):
        _drop_base(conn, entity, record_id)


def forget(conn: Connection, entity: str, record_id: str) -> None:
    """The record is no longer visible to this user (territory change): remove it here."""
    table = table_of(entity)
    conn.execute(table.delete().where(table.c.id == record_id))
    remove_from_index(conn, entity, record_id)
    _drop_base(conn, entity, record_id)


def forget_all_synced(conn: Connection) -> None:
    """Before a fresh snapshot: drop every record that has no change waiting to go up."""
    for entity in ENTITY_MIXINS:
        table = table_of(entity)
        waiting = select(_outbox.c.record_id).where(
            _outbox.c.entity == entity, _outbox.c.status.in_((PENDING, SENDING))
        )
        doomed = conn.execute(select(table.c.id).where(table.c.id.not_in(waiting))).scalars()
        for record_id in list(doomed):
            remove_from_index(conn, entity, record_id)
        conn.execute(table.delete().where(table.c.id.not_in(waiting)))


def _drop_base(conn: Connection, entity: str, record_id: str) -> None:
    conn.execute(_base.delete().where(_base.c.entity == entity, _base.c.record_id == record_id))
