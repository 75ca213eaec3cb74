"""Field validators shared by the laptop and the server.

Each returns the normalised value (what is stored and sent) or raises
:class:`ValidationError` with a message a rep can act on. Libraries do the hard parts:
phone numbers by ``phonenumbers``, e-mail by ``email-validator``, the unified social
credit code (GB 32100-2015 check digit) by ``python-stdnum``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as StdnumError

from sfa.domain.errors import ValidationError

DEFAULT_PHONE_REGION = "CN"


@lru_cache(maxsize=65536)
def normalize_phone(raw: str, field: str = "phone", region: str = DEFAULT_PHONE_REGION) -> str:
    """Return the number in E.164 (``+8613800138000``); local numbers are read as Chinese."""
    text = raw.strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, f"“{raw}” is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field, f"“{raw}” is not a valid phone number (use e.g. +86 138 0013 8000)"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=65536)
def normalize_email(raw: str, field: str = "email") -> str:
    """Return the address with its domain lower-cased; no DNS look-up (reps are offline)."""
    try:
        result = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(field, f"“{raw}” is not a valid e-mail address: {exc}") from exc
    return str(result.normalized)


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
