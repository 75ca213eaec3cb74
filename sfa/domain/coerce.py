"""Turn a field's raw value (from the wire, a form or an import) into its Python type.

Every failure names the field and says what was expected; nothing is guessed: a float
where money is expected is refused rather than rounded.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sfa.domain.errors import ValidationError
from sfa.domain.fields import FieldSpec, Kind
from sfa.domain.validation import parse_decimal


def _text(raw: object, spec: FieldSpec) -> str | None:
    if not isinstance(raw, str):
        raise ValidationError(spec.name, f"must be text, not {type(raw).__name__}")
    text = raw.strip()
    if spec.max_length is not None and len(text) > spec.max_length:
        raise ValidationError(spec.name, f"is longer than {spec.max_length} characters")
    return text or None


def _date(raw: object, spec: FieldSpec) -> date:
    if isinstance(raw, datetime):
        raise ValidationError(spec.name, "must be a date without a time")
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError as exc:
            raise ValidationError(spec.name, f"“{raw}” is not a date (YYYY-MM-DD)") from exc
    raise ValidationError(spec.name, "must be a date (YYYY-MM-DD)")


def _datetime(raw: object, spec: FieldSpec) -> datetime:
    value: datetime
    if isinstance(raw, datetime):
        value = raw
    elif isinstance(raw, str):
        try:
            value = datetime.fromisoformat(raw.strip())
        except ValueError as exc:
            raise ValidationError(spec.name, f"“{raw}” is not an ISO 8601 timestamp") from exc
    else:
        raise ValidationError(spec.name, "must be an ISO 8601 timestamp")
    if value.tzinfo is None:
        raise ValidationError(spec.name, "must carry its time zone (e.g. +08:00 or Z)")
    return value.astimezone(UTC)


def _bool(raw: object, spec: FieldSpec) -> bool:
    if not isinstance(raw, bool):
        raise ValidationError(spec.name, "must be true or false")
    return raw


def _int(raw: object, spec: FieldSpec) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValidationError(spec.name, "must be a whole number")
    return raw


def _list(raw: object, spec: FieldSpec) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise ValidationError(spec.name, "must be a list of text values")
    return [item.strip() for item in raw if item.strip()]


def _decimal(raw: object, spec: FieldSpec) -> Decimal:
    return parse_decimal(raw, spec.name)


_COERCERS: dict[Kind, Any] = {
    Kind.TEXT: _text,
    Kind.DECIMAL: _decimal,
    Kind.DATE: _date,
    Kind.DATETIME: _datetime,
    Kind.BOOL: _bool,
    Kind.INT: _int,
    Kind.LIST: _list,
}


def coerce(raw: object, spec: FieldSpec) -> Any:
    """The Python value of ``raw`` for ``spec``; ``None`` clears a nullable field."""
    if raw is None:
        if spec.nullable:
            return None
        raise ValidationError(spec.name, "is required")
    value = _COERCERS[spec.kind](raw, spec)
    if value is None and not spec.nullable:
        raise ValidationError(spec.name, "is required")
    return value


def to_wire_value(value: Any) -> Any:
    """JSON form of a stored value: decimals as strings, dates and times as ISO 8601."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value
