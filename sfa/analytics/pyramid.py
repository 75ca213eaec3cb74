"""The value pyramid: VIP clients at the top, then major, medium and small ones.

Clients are ranked by historical value (won business); a client's tier is decided by how
much of the portfolio's total value the clients *strictly above* it already bring::

    above(v) = Σ values greater than v          T = Σ all values
    VIP     if above(v) <  20 % of T     — the clients making up the top fifth of value
    major   if above(v) <  50 % of T
    medium  if above(v) <  80 % of T
    small   otherwise

So the tiers are cumulative value shares of 20 / 30 / 30 / 20 %, and the usual long tail
gives a pyramid: a few VIPs, more major clients, many small ones. Equal values always share
a tier. Clients with no value (prospects) are outside the pyramid (``None``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from itertools import accumulate


class Tier(StrEnum):
    VIP = "vip"
    MAJOR = "major"
    MEDIUM = "medium"
    SMALL = "small"


TIERS: tuple[Tier, ...] = tuple(Tier)
"""Top first."""

CUMULATIVE_SHARES: tuple[tuple[Tier, Decimal], ...] = (
    (Tier.VIP, Decimal("0.20")),
    (Tier.MAJOR, Decimal("0.50")),
    (Tier.MEDIUM, Decimal("0.80")),
)
"""Upper bound of the share of value held by the clients above, per tier; the rest is small."""


class Pyramid:
    """Built once from the portfolio's values, then places any value in O(log n)."""

    def __init__(self, values: Iterable[Decimal]) -> None:
        self._ascending = sorted(v for v in values if v > 0)
        self._cumulative = [Decimal(0), *accumulate(self._ascending)]
        self.total = self._cumulative[-1]

    def _above(self, value: Decimal) -> Decimal:
        """Σ of the portfolio's values strictly greater than ``value``."""
        not_greater = bisect_right(self._ascending, value)
        return self.total - self._cumulative[not_greater]

    def tier_of(self, value: Decimal) -> Tier | None:
        if value <= 0 or self.total <= 0:
            return None
        above = self._above(value)
        for tier, share in CUMULATIVE_SHARES:
            if above < share * self.total:
                return tier
        return Tier.SMALL


def tier_summary(
    placed: Iterable[tuple[Tier | None, Decimal]],
) -> list[tuple[Tier, int, Decimal]]:
    """(tier, clients, value) for every tier, top first, from (tier, value) pairs; clients
    outside the pyramid are left out."""
    counts = dict.fromkeys(TIERS, 0)
    values = dict.fromkeys(TIERS, Decimal(0))
    for tier, value in placed:
        if tier is not None:
            counts[tier] += 1
            values[tier] += value
    return [(tier, counts[tier], values[tier]) for tier in TIERS]
