"""RFM quintiles and the loyal / repeat / ordinary / prospective segments, by hand."""

from __future__ import annotations

from decimal import Decimal as D

from sfa.analytics.rfm import Purchases, RfmScale, RfmScore
from sfa.analytics.segments import Segment, segment_counts, segment_of


def test_five_distinct_clients_score_one_to_five() -> None:
    """n = 5; a client with w strictly worse clients scores 1 + (5 × w) // 5 = 1 + w.

    Recency 10, 20, 30, 40, 50 days: the 10-day client has 4 worse (more days) → 5;
    the 50-day client has none → 1. Frequency and money run the other way round here.
    """
    clients = [Purchases(10 * (i + 1), 5 - i, D(100 * (5 - i))) for i in range(5)]
    scale = RfmScale(clients)
    assert [scale.score(c) for c in clients] == [
        RfmScore(5, 5, 5),
        RfmScore(4, 4, 4),
        RfmScore(3, 3, 3),
        RfmScore(2, 2, 2),
        RfmScore(1, 1, 1),
    ]
    assert scale.score(clients[0]) is not None and scale.score(clients[0]).code == "555"  # type: ignore[union-attr]


def test_ties_share_the_score_of_the_first_of_them() -> None:
    """n = 10 buyers: frequencies 1,1,1,1,1,1,2,2,3,9 (the money is all 100).

    Frequency 1: w = 0 → 1 + 0 = 1 for all six (not 1,1,2,2,3,3 by input order);
    frequency 2: w = 6 → 1 + 30 // 10 = 4; 3: w = 8 → 1 + 40 // 10 = 5; 9: w = 9 → 5.
    Equal money: w = 0 for everybody → monetary 1.
    A non-buyer (frequency 0) has no score.
    """
    frequencies = [1, 1, 1, 1, 1, 1, 2, 2, 3, 9]
    clients = [Purchases(30, f, D(100)) for f in frequencies]
    scale = RfmScale([*clients, Purchases(None, 0, D(0))])
    assert scale.size == 10
    scores = [scale.score(c) for c in clients]
    assert [s.frequency for s in scores if s] == [1, 1, 1, 1, 1, 1, 4, 4, 5, 5]
    assert {s.monetary for s in scores if s} == {1}
    assert {s.recency for s in scores if s} == {1}
    assert scale.score(Purchases(None, 0, D(0))) is None
    assert scale.score(Purchases(30, 1, D(100))) == scores[0]  # input order plays no part


def test_a_client_scored_against_an_older_portfolio_stays_within_five() -> None:
    """Portfolio frequencies 1 and 2 (n = 2); a client with 7 purchases beats both:
    w = 2 → 1 + 10 // 2 = 6, capped at 5. Recency 0 days beats 5 and 9 days → 5."""
    scale = RfmScale([Purchases(5, 1, D(10)), Purchases(9, 2, D(20))])
    assert scale.score(Purchases(0, 7, D(1000))) == RfmScore(5, 5, 5)


def test_segments_follow_the_stated_rules() -> None:
    """loyal: ≥ 2 purchases and R ≥ 4 and F ≥ 4; repeat: ≥ 2 purchases otherwise;
    ordinary: exactly one; prospective: none."""
    many = Purchases(5, 6, D(1000))
    assert segment_of(many, RfmScore(4, 4, 1)) is Segment.LOYAL
    assert segment_of(many, RfmScore(5, 3, 5)) is Segment.REPEAT  # not frequent enough
    assert segment_of(many, RfmScore(3, 5, 5)) is Segment.REPEAT  # not recent enough
    once = Purchases(5, 1, D(1000))
    assert segment_of(once, RfmScore(5, 5, 5)) is Segment.ORDINARY  # one purchase, however big
    assert segment_of(Purchases(None, 0, D(0)), None) is Segment.PROSPECTIVE


def test_segments_of_a_small_portfolio_end_to_end() -> None:
    """Four buyers and a prospect.

    A: 2 days, 6 purchases; B: 40 days, 3 purchases; C: 200 days, 4 purchases;
    D: 10 days, 1 purchase. n = 4, score = 1 + (5 × w) // 4.
    Recency (fewer days better): A w=3 → 4; D w=2 → 3; B w=1 → 2; C w=0 → 1.
    Frequency: A w=3 → 4; C w=2 → 3; B w=1 → 2; D w=0 → 1.
    A: R 4, F 4, 6 purchases → loyal. B, C: ≥ 2 purchases but R or F < 4 → repeat.
    D: one purchase → ordinary. E: none → prospective.
    """
    portfolio = {
        "A": Purchases(2, 6, D(600)),
        "B": Purchases(40, 3, D(300)),
        "C": Purchases(200, 4, D(400)),
        "D": Purchases(10, 1, D(100)),
        "E": Purchases(None, 0, D(0)),
    }
    scale = RfmScale(portfolio.values())
    segments = {k: segment_of(p, scale.score(p)) for k, p in portfolio.items()}
    assert scale.score(portfolio["A"]) == RfmScore(4, 4, 4)
    assert scale.score(portfolio["C"]) == RfmScore(1, 3, 3)
    assert segments == {
        "A": Segment.LOYAL,
        "B": Segment.REPEAT,
        "C": Segment.REPEAT,
        "D": Segment.ORDINARY,
        "E": Segment.PROSPECTIVE,
    }


def test_segment_counts_list_every_segment() -> None:
    assert segment_counts([Segment.REPEAT, Segment.LOYAL, Segment.REPEAT]) == [
        (Segment.LOYAL, 1),
        (Segment.REPEAT, 2),
        (Segment.ORDINARY, 0),
        (Segment.PROSPECTIVE, 0),
    ]
