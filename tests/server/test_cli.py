"""The sfa-server command line: init, user add, demo (with a stand-in generator)."""

from __future__ import annotations

import io
import sys
import types
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from sfa.server.app import create_app
from sfa.server.cli import main
from sfa.server.db import make_engine
from sfa.server.schema import alembic_config
from sfa.server.settings import Settings
from sfa.server.tables import Account, User


def test_init_is_idempotent_and_matches_the_models(db_url: str) -> None:
    assert main(["init", "--db", db_url]) == 0
    assert main(["init", "--db", db_url]) == 0
    engine = make_engine(db_url)
    config = alembic_config(db_url)
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.check(config)  # the migrations produce exactly the tables in tables.py
    engine.dispose()


def test_user_add_reads_the_password_from_stdin(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("boss-password\n"))
    assert (
        main(
            [
                "user",
                "add",
                "--db",
                db_url,
                "--username",
                "boss",
                "--role",
                "manager",
                "--password-stdin",
            ]
        )
        == 0
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("rep-password\n"))
    assert (
        main(
            [
                "user",
                "add",
                "--db",
                db_url,
                "--username",
                "ann",
                "--role",
                "rep",
                "--manager",
                "boss",
                "--password-stdin",
            ]
        )
        == 0
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("rep-password\n"))
    assert (
        main(
            [
                "user",
                "add",
                "--db",
                db_url,
                "--username",
                "ann",
                "--role",
                "rep",
                "--password-stdin",
            ]
        )
        == 1
    )
    assert "already exists" in capsys.readouterr().err
    with TestClient(create_app(Settings(database_url=db_url))) as client:
        login = client.post(
            "/api/v1/auth/login", json={"username": "ann", "password": "rep-password"}
        )
    assert login.status_code == 200
    assert login.json()["user"]["role"] == "rep"


def _fake_generate(accounts: int, seed: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """Stands in for sfa.demo.generate (same interface) until it lands."""
    ns = uuid.UUID(int=seed)
    ids = {
        name: str(uuid.uuid5(ns, name))
        for name in ("admin", "manager", "rep1", "rep2", "rep3", "south", "east", "p1")
    }
    yield "user", {"id": ids["admin"], "username": "admin", "role": "admin"}
    yield "user", {"id": ids["manager"], "username": "manager", "role": "manager"}
    for rep in ("rep1", "rep2", "rep3"):
        yield "user", {"id": ids[rep], "username": rep, "role": "rep", "manager_id": ids["manager"]}
    yield (
        "territory",
        {
            "id": ids["south"],
            "name": "South",
            "provinces": ["广东"],
            "rep_ids": [ids["rep1"], ids["rep2"]],
        },
    )
    yield (
        "territory",
        {"id": ids["east"], "name": "East", "provinces": ["上海"], "rep_ids": [ids["rep3"]]},
    )
    yield (
        "product",
        {"id": ids["p1"], "sku": "P-1", "name": "Printer", "list_price": Decimal("2900.00")},
    )
    for n in range(accounts):
        south = n % 2 == 0
        yield (
            "account",
            {
                "id": str(uuid.uuid5(ns, f"account{n}")),
                "name": f"Company {n}",
                "province": "广东" if south else "上海",
                # One account the rules would not place: the loader names it in its territory.
                "territory_id": ids["east"] if n == 1 or not south else ids["south"],
            },
        )


def test_demo_loads_through_the_write_path(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("sfa.demo")
    fake.generate = _fake_generate  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sfa.demo", fake)
    assert main(["demo", "--db", db_url, "--accounts", "6"]) == 0
    assert main(["demo", "--db", db_url, "--accounts", "6"]) == 1  # not into a used database
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(User)).scalar_one() == 5
        assert conn.execute(select(func.count()).select_from(Account)).scalar_one() == 6
    engine.dispose()
    with TestClient(create_app(Settings(database_url=db_url))) as client:
        tokens = {}
        for name in ("rep1", "rep2", "rep3"):
            response = client.post(
                "/api/v1/auth/login", json={"username": name, "password": "demo-pass"}
            )
            assert response.status_code == 200
            tokens[name] = response.json()["access_token"]
        seen = {}
        for name, token in tokens.items():
            page = client.get("/api/v1/sync/pull", headers={"Authorization": f"Bearer {token}"})
            seen[name] = {c["id"] for c in page.json()["changes"] if c["entity"] == "account"}
    assert seen["rep1"] == seen["rep2"] and len(seen["rep1"]) == 3
    assert len(seen["rep3"]) == 3 and not seen["rep1"] & seen["rep3"]
