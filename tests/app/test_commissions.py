"""Commission statements against hand-computed examples: paid on money collected (net of
VAT), a rate per product line, and one tier multiplier by quota attainment, boundary
included."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sfa.analytics.commissions import (
    CollectedPayment,
    OrderShare,
    Plan,
    net_of_tax,
    split_by_line,
    statement,
)
from sfa.app.commissions import booked_by_rep, collected_by_rep, statements
from sfa.app.orders import create_order
from sfa.app.payments import issue_invoice, record_payment
from sfa.domain.commission_plan import parse_rates, parse_tiers
from sfa.domain.errors import ValidationError
from sfa.store import writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

NOV, DEC = date(2026, 11, 1), date(2026, 12, 1)
PLAN = Plan(
    parse_rates(["打印设备=0.05", "*=0.02"]),
    parse_tiers(["0=0.5", "0.8=1.0", "1.0=1.5"]),
    date(2026, 1, 1),
    None,
    "2026",
)


def _payment(amount: str, day: date = date(2026, 11, 10), rep: str = "rep1") -> CollectedPayment:
    """A payment on an order of one printer line ¥8,000 and one toner line ¥2,000 (subtotal
    ¥10,000, VAT 13 % → total ¥11,300)."""
    return CollectedPayment(
        payment_id=f"p-{amount}-{day}",
        rep_id=rep,
        received_on=day,
        amount=Decimal(amount),
        currency="CNY",
        invoice_number="I-1",
        order_number="O-1",
        order_subtotal=Decimal("10000.00"),
        order_total=Decimal("11300.00"),
        lines=(
            OrderShare("打印设备", Decimal("8000.00")),
            OrderShare("办公耗材", Decimal("2000.00")),
        ),
    )


def test_a_payment_counts_net_of_vat_split_over_its_product_lines() -> None:
    payment = _payment("5650.00")
    assert net_of_tax(payment) == Decimal("5000.00")  # 5650 × 10000 / 11300
    assert split_by_line(Decimal("5000.00"), payment.lines, "CNY") == [
        ("打印设备", Decimal("4000.00")),
        ("办公耗材", Decimal("1000.00")),
    ]
    # 1000.01 → 800.008 → 800.01 and what is left, 200.00: the shares add up exactly
    assert split_by_line(Decimal("1000.01"), payment.lines, "CNY") == [
        ("打印设备", Decimal("800.01")),
        ("办公耗材", Decimal("200.00")),
    ]


@pytest.mark.parametrize(
    ("quota", "multiplier", "total"),
    [
        # collected net 5000.00: printers 4000 × 5 % = 200, toner 1000 × 2 % = 20 → 220 × m
        (Decimal("5000.00"), Decimal("1.5"), Decimal("330.00")),  # exactly 100 %: top tier
        (Decimal("5000.01"), Decimal("1.0"), Decimal("220.00")),  # just under 100 %
        (Decimal("6250.00"), Decimal("1.0"), Decimal("220.00")),  # exactly 80 %
        (Decimal("6250.01"), Decimal("0.5"), Decimal("110.00")),  # just under 80 %
        (None, Decimal("1"), Decimal("220.00")),  # no quota: no tier
    ],
)
def test_the_tier_follows_attainment_with_its_boundaries_included(
    quota: Decimal | None, multiplier: Decimal, total: Decimal
) -> None:
    result = statement("rep1", NOV, DEC, [_payment("5650.00")], PLAN, quota)
    assert result.collected == Decimal("5000.00")
    assert result.multiplier == multiplier
    assert result.total == total
    assert [(line.product_line, line.base, line.rate) for line in result.lines] == [
        ("打印设备", Decimal("4000.00"), Decimal("0.05")),
        ("办公耗材", Decimal("1000.00"), Decimal("0.02")),
    ]


def test_only_the_reps_money_collected_in_the_period_counts() -> None:
    payments = [
        _payment("1130.00"),
        _payment("2260.00", day=DEC),  # December: next statement
        _payment("3390.00", day=date(2026, 10, 31)),
        _payment("4520.00", rep="rep2"),
    ]
    result = statement("rep1", NOV, DEC, payments, PLAN, Decimal("1000.00"))
    # 1130 gross → 1000 net; printers 800 × 5 % × 1.5 = 60.00, toner 200 × 2 % × 1.5 = 6.00
    assert (result.collected, result.total) == (Decimal("1000.00"), Decimal("66.00"))
    assert {line.payment_id for line in result.lines} == {"p-1130.00-2026-11-10"}


def test_a_plan_with_bad_terms_is_refused() -> None:
    with pytest.raises(ValidationError, match="between 0 and 1"):
        parse_rates(["打印设备=5"])
    with pytest.raises(ValidationError, match="two tiers"):
        parse_tiers(["0.8=1", "0.80=1.2"])


def test_statements_from_the_store_and_money_by_rep(store: LocalStore) -> None:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "product",
            [
                {
                    "id": "printer",
                    "rev": 1,
                    "sku": "P",
                    "name": "打印机",
                    "list_price": "8000.00",
                    "product_line": "打印设备",
                },
                {
                    "id": "toner",
                    "rev": 2,
                    "sku": "T",
                    "name": "硒鼓",
                    "list_price": "200.00",
                    "product_line": "办公耗材",
                },
            ],
        )
        apply_remote(conn, "account", [{"id": "acme", "rev": 3, "name": "广州贸易有限公司"}])
        apply_remote(
            conn,
            "commission_plan",
            [
                {
                    "id": "plan",
                    "rev": 4,
                    "user_id": "rep1",
                    "name": "2026",
                    "valid_from": date(2026, 1, 1),
                    "rates": ["打印设备=0.05", "*=0.02"],
                    "tiers": ["0=0.5", "0.8=1.0", "1.0=1.5"],
                }
            ],
        )
        apply_remote(
            conn,
            "quota",
            [{"id": "q", "rev": 5, "user_id": "rep1", "period_start": NOV, "amount": "8000.00"}],
        )
        order = create_order(
            conn,
            "acme",
            [("printer", Decimal("1")), ("toner", Decimal("10"))],
            actor="rep1",
            rep_code="R001",
            today=date(2026, 11, 2),
        )
        invoice = issue_invoice(
            conn, order, actor="rep1", rep_code="R001", issued_on=date(2026, 11, 2)
        )
        assert writes.load(conn, "invoice", invoice)["amount"] == Decimal("11300.00")  # type: ignore[index]
        record_payment(
            conn, invoice, Decimal("9040.00"), actor="rep1", received_on=date(2026, 11, 20)
        )
        record_payment(
            conn, invoice, Decimal("2260.00"), actor="rep1", received_on=date(2026, 12, 5)
        )
        [nov] = statements(conn, NOV, DEC)
        assert collected_by_rep(conn, NOV, DEC) == {"rep1": Decimal("8000.00")}
        assert booked_by_rep(conn, NOV, DEC) == {"rep1": Decimal("10000.00")}
        assert booked_by_rep(conn, DEC, date(2027, 1, 1)) == {}
    # 9040 → 8000 net = 100 % of quota → ×1.5; printers 6400 × 5 % = 320, toner 1600 × 2 % = 32
    assert (nov.attainment, nov.multiplier, nov.total) == (
        Decimal(1),
        Decimal("1.5"),
        Decimal("528.00"),
    )


def test_only_a_manager_sets_a_plan_and_a_second_save_corrects_it(store: LocalStore) -> None:
    from sfa.app.commissions import save_plan, team_reps
    from sfa.domain.errors import DomainError

    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {"id": "boss", "rev": 1, "username": "manager", "role": "manager"},
                {"id": "r1", "rev": 2, "username": "rep1", "role": "rep", "manager_id": "boss"},
                {"id": "r9", "rev": 3, "username": "rep9", "role": "rep", "manager_id": "other"},
            ],
        )
        assert team_reps(conn, "boss") == [("r1", "rep1")]
        terms = {
            "user_id": "r1",
            "name": "2027",
            "valid_from": date(2027, 1, 1),
            "valid_until": None,
            "rates": ["*=0.03"],
            "tiers": [],
        }
        with pytest.raises(DomainError, match="Only a manager"):
            save_plan(conn, actor="r1", role="rep", **terms)  # type: ignore[arg-type]
        first = save_plan(conn, actor="boss", role="manager", **terms)  # type: ignore[arg-type]
        again = save_plan(
            conn,
            actor="boss",
            role="manager",
            **{**terms, "rates": ["*=0.04"]},  # type: ignore[arg-type]
        )
        assert first == again
        assert writes.load(conn, "commission_plan", first)["rates"] == ["*=0.04"]  # type: ignore[index]
