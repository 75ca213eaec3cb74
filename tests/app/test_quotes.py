"""Writing a quote offline: agreed prices proposed, provisional and approval states."""

from __future__ import annotations

import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sfa.app.quotes import add_line, create_quote, price_for, quote_state, settle_status
from sfa.domain.enums import QuoteStatus
from sfa.domain.errors import DomainError
from sfa.domain.pricing import PriceSource
from sfa.store import sync_state, writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

TODAY = date(2026, 11, 22)
ME = "rep1-id"


@pytest.fixture
def catalogue(store: LocalStore) -> dict[str, str]:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "product",
            [
                {
                    "id": "printer",
                    "rev": 1,
                    "sku": "PR-L2900",
                    "name": "黑白激光打印机",
                    "list_price": "2900.00",
                },
                {"id": "toner", "rev": 2, "sku": "TN-100", "name": "硒鼓", "list_price": "480.00"},
            ],
        )
        apply_remote(conn, "account", [{"id": "acme", "rev": 3, "name": "广州贸易有限公司"}])
        apply_remote(
            conn,
            "price_agreement",
            [
                {
                    "id": "ag1",
                    "rev": 4,
                    "account_id": "acme",
                    "product_id": "printer",
                    "unit_price": "2700.00",
                    "valid_until": date(2026, 12, 31),
                },
            ],
        )
    return {"account": "acme", "printer": "printer", "toner": "toner"}


def test_the_editor_proposes_the_agreed_price(store: LocalStore, catalogue: dict[str, str]) -> None:
    with store.transaction() as conn:
        assert price_for(conn, "acme", "printer", TODAY).source is PriceSource.AGREEMENT
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(conn, quote, "printer", Decimal("3"), actor=ME, on=TODAY)
        add_line(conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY)
        state = quote_state(conn, quote, role="rep", on=TODAY)
        assert settle_status(conn, quote, actor=ME, role="rep", on=TODAY) is QuoteStatus.DRAFT
        saved = writes.load(conn, "quote", quote)
    assert [line.total for line in state.lines] == [Decimal("8100.00"), Decimal("4800.00")]
    assert (state.subtotal, state.tax, state.total) == (
        Decimal("12900.00"),
        Decimal("1677.00"),
        Decimal("14577.00"),
    )
    assert not state.provisional and not state.needs_approval
    assert saved is not None and re.fullmatch(r"Q-R001-20261122-001-[A-Z]{3}", saved["number"])
    assert saved["valid_until"] == date(2026, 12, 22)


def test_another_price_makes_the_quote_provisional(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    with store.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(
            conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY, unit_price=Decimal("460.00")
        )
        assert settle_status(conn, quote, actor=ME, role="rep", on=TODAY) is QuoteStatus.PROVISIONAL
        assert quote_state(conn, quote, role="rep", on=TODAY).provisional


def test_beyond_the_reps_discount_limit_the_quote_needs_approval(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    with store.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(
            conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY, discount_pct=Decimal("15")
        )
        assert (
            settle_status(conn, quote, actor=ME, role="rep", on=TODAY)
            is QuoteStatus.PENDING_APPROVAL
        )
        assert (
            settle_status(conn, quote, actor=ME, role="manager", on=TODAY)
            is QuoteStatus.PROVISIONAL
        )


def test_quote_numbers_count_up_per_rep_and_day(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    with store.transaction() as conn:
        numbers = [
            writes.load(
                conn, "quote", create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
            )["number"]  # type: ignore[index]
            for _ in range(3)
        ]
    code = numbers[0][-3:]
    assert numbers == [f"Q-R001-20261122-00{n}-{code}" for n in (1, 2, 3)]


def test_two_laptops_of_one_rep_never_number_two_quotes_alike(
    store: LocalStore, catalogue: dict[str, str], template_store: Path, tmp_path: Path
) -> None:
    """The same rep offline on two laptops, the same day: each laptop has its own code."""
    shutil.copy2(template_store, tmp_path / "other.db")
    other = LocalStore.open(tmp_path / "other.db")
    try:
        numbers = []
        for laptop, installation in ((store, "laptop-a"), (other, "laptop-b")):
            with laptop.transaction() as conn:
                sync_state.put(conn, sync_state.CLIENT_ID, installation)
                for _ in range(2):
                    quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
                    numbers.append(writes.load(conn, "quote", quote)["number"])  # type: ignore[index]
    finally:
        other.close()
    assert len(set(numbers)) == 4
    assert {n[:19] for n in numbers} == {"Q-R001-20261122-001", "Q-R001-20261122-002"}


def test_a_lost_counter_never_repeats_a_number(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    with store.transaction() as conn:
        first = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        sync_state.put(conn, "quote_seq:R001:20261122", None)
        second = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        numbers = [writes.load(conn, "quote", q)["number"] for q in (first, second)]  # type: ignore[index]
    assert numbers[0] != numbers[1] and numbers[1].startswith("Q-R001-20261122-002-")


def test_the_pdf_of_a_provisional_quote_carries_its_lines_totals_and_mark(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from sfa.app.quotes import quote_document
    from sfa.io.quote_pdf import render_quote_pdf
    from sfa.io.quote_view import Seller

    with store.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(conn, quote, "printer", Decimal("3"), actor=ME, on=TODAY)
        add_line(
            conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY, unit_price=Decimal("460.00")
        )
        settle_status(conn, quote, actor=ME, role="rep", on=TODAY)
        document = quote_document(
            conn,
            quote,
            seller=Seller("华信办公设备有限公司", "广州市天河区", "+86 20 3888 0000"),
            role="rep",
            on=TODAY,
        )
    assert document.provisional and document.total == Decimal("14351.00")  # (8100 + 4600) × 1.13
    text = "".join(
        page.extract_text() for page in PdfReader(BytesIO(render_quote_pdf(document))).pages
    )
    for expected in (
        "PR-L2900",
        "黑白激光打印机",
        "硒鼓",
        "14,351.00",
        "待确认",
        "Q-R001-20261122-001",
    ):
        assert expected in text, expected


def test_a_quote_is_sent_only_once_its_prices_are_settled(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    from sfa.app.quotes import mark_sent, send_blockers
    from sfa.domain.errors import DomainError
    from sfa.store.tables import OutboxEntry

    with store.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        assert "The quote has no lines." in send_blockers(conn, quote, role="rep", on=TODAY)
        add_line(
            conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY, discount_pct=Decimal("15")
        )
        reasons = send_blockers(conn, quote, role="rep", on=TODAY)
        assert any("manager must approve" in r for r in reasons)
        assert any("sync first" in r for r in reasons)
        with pytest.raises(DomainError, match="manager must approve"):
            mark_sent(conn, quote, actor=ME, role="rep", on=TODAY)
        conn.execute(OutboxEntry.__table__.delete())  # as if synced and accepted
        writes.update(conn, "quote", quote, {"approved_by": "manager-id"}, actor="manager-id")
        conn.execute(OutboxEntry.__table__.delete())
        assert send_blockers(conn, quote, role="rep", on=TODAY) == []
        mark_sent(conn, quote, actor=ME, role="rep", on=TODAY)
        assert writes.load(conn, "quote", quote)["status"] == "sent"  # type: ignore[index]


def test_an_accepted_quote_wins_its_opportunity(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    from sfa.app.quotes import mark_accepted

    with store.transaction() as conn:
        deal = writes.create(
            conn,
            "opportunity",
            {"account_id": "acme", "name": "打印机换新", "stage": "proposal"},
            actor=ME,
        )
        quote = create_quote(
            conn, "acme", actor=ME, rep_code="R001", today=TODAY, fields={"opportunity_id": deal}
        )
        add_line(conn, quote, "printer", Decimal("3"), actor=ME, on=TODAY)
        writes.update(conn, "quote", quote, {"status": "sent"}, actor=ME)
        mark_accepted(conn, quote, actor=ME)
        won = writes.load(conn, "opportunity", deal)
    assert won is not None and won["stage"] == "won" and won["amount"] == Decimal("8100.00")


def test_a_new_revision_supersedes_the_old_one_which_stays_readable(
    store: LocalStore, catalogue: dict[str, str]
) -> None:
    from sfa.app.quotes import is_editable, new_revision, revision_history

    with store.transaction() as conn:
        first = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(conn, first, "printer", Decimal("3"), actor=ME, on=TODAY)
        writes.update(conn, "quote", first, {"status": "sent"}, actor=ME)
        second = new_revision(conn, first, actor=ME)
        third = new_revision(conn, second, actor=ME)
        history = revision_history(conn, first)
        old = writes.load(conn, "quote", first)
        newest = writes.load(conn, "quote", third)
        old_total = quote_state(conn, first, role="rep", on=TODAY).total
        new_total = quote_state(conn, third, role="rep", on=TODAY).total
        with pytest.raises(DomainError, match="newer revision"):
            new_revision(conn, first, actor=ME)
    assert [(row.revision, row.status) for row in history] == [
        (1, "superseded"),
        (2, "superseded"),
        (3, "draft"),
    ]
    assert old is not None and newest is not None
    assert old["number"] == newest["number"] and newest["revision_of"] == first
    assert not is_editable(old["status"]) and not QuoteStatus(old["status"]).holds_price
    assert old_total == new_total == Decimal("9153.00")  # 3 × 2700 + 13 % VAT, still readable
