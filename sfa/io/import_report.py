"""The error report of an import: one line per bad cell, as the user saves it."""

from __future__ import annotations

from collections.abc import Sequence

from sfa.io.import_plan import Problem

REPORT_HEADERS = ("Row", "Column", "Value", "Why")


def problems_table(
    problems: Sequence[Problem], headers: Sequence[str] | None = None
) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of the report, in file order (``Row`` is the spreadsheet's row)."""
    ordered = sorted(problems, key=lambda p: p.line)
    rows = [[str(p.line), p.column, p.value, p.reason] for p in ordered]
    return list(headers or REPORT_HEADERS), rows
