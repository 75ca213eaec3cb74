"""Churn risk: a client who has gone quiet, or who buys less than before, may be leaving.

Two warning signs, for clients only (an account that has bought, or that the team marks as a
customer — a prospect cannot churn, it can only go cold):

- **no contact**: no interaction (call, meeting, e-mail, visit) for ``QUIET_DAYS`` (90) days
  or more, or none ever;
- **declining business**: won business (orders, once recorded) of the last ``PERIOD_DAYS``
  (180) days is less than half of the 180 days before that (which must have had some).

One sign is a *medium* risk, both a *high* one. The same :class:`Trend` feeds the health
index and the lifecycle stage, so the three never disagree on what “declining” means.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sfa.analytics.value import Sale

QUIET_DAYS = 90
PERIOD_DAYS = 180
DECLINE_RATIO = Decimal("0.5")


class RiskLevel(StrEnum):
    NONE = "none"
    MEDIUM = "medium"
    HIGH = "high"


class ChurnReason(StrEnum):
    NO_CONTACT = "no_contact"
    DECLINING = "declining"


@dataclass(frozen=True, slots=True)
class Trend:
    """Won business of the last period and of the period before it."""

    last: Decimal
    previous: Decimal

    @property
    def change(self) -> Decimal:
        """(last − previous) ÷ the larger of the two: −1 (stopped) … 0 (flat) … +1 (new)."""
        larger = max(self.last, self.previous)
        return Decimal(0) if larger <= 0 else (self.last - self.previous) / larger

    @property
    def declining(self) -> bool:
        return self.previous > 0 and self.last < self.previous * DECLINE_RATIO


def sales_trend(sales: Iterable[Sale], today: date, days: int = PERIOD_DAYS) -> Trend:
    """Last period = the ``days`` days ending today; previous = the ``days`` before those."""
    last_start = today - timedelta(days=days - 1)
    previous_start = last_start - timedelta(days=days)
    last = previous = Decimal(0)
    for sale in sales:
        if last_start <= sale.day <= today:
            last += sale.amount
        elif previous_start <= sale.day < last_start:
            previous += sale.amount
    return Trend(last, previous)


@dataclass(frozen=True, slots=True)
class ChurnRisk:
    level: RiskLevel
    reasons: tuple[ChurnReason, ...]
    days_quiet: int | None
    """Days since the last interaction (None: never), to explain the “no contact” reason."""
    trend: Trend


def churn_risk(*, is_client: bool, days_quiet: int | None, trend: Trend) -> ChurnRisk:
    reasons: list[ChurnReason] = []
    if is_client:
        if days_quiet is None or days_quiet >= QUIET_DAYS:
            reasons.append(ChurnReason.NO_CONTACT)
        if trend.declining:
            reasons.append(ChurnReason.DECLINING)
    level = (RiskLevel.NONE, RiskLevel.MEDIUM, RiskLevel.HIGH)[len(reasons)]
    return ChurnRisk(level, tuple(reasons), days_quiet, trend)
