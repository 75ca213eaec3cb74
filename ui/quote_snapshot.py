"""One quote as the editor shows it, read in one go from the local store.

Plain frozen data, no Qt: the figures (line totals, subtotal, VAT, total) and each line's
state come from :func:`sfa.app.quotes.quote_state`, the same rules the PDF and the server
use; this module only joins them with the names a rep reads (SKU, product, holder's name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from sqlalchemy import Connection, select

from sfa.app.price_exceptions import (
    line_request,
    price_conflicts,
    quote_requests,
    superseded_lines,
)
from sfa.app.quotes import RevisionRow, quote_state, revision_history
from sfa.domain.pricing import PriceSource, quote_valid_until
from sfa.store import writes
from sfa.store.tables import Product
from ui.quote_context import display_name

_products = Product.__table__


class LineMark(Enum):
    """What the state column says about a line's price."""

    AGREED = "agreed"
    PROVISIONAL = "provisional"
    APPROVAL = "approval"
    REFUSED = "refused"
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class LineRow:
    line_id: str
    sku: str
    product: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    total: Decimal
    mark: LineMark
    agreed_price: Decimal
    agreed_by_agreement: bool
    agreed_until: date | None


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A refused line, with the holder named as the rep knows them."""

    seq: int
    line_id: str
    product: str
    proposed: Decimal
    standing: Decimal
    holder_kind: str
    holder_quote_number: str | None
    holder_name: str | None
    valid_until: date | None
    exception_status: str | None = None
    """The rep's request for an exception: requested, approved or refused (None: not asked)."""
    exception_comment: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteSnapshot:
    quote_id: str
    number: str
    revision: int
    status: str
    account_name: str
    currency: str
    valid_until: date
    tax_rate: Decimal
    terms: str
    lines: tuple[LineRow, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    conflicts: tuple[ConflictRow, ...]
    superseded: tuple[SupersededRow, ...] = ()
    revisions: tuple[RevisionRow, ...] = ()
    approved_by: str | None = None
    opportunity_id: str | None = None
    needs_approval: bool = False
    requests: tuple[RequestRow, ...] = ()
    """What was asked of a manager for this quote, newest first."""


@dataclass(frozen=True, slots=True)
class RequestRow:
    kind: str
    status: str
    comment: str | None
    decided_by: str | None


@dataclass(frozen=True, slots=True)
class SupersededRow:
    """A line whose price a manager's exception replaced for this client."""

    line_id: str
    product: str
    new_price: Decimal
    decided_by: str | None
    decided_on: date | None


@dataclass(frozen=True, slots=True)
class ProductChoice:
    """A catalogue entry the rep can type: by SKU or by (Chinese) name."""

    product_id: str
    sku: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.sku}  {self.name}"


def load_snapshot(conn: Connection, quote_id: str, *, role: str, on: date) -> QuoteSnapshot:
    quote = writes.load(conn, "quote", quote_id)
    if quote is None:
        raise LookupError(quote_id)
    state = quote_state(conn, quote_id, role=role, on=on)
    conflicts = _conflicts(conn, quote_id)
    refused = {conflict.line_id for conflict in conflicts}
    superseded = _superseded(conn, quote_id, quote["currency"])
    replaced = {row.line_id for row in superseded}
    rows = []
    for line_state in state.lines:
        line = writes.load(conn, "quote_line", line_state.line_id) or {}
        product = writes.load(conn, "product", line_state.product_id) or {}
        mark = (
            LineMark.REFUSED
            if line_state.line_id in refused
            else LineMark.SUPERSEDED
            if line_state.line_id in replaced
            else LineMark.APPROVAL
            if line_state.needs_approval
            else LineMark.PROVISIONAL
            if line_state.proposes_new_price
            else LineMark.AGREED
        )
        rows.append(
            LineRow(
                line_id=line_state.line_id,
                sku=product.get("sku") or "",
                product=line.get("description") or product.get("name") or "",
                unit=product.get("unit") or "",
                quantity=line["quantity"],
                unit_price=line["unit_price"],
                discount_pct=line["discount_pct"],
                total=line_state.total,
                mark=mark,
                agreed_price=line_state.agreed.unit_price,
                agreed_by_agreement=line_state.agreed.source is PriceSource.AGREEMENT,
                agreed_until=line_state.agreed.valid_until,
            )
        )
    account = writes.load(conn, "account", quote["account_id"]) if quote["account_id"] else None
    created = quote["created_at"].date() if quote["created_at"] else on
    return QuoteSnapshot(
        quote_id=quote_id,
        number=quote["number"],
        revision=quote["revision"],
        status=quote["status"],
        account_name=(account or {}).get("name") or "",
        currency=quote["currency"],
        valid_until=quote_valid_until(created, quote["valid_until"]),
        tax_rate=quote["tax_rate"],
        terms=quote["terms"] or "",
        lines=tuple(rows),
        subtotal=state.subtotal,
        tax=state.tax,
        total=state.total,
        conflicts=tuple(conflicts),
        superseded=tuple(superseded),
        revisions=tuple(revision_history(conn, quote_id)),
        approved_by=display_name(conn, quote["approved_by"]) or quote["approved_by"],
        opportunity_id=quote["opportunity_id"],
        needs_approval=state.needs_approval,
        requests=tuple(
            RequestRow(r["kind"], r["status"], r["comment"], display_name(conn, r["decided_by"]))
            for r in quote_requests(conn, quote_id)
        ),
    )


def _superseded(conn: Connection, quote_id: str, currency: str) -> list[SupersededRow]:
    rows = []
    for line in superseded_lines(conn, quote_id, currency):
        product = writes.load(conn, "product", line.product_id) or {}
        rows.append(
            SupersededRow(
                line.line_id,
                " ".join(p for p in (product.get("sku"), product.get("name")) if p),
                line.new_price,
                display_name(conn, line.decided_by),
                line.decided_at.date() if line.decided_at else None,
            )
        )
    return rows


def _conflicts(conn: Connection, quote_id: str) -> list[ConflictRow]:
    found = []
    for conflict in price_conflicts(conn, quote_id):
        product = writes.load(conn, "product", conflict.product_id) or {}
        request = line_request(conn, conflict.line_id) or {}
        holder_quote = (
            writes.load(conn, "quote", conflict.holder_id)
            if conflict.holder_kind == "quote" and conflict.holder_id
            else None
        )
        found.append(
            ConflictRow(
                seq=conflict.seq,
                line_id=conflict.line_id,
                product=" ".join(p for p in (product.get("sku"), product.get("name")) if p),
                proposed=conflict.proposed,
                standing=conflict.standing,
                holder_kind=conflict.holder_kind,
                holder_quote_number=holder_quote["number"] if holder_quote else None,
                holder_name=display_name(conn, conflict.holder_rep_id),
                valid_until=conflict.valid_until,
                exception_status=request.get("status"),
                exception_comment=request.get("comment"),
            )
        )
    return found


def load_catalogue(conn: Connection) -> list[ProductChoice]:
    """Every product a rep may quote, by SKU: a few thousand rows at most, held in memory
    so that completion answers each keystroke at once."""
    rows = conn.execute(
        select(_products.c.id, _products.c.sku, _products.c.name)
        .where(_products.c.deleted.is_(False), _products.c.active.is_not(False))
        .order_by(_products.c.sku)
    )
    return [ProductChoice(row.id, row.sku or "", row.name or "") for row in rows]
