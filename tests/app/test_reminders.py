"""Reminders come due once, on a fixed clock: since the last look, or missed while closed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sfa.app.reminders import due_reminders
from sfa.app.visits import cancel_visit, plan_visit
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

ME = "rep1-id"
NOW = datetime(2026, 11, 24, 0, 30, tzinfo=UTC)  # 08:30 in Beijing


@pytest.fixture
def visits(store: LocalStore) -> dict[str, str]:
    with store.transaction() as conn:
        apply_remote(conn, "account", [{"id": "gz", "rev": 1, "name": "广州贸易有限公司"}])

        def plan(hour: int, remind_hours: float, owner: str = ME) -> str:
            start = datetime(2026, 11, 24, hour, 0, tzinfo=UTC)
            return plan_visit(
                conn,
                account_id="gz",
                purpose=f"{hour} 点拜访",
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                actor=owner,
                remind_before=timedelta(hours=remind_hours),
            )

        return {
            "started": plan(0, 1),  # 08:00, reminded 07:00: already begun
            "missed": plan(1, 1),  # 09:00, reminded 08:00 while the laptop was closed
            "soon": plan(2, 1.5),  # 10:00, reminded 08:30 exactly now
            "later": plan(3, 1),  # 11:00, reminded 10:00
            "colleague": plan(1, 1, owner="rep2-id"),
        }


def test_first_look_catches_missed_reminders_of_visits_still_ahead(
    store: LocalStore, visits: dict[str, str]
) -> None:
    with store.reading() as conn:
        due = due_reminders(conn, now=NOW, since=None, owner_id=ME)
    assert [r.visit_id for r in due] == [visits["missed"], visits["soon"]]
    assert due[0].account_name == "广州贸易有限公司"


def test_each_reminder_is_due_once(store: LocalStore, visits: dict[str, str]) -> None:
    with store.reading() as conn:
        first = due_reminders(conn, now=NOW - timedelta(minutes=1), since=None, owner_id=ME)
        tick = due_reminders(conn, now=NOW, since=NOW - timedelta(minutes=1), owner_id=ME)
        again = due_reminders(conn, now=NOW + timedelta(minutes=1), since=NOW, owner_id=ME)
        at_ten = due_reminders(conn, now=NOW + timedelta(hours=2), since=NOW, owner_id=ME)
    assert [r.visit_id for r in first] == [visits["missed"]]
    assert [r.visit_id for r in tick] == [visits["soon"]]
    assert again == []
    assert [r.visit_id for r in at_ten] == [visits["later"]]


def test_a_cancelled_visit_reminds_nobody(store: LocalStore, visits: dict[str, str]) -> None:
    with store.transaction() as conn:
        cancel_visit(conn, visits["soon"], reason=None, actor=ME)
        due = due_reminders(conn, now=NOW, since=NOW - timedelta(minutes=1))
    assert due == []
