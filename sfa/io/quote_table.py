"""The quote's line table, flowing over as many pages as the lines need.

fpdf2's table wraps long product names, never splits a row across pages and repeats the
heading row at the top of every page, so a 60-line quote stays readable on page 3.
"""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import TableBordersLayout, TableCellFillMode, TableHeadingsDisplay
from fpdf.fonts import FontFace

from sfa.io import formatting as fmt
from sfa.io.quote_labels import QuoteLabels
from sfa.io.quote_view import QuoteDocument

_HEADING_FILL = (226, 233, 242)
_STRIPE_FILL = (247, 248, 250)

# (width in mm, alignment) per column; the widths add up to A4's 180 mm text width.
_COLUMNS = (
    (10.0, "CENTER"),  # no.
    (25.0, "LEFT"),  # SKU
    (55.0, "LEFT"),  # product name
    (14.0, "RIGHT"),  # quantity
    (11.0, "CENTER"),  # unit
    (24.0, "RIGHT"),  # unit price
    (13.0, "RIGHT"),  # discount
    (28.0, "RIGHT"),  # line total
)


def _heading(labels: QuoteLabels) -> tuple[str, ...]:
    return (
        labels.col_no,
        labels.col_sku,
        labels.col_name,
        labels.col_quantity,
        labels.col_unit,
        labels.col_unit_price,
        labels.col_discount,
        labels.col_line_total,
    )


def draw_lines(pdf: FPDF, family: str, document: QuoteDocument, labels: QuoteLabels) -> None:
    """One row per quote line, amounts as the domain computed them."""
    pdf.set_font(family, size=8.5)
    pdf.set_fill_color(255)  # rows between the stripes: white, whatever the fill was before
    with pdf.table(
        col_widths=tuple(width for width, _ in _COLUMNS),
        text_align=tuple(align for _, align in _COLUMNS),
        width=pdf.epw,
        align="LEFT",
        borders_layout=TableBordersLayout.HORIZONTAL_LINES,
        cell_fill_mode=TableCellFillMode.ROWS,
        cell_fill_color=_STRIPE_FILL,
        headings_style=FontFace(family=family, emphasis="BOLD", fill_color=_HEADING_FILL),
        repeat_headings=TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE,
        line_height=4.4,
        padding=(1.4, 1.2),
        v_align="MIDDLE",
    ) as table:
        table.row(_heading(labels))
        for number, line in enumerate(document.lines, start=1):
            table.row(
                (
                    str(number),
                    line.sku,
                    line.name,
                    fmt.plain_number(line.quantity, labels.locale),
                    line.unit,
                    fmt.unit_price(line.unit_price, document.currency),
                    fmt.discount(line.discount_pct, labels.locale),
                    fmt.money(line.line_total, document.currency),
                )
            )
