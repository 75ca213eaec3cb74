"""Two reps quote the same client offline at different prices: one price stands, the other
rep is shown who holds it and re-prices in one step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sfa.app.price_exceptions import price_conflicts
from sfa.app.quotes import (
    add_line,
    create_quote,
    drop_refused_line,
    reprice_at_standing,
    revision_history,
    settle_status,
)
from sfa.domain.enums import QuoteStatus
from sfa.store import outbox
from tests.server.conftest import Api, World
from tests.sync.conftest import Laptop

TODAY = date.today()


def _offline_quote(laptop: Laptop, rep_code: str, world: World, price: str) -> str:
    store, _engine = laptop
    with store.transaction() as conn:
        quote = create_quote(conn, world.south_account, actor=None, rep_code=rep_code, today=TODAY)
        add_line(
            conn,
            quote,
            world.product,
            Decimal("2"),
            actor=None,
            on=TODAY,
            unit_price=Decimal(price),
        )
        assert (
            settle_status(conn, quote, actor=None, role="rep", on=TODAY) is QuoteStatus.PROVISIONAL
        )
    return quote


def _server_prices(api: Api) -> set[str]:
    records, _ = api.pull_all("manager")
    return {
        c["fields"]["unit_price"]
        for (kind, _), c in records["changes"].items()
        if kind == "quote_line" and not c["deleted"]
    }


def test_two_offline_quotes_end_with_one_price(
    api: Api, laptop: Callable[..., Laptop], world: World
) -> None:
    first, second = laptop("rep1"), laptop("rep2")
    for _store, engine in (first, second):
        engine.sync()  # the catalogue and the client, before going offline
    _offline_quote(first, "R001", world, "2750.00")
    _offline_quote(second, "R002", world, "2650.00")
    assert first[1].sync().statuses == {"applied": 2}
    report = second[1].sync()
    assert report.rejected == 1
    store = second[0]
    with store.reading() as conn:
        [conflict] = price_conflicts(conn)
    assert (conflict.proposed, conflict.standing) == (Decimal("2650.00"), Decimal("2750.00"))
    assert conflict.holder_kind == "agreement" and conflict.holder_rep_id == api.users["rep1"]
    assert conflict.valid_until is not None and conflict.valid_until > TODAY

    with store.transaction() as conn:
        revision = reprice_at_standing(conn, conflict.seq, actor=None)
    # the new revision, its line, and the old revision marked superseded
    assert second[1].sync().statuses == {"applied": 3}
    with store.reading() as conn:
        assert outbox.rejected(conn) == [] and price_conflicts(conn) == []
        history = revision_history(conn, revision)
    assert [(row.revision, row.status) for row in history] == [(1, "superseded"), (2, "draft")]
    assert _server_prices(api) == {"2750.00"}


def test_dropping_the_refused_line_settles_the_conflict(
    api: Api, laptop: Callable[..., Laptop], world: World
) -> None:
    first, second = laptop("rep1"), laptop("rep2")
    first[1].sync()
    second[1].sync()
    _offline_quote(first, "R001", world, "2750.00")
    _offline_quote(second, "R002", world, "2650.00")
    first[1].sync()
    second[1].sync()
    with second[0].transaction() as conn:
        [conflict] = price_conflicts(conn)
        drop_refused_line(conn, conflict.seq, actor=None)
    report = second[1].sync()
    assert report.rejected == 0
    with second[0].reading() as conn:
        assert outbox.rejected(conn) == [] and outbox.pending_count(conn) == 0
