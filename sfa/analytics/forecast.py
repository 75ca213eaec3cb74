"""The forecast of a period: what each rep has closed and expects to close, by category.

For the deals with a close date in the period:

- **closed** — deals won, at their amount (whatever their category);
- **commit** — open deals the rep put in *commit*, at their full amount; replaced as a whole
  by the manager's override for the rep when there is one (``commit_override`` on the rep's
  quota for the period);
- **best case** — open *best case* deals, at their full amount;
- **pipeline** — open *pipeline* deals weighted by probability (the rep's, else the stage's:
  :func:`sfa.domain.stages.probability_of`), each rounded half-up to the fen;
- lost and *omitted* deals count nowhere;
- **total** = closed + commit + best case + pipeline: the period's expected business.

Deals without a close date cannot be placed in a period and are left out; amounts in another
currency than the one asked for are left out too (nothing here converts money).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sfa.analytics.attainment import ZERO, Period
from sfa.domain.enums import ForecastCategory, Stage
from sfa.domain.stages import probability_of, weighted_amount


@dataclass(frozen=True, slots=True)
class ForecastDeal:
    owner_id: str | None
    stage: Stage
    amount: Decimal | None
    probability: Decimal | None
    close_date: date | None
    category: ForecastCategory
    currency: str = "CNY"


@dataclass(frozen=True, slots=True)
class Override:
    """The manager's call of a rep's commit, and why."""

    amount: Decimal
    note: str | None = None
    set_by: str | None = None


@dataclass(frozen=True, slots=True)
class RepForecast:
    user_id: str
    closed: Decimal = ZERO
    committed: Decimal = ZERO
    """The sum of the rep's commit deals (shown beside an override)."""
    best_case: Decimal = ZERO
    pipeline: Decimal = ZERO
    override: Override | None = None

    @property
    def commit(self) -> Decimal:
        return self.override.amount if self.override is not None else self.committed

    @property
    def total(self) -> Decimal:
        return self.closed + self.commit + self.best_case + self.pipeline


def _add(row: RepForecast, deal: ForecastDeal, currency: str) -> RepForecast:
    amount = deal.amount or ZERO
    if deal.stage == Stage.WON:
        return _with(row, closed=row.closed + amount)
    if deal.stage.is_closed:
        return row
    if deal.category == ForecastCategory.COMMIT:
        return _with(row, committed=row.committed + amount)
    if deal.category == ForecastCategory.BEST_CASE:
        return _with(row, best_case=row.best_case + amount)
    if deal.category == ForecastCategory.PIPELINE:
        chance = probability_of(deal.stage, deal.probability)
        return _with(row, pipeline=row.pipeline + weighted_amount(amount, chance, currency))
    return row


def _with(row: RepForecast, **changes: Decimal) -> RepForecast:
    values = {
        "closed": row.closed,
        "committed": row.committed,
        "best_case": row.best_case,
        "pipeline": row.pipeline,
        **changes,
    }
    return RepForecast(row.user_id, override=row.override, **values)


def forecast(
    deals: Iterable[ForecastDeal],
    period: Period,
    user_ids: Iterable[str],
    overrides: Mapping[str, Override] | None = None,
    currency: str = "CNY",
) -> list[RepForecast]:
    """One row per rep of ``user_ids`` (in that order) for ``period``."""
    calls = overrides or {}
    rows = {user: RepForecast(user, override=calls.get(user)) for user in user_ids}
    for deal in deals:
        row = rows.get(deal.owner_id or "")
        if row is None or deal.currency != currency or not period.contains(deal.close_date):
            continue
        rows[row.user_id] = _add(row, deal, currency)
    return list(rows.values())


def roll_up(key: str, rows: Iterable[RepForecast]) -> RepForecast:
    """The reps' figures added up; each rep's commit is their override where they have one,
    and the total's ``committed`` is that sum too (a team has no override of its own)."""
    listed = list(rows)
    return RepForecast(
        key,
        closed=sum((row.closed for row in listed), ZERO),
        committed=sum((row.commit for row in listed), ZERO),
        best_case=sum((row.best_case for row in listed), ZERO),
        pipeline=sum((row.pipeline for row in listed), ZERO),
    )
