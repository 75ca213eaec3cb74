"""A model test of sync: laptops make random offline edits and sync in random order through
injected faults; at quiescence every laptop equals the server's view, no acknowledged edit
is lost without being shown to its author, and nothing exists twice.

Faults: a request lost before reaching the server, a response lost after the server
committed, a batch delivered twice, and laptop clocks off by days.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from sfa.server.app import create_app
from sfa.server.db import make_engine, write_session
from sfa.server.schema import upgrade
from sfa.server.settings import Settings
from sfa.server.users import add_user
from sfa.store import outbox, writes
from sfa.store.conflicts import open_conflicts
from sfa.store.database import open_database
from sfa.store.store import LocalStore
from sfa.store.tables import Contact
from sfa.sync.engine import SyncEngine
from sfa.sync.transport import Offline, Transport

PASSWORD = "model-pass"
REPS = ("rep1", "rep2")
FAULTS = ("none", "request_lost", "response_lost", "duplicate")
TITLES = ("经理", "总监", "主管", "专员")

_TEMPLATES: dict[str, Path] = {}


def _templates() -> dict[str, Path]:
    if not _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="sfa-model-"))
        server = folder / "server.db"
        engine = make_engine(f"sqlite:///{server}")
        upgrade(engine)
        with write_session(engine) as session:
            add_user(session, username="admin", role="admin", password=PASSWORD)
            add_user(session, username="manager", role="manager", password=PASSWORD)
            for rep in REPS:
                add_user(session, username=rep, role="rep", password=PASSWORD, manager="manager")
        engine.dispose()
        laptop = folder / "laptop.db"
        open_database(laptop).dispose()
        _TEMPLATES.update(server=server, laptop=laptop)
    return _TEMPLATES


class FaultySession:
    """Wraps the in-process client; the next request suffers the chosen fault once."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.fault = "none"
        self.verify: bool | str = True

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        fault, self.fault = self.fault, "none"
        kwargs.pop("timeout", None)  # the in-process client has no network to time out on
        if fault == "request_lost":
            raise requests.ConnectionError("request lost")
        response = self.client.request(method, url, **kwargs)
        if fault == "response_lost":
            raise requests.ConnectionError("response lost after the server committed")
        if fault == "duplicate" and url.endswith("/sync/push"):
            response = self.client.request(method, url, **kwargs)
        return response


class Laptop:
    def __init__(self, name: str, folder: Path, client: TestClient) -> None:
        path = folder / f"{name}.db"
        shutil.copy2(_templates()["laptop"], path)
        self.name = name
        self.store = LocalStore.open(path)
        self.link = FaultySession(client)
        transport = Transport("http://testserver", session=self.link, retry_delays=())  # type: ignore[arg-type]
        transport.login(name, PASSWORD)
        self.engine = SyncEngine(self.store, transport, push_batch=3, pull_page=4)
        self.clock_skew = timedelta(0)
        self.last_write: dict[tuple[str, str], Any] = {}
        self.written: set[tuple[str, str]] = set()
        self.created: set[str] = set()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.clock_skew

    def contacts(self, *, live: bool = True) -> dict[str, dict[str, Any]]:
        table = Contact.__table__
        with self.store.reading() as conn:
            rows = conn.execute(select(table)).mappings().all()
        return {r["id"]: dict(r) for r in rows if not (live and r["deleted"])}


class SyncModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sfa-model-run-"))
        server = self.folder / "server.db"
        shutil.copy2(_templates()["server"], server)
        self.client = TestClient(create_app(Settings(database_url=f"sqlite:///{server}")))
        self.client.__enter__()
        self.account = str(uuid.uuid4())
        self._admin_push(
            {
                "entity": "territory",
                "id": str(uuid.uuid4()),
                "fields": {"name": "South", "provinces": ["广东"], "rep_ids": self._user_ids(REPS)},
            },
            {
                "entity": "account",
                "id": self.account,
                "fields": {"name": "广州贸易有限公司", "province": "广东", "city": "广州"},
            },
        )
        self.laptops = [Laptop(rep, self.folder, self.client) for rep in REPS]
        self.created: set[str] = set()
        self.deleted_by_someone: set[str] = set()
        for laptop in self.laptops:
            laptop.engine.sync()

    def _user_ids(self, names: tuple[str, ...]) -> list[str]:
        token = self._token("admin")
        body = self.client.get(
            "/api/v1/sync/pull", headers={"Authorization": f"Bearer {token}"}
        ).json()
        ids = {c["fields"]["username"]: c["id"] for c in body["changes"] if c["entity"] == "user"}
        return [ids[name] for name in names]

    def _token(self, username: str) -> str:
        response = self.client.post(
            "/api/v1/auth/login", json={"username": username, "password": PASSWORD}
        )
        return str(response.json()["access_token"])

    def _admin_push(self, *mutations: dict[str, Any]) -> None:
        body = {
            "client_id": "admin-console",
            "mutations": [
                {"mutation_id": str(uuid.uuid4()), "op": "upsert", **m} for m in mutations
            ],
        }
        headers = {"Authorization": f"Bearer {self._token('admin')}"}
        results = self.client.post("/api/v1/sync/push", json=body, headers=headers).json()[
            "results"
        ]
        assert all(r["status"] == "applied" for r in results), results

    def server_contacts(self, username: str) -> dict[str, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {self._token(username)}"}
        found: dict[str, dict[str, Any]] = {}
        cursor: str | None = None
        while True:
            params = {"limit": 500, **({"cursor": cursor} if cursor else {})}
            page = self.client.get("/api/v1/sync/pull", params=params, headers=headers).json()
            for change in page["changes"]:
                if change["entity"] == "contact":
                    found[change["id"]] = change
            cursor = page["cursor"]
            if not page["has_more"]:
                return {k: v for k, v in found.items() if not v["deleted"]}

    # -- rules ------------------------------------------------------------------------
    @rule(who=st.integers(0, 1), name=st.sampled_from(["张伟", "李娜", "王芳", "刘洋"]))
    def create(self, who: int, name: str) -> None:
        laptop = self.laptops[who]
        with laptop.store.transaction() as conn:
            contact = writes.create(
                conn,
                "contact",
                {"account_id": self.account, "name": name},
                actor=laptop.name,
                now=laptop.now(),
            )
        self.created.add(contact)
        laptop.created.add(contact)

    @precondition(lambda self: any(lp.contacts() for lp in self.laptops))
    @rule(who=st.integers(0, 1), pick=st.integers(0, 50), title=st.sampled_from(TITLES))
    def edit(self, who: int, pick: int, title: str) -> None:
        laptop = self.laptops[who]
        contacts = sorted(laptop.contacts())
        if not contacts:
            return
        contact = contacts[pick % len(contacts)]
        with laptop.store.transaction() as conn:
            writes.update(
                conn, "contact", contact, {"title": title}, actor=laptop.name, now=laptop.now()
            )
        laptop.last_write[(contact, "title")] = title
        laptop.written.add((contact, "title"))

    @precondition(lambda self: any(lp.contacts() for lp in self.laptops))
    @rule(who=st.integers(0, 1), pick=st.integers(0, 50))
    def delete(self, who: int, pick: int) -> None:
        laptop = self.laptops[who]
        contacts = sorted(laptop.contacts())
        if not contacts:
            return
        contact = contacts[pick % len(contacts)]
        with laptop.store.transaction() as conn:
            writes.delete(conn, "contact", contact, actor=laptop.name, now=laptop.now())
        self.deleted_by_someone.add(contact)

    @rule(who=st.integers(0, 1), fault=st.sampled_from(FAULTS), skew_days=st.integers(-30, 30))
    def sync(self, who: int, fault: str, skew_days: int) -> None:
        laptop = self.laptops[who]
        laptop.clock_skew = timedelta(days=skew_days)
        laptop.link.fault = fault
        try:
            laptop.engine.sync()
        except Offline:
            assert fault in ("request_lost", "response_lost")

    # -- what must always hold --------------------------------------------------------
    @invariant()
    def nothing_local_is_lost(self) -> None:
        """Whatever faults a sync met, a laptop still holds every contact it created that
        nobody deleted."""
        for laptop in self.laptops:
            assert laptop.created - self.deleted_by_someone <= set(laptop.contacts())

    def teardown(self) -> None:
        try:
            self._quiesce_and_check()
        finally:
            for laptop in self.laptops:
                laptop.store.close()
            self.client.__exit__(None, None, None)
            shutil.rmtree(self.folder, ignore_errors=True)

    def _quiesce_and_check(self) -> None:
        for _round in range(3):
            for laptop in self.laptops:
                laptop.link.fault = "none"
                laptop.engine.sync()
        server = self.server_contacts("rep1")
        assert server == self.server_contacts("rep2")
        # no record exists twice, and every create that was not deleted is on the server
        assert set(server) == self.created - self.deleted_by_someone
        for laptop in self.laptops:
            local = laptop.contacts()
            with laptop.store.reading() as conn:
                assert outbox.pending_count(conn) == 0
                conflicts = open_conflicts(conn)
                refused = outbox.rejected(conn)
            assert set(local) == set(server), laptop.name
            for cid, record in local.items():
                assert record["title"] == server[cid]["fields"]["title"]
                assert record["rev"] == server[cid]["rev"]
            # every edit the laptop made last is on the server, or shown to its author
            for conflict in conflicts:  # a conflict needs someone else to have written too
                key = (conflict["record_id"], conflict["field"])
                assert any(other is not laptop and key in other.written for other in self.laptops)
            shown = {(c["record_id"], c["field"], c["client_value"]) for c in conflicts}
            shown |= {(r["record_id"], "title", (r["fields"] or {}).get("title")) for r in refused}
            for (cid, field), value in laptop.last_write.items():
                if cid in self.deleted_by_someone:
                    continue
                on_server = server[cid]["fields"][field]
                overwritten_later = any(
                    other is not laptop and (cid, field) in other.last_write
                    for other in self.laptops
                )
                assert on_server == value or overwritten_later or (cid, field, value) in shown


TestSyncModel = SyncModel.TestCase
TestSyncModel.settings = settings(
    max_examples=12,
    stateful_step_count=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
