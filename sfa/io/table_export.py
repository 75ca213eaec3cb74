"""Writing a table (headers and rows of text) to a file Excel opens as the user expects.

CSV is written as UTF-8 *with* a byte-order mark: without it Excel on a Chinese Windows reads
the file as GBK and shows 客户名称 as mojibake. A cell that Excel would run as a formula
(``=…``, ``@…``, or ``+``/``-`` followed by anything but a number) is written with a leading
apostrophe — a list exported from the app must never execute when opened; phone numbers such
as ``+8613800138000`` stay as they are. ``.xlsx`` cells are always written as text, so no
value is ever reinterpreted.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from sfa.domain.errors import DomainError

_NUMBER = re.compile(r"[+-]?[\d\s().]+")
_RISKY_START = ("=", "@", "\t", "\r")


class ExportError(DomainError):
    code = "export_failed"


def defuse(text: str) -> str:
    """``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``; ``+86 138…`` unchanged."""
    if text.startswith(_RISKY_START) or (text[:1] in ("+", "-") and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([defuse(h) for h in headers])
    writer.writerows([defuse(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(
    headers: Sequence[str], rows: Iterable[Sequence[str]], *, sheet: str = "Sheet1"
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=_sheet_title(sheet))
    bold = Font(bold=True)

    def text_cell(value: str, *, header: bool = False) -> Cell:
        cell = WriteOnlyCell(worksheet, value=value)
        cell.data_type = "s"  # never a formula, never a number Excel reformats
        if header:
            cell.font = bold
        return cell

    worksheet.append([text_cell(h, header=True) for h in headers])
    for row in rows:
        worksheet.append([text_cell(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]], *, sheet: str = "Sheet1"
) -> Path:
    """Write ``.xlsx`` or (any other suffix) CSV to ``path``; returns the path written."""
    suffix = path.suffix.lower()
    data = xlsx_bytes(headers, rows, sheet=sheet) if suffix == ".xlsx" else csv_bytes(headers, rows)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ExportError(f"The file cannot be written: {exc.strerror or exc}") from exc
    return path


def _sheet_title(text: str) -> str:
    """Excel allows 31 characters and none of ``[]:*?/\\`` in a sheet name."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", text).strip() or "Sheet1"
    return cleaned[:31]
