"""``sfa-server serve --workers 2``: two processes on one database behave as one server.

The server runs as a real subprocess. Each client connection is traced to the worker process
that accepted it (through ``/proc``), so every check below provably crosses processes:
login throttling counts, stored push results and pull cursors live in the database, not in
a worker's memory. Linux only (``/proc``); on PostgreSQL and on an on-disk SQLite file.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from sfa.server.db import make_engine, write_session
from sfa.server.tables import AuditEntry
from sfa.server.users import add_user
from tests.server.conftest import PASSWORD, _pg_exec, mutation, new_id

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")

WORKERS = 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    def workers(self) -> set[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        pids = {int(pid) for pid in children.read_text().split()}
        # uvicorn spawns its workers with multiprocessing (not its resource tracker)
        return {pid for pid in pids if b"spawn_main" in _cmdline(pid)}

    def worker_of(self, conn: http.client.HTTPConnection) -> int:
        """The pid of the worker holding the server end of ``conn`` (after a response)."""
        assert conn.sock is not None
        client_port = conn.sock.getsockname()[1]
        inodes = set()
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            local, remote, inode = fields[1], fields[2], fields[9]
            if int(local.split(":")[1], 16) == self.port and int(remote.split(":")[1], 16) == (
                client_port
            ):
                inodes.add(f"socket:[{inode}]")
        for pid in self.workers():
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    if os.readlink(fd) in inodes:
                        return pid
                except OSError:
                    continue
        raise AssertionError(f"no worker holds the connection from port {client_port}")


@pytest.fixture(
    scope="module", params=[pytest.param("postgres", marks=pytest.mark.postgres), "sqlite"]
)
def served_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A fresh database (from conftest's templates) shared by this module's tests."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("workers") / "server.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    admin_url, template_name = request.getfixturevalue("pg_template")
    name = f"sfa_workers_{uuid.uuid4().hex[:12]}"
    _pg_exec(admin_url, f"CREATE DATABASE {name} TEMPLATE {template_name}")
    try:
        yield make_url(admin_url).set(database=name).render_as_string(False)
    finally:
        _pg_exec(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def engine(served_db: str) -> Iterator[Engine]:
    engine = make_engine(served_db)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def server(
    engine: Engine, served_db: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """One ``serve --workers 2`` process per backend for the module; always killed after."""
    with write_session(engine) as session:
        add_user(session, username="admin", role="admin", password=PASSWORD)
        add_user(session, username="manager", role="manager", password=PASSWORD)
        add_user(session, username="rep1", role="rep", password=PASSWORD, manager="manager")
        add_user(session, username="rep9", role="rep", password=PASSWORD, manager="manager")
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    command = [sys.executable, "-m", "sfa.server.cli", "serve", "--db", served_db]
    command += ["--workers", str(WORKERS), "--port", str(port), "--log-level", "warning"]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Server(process, port, log)
    try:
        _wait_ready(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _wait_ready(server: Server) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"the server exited:\n{server.log.read_text()}")
        conn = _connect(server.port)
        try:
            status, _, _ = _call(conn, "GET", "/healthz")
            if status == 200 and len(server.workers()) == WORKERS:
                return
        except OSError:
            pass
        finally:
            conn.close()
        time.sleep(0.1)
    pytest.fail(f"the server did not answer /healthz in time:\n{server.log.read_text()}")


def _connect(port: int) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", port, timeout=15)


def _call(
    conn: http.client.HTTPConnection,
    method: str,
    path: str,
    body: Any = None,
    token: str | None = None,
) -> tuple[int, http.client.HTTPMessage, Any]:
    headers = {"X-SFA-Protocol": "1"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    payload = None
    if body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=payload, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, response.headers, json.loads(data) if data else None


@pytest.fixture
def conns(server: Server) -> Iterator[list[http.client.HTTPConnection]]:
    """One keep-alive connection to each worker process."""
    connections = _one_connection_per_worker(server)
    yield connections
    for conn in connections:
        conn.close()


def _one_connection_per_worker(server: Server) -> list[http.client.HTTPConnection]:
    """Open connections until each worker holds one; return one per worker."""
    found: dict[int, http.client.HTTPConnection] = {}
    for _attempt in range(200):
        conn = _connect(server.port)
        assert _call(conn, "GET", "/healthz")[0] == 200
        pid = server.worker_of(conn)
        if pid in found:
            conn.close()
        else:
            found[pid] = conn
        if len(found) == WORKERS:
            return list(found.values())
    raise AssertionError("the connections never reached every worker")


def _login(conn: http.client.HTTPConnection, username: str, password: str = PASSWORD) -> Any:
    return _call(conn, "POST", "/api/v1/auth/login", {"username": username, "password": password})


def _token(conn: http.client.HTTPConnection, username: str) -> str:
    status, _, body = _login(conn, username)
    assert status == 200, body
    token: str = body["access_token"]
    return token


def test_login_throttling_is_counted_across_workers(
    conns: list[http.client.HTTPConnection],
) -> None:
    a, b = conns
    statuses = [_login((a, b)[i % 2], "rep9", "wrong-password")[0] for i in range(11)]
    assert statuses == [401] * 10 + [429]
    for conn in (a, b):
        status, headers, body = _login(conn, "rep9")  # the right password, still throttled
        assert status == 429, body
        assert body["error"]["code"] == "rate_limited"
        assert int(headers["Retry-After"]) > 0


def test_a_push_retried_on_another_worker_returns_the_stored_results(
    conns: list[http.client.HTTPConnection], engine: Engine
) -> None:
    a, b = conns
    token = _token(a, "admin")
    account = new_id()
    batch = {
        "client_id": "laptop-1",
        "mutations": [
            mutation("account", account, {"name": "Canton Trading", "province": "广东"}),
            mutation("contact", new_id(), {"account_id": account, "name": "Li Wei"}),
            # based on rev 0: the phone (set empty at creation) changed since: a conflict
            mutation("account", account, {"phone": "+8613800138000"}, base_rev=0),
        ],
    }
    first = _call(a, "POST", "/api/v1/sync/push", batch, token)
    second = _call(b, "POST", "/api/v1/sync/push", batch, token)
    assert first[0] == second[0] == 200, (first, second)
    assert first[2] == second[2]
    assert [r["status"] for r in first[2]["results"]] == ["applied", "applied", "conflict"]
    ids = [m["mutation_id"] for m in batch["mutations"]]
    with engine.connect() as connection:
        applied = connection.execute(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.mutation_id.in_(ids))
        ).scalar_one()
    assert applied == 2  # one effect: the retry wrote nothing


def test_a_pull_cursor_from_one_worker_is_followed_on_the_other(
    conns: list[http.client.HTTPConnection],
) -> None:
    a, b = conns
    admin = _token(a, "admin")
    _, _, rep_login = _login(b, "rep1")
    rep, rep_id = rep_login["access_token"], rep_login["user"]["id"]
    territory = new_id()
    mutations = [
        mutation(
            "territory", territory, {"name": "South", "provinces": ["广东"], "rep_ids": [rep_id]}
        )
    ]
    mutations += [
        mutation("account", new_id(), {"name": f"Account {i}", "province": "广东"})
        for i in range(30)
    ]
    status, _, body = _call(
        a, "POST", "/api/v1/sync/push", {"client_id": "x", "mutations": mutations}, admin
    )
    assert status == 200 and {r["status"] for r in body["results"]} == {"applied"}, body

    _, _, whole = _call(a, "GET", "/api/v1/sync/pull?limit=1000", token=rep)
    assert not whole["has_more"]
    expected = [(c["entity"], c["id"], c["rev"]) for c in whole["changes"]]
    assert len(expected) >= 32  # the territory, 30 accounts, the rep (and their manager)

    seen: list[tuple[str, str, int]] = []
    cursor: str | None = None
    pages = 0
    while True:
        conn = (a, b)[pages % 2]
        query = "limit=7" + (f"&cursor={cursor}" if cursor else "")
        status, _, page = _call(conn, "GET", f"/api/v1/sync/pull?{query}", token=rep)
        assert status == 200, page
        assert not page["reset"]
        seen += [(c["entity"], c["id"], c["rev"]) for c in page["changes"]]
        cursor, pages = page["cursor"], pages + 1
        if not page["has_more"]:
            break
    assert pages >= 5
    assert len(seen) == len(set(seen))  # no duplicate
    assert sorted(seen) == sorted(expected)  # nothing skipped
    assert [rev for _, _, rev in seen] == sorted(rev for _, _, rev in seen)
    _, _, after = _call(b, "GET", f"/api/v1/sync/pull?cursor={cursor}", token=rep)
    assert after["changes"] == [] and not after["has_more"] and not after["reset"]
    assert territory in {record_id for _, record_id, _ in seen}
