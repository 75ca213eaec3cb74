"""Field validators shared by the laptop and the server.

Each returns the normalised value (what is stored and sent) or raises
:class:`ValidationError` with a message a rep can act on. Libraries do the hard parts:
phone numbers by ``phonenumbers``, e-mail by ``email-validator``, the unified social
credit code (GB 32100-2015 check digit) by ``python-stdnum``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES, EMAIL_MAX_LENGTH
from email_validator.syntax import validate_email_domain_name, validate_email_local_part
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as StdnumError

from sfa.domain.errors import ValidationError

DEFAULT_PHONE_REGION = "CN"


_E164 = re.compile(r"\+([1-9]\d{6,14})")


# caches stay small: each full garbage collection rescans every object they hold, and a
# large one stalls the GUI thread during a big sync (bench/bench_sync.py measures it)
@lru_cache(maxsize=4096)
def normalize_phone(raw: str, field: str = "phone", region: str = DEFAULT_PHONE_REGION) -> str:
    """Return the number in E.164 (``+8613800138000``); local numbers are read as Chinese."""
    text = raw.strip()
    canonical = _valid_e164(text)
    if canonical is not None:
        return canonical
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, f"“{raw}” is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field, f"“{raw}” is not a valid phone number (use e.g. +86 138 0013 8000)"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _valid_e164(text: str) -> str | None:
    """Fast path for numbers already stored in E.164 (every synced record): the library's own
    country codes and validity rules, without its general-purpose parser."""
    match = _E164.fullmatch(text)
    if match is None:
        return None
    digits = match.group(1)
    for length in (1, 2, 3):
        country = int(digits[:length])
        if country in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[length:]
            if not national or national.startswith("0"):
                return None  # leading zeros need the full parser
            number = phonenumbers.PhoneNumber(country_code=country, national_number=int(national))
            return text if phonenumbers.is_valid_number(number) else None
    return None


@lru_cache(maxsize=4096)
def normalize_email(raw: str, field: str = "email") -> str:
    """Return the address with its domain lower-cased; no DNS look-up (reps are offline)."""
    text = raw.strip()
    local, at, domain = text.rpartition("@")
    if at and local and domain and text.isascii() and '"' not in text and " " not in text:
        try:
            return _email_fast(local, domain)
        except EmailNotValidError as exc:
            raise ValidationError(field, f"“{raw}” is not a valid e-mail address: {exc}") from exc
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(field, f"“{raw}” is not a valid e-mail address: {exc}") from exc
    return str(result.normalized)


def _email_fast(local: str, domain: str) -> str:
    """The library's own local-part and domain checks, with each company domain checked once
    (its IDNA validation is what makes a full check slow); the result equals
    ``validate_email(...).normalized`` — tests/domain/test_validation.py holds it to that."""
    local_part = str(validate_email_local_part(local)["local_part"])
    if local_part.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        local_part = local_part.lower()
    address = f"{local_part}@{_email_domain(domain)}"
    if len(address) > EMAIL_MAX_LENGTH:
        raise EmailNotValidError(f"The address is too long ({len(address)} characters).")
    return address


@lru_cache(maxsize=16384)
def _email_domain(domain: str) -> str:
    return str(validate_email_domain_name(domain)["domain"])


def normalize_credit_code(raw: str, field: str = "credit_code") -> str:
    """Return the 18-character unified social credit code (统一社会信用代码), check digit verified."""
    text = raw.strip().upper().replace(" ", "")
    try:
        return str(uscc.validate(text))
    except uscc.InvalidLength as exc:
        reason = f"must be 18 characters, “{raw}” has {len(text)}"
        raise ValidationError(field, reason) from exc
    except uscc.InvalidChecksum as exc:
        reason = f"the check digit of “{raw}” is wrong: a character was mistyped"
        raise ValidationError(field, reason) from exc
    except StdnumError as exc:
        reason = f"“{raw}” is not a unified social credit code (digits and A–Y, no I/O/S/V/Z)"
        raise ValidationError(field, reason) from exc


def parse_decimal(raw: object, field: str, *, minimum: Decimal | None = None) -> Decimal:
    """Money and quantities are decimals, never floats: ``"2900.00"`` or a ``Decimal``."""
    if isinstance(raw, float | bool):
        raise ValidationError(field, 'must be a decimal string such as "2900.00", not a float')
    try:
        value = Decimal(str(raw).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(field, f"“{raw}” is not a number") from exc
    if not value.is_finite():
        raise ValidationError(field, f"“{raw}” is not a finite number")
    if minimum is not None and value < minimum:
        raise ValidationError(field, f"must be at least {minimum}")
    return value


def require_text(raw: object, field: str, *, max_length: int = 200) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValidationError(field, "is required")
    text = raw.strip()
    if len(text) > max_length:
        raise ValidationError(field, f"is longer than {max_length} characters")
    return text
