"""Applying one mutation: validate, check references and permission, merge, write.

Every change to a synced record goes through :func:`apply_mutation` — pushes, the resource
endpoints, the CLI and the demo loader — so validation (``sfa.domain.clean``), visibility
(:mod:`sfa.server.visibility`), the merge and the audit are never bypassed. Each mutation
runs in a savepoint: a rejected one leaves nothing behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from sfa.domain.clean import clean_fields, to_wire
from sfa.domain.enums import ApprovalKind, ApprovalStatus
from sfa.domain.errors import ValidationError
from sfa.domain.fields import entity_fields, is_entity
from sfa.domain.merge import merge_fields
from sfa.server import one_price, quote_rules, sales_rules, territories
from sfa.server.auth import revoke_refresh_tokens
from sfa.server.errors import Rejected
from sfa.server.quote_rules import check_quote_change
from sfa.server.records import (
    Actor,
    create_record,
    delete_record,
    fields_of,
    get_row,
    values_of,
    write_change,
)
from sfa.server.tables import ApprovalRequest, Quote, ServerRecord
from sfa.server.visibility import ACCOUNT_CHILDREN, Viewer, can_read, check_write
from sfa.wire.schemas import ErrorBody, FieldConflict, Mutation, MutationResult

REFERENCES: dict[str, str] = {
    "account_id": "account",
    "contact_id": "contact",
    "opportunity_id": "opportunity",
    "owner_id": "user",
    "quote_id": "quote",
    "product_id": "product",
    "user_id": "user",
    "manager_id": "user",
    "revision_of": "quote",
    "source_quote_id": "quote",
    "set_by": "user",
    "order_id": "order",
    "invoice_id": "invoice",
}
"""Reference field → entity it names (``parent_id`` names the record's own entity)."""

LIST_REFERENCES: dict[str, str] = {"rep_ids": "user", "named_account_ids": "account"}

SCOPING_REFERENCE: dict[str, str] = {
    **{entity: "account_id" for entity in ACCOUNT_CHILDREN},
    "quote_line": "quote_id",
    "order_line": "order_id",
    "quota": "user_id",
    "commission_plan": "user_id",
}
"""The reference that decides who sees a record; fixed once the record exists, so a record
can never slip out of a replica's sight without the replica being told."""

SERVER_DERIVED: dict[str, frozenset[str]] = {
    "account": frozenset({"territory_id"}),
    "approval_request": frozenset({"requested_by", "decided_by", "decided_at"}),
    "quote_line": frozenset({"price_superseded_by"}),
    "price_agreement": frozenset({"source_request_id"}),
    "order": frozenset({"subtotal", "tax", "total"}),
    "order_line": frozenset({"line_total", "price_agreement_id"}),
    "commission_plan": frozenset({"set_by"}),
}
"""Fields the server sets itself; a client's value for them is ignored."""


@dataclass(frozen=True, slots=True)
class Context:
    """Who applies mutations: ``viewer`` is ``None`` for the server itself (CLI, demo)."""

    session: Session
    actor: Actor
    viewer: Viewer | None


def apply_mutation(ctx: Context, mutation: Mutation) -> MutationResult:
    """Apply ``mutation`` inside a savepoint; a refusal becomes a ``rejected`` result."""
    try:
        with ctx.session.begin_nested():
            return _dispatch(ctx, mutation)
    except Rejected as exc:
        return rejected(mutation.mutation_id, exc.code, exc.message, exc.details)
    except ValidationError as exc:
        return rejected(mutation.mutation_id, exc.code, exc.message, {"field": exc.field})
    except (IntegrityError, DataError) as exc:
        message = "the database refused this change: " + str(exc.orig).splitlines()[0]
        return rejected(mutation.mutation_id, "invalid", message)


def rejected(
    mutation_id: str, code: str, message: str, details: Mapping[str, Any] | None = None
) -> MutationResult:
    error = ErrorBody(code=code, message=message, details=dict(details or {}))
    return MutationResult(mutation_id=mutation_id, status="rejected", error=error)


def check_storable(values: Mapping[str, Any]) -> None:
    """Refuse text the database cannot hold (NUL characters), naming the field."""
    for name, value in values.items():
        if _has_nul(name) or _has_nul(value):
            raise Rejected(
                "invalid", f"{name}: text cannot contain NUL characters", {"field": name}
            )


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    return False


def _dispatch(ctx: Context, mutation: Mutation) -> MutationResult:
    if not is_entity(mutation.entity):
        raise Rejected("invalid", f"“{mutation.entity}” is not a known entity", {"field": "entity"})
    try:
        uuid.UUID(mutation.id)
    except ValueError as exc:
        raise Rejected("invalid", "id must be a UUID", {"field": "id"}) from exc
    check_storable(mutation.fields)
    row = get_row(ctx.session, mutation.entity, mutation.id)
    if mutation.op == "delete":
        return _delete(ctx, mutation, row)
    if mutation.op != "upsert":
        raise Rejected(
            "invalid", f"op must be upsert or delete, not “{mutation.op}”", {"field": "op"}
        )
    if mutation.entity == "quota":  # periods and the commit override (sfa.server.quota_rules)
        from sfa.server.quota_rules import check_quota_mutation

        user_id = ctx.actor.user_id
        mutation = check_quota_mutation(ctx.session, ctx.viewer, user_id, mutation, row)
    if mutation.entity == "quote_line":
        return apply_quote_line(ctx, mutation, row)
    return _upsert(ctx, mutation, row)


def apply_quote_line(ctx: Context, mutation: Mutation, row: ServerRecord | None) -> MutationResult:
    """The single entry for quote-line upserts: the one-price rule, then the usual write."""
    cleaned = _clean("quote_line", mutation.fields, creating=row is None)
    line = cleaned if row is None else {**fields_of("quote_line", row), **cleaned}
    quote = (
        get_row(ctx.session, "quote", str(line.get("quote_id"))) if line.get("quote_id") else None
    )
    if (
        isinstance(quote, Quote)
        and line.get("product_id")
        and (row is None or not row.deleted)
        and (ctx.viewer is None or can_read(ctx.session, ctx.viewer, "quote", values_of(quote)))
    ):
        one_price.enforce(ctx.session, ctx.actor, quote, line, date.today())
    return _upsert(ctx, mutation, row)


def _clean(entity: str, raw: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    derived = SERVER_DERIVED.get(entity, frozenset())
    cleaned = clean_fields(
        entity, {k: v for k, v in raw.items() if k not in derived}, creating=creating
    )
    return cleaned


def _upsert(ctx: Context, mutation: Mutation, row: ServerRecord | None) -> MutationResult:
    entity = mutation.entity
    if row is None:
        return _create(ctx, mutation)
    if row.deleted:
        raise Rejected("deleted", f"this {entity} was deleted on the server", {"rev": row.rev})
    cleaned = _clean(entity, mutation.fields, creating=False)
    scoping = SCOPING_REFERENCE.get(entity)
    if scoping in cleaned and cleaned[scoping] != getattr(row, scoping):
        raise Rejected("invalid", f"{scoping} cannot change once set", {"field": scoping})
    current = fields_of(entity, row)
    outcome = merge_fields(current, row.field_revs or {}, row.rev, mutation.base_rev or 0, cleaned)
    changes = dict(outcome.changes)
    _check_references(ctx, entity, changes)
    before = values_of(row)
    after = {**before, **changes}
    if entity == "account" and territories.PLACE_FIELDS & changes.keys():
        territory_id = territories.derive_territory(ctx.session, row.id, after)
        if territory_id != before.get("territory_id"):
            changes["territory_id"] = after["territory_id"] = territory_id
    if ctx.viewer is not None:
        check_write(ctx.session, ctx.viewer, entity, before, after)
    if entity == "quote":
        check_quote_change(ctx.session, ctx.viewer, row.id, before, after)
        if "number" in changes:
            quote_rules.check_number(ctx.session, row.id, after)
    if entity in sales_rules.SALES_ENTITIES:
        sales_rules.check_update(ctx.session, ctx.actor, row, before, changes)
    if isinstance(row, ApprovalRequest) and quote_rules.check_request_change(
        ctx.session, ctx.viewer, ctx.actor, before, changes
    ):
        _carry_out(ctx, row, changes)
    rev = row.rev
    if changes:
        rev = write_change(ctx.session, ctx.actor, entity, row, changes, action="update")
        _after_write(ctx, entity, row, set(changes))
    conflicts = [
        FieldConflict(
            field=clash.name,
            server=to_wire(entity, {clash.name: clash.server})[clash.name],
            client=to_wire(entity, {clash.name: clash.client})[clash.name],
        )
        for clash in outcome.conflicts
    ]
    return MutationResult(
        mutation_id=mutation.mutation_id,
        status=outcome.status,  # type: ignore[arg-type]
        rev=rev,
        conflicts=conflicts or None,
    )


def _create(ctx: Context, mutation: Mutation) -> MutationResult:
    entity = mutation.entity
    cleaned = _clean(entity, mutation.fields, creating=True)
    if "owner_id" in entity_fields(entity) and cleaned.get("owner_id") is None:
        cleaned["owner_id"] = ctx.actor.user_id
    _check_references(ctx, entity, cleaned)
    server_values: dict[str, Any] = {}
    if entity in ACCOUNT_CHILDREN:
        server_values["account_scope"] = _account_scope(ctx.session, entity, cleaned)
    if entity == "account":
        cleaned["territory_id"] = territories.derive_territory(ctx.session, mutation.id, cleaned)
    if ctx.viewer is not None:
        after = {**cleaned, **server_values, "id": mutation.id, "created_by": ctx.actor.user_id}
        check_write(ctx.session, ctx.viewer, entity, None, after)
    if entity == "quote":
        check_quote_change(ctx.session, ctx.viewer, mutation.id, None, cleaned)
        quote_rules.check_number(ctx.session, mutation.id, cleaned)
    if entity == "approval_request":
        quote_rules.check_new_request(ctx.session, ctx.actor, cleaned)
    if entity in sales_rules.SALES_ENTITIES:
        sales_rules.check_create(ctx.session, ctx.actor, entity, mutation.id, cleaned)
    row = create_record(ctx.session, ctx.actor, entity, mutation.id, cleaned, server_values)
    _after_write(ctx, entity, row, set(entity_fields(entity)))
    return MutationResult(mutation_id=mutation.mutation_id, status="applied", rev=row.rev)


def _delete(ctx: Context, mutation: Mutation, row: ServerRecord | None) -> MutationResult:
    entity = mutation.entity
    if row is None:
        raise Rejected("not_found", f"there is no {entity} with this id")
    if ctx.viewer is not None:
        values = values_of(row)
        check_write(ctx.session, ctx.viewer, entity, values, values)
    if not row.deleted and entity in sales_rules.SALES_ENTITIES:
        sales_rules.check_delete(ctx.session, row)
    if not row.deleted:
        delete_record(ctx.session, ctx.actor, entity, row)
        _after_write(ctx, entity, row, {"deleted"})
    return MutationResult(mutation_id=mutation.mutation_id, status="applied", rev=row.rev)


def _account_scope(session: Session, entity: str, values: Mapping[str, Any]) -> str | None:
    if entity in ("quote_line", "order_line"):
        parent = "quote" if entity == "quote_line" else "order"
        row = get_row(session, parent, values[f"{parent}_id"])
        return None if row is None else values_of(row).get("account_scope")
    account_id = values.get("account_id")
    return None if account_id is None else str(account_id)


def _check_references(ctx: Context, entity: str, values: Mapping[str, Any]) -> None:
    """Named records must exist, be live, and (for a user) be visible to them."""
    for name, value in values.items():
        target = entity if name == "parent_id" else REFERENCES.get(name)
        if target is not None and value is not None:
            _check_reference(ctx, name, target, str(value), must_see=True)
        list_target = LIST_REFERENCES.get(name)
        if list_target is not None:
            for item in value or ():
                # Managers may name any account; rep_ids are checked by the territory rule.
                _check_reference(ctx, name, list_target, item, must_see=False)


def _check_reference(ctx: Context, name: str, target: str, value: str, *, must_see: bool) -> None:
    row = get_row(ctx.session, target, value)
    if row is None or row.deleted:
        raise Rejected("invalid", f"{name}: there is no {target} {value}", {"field": name})
    viewer = ctx.viewer
    if (
        must_see
        and viewer is not None
        and not can_read(ctx.session, viewer, target, values_of(row))
    ):
        raise Rejected(
            "forbidden", f"{name}: {target} {value} is not visible to you", {"field": name}
        )


def _carry_out(ctx: Context, request: ApprovalRequest, changes: dict[str, Any]) -> None:
    """An approval takes effect in the same savepoint as the decision, or neither does."""
    if changes.get("status") != ApprovalStatus.APPROVED.value:
        return
    if request.kind == ApprovalKind.DISCOUNT.value:
        quote_rules.approve_discount(ctx.session, ctx.actor, request)
    else:
        one_price.grant_exception(ctx.session, ctx.actor, request, date.today())


def _after_write(ctx: Context, entity: str, row: ServerRecord, changed: set[str]) -> None:
    """Consequences of a change beyond the record itself."""
    if entity == "territory" and changed & (territories.RULE_FIELDS | {"deleted"}):
        territories.reassign_accounts(ctx.session, ctx.actor)
    if entity == "user" and (row.deleted or not values_of(row).get("active", True)):
        revoke_refresh_tokens(ctx.session, row.id)
    if entity in sales_rules.SALES_ENTITIES:
        sales_rules.after_write(ctx.session, ctx.actor, row)
