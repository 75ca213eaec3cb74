"""Sync client figures, against a real ``sfa-server serve`` on PostgreSQL (or ``--sqlite``).

1. First sync of a fresh laptop (accounts, their contacts and activities): seconds and
   records/s end to end, and in the same run the raw limit — the same JSON pages fetched with
   ``requests`` and inserted with ``sqlite3.executemany``, no logic — as a ratio
   (targets: ≤ 30 s for 100k accounts, ≥ 40 % of raw).
2. Delta sync after 1,000 remote changes and 100 local ones (target ≤ 1.5 s).
3. GUI responsiveness during a first sync: the longest gap of a 10 ms QTimer heartbeat on the
   GUI thread while sync runs in the background (target ≤ 100 ms).

    python bench/bench_sync.py [--accounts 100000] [--sqlite]
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_server_common import PASSWORD, add_db_arguments, bench_database, load, login, served
from machine import machine_speed

from sfa.demo import generate
from sfa.domain.records import field_names
from sfa.store import search_pinyin, writes
from sfa.store.store import LocalStore
from sfa.sync.engine import PULL_PAGE, SyncEngine, SyncProgress
from sfa.sync.transport import Transport

KEPT = {"user", "territory", "product", "account", "contact", "activity"}
USER = "manager"  # sees the whole team: every account, contact and activity
PAGE = PULL_PAGE  # the app's own page size, for the raw limit too


def company(accounts: int) -> Any:
    return (
        (entity, fields) for entity, fields in generate(accounts=accounts, seed=5) if entity in KEPT
    )


def laptop(
    folder: Path, name: str, base: str, username: str = USER
) -> tuple[LocalStore, SyncEngine]:
    store = LocalStore.open(folder / f"{name}.db")
    transport = Transport(base)
    transport.login(username, PASSWORD)
    return store, SyncEngine(store, transport, pull_page=PAGE)


def first_sync(folder: Path, base: str) -> tuple[float, int, LocalStore, SyncEngine]:
    store, engine = laptop(folder, "first", base)
    started = time.perf_counter()
    phases: dict[str, float] = {}

    def mark(progress: SyncProgress) -> None:
        phases.setdefault(progress.phase, time.perf_counter() - started)

    cpu = _cpu_seconds()
    report = engine.sync(mark)
    elapsed = time.perf_counter() - started
    stored = phases.get("index", elapsed)
    print(
        f"  of which: records received and stored {stored:.1f} s, "
        f"search documents and index built {elapsed - stored:.1f} s; "
        f"laptop CPU {_cpu_seconds() - cpu:.1f} s (search workers included)"
    )
    return elapsed, report.pulled, store, engine


def raw_limit(folder: Path, base: str) -> tuple[float, int]:
    """Fetch the same pages and insert them with executemany into the same schema."""
    LocalStore.open(folder / "raw.db").close()
    connection = sqlite3.connect(folder / "raw.db")
    session = requests.Session()
    login(session, base, USER)
    statements = {
        entity: f"INSERT OR REPLACE INTO {entity} (id, rev, deleted, {', '.join(field_names(entity))}) "
        f"VALUES ({', '.join('?' * (3 + len(field_names(entity))))})"
        for entity in KEPT
    }
    started = time.perf_counter()
    cpu = _cpu_seconds()
    cursor: str | None = None
    total = 0
    while True:
        params: dict[str, Any] = {"limit": PAGE, **({"cursor": cursor} if cursor else {})}
        page = session.get(f"{base}/api/v1/sync/pull", params=params, timeout=600).json()
        grouped: dict[str, list[tuple[Any, ...]]] = {}
        for change in page["changes"]:
            fields = change["fields"]
            values = [_plain(fields.get(name)) for name in field_names(change["entity"])]
            grouped.setdefault(change["entity"], []).append(
                (change["id"], change["rev"], 0, *values)
            )
        for entity, rows in grouped.items():
            connection.executemany(statements[entity], rows)
        connection.commit()
        total += len(page["changes"])
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    elapsed = time.perf_counter() - started
    print(f"  raw client CPU {_cpu_seconds() - cpu:.1f} s (parsing and inserting alone)")
    connection.close()
    return elapsed, total


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the search workers)."""
    usage = os.times()
    return usage.user + usage.system + usage.children_user + usage.children_system


def _plain(value: Any) -> Any:
    if isinstance(value, list | dict):
        import json

        return json.dumps(value, ensure_ascii=False)
    return int(value) if isinstance(value, bool) else value


def delta_sync(base: str, store: LocalStore, engine: SyncEngine) -> float:
    """1,000 changes by a colleague, 100 by this laptop, then one sync."""
    session = requests.Session()
    login(session, base, "admin")
    with store.reading() as conn:
        accounts = (
            conn.exec_driver_sql("SELECT id FROM account ORDER BY id LIMIT 1000").scalars().all()
        )
    mutations = [
        {
            "mutation_id": str(uuid.uuid4()),
            "entity": "activity",
            "id": str(uuid.uuid4()),
            "op": "upsert",
            "fields": {
                "account_id": account,
                "kind": "call",
                "subject": "电话回访",
                "occurred_at": "2026-11-20T02:00:00Z",
            },
        }
        for account in accounts
    ]
    for start in range(0, len(mutations), 500):
        body = {"client_id": "colleague", "mutations": mutations[start : start + 500]}
        session.post(f"{base}/api/v1/sync/push", json=body, timeout=600).raise_for_status()
    with store.transaction() as conn:
        for account in accounts[:100]:
            writes.update(conn, "account", account, {"notes": "下周回访"}, actor="bench")
    started = time.perf_counter()
    report = engine.sync()
    elapsed = time.perf_counter() - started
    print(
        f"delta sync: pushed {report.pushed}, pulled {report.pulled} in {elapsed:.2f} s (target <= 1.5 s)"
    )
    return elapsed


def gui_stall(folder: Path, base: str) -> float:
    """Longest GUI-thread stall while a first sync runs in the background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QTimer
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    search_pinyin.warm()  # as the app does at start-up, before any sync
    gc.freeze()
    store, engine = laptop(folder, "gui", base)
    tasks = TaskRunner()
    window = MainWindow(store, profile_label="bench", tasks=tasks)
    window.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    begun = time.perf_counter()
    when: list[float] = []

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        when.append(now - begun)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    done: list[object] = []
    tasks.run(engine.sync, done.append, done.append)
    heartbeat.start()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    heartbeat.stop()
    window.accounts_model.reload()
    store.close()
    if isinstance(done[0], Exception):
        raise done[0]
    worst = sorted(zip(gaps, when, strict=True), reverse=True)[:5]
    print("  worst gaps (ms @ s):", ", ".join(f"{g * 1000:.0f}@{t:.1f}" for g, t in worst))
    return max(gaps) * 1000 if gaps else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    add_db_arguments(parser)
    args = parser.parse_args()
    print(f"machine: a 10M-step Python loop takes {machine_speed():.2f} s")
    with bench_database(args) as url:
        load(url, company(args.accounts))
        with served(url, workers=2) as base, tempfile.TemporaryDirectory() as folder_name:
            folder = Path(folder_name)
            raw_seconds, raw_records = raw_limit(folder, base)
            seconds, records, store, engine = first_sync(folder, base)
            print(
                f"first sync: {records:,} records in {seconds:.1f} s = {records / seconds:,.0f} records/s (target <= 30 s)"
            )
            print(
                f"raw fetch + executemany: {raw_records:,} records in {raw_seconds:.1f} s = {raw_records / raw_seconds:,.0f} records/s"
            )
            print(f"sync / raw: {raw_seconds / seconds:.0%} (target >= 40%)")
            delta_sync(base, store, engine)
            store.close()
            stall = gui_stall(folder, base)
            print(
                f"GUI thread: longest stall during a first sync {stall:.0f} ms (target <= 100 ms)"
            )


if __name__ == "__main__":
    main()
