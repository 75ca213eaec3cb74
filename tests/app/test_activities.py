"""Logging calls, meetings, notes and e-mails, and the shared timeline newest first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sfa.app.activities import log_activity, timeline
from sfa.domain.errors import ValidationError
from sfa.store import outbox, writes
from sfa.store.store import LocalStore

ME, COLLEAGUE = "user-me", "user-colleague"


@pytest.fixture
def acme(store: LocalStore) -> tuple[str, str]:
    with store.transaction() as conn:
        account_id = writes.create(conn, "account", {"name": "Acme"}, actor=ME)
        contact_id = writes.create(
            conn, "contact", {"account_id": account_id, "name": "王芳"}, actor=ME
        )
    return account_id, contact_id


def test_a_logged_call_is_mine_goes_up_with_sync_and_keeps_the_rating(
    store: LocalStore, acme: tuple[str, str]
) -> None:
    account_id, contact_id = acme
    with store.transaction() as conn:
        activity_id = log_activity(
            conn,
            account_id=None,
            contact_id=contact_id,
            kind="call",
            subject="  Asked about toner prices ",
            body="wants 20 boxes",
            satisfaction=4,
            actor=ME,
        )
        stored = writes.load(conn, "activity", activity_id)
        assert outbox.waiting(conn, "activity", activity_id)
    assert stored is not None
    assert stored["account_id"] == account_id  # found through the contact
    assert stored["owner_id"] == ME and stored["subject"] == "Asked about toner prices"
    assert stored["satisfaction"] == 4 and stored["occurred_at"] is not None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"subject": "  "}, "subject"),
        ({"satisfaction": 6}, "satisfaction"),
        ({"kind": "fax"}, "kind"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(
    store: LocalStore, acme: tuple[str, str], changes: dict[str, object], field: str
) -> None:
    arguments: dict[str, object] = {"kind": "note", "subject": "ok", **changes}
    with pytest.raises(ValidationError) as caught, store.transaction() as conn:
        log_activity(conn, account_id=acme[0], actor=ME, **arguments)  # type: ignore[arg-type]
    assert caught.value.field == field
    with store.reading() as conn:
        assert timeline(conn, account_id=acme[0]) == []


def test_the_timeline_is_shared_and_newest_first(store: LocalStore, acme: tuple[str, str]) -> None:
    account_id, contact_id = acme
    with store.transaction() as conn:
        for day, who, subject in ((1, ME, "first"), (3, COLLEAGUE, "third"), (2, ME, "second")):
            log_activity(
                conn,
                account_id=account_id,
                contact_id=contact_id if subject != "second" else None,
                kind="meeting",
                subject=subject,
                occurred_at=datetime(2026, 3, day, 10, tzinfo=UTC),
                actor=who,
            )
    with store.reading() as conn:
        entries = timeline(conn, account_id=account_id)
        of_contact = timeline(conn, contact_id=contact_id)
    assert [e.subject for e in entries] == ["third", "second", "first"]
    assert entries[0].contact_name == "王芳"
    assert [e.subject for e in of_contact] == ["third", "first"]
