"""Filling a laptop with the demo company without a server (``python main.py --demo``).

The company comes with its orders, invoices, payments and commission plans
(:func:`sfa.demo.sales.with_sales`); a record the generator gives twice (an order confirmed,
then delivered) is stored once, as its last version.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select

from sfa.store.store import LocalStore
from sfa.store.tables import Account


def has_data(store: LocalStore) -> bool:
    with store.reading() as connection:
        return bool(connection.execute(select(func.count()).select_from(Account)).scalar_one())


def load_demo_company(store: LocalStore, *, accounts: int = 300, seed: int = 7) -> int:
    """Write the seeded demo company as if it had been pulled; returns the records written.

    The generator (Faker's tables) is imported here: every ``--demo`` start asks
    :func:`has_data`, but only the first one fills the laptop."""
    from sfa.demo import generate
    from sfa.demo.sales import with_sales
    from sfa.store.replica import apply_remote

    by_entity: dict[str, dict[str, dict[str, Any]]] = {}
    records = with_sales(generate(accounts=accounts, seed=seed), today=date.today(), seed=seed)
    for entity, fields in _numbered(records):
        rows = by_entity.setdefault(entity, {})
        rows[fields["id"]] = {**rows.get(fields["id"], {}), **fields}
    with store.transaction() as connection:
        return sum(
            apply_remote(connection, entity, list(rows.values()))
            for entity, rows in by_entity.items()
        )


def _numbered(
    records: Iterator[tuple[str, Mapping[str, Any]]],
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Give each record a server-style rev, in the order a snapshot would bring them."""
    for rev, (entity, fields) in enumerate(records, start=1):
        yield entity, {**fields, "rev": rev, "deleted": False}
