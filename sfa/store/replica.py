"""Writing records that come from the server (a pull, or the bundled demo company).

Unlike :mod:`sfa.store.writes`, nothing here enters the outbox: these rows are already the
company's truth. Records with a local edit waiting to go up keep the local values; only their
base is refreshed, so the pending change is later pushed against the newest server version.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sfa.domain.clean import clean_fields, to_wire
from sfa.store.search import index_documents, remove_from_index
from sfa.store.tables import BaseSnapshot, OutboxEntry
from sfa.store.writes import search_documents, table_of

_base = cast(Table, BaseSnapshot.__table__)
_outbox = cast(Table, OutboxEntry.__table__)
_BOOKKEEPING = ("created_at", "updated_at", "created_by", "updated_by")


def apply_remote(conn: Connection, entity: str, records: Iterable[Mapping[str, Any]]) -> int:
    """Upsert server records (each with ``id``, ``rev``, ``deleted`` and all fields)."""
    table = table_of(entity)
    pending_ids = set(
        conn.execute(
            select(_outbox.c.record_id).where(
                _outbox.c.entity == entity, _outbox.c.status == "pending"
            )
        ).scalars()
    )
    rows: list[dict[str, Any]] = []
    live: list[dict[str, Any]] = []
    for record in records:
        fields = {
            k: v for k, v in record.items() if k not in ("id", "rev", "deleted", *_BOOKKEEPING)
        }
        cleaned = clean_fields(entity, fields, creating=False)
        row = {"id": record["id"], "rev": record["rev"], "deleted": bool(record.get("deleted"))}
        row.update({k: record[k] for k in _BOOKKEEPING if k in record})
        row.update(cleaned)
        if row["id"] in pending_ids:
            _refresh_base(conn, entity, row)
            continue
        rows.append(row)
        if row["deleted"]:
            remove_from_index(conn, entity, row["id"])
        else:
            live.append(row)
    for row in rows:
        statement = sqlite_insert(table).values(row)
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=[table.c.id],
                set_={k: statement.excluded[k] for k in row if k != "id"},
            )
        )
    index_documents(conn, search_documents(conn, entity, live))
    return len(rows)


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
