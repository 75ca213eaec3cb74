"""Keeping accounts in the territory their rules give them (rules in ``sfa.domain.territory``).

The server owns ``account.territory_id``: it is derived when an account is created or its
address or industry changes, and re-derived for every account when a territory's rules
change. Each account that moves gets a new rev, so reps' next pulls move it in or out.

A manager's preview of a rule change (:func:`preview_moves`) and the change itself
(:func:`reassign_accounts`) both call :func:`plan`, on the rules as they would be and as they
are: the preview lists exactly the moves the change then makes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.clean import clean_fields
from sfa.domain.territory import (
    AccountPlace,
    Move,
    TerritoryRules,
    assign_territory,
    plan_moves,
    replace_rules,
)
from sfa.server.records import Actor, fields_of, write_change
from sfa.server.tables import Account, Territory

PLACE_FIELDS = frozenset({"province", "city", "industry"})
RULE_FIELDS = frozenset({"provinces", "cities", "industries", "named_account_ids", "name"})


def rules_of(territory_id: str, values: Mapping[str, Any]) -> TerritoryRules:
    return TerritoryRules(
        id=territory_id,
        name=str(values.get("name") or ""),
        provinces=tuple(values.get("provinces") or ()),
        cities=tuple(values.get("cities") or ()),
        industries=tuple(values.get("industries") or ()),
        named_account_ids=tuple(values.get("named_account_ids") or ()),
    )


def load_rules(session: Session) -> list[TerritoryRules]:
    rows = session.scalars(select(Territory).where(~Territory.deleted))
    return [rules_of(row.id, fields_of("territory", row)) for row in rows]


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


def plan(session: Session, rules: list[TerritoryRules]) -> list[Move]:
    """The live accounts ``rules`` would move, in id order (the order moves are written in)."""
    query = select(
        Account.id, Account.province, Account.city, Account.industry, Account.territory_id
    ).where(~Account.deleted)
    accounts = (
        (AccountPlace(row.id, row.province, row.city, row.industry), row.territory_id)
        for row in session.execute(query.order_by(Account.id))
    )
    return plan_moves(accounts, rules)


def reassign_accounts(session: Session, actor: Actor) -> int:
    """Re-derive every live account's territory; returns how many moved."""
    session.flush()
    moves = plan(session, load_rules(session))
    for move in moves:
        account = session.get(Account, move.account_id)
        assert account is not None
        write_change(
            session,
            actor,
            "account",
            account,
            {"territory_id": move.to_territory},
            action="reassign",
        )
    return len(moves)


def proposed_rules(
    session: Session, territory_id: str, fields: Mapping[str, Any], *, delete: bool = False
) -> tuple[dict[str, Any] | None, dict[str, Any], list[TerritoryRules]]:
    """What a change of territory ``territory_id`` would make of it and of the rule set.

    Returns the territory's columns before (``None`` when it is new), after, and every live
    territory's rules after. ``fields`` are validated as a push's would be (raising
    :class:`~sfa.domain.errors.ValidationError` in plain words).
    """
    row = session.get(Territory, territory_id)
    existing = row is not None and not row.deleted
    cleaned = clean_fields("territory", dict(fields), creating=not existing)
    before: dict[str, Any] | None = None
    if row is not None and existing:
        before = {**fields_of("territory", row), "id": row.id, "created_by": row.created_by}
    after = {**(before or {"id": territory_id}), **cleaned}
    current = load_rules(session)
    if delete:
        return before, after, replace_rules(current, None, removed=territory_id)
    return before, after, replace_rules(current, rules_of(territory_id, after))


def preview_moves(
    session: Session, territory_id: str, fields: Mapping[str, Any], *, delete: bool = False
) -> list[Move]:
    """The moves applying this change to territory ``territory_id`` would make."""
    _before, _after, rules = proposed_rules(session, territory_id, fields, delete=delete)
    return plan(session, rules)
