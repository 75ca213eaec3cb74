"""The forecast's categories against figures worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sfa.analytics.attainment import Period
from sfa.analytics.forecast import ForecastDeal, Override, RepForecast, forecast, roll_up
from sfa.domain.enums import ForecastCategory as F
from sfa.domain.enums import QuotaPeriodKind, Stage

JULY = Period(QuotaPeriodKind.MONTH, date(2026, 7, 1))
D7 = date(2026, 7, 10)

DEALS = [
    ForecastDeal("rep1", Stage.WON, D("50000"), None, D7, F.PIPELINE),  # closed
    ForecastDeal("rep1", Stage.NEGOTIATION, D("30000"), None, D7, F.COMMIT),  # commit, full
    ForecastDeal("rep1", Stage.PROPOSAL, D("20000"), None, D7, F.BEST_CASE),  # best case, full
    # pipeline, weighted: 10,000 × 0.60 (proposal) = 6,000; 3,333.33 × 0.25 (the rep's own
    # probability) = 833.3325 → 833.33; 5,000 × 0.10 (prospecting) = 500
    ForecastDeal("rep1", Stage.PROPOSAL, D("10000"), None, D7, F.PIPELINE),
    ForecastDeal("rep1", Stage.QUALIFICATION, D("3333.33"), D("0.25"), D7, F.PIPELINE),
    ForecastDeal("rep1", Stage.PROSPECTING, D("5000"), None, D7, F.PIPELINE),
    ForecastDeal("rep1", Stage.NEGOTIATION, D("99999"), None, D7, F.OMITTED),  # left out
    ForecastDeal("rep1", Stage.LOST, D("88888"), None, D7, F.COMMIT),  # lost: nowhere
    ForecastDeal("rep1", Stage.NEGOTIATION, D("77777"), None, date(2026, 8, 1), F.COMMIT),  # Aug
    ForecastDeal("rep1", Stage.NEGOTIATION, D("66666"), None, None, F.COMMIT),  # no date
    ForecastDeal("rep1", Stage.NEGOTIATION, D("1000"), None, D7, F.COMMIT, "USD"),  # dollars
    ForecastDeal("rep2", Stage.NEGOTIATION, D("40000"), None, D7, F.COMMIT),
    ForecastDeal("rep2", Stage.NEEDS_ANALYSIS, D("12345.67"), None, D7, F.PIPELINE),
    ForecastDeal("rep9", Stage.WON, D("1"), None, D7, F.COMMIT),  # not on the team
]


def test_categories_per_rep() -> None:
    rep1, rep2 = forecast(DEALS, JULY, ["rep1", "rep2"])
    assert (rep1.closed, rep1.commit, rep1.best_case, rep1.pipeline) == (
        D("50000"),
        D("30000"),
        D("20000"),
        D("7333.33"),  # 6,000 + 833.33 + 500
    )
    assert rep1.total == D("107333.33")
    # rep2: 12,345.67 × 0.40 = 4,938.268 → 4,938.27
    assert (rep2.closed, rep2.commit, rep2.pipeline, rep2.total) == (
        D("0"),
        D("40000"),
        D("4938.27"),
        D("44938.27"),
    )


def test_the_managers_override_replaces_the_reps_commit() -> None:
    call = Override(D("15000"), "客户预算推迟", "manager")
    rep1, rep2 = forecast(DEALS, JULY, ["rep1", "rep2"], {"rep1": call})
    assert (rep1.committed, rep1.commit, rep1.total) == (D("30000"), D("15000"), D("92333.33"))
    team = roll_up("team", [rep1, rep2])
    # closed 50,000; commit 15,000 (override) + 40,000; best case 20,000;
    # pipeline 7,333.33 + 4,938.27 = 12,271.60; total 137,271.60
    assert team == RepForecast("team", D("50000"), D("55000"), D("20000"), D("12271.60"), None)
    assert team.total == D("137271.60")


def test_a_rep_without_deals_forecasts_zero() -> None:
    [empty] = forecast(DEALS, JULY, ["rep5"])
    assert empty.total == D("0") and empty.override is None
