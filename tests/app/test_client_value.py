"""Client value and health read from a hand-made store on a fixed day (2025-06-30).

The portfolio: four clients who bought (A, B, D, E) and a prospect (C). Every figure below is
worked out by hand in the docstring of the test that checks it.
"""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime
from decimal import Decimal as D
from typing import Any

import pytest
from sqlalchemy import inspect

from sfa.analytics.churn import ChurnReason, RiskLevel
from sfa.analytics.health import Lifecycle
from sfa.analytics.pyramid import Tier
from sfa.analytics.rfm import RfmScore
from sfa.analytics.segments import Segment
from sfa.app.client_value import (
    ClientFigures,
    ClientValue,
    Portfolio,
    account_value,
    data_stamp,
    portfolio_values,
)
from sfa.app.client_value_dashboard import dashboard
from sfa.app.client_value_quiet import without_full_collections
from sfa.store import writes
from sfa.store.store import LocalStore

TODAY = date(2025, 6, 30)
ME = "user-rep1"


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)


def won(conn: Any, account: str, day: str, amount: str, **extra: Any) -> str:
    fields = {
        "account_id": account,
        "name": f"deal {day}",
        "stage": "won",
        "amount": D(amount),
        "close_date": date.fromisoformat(day),
        "close_reason": "price",
        **extra,
    }
    return writes.create(conn, "opportunity", fields, actor=ME)


def activity(conn: Any, account: str, kind: str, day: str, rating: int | None = None) -> None:
    fields: dict[str, Any] = {
        "account_id": account,
        "kind": kind,
        "subject": f"{kind} {day}",
        "occurred_at": at(day),
    }
    if rating is not None:
        fields["satisfaction"] = rating
    writes.create(conn, "activity", fields, actor=ME)


@pytest.fixture
def ids(store: LocalStore) -> dict[str, str]:
    with store.transaction() as conn:
        made = {
            key: writes.create(conn, "account", {"name": name, "status": status}, actor=ME)
            for key, name, status in (
                ("A", "深圳华为技术", "customer"),
                ("B", "杭州娃哈哈", "customer"),
                ("C", "广州白云制药", "prospect"),
                ("D", "南京钢铁", "customer"),
                ("E", "深圳腾讯", "customer"),
            )
        }
        a, b, c, d, e = (made[k] for k in "ABCDE")
        won(conn, a, "2024-12-01", "100000")
        won(conn, a, "2025-05-01", "60000")
        writes.create(
            conn,
            "opportunity",
            {"account_id": a, "name": "扩容", "stage": "proposal", "amount": D("50000"),
             "probability": D("0.6")},
            actor=ME,
        )  # fmt: skip
        lost = {"account_id": a, "name": "lost", "stage": "lost", "amount": D("999999")}
        writes.create(conn, "opportunity", {**lost, "close_reason": "price"}, actor=ME)
        gone = won(conn, a, "2025-06-01", "777777")
        writes.delete(conn, "opportunity", gone, actor=ME)
        activity(conn, a, "call", "2025-06-25", 5)
        activity(conn, a, "meeting", "2025-06-10", 4)
        activity(conn, a, "note", "2025-06-29")
        activity(conn, a, "call", "2025-03-01", 3)
        visit = {
            "account_id": a,
            "purpose": "拜访",
            "starts_at": at("2025-06-28"),
            "ends_at": at("2025-06-28").replace(hour=10),
            "status": "done",
        }
        writes.create(conn, "visit", visit, actor=ME)

        won(conn, b, "2023-07-01", "20000")
        won(conn, b, "2024-09-01", "10000")
        activity(conn, b, "call", "2025-03-02", 2)

        writes.create(
            conn,
            "opportunity",
            {"account_id": c, "name": "新项目", "stage": "qualification", "amount": D("10000")},
            actor=ME,
        )
        activity(conn, c, "email", "2025-06-20")

        won(conn, d, "2025-02-01", "7000")

        for day in ("2024-12-01", "2025-03-01", "2025-06-01"):
            won(conn, e, day, "1000")
        activity(conn, e, "call", "2025-06-29", 4)
    return made


@pytest.fixture
def portfolio(store: LocalStore, ids: dict[str, str]) -> Portfolio:
    with store.reading() as conn:
        return portfolio_values(conn, today=TODAY, chunk_size=2)  # chunks split the five


@pytest.fixture
def clients(store: LocalStore, portfolio: Portfolio, ids: dict[str, str]) -> dict[str, Any]:
    """Each client read in full on the portfolio's scales — and the figures the portfolio
    keeps for the lists are the same as that full reading's."""
    with store.reading() as conn:
        full = {
            key: account_value(conn, account_id, today=TODAY, scales=portfolio.scales)
            for key, account_id in ids.items()
        }
    for key, client in full.items():
        assert isinstance(client, ClientValue)
        assert portfolio.clients[ids[key]] == ClientFigures.of(client)
    return full


def test_value_figures_of_a_growing_client(clients: dict[str, Any]) -> None:
    """A won 100,000 (2024-12-01) and 60,000 (2025-05-01); the lost deal and the deleted won
    deal do not count. H = 160,000; both sales fall in the trailing year (from 2024-07-01)
    and A bought twice, so C = 160,000. P = 50,000 × 0.6 = 30,000.
    First sale 211 days ago → counted as one year → Y = 160,000;
    L = 160,000 × 0.3 × 0.8 ÷ 0.3 = 128,000."""
    a = clients["A"].figures
    assert (a.historical, a.current, a.potential, a.lifetime) == (
        D("160000.00"),
        D("160000.00"),
        D("30000.00"),
        D("128000.00"),
    )


def test_health_and_lifecycle_of_a_growing_client(clients: dict[str, Any]) -> None:
    """Last interaction: the done visit of 2025-06-28 (2 days) → R = 98; the note of 06-29
    is not an interaction. In the last 90 days (from 2025-04-02): call 06-25, meeting 06-10
    → 2 → F = 40. Ratings newest first 5, 4, 3 → mean 4 → S = 75.
    Trend: 60,000 in the last 180 days (from 2025-01-02) vs 100,000 before → change −0.4 →
    T = 30; 60,000 is not below half of 100,000 → no churn sign.
    Health = 30 + 19.6 + 8 + 6 = 63.6 → 64. First sale 211 days ago → developing."""
    a = clients["A"]
    assert a.health.index == 64
    assert a.churn.level is RiskLevel.NONE
    assert a.lifecycle is Lifecycle.DEVELOPING


def test_a_quiet_client_buying_less_is_at_high_risk(clients: dict[str, Any]) -> None:
    """B: 20,000 on 2023-07-01 (730 days ago = 2 years) and 10,000 on 2024-09-01.
    H = 30,000; C = 10,000 (only 2024-09-01 in the trailing year); Y = 15,000 → L = 12,000.
    Last contact 2025-03-02: 120 days → R = 0 and no contact for ≥ 90 days; none in the last
    90 → F = 0; rating 2 → S = 25. Trend: 0 now vs 10,000 before → declining, T = 0.
    Health = 0.4 × 25 = 10; high churn risk with both reasons; declining."""
    b = clients["B"]
    assert (b.figures.historical, b.figures.current, b.figures.lifetime) == (
        D("30000.00"),
        D("10000.00"),
        D("12000.00"),
    )
    assert b.health.index == 10
    assert b.churn.level is RiskLevel.HIGH
    assert b.churn.reasons == (ChurnReason.NO_CONTACT, ChurnReason.DECLINING)
    assert b.churn.days_quiet == 120
    assert b.lifecycle is Lifecycle.DECLINING


def test_a_prospect_has_only_potential(clients: dict[str, Any]) -> None:
    """C: an open qualification deal of 10,000 with no probability set → stage default 20 %
    → P = 2,000. E-mail 10 days ago → R = 90, F = 20, no rating → S = 50, flat → T = 50.
    Health = 20 + 18 + 4 + 10 = 52. Prospective, outside the pyramid, acquiring, no risk."""
    c = clients["C"]
    assert (c.figures.historical, c.figures.potential, c.figures.lifetime) == (
        D("0.00"),
        D("2000.00"),
        D("0.00"),
    )
    assert c.health.index == 52
    assert (c.segment, c.tier, c.lifecycle) == (Segment.PROSPECTIVE, None, Lifecycle.ACQUIRING)
    assert c.churn.level is RiskLevel.NONE and c.rfm is None


def test_rfm_segments_and_pyramid_across_the_portfolio(clients: dict[str, Any]) -> None:
    """Four buyers (n = 4), score = 1 + (5 × w) // 4 with w the number of worse buyers.

    Days since the last purchase: E 29, A 60, D 149, B 302 → R: E 4, A 3, D 2, B 1.
    Purchases: E 3; A 2, B 2 (w = 1: D bought once); D 1 → F: E 4, A 2, B 2, D 1.
    Money: A 160,000; B 30,000; D 7,000; E 3,000 → M: A 4, B 3, D 2, E 1.
    Segments: E bought 3 times with R 4 and F 4 → loyal; A and B bought twice → repeat;
    D once → ordinary; C never → prospective.
    Pyramid (T = 200,000): A has nobody above → VIP; B has 160,000 = 80 % above (not < 80 %)
    → small; D, E → small.
    """
    assert {k: c.rfm for k, c in clients.items()} == {
        "A": RfmScore(3, 2, 4),
        "B": RfmScore(1, 2, 3),
        "C": None,
        "D": RfmScore(2, 1, 2),
        "E": RfmScore(4, 4, 1),
    }
    assert {k: c.segment for k, c in clients.items()} == {
        "A": Segment.REPEAT,
        "B": Segment.REPEAT,
        "C": Segment.PROSPECTIVE,
        "D": Segment.ORDINARY,
        "E": Segment.LOYAL,
    }
    assert {k: c.tier for k, c in clients.items()} == {
        "A": Tier.VIP,
        "B": Tier.SMALL,
        "C": None,
        "D": Tier.SMALL,
        "E": Tier.SMALL,
    }


def test_a_one_off_client_never_contacted_is_declining(clients: dict[str, Any]) -> None:
    """D: one sale of 7,000 on 2025-02-01 (149 days ago): C = 0 (one-off), Y = 7,000 (one
    year at least) → L = 5,600. Never contacted: no-contact churn sign → medium → declining.
    Health: S 50, R 0, F 0, T = 50 + 50 × 1 (new business) = 100 → 20 + 20 = 40."""
    d = clients["D"]
    assert (d.figures.current, d.figures.lifetime) == (D("0.00"), D("5600.00"))
    assert d.churn.level is RiskLevel.MEDIUM and d.churn.reasons == (ChurnReason.NO_CONTACT,)
    assert d.health.index == 40
    assert d.lifecycle is Lifecycle.DECLINING


def test_one_account_is_placed_on_the_last_portfolio_scales(
    store: LocalStore, portfolio: Portfolio, ids: dict[str, str]
) -> None:
    """Read alone, A gets the same figures as in the portfolio. After a call rated 1 today,
    A's ratings are 1, 5, 4, 3 → mean 3.25 → S = 56.25; R = 100; F = 60 (three in 90 days);
    health = 22.5 + 20 + 12 + 6 = 60.5 → 61, on the same scales."""
    with store.reading() as conn:
        alone = account_value(conn, ids["A"], today=TODAY, scales=portfolio.scales)
        fresh = account_value(conn, ids["A"], today=TODAY)
        assert account_value(conn, "no-such-account", today=TODAY) is None
    assert alone == fresh
    assert alone is not None and portfolio.clients[ids["A"]] == ClientFigures.of(alone)
    with store.transaction() as conn:
        activity(conn, ids["A"], "call", "2025-06-30", 1)
    with store.reading() as conn:
        after = account_value(conn, ids["A"], today=TODAY, scales=portfolio.scales)
    assert after is not None and after.health.index == 61


def test_orders_replace_won_deals_as_the_measure_of_business(
    store: LocalStore, ids: dict[str, str]
) -> None:
    """D gets two orders: 8,000 on 2025-06-15 and a cancelled 1,000,000. With orders, D's
    business is its orders alone (the won deal of 7,000 is not added): H = 8,000."""
    with store.reading() as conn:
        if not inspect(conn).has_table("order"):
            pytest.skip("this schema has no orders yet")
    with store.transaction() as conn:
        for total, status in (("8000", "confirmed"), ("1000000", "cancelled")):
            order = {
                "account_id": ids["D"],
                "number": f"O-{status}",
                "status": status,
                "order_date": date(2025, 6, 15),
                "subtotal": D(total),
                "tax": D(0),
                "total": D(total),
            }
            writes.create(conn, "order", order, actor=ME)
    with store.reading() as conn:
        d = account_value(conn, ids["D"], today=TODAY)
    assert d is not None and d.figures.historical == D("8000.00")


def test_dashboard_figures(store: LocalStore, portfolio: Portfolio) -> None:
    """Funnel: A's proposal 50,000 (× 0.6 = 30,000), C's qualification 10,000 (× 0.2 = 2,000).
    Won deals by close month (July 2024 … June 2025): 2024-09 B; 2024-12 A and E; 2025-02 D;
    2025-03 E; 2025-05 A; 2025-06 E (B's 2023 deal is too old; the lost deal has no date).
    Pyramid: VIP A 160,000; small B, D, E = 30,000 + 7,000 + 3,000 = 40,000.
    Segments: E loyal; A, B repeat; D ordinary; C prospective.
    Health: B 10 → 0–19; C 52 and D 40 → 40–59; A 64 and E 69 → 60–79."""
    with store.reading() as conn:
        board = dashboard(conn, portfolio)
        nobody = dashboard(conn, portfolio, owner="user-nobody")
    steps = {step.stage.value: step for step in board.funnel}
    assert (steps["proposal"].amount, steps["proposal"].weighted) == (D(50000), D(30000))
    assert (steps["qualification"].count, steps["qualification"].weighted) == (1, D(2000))
    assert [(r.month.isoformat()[:7], r.won) for r in board.win_rates if r.won] == [
        ("2024-09", 1),
        ("2024-12", 2),
        ("2025-02", 1),
        ("2025-03", 1),
        ("2025-05", 1),
        ("2025-06", 1),
    ]
    assert board.win_rates[-1].rate == 1 and board.win_rates[0].rate is None
    assert board.pyramid == [
        (Tier.VIP, 1, D("160000.00")),
        (Tier.MAJOR, 0, D(0)),
        (Tier.MEDIUM, 0, D(0)),
        (Tier.SMALL, 3, D("40000.00")),
    ]
    assert board.segments == [
        (Segment.LOYAL, 1),
        (Segment.REPEAT, 2),
        (Segment.ORDINARY, 1),
        (Segment.PROSPECTIVE, 1),
    ]
    assert board.health == [(0, 1), (20, 0), (40, 2), (60, 2), (80, 0)]
    assert sum(step.count for step in nobody.funnel) == 0
    assert sum(count for _segment, count in nobody.segments) == 0


def test_the_data_stamp_changes_with_any_edit_and_only_then(
    store: LocalStore, ids: dict[str, str]
) -> None:
    """A repeated read gives the same stamp (the figures are kept); logging a call, editing a
    deal or creating an account each give a new one (the figures are recomputed)."""
    with store.reading() as conn:
        first, again = data_stamp(conn), data_stamp(conn)
    assert first == again
    stamps = [first]
    with store.transaction() as conn:
        activity(conn, ids["C"], "call", "2025-06-30", 4)
    with store.reading() as conn:
        stamps.append(data_stamp(conn))
    with store.transaction() as conn:
        writes.update(conn, "account", ids["C"], {"status": "customer"}, actor=ME)
    with store.reading() as conn:
        stamps.append(data_stamp(conn))
    assert len(set(stamps)) == 3


def test_overlapping_bulk_work_turns_collection_back_on_only_at_the_end() -> None:
    """Two workers valuing and sorting at once: the garbage collector stays off until the
    last one is done, then is on again as it was."""
    assert gc.isenabled()
    first, second = without_full_collections(), without_full_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()
