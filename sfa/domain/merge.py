"""The field-level three-way merge of an incoming change with the server's record.

Pure: it sees the record's current values, the rev at which each field last changed, and
the change with the rev the client based it on. Clocks are never compared. The rule lives
here, once, for both ends: the server merges pushes with it, and the laptop can use it to
tell ahead which of its pending fields a pulled record would clash with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class FieldClash:
    name: str
    server: Any
    client: Any


@dataclass(slots=True)
class MergeOutcome:
    changes: dict[str, Any] = field(default_factory=dict)
    """Fields to write (value differs from the server's and the server did not move)."""
    conflicts: list[FieldClash] = field(default_factory=list)
    concurrent: bool = False
    """The record changed on the server since ``base_rev`` (merged rather than applied)."""

    @property
    def status(self) -> str:
        if self.conflicts:
            return "conflict"
        return "merged" if self.concurrent else "applied"


def merge_fields(
    current: Mapping[str, Any],
    field_revs: Mapping[str, int],
    record_rev: int,
    base_rev: int,
    incoming: Mapping[str, Any],
) -> MergeOutcome:
    """Decide, field by field, what of ``incoming`` to apply.

    A field the server has not changed since ``base_rev`` takes the client's value; one that
    changed to the same value needs nothing; one that changed to something else is a
    conflict and keeps the server's value. A field without a recorded rev counts as changed
    at ``record_rev`` (the safe side: it may be a conflict, never a silent overwrite).
    """
    outcome = MergeOutcome(concurrent=record_rev > base_rev)
    for name, value in incoming.items():
        server_value = current.get(name)
        if server_value == value:
            continue
        if field_revs.get(name, record_rev) <= base_rev:
            outcome.changes[name] = value
        else:
            outcome.conflicts.append(FieldClash(name, server_value, value))
    return outcome
