"""What the workspace shows, read from the laptop's store (so it works offline from the last
sync): the signed-in user, the reps they see, quotas, deals and territories, as the plain data
``sfa.analytics`` computes from. Qt only translates a message; the page runs these on its
task runner.

Attainment credits a rep with one of three sources, chosen on the page:

* ``won`` (the default, the product's definition): deals won with a close date in the period;
* ``booked``: orders dated in the period (``sfa.app.commissions.booked_by_rep``);
* ``collected``: payments received in the period (``sfa.app.commissions.collected_by_rep``).

The two order-based sources are imported when asked for, so this page does not depend on the
orders module being present.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, select

from sfa.analytics import attainment
from sfa.analytics.attainment import Period, QuotaEntry, WonDeal
from sfa.analytics.forecast import ForecastDeal, Override
from sfa.domain.enums import ForecastCategory, QuotaPeriodKind, Role, Stage
from sfa.domain.errors import DomainError
from sfa.store.writes import table_of
from ui.qt import QCoreApplication


class Source(StrEnum):
    WON = "won"
    BOOKED = "booked"
    COLLECTED = "collected"


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    role: str
    manager_id: str | None


@dataclass(frozen=True, slots=True)
class QuotaRecord:
    """A quota as stored, with the manager's commit override for the period."""

    entry: QuotaEntry
    rev: int
    commit_override: Decimal | None
    commit_note: str | None
    commit_set_by: str | None


@dataclass
class Workspace:
    me: Person | None
    reps: list[Person]
    """Whose numbers the user sees: a manager their reps, an admin every rep, a rep themself."""
    people: dict[str, Person] = field(default_factory=dict)
    quotas: list[QuotaRecord] = field(default_factory=list)
    deals: list[ForecastDeal] = field(default_factory=list)
    territories: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    """Territory id → (name, rep ids)."""

    @property
    def is_manager(self) -> bool:
        return self.me is not None and self.me.role in (Role.MANAGER, Role.ADMIN)

    def quota_entries(self) -> list[QuotaEntry]:
        return [record.entry for record in self.quotas]

    def quota_record(self, user_id: str, period: Period) -> QuotaRecord | None:
        for record in self.quotas:
            if record.entry.user_id == user_id and record.entry.period == period:
                return record
        return None

    def overrides(self, period: Period) -> dict[str, Override]:
        return {
            record.entry.user_id: Override(
                record.commit_override, record.commit_note, record.commit_set_by
            )
            for record in self.quotas
            if record.entry.period == period and record.commit_override is not None
        }

    def teams(self) -> dict[str, list[str]]:
        """Manager id → their reps among those shown."""
        teams: dict[str, list[str]] = {}
        for rep in self.reps:
            if rep.manager_id:
                teams.setdefault(rep.manager_id, []).append(rep.id)
        return teams

    def name(self, user_id: str | None) -> str:
        person = self.people.get(user_id or "")
        return person.name if person is not None else (user_id or "")


def _live(conn: Connection, entity: str) -> list[Any]:
    table = table_of(entity)
    return list(conn.execute(select(table).where(table.c.deleted.is_(False))).mappings())


def load_workspace(conn: Connection, actor: str | None) -> Workspace:
    people = {
        row["id"]: Person(
            row["id"], row["display_name"] or row["username"], row["role"], row["manager_id"]
        )
        for row in _live(conn, "user")
    }
    me = people.get(actor or "")
    if me is None:
        reps: list[Person] = []
    elif me.role == Role.ADMIN:
        reps = [p for p in people.values() if p.role == Role.REP]
    elif me.role == Role.MANAGER:
        reps = [p for p in people.values() if p.manager_id == me.id]
    else:
        reps = [me]
    reps.sort(key=lambda person: (person.name, person.id))
    quotas = [
        QuotaRecord(
            QuotaEntry(
                row["user_id"],
                Period(QuotaPeriodKind(row["period_kind"]), row["period_start"]),
                row["amount"],
                row["id"],
            ),
            row["rev"],
            row["commit_override"],
            row["commit_note"],
            row["commit_set_by"],
        )
        for row in _live(conn, "quota")
        if row["user_id"] and row["period_start"] is not None
    ]
    deals = [
        ForecastDeal(
            row["owner_id"],
            Stage(row["stage"]),
            row["amount"],
            row["probability"],
            row["close_date"],
            ForecastCategory(row["forecast_category"] or ForecastCategory.PIPELINE),
            row["currency"] or "CNY",
        )
        for row in _live(conn, "opportunity")
    ]
    territories = {
        row["id"]: (row["name"], list(row["rep_ids"])) for row in _live(conn, "territory")
    }
    return Workspace(me, reps, people, quotas, deals, territories)


def won_by_rep(
    conn: Connection, workspace: Workspace, period: Period, source: Source
) -> dict[str, Decimal]:
    """Rep → business credited in ``period`` from ``source`` (see the module's docstring)."""
    if source == Source.WON:
        deals = [
            WonDeal(deal.owner_id, deal.stage, deal.amount, deal.close_date)
            for deal in workspace.deals
            if deal.currency == "CNY"
        ]
        return attainment.booked(deals, period)
    try:
        from sfa.app import commissions
    except ImportError as exc:
        message = QCoreApplication.translate(
            "ManagerData", "Orders and payments are not available in this version."
        )
        raise DomainError(message) from exc
    if source == Source.BOOKED:
        return commissions.booked_by_rep(conn, period.start, period.end)
    return commissions.collected_by_rep(conn, period.start, period.end)
