"""The quote PDF a rep hands to a client, generated on the laptop, offline.

Lays out an already-computed :class:`~sfa.io.quote_view.QuoteDocument`; prices, discounts and
totals come from :mod:`sfa.domain.pricing` and are printed as given, never recomputed, so the
paper and the app can't disagree. Chinese text uses the shipped Noto Sans SC, embedded as a
subset (see :mod:`sfa.io.fonts`), so the PDF reads the same on a client's machine without CJK
fonts. A provisional quote (a price the server has not accepted yet, see the one-price rule)
carries a watermark on every page and a note under the title.
"""

from __future__ import annotations

from fpdf import FPDF

from sfa.io import fonts
from sfa.io.quote_blocks import (
    INK,
    MUTED,
    draw_header,
    draw_parties,
    draw_signatures,
    draw_terms,
    draw_totals,
)
from sfa.io.quote_labels import PROVISIONAL_WATERMARK, QuoteLabels, labels_for
from sfa.io.quote_table import draw_lines
from sfa.io.quote_view import QuoteDocument, QuoteDocumentLine, Seller

__all__ = ["QuoteDocument", "QuoteDocumentLine", "Seller", "render_quote_pdf"]

MARGIN = 15.0
FOOTER_SPACE = 18.0
WATERMARK_RGB = (200, 30, 30)


class _QuotePdf(FPDF):
    """A4 pages with the quote's running header, page numbers and provisional watermark."""

    def __init__(self, document: QuoteDocument, labels: QuoteLabels) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.document = document
        self.labels = labels
        self.family = fonts.add_fonts(self)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=FOOTER_SPACE)
        self.set_draw_color(190, 196, 204)
        self.set_line_width(0.2)

    def header(self) -> None:
        """After page 1, a running header: a loose second sheet must still say whose it is."""
        if self.page_no() > 1:
            self._running_header()

    def footer(self) -> None:
        """Page numbers; the provisional watermark goes here, last, so that the table's
        shaded rows can't hide it (it is translucent, the text under it stays legible)."""
        doc, labels = self.document, self.labels
        if doc.provisional:
            self._watermark()
        self.set_y(-12)
        self.set_font(self.family, size=7.5)
        self.set_text_color(*MUTED)
        revision = labels.revision.format(revision=doc.revision)
        self.cell(90, 5, f"{labels.number} {doc.number} · {revision}")
        # fpdf2 swaps its alias ("{nb}") for the page count when the document is closed
        pages = labels.page.format(page=self.page_no(), pages=self.str_alias_nb_pages)
        self.cell(0, 5, pages, align="R")
        self.set_text_color(*INK)

    def _watermark(self) -> None:
        x, y = self.w / 2, self.h / 2
        with (
            self.local_context(fill_opacity=0.12, text_color=WATERMARK_RGB),
            self.rotation(angle=45, x=x, y=y),
        ):
            self.set_font(self.family, "B", 46)
            width = self.get_string_width(PROVISIONAL_WATERMARK)
            self.text(x - width / 2, y + 6, PROVISIONAL_WATERMARK)

    def _running_header(self) -> None:
        doc, labels = self.document, self.labels
        self.set_font(self.family, size=8)
        self.set_text_color(*MUTED)
        revision = labels.revision.format(revision=doc.revision)
        title = f"{labels.title} {doc.number} · {revision}{labels.continued}"
        self.cell(self.epw / 2, 5, doc.seller.name)
        self.cell(0, 5, title, align="R")
        self.line(self.l_margin, self.t_margin + 6, self.w - self.r_margin, self.t_margin + 6)
        self.set_text_color(*INK)
        self.set_y(self.t_margin + 9)


def render_quote_pdf(document: QuoteDocument, language: str = "zh_CN") -> bytes:
    """The quote as PDF bytes, labelled in ``language`` (``"zh_CN"`` or ``"en"``).

    Raises ``ValueError`` for another language and :class:`~sfa.io.fonts.FontMissingError`
    when the shipped font is missing (a broken install).
    """
    return render_document(document, labels_for(language))


def render_document(document: QuoteDocument, labels: QuoteLabels) -> bytes:
    """A quote-shaped document (a quote, an order confirmation) with the given labels."""
    pdf = _QuotePdf(document, labels)
    revision = labels.revision.format(revision=document.revision)
    pdf.set_title(f"{labels.title} {document.number} {revision}")
    pdf.set_author(document.seller.name)
    pdf.set_subject(document.client_name)
    pdf.set_creator("SFA Desk")
    pdf.set_lang(labels.pdf_lang)
    pdf.add_page()
    draw_header(pdf, pdf.family, document, labels)
    draw_parties(pdf, pdf.family, document, labels)
    draw_lines(pdf, pdf.family, document, labels)
    draw_totals(pdf, pdf.family, document, labels)
    draw_terms(pdf, pdf.family, document, labels)
    draw_signatures(pdf, pdf.family, labels)
    return bytes(pdf.output())
