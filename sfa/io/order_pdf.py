"""The order confirmation (订单确认书) a rep sends a client once the order is firm.

The quote PDF's layout, fonts and blocks (:mod:`sfa.io.quote_pdf`) with an order's words: the
order number and date, the promised delivery date, the client's payment terms, and the
quote it came from. An order is never provisional — every line is at the agreed price — so
it carries no watermark. Figures are the order's frozen ones, printed as given.
"""

from __future__ import annotations

from dataclasses import replace

from sfa.io.quote_labels import EN, ZH_CN, QuoteLabels
from sfa.io.quote_view import QuoteDocument

ORDER_LABELS: dict[str, QuoteLabels] = {
    "zh_CN": replace(
        ZH_CN,
        title="订单确认书",
        number="订单号",
        revision="已确认",
        issued_on="订单日期",
        valid_until="交货日期",
        terms="付款条件与说明",
        seller_sign="供方（签字/盖章）",
        client_sign="需方（签字/盖章）",
    ),
    "en": replace(
        EN,
        title="ORDER CONFIRMATION",
        number="Order no.",
        revision="Confirmed",
        issued_on="Order date",
        valid_until="Delivery by",
        terms="Payment terms and notes",
        client_sign="For the client (signature / seal)",
    ),
}


def order_terms(language: str, payment_days: int, quote_number: str | None, notes: str) -> str:
    """The terms block: when the client pays, and which quote the order confirms."""
    if language == "zh_CN":
        parts = [f"付款条件：开具发票后 {payment_days} 天内付款。"]
        if quote_number:
            parts.append(f"本订单依据报价单 {quote_number} 确认。")
    else:
        parts = [f"Payment terms: {payment_days} days net from the invoice date."]
        if quote_number:
            parts.append(f"This order confirms quote {quote_number}.")
    if notes.strip():
        parts.append(notes.strip())
    return "\n".join(parts)


def render_order_pdf(document: QuoteDocument, language: str = "zh_CN") -> bytes:
    """The order confirmation as PDF bytes in ``language`` (``"zh_CN"`` or ``"en"``)."""
    try:
        labels = ORDER_LABELS[language]
    except KeyError:
        known = ", ".join(sorted(ORDER_LABELS))
        raise ValueError(f"unsupported order language {language!r} (known: {known})") from None
    from sfa.io.quote_pdf import render_document  # fpdf (~0.3 s): not for order_terms' users

    return render_document(replace(document, provisional=False), labels)
