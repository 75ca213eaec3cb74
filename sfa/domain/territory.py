"""Which territory an account belongs to, from the territories' rules.

A territory is defined by named accounts, cities, provinces and industries. Each entry is a
rule of its own (a territory listing two provinces and an industry matches an account in
either province *or* in that industry). An account gets the territory of its most specific
matching rule:

1. named account (the manager put this very account in the territory) — always wins;
2. city;
3. province;
4. industry.

Ties at the same level (two territories naming the same city) go to the territory whose
name sorts first, then the smaller id, so every replica and every server process reaches
the same answer. An account no rule matches has no territory (it stays visible to its
owner). Text is compared after trimming and case-folding, so ``"Guangzhou "`` matches
``"guangzhou"``.

A rule matches an account only on the account's own data: named accounts by id, cities and
provinces by its address, industries by its industry. A territory with an empty rule list
matches nothing on that dimension (it does not mean "everything").

Pure functions over plain data: the server applies them when rules or addresses change
(:func:`plan_moves` is the one computation behind both a manager's preview of a rule change
and the change itself, so the preview is exactly what is then applied), and the laptop can
use them to preview where a new account will land.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum


class MatchLevel(IntEnum):
    """How specific a matching rule is; higher wins."""

    INDUSTRY = 1
    PROVINCE = 2
    CITY = 3
    NAMED = 4


@dataclass(frozen=True, slots=True)
class TerritoryRules:
    id: str
    name: str
    provinces: Sequence[str] = field(default_factory=tuple)
    cities: Sequence[str] = field(default_factory=tuple)
    industries: Sequence[str] = field(default_factory=tuple)
    named_account_ids: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class AccountPlace:
    """What of an account the rules look at."""

    id: str
    province: str | None = None
    city: str | None = None
    industry: str | None = None


def _norm(text: str | None) -> str:
    return (text or "").strip().casefold()


def _contains(values: Iterable[str], wanted: str | None) -> bool:
    key = _norm(wanted)
    return bool(key) and any(_norm(value) == key for value in values)


def match_level(territory: TerritoryRules, account: AccountPlace) -> MatchLevel | None:
    """The most specific rule of ``territory`` that ``account`` matches, if any."""
    if account.id in territory.named_account_ids:
        return MatchLevel.NAMED
    if _contains(territory.cities, account.city):
        return MatchLevel.CITY
    if _contains(territory.provinces, account.province):
        return MatchLevel.PROVINCE
    if _contains(territory.industries, account.industry):
        return MatchLevel.INDUSTRY
    return None


def assign_territory(account: AccountPlace, territories: Iterable[TerritoryRules]) -> str | None:
    """Id of the territory ``account`` belongs to, or ``None`` when no rule matches."""
    best: tuple[int, str, str] | None = None
    for territory in territories:
        level = match_level(territory, account)
        if level is None:
            continue
        # Highest level first, then name, then id: negate the level to sort ascending.
        key = (-int(level), territory.name, territory.id)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


@dataclass(frozen=True, slots=True)
class Move:
    """An account whose territory the rules change (``None``: no territory)."""

    account_id: str
    from_territory: str | None
    to_territory: str | None


def plan_moves(
    accounts: Iterable[tuple[AccountPlace, str | None]], territories: Iterable[TerritoryRules]
) -> list[Move]:
    """The accounts (given with their current territory) that ``territories`` would move."""
    rules = tuple(territories)
    moves: list[Move] = []
    for account, current in accounts:
        target = assign_territory(account, rules)
        if target != current:
            moves.append(Move(account.id, current, target))
    return moves


def replace_rules(
    territories: Iterable[TerritoryRules], changed: TerritoryRules | None, *, removed: str = ""
) -> list[TerritoryRules]:
    """``territories`` with ``changed`` put in place of its namesake (or added), and the
    territory ``removed`` left out: the rule set a proposed change would produce."""
    kept = [t for t in territories if t.id != removed and (changed is None or t.id != changed.id)]
    return [*kept, changed] if changed is not None else kept
