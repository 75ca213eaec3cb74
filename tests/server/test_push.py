"""Push: idempotency, merge vs conflict, delete vs edit, bad mutations, audit and restore."""

from __future__ import annotations

from sqlalchemy import func, select

from sfa.server.tables import Account, AuditEntry, Contact
from tests.server.conftest import Api, World, mutation, new_id


def _count(api: Api, table: type) -> int:
    with api.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_retry_returns_the_stored_result_and_changes_nothing(api: Api, world: World) -> None:
    contact = mutation("contact", new_id(), {"account_id": world.south_account, "name": "Li Lei"})
    first = api.push("rep1", contact)
    audits = _count(api, AuditEntry)
    again = api.push("rep1", contact)
    assert again == first and first[0]["status"] == "applied"
    assert _count(api, Contact) == 1
    assert _count(api, AuditEntry) == audits
    # The same mutation_id from another user does not reveal the stored result.
    stolen = api.push("rep2", contact)
    assert stolen[0]["status"] == "rejected"


def test_a_retried_conflict_with_an_empty_server_value_returns_the_stored_result(
    api: Api, world: World
) -> None:
    # The account's phone was set (to nothing) at creation, after the client's base rev 0.
    edit = mutation("account", world.south_account, {"phone": "+8613800138000"}, base_rev=0)
    first = api.push("rep1", edit)
    assert first[0]["status"] == "conflict"
    assert first[0]["conflicts"] == [{"field": "phone", "server": None, "client": "+8613800138000"}]
    assert api.push("rep1", edit) == first


def test_every_change_gets_its_own_rev_in_order(api: Api, world: World) -> None:
    ids = [new_id() for _ in range(3)]
    results = api.push(
        "rep1",
        *[
            mutation("contact", i, {"account_id": world.south_account, "name": f"C{n}"})
            for n, i in enumerate(ids)
        ],
    )
    revs = [r["rev"] for r in results]
    assert revs == sorted(revs) and len(set(revs)) == 3


def test_edits_of_different_fields_merge(api: Api, world: World) -> None:
    base = api.pull_all("rep1")[0]["changes"][("account", world.south_account)]["rev"]
    first = api.push(
        "rep1", mutation("account", world.south_account, {"phone": "13800138000"}, base_rev=base)
    )
    assert first[0]["status"] == "applied"
    second = api.push(
        "rep2",
        mutation("account", world.south_account, {"name": "Canton Trading Ltd"}, base_rev=base),
    )
    assert second[0]["status"] == "merged"
    assert second[0]["rev"] > first[0]["rev"]
    with api.engine.connect() as conn:
        row = conn.execute(
            select(Account.name, Account.phone).where(Account.id == world.south_account)
        ).one()
    assert tuple(row) == ("Canton Trading Ltd", "+8613800138000")


def test_same_field_edited_on_both_sides_is_a_conflict(api: Api, world: World) -> None:
    base = api.pull_all("rep1")[0]["changes"][("account", world.south_account)]["rev"]
    api.push(
        "rep1", mutation("account", world.south_account, {"phone": "13800138000"}, base_rev=base)
    )
    clash = api.push(
        "rep2",
        mutation(
            "account",
            world.south_account,
            {"phone": "13900139000", "notes": "call back"},
            base_rev=base,
        ),
    )
    result = clash[0]
    assert result["status"] == "conflict"
    assert result["conflicts"] == [
        {"field": "phone", "server": "+8613800138000", "client": "+8613900139000"}
    ]
    with api.engine.connect() as conn:
        phone, notes = conn.execute(
            select(Account.phone, Account.notes).where(Account.id == world.south_account)
        ).one()
    assert phone == "+8613800138000"  # the server keeps its value
    assert notes == "call back"  # the field without a clash is applied
    # Same value on both sides is no conflict.
    same = api.push(
        "rep2", mutation("account", world.south_account, {"phone": "13800138000"}, base_rev=base)
    )
    assert same[0]["status"] == "merged"


def test_edit_of_deleted_record_is_rejected_and_delete_beats_edit(api: Api, world: World) -> None:
    contact = new_id()
    created = api.push(
        "rep1", mutation("contact", contact, {"account_id": world.south_account, "name": "Han"})
    )
    base = created[0]["rev"]
    api.push("rep2", mutation("contact", contact, {"name": "Han Meimei"}, base_rev=base))
    deleted = api.push("rep1", mutation("contact", contact, op="delete", base_rev=base))
    assert deleted[0]["status"] == "applied"
    late_edit = api.push("rep2", mutation("contact", contact, {"title": "CFO"}, base_rev=base))
    assert late_edit[0]["status"] == "rejected"
    assert late_edit[0]["error"]["code"] == "deleted"
    page = api.pull_all("rep1")[0]["changes"]
    assert ("contact", contact) not in page  # snapshots leave tombstones out


def test_bad_mutation_is_rejected_and_the_rest_applied(api: Api, world: World) -> None:
    good, bad_value, unknown_field, unknown_entity, bad_op = (new_id() for _ in range(5))
    results = api.push(
        "rep1",
        mutation("contact", good, {"account_id": world.south_account, "name": "OK"}),
        mutation(
            "contact",
            bad_value,
            {"account_id": world.south_account, "name": "X", "email": "not-an-email"},
        ),
        mutation(
            "contact",
            unknown_field,
            {"account_id": world.south_account, "name": "Y", "shoe_size": 42},
        ),
        mutation("gadget", unknown_entity, {"name": "Z"}),
        mutation("contact", bad_op, {"name": "W"}, op="merge"),
        mutation("contact", "not-a-uuid", {"account_id": world.south_account, "name": "V"}),
        mutation("contact", new_id(), {"account_id": new_id(), "name": "orphan"}),
        mutation(
            "quote_line",
            new_id(),
            {
                "quote_id": new_id(),
                "product_id": world.product,
                "quantity": 1.5,
                "unit_price": "1.00",
            },
        ),
    )
    statuses = [r["status"] for r in results]
    assert statuses == ["applied"] + ["rejected"] * 7
    assert all(r["error"]["code"] == "invalid" for r in results[1:])
    assert results[1]["error"]["details"] == {"field": "email"}
    assert results[2]["error"]["details"] == {"field": "shoe_size"}
    assert _count(api, Contact) == 1


def test_rejected_mutation_leaves_nothing_half_applied(api: Api, world: World) -> None:
    audits = _count(api, AuditEntry)
    # A visit ending before it starts fails after the fields were read: nothing may remain.
    results = api.push(
        "rep1",
        mutation(
            "visit",
            new_id(),
            {
                "account_id": world.south_account,
                "purpose": "demo",
                "starts_at": "2026-05-01T10:00:00+08:00",
                "ends_at": "2026-05-01T09:00:00+08:00",
            },
        ),
    )
    assert results[0]["status"] == "rejected"
    assert _count(api, AuditEntry) == audits


def test_changes_are_audited_and_an_admin_restores_a_delete(api: Api, world: World) -> None:
    contact = new_id()
    created = api.push(
        "rep1",
        mutation("contact", contact, {"account_id": world.south_account, "name": "Wei"}),
        client_id="laptop-7",
    )
    api.push("rep1", mutation("contact", contact, {"name": "Wei Wei"}, base_rev=created[0]["rev"]))
    api.push("rep1", mutation("contact", contact, op="delete"))
    log = api.client.get(
        "/api/v1/admin/audit",
        params={"entity": "contact", "id": contact},
        headers=api.headers("admin"),
    ).json()
    assert [entry["action"] for entry in log] == ["delete", "update", "create"]
    assert log[2]["client_id"] == "laptop-7" and log[2]["user_id"] == api.users["rep1"]
    assert log[1]["changes"] == {"name": ["Wei", "Wei Wei"]}
    forbidden = api.client.post(
        "/api/v1/admin/restore",
        json={"entity": "contact", "id": contact},
        headers=api.headers("rep1"),
    )
    assert forbidden.status_code == 403
    restored = api.client.post(
        "/api/v1/admin/restore",
        json={"entity": "contact", "id": contact},
        headers=api.headers("admin"),
    )
    assert restored.status_code == 200, restored.text
    assert restored.json()["deleted"] is False
    assert ("contact", contact) in api.pull_all("rep1")[0]["changes"]
