"""Changes the server refused: shown, exported, resent or — only when the user says so —
discarded."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import Connection

from sfa.domain.errors import DomainError
from sfa.store import outbox, writes


def resend(conn: Connection, seq: int) -> None:
    """Try a refused change again (e.g. after a manager moved the account back)."""
    row = next((r for r in outbox.rejected(conn) if r["seq"] == seq), None)
    if row is None:
        raise DomainError("That change is no longer in the refused list")
    record = writes.load(conn, row["entity"], row["record_id"])
    outbox.resend(conn, seq, record["rev"] if record is not None else row["base_rev"])


def export_csv(conn: Connection, path: Path) -> int:
    """Write the refused changes to a CSV a spreadsheet opens (UTF-8 with BOM for Excel)."""
    rows = outbox.rejected(conn)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["entity", "record_id", "operation", "fields", "code", "reason", "made_at"])
        for row in rows:
            error = row["error"] or {}
            writer.writerow(
                [
                    row["entity"],
                    row["record_id"],
                    row["op"],
                    json.dumps(row["fields"], ensure_ascii=False),
                    error.get("code", ""),
                    error.get("message", ""),
                    row["created_at"].isoformat(),
                ]
            )
    return len(rows)
