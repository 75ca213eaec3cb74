"""A refused price, an exception asked for, a manager's yes — through the real server, each
person on their own laptop: the exception becomes the client's one price, the refused line
goes through, and the rep who held the old price is told and re-prices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sfa.app.approvals import decide, pending_approvals
from sfa.app.price_exceptions import (
    decision_notices,
    price_conflicts,
    request_exception,
    settle_decided,
    superseded_lines,
)
from sfa.app.quotes import (
    add_line,
    create_quote,
    quote_state,
    reprice_superseded,
    send_blockers,
    settle_status,
)
from sfa.domain.enums import QuoteStatus
from sfa.store import outbox
from tests.server.conftest import Api, World
from tests.sync.conftest import Laptop

TODAY = date.today()


def _offline_quote(laptop: Laptop, actor: str, rep_code: str, world: World, price: str) -> str:
    store, _engine = laptop
    with store.transaction() as conn:
        quote = create_quote(conn, world.south_account, actor=actor, rep_code=rep_code, today=TODAY)
        add_line(
            conn,
            quote,
            world.product,
            Decimal("2"),
            actor=actor,
            on=TODAY,
            unit_price=Decimal(price),
        )
        settle_status(conn, quote, actor=actor, role="rep", on=TODAY)
    return quote


def _live_prices(api: Api) -> dict[str, set[str]]:
    """Prices of lines the server holds, split by whether they are marked superseded."""
    records, _ = api.pull_all("manager")
    quotes = {
        record_id: change["fields"]["status"]
        for (kind, record_id), change in records["changes"].items()
        if kind == "quote" and not change["deleted"]
    }
    prices: dict[str, set[str]] = {"holding": set(), "superseded": set()}
    for (kind, _), change in records["changes"].items():
        fields = change["fields"]
        if kind != "quote_line" or change["deleted"]:
            continue
        if quotes.get(fields["quote_id"]) == QuoteStatus.SUPERSEDED.value:
            continue
        key = "superseded" if fields["price_superseded_by"] else "holding"
        prices[key].add(fields["unit_price"])
    return prices


def test_an_approved_exception_becomes_the_clients_one_price(
    api: Api, laptop: Callable[..., Laptop], world: World
) -> None:
    rep1, rep2, boss = laptop("rep1"), laptop("rep2"), laptop("manager")
    for _store, engine in (rep1, rep2, boss):
        engine.sync()
    held = _offline_quote(rep1, api.users["rep1"], "R001", world, "2750.00")
    asking = _offline_quote(rep2, api.users["rep2"], "R002", world, "2650.00")
    rep1[1].sync()
    assert rep2[1].sync().rejected == 1

    with rep2[0].transaction() as conn:
        [conflict] = price_conflicts(conn)
        request_exception(
            conn, conflict.seq, "三年框架合同，竞品报价 2650", actor=api.users["rep2"]
        )
    assert rep2[1].sync().statuses == {"applied": 1}

    boss[1].sync()
    with boss[0].transaction() as conn:
        [pending] = pending_approvals(conn, api.users["manager"], "manager")
        assert (pending.kind, pending.requested_price, pending.standing_price) == (
            "price_exception",
            Decimal("2650.00"),
            Decimal("2750.00"),
        )
        decide(conn, pending.request_id, approve=True, comment="同意", actor=api.users["manager"])
    assert boss[1].sync().statuses == {"applied": 1}

    rep2[1].sync()  # the decision and the new agreement arrive
    with rep2[0].transaction() as conn:
        [notice] = decision_notices(conn, api.users["rep2"])
        assert (notice.status, notice.comment) == ("approved", "同意")
        assert len(settle_decided(conn)) == 1
    rep2[1].sync()
    with rep2[0].transaction() as conn:
        assert outbox.rejected(conn) == [] and price_conflicts(conn) == []
        assert settle_status(conn, asking, actor=None, role="rep", on=TODAY) is QuoteStatus.DRAFT
        assert not quote_state(conn, asking, role="rep", on=TODAY).provisional

    rep1[1].sync()  # the holder is told: the old price is superseded
    with rep1[0].transaction() as conn:
        [line] = superseded_lines(conn, held, "CNY")
        assert line.new_price == Decimal("2650.00")
        assert any("another price" in r for r in send_blockers(conn, held, role="rep", on=TODAY))
        revision = reprice_superseded(conn, held, actor=api.users["rep1"])
        assert settle_status(conn, revision, actor=None, role="rep", on=TODAY) is QuoteStatus.DRAFT
    assert rep1[1].sync().rejected == 0
    assert _live_prices(api) == {"holding": {"2650.00"}, "superseded": set()}


def test_a_refused_exception_leaves_the_price_and_says_why(
    api: Api, laptop: Callable[..., Laptop], world: World
) -> None:
    rep1, rep2, boss = laptop("rep1"), laptop("rep2"), laptop("manager")
    for _store, engine in (rep1, rep2, boss):
        engine.sync()
    _offline_quote(rep1, api.users["rep1"], "R001", world, "2750.00")
    _offline_quote(rep2, api.users["rep2"], "R002", world, "2650.00")
    rep1[1].sync()
    rep2[1].sync()
    with rep2[0].transaction() as conn:
        [conflict] = price_conflicts(conn)
        request_exception(conn, conflict.seq, "客户要求", actor=api.users["rep2"])
    rep2[1].sync()
    boss[1].sync()
    with boss[0].transaction() as conn:
        [pending] = pending_approvals(conn, api.users["manager"], "manager")
        decide(
            conn, pending.request_id, approve=False, comment="低于底价", actor=api.users["manager"]
        )
    boss[1].sync()
    rep2[1].sync()
    with rep2[0].transaction() as conn:
        [notice] = decision_notices(conn, api.users["rep2"])
        assert (notice.status, notice.comment) == ("refused", "低于底价")
        assert settle_decided(conn) == []
        assert len(price_conflicts(conn)) == 1  # still the rep's to settle: re-price or drop
    assert _live_prices(api) == {"holding": {"2750.00"}, "superseded": set()}
