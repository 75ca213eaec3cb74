"""Relationship health: behaviour and feeling turned into one index and a lifecycle stage.

The index (0–100) is a weighted mean of four components, each 0–100::

    satisfaction  S = (mean of the last 5 ratings − 1) ÷ 4 × 100     (no rating yet: 50)
    recency       R = max(0, 100 − days since the last interaction)   (never: 0)
    frequency     F = min(100, 20 × interactions in the last 90 days)
    trend         T = 50 + 50 × change of won business                (see churn.Trend)

    health = round(0.4 S + 0.2 R + 0.2 F + 0.2 T)          (half-up, weights in WEIGHTS)

Feeling (the satisfaction 1–5 the rep records after each visit or call) weighs 40 %,
behaviour (how recently, how often, and whether business grows) 60 %. Five calls or visits a
quarter earn full frequency; a client not contacted for 100 days has no recency left.

The lifecycle stage, first rule that holds:

- **acquiring** — not a client yet: has not bought and is not marked a customer (nor lost);
- **declining** — marked lost, or has a churn risk (:mod:`sfa.analytics.churn`), or a
  health index below 40;
- **developing** — first purchase within the last 365 days, or business growing (the last
  180 days brought more than the 180 before);
- **maintaining** — an established, steady client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sfa.analytics.churn import ChurnRisk, RiskLevel, Trend

RATINGS_KEPT = 5
FREQUENCY_DAYS = 90
RECENCY_HORIZON_DAYS = 100
POINTS_PER_INTERACTION = 20
NEW_CLIENT_DAYS = 365
DECLINING_BELOW = 40

WEIGHTS: dict[str, Decimal] = {
    "satisfaction": Decimal("0.4"),
    "recency": Decimal("0.2"),
    "frequency": Decimal("0.2"),
    "trend": Decimal("0.2"),
}
"""The one place the index's weights live; they sum to 1."""


class Lifecycle(StrEnum):
    ACQUIRING = "acquiring"
    DEVELOPING = "developing"
    MAINTAINING = "maintaining"
    DECLINING = "declining"


LIFECYCLE: tuple[Lifecycle, ...] = tuple(Lifecycle)


@dataclass(frozen=True, slots=True)
class Interactions:
    """The behaviour and feeling side of a relationship, as the app reads it."""

    days_since_last: int | None
    recent_count: int
    """Interactions in the last ``FREQUENCY_DAYS`` days."""
    ratings: Sequence[int]
    """The most recent satisfaction ratings (1–5), newest first; only the first five count."""


@dataclass(frozen=True, slots=True)
class Health:
    index: int
    satisfaction: Decimal
    recency: Decimal
    frequency: Decimal
    trend: Decimal


def satisfaction_points(ratings: Sequence[int]) -> Decimal:
    kept = ratings[:RATINGS_KEPT]
    if not kept:
        return Decimal(50)
    mean = Decimal(sum(kept)) / len(kept)
    return (mean - 1) / 4 * 100


def recency_points(days_since_last: int | None) -> Decimal:
    if days_since_last is None:
        return Decimal(0)
    return Decimal(max(0, RECENCY_HORIZON_DAYS - days_since_last))


def frequency_points(recent_count: int) -> Decimal:
    return Decimal(min(100, POINTS_PER_INTERACTION * recent_count))


def trend_points(trend: Trend) -> Decimal:
    return 50 + 50 * trend.change


def health(interactions: Interactions, trend: Trend) -> Health:
    parts = {
        "satisfaction": satisfaction_points(interactions.ratings),
        "recency": recency_points(interactions.days_since_last),
        "frequency": frequency_points(interactions.recent_count),
        "trend": trend_points(trend),
    }
    total = sum((WEIGHTS[name] * points for name, points in parts.items()), Decimal(0))
    index = int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return Health(index=index, **parts)


def lifecycle_stage(
    *,
    is_client: bool,
    lost: bool,
    days_since_first_sale: int | None,
    health_index: int,
    churn: ChurnRisk,
) -> Lifecycle:
    """``is_client``: has bought, or the team marks it a customer (its purchases may predate
    the records on this laptop — then it is not new: no first sale is known)."""
    if not is_client and not lost:
        return Lifecycle.ACQUIRING
    if lost or churn.level is not RiskLevel.NONE or health_index < DECLINING_BELOW:
        return Lifecycle.DECLINING
    new = days_since_first_sale is not None and days_since_first_sale < NEW_CLIENT_DAYS
    if new or churn.trend.last > churn.trend.previous:
        return Lifecycle.DEVELOPING
    return Lifecycle.MAINTAINING


HEALTH_BAND = 20
"""Width of the health distribution's bars: 0–19, 20–39, 40–59, 60–79, 80–100."""


def health_bands(indexes: Iterable[int]) -> list[tuple[int, int]]:
    """(lowest index of the band, clients in it), five bands; 100 falls in the top one."""
    lows = list(range(0, 100, HEALTH_BAND))
    counts = dict.fromkeys(lows, 0)
    for index in indexes:
        counts[min(lows[-1], max(0, index) // HEALTH_BAND * HEALTH_BAND)] += 1
    return [(low, counts[low]) for low in lows]
