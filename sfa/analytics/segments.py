"""Segments of the client base: loyal, repeat, ordinary and prospective clients.

The rules, checked in this order:

1. **prospective** — has not bought yet (no won business, no order): effort here is an
   investment in a future client.
2. **loyal** — bought at least twice, and scores 4 or 5 on both recency and frequency (see
   :mod:`sfa.analytics.rfm`): among the most recent *and* most frequent buyers of the
   portfolio. Two purchases at least, so that a portfolio of one-off buyers has no “loyal”
   client just for being the best of a weak field.
3. **repeat** — bought at least twice, but not recently or not often enough to be loyal.
4. **ordinary** — bought exactly once.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sfa.analytics.rfm import Purchases, RfmScore

LOYAL_MIN_SCORE = 4
REPEAT_MIN_PURCHASES = 2


class Segment(StrEnum):
    LOYAL = "loyal"
    REPEAT = "repeat"
    ORDINARY = "ordinary"
    PROSPECTIVE = "prospective"


SEGMENTS: tuple[Segment, ...] = tuple(Segment)
"""Best first, the order the dashboards show them in."""


def segment_of(purchases: Purchases, score: RfmScore | None) -> Segment:
    if purchases.frequency <= 0 or score is None:
        return Segment.PROSPECTIVE
    if purchases.frequency < REPEAT_MIN_PURCHASES:
        return Segment.ORDINARY
    if score.recency >= LOYAL_MIN_SCORE and score.frequency >= LOYAL_MIN_SCORE:
        return Segment.LOYAL
    return Segment.REPEAT


def segment_counts(segments: Iterable[Segment]) -> list[tuple[Segment, int]]:
    """How many clients each segment holds, every segment listed, best first."""
    counts = dict.fromkeys(SEGMENTS, 0)
    for segment in segments:
        counts[segment] += 1
    return [(segment, counts[segment]) for segment in SEGMENTS]
