"""The already-computed view of a quote that the PDF lays out.

The PDF module takes these plain, frozen values and never computes a price, a discount or a
total: pricing lives in one place (:mod:`sfa.domain.pricing`), so the document a client
holds always shows the same figures as the quote editor and the server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Seller:
    """The company issuing the quote, printed in the page header."""

    name: str
    address: str
    phone: str
    email: str | None = None
    credit_code: str | None = None
    """统一社会信用代码, printed when known: Chinese buyers check it against their records."""


@dataclass(frozen=True, slots=True)
class QuoteDocumentLine:
    """One quote line; ``line_total`` is the domain's rounded amount, shown as given."""

    sku: str
    name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    """Line discount in percent (``Decimal("5")`` is 5 %), as stored on the quote line."""
    line_total: Decimal


@dataclass(frozen=True, slots=True)
class QuoteDocument:
    """Everything a quote PDF shows, in the quote's currency."""

    number: str
    revision: int
    issued_on: date
    valid_until: date
    currency: str
    status: str
    provisional: bool
    """A price not yet accepted by the server (one-price rule): the PDF must say so."""
    seller: Seller
    client_name: str
    client_address: str
    contact_name: str
    contact_phone: str
    lines: Sequence[QuoteDocumentLine]
    subtotal: Decimal
    tax_rate: Decimal
    """VAT as a fraction (``Decimal("0.13")`` is 13 %), as stored on the quote."""
    tax: Decimal
    total: Decimal
    terms: str
