"""The value pyramid's tiers from cumulative value shares, by hand."""

from __future__ import annotations

from decimal import Decimal as D

from sfa.analytics.pyramid import Pyramid, Tier, tier_summary


def test_tiers_by_the_share_of_value_held_above() -> None:
    """Ten clients worth 40, 20, 10, 8, 7, 5, 4, 3, 2, 1 (total T = 100).

    above(v) = Σ values greater than v:
    40: 0 < 20 → VIP;  20: 40 ≥ 20, < 50 → major;  10: 60 → medium;  8: 70 → medium;
    7: 78 < 80 → medium;  5: 85 → small; 4, 3, 2, 1: above ≥ 85 → small.
    """
    values = [D(v) for v in (40, 20, 10, 8, 7, 5, 4, 3, 2, 1)]
    pyramid = Pyramid(values)
    assert pyramid.total == D(100)
    assert [pyramid.tier_of(v) for v in values] == [
        Tier.VIP,
        Tier.MAJOR,
        Tier.MEDIUM,
        Tier.MEDIUM,
        Tier.MEDIUM,
        Tier.SMALL,
        Tier.SMALL,
        Tier.SMALL,
        Tier.SMALL,
        Tier.SMALL,
    ]


def test_equal_values_share_a_tier_and_prospects_are_outside() -> None:
    """Values 30, 30, 30, 10 (T = 100) and a prospect at 0.
    Each 30: above = 0 → VIP (all three, though together they hold 90 %).
    10: above = 90 ≥ 80 → small. 0: outside the pyramid (None)."""
    pyramid = Pyramid([D(30), D(30), D(30), D(10), D(0)])
    assert [pyramid.tier_of(D(v)) for v in (30, 30, 30, 10, 0)] == [
        Tier.VIP,
        Tier.VIP,
        Tier.VIP,
        Tier.SMALL,
        None,
    ]


def test_a_value_between_members_is_placed_by_the_same_rule() -> None:
    """Portfolio 40, 20, 10, 8, 7, 5, 4, 3, 2, 1: a client now worth 25 has above = 40
    (only the 40 is greater) → 40 < 50 → major; worth 50: above = 0 → VIP."""
    pyramid = Pyramid([D(v) for v in (40, 20, 10, 8, 7, 5, 4, 3, 2, 1)])
    assert pyramid.tier_of(D(25)) is Tier.MAJOR
    assert pyramid.tier_of(D(50)) is Tier.VIP
    assert Pyramid([]).tier_of(D(5)) is None


def test_tier_summary_counts_clients_and_value_per_tier() -> None:
    """VIP: 40 (1 client); major: 20; medium: 10 + 8 + 7 = 25 (3); small: 5+4+3+2+1 = 15 (5);
    the prospect (None) is not counted."""
    values = [D(v) for v in (40, 20, 10, 8, 7, 5, 4, 3, 2, 1, 0)]
    pyramid = Pyramid(values)
    assert tier_summary((pyramid.tier_of(v), v) for v in values) == [
        (Tier.VIP, 1, D(40)),
        (Tier.MAJOR, 1, D(20)),
        (Tier.MEDIUM, 3, D(25)),
        (Tier.SMALL, 5, D(15)),
    ]
