"""Everything that hangs off one account: contacts, deals, activities, visits, quotes, prices.

An account's deals are planned before anything is yielded, because several records must agree
with each other: an opportunity's amount is the total of its quote, a quote line's unit price is
the account's agreed price for that product (the one-price rule: every live quote of a client
carries the same price for the same product), and a price agreement points to the accepted
quote it came from. Only then are the records yielded, each after everything it names.

The account's *profile* (healthy, neutral, declining) steers the feeling side of the
relationship: satisfaction scores, visit outcomes and how recent the last contact is, so that
health index, lifecycle stage and churn warnings have something real to show.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sfa.demo import texts
from sfa.demo.base import Context, Record, cents_to_money
from sfa.demo.catalogue import CONSUMABLES, DEALS, PRINTING, SOFTWARE, STATIONERY, CatalogueItem
from sfa.demo.pools import Person
from sfa.domain.enums import (
    STAGE_PROBABILITY,
    AccountStatus,
    AccountTier,
    ActivityKind,
    QuoteStatus,
    Stage,
    VisitStatus,
)


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    item: CatalogueItem
    list_cents: int


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """What the children of an account need to know about it (the account is already out)."""

    id: str
    short: str
    status: AccountStatus
    tier: AccountTier
    profile: str
    owner_id: str
    rep_ids: tuple[str, ...]
    domain: str
    location: str


@dataclass(slots=True)
class _Deal:
    id: str
    owner_id: str
    name: str
    stage: Stage
    close_date: date
    lines: list[tuple[Product, int]]
    quote_status: QuoteStatus | None
    quote_id: str | None = None
    first_revision_id: str | None = None
    amount_cents: int = 0


_OPEN_STAGES = (
    Stage.PROSPECTING,
    Stage.QUALIFICATION,
    Stage.NEEDS_ANALYSIS,
    Stage.PROPOSAL,
    Stage.NEGOTIATION,
)
_OPEN_WEIGHTS = (25, 20, 20, 20, 15)
_QUOTED_STAGES = (Stage.PROPOSAL, Stage.NEGOTIATION, Stage.WON)
_DEAL_RANGE_YUAN: dict[AccountTier, tuple[int, int]] = {
    AccountTier.STRATEGIC: (200_000, 3_000_000),
    AccountTier.KEY: (50_000, 800_000),
    AccountTier.STANDARD: (10_000, 200_000),
    AccountTier.SMALL: (2_000, 40_000),
}
_QUANTITY_RANGE: dict[AccountTier, tuple[int, int]] = {
    AccountTier.STRATEGIC: (20, 300),
    AccountTier.KEY: (10, 100),
    AccountTier.STANDARD: (2, 30),
    AccountTier.SMALL: (1, 8),
}
_BULK_LINES = (CONSUMABLES, STATIONERY)
_CONTACT_COUNTS = (1, 2, 2, 3, 3, 3, 3, 4, 4, 5)
_ACTIVITY_COUNTS = (0, 1, 2, 2, 3, 4)
_VISIT_COUNTS = (0, 1, 1, 2)
_DEAL_COUNTS = (0, 1, 1, 2)
_KINDS = (ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.NOTE, ActivityKind.EMAIL)
_KIND_WEIGHTS = (40, 20, 20, 20)
_SATISFACTION = {
    "healthy": (3, 4, 4, 5, 5, 5),
    "neutral": (2, 3, 3, 4, 4),
    "declining": (1, 1, 2, 2, 3),
}
_DISCOUNTS = (0, 3, 5, 8, 10)
_DISCOUNT_WEIGHTS = (70, 8, 10, 7, 5)
_TWO_PRICES_SKU = "PR-L2900"
"""The printer of the brief's story: list ¥2,900.00, agreed ¥2,700.00 where there is a deal."""


class Family:
    """Generates the children of each account; keeps only per-rep won totals across accounts."""

    def __init__(
        self, ctx: Context, products: Sequence[Product], people: Sequence[Person], manager_id: str
    ) -> None:
        self.ctx = ctx
        self.people = people
        self.manager_id = manager_id
        self.active = [p for p in products if p.item.active]
        self.by_line: dict[str, list[Product]] = {}
        for product in self.active:
            self.by_line.setdefault(product.item.product_line, []).append(product)
        self.services = [p for p in self.by_line[SOFTWARE] if p.item.sku.startswith("SV-")]
        self.deal_lines = tuple(DEALS)
        self.quote_seq = 0
        self.won_cents: dict[str, int] = {}
        """Won business per owner, from which quotas are sized at the end."""

    def records(self, account: AccountInfo) -> Iterator[Record]:
        contacts = self._contacts(account)
        yield from contacts
        contact_ids = [fields["id"] for _, fields in contacts]
        primary = contact_ids[0] if contact_ids else None
        deals = self._plan_deals(account)
        agreements = self._plan_agreements(account, deals)
        prices = self._prices(deals, agreements)
        for deal in deals:
            yield self._opportunity(account, deal, prices)
        yield from self._activities(account, contact_ids, deals)
        yield from self._visits(account, contact_ids)
        for deal in deals:
            yield from self._quotes(account, deal, primary, prices)
        for product, (cents, source) in agreements.items():
            yield self._agreement(account, product, cents, source)

    # contacts -----------------------------------------------------------------------------

    def _contacts(self, account: AccountInfo) -> list[Record]:
        ctx, rng = self.ctx, self.ctx.rng
        records: list[Record] = []
        names: set[str] = set()
        mailboxes: set[str] = set()
        for position in range(rng.choice(_CONTACT_COUNTS)):
            person = rng.choice(self.people)
            if person.name in names:
                continue
            names.add(person.name)
            title = rng.choice(texts.DECISION_TITLES if position == 0 else texts.OTHER_TITLES)
            fields: dict[str, Any] = {
                "id": ctx.new_id(),
                "account_id": account.id,
                "name": person.name,
                "title": title,
                "phone": ctx.mobile(),
                "is_primary": position == 0,
            }
            if rng.random() < 0.85:
                style = rng.random()
                local = (
                    person.surname + person.given
                    if style < 0.5
                    else f"{person.given}.{person.surname}"
                    if style < 0.8
                    else f"{person.surname}.{person.given}"
                )
                while local in mailboxes:
                    local += str(rng.randint(1, 9))
                mailboxes.add(local)
                fields["email"] = f"{local}@{account.domain}"
            if rng.random() < 0.15:
                notes = texts.PRIMARY_NOTES if position == 0 else texts.CONTACT_NOTES
                fields["notes"] = rng.choice(notes)
            records.append(("contact", fields))
        return records

    # deals --------------------------------------------------------------------------------

    def _plan_deals(self, account: AccountInfo) -> list[_Deal]:
        rng = self.ctx.rng
        deals: list[_Deal] = []
        for _ in range(rng.choice(_DEAL_COUNTS)):
            stage = self._stage(account.status)
            if stage.is_closed:
                close_date = self.ctx.today - timedelta(days=rng.randint(5, 330))
            else:
                close_date = self.ctx.today + timedelta(days=rng.randint(7, 120))
            line = rng.choice(self.deal_lines)
            owner = account.owner_id if rng.random() < 0.85 else rng.choice(account.rep_ids)
            deal = _Deal(
                id=self.ctx.new_id(),
                owner_id=owner,
                name=f"{account.short}{close_date.year}年{rng.choice(DEALS[line])}",
                stage=stage,
                close_date=close_date,
                lines=self._lines(account.tier, line),
                quote_status=self._quote_status(stage),
            )
            if deal.quote_status is not None:
                deal.quote_id = self.ctx.new_id()
                if rng.random() < 0.12:
                    deal.first_revision_id = self.ctx.new_id()
            deals.append(deal)
        return deals

    def _stage(self, status: AccountStatus) -> Stage:
        roll = self.ctx.rng.random()
        if status is AccountStatus.LOST or roll < 0.15:
            return Stage.LOST
        if status is AccountStatus.CUSTOMER and roll < 0.55:
            return Stage.WON
        return self.ctx.rng.choices(_OPEN_STAGES, weights=_OPEN_WEIGHTS)[0]

    def _quote_status(self, stage: Stage) -> QuoteStatus | None:
        rng = self.ctx.rng
        if stage is Stage.WON:
            return QuoteStatus.ACCEPTED
        if stage is Stage.LOST:
            roll = rng.random()
            return (
                None
                if roll < 0.5
                else QuoteStatus.REJECTED
                if roll < 0.8
                else (QuoteStatus.EXPIRED)
            )
        if stage is Stage.NEGOTIATION:
            return rng.choice((QuoteStatus.SENT, QuoteStatus.APPROVED))
        if stage is Stage.PROPOSAL:
            return rng.choice(
                (
                    QuoteStatus.DRAFT,
                    QuoteStatus.PENDING_APPROVAL,
                    QuoteStatus.SENT,
                    QuoteStatus.SENT,
                )
            )
        return None

    def _lines(self, tier: AccountTier, line: str) -> list[tuple[Product, int]]:
        rng = self.ctx.rng
        candidates = self.by_line[line]
        chosen = rng.sample(candidates, rng.randint(1, min(3, len(candidates))))
        low, high = _QUANTITY_RANGE[tier]
        lines = [(p, rng.randint(low, high) * (5 if line in _BULK_LINES else 1)) for p in chosen]
        if line == PRINTING and rng.random() < 0.4:
            service = rng.choice(self.services)
            if service not in chosen:
                lines.append((service, lines[0][1]))
        return lines

    def _plan_agreements(
        self, account: AccountInfo, deals: list[_Deal]
    ) -> dict[Product, tuple[int, _Deal | None]]:
        """Agreed prices (cents) of a customer's products, and the won deal each came from."""
        rng = self.ctx.rng
        if account.status is not AccountStatus.CUSTOMER:
            return {}
        chance = {AccountTier.STRATEGIC: 0.7, AccountTier.KEY: 0.7}.get(account.tier, 0.15)
        if rng.random() >= chance:
            return {}
        candidates: dict[Product, _Deal | None] = {}
        for deal in deals:
            if deal.quote_status is QuoteStatus.ACCEPTED:
                for product, _ in deal.lines:
                    candidates.setdefault(product, deal)
        wanted = rng.randint(1, 3)
        while len(candidates) < wanted:
            candidates.setdefault(rng.choice(self.active), None)
        agreements: dict[Product, tuple[int, _Deal | None]] = {}
        for product, source in list(candidates.items())[:wanted]:
            agreements[product] = (self._agreed_cents(product), source)
        return agreements

    def _agreed_cents(self, product: Product) -> int:
        if product.item.sku == _TWO_PRICES_SKU:
            return 270_000
        cents = int(product.list_cents * self.ctx.rng.uniform(0.85, 0.97))
        step = (
            1000 if product.list_cents >= 100_000 else 100 if product.list_cents >= 10_000 else 10
        )
        return max(step, cents // step * step)

    def _prices(
        self, deals: list[_Deal], agreements: dict[Product, tuple[int, _Deal | None]]
    ) -> dict[Product, tuple[int, int]]:
        """One (unit price in cents, discount %) per product for the whole account."""
        rng = self.ctx.rng
        prices = {product: (cents, 0) for product, (cents, _) in agreements.items()}
        for deal in deals:
            for product, _ in deal.lines:
                if product not in prices:
                    discount = rng.choices(_DISCOUNTS, weights=_DISCOUNT_WEIGHTS)[0]
                    prices[product] = (product.list_cents, discount)
        return prices

    def _opportunity(
        self, account: AccountInfo, deal: _Deal, prices: dict[Product, tuple[int, int]]
    ) -> Record:
        rng = self.ctx.rng
        if deal.quote_status is not None:
            deal.amount_cents = sum(
                _net_cents(quantity, *prices[product]) for product, quantity in deal.lines
            )
        else:
            low, high = _DEAL_RANGE_YUAN[account.tier]
            deal.amount_cents = rng.randint(low, high) // 100 * 100 * 100
        if deal.stage is Stage.WON:
            self.won_cents[deal.owner_id] = self.won_cents.get(deal.owner_id, 0) + deal.amount_cents
        fields: dict[str, Any] = {
            "id": deal.id,
            "account_id": account.id,
            "owner_id": deal.owner_id,
            "name": deal.name,
            "stage": deal.stage.value,
            "probability": STAGE_PROBABILITY[deal.stage],
            "amount": cents_to_money(deal.amount_cents),
            "currency": "CNY",
            "close_date": deal.close_date,
        }
        if deal.stage is Stage.WON:
            fields["close_reason"] = rng.choice(texts.WON_REASONS)
        elif deal.stage is Stage.LOST:
            fields["close_reason"] = rng.choice(texts.LOST_REASONS)
        else:
            fields["next_step"] = rng.choice(texts.NEXT_STEPS)
        return "opportunity", fields

    # activities and visits ---------------------------------------------------------------

    def _activities(
        self, account: AccountInfo, contact_ids: list[str], deals: list[_Deal]
    ) -> Iterator[Record]:
        ctx, rng = self.ctx, self.ctx.rng
        declining = account.profile == "declining"
        for _ in range(rng.choice(_ACTIVITY_COUNTS)):
            kind = rng.choices(_KINDS, weights=_KIND_WEIGHTS)[0]
            # Declining accounts have gone quiet (no contact for 90+ days): churn risk.
            days = rng.randint(90, 365) if declining else int(364 * rng.random() ** 1.6) + 1
            fields: dict[str, Any] = {
                "id": ctx.new_id(),
                "account_id": account.id,
                "owner_id": account.owner_id
                if rng.random() < 0.75
                else rng.choice(account.rep_ids),
                "kind": kind.value,
                "subject": rng.choice(texts.ACTIVITY_SUBJECTS[kind]),
                "occurred_at": ctx.working_time(-days),
            }
            if contact_ids and rng.random() < 0.8:
                fields["contact_id"] = rng.choice(contact_ids)
            if deals and rng.random() < 0.3:
                fields["opportunity_id"] = rng.choice(deals).id
            if rng.random() < 0.6:
                fields["body"] = rng.choice(texts.ACTIVITY_BODIES[kind])
            if kind in (ActivityKind.CALL, ActivityKind.MEETING):
                fields["satisfaction"] = rng.choice(_SATISFACTION[account.profile])
            yield "activity", fields

    def _visits(self, account: AccountInfo, contact_ids: list[str]) -> Iterator[Record]:
        ctx, rng = self.ctx, self.ctx.rng
        declining = account.profile == "declining"
        for _ in range(rng.choice(_VISIT_COUNTS)):
            roll = rng.random()
            status = (
                VisitStatus.PLANNED
                if roll < (0.1 if declining else 0.25)
                else VisitStatus.CANCELLED
                if roll < 0.32
                else VisitStatus.DONE
            )
            if status is VisitStatus.PLANNED:
                days = rng.randint(1, 28)
            else:
                days = -(rng.randint(90, 365) if declining else rng.randint(1, 300))
            hour = rng.choice((9, 10, 10, 14, 14, 15, 16))
            starts = ctx.at(ctx.workday(days), hour, rng.choice((0, 30)))
            ends = starts + timedelta(minutes=rng.choice((60, 90, 120)))
            fields: dict[str, Any] = {
                "id": ctx.new_id(),
                "account_id": account.id,
                "owner_id": account.owner_id if rng.random() < 0.8 else rng.choice(account.rep_ids),
                "purpose": rng.choice(texts.VISIT_PURPOSES),
                "starts_at": starts,
                "ends_at": ends,
                "status": status.value,
                "location": account.location[:200],
            }
            if contact_ids and rng.random() < 0.7:
                fields["contact_id"] = rng.choice(contact_ids)
            if status is VisitStatus.PLANNED:
                fields["remind_at"] = starts - timedelta(days=1)
            elif status is VisitStatus.CANCELLED:
                fields["outcome"] = rng.choice(texts.VISIT_CANCELLED)
            else:
                fields["checked_in_at"] = starts + timedelta(minutes=rng.randint(-10, 15))
                fields["checked_out_at"] = ends + timedelta(minutes=rng.randint(-15, 20))
                good = rng.random() < {"healthy": 0.9, "neutral": 0.6}.get(account.profile, 0.2)
                outcomes = texts.VISIT_OUTCOMES_GOOD if good else texts.VISIT_OUTCOMES_POOR
                fields["outcome"] = rng.choice(outcomes)
            yield "visit", fields

    # quotes and price agreements ---------------------------------------------------------

    def _quotes(
        self,
        account: AccountInfo,
        deal: _Deal,
        contact_id: str | None,
        prices: dict[Product, tuple[int, int]],
    ) -> Iterator[Record]:
        if deal.quote_status is None or deal.quote_id is None:
            return
        ctx, rng = self.ctx, self.ctx.rng
        self.quote_seq += 1
        year = deal.close_date.year if deal.stage.is_closed else ctx.today.year
        number = f"Q{year}-{self.quote_seq:06d}"
        valid_until = self._valid_until(deal)
        common: dict[str, Any] = {
            "account_id": account.id,
            "opportunity_id": deal.id,
            "owner_id": deal.owner_id,
            "number": number,
            "currency": "CNY",
            "tax_rate": Decimal("0.13"),
            "terms": rng.choice(texts.QUOTE_TERMS),
        }
        if contact_id is not None:
            common["contact_id"] = contact_id
        if deal.first_revision_id is not None:
            # The client turned down a first version with other quantities; same prices
            # (a rejected quote holds no price, but the client saw the same unit prices).
            yield (
                "quote",
                {
                    "id": deal.first_revision_id,
                    **common,
                    "revision": 1,
                    "status": QuoteStatus.REJECTED.value,
                    "valid_until": valid_until - timedelta(days=14),
                },
            )
            first = [(p, max(1, q * rng.choice((2, 3)) // 2)) for p, q in deal.lines]
            yield from self._quote_lines(deal.first_revision_id, first, prices)
        quote: dict[str, Any] = {
            "id": deal.quote_id,
            **common,
            "revision": 2 if deal.first_revision_id else 1,
            "status": deal.quote_status.value,
            "valid_until": valid_until,
        }
        if deal.first_revision_id is not None:
            quote["revision_of"] = deal.first_revision_id
        yield "quote", quote
        yield from self._quote_lines(deal.quote_id, deal.lines, prices)

    def _valid_until(self, deal: _Deal) -> date:
        rng = self.ctx.rng
        if deal.quote_status is QuoteStatus.ACCEPTED:
            return deal.close_date + timedelta(days=rng.randint(0, 20))
        if deal.quote_status is QuoteStatus.EXPIRED:
            return deal.close_date - timedelta(days=rng.randint(1, 10))
        if deal.quote_status is QuoteStatus.REJECTED:
            return deal.close_date + timedelta(days=rng.randint(0, 4))
        return self.ctx.today + timedelta(days=rng.randint(7, 30))

    def _quote_lines(
        self,
        quote_id: str,
        lines: list[tuple[Product, int]],
        prices: dict[Product, tuple[int, int]],
    ) -> Iterator[Record]:
        for position, (product, quantity) in enumerate(lines, start=1):
            unit_cents, discount = prices[product]
            yield (
                "quote_line",
                {
                    "id": self.ctx.new_id(),
                    "quote_id": quote_id,
                    "product_id": product.id,
                    "position": position,
                    "description": product.item.name,
                    "quantity": Decimal(quantity),
                    "unit_price": cents_to_money(unit_cents),
                    "discount_pct": Decimal(discount),
                },
            )

    def _agreement(
        self, account: AccountInfo, product: Product, cents: int, source: _Deal | None
    ) -> Record:
        rng = self.ctx.rng
        if source is not None:
            valid_from = source.close_date
        else:
            valid_from = self.ctx.today - timedelta(days=rng.randint(30, 300))
        fields: dict[str, Any] = {
            "id": self.ctx.new_id(),
            "account_id": account.id,
            "product_id": product.id,
            "unit_price": cents_to_money(cents),
            "currency": "CNY",
            "valid_from": valid_from,
            "valid_until": valid_from + timedelta(days=365),
            "set_by": self.manager_id,
        }
        if source is not None and source.quote_id is not None:
            fields["source_quote_id"] = source.quote_id
        return "price_agreement", fields


def _net_cents(quantity: int, unit_cents: int, discount_pct: int) -> int:
    """Line total after discount, rounded half-up to the cent like the quote itself."""
    return (quantity * unit_cents * (100 - discount_pct) + 50) // 100
