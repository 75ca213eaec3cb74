"""Reading a spreadsheet the way a customer hands it over: CSV in whatever encoding Excel
chose, or an ``.xlsx`` workbook.

Encoding is found by a strict decode cascade rather than a statistical detector: a byte-order
mark says UTF-8 or UTF-16 outright; otherwise the text is decoded as strict UTF-8 (GBK text
almost never forms valid UTF-8 sequences, so a clean decode is proof); otherwise as GB18030,
the superset of GBK that Chinese Excel writes when it saves "CSV". Detectors such as
charset-normalizer guess from letter statistics and, on a short file of company names, name
Big5 or a Korean code page now and then — a cascade over the encodings that actually occur
is right every time for them and says so plainly when a file is none of them.

Every cell comes back as stripped text (empty cells as ``""``): the import decides what a
value means, with the same rules as a form.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from sfa.domain.errors import DomainError

MAX_ROWS = 100_000
"""More rows than any one import should carry; a larger file is split by the user."""

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_FALLBACKS = ("utf-8", "gb18030")


class TableFileError(DomainError):
    """The file cannot be read as a table; the message says why in plain words."""

    code = "invalid_file"


@dataclass(frozen=True)
class Table:
    """A sheet as text: the header row and the data rows (each as long as the header)."""

    headers: list[str]
    rows: list[list[str]]
    lines: list[int]
    """The row number the user sees in Excel for each of ``rows`` (the header is row 1 when
    it is the first line): error reports name these."""
    encoding: str | None = None
    """The text encoding of a CSV file (None for a workbook)."""
    sheet: str | None = None


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was in."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise TableFileError(
                    f"The file starts like {encoding.upper()} text but is not: {exc.reason}"
                ) from exc
    for encoding in _FALLBACKS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise TableFileError(
        "The file is neither UTF-8 nor GBK/GB18030 text. Save it from Excel as "
        "“CSV UTF-8” or as an .xlsx workbook and try again."
    )


def read_table(path: Path) -> Table:
    """The table in ``path`` (``.xlsx`` or CSV/TXT, whatever its encoding)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix == ".xls":
        raise TableFileError(
            "Old Excel files (.xls) cannot be read: save the sheet as .xlsx or CSV first."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f"The file cannot be opened: {exc.strerror or exc}") from exc
    return parse_csv(data)


def parse_csv(data: bytes) -> Table:
    text, encoding = decode_text(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise TableFileError("The file is empty.")
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text))
    try:
        records = list(reader)
    except csv.Error as exc:
        raise TableFileError(f"The file is not valid CSV: {exc}") from exc
    return _table([[cell.strip() for cell in row] for row in records], encoding=encoding)


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma unless the header line clearly uses semicolons or tabs (European Excel, TSV)."""
    header = text.splitlines()[0] if text else ""
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    separator = max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","

    class Dialect(csv.excel):
        delimiter = separator

    return Dialect


def read_xlsx(path: Path) -> Table:
    """The first (active) sheet of a workbook, values as text; formulas as Excel last computed."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise TableFileError(f"The workbook cannot be read: {exc}") from exc
    try:
        sheet = workbook.active
        if sheet is None:
            raise TableFileError("The workbook has no sheet.")
        records = [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        title = str(sheet.title)
    finally:
        workbook.close()
    return _table(records, encoding=None, sheet=title)


def cell_text(value: object) -> str:
    """A workbook cell as the text a user typed: no ``.0`` on whole numbers, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        number = Decimal(repr(value))
        return str(int(number)) if number == number.to_integral() else format(number, "f")
    return str(value).strip()


def _table(records: list[list[str]], *, encoding: str | None, sheet: str | None = None) -> Table:
    first = next((n for n, record in enumerate(records) if any(record)), None)
    if first is None:
        raise TableFileError("The file has no header row.")
    headers = _headers(records[first])
    if not headers:
        raise TableFileError("The file has no header row.")
    width = len(headers)
    rows: list[list[str]] = []
    lines: list[int] = []
    for number, record in enumerate(records[first + 1 :], start=first + 2):
        if any(record):
            rows.append((record + [""] * width)[:width])
            lines.append(number)
    if len(rows) > MAX_ROWS:
        raise TableFileError(
            f"The file has {len(rows):,} rows; import at most {MAX_ROWS:,} at a time."
        )
    return Table(headers, rows, lines, encoding, sheet)


def _headers(raw: list[str]) -> list[str]:
    """Header cells, trailing empty ones dropped, empty or repeated ones made unique."""
    cells = list(raw)
    while cells and not cells[-1]:
        cells.pop()
    headers: list[str] = []
    for number, cell in enumerate(cells, start=1):
        name = cell or f"Column {number}"
        candidate, copy = name, 2
        while candidate in headers:
            candidate, copy = f"{name} ({copy})", copy + 1
        headers.append(candidate)
    return headers
