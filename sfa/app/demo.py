"""Filling a laptop with the demo company without a server (``python main.py --demo``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select

from sfa.demo import generate
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import Account


def has_data(store: LocalStore) -> bool:
    with store.reading() as connection:
        return bool(connection.execute(select(func.count()).select_from(Account)).scalar_one())


def load_demo_company(store: LocalStore, *, accounts: int = 300, seed: int = 7) -> int:
    """Write the seeded demo company as if it had been pulled; returns the records written."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for entity, fields in _numbered(generate(accounts=accounts, seed=seed)):
        by_entity.setdefault(entity, []).append(fields)
    with store.transaction() as connection:
        return sum(apply_remote(connection, entity, rows) for entity, rows in by_entity.items())


def _numbered(
    records: Iterator[tuple[str, dict[str, Any]]],
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Give each record a server-style rev, in the order a snapshot would bring them."""
    for rev, (entity, fields) in enumerate(records, start=1):
        yield entity, {**fields, "rev": rev, "deleted": False}
