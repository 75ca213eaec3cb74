"""Use cases on opportunities: the list, the pipeline board, and moving a deal between stages.

Sorting and filtering happen in SQL, so the list and the board stay quick with a whole
company's pipeline on the laptop. Totals are added up in ``Decimal`` here, never in SQL,
because SQLite would add the stored decimal strings as floats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Numeric,
    RowMapping,
    Select,
    Table,
    case,
    func,
    select,
)

from sfa.domain.enums import STAGE_PROBABILITY, Stage
from sfa.domain.errors import DomainError
from sfa.domain.money import DEFAULT_CURRENCY
from sfa.domain.stages import PIPELINE, probability_of, stage_change, weighted_amount
from sfa.store import writes
from sfa.store.tables import Account, Opportunity, User

_opps = cast(Table, Opportunity.__table__)
_accounts = cast(Table, Account.__table__)
_users = cast(Table, User.__table__)


@dataclass(frozen=True, slots=True)
class OpportunityFilter:
    """What the list or the board is narrowed to; ``None`` means “any”."""

    stage: Stage | None = None
    owner_id: str | None = None
    close_from: date | None = None
    close_to: date | None = None


@dataclass(frozen=True, slots=True)
class OpportunityRow:
    id: str
    name: str
    account_id: str | None
    account_name: str
    owner_id: str | None
    owner_name: str
    stage: Stage
    probability: Decimal
    amount: Decimal | None
    currency: str
    close_date: date | None
    close_reason: str | None

    @property
    def weighted(self) -> Decimal | None:
        if self.amount is None:
            return None
        return weighted_amount(self.amount, self.probability, self.currency)


@dataclass(slots=True)
class BoardColumn:
    """One stage of the board: its cards (soonest close first) and its totals per currency."""

    stage: Stage
    cards: list[OpportunityRow] = field(default_factory=list)
    count: int = 0
    amounts: dict[str, Decimal] = field(default_factory=dict)
    weighted: dict[str, Decimal] = field(default_factory=dict)


SORT_KEYS = (
    "name",
    "account",
    "stage",
    "amount",
    "probability",
    "weighted",
    "close_date",
    "owner",
)

_STAGE_ORDER = case(
    {stage.value: index for index, stage in enumerate(PIPELINE)}, value=_opps.c.stage
)


def _sort_column(key: str) -> ColumnElement[Any]:
    columns: dict[str, ColumnElement[Any]] = {
        "name": _opps.c.name,
        "account": _accounts.c.name,
        "stage": _STAGE_ORDER,
        # ordering only: the stored decimal text sorts as a number, no money is computed
        "amount": func.cast(_opps.c.amount, Numeric),
        "probability": func.cast(_opps.c.probability, Numeric),
        "weighted": func.cast(_opps.c.amount, Numeric)
        * func.cast(func.coalesce(_opps.c.probability, 0), Numeric),
        "close_date": _opps.c.close_date,
        "owner": func.coalesce(_users.c.display_name, _users.c.username),
    }
    try:
        return columns[key]
    except KeyError:
        raise DomainError(f"Opportunities cannot be sorted by “{key}”") from None


def _base_query(filters: OpportunityFilter) -> Select[Any]:
    query = (
        select(
            _opps.c.id,
            _opps.c.name,
            _opps.c.account_id,
            _accounts.c.name.label("account_name"),
            _opps.c.owner_id,
            func.coalesce(_users.c.display_name, _users.c.username).label("owner_name"),
            _opps.c.stage,
            _opps.c.probability,
            _opps.c.amount,
            _opps.c.currency,
            _opps.c.close_date,
            _opps.c.close_reason,
        )
        .select_from(_opps)
        .outerjoin(_accounts, _accounts.c.id == _opps.c.account_id)
        .outerjoin(_users, _users.c.id == _opps.c.owner_id)
        .where(_opps.c.deleted.is_(False))
    )
    if filters.stage is not None:
        query = query.where(_opps.c.stage == filters.stage.value)
    if filters.owner_id is not None:
        query = query.where(_opps.c.owner_id == filters.owner_id)
    if filters.close_from is not None:
        query = query.where(_opps.c.close_date >= filters.close_from)
    if filters.close_to is not None:
        query = query.where(_opps.c.close_date <= filters.close_to)
    return query


def _row(mapping: RowMapping) -> OpportunityRow:
    stage = Stage(mapping["stage"])
    return OpportunityRow(
        id=mapping["id"],
        name=mapping["name"],
        account_id=mapping["account_id"],
        account_name=mapping["account_name"] or "",
        owner_id=mapping["owner_id"],
        owner_name=mapping["owner_name"] or "",
        stage=stage,
        probability=probability_of(stage, mapping["probability"]),
        amount=mapping["amount"],
        currency=mapping["currency"] or DEFAULT_CURRENCY,
        close_date=mapping["close_date"],
        close_reason=mapping["close_reason"],
    )


def list_opportunities(
    conn: Connection,
    filters: OpportunityFilter = OpportunityFilter(),
    *,
    sort: str = "close_date",
    descending: bool = False,
    offset: int = 0,
    limit: int = 256,
) -> list[OpportunityRow]:
    """One page of the list, sorted and filtered by the database (records without a value
    in the sort column come last either way)."""
    column = _sort_column(sort)
    ordering = column.desc() if descending else column.asc()
    query = (
        _base_query(filters)
        .order_by(column.is_(None), ordering, _opps.c.id)
        .offset(offset)
        .limit(limit)
    )
    return [_row(row) for row in conn.execute(query).mappings()]


def count_opportunities(conn: Connection, filters: OpportunityFilter = OpportunityFilter()) -> int:
    query = select(func.count()).select_from(_base_query(filters).subquery())
    return int(conn.execute(query).scalar_one())


def pipeline_board(
    conn: Connection,
    filters: OpportunityFilter = OpportunityFilter(),
    *,
    cards_per_column: int = 200,
) -> list[BoardColumn]:
    """Every stage with its cards and totals; totals cover every deal in the stage, the cards
    the ``cards_per_column`` closing soonest (a board of thousands of cards helps nobody)."""
    columns = {stage: BoardColumn(stage) for stage in PIPELINE}
    query = _base_query(filters).order_by(
        _opps.c.close_date.is_(None), _opps.c.close_date, _opps.c.name, _opps.c.id
    )
    for mapping in conn.execute(query).mappings():
        row = _row(mapping)
        column = columns[row.stage]
        column.count += 1
        if len(column.cards) < cards_per_column:
            column.cards.append(row)
        if row.amount is not None:
            column.amounts[row.currency] = column.amounts.get(row.currency, Decimal(0)) + row.amount
            weighted = row.weighted or Decimal(0)
            column.weighted[row.currency] = column.weighted.get(row.currency, Decimal(0)) + weighted
    return [columns[stage] for stage in PIPELINE]


def move_to_stage(
    conn: Connection,
    opportunity_id: str,
    stage: Stage,
    *,
    actor: str | None,
    reason: str | None = None,
) -> dict[str, Any]:
    """Move a deal to ``stage`` (see :func:`sfa.domain.stages.stage_change`); returns what
    changed, nothing when the deal was already there."""
    current = writes.load(conn, "opportunity", opportunity_id)
    if current is None or current["deleted"]:
        raise DomainError("That opportunity no longer exists on this laptop")
    if current["stage"] == stage.value:
        return {}
    return writes.update(
        conn, "opportunity", opportunity_id, stage_change(stage, reason), actor=actor
    )


def create_opportunity(conn: Connection, fields: Mapping[str, Any], *, actor: str | None) -> str:
    """A new deal, owned by ``actor`` unless told otherwise, at its stage's probability."""
    values = dict(fields)
    stage = Stage(values.get("stage") or Stage.PROSPECTING)
    values["stage"] = stage.value
    values.setdefault("owner_id", actor)
    values.setdefault("probability", STAGE_PROBABILITY[stage])
    if stage.is_closed:
        values.update(stage_change(stage, values.get("close_reason")))
    return writes.create(conn, "opportunity", values, actor=actor)


def owners(conn: Connection) -> list[tuple[str, str]]:
    """(user id, name) of everyone who owns a deal on this laptop, for the owner filter."""
    query = (
        select(_opps.c.owner_id, func.coalesce(_users.c.display_name, _users.c.username))
        .select_from(_opps)
        .outerjoin(_users, _users.c.id == _opps.c.owner_id)
        .where(_opps.c.deleted.is_(False), _opps.c.owner_id.is_not(None))
        .group_by(_opps.c.owner_id)
    )
    found = [(row[0], row[1] or row[0]) for row in conn.execute(query)]
    return sorted(found, key=lambda pair: pair[1])


def stage_totals(columns: Sequence[BoardColumn]) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """The open pipeline across columns (amount and weighted), per currency."""
    amounts: dict[str, Decimal] = {}
    weighted: dict[str, Decimal] = {}
    for column in columns:
        if column.stage.is_closed:
            continue
        for currency, value in column.amounts.items():
            amounts[currency] = amounts.get(currency, Decimal(0)) + value
        for currency, value in column.weighted.items():
            weighted[currency] = weighted.get(currency, Decimal(0)) + value
    return amounts, weighted


CLOSE_PERIODS = ("any", "this_month", "next_month", "this_quarter", "this_year")


def close_period(period: str, today: date) -> tuple[date | None, date | None]:
    """First and last close date of a named period around ``today`` (``any``: no bounds)."""
    if period == "any":
        return None, None
    if period == "this_month":
        first = today.replace(day=1)
        return first, _month_end(first)
    if period == "next_month":
        first = _month_end(today.replace(day=1)) + timedelta(days=1)
        return first, _month_end(first)
    if period == "this_quarter":
        first = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
        return first, _month_end(first.replace(month=first.month + 2))
    if period == "this_year":
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    raise DomainError(f"“{period}” is not a close-date period")


def _month_end(first: date) -> date:
    following = (
        first.replace(year=first.year + 1, month=1)
        if first.month == 12
        else first.replace(month=first.month + 1)
    )
    return following - timedelta(days=1)
