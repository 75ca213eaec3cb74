"""Attainment and quota roll-ups against figures worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sfa.analytics.attainment import (
    Attainment,
    Period,
    QuotaEntry,
    WonDeal,
    booked,
    by_group,
    copy_forward,
    per_rep,
    quota_for,
    roll_up,
)
from sfa.domain.enums import QuotaPeriodKind, Stage

MONTH, QUARTER = QuotaPeriodKind.MONTH, QuotaPeriodKind.QUARTER
JULY = Period(MONTH, date(2026, 7, 1))
AUGUST = Period(MONTH, date(2026, 8, 1))
Q3 = Period(QUARTER, date(2026, 7, 1))


def test_periods() -> None:
    assert Period.of(QUARTER, date(2026, 8, 31)) == Q3
    assert Q3.end == date(2026, 10, 1) and Q3.months() == [
        JULY,
        AUGUST,
        Period(MONTH, date(2026, 9, 1)),
    ]
    assert Period(MONTH, date(2026, 12, 1)).following() == Period(MONTH, date(2027, 1, 1))
    assert Period(QUARTER, date(2026, 10, 1)).following() == Period(QUARTER, date(2027, 1, 1))
    assert JULY.contains(date(2026, 7, 31)) and not JULY.contains(date(2026, 8, 1))
    assert not JULY.contains(None)
    assert [p.start.month for p in Period.of_year(QUARTER, 2026)] == [1, 4, 7, 10]


QUOTAS = [
    QuotaEntry("rep1", JULY, D("100000")),
    QuotaEntry("rep1", AUGUST, D("120000")),
    QuotaEntry("rep2", JULY, D("80000")),
    QuotaEntry("rep2", Q3, D("200000")),
]


def test_quota_of_a_quarter_is_its_own_or_the_sum_of_its_months() -> None:
    assert quota_for(QUOTAS, "rep2", Q3) == D("200000")  # set for the quarter itself
    assert quota_for(QUOTAS, "rep1", Q3) == D("220000")  # 100,000 + 120,000 (+ no September)
    assert quota_for(QUOTAS, "rep3", Q3) is None
    assert quota_for(QUOTAS, "rep2", AUGUST) is None


DEALS = [
    WonDeal("rep1", Stage.WON, D("45000.50"), date(2026, 7, 3)),
    WonDeal("rep1", Stage.WON, D("40000"), date(2026, 7, 31)),
    WonDeal("rep1", Stage.WON, D("9999"), date(2026, 8, 1)),  # August
    WonDeal("rep1", Stage.NEGOTIATION, D("70000"), date(2026, 7, 20)),  # not won
    WonDeal("rep2", Stage.LOST, D("50000"), date(2026, 7, 9)),  # lost
    WonDeal("rep2", Stage.WON, D("100000"), date(2026, 7, 15)),
    WonDeal("rep3", Stage.WON, D("30000"), date(2026, 7, 1)),
    WonDeal(None, Stage.WON, D("1"), date(2026, 7, 1)),  # nobody's
]


def test_attainment_per_rep() -> None:
    won = booked(DEALS, JULY)
    assert won == {"rep1": D("85000.50"), "rep2": D("100000"), "rep3": D("30000")}
    rows = per_rep(["rep1", "rep2", "rep3", "rep4"], QUOTAS, won, JULY)
    # rep1: 85,000.50 / 100,000 = 0.850005 → 0.8500 (half-up to four places)
    # rep2: 100,000 / 80,000 = 1.25; rep3: no quota; rep4: nothing at all
    assert [(r.key, r.quota, r.won, r.ratio) for r in rows] == [
        ("rep1", D("100000"), D("85000.50"), D("0.8500")),
        ("rep2", D("80000"), D("100000"), D("1.2500")),
        ("rep3", None, D("30000"), None),
        ("rep4", None, D("0"), None),
    ]


def test_roll_ups_divide_totals_not_average_percentages() -> None:
    rows = per_rep(["rep1", "rep2", "rep3"], QUOTAS, booked(DEALS, JULY), JULY)
    team = roll_up("manager", rows, ["rep1", "rep2", "rep3"])
    # quota 100,000 + 80,000 = 180,000; won 85,000.50 + 100,000 + 30,000 = 215,000.50
    # 215,000.50 / 180,000 = 1.19444… → 1.1944 (the average of 85 % and 125 % would be 105 %)
    assert (team.quota, team.won, team.ratio) == (D("180000"), D("215000.50"), D("1.1944"))
    territories = by_group(rows, {"t-south": ["rep1", "rep2"], "t-east": ["rep3"], "t-new": []})
    assert territories == [
        Attainment("t-east", None, D("30000")),
        Attainment("t-new", None, D("0")),
        Attainment("t-south", D("180000"), D("185000.50")),
    ]
    assert territories[2].ratio == D("1.0278")  # 185,000.50 / 180,000 = 1.027780…


def test_quarter_attainment() -> None:
    won = booked(DEALS, Q3)
    rows = per_rep(["rep1"], QUOTAS, won, Q3)
    # (45,000.50 + 40,000 + 9,999) / 220,000 = 94,999.50 / 220,000 = 0.431815… → 0.4318
    assert (rows[0].won, rows[0].ratio) == (D("94999.50"), D("0.4318"))


def test_copy_forward_fills_only_empty_cells() -> None:
    copied = copy_forward(QUOTAS, JULY)
    # rep1 has an August quota already (120,000): kept; rep2 gets July's 80,000.
    assert copied == [QuotaEntry("rep2", AUGUST, D("80000"))]
    assert copy_forward(QUOTAS, Q3) == [
        QuotaEntry("rep2", Period(QUARTER, date(2026, 10, 1)), D("200000"))
    ]
