"""The Today page's lists, computed from hand-made records on a fixed morning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Connection

from sfa.app import today as t
from sfa.store import writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

CHINA = timezone(timedelta(hours=8))
NOW = datetime(2026, 3, 10, 8, 30, tzinfo=CHINA)  # Tuesday morning in Shenzhen
DAY = NOW.date()
ME, COLLEAGUE = "user-me", "user-colleague"


def at(day_offset: int, hour: int) -> datetime:
    return datetime(2026, 3, 10, hour, tzinfo=CHINA) + timedelta(days=day_offset)


def account(conn: Connection, name: str, owner: str = ME) -> str:
    return writes.create(conn, "account", {"name": name, "owner_id": owner}, actor=ME)


def visit(
    conn: Connection, account_id: str, purpose: str, starts: datetime, **extra: object
) -> str:
    fields = {"account_id": account_id, "purpose": purpose, "starts_at": starts, "owner_id": ME}
    return writes.create(conn, "visit", {**fields, **extra}, actor=ME)


@pytest.fixture
def conn(store: LocalStore) -> Iterator[Connection]:
    with store.transaction() as connection:
        yield connection


def view(conn: Connection, actor: str | None = ME) -> t.TodayView:
    return t.today_view(conn, actor=actor, now=NOW, tz=CHINA)


def test_todays_visits_are_mine_in_time_order_without_cancelled_ones(conn: Connection) -> None:
    acme = account(conn, "Acme")
    visit(conn, acme, "afternoon demo", at(0, 15))
    visit(conn, acme, "morning coffee", at(0, 9))
    visit(conn, acme, "called off", at(0, 11), status="cancelled")
    visit(conn, acme, "tomorrow", at(1, 9))
    writes.create(
        conn,
        "visit",
        {"account_id": acme, "purpose": "not mine", "starts_at": at(0, 10), "owner_id": COLLEAGUE},
        actor=COLLEAGUE,
    )
    # 23:30 UTC the day before is 07:30 in China: it is today's
    visit(conn, acme, "early", datetime(2026, 3, 9, 23, 30, tzinfo=UTC))
    assert [i.title for i in view(conn).visits] == ["early", "morning coffee", "afternoon demo"]
    assert view(conn).visits[0].account_name == "Acme"


def test_overdue_visits_and_due_reminders_are_follow_ups(conn: Connection) -> None:
    acme = account(conn, "Acme")
    visit(conn, acme, "never checked out", at(-3, 10), status="checked_in")
    visit(conn, acme, "forgotten", at(-1, 10))
    visit(conn, acme, "done last week", at(-7, 10), status="done")
    visit(conn, acme, "remind me", at(2, 10), remind_at=at(0, 8))
    visit(conn, acme, "remind later", at(5, 10), remind_at=at(4, 8))
    followups = view(conn).overdue
    assert [(i.reason, i.title) for i in followups] == [
        (t.OVERDUE_VISIT, "never checked out"),
        (t.OVERDUE_VISIT, "forgotten"),
        (t.VISIT_REMINDER, "remind me"),
    ]


def test_quotes_and_prices_expiring_within_two_weeks_are_reminders(conn: Connection) -> None:
    acme = account(conn, "Acme")
    other = account(conn, "Someone else's", owner=COLLEAGUE)
    product = writes.create(
        conn, "product", {"sku": "P1", "name": "打印机", "list_price": "100.00"}, actor=ME
    )

    def quote(number: str, until: date, status: str = "sent") -> None:
        fields = {"account_id": acme, "number": number, "valid_until": until, "status": status}
        writes.create(conn, "quote", {**fields, "owner_id": ME}, actor=ME)

    quote("Q-SOON", DAY + timedelta(days=3))
    quote("Q-EDGE", DAY + timedelta(days=14))
    quote("Q-LATER", DAY + timedelta(days=15))
    quote("Q-PAST", DAY - timedelta(days=1))
    quote("Q-WON", DAY + timedelta(days=2), status="accepted")
    for account_id, until in ((acme, DAY + timedelta(days=5)), (other, DAY + timedelta(days=5))):
        writes.create(
            conn,
            "price_agreement",
            {
                "account_id": account_id,
                "product_id": product,
                "unit_price": "90.00",
                "valid_until": until,
            },
            actor=ME,
        )
    writes.create(
        conn, "activity", {"account_id": acme, "subject": "x", "occurred_at": NOW}, actor=ME
    )
    reminders = view(conn).reminders
    assert [(i.reason, i.title) for i in reminders] == [
        (t.QUOTE_EXPIRING, "Q-SOON"),
        (t.QUOTE_EXPIRING, "Q-EDGE"),
        (t.PRICE_EXPIRING, "打印机"),
    ]
    assert reminders[2].account_name == "Acme"


def test_accounts_quiet_for_thirty_days_longest_silence_first(conn: Connection) -> None:
    def logged(name: str, days_ago: int | None, **extra: object) -> str:
        account_id = writes.create(
            conn, "account", {"name": name, "owner_id": ME, **extra}, actor=ME
        )
        if days_ago is not None:
            writes.create(
                conn,
                "activity",
                {
                    "account_id": account_id,
                    "subject": "call",
                    "occurred_at": NOW - timedelta(days=days_ago),
                },
                actor=ME,
            )
        return account_id

    logged("fresh", 5)
    logged("quiet 40", 40)
    logged("quiet 90", 90)
    logged("never", None)
    logged("lost one", 90, status="lost")
    logged("archived", 90, archived=True)
    account(conn, "colleague's", owner=COLLEAGUE)
    quiet = [i for i in view(conn).reminders if i.reason == t.QUIET_ACCOUNT]
    assert [i.title for i in quiet] == ["quiet 90", "quiet 40", "never"]
    everyone = [i for i in view(conn, actor=None).reminders if i.reason == t.QUIET_ACCOUNT]
    assert "colleague's" in [i.title for i in everyone]


def test_changes_by_colleagues_newest_first_and_not_mine(conn: Connection) -> None:
    apply_remote(
        conn,
        "account",
        [
            {"id": "a1", "rev": 10, "deleted": False, "name": "Older pull"},
            {"id": "a2", "rev": 30, "deleted": False, "name": "Newest pull"},
            {"id": "a3", "rev": 20, "deleted": False, "name": "Mine", "updated_by": ME},
        ],
    )
    apply_remote(
        conn,
        "contact",
        [{"id": "c1", "rev": 25, "deleted": False, "account_id": "a1", "name": "王芳"}],
    )
    account(conn, "Created here, not synced yet")
    changes = view(conn).changes
    assert [(i.entity, i.title) for i in changes] == [
        ("account", "Newest pull"),
        ("contact", "王芳"),
        ("account", "Older pull"),
    ]
    assert changes[1].account_name == "Older pull"
