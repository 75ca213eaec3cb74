"""What the dashboards chart: the pipeline from the deals, the client figures from the
portfolio the lists already valued (nothing is valued twice)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import cast

from sqlalchemy import Connection, Table, select

from sfa.analytics.health import health_bands
from sfa.analytics.pipeline import Deal, FunnelStep, MonthRate, funnel, win_rates
from sfa.analytics.pyramid import Tier, tier_summary
from sfa.analytics.segments import Segment, segment_counts
from sfa.app.client_value import Portfolio
from sfa.app.client_value_quiet import without_full_collections
from sfa.domain.enums import Stage
from sfa.domain.stages import probability_of
from sfa.store.tables import Account, Opportunity

_accounts = cast(Table, Account.__table__)
_opportunities = cast(Table, Opportunity.__table__)
_STAGES = frozenset(stage.value for stage in Stage)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """What the dashboards chart, for everyone on this laptop or for one owner."""

    funnel: list[FunnelStep]
    win_rates: list[MonthRate]
    pyramid: list[tuple[Tier, int, Decimal]]
    segments: list[tuple[Segment, int]]
    health: list[tuple[int, int]]
    """(lowest index of a 20-point band, clients in it)."""


def dashboard(
    conn: Connection, portfolio: Portfolio, *, owner: str | None = None, months: int = 12
) -> Dashboard:
    """The charts' figures: deals of ``owner`` (or all), clients owned by ``owner`` (or all)."""
    o = _opportunities.c
    deals_query = select(o.stage, o.amount, o.probability, o.close_date).where(
        o.deleted.is_(False), o.amount.isnot(None)
    )
    if owner:
        deals_query = deals_query.where(o.owner_id == owner)
    deals = [
        _deal(Stage(row.stage), row.amount, row.probability, row.close_date)
        for row in conn.execute(deals_query)
        if row.stage in _STAGES  # a stage from a newer server is left out, not guessed
    ]
    keys: Iterable[str] = portfolio.clients
    if owner:
        a = _accounts.c
        keys = conn.execute(select(a.id).where(a.deleted.is_(False), a.owner_id == owner)).scalars()
    placed: list[tuple[Tier | None, Decimal]] = []
    segments: list[Segment] = []
    indexes: list[int] = []
    with without_full_collections():  # 100,000 clients read one by one, nothing kept
        for key in keys:
            client = portfolio.clients.get(key)
            if client is not None:
                placed.append((client.tier, client.historical))
                segments.append(client.segment)
                indexes.append(client.health)
    return Dashboard(
        funnel=funnel(deals),
        win_rates=win_rates(deals, portfolio.today, months),
        pyramid=tier_summary(placed),
        segments=segment_counts(segments),
        health=health_bands(indexes),
    )


def _deal(stage: Stage, amount: Decimal, probability: Decimal | None, day: date | None) -> Deal:
    return Deal(stage, amount, probability_of(stage, probability), day)
