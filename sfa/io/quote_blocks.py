"""The blocks around the line table of a quote PDF: header, parties, totals, terms, signatures.

Each block draws at the current position and leaves the cursor under itself, so the page
reads top to bottom like the paper quote Chinese buyers are used to (报价单 with 供方/需方
signature and seal boxes at the end).
"""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.util import Padding

from sfa.io import formatting as fmt
from sfa.io.amount_words import rmb_in_words
from sfa.io.quote_labels import QuoteLabels
from sfa.io.quote_view import QuoteDocument

INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 78, 121)
WARNING_INK = (176, 0, 32)
WARNING_FILL = (253, 236, 236)
RULE = (190, 196, 204)

_META_LABEL_W = 26.0
_META_VALUE_W = 52.0
_TOTALS_LABEL_W = 50.0
_TOTALS_VALUE_W = 38.0


def _line(pdf: FPDF, width: float, height: float, text: str) -> None:
    """A wrapped paragraph at the current x, cursor back at that x on the next line."""
    x = pdf.get_x()
    pdf.multi_cell(width, height, text, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_x(x)


def _seller_lines(document: QuoteDocument, labels: QuoteLabels) -> list[str]:
    seller = document.seller
    contact = [f"{labels.phone}{labels.colon}{seller.phone}" if seller.phone else ""]
    if seller.email:
        contact.append(f"{labels.email}{labels.colon}{seller.email}")
    lines = [seller.address, "    ".join(part for part in contact if part)]
    if seller.credit_code:
        lines.append(f"{labels.credit_code}{labels.colon}{seller.credit_code}")
    return [line for line in lines if line]


def draw_header(pdf: FPDF, family: str, document: QuoteDocument, labels: QuoteLabels) -> None:
    """Seller on the left; title, number, dates and currency on the right; the provisional
    note right under them, where the client reads first."""
    top = pdf.get_y()
    left_width = pdf.epw - _META_LABEL_W - _META_VALUE_W - 6
    pdf.set_text_color(*INK)
    pdf.set_font(family, "B", 14)
    _line(pdf, left_width, 7, document.seller.name)
    pdf.set_font(family, size=8.5)
    pdf.set_text_color(*MUTED)
    for text in _seller_lines(document, labels):
        _line(pdf, left_width, 4.4, text)
    left_bottom = pdf.get_y()

    right_x = pdf.w - pdf.r_margin - _META_LABEL_W - _META_VALUE_W
    pdf.set_xy(right_x, top)
    pdf.set_font(family, "B", 20)
    pdf.set_text_color(*ACCENT)
    pdf.cell(_META_LABEL_W + _META_VALUE_W, 10, labels.title, align="R")
    revision = labels.revision.format(revision=document.revision)
    rows = [
        (labels.number, f"{document.number} · {revision}"),
        (labels.issued_on, fmt.long_date(document.issued_on, labels.locale)),
        (labels.valid_until, fmt.long_date(document.valid_until, labels.locale)),
        (labels.currency, fmt.currency_name(document.currency, labels.locale)),
    ]
    pdf.set_y(top + 12)
    for label, value in rows:
        pdf.set_x(right_x)
        pdf.set_font(family, size=8.5)
        pdf.set_text_color(*MUTED)
        pdf.cell(_META_LABEL_W, 5, label)
        pdf.set_font(family, "B", 8.5)
        pdf.set_text_color(*INK)
        pdf.cell(_META_VALUE_W, 5, value, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(left_bottom, pdf.get_y()) + 3)
    if document.provisional:
        _provisional_note(pdf, family, labels)


def _provisional_note(pdf: FPDF, family: str, labels: QuoteLabels) -> None:
    pdf.set_font(family, "B", 9)
    pdf.set_text_color(*WARNING_INK)
    pdf.set_fill_color(*WARNING_FILL)
    pdf.set_draw_color(*WARNING_INK)
    pdf.multi_cell(
        pdf.epw,
        5,
        labels.provisional_note,
        border=1,
        fill=True,
        padding=Padding.new((1.5, 2.5)),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_draw_color(*RULE)
    pdf.set_fill_color(255)
    pdf.set_text_color(*INK)
    pdf.ln(3)


def draw_parties(pdf: FPDF, family: str, document: QuoteDocument, labels: QuoteLabels) -> None:
    """Client and contact side by side between two rules."""
    gap = 8.0
    width = (pdf.epw - gap) / 2
    top = pdf.get_y()
    pdf.line(pdf.l_margin, top, pdf.w - pdf.r_margin, top)
    columns = [
        (labels.client, document.client_name, [document.client_address]),
        (
            labels.contact,
            document.contact_name,
            [
                f"{labels.phone}{labels.colon}{document.contact_phone}"
                if document.contact_phone
                else ""
            ],
        ),
    ]
    bottom = top
    for index, (heading, name, details) in enumerate(columns):
        pdf.set_xy(pdf.l_margin + index * (width + gap), top + 2.5)
        pdf.set_font(family, size=8)
        pdf.set_text_color(*MUTED)
        _line(pdf, width, 4.5, heading)
        pdf.set_font(family, "B", 10.5)
        pdf.set_text_color(*INK)
        _line(pdf, width, 5.5, name or "—")
        pdf.set_font(family, size=8.5)
        for text in details:
            if text:
                _line(pdf, width, 4.5, text)
        bottom = max(bottom, pdf.get_y())
    pdf.set_y(bottom + 2.5)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(5)


def draw_totals(pdf: FPDF, family: str, document: QuoteDocument, labels: QuoteLabels) -> None:
    """Subtotal, VAT at the quote's rate and the total, right-aligned under the amounts;
    kept together on one page so a total never stands alone on a sheet."""
    rows = [
        (labels.subtotal, fmt.money(document.subtotal, document.currency)),
        (
            labels.vat.format(rate=fmt.tax_rate(document.tax_rate, labels.locale)),
            fmt.money(document.tax, document.currency),
        ),
    ]
    if pdf.will_page_break(4 * 6 + 6):
        pdf.add_page()
    pdf.ln(2)
    x = pdf.w - pdf.r_margin - _TOTALS_LABEL_W - _TOTALS_VALUE_W
    pdf.set_font(family, size=9)
    for label, value in rows:
        pdf.set_x(x)
        pdf.set_text_color(*MUTED)
        pdf.cell(_TOTALS_LABEL_W, 6, label, align="R")
        pdf.set_text_color(*INK)
        pdf.cell(_TOTALS_VALUE_W, 6, value, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(*INK)
    pdf.line(x + 10, pdf.get_y() + 0.5, pdf.w - pdf.r_margin, pdf.get_y() + 0.5)
    pdf.set_draw_color(*RULE)
    pdf.ln(1.5)
    pdf.set_x(x)
    pdf.set_font(family, "B", 11)
    pdf.cell(_TOTALS_LABEL_W, 8, labels.total, align="R")
    pdf.set_text_color(*ACCENT)
    total = fmt.money(document.total, document.currency)
    pdf.cell(_TOTALS_VALUE_W, 8, total, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    if labels.amount_in_words and document.currency == "CNY":
        pdf.set_font(family, size=9)
        words = f"{labels.amount_in_words}{labels.colon}人民币{rmb_in_words(document.total)}"
        pdf.cell(0, 6, words, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)


def draw_terms(pdf: FPDF, family: str, document: QuoteDocument, labels: QuoteLabels) -> None:
    """The quote's terms as the rep wrote them, line breaks kept."""
    if not document.terms.strip():
        return
    if pdf.will_page_break(20):
        pdf.add_page()
    pdf.set_font(family, "B", 9.5)
    pdf.cell(0, 6, labels.terms, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(family, size=8.5)
    pdf.multi_cell(0, 4.6, document.terms.strip(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)


def draw_signatures(pdf: FPDF, family: str, labels: QuoteLabels) -> None:
    """Seller and client signature/seal boxes: a Chinese quote is accepted by stamping it."""
    height = 26.0
    if pdf.will_page_break(height):
        pdf.add_page()
    gap = 16.0
    width = (pdf.epw - gap) / 2
    top = pdf.get_y()
    for index, heading in enumerate((labels.seller_sign, labels.client_sign)):
        x = pdf.l_margin + index * (width + gap)
        pdf.set_xy(x, top)
        pdf.set_font(family, size=8.5)
        pdf.set_text_color(*MUTED)
        pdf.cell(width, 5, heading)
        pdf.line(x, top + 17, x + width, top + 17)
        pdf.set_xy(x, top + 19)
        pdf.cell(width, 5, f"{labels.sign_date}{labels.colon}")
    pdf.set_text_color(*INK)
    pdf.set_y(top + height)
