"""What the app knows of one client's value (:class:`ClientValue`, everything, for the account
pane) and the part of it kept for every client of a portfolio (:class:`ClientFigures`, for
the lists and the dashboards), with the table that keeps 100,000 of them small.

A portfolio's figures are held as one tuple of plain values per account (numbers, ``Decimal``
and ``None``): the garbage collector stops visiting such tuples, so a big portfolio neither
slows every later collection nor stalls the GUI thread, and equal tuples are one object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sfa.analytics.churn import ChurnReason, ChurnRisk, RiskLevel, Trend
from sfa.analytics.health import Health, Lifecycle
from sfa.analytics.pyramid import Tier
from sfa.analytics.rfm import Purchases, RfmScore
from sfa.analytics.segments import Segment
from sfa.analytics.value import ValueFigures


@dataclass(frozen=True, slots=True)
class ClientValue:
    account_id: str
    figures: ValueFigures
    purchases: Purchases
    rfm: RfmScore | None
    segment: Segment
    tier: Tier | None
    churn: ChurnRisk
    health: Health
    lifecycle: Lifecycle


@dataclass(frozen=True, slots=True)
class ClientFigures:
    """What the accounts list shows and sorts by (the churn risk with its reasons, for the
    tooltip) and what the dashboards count."""

    health: int
    lifecycle: Lifecycle
    segment: Segment
    tier: Tier | None
    historical: Decimal
    lifetime: Decimal
    churn: ChurnRisk

    @classmethod
    def of(cls, client: ClientValue) -> ClientFigures:
        return cls(
            client.health.index,
            client.lifecycle,
            client.segment,
            client.tier,
            client.figures.historical,
            client.figures.lifetime,
            client.churn,
        )


_LIFECYCLE = tuple(Lifecycle)
_SEGMENTS = tuple(Segment)
_TIERS = tuple(Tier)
_RISKS = tuple(RiskLevel)
_REASONS = tuple(ChurnReason)

SORT_FIGURES: dict[str, Callable[[ClientFigures], Any]] = {
    "health": lambda c: c.health,
    "lifecycle": lambda c: _LIFECYCLE.index(c.lifecycle),
    "segment": lambda c: -_SEGMENTS.index(c.segment),
    "value_tier": lambda c: -_TIERS.index(c.tier) if c.tier else -len(_TIERS),
    "lifetime_value": lambda c: c.lifetime,
    "churn": lambda c: _RISKS.index(c.churn.level),
}
"""List column → the figure a client sorts by, ascending = “least first” (worst segment and
tier first, so descending puts loyal clients and VIPs on top)."""

Packed = tuple[Any, ...]


def _pack(f: ClientFigures) -> Packed:
    risk = f.churn
    reasons = sum(1 << _REASONS.index(reason) for reason in risk.reasons)
    return (
        f.health,
        _LIFECYCLE.index(f.lifecycle),
        _SEGMENTS.index(f.segment),
        -1 if f.tier is None else _TIERS.index(f.tier),
        f.historical,
        f.lifetime,
        _RISKS.index(risk.level),
        reasons,
        risk.days_quiet,
        risk.trend.last,
        risk.trend.previous,
    )


def _unpack(row: Packed) -> ClientFigures:
    health, lifecycle, segment, tier, historical, lifetime = row[:6]
    level, reasons, days_quiet, last, previous = row[6:]
    risk = ChurnRisk(
        _RISKS[level],
        tuple(reason for bit, reason in enumerate(_REASONS) if reasons & (1 << bit)),
        days_quiet,
        Trend(last, previous),
    )
    tier_of = None if tier < 0 else _TIERS[tier]
    return ClientFigures(
        health, _LIFECYCLE[lifecycle], _SEGMENTS[segment], tier_of, historical, lifetime, risk
    )


class FigureTable(Mapping[str, ClientFigures]):
    """Account id → :class:`ClientFigures`, unpacked when read."""

    def __init__(self) -> None:
        self._rows: dict[str, Packed] = {}
        self._shared: dict[Any, Any] = {}

    def put(self, account_id: str, figures: ClientFigures) -> None:
        row = tuple(self._zero(v) if isinstance(v, Decimal) else v for v in _pack(figures))
        self._rows[account_id] = self._shared.setdefault(row, row)

    def _zero(self, value: Decimal) -> Decimal:
        """One object per kind of zero (``0``, ``0.00``…): most accounts have bought nothing."""
        if not value.is_zero():
            return value
        found: Decimal = self._shared.setdefault(value.as_tuple()[::2], value)
        return found

    def settle(self) -> None:
        """Writing is over: forget what was shared."""
        self._shared = {}

    def __getitem__(self, account_id: str) -> ClientFigures:
        return _unpack(self._rows[account_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)
