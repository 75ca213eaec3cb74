"""How stored codes read in the interface: ``customer`` → Customer / 客户.

The codes are the product's vocabularies (``sfa.domain.enums``); only their labels live here,
so the lists, the detail panes and the filters all say the same word for the same code.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sfa.io import formatting
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"
"""Deal stages have their own context: “Lost” is 已流失 for a client but 输单 for a deal."""

_LABELS: dict[str, dict[str, str]] = {
    "status": {
        "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
        "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
        "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    },
    "tier": {
        "strategic": QT_TRANSLATE_NOOP("Labels", "Strategic"),
        "key": QT_TRANSLATE_NOOP("Labels", "Key"),
        "standard": QT_TRANSLATE_NOOP("Labels", "Standard"),
        "small": QT_TRANSLATE_NOOP("Labels", "Small"),
    },
    "industry": {
        "manufacturing": QT_TRANSLATE_NOOP("Labels", "Manufacturing"),
        "retail": QT_TRANSLATE_NOOP("Labels", "Retail"),
        "finance": QT_TRANSLATE_NOOP("Labels", "Finance"),
        "healthcare": QT_TRANSLATE_NOOP("Labels", "Healthcare"),
        "education": QT_TRANSLATE_NOOP("Labels", "Education"),
        "government": QT_TRANSLATE_NOOP("Labels", "Government"),
        "technology": QT_TRANSLATE_NOOP("Labels", "Technology"),
        "logistics": QT_TRANSLATE_NOOP("Labels", "Logistics"),
        "energy": QT_TRANSLATE_NOOP("Labels", "Energy"),
        "construction": QT_TRANSLATE_NOOP("Labels", "Construction"),
        "hospitality": QT_TRANSLATE_NOOP("Labels", "Hospitality"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "activity": {
        "call": QT_TRANSLATE_NOOP("Labels", "Call"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
        "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    },
    "visit": {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "checked_in": QT_TRANSLATE_NOOP("Labels", "Checked in"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "stage": {
        "prospecting": QT_TRANSLATE_NOOP("StageLabels", "Prospecting"),
        "qualification": QT_TRANSLATE_NOOP("StageLabels", "Qualification"),
        "needs_analysis": QT_TRANSLATE_NOOP("StageLabels", "Needs analysis"),
        "proposal": QT_TRANSLATE_NOOP("StageLabels", "Proposal"),
        "negotiation": QT_TRANSLATE_NOOP("StageLabels", "Negotiation"),
        "won": QT_TRANSLATE_NOOP("StageLabels", "Won"),
        "lost": QT_TRANSLATE_NOOP("StageLabels", "Lost"),
    },
    "quote": {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "provisional": QT_TRANSLATE_NOOP("Labels", "Provisional"),
        "pending_approval": QT_TRANSLATE_NOOP("Labels", "Pending approval"),
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
        "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    },
}


def codes(vocabulary: str) -> list[str]:
    return list(_LABELS[vocabulary])


def label(vocabulary: str, code: str | None) -> str:
    """The translated label of ``code``; an unknown code (a newer server) shows as itself."""
    if not code:
        return ""
    text = _LABELS.get(vocabulary, {}).get(code)
    context = "StageLabels" if vocabulary == "stage" else _CONTEXT
    return QCoreApplication.translate(context, text) if text else code


def when(value: datetime | date | None) -> str:
    """A date, or a local date and time, written the same way in both languages."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def money(amount: Decimal | None, currency: str | None) -> str:
    return "" if amount is None else formatting.money(amount, currency or "CNY")


def stars(rating: int | None) -> str:
    return "" if not rating else "★" * rating + "☆" * (5 - rating)
