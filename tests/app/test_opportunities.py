"""The pipeline: list sorted and filtered in SQL, board totals, and moving a deal's stage."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sfa.app.opportunities import (
    OpportunityFilter,
    close_period,
    count_opportunities,
    create_opportunity,
    list_opportunities,
    move_to_stage,
    owners,
    pipeline_board,
    stage_totals,
)
from sfa.domain.enums import Stage
from sfa.domain.errors import ValidationError
from sfa.store import outbox, writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

ME = "rep1-id"


@pytest.fixture
def pipeline(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {"id": ME, "rev": 1, "username": "rep1", "display_name": "王芳"},
                {"id": "rep2-id", "rev": 2, "username": "rep2", "display_name": "李娜"},
            ],
        )
        apply_remote(
            conn,
            "account",
            [
                {"id": "gz", "rev": 3, "name": "广州贸易有限公司"},
                {"id": "sz", "rev": 4, "name": "深圳科技有限公司"},
            ],
        )
        deals = [
            ("d1", "gz", ME, "proposal", "0.60", "100000.00", date(2026, 12, 10)),
            ("d2", "sz", ME, "proposal", "0.55", "33333.33", date(2026, 12, 1)),
            ("d3", "sz", "rep2-id", "negotiation", "0.80", "9000.00", date(2027, 1, 15)),
            ("d4", "gz", "rep2-id", "prospecting", None, "500.00", None),
            ("d5", "gz", ME, "won", "1.00", "72000.00", date(2026, 10, 30)),
        ]
        apply_remote(
            conn,
            "opportunity",
            [
                {
                    "id": deal_id,
                    "rev": 10 + n,
                    "name": f"{deal_id} 办公电脑采购",
                    "account_id": account,
                    "owner_id": owner,
                    "stage": stage,
                    "probability": probability,
                    "amount": amount,
                    "currency": "CNY",
                    "close_date": close,
                }
                for n, (deal_id, account, owner, stage, probability, amount, close) in enumerate(
                    deals
                )
            ],
        )
    return store


def test_board_weights_each_deal_by_its_probability(pipeline: LocalStore) -> None:
    with pipeline.reading() as conn:
        board = {column.stage: column for column in pipeline_board(conn)}
    proposal = board[Stage.PROPOSAL]
    assert [card.id for card in proposal.cards] == ["d2", "d1"]  # soonest close first
    assert proposal.amounts == {"CNY": Decimal("133333.33")}
    # 100000 × 0.60 + 33333.33 × 0.55 = 60000 + 18333.3315 → 78333.33 (per deal, half-up)
    assert proposal.weighted == {"CNY": Decimal("78333.33")}
    # no recorded probability: the stage's default (prospecting 10 %)
    assert board[Stage.PROSPECTING].weighted == {"CNY": Decimal("50.00")}
    assert board[Stage.WON].count == 1
    assert board[Stage.LOST].cards == []
    amounts, weighted = stage_totals(list(board.values()))
    assert amounts == {"CNY": Decimal("142833.33")}  # won deals are not pipeline
    assert weighted == {"CNY": Decimal("85583.33")}


def test_board_and_list_filter_by_owner_and_close_date(pipeline: LocalStore) -> None:
    mine = OpportunityFilter(owner_id=ME, close_from=date(2026, 11, 1))
    with pipeline.reading() as conn:
        board = pipeline_board(conn, mine)
        rows = list_opportunities(conn, mine, sort="amount", descending=True)
        assert count_opportunities(conn, mine) == 2
        assert owners(conn) == [("rep2-id", "李娜"), (ME, "王芳")]
    assert sum(column.count for column in board) == 2
    assert [row.id for row in rows] == ["d1", "d2"]
    assert rows[0].account_name == "广州贸易有限公司"
    assert rows[0].owner_name == "王芳"


def test_list_sorts_amounts_as_numbers_and_stages_in_pipeline_order(pipeline: LocalStore) -> None:
    with pipeline.reading() as conn:
        by_amount = list_opportunities(conn, sort="amount")
        by_stage = list_opportunities(conn, sort="stage", descending=True)
        undated_last = list_opportunities(conn, sort="close_date")
        page = list_opportunities(conn, sort="name", offset=1, limit=2)
        only_won = list_opportunities(conn, OpportunityFilter(stage=Stage.WON))
    assert [row.id for row in by_amount] == ["d4", "d3", "d2", "d5", "d1"]
    assert [row.stage for row in by_stage][:2] == [Stage.WON, Stage.NEGOTIATION]
    assert undated_last[-1].id == "d4"
    assert [row.id for row in page] == ["d2", "d3"]
    assert [row.id for row in only_won] == ["d5"]


def test_moving_a_deal_sets_the_stage_probability_and_queues_the_change(
    pipeline: LocalStore,
) -> None:
    with pipeline.transaction() as conn:
        changed = move_to_stage(conn, "d1", Stage.NEGOTIATION, actor=ME)
        assert changed == {"stage": "negotiation", "probability": Decimal("0.80")}
        pending = outbox.pending(conn)
    assert [(m["entity"], m["record_id"], m["fields"]) for m in pending] == [
        ("opportunity", "d1", {"stage": "negotiation", "probability": "0.80"})
    ]


def test_won_and_lost_need_a_reason_and_are_certain(pipeline: LocalStore) -> None:
    with pipeline.transaction() as conn:
        with pytest.raises(ValidationError) as refused:
            move_to_stage(conn, "d1", Stage.WON, actor=ME, reason="  ")
        assert refused.value.field == "close_reason"
        move_to_stage(conn, "d1", Stage.WON, actor=ME, reason="价格有优势")
        move_to_stage(conn, "d2", Stage.LOST, actor=ME, reason="输给竞争对手")
        won = writes.load(conn, "opportunity", "d1")
        lost = writes.load(conn, "opportunity", "d2")
        assert won is not None and lost is not None
        assert (won["stage"], won["probability"], won["close_reason"]) == (
            "won",
            Decimal("1.00"),
            "价格有优势",
        )
        assert (lost["probability"], lost["close_reason"]) == (Decimal("0.00"), "输给竞争对手")
        # reopening a deal clears the reason that no longer explains anything
        move_to_stage(conn, "d2", Stage.NEGOTIATION, actor=ME)
        reopened = writes.load(conn, "opportunity", "d2")
        assert reopened is not None and reopened["close_reason"] is None


def test_a_new_deal_is_mine_at_its_stage_probability(pipeline: LocalStore) -> None:
    with pipeline.transaction() as conn:
        new_id = create_opportunity(
            conn,
            {
                "account_id": "gz",
                "name": "打印机租赁",
                "amount": "1200.00",
                "stage": "qualification",
            },
            actor=ME,
        )
        row = writes.load(conn, "opportunity", new_id)
    assert row is not None
    assert (row["owner_id"], row["probability"]) == (ME, Decimal("0.20"))


def test_close_periods_cover_whole_months_quarters_and_years() -> None:
    today = date(2026, 11, 22)
    assert close_period("any", today) == (None, None)
    assert close_period("this_month", today) == (date(2026, 11, 1), date(2026, 11, 30))
    assert close_period("next_month", today) == (date(2026, 12, 1), date(2026, 12, 31))
    assert close_period("this_quarter", today) == (date(2026, 10, 1), date(2026, 12, 31))
    assert close_period("next_month", date(2026, 12, 5)) == (date(2027, 1, 1), date(2027, 1, 31))
    assert close_period("this_year", today) == (date(2026, 1, 1), date(2026, 12, 31))
