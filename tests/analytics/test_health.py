"""The health index and the lifecycle stage against hand-computed examples."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from sfa.analytics.churn import Trend, churn_risk
from sfa.analytics.health import (
    WEIGHTS,
    Interactions,
    Lifecycle,
    health,
    health_bands,
    lifecycle_stage,
)


def test_the_weights_sum_to_one() -> None:
    assert sum(WEIGHTS.values()) == 1


def test_a_healthy_growing_client() -> None:
    """Ratings 4, 5 → mean 4.5 → S = (4.5 − 1) ÷ 4 × 100 = 87.5.
    Last contact 10 days ago → R = 100 − 10 = 90. Three interactions in 90 days → F = 60.
    Business 100 now vs 50 before → change = 50 ÷ 100 = 0.5 → T = 50 + 25 = 75.
    Index = 0.4 × 87.5 + 0.2 × 90 + 0.2 × 60 + 0.2 × 75 = 35 + 18 + 12 + 15 = 80.
    """
    result = health(Interactions(10, 3, [4, 5]), Trend(D(100), D(50)))
    assert (result.satisfaction, result.recency, result.frequency, result.trend) == (
        D("87.5"),
        D(90),
        D(60),
        D(75),
    )
    assert result.index == 80


def test_only_the_last_five_ratings_count_and_rounding_is_half_up() -> None:
    """Ratings newest first 2, 2, 3, 3, 3, 5, 5 → the first five: mean 13 ÷ 5 = 2.6 →
    S = 1.6 ÷ 4 × 100 = 40. Quiet 37 days → R = 63. Seven interactions → F = min(100, 140) = 100.
    Flat trend → T = 50. Index = 16 + 12.6 + 20 + 10 = 58.6 → 59."""
    result = health(Interactions(37, 7, [2, 2, 3, 3, 3, 5, 5]), Trend(D(0), D(0)))
    assert result.satisfaction == D(40)
    assert result.index == 59


def test_a_silent_unrated_client_whose_business_stopped() -> None:
    """No rating → S = 50 (unknown feeling counts as neutral). Never contacted → R = 0.
    No recent interaction → F = 0. Business 0 now vs 500 before → change −1 → T = 0.
    Index = 0.4 × 50 = 20. Quiet 150 days (beyond the 100-day horizon) also gives R = 0."""
    assert health(Interactions(None, 0, []), Trend(D(0), D(500))).index == 20
    assert health(Interactions(150, 0, []), Trend(D(0), D(500))).recency == 0


FLAT, GROWING, FALLING = Trend(D(100), D(100)), Trend(D(150), D(100)), Trend(D(10), D(100))


def _stage(
    *, client: bool = True, lost: bool = False, first: int | None = 800, index: int = 70,
    quiet: int | None = 5, trend: Trend = FLAT,
) -> Lifecycle:  # fmt: skip
    risk = churn_risk(is_client=client, days_quiet=quiet, trend=trend)
    return lifecycle_stage(
        is_client=client, lost=lost, days_since_first_sale=first, health_index=index, churn=risk
    )


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"client": False, "first": None}, Lifecycle.ACQUIRING),  # a prospect, even if quiet
        ({"client": False, "first": None, "quiet": 300}, Lifecycle.ACQUIRING),
        ({"client": False, "first": None, "lost": True}, Lifecycle.DECLINING),  # marked lost
        ({"first": None}, Lifecycle.MAINTAINING),  # a customer whose purchases predate us
        ({"quiet": 90}, Lifecycle.DECLINING),  # churn risk: no contact for 90 days
        ({"trend": FALLING}, Lifecycle.DECLINING),  # churn risk: 10 < 100 × 0.5
        ({"index": 39}, Lifecycle.DECLINING),  # health below 40
        ({"index": 40, "first": 364}, Lifecycle.DEVELOPING),  # first purchase < 365 days ago
        ({"trend": GROWING}, Lifecycle.DEVELOPING),  # 150 > 100
        ({}, Lifecycle.MAINTAINING),  # established, flat, healthy
        ({"first": 365}, Lifecycle.MAINTAINING),  # a year exactly is no longer new
    ],
)
def test_lifecycle_rules(kwargs: dict[str, object], expected: Lifecycle) -> None:
    assert _stage(**kwargs) is expected  # type: ignore[arg-type]


def test_health_bands_of_twenty_points() -> None:
    """0 and 19 → 0–19; 20 → 20–39; 79 → 60–79; 80 and 100 → 80–100."""
    assert health_bands([0, 19, 20, 79, 80, 100]) == [(0, 2), (20, 1), (40, 0), (60, 1), (80, 2)]
