"""The visit calendar's use cases: plan, check in and out (→ the account's activity log),
cancel, and the holidays a rep plans around."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from sfa.app.visits import (
    cancel_visit,
    check_in,
    check_out,
    load_visit,
    plan_visit,
    update_visit,
    visits_between,
)
from sfa.domain.enums import VisitStatus
from sfa.domain.errors import DomainError, ValidationError
from sfa.domain.holidays import DayKind, day_marks
from sfa.store import writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore
from sfa.store.tables import Activity

ME = "rep1-id"
# 2026-11-24 10:00 in Beijing (UTC+8)
START = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


@pytest.fixture
def client(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "account",
            [
                {
                    "id": "gz",
                    "rev": 1,
                    "name": "广州贸易有限公司",
                    "province": "广东省",
                    "city": "广州市",
                    "district": "天河区",
                    "address": "体育西路 103 号",
                }
            ],
        )
        apply_remote(conn, "contact", [{"id": "c1", "rev": 2, "account_id": "gz", "name": "陈静"}])
    return store


def _plan(store: LocalStore, **extra: object) -> str:
    with store.transaction() as conn:
        return plan_visit(
            conn,
            account_id="gz",
            purpose="新品演示",
            starts_at=START,
            ends_at=START + timedelta(minutes=90),
            actor=ME,
            contact_id="c1",
            **extra,  # type: ignore[arg-type]
        )


def test_a_planned_visit_is_at_the_clients_address_with_a_reminder(client: LocalStore) -> None:
    visit_id = _plan(client)
    with client.reading() as conn:
        visit = load_visit(conn, visit_id)
        week = visits_between(conn, START - timedelta(days=1), START + timedelta(days=6))
        before = visits_between(conn, START - timedelta(days=2), START - timedelta(days=1))
    assert visit.location == "广东省广州市天河区体育西路 103 号"
    assert visit.remind_at == START - timedelta(hours=1)
    assert (visit.owner_id, visit.status, visit.account_name) == (
        ME,
        VisitStatus.PLANNED,
        "广州贸易有限公司",
    )
    assert [v.id for v in week] == [visit_id]
    assert before == []


def test_a_visit_needs_a_client_a_purpose_and_a_sane_time(client: LocalStore) -> None:
    with client.transaction() as conn:
        with pytest.raises(ValidationError) as no_client:
            plan_visit(
                conn, account_id="nope", purpose="x", starts_at=START, ends_at=START, actor=ME
            )
        with pytest.raises(ValidationError) as no_purpose:
            plan_visit(conn, account_id="gz", purpose=" ", starts_at=START, ends_at=START, actor=ME)
        with pytest.raises(ValidationError) as backwards:
            plan_visit(
                conn,
                account_id="gz",
                purpose="回访",
                starts_at=START,
                ends_at=START - timedelta(hours=1),
                actor=ME,
            )
    assert (no_client.value.field, no_purpose.value.field, backwards.value.field) == (
        "account_id",
        "purpose",
        "ends_at",
    )


def test_rescheduling_moves_the_visit(client: LocalStore) -> None:
    visit_id = _plan(client)
    later = START + timedelta(days=1)
    with client.transaction() as conn:
        update_visit(
            conn, visit_id, {"starts_at": later, "ends_at": later + timedelta(hours=1)}, actor=ME
        )
        with pytest.raises(ValidationError):
            update_visit(conn, visit_id, {"ends_at": START}, actor=ME)
        assert load_visit(conn, visit_id).starts_at == later


def test_check_out_logs_a_meeting_with_the_outcome_and_satisfaction(client: LocalStore) -> None:
    visit_id = _plan(client)
    arrived = START + timedelta(minutes=5)
    with client.transaction() as conn:
        check_in(conn, visit_id, at=arrived, actor=ME)
        activity_id = check_out(
            conn,
            visit_id,
            outcome="客户同意下月试用 20 台，需要报价",
            satisfaction=4,
            at=START + timedelta(minutes=80),
            actor=ME,
        )
        visit = load_visit(conn, visit_id)
        activity = conn.execute(select(Activity).where(Activity.id == activity_id)).mappings().one()
    assert visit.status is VisitStatus.DONE
    assert (visit.checked_in_at, visit.checked_out_at) == (arrived, START + timedelta(minutes=80))
    assert visit.outcome == "客户同意下月试用 20 台，需要报价"
    assert activity["kind"] == "meeting"
    assert (activity["account_id"], activity["contact_id"], activity["owner_id"]) == (
        "gz",
        "c1",
        ME,
    )
    assert activity["body"] == "客户同意下月试用 20 台，需要报价"
    assert activity["subject"] == "新品演示"
    assert activity["satisfaction"] == 4
    assert activity["occurred_at"] == arrived


def test_check_out_refuses_what_would_be_lost_or_wrong(client: LocalStore) -> None:
    visit_id = _plan(client)
    with client.transaction() as conn:
        with pytest.raises(ValidationError) as empty:
            check_out(conn, visit_id, outcome=" ", satisfaction=3, at=START, actor=ME)
        with pytest.raises(ValidationError) as rating:
            check_out(conn, visit_id, outcome="谈得不错", satisfaction=6, at=START, actor=ME)
        check_out(conn, visit_id, outcome="谈得不错", satisfaction=5, at=START, actor=ME)
        with pytest.raises(DomainError):
            check_in(conn, visit_id, at=START, actor=ME)
        with pytest.raises(DomainError):
            cancel_visit(conn, visit_id, reason="客户出差", actor=ME)
        logged = conn.execute(select(Activity.id)).all()
    assert (empty.value.field, rating.value.field) == ("outcome", "satisfaction")
    assert len(logged) == 1


def test_a_cancelled_visit_stays_with_its_reason_and_no_reminder(client: LocalStore) -> None:
    visit_id = _plan(client)
    with client.transaction() as conn:
        cancel_visit(conn, visit_id, reason="客户出差", actor=ME)
        visit = load_visit(conn, visit_id)
        stored = writes.load(conn, "visit", visit_id)
    assert (visit.status, visit.outcome, visit.remind_at) == (
        VisitStatus.CANCELLED,
        "客户出差",
        None,
    )
    assert stored is not None and not stored["deleted"]


def test_national_day_and_the_makeup_saturday_are_marked() -> None:
    marks = day_marks(date(2026, 9, 28), date(2026, 10, 11), "zh_CN")
    assert marks[date(2026, 10, 1)].kind is DayKind.HOLIDAY
    assert marks[date(2026, 10, 1)].name == "国庆节"
    # Saturday 2026-10-10 is a working day (调休) so that 10-07 can be a day off
    assert date(2026, 10, 10).weekday() == 5
    assert marks[date(2026, 10, 10)].kind is DayKind.MAKEUP_WORKDAY
    assert marks[date(2026, 10, 7)].kind is DayKind.HOLIDAY
    assert date(2026, 9, 29) not in marks  # an ordinary Tuesday
    assert date(2026, 10, 11) not in marks  # an ordinary Sunday
    assert day_marks(date(2026, 10, 1), date(2026, 10, 1), "en")[date(2026, 10, 1)].name == (
        "National Day"
    )
