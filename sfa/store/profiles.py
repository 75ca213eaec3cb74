"""Where each profile's database lives: one SQLite file per (server, user) on this laptop.

Several people — or one rep with a test and a production server — can share a laptop
without their data ever mixing.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "SFA Desk"
DATABASE_FILE = "store.db"


def data_root() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def profile_slug(server_url: str, username: str) -> str:
    """A readable, file-system-safe name that is unique per server and user."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{username}@{server_url}").strip("-")[:60]
    digest = hashlib.sha256(f"{server_url}\n{username}".encode()).hexdigest()[:10]
    return f"{readable}-{digest}"


def database_path(server_url: str, username: str, root: Path | None = None) -> Path:
    folder = (root or data_root()) / "profiles" / profile_slug(server_url, username)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / DATABASE_FILE
