"""The pipeline as the dashboards chart it: a funnel of open deals by stage, and the win
rate month by month.

- **funnel**: per open stage, in sales order, the number of deals, their amount and their
  weighted amount (amount × probability, the stage's or the rep's);
- **win rate** of a month = deals won ÷ deals closed (won + lost) with a close date in that
  month, by count; a month with no closed deal has no rate (``None``), not 0 %.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sfa.domain.enums import Stage
from sfa.domain.stages import OPEN_STAGES


@dataclass(frozen=True, slots=True)
class Deal:
    stage: Stage
    amount: Decimal
    probability: Decimal
    close_date: date | None


@dataclass(frozen=True, slots=True)
class FunnelStep:
    stage: Stage
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True, slots=True)
class MonthRate:
    month: date
    """The first day of the month."""
    won: int
    lost: int

    @property
    def rate(self) -> Decimal | None:
        closed = self.won + self.lost
        return None if closed == 0 else Decimal(self.won) / closed


def funnel(deals: Iterable[Deal]) -> list[FunnelStep]:
    """Every open stage, empty ones included, so the funnel keeps its shape."""
    counts = dict.fromkeys(OPEN_STAGES, 0)
    amounts = dict.fromkeys(OPEN_STAGES, Decimal(0))
    weighted = dict.fromkeys(OPEN_STAGES, Decimal(0))
    for deal in deals:
        if deal.stage in counts:
            counts[deal.stage] += 1
            amounts[deal.stage] += deal.amount
            weighted[deal.stage] += deal.amount * deal.probability
    return [FunnelStep(s, counts[s], amounts[s], weighted[s]) for s in OPEN_STAGES]


def month_start(day: date, back: int = 0) -> date:
    """The first day of ``day``'s month, ``back`` months earlier."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def win_rates(deals: Iterable[Deal], today: date, months: int = 12) -> list[MonthRate]:
    """The last ``months`` months, oldest first, this month included."""
    firsts = [month_start(today, back) for back in range(months - 1, -1, -1)]
    counts = {first: [0, 0] for first in firsts}
    for deal in deals:
        if deal.close_date is None or not deal.stage.is_closed:
            continue
        tally = counts.get(month_start(deal.close_date))
        if tally is not None:
            tally[0 if deal.stage is Stage.WON else 1] += 1
    return [MonthRate(first, won, lost) for first, (won, lost) in counts.items()]
