"""Keeping accounts in the territory their rules give them (rules in ``sfa.domain.territory``).

The server owns ``account.territory_id``: it is derived when an account is created or its
address or industry changes, and re-derived for every account when a territory's rules
change. Each account that moves gets a new rev, so reps' next pulls move it in or out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.territory import AccountPlace, TerritoryRules, assign_territory
from sfa.server.records import Actor, write_change
from sfa.server.tables import Account, Territory

PLACE_FIELDS = frozenset({"province", "city", "industry"})
RULE_FIELDS = frozenset({"provinces", "cities", "industries", "named_account_ids", "name"})


def load_rules(session: Session) -> list[TerritoryRules]:
    rows = session.scalars(select(Territory).where(~Territory.deleted))
    return [
        TerritoryRules(
            id=row.id,
            name=row.name,
            provinces=tuple(row.provinces),
            cities=tuple(row.cities),
            industries=tuple(row.industries),
            named_account_ids=tuple(row.named_account_ids),
        )
        for row in rows
    ]


def place(account_id: str, values: Mapping[str, Any]) -> AccountPlace:
    return AccountPlace(
        id=account_id,
        province=values.get("province"),
        city=values.get("city"),
        industry=values.get("industry"),
    )


def derive_territory(session: Session, account_id: str, values: Mapping[str, Any]) -> str | None:
    """The territory the rules give an account with these field values."""
    return assign_territory(place(account_id, values), load_rules(session))


def reassign_accounts(session: Session, actor: Actor) -> int:
    """Re-derive every live account's territory; returns how many moved."""
    session.flush()
    rules = load_rules(session)
    moved = 0
    for account in session.scalars(select(Account).where(~Account.deleted).order_by(Account.id)):
        values = {"province": account.province, "city": account.city, "industry": account.industry}
        territory_id = assign_territory(place(account.id, values), rules)
        if territory_id != account.territory_id:
            write_change(
                session,
                actor,
                "account",
                account,
                {"territory_id": territory_id},
                action="reassign",
            )
            moved += 1
    return moved
