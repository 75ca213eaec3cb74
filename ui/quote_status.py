"""How a quote's status reads and looks: one table for the editor and its action bar.

The texts keep the ``QuoteEditor`` translation context they have always had.
"""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP

STATUS_TEXT = {
    "draft": QT_TRANSLATE_NOOP("QuoteEditor", "Draft"),
    "provisional": QT_TRANSLATE_NOOP(
        "QuoteEditor", "Provisional — price not yet accepted by the server"
    ),
    "pending_approval": QT_TRANSLATE_NOOP(
        "QuoteEditor", "Pending approval — over your discount limit, needs a manager's approval"
    ),
    "approved": QT_TRANSLATE_NOOP("QuoteEditor", "Approved — ready to send"),
    "sent": QT_TRANSLATE_NOOP("QuoteEditor", "Sent to the client"),
    "accepted": QT_TRANSLATE_NOOP("QuoteEditor", "Accepted by the client"),
    "rejected": QT_TRANSLATE_NOOP("QuoteEditor", "Rejected"),
    "expired": QT_TRANSLATE_NOOP("QuoteEditor", "Expired"),
    "superseded": QT_TRANSLATE_NOOP(
        "QuoteEditor", "Superseded — an older revision, kept for reference"
    ),
}
STATUS_STYLE = {
    "provisional": "background: #fff1dc; color: #8a4500; border: 1px solid #f0b860;",
    "pending_approval": "background: #fdecea; color: #8c1d18; border: 1px solid #e8a29b;",
}
NEUTRAL_STYLE = "background: #eef1f4; color: #2b3440; border: 1px solid #c9d0d8;"
