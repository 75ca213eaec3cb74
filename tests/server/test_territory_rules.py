"""The pure territory matching rule (sfa.domain.territory)."""

from __future__ import annotations

from sfa.domain.territory import (
    AccountPlace,
    MatchLevel,
    Move,
    TerritoryRules,
    assign_territory,
    match_level,
    plan_moves,
    replace_rules,
)

SOUTH = TerritoryRules("t-south", "South", provinces=("广东",))
CANTON = TerritoryRules("t-canton", "Canton city", cities=("广州",))
RETAIL = TerritoryRules("t-retail", "Retail", industries=("retail",))
KEY = TerritoryRules("t-key", "Key accounts", named_account_ids=("a-1",))
ALL = (SOUTH, CANTON, RETAIL, KEY)


def test_named_beats_city_beats_province_beats_industry() -> None:
    place = AccountPlace("a-1", province="广东", city="广州", industry="retail")
    assert assign_territory(place, ALL) == "t-key"
    assert assign_territory(AccountPlace("a-2", "广东", "广州", "retail"), ALL) == "t-canton"
    assert assign_territory(AccountPlace("a-3", "广东", "深圳", "retail"), ALL) == "t-south"
    assert assign_territory(AccountPlace("a-4", "上海", None, "retail"), ALL) == "t-retail"
    assert assign_territory(AccountPlace("a-5", "上海", None, "finance"), ALL) is None


def test_match_level_and_normalisation() -> None:
    territory = TerritoryRules("t", "T", cities=(" Guangzhou ",))
    assert match_level(territory, AccountPlace("a", city="guangzhou")) == MatchLevel.CITY
    assert match_level(territory, AccountPlace("a", city=None)) is None


def test_ties_are_broken_by_name_then_id() -> None:
    b = TerritoryRules("t-2", "Beta", provinces=("广东",))
    a = TerritoryRules("t-9", "Alpha", provinces=("广东",))
    a2 = TerritoryRules("t-1", "Alpha", provinces=("广东",))
    assert assign_territory(AccountPlace("x", province="广东"), (b, a, a2)) == "t-1"


def test_the_precedence_holds_whatever_order_the_territories_come_in() -> None:
    """Named account > city > province > industry, not list order (documented in the module)."""
    place = AccountPlace("a-2", province="广东", city="广州", industry="retail")
    for order in (ALL, tuple(reversed(ALL)), (RETAIL, SOUTH, CANTON)):
        assert assign_territory(place, order) == "t-canton"
    # A territory listing several dimensions matches on any of them, at that rule's level.
    mixed = TerritoryRules("t-mix", "Mixed", provinces=("上海",), industries=("retail",))
    assert match_level(mixed, AccountPlace("a", province="上海")) == MatchLevel.PROVINCE
    assert match_level(mixed, AccountPlace("a", province="北京", industry="retail")) == (
        MatchLevel.INDUSTRY
    )
    # An empty rule list matches nothing (it is not a wildcard).
    assert match_level(TerritoryRules("t-empty", "Empty"), place) is None


def test_plan_moves_lists_only_accounts_whose_territory_changes() -> None:
    accounts = [
        (AccountPlace("a-1", province="广东", city="广州"), "t-south"),
        (AccountPlace("a-2", province="广东", city="深圳"), "t-south"),
        (AccountPlace("a-3", province="上海", city="上海"), None),
    ]
    bigger_canton = TerritoryRules("t-canton", "Canton city", cities=("广州", "上海"))
    rules = replace_rules((SOUTH, CANTON), bigger_canton)
    assert plan_moves(accounts, rules) == [
        Move("a-1", "t-south", "t-canton"),
        Move("a-3", None, "t-canton"),
    ]
    # Removing the South territory leaves its province accounts without one.
    assert plan_moves(accounts, replace_rules((SOUTH, CANTON), None, removed="t-south")) == [
        Move("a-1", "t-south", "t-canton"),
        Move("a-2", "t-south", None),
    ]
