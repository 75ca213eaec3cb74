"""Contacts through the one validation gate: phone and e-mail normalised or refused."""

from __future__ import annotations

import pytest

from sfa.app.contacts import create_contact, load_contact, update_contact
from sfa.domain.errors import ValidationError
from sfa.store import writes
from sfa.store.store import LocalStore

ME = "user-me"


@pytest.fixture
def acme(store: LocalStore) -> str:
    with store.transaction() as conn:
        return writes.create(conn, "account", {"name": "Acme 有限公司"}, actor=ME)


def test_a_new_contact_is_stored_normalised_with_blank_fields_left_empty(
    store: LocalStore, acme: str
) -> None:
    with store.transaction() as conn:
        contact_id = create_contact(
            conn,
            {
                "account_id": acme,
                "name": "王芳",
                "phone": "138 0013 8000",
                "email": "Wang.Fang@ACME.cn",
                "title": "",
            },
            actor=ME,
        )
        contact = load_contact(conn, contact_id)
    assert contact["phone"] == "+8613800138000"
    assert contact["email"] == "Wang.Fang@acme.cn"
    assert contact["title"] is None and contact["account_name"] == "Acme 有限公司"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "王芳", "phone": "12345"}, "phone"),
        ({"name": "王芳", "email": "wang@"}, "email"),
        ({"phone": "+8613800138000"}, "name"),
        ({"name": "王芳", "account_id": "gone"}, "account_id"),
    ],
)
def test_bad_contacts_are_refused_naming_the_field(
    store: LocalStore, acme: str, fields: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, store.transaction() as conn:
        create_contact(conn, {"account_id": acme, **fields}, actor=ME)
    assert caught.value.field == field


def test_editing_clears_an_emptied_field_and_refuses_an_empty_name(
    store: LocalStore, acme: str
) -> None:
    with store.transaction() as conn:
        contact_id = create_contact(
            conn, {"account_id": acme, "name": "王芳", "title": "采购经理"}, actor=ME
        )
        changed = update_contact(conn, contact_id, {"title": "", "phone": "13800138000"}, actor=ME)
    assert changed == {"title": None, "phone": "+8613800138000"}
    with pytest.raises(ValidationError), store.transaction() as conn:
        update_contact(conn, contact_id, {"name": ""}, actor=ME)
