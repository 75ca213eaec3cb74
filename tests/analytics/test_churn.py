"""Churn risk from silence and from a falling trend, by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sfa.analytics.churn import ChurnReason, RiskLevel, Trend, churn_risk, sales_trend
from sfa.analytics.value import Sale

TODAY = date(2025, 6, 30)


def test_the_trend_compares_the_last_180_days_with_the_180_before() -> None:
    """Last period: 2025-01-02 … 2025-06-30 (180 days); previous: 2024-07-06 … 2025-01-01.

    Sales: 2025-06-01 300 and 2025-01-02 100 → last = 400;
    2025-01-01 1,000 and 2024-07-06 200 → previous = 1,200; 2024-07-05 (too old) ignored.
    Change = (400 − 1,200) ÷ 1,200 = −2/3; 400 < 1,200 × 0.5 → declining.
    """
    sales = [
        Sale(date(2025, 6, 1), D(300)),
        Sale(date(2025, 1, 2), D(100)),
        Sale(date(2025, 1, 1), D(1000)),
        Sale(date(2024, 7, 6), D(200)),
        Sale(date(2024, 7, 5), D(9999)),
    ]
    trend = sales_trend(sales, TODAY)
    assert trend == Trend(D(400), D(1200))
    assert trend.change == D(-800) / D(1200)
    assert trend.declining


def test_a_trend_is_flat_without_business_and_not_declining_at_half() -> None:
    """No sales: change 0. last 50, previous 100: 50 < 50 is false → not declining;
    change = −50 ÷ 100 = −0.5. A new client (previous 0) is growing: change +1."""
    assert Trend(D(0), D(0)).change == 0
    assert not Trend(D(50), D(100)).declining
    assert Trend(D(50), D(100)).change == D("-0.5")
    assert Trend(D(80), D(0)).change == 1 and not Trend(D(80), D(0)).declining


def test_churn_risk_levels_and_reasons() -> None:
    """Quiet for 90 days (the limit) and declining: both signs → high.
    Quiet 89 days, declining → medium (declining only). Never contacted, flat → medium.
    A prospect never contacted → none (a prospect cannot churn)."""
    falling, flat = Trend(D(10), D(100)), Trend(D(0), D(0))
    high = churn_risk(is_client=True, days_quiet=90, trend=falling)
    assert (high.level, high.reasons) == (
        RiskLevel.HIGH,
        (ChurnReason.NO_CONTACT, ChurnReason.DECLINING),
    )
    medium = churn_risk(is_client=True, days_quiet=89, trend=falling)
    assert (medium.level, medium.reasons) == (RiskLevel.MEDIUM, (ChurnReason.DECLINING,))
    never = churn_risk(is_client=True, days_quiet=None, trend=flat)
    assert (never.level, never.reasons) == (RiskLevel.MEDIUM, (ChurnReason.NO_CONTACT,))
    prospect = churn_risk(is_client=False, days_quiet=None, trend=flat)
    assert (prospect.level, prospect.reasons) == (RiskLevel.NONE, ())
