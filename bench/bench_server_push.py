"""Push throughput: 10,000 mutations in batches of 500 through a real ``sfa-server serve``.

A small demo company is bulk-loaded; rep1 then pushes new contacts on the accounts they see
(every mutation is validated, permission-checked, merged, given a rev and audited).

    .venv/bin/python bench/bench_server_push.py [--mutations N] [--batch N] [--sqlite | --db URL]
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_server_common import add_db_arguments, bench_database, load, login, served

from sfa.demo import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_db_arguments(parser)
    parser.add_argument("--mutations", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--accounts", type=int, default=500)
    args = parser.parse_args()
    with bench_database(args) as url:
        print(f"database: {url.split('@')[-1]}")
        load(url, generate(accounts=args.accounts, seed=7))
        with served(url) as base, requests.Session() as session:
            login(session, base, "rep1")
            snapshot = session.get(f"{base}/api/v1/sync/pull", params={"limit": 5000}, timeout=60)
            accounts = [c["id"] for c in snapshot.json()["changes"] if c["entity"] == "account"]
            mutations = [
                {
                    "mutation_id": str(uuid.uuid4()),
                    "entity": "contact",
                    "id": str(uuid.uuid4()),
                    "op": "upsert",
                    "fields": {
                        "account_id": accounts[i % len(accounts)],
                        "name": f"Bench Contact {i}",
                        "phone": "+8613800138000",
                        "title": "采购经理",
                    },
                }
                for i in range(args.mutations)
            ]
            statuses: dict[str, int] = {}
            started = time.perf_counter()
            for start in range(0, len(mutations), args.batch):
                body = {"client_id": "bench", "mutations": mutations[start : start + args.batch]}
                response = session.post(f"{base}/api/v1/sync/push", json=body, timeout=600)
                response.raise_for_status()
                for result in response.json()["results"]:
                    statuses[result["status"]] = statuses.get(result["status"], 0) + 1
            elapsed = time.perf_counter() - started
    batches = -(-args.mutations // args.batch)
    print(
        f"push: {args.mutations:,} mutations in {batches} batches of {args.batch}: "
        f"{elapsed:.1f} s = {args.mutations / elapsed:,.0f} mutations/s "
        f"({elapsed / batches * 1000:.0f} ms per batch); results {statuses}"
    )


if __name__ == "__main__":
    main()
