"""Contacts exported as vCards and address books imported into accounts."""

from __future__ import annotations

import pytest
import vobject
from sqlalchemy import select

from sfa.app.vcards import export_vcards, import_vcards, plan_vcards
from sfa.io.import_plan import Action, ImportRefused
from sfa.store import writes
from sfa.store.outbox import pending
from sfa.store.store import LocalStore

ME = "rep1-id"


@pytest.fixture
def accounts(store: LocalStore) -> dict[str, str]:
    with store.transaction() as conn:
        gz = writes.create(
            conn, "account", {"name": "广州贸易有限公司", "phone": "020-83331234"}, actor=ME
        )
        sh = writes.create(conn, "account", {"name": "上海精密仪器股份有限公司"}, actor=ME)
        writes.create(
            conn,
            "contact",
            {"account_id": gz, "name": "陈静", "phone": "13800138000", "email": "cj@gz.cn"},
            actor=ME,
        )
        writes.create(
            conn, "contact", {"account_id": sh, "name": "上官婉儿", "title": "CFO"}, actor=ME
        )
    return {"gz": gz, "sh": sh}


def _contacts(store: LocalStore) -> dict[str, dict[str, object]]:
    table = writes.table_of("contact")
    with store.reading() as conn:
        return {row["name"]: dict(row) for row in conn.execute(select(table)).mappings()}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_exported_contacts_read_back_with_their_company(
    store: LocalStore, accounts: dict[str, str], version: str
) -> None:
    with store.reading() as conn:
        data = export_vcards(conn, version=version)
    cards = {card.fn.value: card for card in vobject.readComponents(data.decode("utf-8"))}
    assert set(cards) == {"陈静", "上官婉儿"}
    chen = cards["陈静"]
    assert (chen.n.value.family, chen.n.value.given) == ("陈", "静")
    assert chen.org.value == ["广州贸易有限公司"]
    numbers = [
        (tel.value.removeprefix("tel:"), tel.params["TYPE"][0].lower()) for tel in chen.tel_list
    ]
    assert numbers == [("+8613800138000", "cell"), ("+862083331234", "work")]
    assert chen.email.value == "cj@gz.cn"
    assert (cards["上官婉儿"].n.value.family, cards["上官婉儿"].title.value) == ("上官", "CFO")


def test_an_address_book_is_imported_into_the_accounts_its_cards_name(
    store: LocalStore, accounts: dict[str, str]
) -> None:
    book = []
    for name, org, phones, email in (
        ("陈静", "广州贸易有限公司", ["139 0013 9000"], None),
        ("刘洋", "上海精密仪器股份有限公司", ["13700137000", "021-61234567"], "ly@sh.cn"),
        ("赵磊", "", ["13600136000"], None),
        ("坏号码", "广州贸易有限公司", ["123"], None),
    ):
        card = vobject.vCard()
        card.add("fn").value = name
        card.add("n").value = vobject.vcard.Name(family=name[:1], given=name[1:])
        if org:
            card.add("org").value = [org]
        for number in phones:
            card.add("tel").value = number
        if email:
            card.add("email").value = email
        book.append(card.serialize())
    data = "".join(book).encode("utf-8")

    with store.reading() as conn:
        plan = plan_vcards(conn, data)
    assert [row.action for row in plan.rows] == [
        Action.UPDATE,
        Action.CREATE,
        Action.REFUSED,
        Action.REFUSED,
    ]
    assert [(p.line, p.column) for p in plan.problems] == [(3, "ORG"), (4, "TEL")]
    with pytest.raises(ImportRefused), store.transaction() as conn:
        import_vcards(conn, data, actor=ME)
    assert set(_contacts(store)) == {"陈静", "上官婉儿"}

    with store.transaction() as conn:
        result = import_vcards(conn, data, actor=ME, account_id=accounts["gz"], valid_only=True)
    assert (result.created, result.updated, result.refused) == (2, 1, 1)
    contacts = _contacts(store)
    assert contacts["陈静"]["phone"] == "+8613900139000"
    assert contacts["刘洋"]["account_id"] == accounts["sh"]
    assert contacts["刘洋"]["phone"] == "+8613700137000"
    assert "021-61234567" in str(contacts["刘洋"]["notes"])
    assert contacts["赵磊"]["account_id"] == accounts["gz"]
    with store.reading() as conn:
        queued = {(m.entity, m.record_id) for m in pending(conn)}
    assert ("contact", contacts["赵磊"]["id"]) in queued
