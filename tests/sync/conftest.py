"""Laptops syncing with a real server: uvicorn on a free port, SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn

from sfa.store.store import LocalStore
from sfa.sync.engine import SyncEngine
from sfa.sync.transport import Transport
from tests.server.conftest import (  # noqa: F401  (fixtures shared with the server suite)
    PASSWORD,
    Api,
    World,
    api,
    db_url,
    engine,
    pg_template,
    settings,
    sqlite_template,
    world,
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    def __init__(self, app: object) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._server.should_exit = False
        self._server.started = False
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)


@pytest.fixture
def live_server(api: Api, world: World) -> Iterator[LiveServer]:  # noqa: F811
    server = LiveServer(api.client.app)
    server.start()
    yield server
    server.stop()


Laptop = tuple[LocalStore, SyncEngine]


@pytest.fixture
def laptop(
    live_server: LiveServer, template_store: Path, tmp_path: Path
) -> Iterator[Callable[..., Laptop]]:
    """Make a signed-in laptop for a user: its own database and sync engine."""
    opened: list[LocalStore] = []

    def make(username: str, *, transport: Transport | None = None) -> Laptop:
        path = tmp_path / f"{username}-{len(opened)}.db"
        shutil.copy2(template_store, path)
        store = LocalStore.open(path)
        opened.append(store)
        link = transport or Transport(live_server.url, retry_delays=(0.01, 0.01))
        link.login(username, PASSWORD)
        return store, SyncEngine(store, link)

    yield make
    for store in opened:
        store.close()
