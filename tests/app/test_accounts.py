"""Duplicate detection on entry, and merging two accounts into one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sfa.app.accounts import (
    DuplicateAccountError,
    create_account,
    merge_accounts,
    possible_duplicates,
)
from sfa.store import outbox, writes
from sfa.store.search import search
from sfa.store.store import LocalStore
from sfa.store.tables import Contact, Opportunity

ME = "user-rep1"
CODE = "91440300279583285Y"


@pytest.fixture
def huawei(store: LocalStore) -> str:
    with store.transaction() as conn:
        return create_account(
            conn,
            {
                "name": "深圳市华为技术有限公司",
                "credit_code": CODE,
                "phone": "0755 2878 0808",
                "email": "info@huawei.com",
            },
            actor=ME,
        )


def test_same_credit_code_is_refused_even_when_confirmed(store: LocalStore, huawei: str) -> None:
    with pytest.raises(DuplicateAccountError) as caught, store.transaction() as conn:
        create_account(
            conn,
            {"name": "华为", "credit_code": CODE.lower()},
            actor=ME,
            confirmed_not_duplicate=True,
        )
    assert caught.value.certain and caught.value.matches[0].account_id == huawei
    assert "already has this credit code" in caught.value.message


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"name": "华为技术有限公司"}, "similar name"),
        ({"name": "Acme", "phone": "+86 755 2878 0808"}, "same phone"),
        ({"name": "Acme", "email": "buyer@huawei.com"}, "same e-mail domain"),
    ],
)
def test_likely_duplicates_are_offered_before_saving(
    store: LocalStore, huawei: str, fields: dict[str, str], reason: str
) -> None:
    with store.reading() as conn:
        [match] = possible_duplicates(conn, fields)
    assert match.account_id == huawei and reason in match.reasons
    with (
        pytest.raises(DuplicateAccountError, match="may be the same company"),
        store.transaction() as conn,
    ):
        create_account(conn, fields, actor=ME)
    with store.transaction() as conn:
        new_id = create_account(conn, fields, actor=ME, confirmed_not_duplicate=True)
    assert new_id != huawei


def test_an_unrelated_company_saves_without_questions(store: LocalStore, huawei: str) -> None:
    with store.transaction() as conn:
        assert possible_duplicates(conn, {"name": "珠海格力电器股份有限公司"}) == []
        account_id = create_account(conn, {"name": "珠海格力电器股份有限公司"}, actor=ME)
        assert writes.load(conn, "account", account_id)["owner_id"] == ME  # type: ignore[index]


def test_merge_moves_everything_to_the_survivor_and_tombstones_the_duplicate(
    store: LocalStore, huawei: str
) -> None:
    with store.transaction() as conn:
        duplicate = create_account(
            conn,
            {"name": "华为技术", "city": "深圳市", "website": "https://www.huawei.com"},
            actor=ME,
            confirmed_not_duplicate=True,
        )
        contact = writes.create(
            conn, "contact", {"account_id": duplicate, "name": "任正非"}, actor=ME
        )
        deal = writes.create(
            conn,
            "opportunity",
            {"account_id": duplicate, "name": "园区网络升级", "amount": "880000"},
            actor=ME,
        )
        writes.create(
            conn,
            "activity",
            {
                "account_id": duplicate,
                "contact_id": contact,
                "opportunity_id": deal,
                "subject": "电话沟通",
            },
            actor=ME,
        )
        writes.create(conn, "contact", {"account_id": huawei, "name": "孟晚舟"}, actor=ME)
        result = merge_accounts(conn, huawei, duplicate, actor=ME)
    assert (
        result.moved["contact"] == 1
        and result.moved["opportunity"] == 1
        and result.moved["activity"] == 1
    )
    assert result.filled_fields == ["city", "website"]
    contacts_t, deals_t = Contact.__table__, Opportunity.__table__
    with store.reading() as conn:
        live = select(contacts_t.c.id, contacts_t.c.name).where(
            contacts_t.c.account_id == huawei, contacts_t.c.deleted.is_(False)
        )
        names = {row.name: row.id for row in conn.execute(live)}
        assert set(names) == {"任正非", "孟晚舟"}
        [new_deal] = (
            conn.execute(
                select(deals_t.c.id).where(
                    deals_t.c.account_id == huawei, deals_t.c.deleted.is_(False)
                )
            )
            .scalars()
            .all()
        )
        activities = writes.table_of("activity")
        [moved] = (
            conn.execute(select(activities).where(activities.c.account_id == huawei))
            .mappings()
            .all()
        )
        assert (moved["contact_id"], moved["opportunity_id"]) == (names["任正非"], new_deal)
        assert writes.load(conn, "contact", contact)["deleted"]  # type: ignore[index]
        gone = writes.load(conn, "account", duplicate)
        assert gone is not None and gone["deleted"]
        survivor = writes.load(conn, "account", huawei)
        assert survivor is not None and survivor["city"] == "深圳市"
        assert all(hit.record_id != duplicate for hit in search(conn, "华为技术"))
        assert [hit.record_id for hit in search(conn, "任正非")] == [names["任正非"]]
        assert outbox.pending_count(conn) > 0


def test_an_account_cannot_be_merged_into_itself(store: LocalStore, huawei: str) -> None:
    from sfa.domain.errors import DomainError

    with pytest.raises(DomainError, match="itself"), store.transaction() as conn:
        merge_accounts(conn, huawei, huawei, actor=ME)


def test_editing_an_account_validates_and_refuses_a_credit_code_held_elsewhere(
    store: LocalStore, huawei: str
) -> None:
    from sfa.app.accounts import update_account
    from sfa.domain.errors import ValidationError

    with store.transaction() as conn:
        other = create_account(conn, {"name": "珠海格力电器股份有限公司"}, actor=ME)
        changed = update_account(
            conn, other, {"phone": "0756 866 9999", "notes": "", "city": "珠海市"}, actor=ME
        )
    assert changed == {"phone": "+867568669999", "city": "珠海市"}
    with pytest.raises(DuplicateAccountError) as caught, store.transaction() as conn:
        update_account(conn, other, {"credit_code": CODE}, actor=ME)
    assert caught.value.matches[0].account_id == huawei
    with store.transaction() as conn:  # its own code is no duplicate of itself
        assert update_account(conn, huawei, {"credit_code": CODE}, actor=ME) == {}
    with pytest.raises(ValidationError, match="name"), store.transaction() as conn:
        update_account(conn, other, {"name": ""}, actor=ME)


def test_the_overview_holds_what_hangs_off_an_account_newest_first(
    store: LocalStore, huawei: str
) -> None:
    from datetime import date

    from sfa.app.accounts import account_overview

    with store.transaction() as conn:
        writes.create(conn, "contact", {"account_id": huawei, "name": "b 员工"}, actor=ME)
        writes.create(
            conn,
            "contact",
            {"account_id": huawei, "name": "z 主联系人", "is_primary": True},
            actor=ME,
        )
        for number in ("Q-1", "Q-2"):
            writes.create(conn, "quote", {"account_id": huawei, "number": number}, actor=ME)
        product = writes.create(
            conn, "product", {"sku": "P-1", "name": "打印机", "list_price": "10.00"}, actor=ME
        )
        writes.create(
            conn,
            "price_agreement",
            {
                "account_id": huawei,
                "product_id": product,
                "unit_price": "9.50",
                "valid_until": date(2026, 12, 31),
            },
            actor=ME,
        )
        overview = account_overview(conn, huawei)
    assert overview.account["name"] == "深圳市华为技术有限公司"
    assert [c["name"] for c in overview.contacts] == ["z 主联系人", "b 员工"]
    assert [q["number"] for q in overview.quotes] == ["Q-2", "Q-1"]
    assert [(p["product_name"], str(p["unit_price"])) for p in overview.agreed_prices] == [
        ("打印机", "9.50")
    ]
