"""The dashboards' pipeline figures: the funnel by stage and the monthly win rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sfa.analytics.pipeline import Deal, MonthRate, funnel, month_start, win_rates
from sfa.domain.enums import Stage


def test_the_funnel_has_every_open_stage_in_sales_order() -> None:
    """Proposal: 10,000 × 0.6 + 5,000 × 0.5 = 6,000 + 2,500 = 8,500 weighted, 15,000 amount;
    prospecting: 1,000 × 0.1 = 100. Won and lost deals are not in the funnel."""
    deals = [
        Deal(Stage.PROPOSAL, D(10000), D("0.6"), None),
        Deal(Stage.PROPOSAL, D(5000), D("0.5"), None),
        Deal(Stage.PROSPECTING, D(1000), D("0.1"), None),
        Deal(Stage.WON, D(99999), D(1), date(2025, 1, 1)),
    ]
    steps = funnel(deals)
    assert [s.stage for s in steps] == [
        Stage.PROSPECTING,
        Stage.QUALIFICATION,
        Stage.NEEDS_ANALYSIS,
        Stage.PROPOSAL,
        Stage.NEGOTIATION,
    ]
    proposal = steps[3]
    assert (proposal.count, proposal.amount, proposal.weighted) == (2, D(15000), D(8500))
    assert (steps[0].count, steps[0].weighted) == (1, D(100))
    assert steps[1].count == 0 and steps[1].amount == 0


def test_month_start_goes_back_across_years() -> None:
    assert month_start(date(2025, 2, 17), 3) == date(2024, 11, 1)
    assert month_start(date(2025, 1, 31)) == date(2025, 1, 1)


def test_win_rate_by_month_counts_closed_deals() -> None:
    """Three months ending June 2025. April: nothing closed → no rate.
    May: won 3, lost 1 → 3 ÷ 4 = 75 %. June: lost 2 → 0 %.
    A deal closed in March (outside) and an open deal are ignored."""

    def closed(stage: Stage, day: date) -> Deal:
        return Deal(stage, D(1), D(1), day)

    deals = [
        *(closed(Stage.WON, date(2025, 5, d)) for d in (1, 15, 31)),
        closed(Stage.LOST, date(2025, 5, 2)),
        closed(Stage.LOST, date(2025, 6, 1)),
        closed(Stage.LOST, date(2025, 6, 30)),
        closed(Stage.WON, date(2025, 3, 31)),
        Deal(Stage.PROPOSAL, D(1), D("0.6"), date(2025, 6, 3)),
    ]
    rates = win_rates(deals, date(2025, 6, 30), months=3)
    assert rates == [
        MonthRate(date(2025, 4, 1), 0, 0),
        MonthRate(date(2025, 5, 1), 3, 1),
        MonthRate(date(2025, 6, 1), 0, 2),
    ]
    assert [r.rate for r in rates] == [None, D("0.75"), D(0)]
