"""Load the demo company from ``sfa.demo.generate`` through the normal write path.

Records go through :func:`~sfa.server.mutations.apply_mutation` (validation, revs, audit) as
the server itself. Demo users get the password ``demo-pass``. Where the generator put an
account in a territory its rules do not give it, the account is made a named account of
that territory, so the generator's intent survives the server's own territory assignment.

The company comes with its orders, invoices, payments and commission plans
(:func:`sfa.demo.sales.with_sales`). A record that comes a second time is an update of the
first (an order confirmed, then delivered), applied on the rev the first one got.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, cast

from sqlalchemy import Engine, select

from sfa.demo.sales import with_sales
from sfa.server.db import lock_counter, write_session
from sfa.server.mutations import Context, apply_mutation
from sfa.server.records import get_row, values_of
from sfa.server.resources import save
from sfa.server.tables import Account, Territory, User
from sfa.server.users import SYSTEM
from sfa.wire.schemas import Mutation

DEMO_PASSWORD = "demo-pass"

Generator = Callable[..., Iterable[tuple[str, Mapping[str, Any]]]]


class DemoError(Exception):
    pass


def _generator() -> Generator:
    try:
        module = importlib.import_module("sfa.demo")
    except ImportError as exc:  # pragma: no cover - the package ships with the product
        raise DemoError(f"the demo generator cannot be loaded: {exc}") from exc
    generate = getattr(module, "generate", None)
    if generate is None:
        raise DemoError("the demo generator (sfa.demo.generate) is not available yet")
    return cast(Generator, generate)


def load_demo(
    engine: Engine, *, accounts: int, seed: int, generate: Generator | None = None
) -> dict[str, int]:
    """Load the demo into an empty server; returns how many records of each entity."""
    records = (generate or _generator())(accounts=accounts, seed=seed)
    if generate is None:
        records = with_sales(records, today=date.today(), seed=seed)
    counts: dict[str, int] = {}
    seen: set[str] = set()
    wanted_territory: dict[str, str] = {}
    with write_session(engine) as session:
        lock_counter(session)
        if session.scalars(select(User.id).limit(1)).first() is not None:
            raise DemoError("the database already has users: load the demo into a new one")
        ctx = Context(session, SYSTEM, None)
        for index, (entity, raw) in enumerate(records):
            fields = dict(raw)
            record_id = str(fields.pop("id"))
            again = record_id in seen
            seen.add(record_id)
            if entity == "user":
                save(ctx, "user", record_id, fields, password=DEMO_PASSWORD)
            else:
                if entity == "account" and fields.get("territory_id"):
                    wanted_territory[record_id] = str(fields["territory_id"])
                row = get_row(session, entity, record_id) if again else None
                mutation = Mutation(
                    mutation_id=f"demo-{index}",
                    entity=entity,
                    id=record_id,
                    base_rev=row.rev if row is not None else None,
                    fields=fields,
                )
                result = apply_mutation(ctx, mutation)
                if result.error is not None:
                    raise DemoError(f"demo {entity} {record_id}: {result.error.message}")
            if not again:
                counts[entity] = counts.get(entity, 0) + 1
        _name_misplaced_accounts(ctx, wanted_territory)
    return counts


def _name_misplaced_accounts(ctx: Context, wanted: Mapping[str, str]) -> None:
    session = ctx.session
    extra: dict[str, list[str]] = {}
    for account in session.scalars(select(Account).where(Account.id.in_(list(wanted)))):
        if account.territory_id != wanted[account.id]:
            extra.setdefault(wanted[account.id], []).append(account.id)
    for territory_id, account_ids in extra.items():
        territory = session.get(Territory, territory_id)
        if territory is None:
            continue
        named = [*values_of(territory)["named_account_ids"], *account_ids]
        save(ctx, "territory", territory_id, {"named_account_ids": named})
