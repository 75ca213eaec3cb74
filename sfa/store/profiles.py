"""Where each profile's database lives: one SQLite file per (server, user) on this laptop.

Several people — or one rep with a test and a production server — can share a laptop
without their data ever mixing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
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


REGISTRY_FILE = "profiles.json"


@dataclass(frozen=True)
class Profile:
    """Who signed in where. No secret lives here: tokens are in the keyring."""

    server_url: str
    username: str
    user_id: str | None = None
    role: str | None = None


def _registry(root: Path | None) -> Path:
    return (root or data_root()) / REGISTRY_FILE


def remember(profile: Profile, root: Path | None = None) -> None:
    """Record ``profile`` as the last one used, so the app can start offline with it."""
    path = _registry(root)
    known = [
        p
        for p in known_profiles(root)
        if (p.server_url, p.username) != (profile.server_url, profile.username)
    ]
    payload = [asdict(profile), *(asdict(p) for p in known)]
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    os.chmod(path, 0o600)


def known_profiles(root: Path | None = None) -> list[Profile]:
    """Profiles on this laptop, the last used first."""
    path = _registry(root)
    if not path.exists():
        return []
    try:
        return [Profile(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
    except (ValueError, TypeError):
        return []


def last_profile(root: Path | None = None) -> Profile | None:
    profiles = known_profiles(root)
    return profiles[0] if profiles else None
