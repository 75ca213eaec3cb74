"""Client value and relationship health, read from the laptop's store for one account or for
the whole portfolio (every account on this laptop: what the rep can see).

The arithmetic lives in :mod:`sfa.analytics`; :mod:`sfa.app.client_value_facts` gathers its
inputs a chunk of accounts at a time. Scores that rank a client among the others (RFM,
segment, pyramid tier) need the portfolio's :class:`Scales`, built from the sales alone
(:func:`portfolio_scales`); :func:`account_value` places one freshly read account on them in
a few milliseconds, and :func:`portfolio_values` values every account, keeping for each only
the few :class:`ClientFigures` the lists sort by and the dashboards count — a 100,000-account
portfolio stays in tens of megabytes, and the GUI thread gets the interpreter between chunks.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select

from sfa.analytics.churn import churn_risk, sales_trend
from sfa.analytics.health import health, lifecycle_stage
from sfa.analytics.pyramid import Pyramid, Tier
from sfa.analytics.rfm import Purchases, RfmScale, RfmScore
from sfa.analytics.segments import Segment, segment_of
from sfa.analytics.value import Sale, value_figures
from sfa.app.client_value_facts import (
    CHUNK_ACCOUNTS,
    AccountFacts,
    chunks,
    one_account,
    order_tables,
    read_facts,
    read_sales,
)
from sfa.app.client_value_figures import SORT_FIGURES, ClientFigures, ClientValue, FigureTable
from sfa.app.client_value_quiet import without_full_collections
from sfa.domain.enums import AccountStatus
from sfa.store.lists import scanning
from sfa.store.tables import Account, Activity, Opportunity, Visit

__all__ = [
    "AccountFacts",
    "ClientFigures",
    "ClientValue",
    "Portfolio",
    "Scales",
    "account_value",
    "assess",
    "data_stamp",
    "evaluate",
    "place",
    "portfolio_scales",
    "portfolio_values",
    "without_full_collections",
]


@dataclass(frozen=True, slots=True)
class Scales:
    """Where the portfolio puts a client: RFM quintiles and value-pyramid cut-offs."""

    rfm: RfmScale
    pyramid: Pyramid


@dataclass(frozen=True)
class Portfolio:
    today: date
    scales: Scales
    clients: FigureTable
    _ranks: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, repr=False)

    def ranks(self, key: str) -> dict[str, Any] | None:
        """Account id → the figure the list column ``key`` sorts by (None: not a figure).

        Made once per column and kept; safe from a worker thread (the worst case is two
        threads making the same dictionary)."""
        figure = SORT_FIGURES.get(key)
        if figure is None:
            return None
        known = self._ranks.get(key)
        if known is None:
            known = self._ranks[key] = {k: figure(c) for k, c in self.clients.items()}
        return known


def _purchases(sales: list[Sale], today: date) -> Purchases:
    if not sales:
        return Purchases(None, 0, Decimal(0))
    last = max(sale.day for sale in sales)
    total = sum((sale.amount for sale in sales), Decimal(0))
    return Purchases(max(0, (today - last).days), len(sales), total)


def evaluate(facts: AccountFacts, scales: Scales, today: date) -> ClientValue:
    """Every figure of one client, placed on the portfolio's scales."""
    return place(assess(facts, today), scales)


def assess(facts: AccountFacts, today: date) -> ClientValue:
    """The figures that depend on this client alone; its standing among the others (RFM
    scores, segment, tier) is left open until :func:`place` puts it on the scales."""
    figures = value_figures(facts.sales, facts.open_deals, today)
    purchases = _purchases(facts.sales, today)
    trend = sales_trend(facts.sales, today)
    is_client = purchases.frequency > 0 or facts.status == AccountStatus.CUSTOMER
    risk = churn_risk(
        is_client=is_client,
        days_quiet=facts.interactions.days_since_last,
        trend=trend,
    )
    rated = health(facts.interactions, trend)
    first = min((sale.day for sale in facts.sales), default=None)
    stage = lifecycle_stage(
        is_client=is_client,
        lost=facts.status == AccountStatus.LOST,
        days_since_first_sale=None if first is None else (today - first).days,
        health_index=rated.index,
        churn=risk,
    )
    return ClientValue(
        account_id=facts.account_id,
        figures=figures,
        purchases=purchases,
        rfm=None,
        segment=segment_of(purchases, None),
        tier=None,
        churn=risk,
        health=rated,
        lifecycle=stage,
    )


def standing(
    purchases: Purchases, historical: Decimal, scales: Scales
) -> tuple[RfmScore | None, Segment, Tier | None]:
    """Where a client stands among the others: RFM scores, segment and value tier."""
    score = scales.rfm.score(purchases)
    return score, segment_of(purchases, score), scales.pyramid.tier_of(historical)


def place(client: ClientValue, scales: Scales) -> ClientValue:
    rfm, segment, tier = standing(client.purchases, client.figures.historical, scales)
    return replace(client, rfm=rfm, segment=segment, tier=tier)


def breathe() -> None:
    """Between two chunks, let the GUI thread have the interpreter: a worker thread that held
    the GIL for a whole portfolio would freeze the window for seconds. (The GUI thread
    itself, in tests, does not wait.)"""
    if threading.current_thread() is not threading.main_thread():
        time.sleep(0.002)


def _scales(purchases: list[Purchases]) -> Scales:
    """The scales of a portfolio from its buyers' purchases (the others are outside both)."""
    return Scales(rfm=RfmScale(purchases), pyramid=Pyramid(p.monetary for p in purchases))


def portfolio_scales(
    conn: Connection, *, today: date, pause: Callable[[], None] = breathe
) -> Scales:
    """The portfolio's scales from the sales alone (what one account needs when the whole
    portfolio has not been valued)."""
    purchases: list[Purchases] = []
    for chunk in chunks(conn):
        purchases.extend(
            _purchases(s, today) for s in read_sales(conn, chunk, today=today).values()
        )
        pause()
    return _scales(purchases)


def portfolio_values(
    conn: Connection,
    *,
    today: date,
    chunk_size: int = CHUNK_ACCOUNTS,
    pause: Callable[[], None] = breathe,
) -> Portfolio:
    """Every account on this laptop, valued and rated in one streamed pass: each chunk's
    clients are assessed, then the buyers are placed on the scales their purchases make.
    Seconds for 100,000 accounts: run it off the GUI thread."""
    with scanning(conn), without_full_collections():  # each page is read about once
        return _valued(conn, today, chunk_size, pause)


def _valued(conn: Connection, today: date, chunk_size: int, pause: Callable[[], None]) -> Portfolio:
    clients = FigureTable()
    buyers: list[tuple[str, Purchases]] = []
    alike: dict[tuple[Any, ...], ClientFigures] = {}
    for chunk in chunks(conn, chunk_size):
        for key, facts in read_facts(conn, chunk, today=today).items():
            if facts.sales or facts.open_deals:
                client = assess(facts, today)
                clients.put(key, ClientFigures.of(client))
                if client.purchases.frequency > 0:
                    buyers.append((key, client.purchases))
                continue
            # No business at all (most accounts of a big laptop): the figures follow from
            # the status and the interactions, alike for every account alike.
            seen = facts.interactions
            same = (facts.status, seen.days_since_last, seen.recent_count, tuple(seen.ratings))
            known = alike.get(same)
            if known is None:
                known = alike[same] = ClientFigures.of(assess(facts, today))
            clients.put(key, known)
        gc.collect(0)  # the chunk's young objects, a millisecond (see client_value_quiet)
        pause()
    del alike
    scales = _scales([purchases for _key, purchases in buyers])
    for key, purchases in buyers:
        figures = clients[key]
        _rfm, segment, tier = standing(purchases, figures.historical, scales)
        clients.put(key, replace(figures, segment=segment, tier=tier))
    clients.settle()
    return Portfolio(today, scales, clients)


def account_value(
    conn: Connection, account_id: str, *, today: date, scales: Scales | None = None
) -> ClientValue | None:
    """One account as it is now; ``scales`` from the last portfolio, else built afresh (from
    the sales: a fraction of a second on 100,000 accounts)."""
    chunk = one_account(conn, account_id)
    if chunk is None:
        return None
    facts = read_facts(conn, chunk, today=today)[account_id]
    if scales is None:
        scales = portfolio_scales(conn, today=today)
    return evaluate(facts, scales, today)


def data_stamp(conn: Connection) -> tuple[Any, ...]:
    """A cheap fingerprint of everything the figures are computed from: row counts, the
    newest pulled revision and the newest local change of each source table. Equal stamps
    mean the figures would come out the same, so a sync that brought nothing costs a few
    milliseconds instead of revaluing the whole portfolio."""
    stamp: list[Any] = []
    sources = (Account, Opportunity, Activity, Visit)
    with scanning(conn):
        for table in (*(cast(Table, s.__table__) for s in sources), *order_tables(conn)):
            stamp.extend(
                conn.execute(
                    select(func.count(), func.max(table.c.rev), func.max(table.c.updated_at))
                ).one()
            )
    return tuple(stamp)
