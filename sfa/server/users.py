"""Creating users from the command line and the demo loader (the server acting itself)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.server.mutations import Context
from sfa.server.records import Actor
from sfa.server.resources import save
from sfa.server.tables import User

SYSTEM = Actor(user_id=None, client_id="sfa-server")


def add_user(
    session: Session,
    *,
    username: str,
    role: str,
    password: str,
    manager: str | None = None,
    extra: Mapping[str, Any] | None = None,
    user_id: str | None = None,
) -> str:
    """Create a user (``manager`` is the manager's username); returns the new id."""
    fields: dict[str, Any] = {"username": username, "role": role, **dict(extra or {})}
    if manager is not None:
        manager_id = session.scalars(select(User.id).where(User.username == manager)).first()
        if manager_id is None:
            raise LookupError(f"there is no user {manager!r}")
        fields["manager_id"] = manager_id
    record_id = user_id or str(uuid.uuid4())
    save(Context(session, SYSTEM, None), "user", record_id, fields, password=password)
    return record_id
