"""On the laptop: asking for a price exception or a discount approval, a manager deciding,
and what the rep then sees (decisions, a superseded price) — all through the store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Connection, select

from sfa.app.approvals import decide, pending_approvals, price_history, request_discount_approval
from sfa.app.price_exceptions import (
    decision_notices,
    mark_notices_seen,
    price_conflicts,
    request_exception,
    settle_decided,
    superseded_lines,
)
from sfa.app.quotes import add_line, create_quote, quote_state, reprice_superseded, send_blockers
from sfa.domain.errors import DomainError
from sfa.store import outbox, writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import OutboxEntry

TODAY = date(2026, 11, 22)
ME, BOSS, OTHER_BOSS = "rep1-id", "manager-id", "manager2-id"


@pytest.fixture
def shop(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {
                    "id": ME,
                    "rev": 1,
                    "username": "rep1",
                    "display_name": "王芳",
                    "manager_id": BOSS,
                },
                {"id": BOSS, "rev": 1, "username": "manager", "display_name": "张经理"},
                {"id": "rep3-id", "rev": 1, "username": "rep3", "manager_id": OTHER_BOSS},
            ],
        )
        apply_remote(
            conn,
            "product",
            [{"id": "toner", "rev": 2, "sku": "TN-100", "name": "硒鼓", "list_price": "480.00"}],
        )
        apply_remote(conn, "account", [{"id": "acme", "rev": 3, "name": "广州贸易有限公司"}])
    return store


def _refused_line(conn: Connection, price: str = "460.00") -> tuple[str, str, int]:
    quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
    line = add_line(
        conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY, unit_price=Decimal(price)
    )
    table = OutboxEntry.__table__
    seq = conn.execute(select(table.c.seq).where(table.c.record_id == line)).scalar_one()
    outbox.reject(
        conn,
        seq,
        {
            "code": "price_conflict",
            "message": "another price stands",
            "details": {
                "product_id": "toner",
                "standing_price": "470.00",
                "holder": {"kind": "agreement", "id": "ag-9", "rep_id": "rep2-id"},
                "valid_until": "2026-12-20",
            },
        },
    )
    return quote, line, seq


def _server_says(conn: Connection, request_id: str, **fields: Any) -> None:
    """The decision as a pull brings it: the request with a new rev and the server's fields."""
    request = writes.load(conn, "approval_request", request_id)
    assert request is not None
    conn.execute(OutboxEntry.__table__.delete().where(OutboxEntry.record_id == request_id))
    record = {k: v for k, v in request.items() if k not in ("created_at", "updated_at")}
    apply_remote(conn, "approval_request", [{**record, "rev": 50, **fields}])


def test_a_refused_line_asks_for_an_exception_with_its_reason(shop: LocalStore) -> None:
    with shop.transaction() as conn:
        quote, line, seq = _refused_line(conn)
        with pytest.raises(DomainError, match="Say why"):
            request_exception(conn, seq, "  ", actor=ME)
        request_id = request_exception(conn, seq, "年度框架合同价", actor=ME)
        with pytest.raises(DomainError, match="already waiting"):
            request_exception(conn, seq, "again", actor=ME)
        request = writes.load(conn, "approval_request", request_id)
        queued = outbox.pending(conn)
    assert request is not None
    assert (request["kind"], request["status"], request["reason"]) == (
        "price_exception",
        "requested",
        "年度框架合同价",
    )
    assert (request["quote_id"], request["quote_line_id"], request["product_id"]) == (
        quote,
        line,
        "toner",
    )
    assert (request["requested_price"], request["standing_price"]) == (
        Decimal("460.00"),
        Decimal("470.00"),
    )
    assert request["holder_rep_id"] == "rep2-id"
    assert [(row["entity"], row["record_id"]) for row in queued][-1] == (
        "approval_request",
        request_id,
    )


def test_an_approved_exception_sends_the_refused_line_again(shop: LocalStore) -> None:
    with shop.transaction() as conn:
        _quote, line, seq = _refused_line(conn)
        request_id = request_exception(conn, seq, "大客户", actor=ME)
        assert settle_decided(conn) == []  # nothing decided yet
        _server_says(conn, request_id, status="approved", decided_by=BOSS)
        assert settle_decided(conn) == [line]
        assert price_conflicts(conn) == []
        assert outbox.waiting(conn, "quote_line", line)


def test_the_rep_is_told_of_decisions_once(shop: LocalStore) -> None:
    with shop.transaction() as conn:
        _quote, _line, seq = _refused_line(conn)
        request_id = request_exception(conn, seq, "大客户", actor=ME)
        assert decision_notices(conn, ME) == []
        _server_says(conn, request_id, status="refused", decided_by=BOSS, comment="价格太低")
        [notice] = decision_notices(conn, ME)
        mark_notices_seen(conn, [notice])
        assert decision_notices(conn, ME) == []
    assert (notice.status, notice.comment) == ("refused", "价格太低")


def test_a_superseded_price_blocks_sending_and_reprices_in_one_step(shop: LocalStore) -> None:
    with shop.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        line = add_line(conn, quote, "toner", Decimal("5"), actor=ME, on=TODAY)
        conn.execute(OutboxEntry.__table__.delete())  # synced
        apply_remote(
            conn,
            "approval_request",
            [
                {
                    "id": "ex-1",
                    "rev": 60,
                    "kind": "price_exception",
                    "account_id": "acme",
                    "quote_id": "someone-elses",
                    "product_id": "toner",
                    "requested_price": "450.00",
                    "reason": "招标",
                    "status": "approved",
                    "decided_by": BOSS,
                    "decided_at": datetime(2026, 11, 21, 9, tzinfo=UTC),
                }
            ],
        )
        stored = writes.load(conn, "quote_line", line)
        assert stored is not None
        apply_remote(conn, "quote_line", [{**stored, "rev": 61, "price_superseded_by": "ex-1"}])
        [superseded] = superseded_lines(conn, quote, "CNY")
        assert any("another price" in r for r in send_blockers(conn, quote, role="rep", on=TODAY))
        revision = reprice_superseded(conn, quote, actor=ME)
        state = quote_state(conn, revision, role="rep", on=TODAY)
        old = writes.load(conn, "quote", quote)
    assert superseded.new_price == Decimal("450.00") and superseded.decided_by == BOSS
    assert [line.total for line in state.lines] == [Decimal("2250.00")]
    assert old is not None and old["status"] == "superseded"


def test_a_discount_request_reaches_only_the_reps_own_manager(shop: LocalStore) -> None:
    with shop.transaction() as conn:
        quote = create_quote(conn, "acme", actor=ME, rep_code="R001", today=TODAY)
        add_line(conn, quote, "toner", Decimal("10"), actor=ME, on=TODAY, discount_pct=Decimal(15))
        needs = quote_state(conn, quote, role="rep", on=TODAY).needs_approval
        with pytest.raises(DomainError, match="needs no approval"):
            request_discount_approval(conn, quote, "x", actor=ME, needs_approval=False)
        request_id = request_discount_approval(conn, quote, "首单", actor=ME, needs_approval=needs)
        with pytest.raises(DomainError, match="already waiting"):
            request_discount_approval(conn, quote, "首单", actor=ME, needs_approval=needs)
        [mine] = pending_approvals(conn, BOSS, "manager")
        assert pending_approvals(conn, OTHER_BOSS, "manager") == []
        assert len(pending_approvals(conn, "admin-id", "admin")) == 1
        with pytest.raises(DomainError, match="Say why you refuse"):
            decide(conn, request_id, approve=False, comment="", actor=BOSS)
        decide(conn, request_id, approve=True, comment="同意", actor=BOSS)
        decided = writes.load(conn, "approval_request", request_id)
        assert pending_approvals(conn, BOSS, "manager") == []
        with pytest.raises(DomainError, match="already approved"):
            decide(conn, request_id, approve=False, comment="no", actor=BOSS)
    assert (mine.kind, mine.requester, mine.reason, mine.account_name) == (
        "discount",
        "王芳",
        "首单",
        "广州贸易有限公司",
    )
    assert decided is not None and (decided["status"], decided["comment"]) == ("approved", "同意")


def test_the_manager_sees_the_clients_price_history_beside_an_exception(shop: LocalStore) -> None:
    with shop.transaction() as conn:
        _quote, _line, seq = _refused_line(conn, "455.00")
        request_exception(conn, seq, "竞品报价 455", actor=ME)
        apply_remote(
            conn,
            "price_agreement",
            [
                {
                    "id": "ag-9",
                    "rev": 70,
                    "account_id": "acme",
                    "product_id": "toner",
                    "unit_price": "470.00",
                    "valid_from": date(2026, 11, 1),
                    "valid_until": date(2026, 12, 20),
                    "set_by": BOSS,
                }
            ],
        )
        [pending] = pending_approvals(conn, BOSS, "manager")
        history = price_history(conn, "acme", ["toner"])
    assert (pending.requested_price, pending.standing_price, pending.list_price) == (
        Decimal("455.00"),
        Decimal("470.00"),
        Decimal("480.00"),
    )
    assert pending.below_list_pct is not None and round(pending.below_list_pct, 2) == Decimal(
        "5.21"
    )
    assert sorted((p.source, p.price, p.status) for p in history) == [
        ("agreement", Decimal("470.00"), "active"),
        ("exception", Decimal("455.00"), "requested"),
        ("quote", Decimal("455.00"), "draft"),
    ]
