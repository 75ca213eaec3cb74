"""Historical, current, potential and lifetime value against figures worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sfa.analytics.value import (
    LifetimeAssumptions,
    OpenDeal,
    Sale,
    average_yearly_value,
    current_value,
    historical_value,
    lifetime_value,
    potential_value,
    value_figures,
)

TODAY = date(2025, 6, 30)


def test_historical_value_is_all_won_business() -> None:
    """1,000.00 + 2,500.50 + 99.99 = 3,600.49."""
    sales = [
        Sale(date(2020, 1, 5), D("1000.00")),
        Sale(date(2024, 3, 1), D("2500.50")),
        Sale(date(2025, 6, 1), D("99.99")),
    ]
    assert historical_value(sales) == D("3600.49")
    assert historical_value([]) == D("0.00")


def test_current_value_is_the_trailing_year_of_a_repeat_buyer() -> None:
    """The trailing year ends today (2025-06-30) and starts 364 days earlier: 2024-07-01.

    Sales on 2024-06-30 (a day too early, 500) and 2024-07-01 (300), 2025-06-30 (200):
    run-rate = 300 + 200 = 500; the 500 a year and a day ago does not count.
    """
    sales = [
        Sale(date(2024, 6, 30), D("500")),
        Sale(date(2024, 7, 1), D("300")),
        Sale(TODAY, D("200")),
    ]
    assert current_value(sales, TODAY) == D("500.00")


def test_a_single_sale_is_a_one_off_with_no_run_rate() -> None:
    """One sale of 80,000 last month: historical 80,000, current 0 (nothing recurs)."""
    sales = [Sale(date(2025, 6, 1), D("80000"))]
    assert historical_value(sales) == D("80000.00")
    assert current_value(sales, TODAY) == D("0.00")


def test_potential_value_is_the_weighted_open_pipeline() -> None:
    """100,000 × 0.60 + 50,000 × 0.10 + 33.33 × 0.5 = 60,000 + 5,000 + 16.665 → 65,016.67
    (half-up to the fen)."""
    deals = [
        OpenDeal(D("100000"), D("0.60")),
        OpenDeal(D("50000"), D("0.10")),
        OpenDeal(D("33.33"), D("0.5")),
    ]
    assert potential_value(deals) == D("65016.67")


def test_average_yearly_value_counts_at_least_one_year() -> None:
    """First sale 730 days before today: 2 years; (100,000 + 140,000) ÷ 2 = 120,000.
    First sale 100 days ago: counted as 1 year, so the yearly value is the sum, 9,000."""
    two_years = [Sale(date(2023, 7, 1), D("100000")), Sale(date(2025, 1, 1), D("140000"))]
    assert (TODAY - date(2023, 7, 1)).days == 730
    assert average_yearly_value(two_years, TODAY) == D("120000")
    recent = [Sale(date(2025, 3, 22), D("4000")), Sale(date(2025, 6, 1), D("5000"))]
    assert average_yearly_value(recent, TODAY) == D("9000")
    assert average_yearly_value([], TODAY) == D("0")


def test_lifetime_value_is_discounted_retained_margin() -> None:
    """Y = 120,000 a year (above), g = 30 %, r = 0.8, d = 0.1:
    r ÷ (1 + d − r) = 0.8 ÷ 0.3 = 8/3; L = 120,000 × 0.3 × 8/3 = 36,000 × 8/3 = 96,000.00.

    With r = 0.5, d = 0: 0.5 ÷ 0.5 = 1 year of margin; g = 25 %: 120,000 × 0.25 = 30,000.00.
    """
    sales = [Sale(date(2023, 7, 1), D("100000")), Sale(date(2025, 1, 1), D("140000"))]
    assert lifetime_value(sales, TODAY) == D("96000.00")
    own = LifetimeAssumptions(gross_margin=D("0.25"), retention=D("0.5"), discount_rate=D("0"))
    assert lifetime_value(sales, TODAY, own) == D("30000.00")
    assert lifetime_value([], TODAY) == D("0.00")


def test_value_figures_together() -> None:
    """Sales 2023-07-01 100,000 and 2025-01-01 140,000; one open deal 10,000 at 40 %.
    H = 240,000; C = 140,000 (only 2025-01-01 is in the trailing year; repeat buyer);
    P = 4,000; L = 96,000 (as above)."""
    sales = [Sale(date(2023, 7, 1), D("100000")), Sale(date(2025, 1, 1), D("140000"))]
    figures = value_figures(sales, [OpenDeal(D("10000"), D("0.4"))], TODAY)
    assert (figures.historical, figures.current, figures.potential, figures.lifetime) == (
        D("240000.00"),
        D("140000.00"),
        D("4000.00"),
        D("96000.00"),
    )
