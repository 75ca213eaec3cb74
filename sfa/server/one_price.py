"""The one-price rule on the server: one price per client per product across all reps.

A quote line at the standing price for its (account, product) is accepted; a line at another
price proposes a new agreed price, accepted only if no other live quote or active agreement
holds a different one — then the server records the agreement, owned by the quote, valid
until the quote expires. Otherwise the line is rejected with ``price_conflict``, naming the
standing price, who holds it and until when.

Checks for one (account, product) are serialised: every write transaction already holds the
change-counter row lock, and on PostgreSQL the pair's own advisory lock is taken as well, so
the rule stays race-free even if a write path is ever added that does not take the counter
lock first. The price compared is what the client pays per unit (after the line discount),
rounded to the currency's minor unit.

A manager's approved price exception (:func:`grant_exception`) takes the same pair lock: it
ends every agreement for the pair, records the exception's price as the agreement, and marks
the lines of other open quotes still at another price, so their reps re-price.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sfa.domain.enums import ApprovalStatus, QuoteStatus
from sfa.domain.pricing import is_active, net_price, quote_valid_until
from sfa.server.db import is_postgres
from sfa.server.errors import Rejected
from sfa.server.records import Actor, create_record, delete_record, write_change
from sfa.server.tables import ApprovalRequest, PriceAgreement, Product, Quote, QuoteLine


@dataclass(frozen=True, slots=True)
class Holder:
    kind: str  # "quote" or "agreement"
    id: str
    rep_id: str | None
    price: Decimal
    valid_until: date | None


def quote_chain(session: Session, quote: Quote) -> set[str]:
    """A quote and all its revisions: they speak with one voice, never against each other."""
    root = quote.revision_of or quote.id
    ids = set(
        session.scalars(select(Quote.id).where((Quote.id == root) | (Quote.revision_of == root)))
    )
    return ids | {quote.id}


def quote_is_live(quote: Quote, today: date) -> bool:
    if quote.deleted or not QuoteStatus(quote.status).holds_price:
        return False
    created = quote.created_at.date() if quote.created_at else today
    return today <= quote_valid_until(created, quote.valid_until)


def line_price(values: Mapping[str, Any], currency: str) -> Decimal:
    return net_price(values["unit_price"], values.get("discount_pct") or Decimal(0), currency)


def lock_pair(session: Session, account_id: str, product_id: str) -> None:
    if is_postgres(session):
        digest = hashlib.blake2b(f"{account_id}/{product_id}".encode(), digest_size=8).digest()
        key = int.from_bytes(digest, "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def standing_holders(
    session: Session, account_id: str, product_id: str, today: date, *, chain: set[str]
) -> list[Holder]:
    """Every live holder of a price for the pair, other than the quote chain asking."""
    holders: list[Holder] = []
    agreements = session.scalars(
        select(PriceAgreement).where(
            PriceAgreement.account_id == account_id,
            PriceAgreement.product_id == product_id,
            PriceAgreement.deleted.is_(False),
        )
    )
    for agreement in agreements:
        if agreement.source_quote_id in chain:
            continue
        if agreement.source_quote_id is not None:
            source = session.get(Quote, agreement.source_quote_id)
            if source is None or not quote_is_live(source, today):
                continue  # owned by a quote that was rejected, expired or deleted
        if is_active(
            {"valid_from": agreement.valid_from, "valid_until": agreement.valid_until}, today
        ):
            holders.append(
                Holder(
                    "agreement",
                    agreement.id,
                    agreement.set_by,
                    agreement.unit_price,
                    agreement.valid_until,
                )
            )
    lines = session.execute(
        select(QuoteLine, Quote)
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(
            Quote.account_id == account_id,
            QuoteLine.product_id == product_id,
            QuoteLine.deleted.is_(False),
        )
    )
    for line, quote in lines:
        if quote.id in chain or not quote_is_live(quote, today):
            continue
        price = line_price(
            {"unit_price": line.unit_price, "discount_pct": line.discount_pct}, quote.currency
        )
        if _superseded(session, line, price):
            continue  # a manager's exception replaced this price: it holds no more
        created = quote.created_at.date() if quote.created_at else today
        holders.append(
            Holder(
                "quote",
                quote.id,
                quote.owner_id,
                price,
                quote_valid_until(created, quote.valid_until),
            )
        )
    return holders


def enforce(
    session: Session, actor: Actor, quote: Quote, line: Mapping[str, Any], today: date
) -> None:
    """Accept the line's price (recording the agreement it makes) or raise ``price_conflict``."""
    if not quote_is_live(quote, today):
        return  # a dead quote holds no price, so it cannot clash with anyone
    account_id, product_id = quote.account_id, line["product_id"]
    assert account_id is not None and product_id is not None
    lock_pair(session, account_id, product_id)
    price = line_price(line, quote.currency)
    chain = quote_chain(session, quote)
    holders = standing_holders(session, account_id, product_id, today, chain=chain)
    standing = standing_of(holders)
    if standing is not None and standing.price != price:
        raise price_conflict(product_id, standing)
    product = session.get(Product, product_id)
    at_list = product is not None and price == product.list_price
    owned = owned_agreement(session, chain, account_id, product_id)
    if (standing is None and not at_list) or owned is not None:
        _record_agreement(session, actor, quote, account_id, product_id, price, today, owned)


def standing_of(holders: list[Holder]) -> Holder | None:
    """The holder whose price stands: an agreement outranks quotes that merely hold its
    price; among agreements, the one ending last."""
    agreements = [h for h in holders if h.kind == "agreement"]
    if agreements:
        return max(agreements, key=lambda h: (h.valid_until or date.max, h.id))
    return holders[0] if holders else None


def price_conflict(product_id: str, standing: Holder) -> Rejected:
    """The contract's ``price_conflict`` refusal, naming the standing price and its holder
    (used for quote lines here and for order lines by :mod:`sfa.server.orders`)."""
    return Rejected(
        "price_conflict",
        f"this client already has a price of {standing.price} for this product "
        f"({standing.kind} held until {standing.valid_until})",
        {
            "product_id": product_id,
            "standing_price": format(standing.price, "f"),
            "holder": {"kind": standing.kind, "id": standing.id, "rep_id": standing.rep_id},
            "valid_until": standing.valid_until.isoformat() if standing.valid_until else None,
        },
    )


def _superseded(session: Session, line: QuoteLine, price: Decimal) -> bool:
    if line.price_superseded_by is None:
        return False
    request = session.get(ApprovalRequest, line.price_superseded_by)
    return (
        request is not None
        and request.status == ApprovalStatus.APPROVED.value
        and request.requested_price != price
    )


def grant_exception(session: Session, actor: Actor, request: ApprovalRequest, today: date) -> None:
    """An approved exception: its price becomes the agreement for (account, product), set by
    the deciding manager, valid while the requesting quote is; other open quotes still at
    another price are marked ``price_superseded_by`` so their reps see it and re-price."""
    quote = session.get(Quote, request.quote_id)
    if quote is None or not quote_is_live(quote, today):
        raise Rejected(
            "invalid",
            "the quote this exception was asked for is no longer open (rejected, expired,"
            " superseded or deleted): refuse the request instead",
            {"field": "status"},
        )
    account_id, product_id = request.account_id, request.product_id
    assert account_id is not None and product_id is not None and request.requested_price
    lock_pair(session, account_id, product_id)
    price = request.requested_price
    for agreement in session.scalars(
        select(PriceAgreement).where(
            PriceAgreement.account_id == account_id,
            PriceAgreement.product_id == product_id,
            PriceAgreement.deleted.is_(False),
        )
    ):
        delete_record(session, actor, "price_agreement", agreement)
    created = quote.created_at.date() if quote.created_at else today
    fields = {
        "account_id": account_id,
        "product_id": product_id,
        "unit_price": price,
        "currency": quote.currency,
        "valid_from": today,
        "valid_until": quote_valid_until(created, quote.valid_until),
        "set_by": actor.user_id,
        "source_request_id": request.id,
    }
    create_record(
        session, actor, "price_agreement", str(uuid.uuid4()), fields, {"account_scope": account_id}
    )
    chain = quote_chain(session, quote)
    lines = session.execute(
        select(QuoteLine, Quote)
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(
            Quote.account_id == account_id,
            QuoteLine.product_id == product_id,
            QuoteLine.deleted.is_(False),
        )
    )
    for line, other in lines:
        open_quote = quote_is_live(other, today) and other.status != QuoteStatus.ACCEPTED.value
        if other.id in chain or not open_quote:
            continue
        values = {"unit_price": line.unit_price, "discount_pct": line.discount_pct}
        if line_price(values, other.currency) != price:
            write_change(
                session,
                actor,
                "quote_line",
                line,
                {"price_superseded_by": request.id},
                action="update",
            )


def owned_agreement(
    session: Session, chain: set[str], account_id: str, product_id: str
) -> PriceAgreement | None:
    """The live agreement for (A, P) that a quote of ``chain`` (a quote and its revisions)
    made, if any."""
    return session.scalars(
        select(PriceAgreement).where(
            PriceAgreement.account_id == account_id,
            PriceAgreement.product_id == product_id,
            PriceAgreement.source_quote_id.in_(chain),
            PriceAgreement.deleted.is_(False),
        )
    ).first()


def _record_agreement(
    session: Session,
    actor: Actor,
    quote: Quote,
    account_id: str,
    product_id: str,
    price: Decimal,
    today: date,
    owned: PriceAgreement | None,
) -> None:
    """The quote's price becomes the client's agreed price while the quote lives (updating
    ``owned``, the agreement the quote's chain made before, if there is one)."""
    created = quote.created_at.date() if quote.created_at else today
    until = quote_valid_until(created, quote.valid_until)
    if owned is not None:
        changes = {
            name: value
            for name, value in {
                "unit_price": price,
                "valid_until": until,
                "source_quote_id": quote.id,
            }.items()
            if getattr(owned, name) != value
        }
        if changes:
            write_change(session, actor, "price_agreement", owned, changes, action="update")
        return
    fields = {
        "account_id": account_id,
        "product_id": product_id,
        "unit_price": price,
        "currency": quote.currency,
        "valid_from": today,
        "valid_until": until,
        "source_quote_id": quote.id,
        "set_by": actor.user_id,
    }
    create_record(
        session, actor, "price_agreement", str(uuid.uuid4()), fields, {"account_scope": account_id}
    )
