"""Shared pieces of the server benchmarks: a bench database, a served subprocess, loading.

Not a benchmark itself. The database is PostgreSQL (a database created for the run and
dropped after) or, with ``--sqlite``, a temporary file.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import psycopg
import requests
from sqlalchemy.engine import make_url

from sfa.server.bulk import load_records
from sfa.server.db import make_engine
from sfa.server.schema import upgrade

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PASSWORD = "demo-pass"


def add_db_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="SQLAlchemy URL of an empty database to use as is")
    parser.add_argument("--pg-admin", default=PG_ADMIN, help="where to create the bench db")
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite file")


def _pg(admin_url: str, sql: str) -> None:
    url = make_url(admin_url)
    with psycopg.connect(
        host=url.host,
        port=url.port or 5432,
        user=url.username,
        password=url.password,
        dbname=url.database,
        autocommit=True,
    ) as conn:
        conn.execute(sql)


@contextlib.contextmanager
def bench_database(args: argparse.Namespace) -> Iterator[str]:
    """A migrated, empty database for the run; dropped (or deleted) afterwards."""
    if args.db:
        url = args.db
        cleanup = None
    elif args.sqlite:
        folder = tempfile.mkdtemp(prefix="sfa-bench-")
        url = f"sqlite:///{folder}/server.db"
        cleanup = folder
    else:
        name = f"sfa_bench_{uuid.uuid4().hex[:10]}"
        _pg(args.pg_admin, f"CREATE DATABASE {name}")
        url = make_url(args.pg_admin).set(database=name).render_as_string(False)
        cleanup = name
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        if cleanup is None:
            pass
        elif args.db is None and args.sqlite:
            for path in Path(cleanup).iterdir():
                path.unlink()
            Path(cleanup).rmdir()
        else:
            _pg(args.pg_admin, f"DROP DATABASE IF EXISTS {cleanup} WITH (FORCE)")


def load(url: str, records: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, int]:
    engine = make_engine(url)
    try:
        started = time.perf_counter()
        counts = load_records(engine, records, password=PASSWORD)
        total = sum(counts.values())
        print(f"loaded {total:,} records in {time.perf_counter() - started:.1f} s: {counts}")
        # Planner statistics, as autovacuum would gather them on a live server soon after a
        # bulk load (without them PostgreSQL plans every table as nearly empty).
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        return counts
    finally:
        engine.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def served(url: str, workers: int = 1) -> Iterator[str]:
    """``sfa-server serve`` on a free port as a subprocess; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "sfa.server.cli", "serve", "--db", url, "--port", str(port)]
    command += ["--workers", str(workers), "--log-level", "warning"]
    process = subprocess.Popen(command, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError("the server exited")
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(f"{base}/healthz", timeout=5).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        time.sleep(0.5 if workers > 1 else 0)  # let every worker finish starting
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def login(session: requests.Session, base: str, username: str) -> None:
    response = session.post(
        f"{base}/api/v1/auth/login", json={"username": username, "password": PASSWORD}, timeout=60
    )
    response.raise_for_status()
    session.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
    session.headers["X-SFA-Protocol"] = "1"


def pull_all(session: requests.Session, base: str, limit: int) -> tuple[int, int]:
    """Follow the cursor from a snapshot to the end; returns (records, pages)."""
    cursor: str | None = None
    records = pages = 0
    while True:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        response = session.get(f"{base}/api/v1/sync/pull", params=params, timeout=600)
        response.raise_for_status()
        page = response.json()
        records += len(page["changes"])
        pages += 1
        cursor = page["cursor"]
        if not page["has_more"]:
            return records, pages


if __name__ == "__main__":
    sys.exit("this module holds helpers of the bench_server_* scripts")
