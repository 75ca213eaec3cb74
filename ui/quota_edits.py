"""Setting quotas and commit overrides on the laptop: written through ``sfa.store.writes`` like
any edit, so a manager sets next quarter's targets on a train and they go up with the next
sync. The server checks them again (a manager's own team only; periods that start on their
first day; one quota per rep and period; the commit override by the rep's manager or an
admin only) and refuses what breaks a rule, which then shows in the sync inbox.

The same rules are checked here first, so a manager is told at once, in plain words.
Only translations come from Qt; the page runs these on its task runner.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection

from sfa.analytics.attainment import Period, copy_forward
from sfa.domain.enums import Role
from sfa.domain.errors import DomainError
from sfa.store import writes
from ui.manager_data import Workspace
from ui.qt import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuotaEdits", text)


_NOISE = str.maketrans("", "", " ,，¥￥\u00a0")
MAX_AMOUNT = Decimal("1000000000000")


def parse_amount(text: str) -> Decimal | None:
    """A typed amount: ``120000``, ``120,000.50``, ``¥120,000``; empty means none."""
    cleaned = text.translate(_NOISE)
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise DomainError(
            _tr("“{text}” is not an amount: type digits, like 120000").format(text=text)
        ) from None
    if not amount.is_finite() or amount < 0:
        raise DomainError(_tr("A quota cannot be negative."))
    if amount >= MAX_AMOUNT or amount != amount.quantize(Decimal("0.01")):
        raise DomainError(_tr("“{text}” is not an amount in yuan and fen.").format(text=text))
    return amount


def _require_manager(workspace: Workspace, user_id: str) -> str:
    me = workspace.me
    if me is None or me.role not in (Role.MANAGER, Role.ADMIN):
        raise DomainError(_tr("Only a manager sets quotas."))
    if me.role == Role.MANAGER and user_id not in {rep.id for rep in workspace.reps}:
        raise DomainError(_tr("A manager sets quotas for their own reps only."))
    return me.id


def set_quota(
    conn: Connection, workspace: Workspace, user_id: str, period: Period, amount: Decimal | None
) -> None:
    """Set (or, with ``None``, remove) the rep's quota for exactly ``period``."""
    actor = _require_manager(workspace, user_id)
    record = workspace.quota_record(user_id, period)
    if record is None:
        if amount is not None:
            fields = {
                "user_id": user_id,
                "period_kind": period.kind.value,
                "period_start": period.start,
                "amount": amount,
            }
            writes.create(conn, "quota", fields, actor=actor)
        return
    if amount is None:
        writes.delete(conn, "quota", str(record.entry.quota_id), actor=actor)
    else:
        writes.update(conn, "quota", str(record.entry.quota_id), {"amount": amount}, actor=actor)


def copy_to_next(conn: Connection, workspace: Workspace, period: Period) -> int:
    """Copy ``period``'s quotas into the next period where a rep has none yet; how many."""
    shown = {rep.id for rep in workspace.reps}
    entries = [entry for entry in workspace.quota_entries() if entry.user_id in shown]
    copied = copy_forward(entries, period)
    for entry in copied:
        set_quota(conn, workspace, entry.user_id, entry.period, entry.amount)
    return len(copied)


def set_commit_override(
    conn: Connection,
    workspace: Workspace,
    user_id: str,
    period: Period,
    amount: Decimal | None,
    note: str,
) -> None:
    """The manager's call of a rep's commit for ``period`` (``None`` withdraws it), kept on
    the rep's quota for the period."""
    me = workspace.me
    rep = workspace.people.get(user_id)
    allowed = me is not None and (
        me.role == Role.ADMIN or (rep is not None and rep.manager_id == me.id)
    )
    if me is None or not allowed:
        raise DomainError(_tr("Only the rep's manager or an admin can override a rep's commit."))
    record = workspace.quota_record(user_id, period)
    if record is None:
        raise DomainError(
            _tr("Set the rep's quota for this period first: the call is kept with it.")
        )
    text = note.strip()
    if amount is not None and not text:
        raise DomainError(_tr("Say why you call it differently: the rep reads your note."))
    changes = {"commit_override": amount, "commit_note": text or None, "commit_set_by": me.id}
    writes.update(conn, "quota", str(record.entry.quota_id), changes, actor=me.id)
