"""The open pool (公海): accounts nobody owns, which any rep may claim.

An account with no ``owner_id`` sits in the pool. Claiming makes the claimant its owner (so
their next pull brings it, whatever their territories); releasing gives it back. A user may
hold at most ``Settings.pool_claim_limit`` accounts claimed from the pool at once, so the best
clients cannot be hoarded; and a claimed account its holder leaves **untouched** for
``Settings.pool_return_days`` days returns to the pool by itself, for a rep who will work it.

Nothing new is stored for this: the audit log already says who changed what when.

* An account is **held from the pool** when the last change of its owner was its current
  owner's claim (an owner set by a manager or at creation is not subject to the pool rules).
* Its holder **touched** it at the last change the holder made to the account or to anything
  hanging off it (an activity, a visit, a contact, a deal, a quote…); the claim counts as one.
* It is **returned** once ``now - last touch >= pool_return_days``. Returns are made by
  :func:`return_stale`, which the pool endpoints run first (so a listing or claim never sees
  a stale holding) and ``sfa-server pool-return`` runs on a schedule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sfa.domain.columns import utcnow
from sfa.domain.enums import Role
from sfa.server.errors import Rejected
from sfa.server.records import Actor, write_change
from sfa.server.tables import ENTITY_TABLES, Account, AuditEntry, User
from sfa.server.visibility import ACCOUNT_CHILDREN

CLAIM = "claim"
RELEASE = "release"
RETURN = "pool_return"
SYSTEM = Actor(user_id=None, client_id="sfa-server-pool")


@dataclass(frozen=True, slots=True)
class Holding:
    """An account a user holds from the pool, and when it goes back if left alone."""

    account_id: str
    name: str
    claimed_at: datetime
    last_touch: datetime
    returns_at: datetime


def pool_accounts(session: Session, *, limit: int = 1000) -> list[Account]:
    """The live, unarchived accounts nobody owns, by name."""
    query = (
        select(Account)
        .where(~Account.deleted, ~Account.archived, Account.owner_id.is_(None))
        .order_by(Account.name, Account.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def claimed_at(session: Session, account_id: str, owner_id: str | None) -> datetime | None:
    """When ``owner_id`` claimed the account, if its owner last changed by that claim."""
    if owner_id is None:
        return None
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "account", AuditEntry.record_id == account_id)
        .order_by(AuditEntry.id.desc())
    )
    for entry in entries:
        if "owner_id" in (entry.changes or {}):
            if entry.action == CLAIM and entry.user_id == owner_id:
                return entry.at
            return None
    return None


def last_touch(session: Session, account_id: str, user_id: str) -> datetime | None:
    """The last change ``user_id`` made to the account or anything hanging off it."""
    touched = [and_(AuditEntry.entity == "account", AuditEntry.record_id == account_id)]
    for entity in sorted(ACCOUNT_CHILDREN):
        table = ENTITY_TABLES[entity]
        children = select(table.id).where(table.account_scope == account_id)  # type: ignore[attr-defined]
        touched.append(and_(AuditEntry.entity == entity, AuditEntry.record_id.in_(children)))
    query = select(func.max(AuditEntry.at)).where(AuditEntry.user_id == user_id, or_(*touched))
    result: datetime | None = session.scalar(query)
    return result


def holdings(session: Session, days: int, user_id: str | None = None) -> list[Holding]:
    """Accounts held from the pool (by ``user_id``, or by anyone), oldest touch first."""
    claims = select(AuditEntry.record_id).where(
        AuditEntry.entity == "account", AuditEntry.action == CLAIM
    )
    query = select(Account).where(
        ~Account.deleted, Account.owner_id.is_not(None), Account.id.in_(claims)
    )
    if user_id is not None:
        query = query.where(Account.owner_id == user_id)
    found: list[Holding] = []
    for account in session.scalars(query.order_by(Account.id)):
        claimed = claimed_at(session, account.id, account.owner_id)
        if claimed is None:
            continue
        assert account.owner_id is not None
        touch = max(claimed, last_touch(session, account.id, account.owner_id) or claimed)
        found.append(
            Holding(account.id, account.name, claimed, touch, touch + timedelta(days=days))
        )
    return sorted(found, key=lambda holding: (holding.last_touch, holding.account_id))


def return_stale(session: Session, days: int, now: datetime | None = None) -> list[str]:
    """Give back to the pool every holding untouched for ``days`` days; their ids."""
    moment = now or utcnow()
    returned: list[str] = []
    for holding in holdings(session, days):
        if holding.returns_at <= moment:
            account = session.get(Account, holding.account_id)
            assert account is not None
            write_change(session, SYSTEM, "account", account, {"owner_id": None}, action=RETURN)
            returned.append(holding.account_id)
    return returned


def claim(session: Session, user: User, account_id: str, *, limit: int, days: int) -> Account:
    """Make ``user`` the owner of a pool account; refused past their claim limit."""
    account = session.get(Account, account_id)
    if account is None or account.deleted or account.archived:
        raise Rejected("not_found", "this account is not in the pool")
    if account.owner_id is not None:
        raise Rejected(
            "conflict", "someone claimed this account already", {"owner_id": account.owner_id}
        )
    held = len(holdings(session, days, user.id))
    if held >= limit:
        raise Rejected(
            "forbidden",
            f"you already hold {held} accounts from the pool, the most one person may hold "
            f"({limit}); release one first",
            {"limit": limit, "held": held},
        )
    write_change(session, Actor(user.id), "account", account, {"owner_id": user.id}, action=CLAIM)
    return account


def release(session: Session, user: User, account_id: str) -> Account:
    """Give an account back to the pool: its owner may, and so may the owner's manager or an
    admin."""
    account = session.get(Account, account_id)
    if account is None or account.deleted:
        raise Rejected("not_found", f"there is no account {account_id}")
    owner = session.get(User, account.owner_id) if account.owner_id else None
    if owner is None:
        raise Rejected("conflict", "this account is in the pool already")
    allowed = user.role == Role.ADMIN or user.id in (owner.id, owner.manager_id)
    if not allowed:
        raise Rejected("forbidden", "only the account's owner or their manager can release it")
    write_change(session, Actor(user.id), "account", account, {"owner_id": None}, action=RELEASE)
    return account
