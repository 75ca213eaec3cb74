"""The records of a pull page: which visible changes come next, read once, in wire form.

A page is found in two steps, so no row is read only to be thrown away:

1. a **narrow scan**: for each table, the revs (only) of its first visible changes after the
   cursor, cut off as soon as ``limit + 1`` smaller ones are known from other tables; the
   ``limit``-th smallest rev overall is the page's last one;
2. the **rows**: those changes up to that rev, whole, by rev (each table's are known).

Visibility is applied in SQL (:func:`~sfa.server.visibility.visible_sql`) in the same
consistent read as the cursor's counter value and the scope.

Rows become plain dicts (``entity, id, rev, deleted, fields``) that the JSON encoder writes
as is: text, numbers, booleans and lists are already their wire form, decimals are read as
the canonical text they are stored as, and only dates and times go through
:func:`~sfa.domain.coerce.to_wire_value`.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, any_, bindparam, func, select, type_coerce
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection

from sfa.domain.coerce import to_wire_value
from sfa.domain.columns import DecimalText
from sfa.domain.fields import Kind, entity_fields
from sfa.domain.records import field_names
from sfa.server.tables import ENTITY_TABLES
from sfa.server.visibility import Viewer, visible_sql

WireChange = dict[str, Any]
"""``{"entity", "id", "rev", "deleted", "fields"}``, as the contract's ``changes`` items."""

_CONVERTED_KINDS = frozenset({Kind.DATE, Kind.DATETIME})
_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class _Plan:
    names: tuple[str, ...]
    columns: tuple[Any, ...]
    """``id, rev, deleted, *fields`` (decimals as their stored text)."""
    convert: tuple[int, ...]
    """Positions in ``fields`` needing :func:`to_wire_value` (dates and times)."""


@cache
def _plan(entity: str) -> _Plan:
    table: Any = ENTITY_TABLES[entity]
    names = field_names(entity)
    specs = entity_fields(entity)
    fields: list[Any] = []
    for name in names:
        column = getattr(table, name)
        if isinstance(column.type, DecimalText):
            column = type_coerce(column, String).label(name)  # "2900.00": the wire form
        fields.append(column)
    convert = tuple(i for i, name in enumerate(names) if specs[name].kind in _CONVERTED_KINDS)
    return _Plan(names, (table.id, table.rev, table.deleted, *fields), convert)


def _wire(entity: str, plan: _Plan, rows: Iterable[Sequence[Any]]) -> list[WireChange]:
    names, convert = plan.names, plan.convert
    changes: list[WireChange] = []
    append = changes.append
    for row in rows:
        values = row[3:]
        if convert:
            values = list(values)
            for index in convert:
                if values[index] is not None:
                    values[index] = to_wire_value(values[index])
        append(
            {
                "entity": entity,
                "id": row[0],
                "rev": row[1],
                "deleted": row[2],
                "fields": dict(zip(names, values, strict=True)),
            }
        )
    return changes


def page_changes(
    connection: Connection,
    viewer: Viewer,
    after: int,
    cap: int,
    limit: int,
    *,
    tombstones: bool,
) -> tuple[list[WireChange], bool]:
    """The first ``limit`` changes ``viewer`` sees with ``after < rev <= cap``, in rev order.

    ``has_more`` is true exactly when more such changes are left after the page.
    """
    visible = _visible_conditions(viewer, tombstones=tombstones)
    order = _densest_first(connection, after, cap, limit + 1)
    found, _ = _first_revs(connection, order, after, cap, limit + 1, visible)
    smallest = sorted(rev for revs in found.values() for rev in revs)[: limit + 1]
    if not smallest:
        return [], False
    has_more = len(smallest) > limit
    last = smallest[limit - 1] if has_more else smallest[-1]
    changes: list[WireChange] = []
    for entity, revs in found.items():
        # Every visible rev of this table up to ``last`` is in ``revs``: fetch exactly those.
        page_revs = revs[: bisect_right(revs, last)]
        if page_revs:
            changes += _fetch(connection, entity, ENTITY_TABLES[entity].rev, page_revs)
    changes.sort(key=_rev)
    return changes, has_more


def _visible_conditions(viewer: Viewer, *, tombstones: bool) -> dict[str, list[Any]]:
    conditions: dict[str, list[Any]] = {}
    for entity, table in ENTITY_TABLES.items():
        where = conditions[entity] = [] if tombstones else [~table.deleted]
        visible = visible_sql(viewer, entity, table)
        if visible is not None:
            where.append(visible)
    return conditions


def _densest_first(connection: Connection, after: int, cap: int, count: int) -> list[str]:
    """The tables whose ``count``-th change after ``after`` comes soonest first (one index
    probe each, no rows sent back): scanning them first narrows the others' scans most."""
    reach: dict[str, float] = {}
    for entity, table in ENTITY_TABLES.items():
        query = select(table.rev).where(table.rev > after, table.rev <= cap)
        rev = connection.execute(query.order_by(table.rev).offset(count - 1).limit(1)).scalar()
        reach[entity] = float("inf") if rev is None else rev
    return sorted(reach, key=reach.__getitem__)


def _first_revs(
    connection: Connection,
    order: Sequence[str],
    after: int,
    cap: int,
    count: int,
    where: dict[str, list[Any]],
) -> tuple[dict[str, Sequence[int]], int]:
    """The ``count`` smallest revs in ``(after, cap]`` of rows meeting ``where``, by table
    (a table's list may run past them), and the ``count``-th (``cap`` if fewer)."""
    found: dict[str, Sequence[int]] = {}
    smallest: list[int] = []
    bound = cap
    for entity, table in ENTITY_TABLES.items():
        query = select(table.rev).where(
            table.rev > after, table.rev <= bound, *where.get(entity, ())
        )
        revs = connection.execute(query.order_by(table.rev).limit(count)).scalars().all()
        if not revs:
            continue
        found[entity] = revs
        smallest = sorted([*smallest, *revs])[:count]
        if len(smallest) == count:
            bound = smallest[-1]
    return found, bound


def _rev(change: WireChange) -> int:
    rev: int = change["rev"]
    return rev


def records_by_id(connection: Connection, entity: str, ids: Sequence[str]) -> list[WireChange]:
    """The live records of ``entity`` with these ids, whole, in rev order."""
    changes = _fetch(connection, entity, ENTITY_TABLES[entity].id, ids, live=True)
    changes.sort(key=_rev)
    return changes


def _fetch(
    connection: Connection, entity: str, column: Any, keys: Sequence[Any], *, live: bool = False
) -> list[WireChange]:
    """The rows of ``entity`` whose ``column`` is one of ``keys``, in wire form."""
    table = ENTITY_TABLES[entity]
    plan = _plan(entity)
    changes: list[WireChange] = []
    for start in range(0, len(keys), _CHUNK):
        query = select(*plan.columns).where(
            _one_of(connection, column, keys[start : start + _CHUNK])
        )
        if live:
            query = query.where(~table.deleted)
        changes += _wire(entity, plan, connection.execute(query).all())
    return changes


def _one_of(connection: Connection, column: Any, keys: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN keys`` with the keys as one parameter (an array, a JSON list on SQLite).

    One parameter rather than one per key: the statement is compiled and prepared once
    instead of for every page.
    """
    condition: ColumnElement[bool]
    if connection.dialect.name == "postgresql":
        kind = Integer if isinstance(column.type, Integer) else column.type
        condition = column == any_(bindparam("keys", list(keys), type_=ARRAY(kind)))
    else:
        values = func.json_each(json.dumps(list(keys))).table_valued("value")
        condition = column.in_(select(values.c.value))
    return condition
