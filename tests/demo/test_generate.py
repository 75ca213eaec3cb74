"""The demo company: valid by the same gate as user input, consistent, deterministic, lazy."""

from __future__ import annotations

import itertools
import uuid
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from stdnum.cn import uscc

from sfa.demo import generate
from sfa.demo.base import uuid4_text
from sfa.demo.pools import CITIES
from sfa.domain.clean import clean_fields
from sfa.domain.enums import STAGE_PROBABILITY, QuoteStatus, Stage
from sfa.domain.records import field_names

TODAY = date(2025, 6, 15)
Records = list[tuple[str, dict[str, Any]]]

REFERENCES: dict[str, dict[str, str]] = {
    "user": {"manager_id": "user"},
    "territory": {"parent_id": "territory"},
    "account": {"parent_id": "account", "territory_id": "territory", "owner_id": "user"},
    "contact": {"account_id": "account"},
    "activity": {
        "account_id": "account",
        "contact_id": "contact",
        "opportunity_id": "opportunity",
        "owner_id": "user",
    },
    "visit": {"account_id": "account", "contact_id": "contact", "owner_id": "user"},
    "opportunity": {"account_id": "account", "owner_id": "user"},
    "product": {},
    "price_agreement": {
        "account_id": "account",
        "product_id": "product",
        "source_quote_id": "quote",
        "set_by": "user",
    },
    "quote": {
        "account_id": "account",
        "contact_id": "contact",
        "opportunity_id": "opportunity",
        "owner_id": "user",
        "revision_of": "quote",
    },
    "quote_line": {"quote_id": "quote", "product_id": "product"},
    "quota": {"user_id": "user"},
}
"""Every reference field of every entity, and the entity it must name."""


@pytest.fixture(scope="module")
def company() -> Records:
    return list(generate(accounts=300, seed=11, today=TODAY))


def _by_entity(records: Records) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity, fields in records:
        grouped[entity].append(fields)
    return grouped


def test_same_seed_and_day_give_the_same_company() -> None:
    first = list(generate(accounts=25, seed=5, today=TODAY))
    assert first == list(generate(accounts=25, seed=5, today=TODAY))
    assert first != list(generate(accounts=25, seed=6, today=TODAY))


def test_every_record_passes_the_validation_gate_unchanged(company: Records) -> None:
    """What the generator yields is already what clean_fields would store."""
    for entity, fields in company:
        raw = {name: value for name, value in fields.items() if name != "id"}
        assert set(raw) <= set(field_names(entity)), entity
        assert clean_fields(entity, raw, creating=True) == raw, (entity, fields)
        assert uuid.UUID(fields["id"]).version == 4


def test_ids_names_and_credit_codes_are_unique(company: Records) -> None:
    ids = [fields["id"] for _, fields in company]
    assert len(ids) == len(set(ids))
    accounts = _by_entity(company)["account"]
    assert len({a["name"] for a in accounts}) == len(accounts)
    codes = [a["credit_code"] for a in accounts]
    assert len(set(codes)) == len(codes)
    assert all(uscc.is_valid(code) for code in codes)


def test_the_contract_users_exist_with_their_roles_and_territories(company: Records) -> None:
    grouped = _by_entity(company)
    users = {u["username"]: u for u in grouped["user"]}
    roles = {name: u["role"] for name, u in users.items()}
    assert roles == {
        "admin": "admin",
        "manager": "manager",
        "rep1": "rep",
        "rep2": "rep",
        "rep3": "rep",
    }
    manager_id = users["manager"]["id"]
    for rep in ("rep1", "rep2", "rep3"):
        assert users[rep]["manager_id"] == manager_id
        assert users[rep]["rep_code"].startswith("R")
    ids = {name: u["id"] for name, u in users.items()}
    rep_sets = [set(t["rep_ids"]) for t in grouped["territory"]]
    shared = [reps for reps in rep_sets if ids["rep1"] in reps]
    assert shared == [{ids["rep1"], ids["rep2"]}]
    assert [reps for reps in rep_sets if ids["rep3"] in reps] == [{ids["rep3"]}]


def test_references_name_records_yielded_before_them(company: Records) -> None:
    seen: dict[str, str] = {}
    for entity, fields in company:
        for field, target in REFERENCES[entity].items():
            value = fields.get(field)
            if value is not None:
                assert seen.get(value) == target, (entity, field)
        for rep_id in fields.get("rep_ids", []) if entity == "territory" else []:
            assert seen.get(rep_id) == "user"
        seen[fields["id"]] = entity


def test_children_stay_within_their_account(company: Records) -> None:
    account_of = {}
    for entity, fields in company:
        if entity in ("contact", "opportunity", "quote"):
            account_of[fields["id"]] = fields["account_id"]
    for entity, fields in company:
        for field in ("contact_id", "opportunity_id"):
            if entity in ("activity", "visit", "quote") and fields.get(field):
                assert account_of[fields[field]] == fields["account_id"]


def test_accounts_sit_in_their_territory_with_its_reps(company: Records) -> None:
    grouped = _by_entity(company)
    territories = {t["id"]: t for t in grouped["territory"]}
    cities = {(c.province, c.name): c for c in CITIES}
    provinces_seen = set()
    for account in grouped["account"]:
        territory = territories[account["territory_id"]]
        assert account["province"] in territory["provinces"]
        assert account["owner_id"] in territory["rep_ids"]
        city = cities[(account["province"], account["city"])]
        district = {d.name: d.code for d in city.districts}[account["district"]]
        assert account["credit_code"][2:8] == district
        assert account["phone"].startswith(f"+86{city.area_code}")
        provinces_seen.add(account["province"])
    assert len({territories[a["territory_id"]]["name"] for a in grouped["account"]}) == 2
    assert len(provinces_seen) >= 5


def test_one_price_per_client_and_product(company: Records) -> None:
    """Every live quote of a client carries the agreed price, or one common list price."""
    grouped = _by_entity(company)
    quotes = {q["id"]: q for q in grouped["quote"]}
    agreed = {
        (a["account_id"], a["product_id"]): a["unit_price"] for a in grouped["price_agreement"]
    }
    prices: dict[tuple[str, str], set[tuple[Decimal, Decimal]]] = defaultdict(set)
    for line in grouped["quote_line"]:
        quote = quotes[line["quote_id"]]
        if QuoteStatus(quote["status"]).holds_price:
            key = (quote["account_id"], line["product_id"])
            prices[key].add((line["unit_price"], line["discount_pct"]))
    assert all(len(found) == 1 for found in prices.values())
    for key, found in prices.items():
        if key in agreed:
            assert found == {(agreed[key], Decimal(0))}
    assert agreed, "some clients have agreed prices"


def test_pipeline_covers_every_stage_with_its_probability(company: Records) -> None:
    grouped = _by_entity(company)
    stages = Counter(o["stage"] for o in grouped["opportunity"])
    assert set(stages) == {stage.value for stage in Stage}
    for opportunity in grouped["opportunity"]:
        assert opportunity["probability"] == STAGE_PROBABILITY[Stage(opportunity["stage"])]
        closed = Stage(opportunity["stage"]).is_closed
        assert (opportunity["close_date"] < TODAY) == closed


def test_quoted_opportunity_amount_is_the_quote_total(company: Records) -> None:
    grouped = _by_entity(company)
    totals: Counter[str] = Counter()
    for line in grouped["quote_line"]:
        net = line["quantity"] * line["unit_price"] * (100 - line["discount_pct"]) / 100
        totals[line["quote_id"]] += net.quantize(Decimal("0.01"))
    amount = {o["id"]: o["amount"] for o in grouped["opportunity"]}
    latest = {q["opportunity_id"]: q["id"] for q in grouped["quote"]}  # revisions come last
    for opportunity_id, quote_id in latest.items():
        assert amount[opportunity_id] == totals[quote_id]


def test_times_are_aware_and_placed_around_today(company: Records) -> None:
    grouped = _by_entity(company)
    start_of_today = datetime(2025, 6, 14, 16, tzinfo=UTC)  # 00:00 in China
    for activity in grouped["activity"]:
        assert activity["occurred_at"].tzinfo is not None
        assert start_of_today - timedelta(days=370) < activity["occurred_at"] < start_of_today
        assert activity["occurred_at"].weekday() < 5
        has_score = activity["kind"] in ("call", "meeting")
        assert ("satisfaction" in activity) == has_score
    statuses = Counter(v["status"] for v in grouped["visit"])
    assert {"planned", "done", "cancelled"} <= set(statuses)
    for visit in grouped["visit"]:
        future = visit["starts_at"] > start_of_today
        assert future == (visit["status"] == "planned")
        if visit["status"] == "done":
            assert visit["checked_in_at"] < visit["checked_out_at"]
            assert visit["outcome"]


def test_quotas_cover_each_rep_and_month_of_this_year(company: Records) -> None:
    grouped = _by_entity(company)
    reps = {u["id"] for u in grouped["user"] if u["role"] == "rep"}
    months = {(q["user_id"], q["period_start"]) for q in grouped["quota"]}
    assert months == {(rep, date(2025, m, 1)) for rep in reps for m in range(1, 13)}
    assert all(q["amount"] > 0 for q in grouped["quota"])
    assert company[-1][0] == "quota"


def test_counts_scale_with_accounts() -> None:
    for accounts in (100, 400):
        counts = Counter(entity for entity, _ in generate(accounts=accounts, today=TODAY))
        assert counts["account"] == accounts
        assert 2.6 * accounts <= counts["contact"] <= 3.4 * accounts
        assert 1.7 * accounts <= counts["activity"] <= 2.3 * accounts
        assert counts["user"] == 5 and counts["territory"] == 2 and counts["product"] == 30


def test_generation_streams_instead_of_building_everything() -> None:
    head = list(itertools.islice(generate(accounts=10_000_000, today=TODAY), 500))
    assert [entity for entity, _ in head[:7]] == ["user"] * 5 + ["territory"] * 2
    assert sum(1 for entity, _ in head if entity == "account") > 10


def test_fast_ids_are_exactly_uuid4() -> None:
    for bits in (0, 2**128 - 1, 0x1234_5678_9ABC_DEF0_0FED_CBA9_8765_4321):
        assert uuid4_text(bits) == str(uuid.UUID(int=bits, version=4))


def test_negative_account_count_is_refused() -> None:
    with pytest.raises(ValueError):
        generate(accounts=-1)
