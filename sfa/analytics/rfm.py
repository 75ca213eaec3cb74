"""Recency, frequency and monetary scores (RFM), 1–5 each, relative to the rep's portfolio.

Only clients that have bought are scored; the others have no RFM (they are prospects).
Among the n scored clients, a value's score is::

    score = 1 + (5 × w) // n

where w is the number of scored clients with a strictly *worse* value (for recency: more
days since the last purchase; for frequency and money: fewer purchases, less money). So the
scores are quintiles: the worst fifth scores 1, the best fifth 5. Clients with equal values
always share a score (the one of the first of them), whatever order they came in — no tie
is broken by an id or by chance.

A :class:`RfmScale` is built once from the whole portfolio and then scores any client in
O(log n), so the account pane can score one freshly edited client against the last
portfolio without recomputing it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

QUINTILES = 5


@dataclass(frozen=True, slots=True)
class Purchases:
    """What RFM looks at for one client."""

    recency_days: int | None
    """Days since the last purchase; None when the client never bought."""
    frequency: int
    monetary: Decimal


@dataclass(frozen=True, slots=True)
class RfmScore:
    recency: int
    frequency: int
    monetary: int

    @property
    def code(self) -> str:
        """The usual compact notation, e.g. ``"545"``."""
        return f"{self.recency}{self.frequency}{self.monetary}"


def _score(sorted_values: list[Decimal], value: Decimal) -> int:
    """Quintile of ``value`` among ``sorted_values`` (ascending, higher is better).

    A client scored against a portfolio it is not part of (edited since) may beat every
    member: it still scores at most 5.
    """
    worse = bisect_left(sorted_values, value)
    return min(QUINTILES, 1 + (QUINTILES * worse) // len(sorted_values))


class RfmScale:
    def __init__(self, portfolio: Iterable[Purchases]) -> None:
        buyers = [p for p in portfolio if p.frequency > 0 and p.recency_days is not None]
        # Fewer days is better: scored on −days so that “higher is better” holds everywhere.
        self._recency = sorted(Decimal(-(p.recency_days or 0)) for p in buyers)
        self._frequency = sorted(Decimal(p.frequency) for p in buyers)
        self._monetary = sorted(p.monetary for p in buyers)

    @property
    def size(self) -> int:
        return len(self._frequency)

    def score(self, client: Purchases) -> RfmScore | None:
        """The client's scores; None when it never bought or the portfolio has no buyer."""
        if client.frequency <= 0 or client.recency_days is None or not self._frequency:
            return None
        return RfmScore(
            recency=_score(self._recency, Decimal(-client.recency_days)),
            frequency=_score(self._frequency, Decimal(client.frequency)),
            monetary=_score(self._monetary, client.monetary),
        )
