"""Commission statements: what a rep earned in a period, line by line, from money collected.

The rule (one place, tested against hand-computed examples):

* Commission is paid on **money collected, not orders booked**: a payment received in the
  period (start included, end excluded) earns commission for the rep who owns its order.
  An order booked but not paid earns nothing yet; a late payment earns in the period it
  arrives.
* VAT is not commission: a payment counts for its share net of tax,
  ``net = payment × order subtotal / order total`` (rounded half-up to the fen).
* The net share is split over the order's product lines in proportion to their line
  totals (each share rounded; the last line takes what rounding left, so the shares add up
  to the net exactly). Each share earns its product line's rate from the rep's plan.
* **Tiers by quota attainment**: attainment = net money collected in the period ÷ the rep's
  quota for the period. The plan's highest tier whose threshold attainment reaches (the
  boundary itself included: exactly 100 % is in the 100 % tier) gives one multiplier,
  applied to every line of the period — not marginally. Without a quota there is no
  attainment and the multiplier is 1; with tiers, below the lowest one it is 0.
* Each statement line's commission = share × rate × multiplier, rounded half-up to the fen;
  the statement's total is the sum of its lines.

Pure functions over plain data: the app layer reads the store (:mod:`sfa.app.commissions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sfa.domain.commission_plan import multiplier_for, parse_rates, parse_tiers, rate_for
from sfa.domain.money import round_money


@dataclass(frozen=True, slots=True)
class OrderShare:
    """One product line of an order: its line total (net of tax) and product line."""

    product_line: str | None
    line_total: Decimal


@dataclass(frozen=True, slots=True)
class CollectedPayment:
    """A payment with the order it pays for, as the statement needs it."""

    payment_id: str
    rep_id: str | None
    received_on: date
    amount: Decimal
    currency: str
    invoice_number: str
    order_number: str
    order_subtotal: Decimal
    order_total: Decimal
    lines: tuple[OrderShare, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    rates: dict[str, Decimal]
    tiers: list[tuple[Decimal, Decimal]]
    valid_from: date
    valid_until: date | None
    name: str = ""

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Plan:
        """A ``commission_plan`` record's terms, parsed."""
        return cls(
            parse_rates(list(record.get("rates") or [])),
            parse_tiers(list(record.get("tiers") or [])),
            record["valid_from"],
            record.get("valid_until"),
            str(record.get("name") or ""),
        )


@dataclass(frozen=True, slots=True)
class StatementLine:
    payment_id: str
    received_on: date
    invoice_number: str
    order_number: str
    product_line: str | None
    base: Decimal
    rate: Decimal
    multiplier: Decimal
    commission: Decimal


@dataclass(frozen=True, slots=True)
class Statement:
    rep_id: str
    start: date
    end: date
    currency: str
    collected: Decimal
    quota: Decimal | None
    attainment: Decimal | None
    multiplier: Decimal
    lines: tuple[StatementLine, ...]
    total: Decimal
    plan_name: str


def in_period(day: date, start: date, end: date) -> bool:
    """The period runs from ``start`` included to ``end`` excluded."""
    return start <= day < end


def net_of_tax(payment: CollectedPayment) -> Decimal:
    if payment.order_total <= 0:
        return Decimal(0)
    share = payment.amount * payment.order_subtotal / payment.order_total
    return round_money(share, payment.currency)


def split_by_line(
    net: Decimal, lines: Sequence[OrderShare], currency: str
) -> list[tuple[str | None, Decimal]]:
    """``net`` over the product lines in proportion to their totals; adds up exactly."""
    grouped: dict[str | None, Decimal] = {}
    for line in lines:
        grouped[line.product_line] = grouped.get(line.product_line, Decimal(0)) + line.line_total
    whole = sum(grouped.values(), Decimal(0))
    if whole <= 0:
        return [(None, net)]
    shares: list[tuple[str | None, Decimal]] = []
    left = net
    items = list(grouped.items())
    for index, (product_line, amount) in enumerate(items):
        share = left if index == len(items) - 1 else round_money(net * amount / whole, currency)
        shares.append((product_line, share))
        left -= share
    return shares


def collected(payments: Iterable[CollectedPayment], start: date, end: date) -> Decimal:
    """Net money collected in the period (what attainment on collected money counts)."""
    return sum(
        (net_of_tax(p) for p in payments if in_period(p.received_on, start, end)), Decimal(0)
    )


def attainment(collected_amount: Decimal, quota: Decimal | None) -> Decimal | None:
    if quota is None or quota <= 0:
        return None
    return collected_amount / quota


def plan_for(plans: Iterable[Plan], start: date) -> Plan | None:
    """The plan in force on the period's first day (the latest started, if several)."""
    valid = [p for p in plans if p.valid_from <= start and (p.valid_until or date.max) >= start]
    return max(valid, key=lambda p: p.valid_from, default=None)


def statement(
    rep_id: str,
    start: date,
    end: date,
    payments: Iterable[CollectedPayment],
    plan: Plan,
    quota: Decimal | None,
    currency: str = "CNY",
) -> Statement:
    """The rep's commission statement for the period, with the lines it came from."""
    mine = sorted(
        (p for p in payments if p.rep_id == rep_id and in_period(p.received_on, start, end)),
        key=lambda p: (p.received_on, p.invoice_number, p.payment_id),
    )
    total_collected = collected(mine, start, end)
    reached = attainment(total_collected, quota)
    multiplier = multiplier_for(plan.tiers, reached)
    lines: list[StatementLine] = []
    for payment in mine:
        for product_line, base in split_by_line(net_of_tax(payment), payment.lines, currency):
            rate = rate_for(plan.rates, product_line)
            lines.append(
                StatementLine(
                    payment.payment_id,
                    payment.received_on,
                    payment.invoice_number,
                    payment.order_number,
                    product_line,
                    base,
                    rate,
                    multiplier,
                    round_money(base * rate * multiplier, currency),
                )
            )
    return Statement(
        rep_id,
        start,
        end,
        currency,
        total_collected,
        quota,
        reached,
        multiplier,
        tuple(lines),
        sum((line.commission for line in lines), Decimal(0)),
        plan.name,
    )
