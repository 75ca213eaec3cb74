"""The manager's workspace calls to the server, as typed functions over the sync transport.

Territories, the pool and quotas are changed online (a manager reshaping territories or a rep
claiming from the pool needs the server's answer, not a provisional local one); the calls
share the transport's session, token refresh and retries, and raise its errors —
:class:`~sfa.sync.transport.Offline` when the server cannot be reached, and
:class:`~sfa.sync.transport.ServerError` (``code`` ``forbidden``, ``invalid``…) with a
message written for the user.

A record the server returns is the one the next pull will bring; :func:`keep` stores it at
once so the screen shows the change before that sync.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.sync.transport import Transport
from sfa.wire.schemas import Change


@dataclass(frozen=True, slots=True)
class Side:
    """Where an account is before or after a territory change, and whose it is."""

    territory_id: str | None
    territory_name: str | None
    reps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TerritoryMove:
    account_id: str
    account_name: str
    before: Side
    after: Side


@dataclass(frozen=True, slots=True)
class PoolAccount:
    id: str
    name: str
    province: str | None
    city: str | None
    industry: str | None
    territory_name: str | None


@dataclass(frozen=True, slots=True)
class Holding:
    account_id: str
    name: str
    claimed_at: datetime
    returns_at: datetime


@dataclass(frozen=True, slots=True)
class PoolListing:
    accounts: list[PoolAccount]
    held: list[Holding]
    limit: int
    return_days: int


def _side(data: Mapping[str, Any]) -> Side:
    return Side(data.get("territory_id"), data.get("territory_name"), tuple(data.get("reps") or ()))


def preview_territory(
    transport: Transport, territory_id: str, fields: Mapping[str, Any], *, delete: bool = False
) -> list[TerritoryMove]:
    """The accounts the change would move (the server applies nothing)."""
    body = {"territory_id": territory_id, "fields": dict(fields), "delete": delete}
    answer = transport._request("POST", "/api/v1/territories/preview", json=body)
    return [
        TerritoryMove(m["account_id"], m["account_name"], _side(m["before"]), _side(m["after"]))
        for m in answer["moves"]
    ]


def records(transport: Transport, plural: str) -> list[Change]:
    """The territories, quotas or users the signed-in manager sees."""
    answer = transport._request("GET", f"/api/v1/{plural}")
    return [Change.model_validate(item) for item in answer]


def save(
    transport: Transport,
    plural: str,
    record_id: str,
    fields: Mapping[str, Any],
    *,
    new: bool,
    base_rev: int | None = None,
) -> Change:
    """Create (``new``) or change a territory, quota or user; a territory change re-derives
    every account's territory on the server (what :func:`preview_territory` showed)."""
    if new:
        body = {**fields, "id": record_id}
        answer = transport._request("POST", f"/api/v1/{plural}", json=body)
    else:
        body = dict(fields) if base_rev is None else {**fields, "base_rev": base_rev}
        answer = transport._request("PATCH", f"/api/v1/{plural}/{record_id}", json=body)
    return Change.model_validate(answer)


def pool(transport: Transport) -> PoolListing:
    answer = transport._request("GET", "/api/v1/pool")
    return PoolListing(
        accounts=[
            PoolAccount(
                a["id"], a["name"], a["province"], a["city"], a["industry"], a["territory_name"]
            )
            for a in answer["accounts"]
        ],
        held=[
            Holding(
                h["account_id"],
                h["name"],
                datetime.fromisoformat(h["claimed_at"]),
                datetime.fromisoformat(h["returns_at"]),
            )
            for h in answer["held"]
        ],
        limit=int(answer["limit"]),
        return_days=int(answer["return_days"]),
    )


def claim(transport: Transport, account_id: str) -> Change:
    """Become the owner of a pool account (``forbidden`` past the claim limit)."""
    return Change.model_validate(transport._request("POST", f"/api/v1/pool/{account_id}/claim"))


def release(transport: Transport, account_id: str) -> Change:
    return Change.model_validate(transport._request("POST", f"/api/v1/pool/{account_id}/release"))


def keep(store: LocalStore, changes: Iterable[Change]) -> None:
    """Store records the server just returned, as a pull would (pending local edits win)."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        record = {**change.fields, "id": change.id, "rev": change.rev, "deleted": change.deleted}
        by_entity.setdefault(change.entity, []).append(record)
    with store.transaction() as conn:
        for entity, rows in by_entity.items():
            apply_remote(conn, entity, rows)
