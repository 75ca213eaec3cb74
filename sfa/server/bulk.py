"""Fast loading of a generated company straight into the server tables (benchmarks, big demos).

:func:`load_records` writes what the normal write path would — one rev per record in
stream order, every field's rev, ``account_scope`` for account children, the territory the
rules give each account, the change counter, a credential per user — with bulk Core
inserts instead of one mutation at a time. It skips validation, references and audit: feed
it only trusted records (``sfa.demo.generate``'s pass ``clean_fields``) and an empty server.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Engine, select, update

from sfa.domain.columns import utcnow
from sfa.domain.records import field_names
from sfa.domain.territory import TerritoryRules, assign_territory
from sfa.server.auth import hash_password
from sfa.server.db import COUNTER_ID, lock_counter, write_session
from sfa.server.tables import ENTITY_TABLES, ChangeCounter, Credential, User
from sfa.server.territories import place
from sfa.server.visibility import ACCOUNT_CHILDREN

BATCH = 5000


class BulkLoadError(Exception):
    pass


def load_records(
    engine: Engine, records: Iterable[tuple[str, Mapping[str, Any]]], *, password: str
) -> dict[str, int]:
    """Insert ``records`` (``(entity, fields with id)``) into an empty server; count them."""
    password_hash = hash_password(password)
    counts: dict[str, int] = {}
    pending: dict[str, list[dict[str, Any]]] = {}
    rules: list[TerritoryRules] = []
    quote_scope: dict[str, str | None] = {}
    now = utcnow()
    with write_session(engine) as session:
        rev = lock_counter(session)
        if session.scalars(select(User.id).limit(1)).first() is not None:
            raise BulkLoadError("the database already has users: load into a new one")
        connection = session.connection()

        def flush(entity: str) -> None:
            rows = pending.pop(entity, [])
            if rows:
                connection.execute(ENTITY_TABLES[entity].__table__.insert(), rows)  # type: ignore[attr-defined]

        for entity, raw in records:
            rev += 1
            row = {name: raw[name] for name in field_names(entity) if name in raw}
            row.update(
                id=str(raw["id"]),
                rev=rev,
                deleted=False,
                created_at=now,
                updated_at=now,
                field_revs=dict.fromkeys(field_names(entity), rev),
            )
            if entity == "territory":
                rules.append(_rules(row))
            elif entity == "account":
                row["territory_id"] = assign_territory(place(row["id"], row), rules)
            if entity in ACCOUNT_CHILDREN:
                parent = {"quote_line": "quote_id", "order_line": "order_id"}.get(entity)
                scope = quote_scope.get(row.get(parent) or "") if parent else row.get("account_id")
                row["account_scope"] = scope
                if entity in ("quote", "order"):
                    quote_scope[row["id"]] = scope
            if entity == "user":
                session.add(Credential(user_id=row["id"], password_hash=password_hash))
            batch = pending.setdefault(entity, [])
            batch.append(_uniform(entity, row))
            if len(batch) >= BATCH:
                flush(entity)
            counts[entity] = counts.get(entity, 0) + 1
        for entity in list(pending):
            flush(entity)
        session.execute(
            update(ChangeCounter).where(ChangeCounter.id == COUNTER_ID).values(value=rev)
        )
    with engine.connect() as connection:
        # fresh statistics, or the planner takes the just-filled tables for empty ones
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    return counts


def _rules(row: Mapping[str, Any]) -> TerritoryRules:
    return TerritoryRules(
        id=row["id"],
        name=row["name"],
        provinces=tuple(row.get("provinces") or ()),
        cities=tuple(row.get("cities") or ()),
        industries=tuple(row.get("industries") or ()),
        named_account_ids=tuple(row.get("named_account_ids") or ()),
    )


def _uniform(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    """Every column present, so a batch is one executemany (defaults as the ORM would set)."""
    table = ENTITY_TABLES[entity].__table__  # type: ignore[attr-defined]
    for column in table.columns:
        if column.key not in row:
            default = column.default
            if default is None:
                row[column.key] = None
            elif default.is_callable:
                row[column.key] = default.arg(None)
            else:
                row[column.key] = default.arg
    return row
