"""The pure territory matching rule (sfa.domain.territory)."""

from __future__ import annotations

from sfa.domain.territory import (
    AccountPlace,
    MatchLevel,
    TerritoryRules,
    assign_territory,
    match_level,
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
