"""Validate and normalise the fields of a change, for any entity, on either end.

``clean_fields`` is the single gate every edit passes: a form on the laptop, an import, a
mutation arriving at the server. It returns typed, normalised values or raises
:class:`ValidationError` naming the first bad field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sfa.domain.coerce import coerce, to_wire_value
from sfa.domain.commission_plan import normalize_rates, normalize_tiers
from sfa.domain.enums import (
    AccountStatus,
    AccountTier,
    ActivityKind,
    ApprovalKind,
    ApprovalStatus,
    ForecastCategory,
    Industry,
    OrderStatus,
    PaymentMethod,
    QuotaPeriodKind,
    QuoteStatus,
    Role,
    Stage,
    VisitStatus,
)
from sfa.domain.errors import ValidationError
from sfa.domain.fields import entity_fields, is_entity
from sfa.domain.money import check_currency
from sfa.domain.validation import normalize_credit_code, normalize_email, normalize_phone

Rule = Callable[[Any, str], Any]

_CENTS = Decimal("0.01")


def _choice(enum: type[StrEnum]) -> Rule:
    def check(value: str, field: str) -> str:
        allowed = [member.value for member in enum]
        if value not in allowed:
            raise ValidationError(field, f"“{value}” is not one of {', '.join(allowed)}")
        return value

    return check


def _money(value: Decimal, field: str) -> Decimal:
    if value < 0:
        raise ValidationError(field, "cannot be negative")
    if value != value.quantize(_CENTS):
        raise ValidationError(field, f"{value} has more than two decimal places")
    return value.quantize(_CENTS)


def _between(low: Decimal | int, high: Decimal | int) -> Rule:
    def check(value: Any, field: str) -> Any:
        if not low <= value <= high:
            raise ValidationError(field, f"must be between {low} and {high}")
        return value

    return check


def _positive(value: Decimal, field: str) -> Decimal:
    if value <= 0:
        raise ValidationError(field, "must be greater than zero")
    return value.normalize() if value == value.to_integral() else value


def _amount(value: Decimal, field: str) -> Decimal:
    """Money that must be more than zero (an invoice or a payment of nothing is a slip)."""
    if value <= 0:
        raise ValidationError(field, "must be more than zero")
    return _money(value, field)


def _quantity(value: Decimal, field: str) -> Decimal:
    if value < 0:
        raise ValidationError(field, "cannot be negative")
    return value.normalize() if value == value.to_integral() else value


def _phone(value: str, field: str) -> str:
    return normalize_phone(value, field)


def _email(value: str, field: str) -> str:
    return normalize_email(value, field)


def _credit_code(value: str, field: str) -> str:
    return normalize_credit_code(value, field)


def _currency(value: str, field: str) -> str:
    return check_currency(value, field)


_COMMON: dict[str, Rule] = {
    "phone": _phone,
    "email": _email,
    "currency": _currency,
}

_RULES: dict[str, dict[str, Rule]] = {
    "user": {"role": _choice(Role)},
    "account": {
        "status": _choice(AccountStatus),
        "tier": _choice(AccountTier),
        "industry": _choice(Industry),
        "credit_code": _credit_code,
        "payment_terms_days": _between(0, 365),
    },
    "activity": {"kind": _choice(ActivityKind), "satisfaction": _between(1, 5)},
    "visit": {"status": _choice(VisitStatus)},
    "opportunity": {
        "stage": _choice(Stage),
        "amount": _money,
        "probability": _between(Decimal(0), Decimal(1)),
        "forecast_category": _choice(ForecastCategory),
    },
    "product": {"list_price": _money},
    "price_agreement": {"unit_price": _money},
    "quote": {
        "status": _choice(QuoteStatus),
        "tax_rate": _between(Decimal(0), Decimal(1)),
        "revision": _between(1, 10_000),
    },
    "quote_line": {
        "quantity": _positive,
        "unit_price": _money,
        "discount_pct": _between(Decimal(0), Decimal(100)),
    },
    "quota": {
        "amount": _money,
        "period_kind": _choice(QuotaPeriodKind),
        "commit_override": _money,
    },
    "approval_request": {
        "kind": _choice(ApprovalKind),
        "status": _choice(ApprovalStatus),
        "requested_price": _money,
        "standing_price": _money,
    },
    "order": {
        "status": _choice(OrderStatus),
        "tax_rate": _between(Decimal(0), Decimal(1)),
        "subtotal": _money,
        "tax": _money,
        "total": _money,
    },
    "order_line": {
        "quantity": _positive,
        "unit_price": _money,
        "discount_pct": _between(Decimal(0), Decimal(100)),
        "line_total": _money,
        "delivered_quantity": _quantity,
    },
    "invoice": {"amount": _amount},
    "payment": {"amount": _amount, "method": _choice(PaymentMethod)},
    "commission_plan": {"rates": normalize_rates, "tiers": normalize_tiers},
}

REQUIRED_REFERENCES: dict[str, tuple[str, ...]] = {
    "contact": ("account_id",),
    "activity": ("account_id",),
    "visit": ("account_id",),
    "opportunity": ("account_id",),
    "price_agreement": ("account_id", "product_id"),
    "quote": ("account_id",),
    "quote_line": ("quote_id", "product_id"),
    "quota": ("user_id",),
    "approval_request": ("account_id", "quote_id"),
    "order": ("account_id",),
    "order_line": ("order_id", "product_id"),
    "invoice": ("account_id", "order_id"),
    "payment": ("account_id", "invoice_id"),
    "commission_plan": ("user_id",),
}
"""References a new record cannot be created without (the columns themselves are nullable
so that replicas can hold records whose parent has not arrived yet)."""


def clean_fields(entity: str, raw: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Typed, normalised copy of ``raw``; raises on an unknown entity or field or a bad value."""
    if not is_entity(entity):
        raise ValidationError("entity", f"“{entity}” is not a known entity")
    specs = entity_fields(entity)
    rules = _RULES.get(entity, {})
    cleaned: dict[str, Any] = {}
    for name, value in raw.items():
        spec = specs.get(name)
        if spec is None:
            raise ValidationError(name, f"is not a field of {entity}")
        typed = coerce(value, spec)
        rule = rules.get(name) or _COMMON.get(name)
        if typed is not None and rule is not None:
            typed = rule(typed, name)
        cleaned[name] = typed
    if creating:
        required = [s.name for s in specs.values() if s.required_on_create]
        for name in (*required, *REQUIRED_REFERENCES.get(entity, ())):
            if cleaned.get(name) is None:
                raise ValidationError(name, "is required")
    _check_record(entity, cleaned)
    return cleaned


def coerce_fields(entity: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values of fields that come from the server, which already applied
    :func:`clean_fields` to them: types are checked, business rules are not run twice.
    Fields this version does not know (a newer server) are left out."""
    specs = entity_fields(entity)
    return {name: coerce(value, specs[name]) for name, value in raw.items() if name in specs}


def _check_record(entity: str, values: Mapping[str, Any]) -> None:
    """Rules across fields of the same change."""
    if entity == "visit":
        start, end = values.get("starts_at"), values.get("ends_at")
        if start is not None and end is not None and end < start:
            raise ValidationError("ends_at", "a visit cannot end before it starts")
    if entity == "order_line":
        quantity, delivered = values.get("quantity"), values.get("delivered_quantity")
        if quantity is not None and delivered is not None and delivered > quantity:
            raise ValidationError(
                "delivered_quantity", "cannot deliver more than the quantity ordered"
            )
    if entity in ("invoice", "commission_plan"):
        start_name, end_name = (
            ("issued_on", "due_on")
            if entity == "invoice"
            else (
                "valid_from",
                "valid_until",
            )
        )
        start, end = values.get(start_name), values.get(end_name)
        if start is not None and end is not None and end < start:
            raise ValidationError(end_name, f"cannot be before {start_name}")


def to_wire(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON ``fields`` object for ``values`` (only the entity's own fields)."""
    specs = entity_fields(entity)
    return {name: to_wire_value(value) for name, value in values.items() if name in specs}
