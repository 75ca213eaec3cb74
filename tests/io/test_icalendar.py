"""The .ics export read back by an independent parser (vobject), as a calendar app reads it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import vobject

from sfa.app.visits import check_out, export_calendar, export_visit, plan_visit
from sfa.domain.errors import DomainError
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

ME = "rep1-id"
START = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def two_visits(store: LocalStore) -> tuple[str, str]:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "account",
            [
                {"id": "gz", "rev": 1, "name": "广州贸易有限公司", "city": "广州市"},
                {"id": "sh", "rev": 2, "name": "上海精密仪器股份有限公司", "city": "上海市"},
            ],
        )
        apply_remote(conn, "contact", [{"id": "c1", "rev": 3, "account_id": "gz", "name": "陈静"}])
        first = plan_visit(
            conn,
            account_id="gz",
            purpose="年度采购框架协议洽谈，带上新品样机和报价单；客户关心售后响应时间",
            starts_at=START,
            ends_at=START + timedelta(hours=2),
            actor=ME,
            contact_id="c1",
            location="广州市天河区体育西路 103 号维多利广场 A 座 28 楼",
        )
        second = plan_visit(
            conn,
            account_id="sh",
            purpose="回访",
            starts_at=START + timedelta(days=3),
            ends_at=START + timedelta(days=3, hours=1),
            actor=ME,
        )
        check_out(conn, second, outcome="客户满意，续约意向强", satisfaction=5, at=START, actor=ME)
    return first, second


def _events(data: bytes) -> dict[str, vobject.base.Component]:
    assert b"\r\n" in data and data.endswith(b"\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded by octets (RFC 5545)
    calendar = vobject.readOne(data.decode("utf-8"))
    assert calendar.version.value == "2.0"
    assert calendar.method.value == "PUBLISH"
    return {event.uid.value: event for event in calendar.vevent_list}


def test_the_whole_calendar_round_trips(store: LocalStore, two_visits: tuple[str, str]) -> None:
    first, second = two_visits
    with store.reading() as conn:
        data = export_calendar(conn, START - timedelta(days=1), START + timedelta(days=7), now=NOW)
    events = _events(data)
    assert set(events) == {f"{first}@sfa-desk", f"{second}@sfa-desk"}
    planned = events[f"{first}@sfa-desk"]
    assert planned.dtstart.value == START
    assert planned.dtstart.value.utcoffset() == timedelta(0)
    assert planned.dtend.value == START + timedelta(hours=2)
    assert planned.dtstamp.value == NOW
    assert planned.summary.value == (
        "拜访：广州贸易有限公司 — 年度采购框架协议洽谈，带上新品样机和报价单；客户关心售后响应时间"
    )
    assert planned.location.value == "广州市天河区体育西路 103 号维多利广场 A 座 28 楼"
    assert "联系人：陈静" in planned.description.value
    assert planned.status.value == "CONFIRMED"
    assert planned.valarm.trigger.value == START - timedelta(hours=1)
    done = events[f"{second}@sfa-desk"]
    assert "结果：客户满意，续约意向强" in done.description.value
    assert not hasattr(done, "valarm")  # nothing to remind of a visit that happened


def test_one_visit_keeps_its_uid_across_exports(
    store: LocalStore, two_visits: tuple[str, str]
) -> None:
    first, _ = two_visits
    with store.reading() as conn:
        once = _events(export_visit(conn, first, now=NOW, language="en"))
        twice = _events(export_visit(conn, first, now=NOW + timedelta(days=1), language="en"))
    assert list(once) == list(twice) == [f"{first}@sfa-desk"]
    event = once[f"{first}@sfa-desk"]
    assert event.summary.value.startswith("Visit: 广州贸易有限公司 — ")
    # an unchanged visit keeps its SEQUENCE, so calendars do not treat it as an update
    assert event.sequence.value == twice[f"{first}@sfa-desk"].sequence.value


def test_an_empty_range_is_refused_in_plain_words(store: LocalStore) -> None:
    # RFC 5545 wants at least one component; Google rejects an empty file
    with store.reading() as conn, pytest.raises(DomainError, match="no visits"):
        export_calendar(conn, START, START + timedelta(days=1), now=NOW)
