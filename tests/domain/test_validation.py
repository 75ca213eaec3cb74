"""A rep typing a bad value gets a message naming the field and what is wrong."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from sfa.domain.clean import clean_fields, to_wire
from sfa.domain.errors import ValidationError
from sfa.domain.money import round_money
from sfa.domain.validation import normalize_email, normalize_phone

VALID_CODE = "91110108551385082Q"


def test_a_valid_account_is_normalised() -> None:
    cleaned = clean_fields(
        "account",
        {
            "name": "  深圳市华为技术有限公司 ",
            "phone": "0755 2878 0808",
            "email": "Zhang.Wei@HuaWei.COM",
            "credit_code": VALID_CODE.lower(),
        },
        creating=True,
    )
    assert cleaned == {
        "name": "深圳市华为技术有限公司",
        "phone": "+8675528780808",
        "email": "Zhang.Wei@huawei.com",
        "credit_code": VALID_CODE,
    }


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("credit_code", "91110108551385082A", "check digit"),
        ("credit_code", "9111010855138508", "must be 18 characters"),
        ("credit_code", "91110108551385O82Q", "not a unified social credit code"),
        ("phone", "12345", "not a valid phone number"),
        ("phone", "call me", "not a phone number"),
        ("email", "zhang.wei@", "not a valid e-mail address"),
        ("email", "zhang wei@example.com", "not a valid e-mail address"),
        ("status", "vip", "is not one of prospect, customer, lost"),
    ],
)
def test_bad_account_values_are_rejected_with_a_clear_message(
    field: str, value: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_fields("account", {"name": "某公司", field: value}, creating=True)
    assert caught.value.field == field
    assert message in caught.value.message
    assert value in caught.value.message or field == "status"


def test_a_new_account_needs_a_name_but_an_edit_does_not() -> None:
    with pytest.raises(ValidationError, match="name: is required"):
        clean_fields("account", {"city": "深圳市"}, creating=True)
    assert clean_fields("account", {"city": "深圳市"}, creating=False) == {"city": "深圳市"}


def test_unknown_fields_and_entities_are_refused() -> None:
    with pytest.raises(ValidationError, match="is not a field of account"):
        clean_fields("account", {"nmae": "typo"}, creating=False)
    with pytest.raises(ValidationError, match="not a known entity"):
        clean_fields("shipment", {}, creating=False)


def test_money_is_decimal_never_float() -> None:
    line = {"quote_id": "q", "product_id": "p", "quantity": "2", "unit_price": "2900"}
    cleaned = clean_fields("quote_line", line, creating=True)
    assert cleaned["unit_price"] == Decimal("2900.00")
    assert to_wire("quote_line", cleaned)["unit_price"] == "2900.00"
    with pytest.raises(ValidationError, match="not a float"):
        clean_fields("quote_line", {**line, "unit_price": 2900.0}, creating=True)
    with pytest.raises(ValidationError, match="more than two decimal places"):
        clean_fields("quote_line", {**line, "unit_price": "1.005"}, creating=True)
    with pytest.raises(ValidationError, match="greater than zero"):
        clean_fields("quote_line", {**line, "quantity": "0"}, creating=True)


def test_contacts_need_an_account_and_valid_contact_details() -> None:
    with pytest.raises(ValidationError, match="account_id: is required"):
        clean_fields("contact", {"name": "张伟"}, creating=True)
    cleaned = clean_fields(
        "contact",
        {"account_id": "a", "name": "张伟", "phone": "+86 138 0013 8000"},
        creating=True,
    )
    assert cleaned["phone"] == "+8613800138000"


def test_dates_and_timestamps_travel_as_iso_and_must_carry_a_zone() -> None:
    visit = clean_fields(
        "visit",
        {
            "account_id": "a",
            "purpose": "季度回访",
            "starts_at": "2026-11-23T09:00:00+08:00",
            "ends_at": "2026-11-23T10:00:00+08:00",
        },
        creating=True,
    )
    assert visit["starts_at"] == datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
    assert to_wire("visit", visit)["starts_at"] == "2026-11-23T01:00:00Z"
    with pytest.raises(ValidationError, match="time zone"):
        clean_fields("visit", {"starts_at": "2026-11-23T09:00:00"}, creating=False)
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        clean_fields(
            "visit",
            {"starts_at": "2026-11-23T09:00:00Z", "ends_at": "2026-11-23T08:00:00Z"},
            creating=False,
        )
    quote = clean_fields("quote", {"valid_until": "2026-12-31"}, creating=False)
    assert quote["valid_until"] == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("2.345", "CNY", "2.35"),
        ("2.344", "CNY", "2.34"),
        ("0.125", "USD", "0.13"),
        ("1500.5", "JPY", "1501"),
        ("-2.345", "CNY", "-2.35"),
    ],
)
def test_money_rounds_half_up_to_the_currency_minor_unit(
    amount: str, currency: str, expected: str
) -> None:
    assert str(round_money(Decimal(amount), currency)) == expected


@pytest.mark.parametrize(
    "address",
    [
        "Zhang.Wei@HuaWei.COM",
        "Sales@huawei.com",
        "li_na+quotes@sub.example.com.cn",
        "a@b.co",
        "first.last@xn--fiqs8s.cn",
        "王伟@例子.中国",
        "x" * 64 + "@" + "d" * 60 + ".com",
    ],
)
def test_fast_email_check_agrees_with_the_library(address: str) -> None:
    from email_validator import validate_email

    expected = validate_email(address, check_deliverability=False).normalized
    assert normalize_email(address) == expected


@pytest.mark.parametrize(
    "address",
    ["a..b@example.com", "a@-example.com", "a@example", ".a@example.com", "a@exa_mple.com"],
)
def test_fast_email_check_rejects_what_the_library_rejects(address: str) -> None:
    with pytest.raises(ValidationError, match="not a valid e-mail address"):
        normalize_email(address)


@pytest.mark.parametrize(
    "number",
    [
        "+8613800138000",
        "+8675528780808",
        "+14155552671",
        "+442079460958",
        "+8612345678901",
        "+86138001380001",
        "+860755123456",
        "+999123456789",
    ],
)
def test_fast_e164_check_agrees_with_the_library(number: str) -> None:
    import phonenumbers

    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        valid = False
    if valid:
        assert normalize_phone(number) == number
    else:
        with pytest.raises(ValidationError):
            normalize_phone(number)
