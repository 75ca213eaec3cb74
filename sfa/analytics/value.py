"""What a client is worth: historical, current, potential and lifetime value.

A *sale* is one piece of won business on a day: a won opportunity's amount, or an order's
total once the laptop holds orders. The caller chooses the source; nothing here reads a
database, so the same arithmetic serves the account pane, the lists and the dashboards.

Definitions (amounts in the company currency, rounded half-up to the fen at the end):

- **historical value** H = Σ amount of every sale so far.
- **current value** C, the yearly run-rate — what keeps coming in if nothing changes:
  Σ amount of the sales in the trailing 365 days (``today - 364`` … ``today``), but only for a
  *repeat* buyer (two sales or more in all). A single sale is a one-off, not a run-rate: 0.
- **potential value** P = Σ amount × probability over the open deals (the weighted pipeline).
- **lifetime value** L, the discounted margin the client is expected to bring from now on::

      Y = H ÷ max(1, years since the first sale)       average yearly value
      L = Y × g × r ÷ (1 + d − r)

  with gross margin g, yearly retention r and discount rate d (:class:`LifetimeAssumptions`).
  ``r ÷ (1 + d − r)`` is the present value of a margin of 1 a year that continues each year
  with probability r (the standard retention-based CLV); with r = 0.8 and d = 0.1 it is 8/3,
  about 2.67 years of margin. A client who never bought has no lifetime value yet: its
  worth is the potential value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sfa.domain.money import round_money

YEAR_DAYS = 365
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Sale:
    day: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class OpenDeal:
    amount: Decimal
    probability: Decimal
    """0…1, the rep's or the stage's (see :func:`sfa.domain.stages.probability_of`)."""


@dataclass(frozen=True, slots=True)
class LifetimeAssumptions:
    """The company's own figures; the defaults fit a distributor of office equipment."""

    gross_margin: Decimal = Decimal("0.30")
    retention: Decimal = Decimal("0.80")
    discount_rate: Decimal = Decimal("0.10")


DEFAULT_ASSUMPTIONS = LifetimeAssumptions()


@dataclass(frozen=True, slots=True)
class ValueFigures:
    historical: Decimal
    current: Decimal
    potential: Decimal
    lifetime: Decimal


def historical_value(sales: Iterable[Sale], currency: str = "CNY") -> Decimal:
    return round_money(sum((sale.amount for sale in sales), ZERO), currency)


def trailing_year(sales: Iterable[Sale], today: date) -> list[Sale]:
    """The sales of the 365 days ending today (today included)."""
    start = today - timedelta(days=YEAR_DAYS - 1)
    return [sale for sale in sales if start <= sale.day <= today]


def current_value(sales: Iterable[Sale], today: date, currency: str = "CNY") -> Decimal:
    every = list(sales)
    if len(every) < 2:
        return round_money(ZERO, currency)
    return historical_value(trailing_year(every, today), currency)


def potential_value(deals: Iterable[OpenDeal], currency: str = "CNY") -> Decimal:
    return round_money(sum((deal.amount * deal.probability for deal in deals), ZERO), currency)


def average_yearly_value(sales: Iterable[Sale], today: date) -> Decimal:
    """H ÷ years since the first sale, counting at least one year."""
    every = list(sales)
    if not every:
        return ZERO
    first = min(sale.day for sale in every)
    years = max(Decimal(1), Decimal((today - first).days) / YEAR_DAYS)
    return sum((sale.amount for sale in every), ZERO) / years


def lifetime_value(
    sales: Iterable[Sale],
    today: date,
    assumptions: LifetimeAssumptions = DEFAULT_ASSUMPTIONS,
    currency: str = "CNY",
) -> Decimal:
    r, d = assumptions.retention, assumptions.discount_rate
    expected_years = r / (1 + d - r)
    yearly = average_yearly_value(sales, today)
    return round_money(yearly * assumptions.gross_margin * expected_years, currency)


def value_figures(
    sales: Iterable[Sale],
    deals: Iterable[OpenDeal],
    today: date,
    assumptions: LifetimeAssumptions = DEFAULT_ASSUMPTIONS,
    currency: str = "CNY",
) -> ValueFigures:
    every, open_deals = list(sales), list(deals)
    if not every and not open_deals:  # most accounts of a big laptop: prospects gone quiet
        zero = round_money(ZERO, currency)
        return ValueFigures(zero, zero, zero, zero)
    return ValueFigures(
        historical=historical_value(every, currency),
        current=current_value(every, today, currency),
        potential=potential_value(open_deals, currency),
        lifetime=lifetime_value(every, today, assumptions, currency),
    )
