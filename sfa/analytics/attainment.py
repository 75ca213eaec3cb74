"""Quotas and attainment: how much of the target each rep, team and territory has won.

- A **period** is a calendar month or quarter (quarters start in January, April, July and
  October), the two kinds a quota is set for.
- A rep's **quota** for a period is the quota set for exactly that period; for a quarter
  without one, the sum of the quarter's monthly quotas (a team that sets monthly targets
  still sees its quarter). No quota at all is ``None``, which is not the same as zero.
- **Won** is the business credited to a rep in the period — by default the amounts of their
  deals won with a close date in it (*booked*); the caller may credit collected payments
  instead. This module only adds up what it is given.
- **Attainment** = won ÷ quota, as a fraction rounded half-up to four places (0.8542 is
  85.42 %); ``None`` without a positive quota.
- **Roll-ups** add quotas and won amounts of the members, then divide: a team's attainment is
  its total won over its total quota, not an average of percentages. Members without a quota
  add their won business but no quota. A rep in two territories counts in both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sfa.domain.enums import QuotaPeriodKind, Stage

RATIO_PLACES = Decimal("0.0001")
ZERO = Decimal("0")


@dataclass(frozen=True, slots=True, order=True)
class Period:
    kind: QuotaPeriodKind
    start: date

    @classmethod
    def of(cls, kind: QuotaPeriodKind, day: date) -> Period:
        """The period of ``kind`` that ``day`` falls in."""
        month = day.month if kind == QuotaPeriodKind.MONTH else (day.month - 1) // 3 * 3 + 1
        return cls(kind, date(day.year, month, 1))

    @classmethod
    def of_year(cls, kind: QuotaPeriodKind, year: int) -> list[Period]:
        step = 1 if kind == QuotaPeriodKind.MONTH else 3
        return [cls(kind, date(year, month, 1)) for month in range(1, 13, step)]

    @property
    def length(self) -> int:
        """How many months the period spans."""
        return 1 if self.kind == QuotaPeriodKind.MONTH else 3

    @property
    def end(self) -> date:
        """The first day after the period."""
        months = self.start.month - 1 + self.length
        return date(self.start.year + months // 12, months % 12 + 1, 1)

    def following(self) -> Period:
        return Period(self.kind, self.end)

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day < self.end

    def months(self) -> list[Period]:
        """The months making up the period."""
        first = Period(QuotaPeriodKind.MONTH, self.start)
        months = [first]
        while len(months) < self.length:
            months.append(months[-1].following())
        return months


@dataclass(frozen=True, slots=True)
class QuotaEntry:
    user_id: str
    period: Period
    amount: Decimal
    quota_id: str | None = None


@dataclass(frozen=True, slots=True)
class WonDeal:
    owner_id: str | None
    stage: Stage
    amount: Decimal | None
    close_date: date | None


@dataclass(frozen=True, slots=True)
class Attainment:
    """One rep, team or territory in one period (``key`` names which)."""

    key: str
    quota: Decimal | None
    won: Decimal

    @property
    def ratio(self) -> Decimal | None:
        return ratio(self.won, self.quota)


def ratio(won: Decimal, quota: Decimal | None) -> Decimal | None:
    """Won ÷ quota to four places, half-up; ``None`` without a positive quota."""
    if quota is None or quota <= 0:
        return None
    return (won / quota).quantize(RATIO_PLACES, rounding=ROUND_HALF_UP)


def quota_for(quotas: Iterable[QuotaEntry], user_id: str, period: Period) -> Decimal | None:
    """The rep's quota for ``period`` (see the module's rules)."""
    mine = {entry.period: entry.amount for entry in quotas if entry.user_id == user_id}
    if period in mine:
        return mine[period]
    if period.kind == QuotaPeriodKind.QUARTER:
        months = [mine[month] for month in period.months() if month in mine]
        return sum(months, ZERO) if months else None
    return None


def booked(deals: Iterable[WonDeal], period: Period) -> dict[str, Decimal]:
    """Rep → amount of their deals won with a close date in ``period``."""
    won: dict[str, Decimal] = {}
    for deal in deals:
        if deal.stage == Stage.WON and deal.owner_id and period.contains(deal.close_date):
            won[deal.owner_id] = won.get(deal.owner_id, ZERO) + (deal.amount or ZERO)
    return won


def per_rep(
    user_ids: Iterable[str],
    quotas: Iterable[QuotaEntry],
    won: Mapping[str, Decimal],
    period: Period,
) -> list[Attainment]:
    """Each rep's quota, won amount and attainment for ``period``, in the order given."""
    entries = list(quotas)
    return [
        Attainment(user, quota_for(entries, user, period), won.get(user, ZERO)) for user in user_ids
    ]


def roll_up(key: str, rows: Iterable[Attainment], members: Iterable[str]) -> Attainment:
    """The members' quotas and won amounts added up (see the module's rules)."""
    wanted = set(members)
    chosen = [row for row in rows if row.key in wanted]
    quotas = [row.quota for row in chosen if row.quota is not None]
    won = sum((row.won for row in chosen), ZERO)
    return Attainment(key, sum(quotas, ZERO) if quotas else None, won)


def by_group(rows: Iterable[Attainment], groups: Mapping[str, Iterable[str]]) -> list[Attainment]:
    """One roll-up per group (a team → its reps, a territory → its rep_ids), by group key."""
    listed = list(rows)
    return [roll_up(key, listed, members) for key, members in sorted(groups.items())]


def copy_forward(quotas: Iterable[QuotaEntry], period: Period) -> list[QuotaEntry]:
    """The quotas to create so ``period``'s carry into the next one: only for reps with no
    quota there yet, so nothing a manager already set is overwritten."""
    entries = list(quotas)
    target = period.following()
    taken = {entry.user_id for entry in entries if entry.period == target}
    return [
        QuotaEntry(entry.user_id, target, entry.amount)
        for entry in sorted(entries, key=lambda e: e.user_id)
        if entry.period == period and entry.user_id not in taken
    ]
