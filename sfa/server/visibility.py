"""Who may see and change what: the one place roles and territories are enforced.

Every read (pull, resource listings) and every write (push, resource endpoints) asks these
functions; nothing else decides visibility.

* A **rep** sees the accounts of the territories whose ``rep_ids`` name them and the accounts
  they own, and everything hanging off those accounts (contacts, activities, visits,
  opportunities, quotes and their lines, price agreements, approval requests, orders and their
  lines, invoices, payments); their own quotas and commission plans; themselves,
  their manager and the reps they share a territory with; the territories they are in.
* A **manager** sees what their team (reps whose ``manager_id`` is the manager, and the
  manager) sees: the territories a team member is in or that the manager created, those
  territories' accounts, accounts a team member owns, the team's quotas and users.
* An **admin** sees everything. Products are visible to everyone.

Writes: a rep changes only what they can see, before and after the change (a rep cannot
move an account out of their own sight nor touch another territory's). Territories, quotas,
commission plans, products, price agreements and users are managed by managers (for their
team) and admins; a rep may edit only the profile fields of their own user record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from sfa.domain.enums import Role
from sfa.server.errors import Rejected
from sfa.server.tables import Account, Territory, User

ACCOUNT_CHILDREN = frozenset(
    {
        "contact",
        "activity",
        "visit",
        "opportunity",
        "price_agreement",
        "quote",
        "quote_line",
        "approval_request",
        "order",
        "order_line",
        "invoice",
        "payment",
    }
)
MANAGED_ENTITIES = frozenset(
    {"territory", "quota", "product", "price_agreement", "commission_plan"}
)
PER_USER_ENTITIES = frozenset({"quota", "commission_plan"})
"""Records about one user (``user_id``): a rep sees their own, a manager the team's."""
REP_EDITABLE_PROFILE = frozenset({"display_name", "phone", "email"})

DIMENSIONS: dict[str, tuple[str, str] | None] = {
    "user": ("user", "id"),
    "territory": ("territory", "id"),
    "account": ("account", "id"),
    **{entity: ("account", "account_scope") for entity in ACCOUNT_CHILDREN},
    "product": None,
    "quota": ("quota_user", "user_id"),
    "commission_plan": ("quota_user", "user_id"),
}
"""Entity → (the visibility set it is checked against, the column holding its key)."""


@dataclass(frozen=True, slots=True)
class Viewer:
    """A user and the facts their visibility follows from."""

    user_id: str
    role: Role
    team: frozenset[str]
    """Users whose accounts and quotas this viewer sees by ownership (rep: themselves)."""
    territories: frozenset[str]
    users: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)


@dataclass(frozen=True, slots=True)
class Scope:
    """The keys a viewer can see in each dimension; ``None`` means everything (admin)."""

    sets: Mapping[str, frozenset[str] | None]

    def allows(self, entity: str, key: str | None) -> bool:
        dimension = DIMENSIONS[entity]
        if dimension is None:
            return True
        keys = self.sets[dimension[0]]
        return keys is None or (key is not None and key in keys)

    def as_json(self) -> dict[str, list[str] | None]:
        return {name: None if keys is None else sorted(keys) for name, keys in self.sets.items()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Scope:
        return cls({name: None if keys is None else frozenset(keys) for name, keys in data.items()})


def viewer_for(session: Session, user: User) -> Viewer:
    """Load the facts ``user``'s visibility depends on (territories, team)."""
    role = Role(user.role)
    if role == Role.ADMIN:
        return Viewer(user.id, role, frozenset(), frozenset(), frozenset())
    team = {user.id}
    if role == Role.MANAGER:
        team |= set(session.scalars(select(User.id).where(User.manager_id == user.id)))
    territories: set[str] = set()
    colleagues: set[str] = set()
    rows = session.execute(
        select(Territory.id, Territory.rep_ids, Territory.created_by).where(~Territory.deleted)
    )
    for territory_id, rep_ids, created_by in rows:
        if team & set(rep_ids) or (role == Role.MANAGER and created_by == user.id):
            territories.add(territory_id)
            colleagues |= set(rep_ids)
    users = team | colleagues
    if user.manager_id:
        users.add(user.manager_id)
    return Viewer(user.id, role, frozenset(team), frozenset(territories), frozenset(users))


def sees_account(viewer: Viewer, territory_id: str | None, owner_id: str | None) -> bool:
    """The account rule: in one of the viewer's territories, or owned by their team."""
    if viewer.is_admin:
        return True
    return (territory_id is not None and territory_id in viewer.territories) or (
        owner_id is not None and owner_id in viewer.team
    )


def manages(session: Session, viewer: Viewer, user_id: str | None) -> bool:
    """Whether ``viewer`` may decide for ``user_id``: an admin, or that user's own manager."""
    if viewer.is_admin:
        return True
    user = session.get(User, user_id) if user_id else None
    return user is not None and user.manager_id == viewer.user_id


def sees_account_sql(viewer: Viewer) -> ColumnElement[bool]:
    """:func:`sees_account` as a condition on :class:`Account` (not for admins)."""
    return or_(Account.territory_id.in_(viewer.territories), Account.owner_id.in_(viewer.team))


def visible_sql(viewer: Viewer, entity: str, table: Any) -> ColumnElement[bool] | None:
    """Whether a row of ``table`` (``entity``'s) is in ``viewer``'s sight, as SQL.

    The same sight as :func:`scope_for`, for pulls scanning a table in rev order: a record
    hanging off an account looks its account up by primary key, row by row, and the account
    columns are wrapped so no index on them can drive the scan instead. Whatever the
    planner's statistics, a page then costs the rows it reads, never a whole table.
    ``None`` means every row.
    """
    dimension = DIMENSIONS[entity]
    if viewer.is_admin or dimension is None:
        return None
    name, column = dimension
    key = getattr(table, column)
    if entity == "account":
        return _sees_row(viewer, table)
    if name == "account":
        account = aliased(Account)
        return select(_sees_row(viewer, account)).where(account.id == key).scalar_subquery()
    keys = {"user": viewer.users, "territory": viewer.territories, "quota_user": viewer.team}
    condition: ColumnElement[bool] = key.in_(keys[name])
    return condition


def _sees_row(viewer: Viewer, account: Any) -> ColumnElement[bool]:
    return or_(
        func.coalesce(account.territory_id, "").in_(viewer.territories),
        func.coalesce(account.owner_id, "").in_(viewer.team),
    )


def scope_for(session: Session, viewer: Viewer) -> Scope:
    """Everything ``viewer`` can see, as key sets (for pulls and their cursors)."""
    if viewer.is_admin:
        return Scope({"user": None, "territory": None, "account": None, "quota_user": None})
    # sees_account, as SQL: only the visible ids leave the database
    query = select(Account.id).where(sees_account_sql(viewer))
    accounts = frozenset(session.connection().execute(query).scalars())
    return Scope(
        {
            "user": viewer.users,
            "territory": viewer.territories,
            "account": accounts,
            "quota_user": viewer.team,
        }
    )


def scope_key(entity: str, values: Mapping[str, Any]) -> str | None:
    """The key of a record in its visibility dimension (``None`` for products)."""
    dimension = DIMENSIONS[entity]
    return None if dimension is None else values.get(dimension[1])


def can_read(session: Session, viewer: Viewer, entity: str, values: Mapping[str, Any]) -> bool:
    """Whether ``viewer`` may see one record (given as a mapping of its columns)."""
    if viewer.is_admin or DIMENSIONS[entity] is None:
        return True
    key = scope_key(entity, values)
    if key is None:
        return False
    if entity == "user":
        return key in viewer.users
    if entity == "territory":
        return key in viewer.territories
    if entity in PER_USER_ENTITIES:
        return key in viewer.team
    if entity == "account":
        return sees_account(viewer, values.get("territory_id"), values.get("owner_id"))
    account = session.get(Account, key)
    return account is not None and sees_account(viewer, account.territory_id, account.owner_id)


def _forbid(message: str) -> Rejected:
    return Rejected("forbidden", message)


def check_write(
    session: Session,
    viewer: Viewer,
    entity: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
) -> None:
    """Raise :class:`Rejected` ``forbidden`` unless ``viewer`` may turn ``before`` into ``after``.

    ``before`` is ``None`` for a new record; ``after`` holds every column after the change
    (server-side ones such as ``account_scope`` included).
    """
    if viewer.is_admin:
        return
    if entity == "user":
        _check_user_write(viewer, before, after)
        return
    if entity in MANAGED_ENTITIES and not viewer.is_manager:
        raise _forbid(f"only managers and admins can change {entity} records")
    if entity == "territory":
        _check_territory_write(viewer, before, after)
        return
    if entity in PER_USER_ENTITIES:
        for values in (before, after):
            if values is not None and values.get("user_id") not in viewer.team:
                raise _forbid(f"a manager sets {entity.replace('_', ' ')}s for their own team only")
        return
    for values in (before, after):
        if values is not None and not can_read(session, viewer, entity, values):
            raise _forbid(f"this {entity} belongs to an account outside your territories")


def _check_user_write(
    viewer: Viewer, before: Mapping[str, Any] | None, after: Mapping[str, Any]
) -> None:
    if viewer.role == Role.REP:
        if before is None or before.get("id") != viewer.user_id:
            raise _forbid("reps can edit only their own profile")
        changed = {name for name, value in after.items() if before.get(name) != value}
        if not changed <= REP_EDITABLE_PROFILE | {"updated_at", "updated_by"}:
            raise _forbid("reps can edit only the name, phone and e-mail of their profile")
        return
    if before is None:
        if after.get("role") != Role.REP or after.get("manager_id") != viewer.user_id:
            raise _forbid("a manager can only add reps to their own team")
        return
    if before.get("id") not in viewer.team:
        raise _forbid("a manager can edit only their own team's users")
    if after.get("role") != before.get("role"):
        raise _forbid("only an admin changes roles")
    if before.get("id") != viewer.user_id and after.get("manager_id") != viewer.user_id:
        raise _forbid("only an admin moves a rep to another manager")


def _check_territory_write(
    viewer: Viewer, before: Mapping[str, Any] | None, after: Mapping[str, Any]
) -> None:
    if before is not None and before.get("id") not in viewer.territories:
        raise _forbid("this territory is not managed by your team")
    added = set(after.get("rep_ids") or ()) - set((before or {}).get("rep_ids") or ())
    if not added <= viewer.team:
        raise _forbid("a manager can assign only their own reps")
