"""The field merge rule (``sfa.domain.merge``) the server applies to every push."""

from __future__ import annotations

from sfa.domain.merge import FieldClash, merge_fields

CURRENT = {"name": "Canton Trading", "phone": "+862012345678", "city": "广州"}
REVS = {"name": 3, "phone": 9, "city": 3}


def test_a_change_based_on_the_latest_rev_is_applied() -> None:
    outcome = merge_fields(CURRENT, REVS, 9, 9, {"city": "深圳"})
    assert (outcome.status, outcome.changes, outcome.conflicts) == ("applied", {"city": "深圳"}, [])


def test_other_fields_changed_meanwhile_merge() -> None:
    outcome = merge_fields(CURRENT, REVS, 9, 5, {"city": "深圳"})
    assert (outcome.status, outcome.changes) == ("merged", {"city": "深圳"})


def test_the_same_field_changed_meanwhile_is_a_conflict_keeping_the_server_value() -> None:
    outcome = merge_fields(CURRENT, REVS, 9, 5, {"phone": "+862099999999", "city": "深圳"})
    assert outcome.status == "conflict"
    assert outcome.changes == {"city": "深圳"}
    assert outcome.conflicts == [FieldClash("phone", "+862012345678", "+862099999999")]


def test_a_field_changed_to_the_same_value_on_both_sides_is_no_conflict() -> None:
    outcome = merge_fields(CURRENT, REVS, 9, 5, {"phone": "+862012345678"})
    assert (outcome.status, outcome.changes, outcome.conflicts) == ("merged", {}, [])


def test_a_field_without_a_recorded_rev_counts_as_changed_with_the_record() -> None:
    outcome = merge_fields(CURRENT, {}, 9, 5, {"name": "Other"})
    assert outcome.status == "conflict"
    assert merge_fields(CURRENT, {}, 9, 9, {"name": "Other"}).changes == {"name": "Other"}
