"""Use cases of the quote editor, offline: number, price, state.

The editor proposes the agreed price the laptop holds; a rep who types another price sees at
once that the quote becomes provisional (the server decides when it syncs) and, beyond the
rep's discount limit, that it needs a manager's approval before it can be sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from sfa.app.price_exceptions import conflict_by_seq, price_conflicts, superseded_lines
from sfa.domain.enums import QuoteStatus, Stage
from sfa.domain.errors import DomainError
from sfa.domain.pricing import (
    AgreedPrice,
    agreed_price,
    discount_limit,
    installation_code,
    needs_approval,
    net_price,
    quote_number,
    quote_sequence,
    quote_totals,
    quote_valid_until,
)
from sfa.io.quote_view import QuoteDocument, QuoteDocumentLine, Seller
from sfa.store import outbox, sync_state, writes
from sfa.store.tables import PriceAgreement, Quote, QuoteLine

_agreements = PriceAgreement.__table__
_lines = QuoteLine.__table__
_quotes = Quote.__table__


def price_for(conn: Connection, account_id: str, product_id: str, on: date) -> AgreedPrice:
    """The agreed price as this laptop knows it (the server has the last word on sync)."""
    return _priced_product(conn, account_id, product_id, on)[0]


def _priced_product(
    conn: Connection, account_id: str, product_id: str, on: date
) -> tuple[AgreedPrice, dict[str, Any]]:
    """The agreed price and the product it was read from, loaded once."""
    product = writes.load(conn, "product", product_id)
    if product is None or product["deleted"]:
        raise DomainError("That product is not in the catalogue on this laptop")
    agreements = conn.execute(
        select(_agreements).where(
            _agreements.c.account_id == account_id, _agreements.c.product_id == product_id
        )
    ).mappings()
    return agreed_price(product, [dict(a) for a in agreements], on), product


def next_quote_number(conn: Connection, rep_code: str, day: date) -> str:
    """The rep's next number for the day on this laptop, with the laptop's own code: two
    laptops of one rep never pick the same. The counter also steps over every number of
    this laptop already stored, so a lost counter cannot repeat one."""
    installation = installation_code(sync_state.client_id(conn))
    key = f"quote_seq:{rep_code}:{day:%Y%m%d}"
    prefix = quote_number(rep_code, day, 1).removesuffix("001")
    stored = conn.execute(
        select(_quotes.c.number).where(_quotes.c.number.startswith(prefix, autoescape=True))
    ).scalars()
    used = [
        quote_sequence(number, prefix) or 0
        for number in stored
        if number.endswith(f"-{installation}")
    ]
    sequence = max([int(sync_state.get(conn, key) or 0), *used]) + 1
    sync_state.put(conn, key, str(sequence))
    return quote_number(rep_code, day, sequence, installation)


def create_quote(
    conn: Connection,
    account_id: str,
    *,
    actor: str | None,
    rep_code: str,
    today: date,
    fields: Mapping[str, Any] | None = None,
) -> str:
    values = {
        "account_id": account_id,
        "owner_id": actor,
        "number": next_quote_number(conn, rep_code, today),
        "status": QuoteStatus.DRAFT.value,
        "valid_until": quote_valid_until(today, None),
        **(fields or {}),
    }
    return writes.create(conn, "quote", values, actor=actor)


@dataclass(frozen=True)
class LineState:
    line_id: str
    product_id: str
    agreed: AgreedPrice
    proposes_new_price: bool
    needs_approval: bool
    total: Decimal


@dataclass(frozen=True)
class QuoteState:
    lines: tuple[LineState, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal

    @property
    def provisional(self) -> bool:
        """A price the server has not accepted yet: the PDF says so."""
        return any(line.proposes_new_price for line in self.lines)

    @property
    def needs_approval(self) -> bool:
        return any(line.needs_approval for line in self.lines)


def quote_state(conn: Connection, quote_id: str, *, role: str, on: date) -> QuoteState:
    quote = writes.load(conn, "quote", quote_id)
    if quote is None:
        raise DomainError("No such quote on this laptop")
    lines = [
        dict(row)
        for row in conn.execute(
            select(_lines)
            .where(_lines.c.quote_id == quote_id, _lines.c.deleted.is_(False))
            .order_by(_lines.c.position, _lines.c.id)
        ).mappings()
    ]
    totals = quote_totals(lines, quote["tax_rate"], quote["currency"])
    limit = discount_limit(role)
    states = []
    for line, amount in zip(lines, totals.lines, strict=True):
        agreed, product = _priced_product(conn, quote["account_id"], line["product_id"], on)
        net = net_price(line["unit_price"], line["discount_pct"], quote["currency"])
        states.append(
            LineState(
                line["id"],
                line["product_id"],
                agreed,
                proposes_new_price=net != agreed.unit_price,
                needs_approval=needs_approval(
                    Decimal(product["list_price"]), line["unit_price"], line["discount_pct"], limit
                ),
                total=amount,
            )
        )
    return QuoteState(tuple(states), totals.subtotal, totals.tax, totals.total)


def add_line(
    conn: Connection,
    quote_id: str,
    product_id: str,
    quantity: Decimal,
    *,
    actor: str | None,
    on: date,
    unit_price: Decimal | None = None,
    discount_pct: Decimal = Decimal(0),
) -> str:
    """Add a line; without a price it takes the agreed price (the usual case)."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None or quote["deleted"]:
        raise DomainError("No such quote on this laptop")
    price = (
        unit_price
        if unit_price is not None
        else price_for(conn, quote["account_id"], product_id, on).unit_price
    )
    position = len(
        conn.execute(select(_lines.c.id).where(_lines.c.quote_id == quote_id)).scalars().all()
    )
    return writes.create(
        conn,
        "quote_line",
        {
            "quote_id": quote_id,
            "product_id": product_id,
            "position": position,
            "quantity": quantity,
            "unit_price": price,
            "discount_pct": discount_pct,
        },
        actor=actor,
    )


_EDITABLE = {QuoteStatus.DRAFT, QuoteStatus.PROVISIONAL, QuoteStatus.PENDING_APPROVAL}


def is_editable(status: str) -> bool:
    """Whether a quote's lines and prices may still change (before approval or sending)."""
    return QuoteStatus(status) in _EDITABLE


def settle_status(
    conn: Connection, quote_id: str, *, actor: str | None, role: str, on: date
) -> QuoteStatus:
    """Put a quote still being written in the status its lines call for: pending approval
    beyond the rep's discount limit, provisional with a price the server has not accepted,
    draft otherwise. Quotes past that stage keep their status."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None:
        raise DomainError("No such quote on this laptop")
    current = QuoteStatus(quote["status"])
    if current not in _EDITABLE:
        return current
    state = quote_state(conn, quote_id, role=role, on=on)
    wanted = (
        QuoteStatus.PENDING_APPROVAL
        if state.needs_approval
        else QuoteStatus.PROVISIONAL
        if state.provisional
        else QuoteStatus.DRAFT
    )
    if wanted != current:
        writes.update(conn, "quote", quote_id, {"status": wanted.value}, actor=actor)
    return wanted


def quote_document(
    conn: Connection, quote_id: str, *, seller: Seller, role: str, on: date
) -> QuoteDocument:
    """The figures the PDF prints, computed by the same rules as the editor and the server."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None or quote["deleted"]:
        raise DomainError("No such quote on this laptop")
    state = quote_state(conn, quote_id, role=role, on=on)
    account = writes.load(conn, "account", quote["account_id"]) or {}
    contact = writes.load(conn, "contact", quote["contact_id"]) if quote["contact_id"] else None
    lines = []
    for line_state in state.lines:
        line = writes.load(conn, "quote_line", line_state.line_id) or {}
        product = writes.load(conn, "product", line_state.product_id) or {}
        lines.append(
            QuoteDocumentLine(
                sku=product.get("sku", ""),
                name=line.get("description") or product.get("name", ""),
                unit=product.get("unit") or "",
                quantity=line["quantity"],
                unit_price=line["unit_price"],
                discount_pct=line["discount_pct"],
                line_total=line_state.total,
            )
        )
    address = (
        "".join(
            part
            for part in (
                account.get("province"),
                account.get("city"),
                account.get("district"),
                account.get("address"),
            )
            if part and part not in (account.get("address") or "")
        )
        if account
        else ""
    )
    created = quote["created_at"].date() if quote["created_at"] else on
    return QuoteDocument(
        number=quote["number"],
        revision=quote["revision"],
        issued_on=created,
        valid_until=quote_valid_until(created, quote["valid_until"]),
        currency=quote["currency"],
        status=quote["status"],
        provisional=state.provisional and quote["status"] in _EDITABLE,
        seller=seller,
        client_name=account.get("name", ""),
        client_address=address,
        contact_name=contact["name"] if contact else "",
        contact_phone=(contact or {}).get("phone") or "",
        lines=lines,
        subtotal=state.subtotal,
        tax_rate=quote["tax_rate"],
        tax=state.tax,
        total=state.total,
        terms=quote["terms"] or "",
    )


def new_revision(
    conn: Connection,
    quote_id: str,
    *,
    actor: str | None,
    prices: Mapping[str, Decimal] | None = None,
) -> str:
    """A new revision of the quote (same number, revision + 1, status draft) with its live
    lines copied — ``prices`` replaces a line's net price by line id. The old revision is
    marked superseded: still readable, but it holds no price any more. Returns the new id."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None or quote["deleted"]:
        raise DomainError("No such quote on this laptop")
    if quote["status"] == QuoteStatus.SUPERSEDED.value:
        raise DomainError("A newer revision of this quote exists: revise that one instead")
    root = quote["revision_of"] or quote["id"]
    carried = {name: quote[name] for name in _CARRIED}
    latest = max((row.revision for row in revision_history(conn, quote_id)), default=1)
    revision = writes.create(
        conn,
        "quote",
        {
            **carried,
            "revision": latest + 1,
            "revision_of": root,
            "status": QuoteStatus.DRAFT.value,
        },
        actor=actor,
    )
    lines = conn.execute(
        select(_lines)
        .where(_lines.c.quote_id == quote["id"], _lines.c.deleted.is_(False))
        .order_by(_lines.c.position)
    ).mappings()
    for line in lines:
        price = (
            {"unit_price": prices[line["id"]], "discount_pct": Decimal(0)}
            if prices and line["id"] in prices
            else {"unit_price": line["unit_price"], "discount_pct": line["discount_pct"]}
        )
        writes.create(
            conn,
            "quote_line",
            {
                "quote_id": revision,
                "product_id": line["product_id"],
                "position": line["position"],
                "description": line["description"],
                "quantity": line["quantity"],
                **price,
            },
            actor=actor,
        )
    writes.update(conn, "quote", quote["id"], {"status": QuoteStatus.SUPERSEDED.value}, actor=actor)
    return revision


_CARRIED = (
    "account_id",
    "contact_id",
    "opportunity_id",
    "owner_id",
    "number",
    "currency",
    "valid_until",
    "tax_rate",
    "terms",
)


@dataclass(frozen=True)
class RevisionRow:
    quote_id: str
    revision: int
    status: str
    created_at: datetime | None


def revision_history(conn: Connection, quote_id: str) -> list[RevisionRow]:
    """Every revision of the quote's chain on this laptop, oldest first."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None:
        return []
    root = quote["revision_of"] or quote["id"]
    rows = conn.execute(
        select(_quotes.c.id, _quotes.c.revision, _quotes.c.status, _quotes.c.created_at)
        .where(
            (_quotes.c.id == root) | (_quotes.c.revision_of == root),
            _quotes.c.deleted.is_(False),
        )
        .order_by(_quotes.c.revision, _quotes.c.created_at)
    )
    return [RevisionRow(row.id, row.revision, row.status, row.created_at) for row in rows]


def reprice_at_standing(conn: Connection, seq: int, *, actor: str | None) -> str:
    """One step after a ``price_conflict``: a new revision of the quote with the refused lines
    at the standing price; the refused changes are settled. Returns the new revision's id."""
    target = conflict_by_seq(conn, seq)
    refused = price_conflicts(conn, target.quote_id)
    revision = new_revision(
        conn, target.quote_id, actor=actor, prices={c.line_id: c.standing for c in refused}
    )
    for conflict in refused:
        outbox.discard(conn, conflict.seq)
        writes.delete(conn, "quote_line", conflict.line_id, actor=actor)
    return revision


def reprice_superseded(conn: Connection, quote_id: str, *, actor: str | None) -> str:
    """A quote whose price a manager's exception replaced: a new revision at the new price."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None:
        raise DomainError("No such quote on this laptop")
    lines = superseded_lines(conn, quote_id, quote["currency"])
    if not lines:
        raise DomainError("No price of this quote has been superseded")
    return new_revision(
        conn, quote_id, actor=actor, prices={line.line_id: line.new_price for line in lines}
    )


def drop_refused_line(conn: Connection, seq: int, *, actor: str | None) -> None:
    """The other way out of a ``price_conflict``: take the product off the quote."""
    target = conflict_by_seq(conn, seq)
    outbox.discard(conn, seq)
    writes.delete(conn, "quote_line", target.line_id, actor=actor)


def send_blockers(conn: Connection, quote_id: str, *, role: str, on: date) -> list[str]:
    """Why the quote cannot be sent yet (empty when it can), in words for the rep."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None or quote["deleted"]:
        return ["The quote no longer exists."]
    if quote["status"] not in _SENDABLE:
        return [f"A quote that is {quote['status'].replace('_', ' ')} cannot be sent."]
    reasons = []
    if price_conflicts(conn, quote_id):
        reasons.append("A line was refused under the one-price rule: re-price it or remove it.")
    if superseded_lines(conn, quote_id, quote["currency"]):
        reasons.append(
            "A manager approved another price for this client: re-price the quote first."
        )
    state = quote_state(conn, quote_id, role=role, on=on)
    if not state.lines:
        reasons.append("The quote has no lines.")
    if state.needs_approval and not quote["approved_by"]:
        reasons.append(
            "The discount is beyond your limit: a manager must approve it first"
            " (request approval, then sync)."
        )
    if outbox.waiting(conn, "quote_line", quote_id) or any(
        outbox.waiting(conn, "quote_line", line.line_id) for line in state.lines
    ):
        reasons.append("New prices have not been accepted by the server yet: sync first.")
    return reasons


_SENDABLE = {status.value for status in (*_EDITABLE, QuoteStatus.APPROVED)}


def mark_sent(conn: Connection, quote_id: str, *, actor: str | None, role: str, on: date) -> None:
    reasons = send_blockers(conn, quote_id, role=role, on=on)
    if reasons:
        raise DomainError(" ".join(reasons), details={"reasons": reasons})
    writes.update(conn, "quote", quote_id, {"status": QuoteStatus.SENT.value}, actor=actor)


def mark_accepted(conn: Connection, quote_id: str, *, actor: str | None) -> None:
    """The client said yes: the quote is accepted and its opportunity is won."""
    quote = writes.load(conn, "quote", quote_id)
    if quote is None or quote["status"] != QuoteStatus.SENT.value:
        raise DomainError("Only a quote that was sent can be accepted")
    writes.update(conn, "quote", quote_id, {"status": QuoteStatus.ACCEPTED.value}, actor=actor)
    if quote["opportunity_id"]:
        deal = writes.load(conn, "opportunity", quote["opportunity_id"])
        if deal is not None and not deal["deleted"] and deal["stage"] != Stage.WON.value:
            totals = quote_state(conn, quote_id, role="admin", on=date.today())
            writes.update(
                conn,
                "opportunity",
                deal["id"],
                {
                    "stage": Stage.WON.value,
                    "probability": Stage.WON.probability,
                    "amount": totals.subtotal,
                    "close_date": date.today(),
                },
                actor=actor,
            )
