"""What each field of each entity is: its kind, whether it may be empty, its default.

Read off the typed mixins in :mod:`sfa.domain.records`, so adding a column there is all it
takes for the wire codec and the validators to know it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy.orm import MappedColumn

from sfa.domain.records import ENTITY_MIXINS


class Kind(StrEnum):
    TEXT = "str"
    DECIMAL = "Decimal"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    INT = "int"
    LIST = "list[str]"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    nullable: bool
    has_default: bool
    max_length: int | None

    @property
    def required_on_create(self) -> bool:
        return not self.nullable and not self.has_default


@cache
def entity_fields(entity: str) -> dict[str, FieldSpec]:
    """Field specs of an entity, keyed by wire name; ``KeyError`` for an unknown entity."""
    mixin = ENTITY_MIXINS[entity]
    specs: dict[str, FieldSpec] = {}
    for name, annotation in mixin.__annotations__.items():
        inner = str(annotation).removeprefix("Mapped[").removesuffix("]")
        nullable = inner.endswith(" | None")
        kind = Kind(inner.removesuffix(" | None"))
        column_holder: Any = mixin.__dict__[name]
        column = column_holder.column if isinstance(column_holder, MappedColumn) else None
        has_default = column is not None and column.default is not None
        length = getattr(column.type, "length", None) if column is not None else None
        specs[name] = FieldSpec(name, kind, nullable, has_default, length)
    return specs


def is_entity(entity: object) -> bool:
    return isinstance(entity, str) and entity in ENTITY_MIXINS
