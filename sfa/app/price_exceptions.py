"""After the one-price rule refused a line: what was refused, and asking a manager for an
exception.

A refused line stays on the laptop with its refused change in the outbox (never dropped
silently). The rep may ask the manager to let the line's price become the client's agreed
price: an ``approval_request`` of kind ``price_exception``, synced like its account. The
manager's decision comes back by sync; once approved, :func:`settle_decided` sends the
refused line again and the server accepts it under the new agreement. Reps whose quotes
held the old price find their lines marked ``price_superseded_by`` (:func:`superseded_lines`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from sfa.domain.enums import ApprovalKind, ApprovalStatus
from sfa.domain.errors import DomainError
from sfa.domain.pricing import net_price
from sfa.store import outbox, sync_state, writes
from sfa.store.tables import ApprovalRequest, QuoteLine

_requests = ApprovalRequest.__table__
_lines = QuoteLine.__table__
NOTICES_SEEN = "approval_notices_seen_rev"


@dataclass(frozen=True)
class PriceConflict:
    """A quote line the server refused under the one-price rule, as the rep sees it."""

    seq: int
    quote_id: str
    line_id: str
    product_id: str
    proposed: Decimal
    standing: Decimal
    holder_kind: str
    holder_id: str
    holder_rep_id: str | None
    valid_until: date | None


def price_conflicts(conn: Connection, quote_id: str | None = None) -> list[PriceConflict]:
    found = []
    for row in outbox.rejected(conn):
        error = row["error"] or {}
        if row["entity"] != "quote_line" or error.get("code") != "price_conflict":
            continue
        line = writes.load(conn, "quote_line", row["record_id"])
        if line is None or (quote_id is not None and line["quote_id"] != quote_id):
            continue
        details = error.get("details") or {}
        holder = details.get("holder") or {}
        until = details.get("valid_until")
        found.append(
            PriceConflict(
                seq=row["seq"],
                quote_id=line["quote_id"],
                line_id=line["id"],
                product_id=line["product_id"],
                proposed=line["unit_price"],
                standing=Decimal(details["standing_price"]),
                holder_kind=str(holder.get("kind", "")),
                holder_id=str(holder.get("id", "")),
                holder_rep_id=holder.get("rep_id"),
                valid_until=date.fromisoformat(until) if until else None,
            )
        )
    return found


def conflict_by_seq(conn: Connection, seq: int) -> PriceConflict:
    found = next((c for c in price_conflicts(conn) if c.seq == seq), None)
    if found is None:
        raise DomainError("That price conflict has already been settled")
    return found


def request_exception(conn: Connection, seq: int, reason: str, *, actor: str | None) -> str:
    """Ask the manager to let a refused line's price stand; returns the request's id."""
    conflict = conflict_by_seq(conn, seq)
    if not reason.strip():
        raise DomainError("Say why this client should get this price: the manager decides on it")
    open_request = line_request(conn, conflict.line_id)
    if open_request is not None and open_request["status"] == ApprovalStatus.REQUESTED.value:
        raise DomainError("An exception for this line is already waiting for the manager")
    quote = writes.load(conn, "quote", conflict.quote_id)
    line = writes.load(conn, "quote_line", conflict.line_id)
    assert quote is not None and line is not None
    net = net_price(line["unit_price"], line["discount_pct"], quote["currency"])
    return writes.create(
        conn,
        "approval_request",
        {
            "kind": ApprovalKind.PRICE_EXCEPTION.value,
            "account_id": quote["account_id"],
            "quote_id": quote["id"],
            "quote_line_id": line["id"],
            "product_id": line["product_id"],
            "requested_price": net,
            "standing_price": conflict.standing,
            "holder_kind": conflict.holder_kind or None,
            "holder_id": conflict.holder_id or None,
            "holder_rep_id": conflict.holder_rep_id,
            "holder_valid_until": conflict.valid_until,
            "reason": reason.strip(),
            "requested_by": actor,
            "status": ApprovalStatus.REQUESTED.value,
        },
        actor=actor,
    )


def line_request(conn: Connection, line_id: str) -> dict[str, Any] | None:
    """The latest exception request for a quote line, if any."""
    row = (
        conn.execute(
            select(_requests)
            .where(_requests.c.quote_line_id == line_id, _requests.c.deleted.is_(False))
            .order_by(_requests.c.created_at.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    return dict(row) if row is not None else None


def quote_requests(conn: Connection, quote_id: str) -> list[dict[str, Any]]:
    """Every request made for a quote (discount and exceptions), newest first."""
    rows = conn.execute(
        select(_requests)
        .where(_requests.c.quote_id == quote_id, _requests.c.deleted.is_(False))
        .order_by(_requests.c.created_at.desc())
    ).mappings()
    return [dict(row) for row in rows]


def settle_decided(conn: Connection) -> list[str]:
    """Send again every refused line whose exception a manager has approved (the server now
    holds its price as the agreement). Returns the ids of the lines sent again."""
    approved = {
        row.quote_line_id
        for row in conn.execute(
            select(_requests.c.quote_line_id).where(
                _requests.c.kind == ApprovalKind.PRICE_EXCEPTION.value,
                _requests.c.status == ApprovalStatus.APPROVED.value,
                _requests.c.deleted.is_(False),
            )
        )
    }
    resent = []
    for conflict in price_conflicts(conn):
        if conflict.line_id in approved:
            line = writes.load(conn, "quote_line", conflict.line_id)
            outbox.resend(conn, conflict.seq, line["rev"] if line is not None else 0)
            resent.append(conflict.line_id)
    return resent


@dataclass(frozen=True)
class SupersededLine:
    """A line of this quote whose price a manager's exception replaced for the client."""

    line_id: str
    product_id: str
    request_id: str
    new_price: Decimal
    decided_by: str | None
    decided_at: datetime | None


def superseded_lines(conn: Connection, quote_id: str, currency: str) -> list[SupersededLine]:
    rows = conn.execute(
        select(_lines, _requests.c.id.label("request_id"), _requests.c.requested_price)
        .add_columns(_requests.c.decided_by, _requests.c.decided_at)
        .join(_requests, _requests.c.id == _lines.c.price_superseded_by)
        .where(_lines.c.quote_id == quote_id, _lines.c.deleted.is_(False))
    ).mappings()
    found = []
    for row in rows:
        net = net_price(row["unit_price"], row["discount_pct"], currency)
        if row["requested_price"] is not None and net != row["requested_price"]:
            found.append(
                SupersededLine(
                    row["id"],
                    row["product_id"],
                    row["request_id"],
                    row["requested_price"],
                    row["decided_by"],
                    row["decided_at"],
                )
            )
    return found


@dataclass(frozen=True)
class DecisionNotice:
    request_id: str
    kind: str
    status: str
    quote_id: str | None
    comment: str | None


def decision_notices(conn: Connection, user_id: str | None) -> list[DecisionNotice]:
    """Decisions on this user's requests that arrived since they were last told."""
    seen = int(sync_state.get(conn, NOTICES_SEEN) or 0)
    rows = conn.execute(
        select(_requests)
        .where(
            _requests.c.requested_by == user_id,
            _requests.c.status != ApprovalStatus.REQUESTED.value,
            _requests.c.rev > seen,
        )
        .order_by(_requests.c.rev)
    ).mappings()
    return [
        DecisionNotice(row["id"], row["kind"], row["status"], row["quote_id"], row["comment"])
        for row in rows
    ]


def mark_notices_seen(conn: Connection, notices: list[DecisionNotice]) -> None:
    if not notices:
        return
    revs = conn.execute(
        select(_requests.c.rev).where(_requests.c.id.in_([n.request_id for n in notices]))
    ).scalars()
    seen = int(sync_state.get(conn, NOTICES_SEEN) or 0)
    sync_state.put(conn, NOTICES_SEEN, str(max([seen, *revs])))
