"""What the server checks on a quota change beyond visibility (which says a manager sets
quotas for their own team): periods that make sense, one quota per rep and period, and the
manager's override of a rep's commit.

The commit override (``commit_override`` with its ``commit_note``) is the manager's own call
of what a rep will close, replacing the sum of the rep's committed deals in the forecast. A
rep cannot vouch for themselves this way, nor can a manager for their own numbers: only the
rep's manager (``user.manager_id``) or an admin sets it, and the server records who did in
``commit_set_by`` (whatever a client sends there is ignored).

Called from :func:`sfa.server.mutations._dispatch` for every quota upsert, before the merge.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sfa.domain.clean import clean_fields
from sfa.domain.enums import QuotaPeriodKind
from sfa.server.errors import Rejected
from sfa.server.records import fields_of
from sfa.server.tables import Quota, ServerRecord
from sfa.server.visibility import Viewer, manages
from sfa.wire.schemas import Mutation

COMMIT_FIELDS = ("commit_override", "commit_note")
SET_BY = "commit_set_by"


def check_quota_mutation(
    session: Session,
    viewer: Viewer | None,
    actor_id: str | None,
    mutation: Mutation,
    row: ServerRecord | None,
) -> Mutation:
    """The mutation to apply (``commit_set_by`` set by the server), or :class:`Rejected`."""
    if mutation.op != "upsert" or (row is not None and row.deleted):
        return mutation
    fields = {name: value for name, value in mutation.fields.items() if name != SET_BY}
    cleaned = clean_fields("quota", fields, creating=row is None)
    current = fields_of("quota", row) if row is not None else {}
    after = {**current, **cleaned}
    if {"period_kind", "period_start", "user_id"} & cleaned.keys():
        _check_period(session, mutation.id, after)
    touched = [
        name for name in COMMIT_FIELDS if name in cleaned and cleaned[name] != current.get(name)
    ]
    if touched:
        _check_commit_right(session, viewer, after.get("user_id"))
        fields[SET_BY] = actor_id
    return mutation.model_copy(update={"fields": fields})


def period_error(kind: str, start: date) -> str | None:
    """Why ``start`` cannot begin a ``kind`` period, or ``None`` when it can."""
    if start.day != 1:
        return "a quota period starts on the first day of a month"
    if kind == QuotaPeriodKind.QUARTER and start.month % 3 != 1:
        return "a quarter starts in January, April, July or October"
    return None


def _check_period(session: Session, quota_id: str, values: dict[str, Any]) -> None:
    kind, start = (
        values.get("period_kind") or QuotaPeriodKind.MONTH.value,
        values.get("period_start"),
    )
    if not isinstance(start, date):
        return
    problem = period_error(kind, start)
    if problem is not None:
        raise Rejected("invalid", f"period_start: {problem}", {"field": "period_start"})
    other = session.scalars(
        select(Quota.id).where(
            ~Quota.deleted,
            Quota.id != quota_id,
            Quota.user_id == values.get("user_id"),
            Quota.period_kind == kind,
            Quota.period_start == start,
        )
    ).first()
    if other is not None:
        raise Rejected(
            "invalid",
            f"period_start: this rep already has a {kind} quota starting {start.isoformat()}",
            {"field": "period_start", "existing": other},
        )


def _check_commit_right(session: Session, viewer: Viewer | None, user_id: str | None) -> None:
    if viewer is not None and not manages(session, viewer, user_id):
        raise Rejected(
            "forbidden",
            "only the rep's manager or an admin can override a rep's commit",
            {"field": "commit_override"},
        )
