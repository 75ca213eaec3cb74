"""Full snapshot pull of a big company, through a real ``sfa-server serve``, vs. plain SQL.

Loads ``sfa.demo.generate(accounts=N)`` (default 100,000 accounts: ~300,000 contacts,
~200,000 activities, ~1M records in all) with the bulk loader, then pulls the whole snapshot
as the manager (who sees every account) with a ``requests`` client, and compares with a
plain ``SELECT`` + JSON encode of the same rows. Target: the server at ≥ 50 % of the plain
path's records/s.

    .venv/bin/python bench/bench_server_pull.py [--accounts N] [--sqlite | --db URL [--loaded]]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import requests
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_server_common import add_db_arguments, bench_database, load, login, pull_all, served

from sfa.demo import generate
from sfa.domain.clean import to_wire
from sfa.domain.records import field_names
from sfa.server.db import make_engine
from sfa.server.tables import ENTITY_TABLES


def plain_select(url: str) -> tuple[int, float]:
    """SELECT every live record's columns and encode them as the wire's JSON; (rows, s)."""
    engine = make_engine(url)
    try:
        started = time.perf_counter()
        rows = 0
        with engine.connect() as connection:
            for entity, table in ENTITY_TABLES.items():
                names = field_names(entity)
                columns = [table.id, table.rev, table.deleted, *(getattr(table, n) for n in names)]
                query = select(*columns).where(~table.deleted).order_by(table.rev)
                result = connection.execution_options(yield_per=5000).execute(query)
                for chunk in result.partitions():
                    changes = [
                        {
                            "entity": entity,
                            "id": r[0],
                            "rev": r[1],
                            "deleted": r[2],
                            "fields": to_wire(entity, dict(zip(names, r[3:], strict=True))),
                        }
                        for r in chunk
                    ]
                    json.dumps(changes, ensure_ascii=False)
                    rows += len(changes)
        return rows, time.perf_counter() - started
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_db_arguments(parser)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--limit", type=int, default=5000, help="page size of the pulls")
    parser.add_argument("--user", default="manager")
    parser.add_argument(
        "--loaded", action="store_true", help="--db already holds the company: do not load"
    )
    args = parser.parse_args()
    with bench_database(args) as url:
        print(f"database: {url.split('@')[-1]}")
        if not args.loaded:
            load(url, generate(accounts=args.accounts, seed=7))
        with served(url) as base, requests.Session() as session:
            login(session, base, args.user)
            started = time.perf_counter()
            records, pages = pull_all(session, base, args.limit)
            server_s = time.perf_counter() - started
        rows, plain_s = plain_select(url)
    server_rate, plain_rate = records / server_s, rows / plain_s
    print(
        f"server pull: {records:,} records in {pages} pages, {server_s:.1f} s = {server_rate:,.0f} records/s"
    )
    print(f"plain SELECT + JSON: {rows:,} rows in {plain_s:.1f} s = {plain_rate:,.0f} rows/s")
    print(f"ratio: {server_rate / plain_rate:.0%} (target >= 50%)")


if __name__ == "__main__":
    main()
