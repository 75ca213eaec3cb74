"""A rep's visits as a subscribed calendar: the URL is the credential, revocable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import vobject
from icalendar import Calendar
from sqlalchemy import select

from sfa.server.calendar_feed import digest
from sfa.server.tables import CalendarFeed
from tests.server.conftest import Api, World, mutation, new_id


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _plan(api: Api, world: World) -> dict[str, str]:
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    ids = {"contact": new_id(), "mine": new_id(), "theirs": new_id(), "old": new_id()}
    u = api.users
    results = api.push(
        "rep1",
        mutation("contact", ids["contact"], {"account_id": world.south_account, "name": "陈静"}),
        mutation(
            "visit",
            ids["mine"],
            {
                "account_id": world.south_account,
                "contact_id": ids["contact"],
                "owner_id": u["rep1"],
                "purpose": "年度采购洽谈",
                "starts_at": _iso(soon),
                "ends_at": _iso(soon + timedelta(hours=2)),
                "location": "广州市天河区体育西路 103 号",
                "remind_at": _iso(soon - timedelta(hours=1)),
            },
        ),
        mutation(
            "visit",
            ids["old"],
            {
                "account_id": world.south_account,
                "owner_id": u["rep1"],
                "purpose": "去年的拜访",
                "starts_at": _iso(soon - timedelta(days=400)),
            },
        ),
    )
    results += api.push(
        "rep2",
        mutation(
            "visit",
            ids["theirs"],
            {
                "account_id": world.south_account,
                "owner_id": u["rep2"],
                "purpose": "rep2's own visit",
                "starts_at": _iso(soon),
            },
        ),
    )
    assert [r["status"] for r in results] == ["applied"] * 4, results
    return ids


def test_a_rep_subscribes_to_their_visits_and_revokes_the_feed(api: Api, world: World) -> None:
    ids = _plan(api, world)
    made = api.client.post(
        "/api/v1/calendar-feeds", json={"label": "iPhone"}, headers=api.headers("rep1")
    )
    assert made.status_code == 201, made.text
    feed = made.json()
    url = feed["url"]
    assert url.startswith("http://testserver/api/v1/calendar/") and url.endswith(".ics")
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    with api.engine.connect() as conn:
        stored = conn.execute(select(CalendarFeed.token_hash)).scalars().all()
    assert stored == [digest(token)] and token not in stored  # only the hash is kept

    response = api.client.get(url)  # no Authorization header, as a calendar app
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = vobject.readOne(response.content.decode("utf-8"))
    events = {event.uid.value: event for event in calendar.vevent_list}
    assert set(events) == {f"{ids['mine']}@sfa-desk"}  # not rep2's, not last year's
    event = events[f"{ids['mine']}@sfa-desk"]
    assert event.summary.value == "拜访：Canton Trading — 年度采购洽谈"
    assert "联系人：陈静" in event.description.value
    assert event.location.value == "广州市天河区体育西路 103 号"
    assert event.dtend.value - event.dtstart.value == timedelta(hours=2)
    english = Calendar.from_ical(api.client.get(url, params={"lang": "en"}).content)
    (vevent,) = english.walk("VEVENT")
    assert str(vevent["SUMMARY"]).startswith("Visit: Canton Trading")

    listed = api.client.get("/api/v1/calendar-feeds", headers=api.headers("rep1")).json()
    assert [(f["id"], f["label"], f["revoked"]) for f in listed] == [(feed["id"], "iPhone", False)]
    assert "url" not in listed[0]
    assert api.client.get("/api/v1/calendar-feeds", headers=api.headers("rep2")).json() == []
    other = api.client.delete(f"/api/v1/calendar-feeds/{feed['id']}", headers=api.headers("rep2"))
    assert other.status_code == 404
    assert api.client.get(url).status_code == 200

    gone = api.client.delete(f"/api/v1/calendar-feeds/{feed['id']}", headers=api.headers("rep1"))
    assert gone.status_code == 204
    revoked = api.client.get(url)
    assert revoked.status_code == 404 and revoked.json()["error"]["code"] == "not_found"
    listed = api.client.get("/api/v1/calendar-feeds", headers=api.headers("rep1")).json()
    assert listed[0]["revoked"] is True


def test_feeds_need_a_signed_in_rep_and_unknown_tokens_are_not_found(api: Api) -> None:
    assert api.client.post("/api/v1/calendar-feeds", json={}).status_code == 401
    assert api.client.get("/api/v1/calendar-feeds").status_code == 401
    unknown = api.client.get("/api/v1/calendar/" + "A" * 43 + ".ics")
    assert unknown.status_code == 404
    made = api.client.post("/api/v1/calendar-feeds", json={}, headers=api.headers("rep3"))
    empty = api.client.get(made.json()["url"])
    assert empty.status_code == 200
    assert Calendar.from_ical(empty.content).walk("VEVENT") == []
