"""Column types that mean the same thing on SQLite (laptop, embedded server) and PostgreSQL.

SQLite has no decimal or time-zone type: storing money as REAL would lose cents and storing
naive datetimes would lose which clock they came from, so both are stored as text there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """Exact decimal kept as canonical text on every database.

    Text rather than ``NUMERIC`` so that both databases hand back the very digits that were
    written (``"2900.00"`` stays ``"2900.00"``): the one-price rule compares prices for
    equality, and a client must see the same value whichever database the server runs on.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        return None if value is None else format(value, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps are stored and returned in UTC, aware; a naive value is refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: every timestamp must carry its time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class StringList(TypeDecorator[list[str]]):
    """A short list of codes (provinces, industries, ids) kept as JSON on both databases."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> Any:
        return list(value) if value is not None else []

    def process_result_value(self, value: Any, dialect: Dialect) -> list[str]:
        return list(value or [])


def utcnow() -> datetime:
    return datetime.now(UTC)
