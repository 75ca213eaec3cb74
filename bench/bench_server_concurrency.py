"""100 reps syncing at once against ``sfa-server serve --workers 2`` (PostgreSQL by default).

Each rep has a territory naming their own accounts. All reps log in first; then, released
together, each pushes 20 changes (new contacts on their accounts) and pulls until done (a
full snapshot of what they see). Reports p50/p95 of one rep's sync, errors and throughput.

    .venv/bin/python bench/bench_server_concurrency.py [--reps N] [--sqlite | --db URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_server_common import (
    add_db_arguments,
    bench_database,
    load,
    login,
    pull_all,
    served,
)

from sfa.demo import generate


def company(accounts: int, reps: int, per_rep: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """The demo company plus ``reps`` reps, each with a territory naming ``per_rep`` accounts."""
    records = list(generate(accounts=accounts, seed=7))
    manager = next(f["id"] for e, f in records if e == "user" and f["username"] == "manager")
    account_ids = [f["id"] for e, f in records if e == "account"]
    first_territory = next(i for i, (e, _) in enumerate(records) if e == "territory")
    extra: list[tuple[str, dict[str, Any]]] = []
    for n in range(reps):
        rep = str(uuid.uuid4())
        extra.append(
            (
                "user",
                {
                    "id": rep,
                    "username": f"bench{n:03d}",
                    "role": "rep",
                    "manager_id": manager,
                    "display_name": f"Bench rep {n}",
                },
            )
        )
        named = account_ids[n * per_rep : (n + 1) * per_rep]
        extra.append(
            (
                "territory",
                {
                    "id": str(uuid.uuid4()),
                    "name": f"Bench {n:03d}",
                    "rep_ids": [rep],
                    "named_account_ids": named,
                },
            )
        )
    # users first, territories before any account (the loader derives territories in order)
    yield from records[:first_territory]
    yield from (r for r in extra if r[0] == "user")
    yield from (r for r in extra if r[0] == "territory")
    yield from records[first_territory:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_db_arguments(parser)
    parser.add_argument("--reps", type=int, default=100)
    parser.add_argument("--accounts", type=int, default=3000)
    parser.add_argument("--per-rep", type=int, default=20, help="accounts in each rep's territory")
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with bench_database(args) as url:
        print(f"database: {url.split('@')[-1]}")
        load(url, company(args.accounts, args.reps, args.per_rep))
        with served(url, workers=args.workers) as base:
            sessions = []
            for n in range(args.reps):
                session = requests.Session()
                login(session, base, f"bench{n:03d}")
                sessions.append(session)
            latencies: list[float] = []
            errors: list[str] = []
            records = [0]
            lock = threading.Lock()
            barrier = threading.Barrier(args.reps + 1)

            def sync(session: requests.Session) -> None:
                try:
                    mine = session.get(
                        f"{base}/api/v1/sync/pull", params={"limit": 5000}, timeout=60
                    )
                    accounts = [c["id"] for c in mine.json()["changes"] if c["entity"] == "account"]
                    mutations = [
                        {
                            "mutation_id": str(uuid.uuid4()),
                            "entity": "contact",
                            "id": str(uuid.uuid4()),
                            "op": "upsert",
                            "fields": {"account_id": accounts[i % len(accounts)], "name": f"C{i}"},
                        }
                        for i in range(args.changes)
                    ]
                    barrier.wait()
                    started = time.perf_counter()
                    response = session.post(
                        f"{base}/api/v1/sync/push",
                        json={"client_id": str(uuid.uuid4()), "mutations": mutations},
                        timeout=120,
                    )
                    response.raise_for_status()
                    bad = [r for r in response.json()["results"] if r["status"] != "applied"]
                    pulled, _ = pull_all(session, base, 500)
                    elapsed = time.perf_counter() - started
                    with lock:
                        latencies.append(elapsed)
                        records[0] += pulled
                        if bad:
                            errors.append(f"{len(bad)} not applied: {bad[0]}")
                except Exception as exc:  # a benchmark counts every failure
                    with lock:
                        errors.append(repr(exc))
                    if barrier.n_waiting and not barrier.broken:
                        barrier.abort()

            threads = [threading.Thread(target=sync, args=(s,)) for s in sessions]
            for thread in threads:
                thread.start()
            barrier.wait()
            started = time.perf_counter()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - started
            for session in sessions:
                session.close()
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)] if latencies else float("nan")
    print(f"{args.reps} reps x (push {args.changes} + pull to the end), {args.workers} workers")
    print(
        f"latency per rep sync: p50 {statistics.median(latencies) * 1000:,.0f} ms, "
        f"p95 {p95 * 1000:,.0f} ms, max {latencies[-1] * 1000:,.0f} ms"
    )
    print(f"errors: {len(errors)} (target 0){': ' + errors[0] if errors else ''}")
    print(
        f"throughput: {len(latencies) / wall:.1f} syncs/s, "
        f"{len(latencies) * args.changes / wall:,.0f} mutations/s, {records[0] / wall:,.0f} records pulled/s "
        f"(all done in {wall:.1f} s)"
    )


if __name__ == "__main__":
    main()
