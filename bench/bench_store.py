"""Local store write throughput: the store's own path versus raw ``sqlite3.executemany``.

The store path validates every row, writes the record, its outbox mutation and its search
document. The raw path inserts the same already-clean rows into the same table and nothing
else. Prints rows/s for both and their ratio (target: store ≥ 30 % of raw).

    python bench/bench_store.py [--accounts 100000]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from sfa.demo import generate
from sfa.domain.coerce import to_wire_value
from sfa.domain.fields import entity_fields
from sfa.store import writes
from sfa.store.store import LocalStore
from sfa.store.writes import column_defaults

BATCH = 5_000
ACTOR = "bench-user"


def demo_rows(accounts: int) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {"account": [], "contact": []}
    for entity, fields in generate(accounts=accounts, seed=11):
        if entity in rows:
            rows[entity].append(fields)
    return rows


def through_store(path: Path, rows: dict[str, list[dict[str, Any]]]) -> float:
    store = LocalStore.open(path)
    started = time.perf_counter()
    for entity in ("account", "contact"):
        data = rows[entity]
        for start in range(0, len(data), BATCH):
            with store.transaction() as conn:
                writes.create_many(conn, entity, data[start : start + BATCH], actor=ACTOR)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed


def through_raw_sqlite(path: Path, rows: dict[str, list[dict[str, Any]]]) -> float:
    LocalStore.open(path).close()  # same schema, created by the migrations
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    prepared = {}
    for entity, data in rows.items():
        defaults = column_defaults(entity)
        columns = ["id", "rev", "deleted", *entity_fields(entity)]
        values = [
            (row["id"], 0, 0, *[_plain(row.get(c, defaults.get(c))) for c in columns[3:]])
            for row in data
        ]
        prepared[entity] = (columns, values)
    started = time.perf_counter()
    for entity, (columns, values) in prepared.items():
        sql = (
            f"INSERT INTO {entity} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )
        for start in range(0, len(values), BATCH):
            connection.executemany(sql, values[start : start + BATCH])
            connection.commit()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _plain(value: Any) -> Any:
    wire = to_wire_value(value)
    return int(wire) if isinstance(wire, bool) else wire


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    args = parser.parse_args()
    rows = demo_rows(args.accounts)
    total = sum(len(v) for v in rows.values())
    print(f"rows: {len(rows['account'])} accounts + {len(rows['contact'])} contacts = {total}")
    with tempfile.TemporaryDirectory() as folder:
        raw = through_raw_sqlite(Path(folder) / "raw.db", rows)
        store = through_store(Path(folder) / "store.db", rows)
    print(f"raw sqlite3.executemany: {total / raw:,.0f} rows/s ({raw:.1f} s)")
    print(f"store write path:        {total / store:,.0f} rows/s ({store:.1f} s)")
    print(f"store / raw:             {raw / store:.1%} (target >= 30%)")


if __name__ == "__main__":
    main()
