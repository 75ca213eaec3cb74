"""Fixtures of the server suite: every test runs on SQLite and on PostgreSQL.

One migrated template database per run and backend; each test gets a fresh copy (a file
copy on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL), so tests never see each
other's data and two runs on one PostgreSQL never collide (random database names, dropped
at the end). PostgreSQL tests skip only when no server answers.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from sfa.server.app import create_app
from sfa.server.db import make_engine, write_session
from sfa.server.schema import upgrade
from sfa.server.settings import Settings
from sfa.server.users import add_user

PASSWORD = "good-password"
PG_CANDIDATES = (
    os.environ.get("SFA_TEST_PG_URL", ""),
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://root@127.0.0.1:5432/test",
)


def _pg_admin_url() -> str | None:
    for url in filter(None, PG_CANDIDATES):
        parsed = make_url(url)
        try:
            with psycopg.connect(
                host=parsed.host,
                port=parsed.port or 5432,
                user=parsed.username,
                password=parsed.password,
                dbname=parsed.database,
                connect_timeout=3,
            ):
                return url
        except psycopg.OperationalError:
            continue
    return None


def _pg_exec(admin_url: str, sql: str) -> None:
    parsed = make_url(admin_url)
    with psycopg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        dbname=parsed.database,
        autocommit=True,
    ) as conn:
        conn.execute(sql)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "server.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[tuple[str, str]]:
    admin_url = _pg_admin_url()
    if admin_url is None:
        pytest.skip("no PostgreSQL server answers at 127.0.0.1:5432")
    name = f"sfa_tmpl_{uuid.uuid4().hex[:12]}"
    _pg_exec(admin_url, f"CREATE DATABASE {name}")
    try:
        engine = make_engine(make_url(admin_url).set(database=name).render_as_string(False))
        upgrade(engine)
        engine.dispose()
        yield admin_url, name
    finally:
        _pg_exec(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A freshly migrated, empty database of each backend."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "server.db"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    admin_url, template_name = request.getfixturevalue("pg_template")
    name = f"sfa_test_{uuid.uuid4().hex[:12]}"
    _pg_exec(admin_url, f"CREATE DATABASE {name} TEMPLATE {template_name}")
    try:
        yield make_url(admin_url).set(database=name).render_as_string(False)
    finally:
        _pg_exec(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@dataclass
class Api:
    """A test client plus the calls most tests make."""

    client: TestClient
    engine: Engine
    users: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    def login(self, username: str, password: str = PASSWORD) -> str:
        response = self.client.post(
            "/api/v1/auth/login", json={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        self.tokens[username] = token
        return token

    def headers(self, username: str) -> dict[str, str]:
        token = self.tokens.get(username) or self.login(username)
        return {"Authorization": f"Bearer {token}"}

    def push(
        self, username: str, *mutations: dict[str, Any], client_id: str = "laptop-1"
    ) -> list[dict[str, Any]]:
        body = {"client_id": client_id, "mutations": list(mutations)}
        response = self.client.post("/api/v1/sync/push", json=body, headers=self.headers(username))
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull(
        self, username: str, cursor: str | None = None, limit: int | None = None
    ) -> dict[str, Any]:
        params: dict[str, Any] = {}
        if cursor is not None:
            params["cursor"] = cursor
        if limit is not None:
            params["limit"] = limit
        response = self.client.get(
            "/api/v1/sync/pull", params=params, headers=self.headers(username)
        )
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page

    def pull_all(self, username: str, cursor: str | None = None) -> tuple[dict[str, Any], str]:
        """Follow the cursor to the end; returns {(entity, id): change} and the last cursor."""
        records: dict[str, Any] = {"changes": {}, "revoked": set()}
        while True:
            page = self.pull(username, cursor)
            for change in page["changes"]:
                records["changes"][(change["entity"], change["id"])] = change
            records["revoked"] |= {(ref["entity"], ref["id"]) for ref in page["revoked"]}
            cursor = page["cursor"]
            if not page["has_more"]:
                assert cursor is not None
                return records, cursor


def mutation(
    entity: str,
    record_id: str,
    fields: dict[str, Any] | None = None,
    *,
    op: str = "upsert",
    base_rev: int | None = None,
    mutation_id: str | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "mutation_id": mutation_id or str(uuid.uuid4()),
        "entity": entity,
        "id": record_id,
        "op": op,
        "fields": fields or {},
    }
    if base_rev is not None:
        body["base_rev"] = base_rev
    return body


def new_id() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url)


@pytest.fixture
def api(engine: Engine, settings: Settings) -> Iterator[Api]:
    """A server with admin, manager, rep1, rep2 (team of manager) and rep3 (manager2's)."""
    users: dict[str, str] = {}
    with write_session(engine) as session:
        users["admin"] = add_user(session, username="admin", role="admin", password=PASSWORD)
        users["manager"] = add_user(session, username="manager", role="manager", password=PASSWORD)
        users["manager2"] = add_user(
            session, username="manager2", role="manager", password=PASSWORD
        )
        for rep, boss in (("rep1", "manager"), ("rep2", "manager"), ("rep3", "manager2")):
            users[rep] = add_user(
                session, username=rep, role="rep", password=PASSWORD, manager=boss
            )
    with TestClient(create_app(settings)) as client:
        yield Api(client, engine, users)


@dataclass
class World:
    """Two territories (South: rep1+rep2 by province 广东; East: rep3 by 上海), one account
    in each, a product."""

    south: str
    east: str
    south_account: str
    east_account: str
    product: str


@pytest.fixture
def world(api: Api) -> World:
    ids = World(new_id(), new_id(), new_id(), new_id(), new_id())
    u = api.users
    results = api.push(
        "admin",
        mutation(
            "territory",
            ids.south,
            {"name": "South", "provinces": ["广东"], "rep_ids": [u["rep1"], u["rep2"]]},
        ),
        mutation(
            "territory", ids.east, {"name": "East", "provinces": ["上海"], "rep_ids": [u["rep3"]]}
        ),
        mutation(
            "product", ids.product, {"sku": "P-1", "name": "Printer", "list_price": "2900.00"}
        ),
        mutation(
            "account",
            ids.south_account,
            {
                "name": "Canton Trading",
                "province": "广东",
                "city": "广州",
                "owner_id": u["manager"],
            },
        ),
        mutation(
            "account",
            ids.east_account,
            {"name": "Shanghai Steel", "province": "上海", "owner_id": u["manager2"]},
        ),
    )
    assert [r["status"] for r in results] == ["applied"] * 5, results
    return ids


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many PostgreSQL tests ran, so a silently skipped backend is seen."""
    counts: dict[str, int] = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            if "postgres" in getattr(report, "keywords", {}) and report.when in ("call", "setup"):
                if outcome == "passed" and report.when != "call":
                    continue
                counts[outcome] = counts.get(outcome, 0) + 1
    if counts:
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
        terminalreporter.write_line(f"PostgreSQL tests: {summary}")
