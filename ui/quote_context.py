"""Who is quoting, and for which company: what the quote editor needs beyond the quote.

The rep's role decides the discount limit and the rep code numbers new quotes; both come
from the local user table (synced from the server), so the laptop prices offline exactly as
the server will. The seller printed on the PDF is a per-installation setting: a rep's laptop
quotes for one company, and an admin sets it once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from sfa.domain.enums import Role
from sfa.io.quote_view import Seller
from sfa.store import writes
from ui.qt import QSettings

FALLBACK_REP_CODE = "LOCAL"
"""Numbers quotes made without a signed-in user (the local demo company): never synced."""

SELLER_KEYS = ("name", "address", "phone", "email", "credit_code")
DEFAULT_SELLER = Seller(
    name="SFA Desk 演示公司",
    address="请在设置中填写公司地址",
    phone="",
)
"""Shown until an admin sets the company: obviously a placeholder, never a real-looking one."""


@dataclass(frozen=True, slots=True)
class QuoteAuthor:
    """The signed-in rep as the quote use cases need them."""

    actor: str | None
    role: str
    rep_code: str
    display_name: str


def author_for(conn: Connection, user_id: str | None) -> QuoteAuthor:
    """The rep behind ``user_id`` from the local user table; an unknown user quotes as a rep
    (the strictest discount limit), so a missing row can never widen what a rep may give."""
    user = writes.load(conn, "user", user_id) if user_id else None
    if user is None:
        return QuoteAuthor(user_id, Role.REP.value, FALLBACK_REP_CODE, "")
    role = user["role"] if user["role"] in {r.value for r in Role} else Role.REP.value
    return QuoteAuthor(
        user_id,
        role,
        user["rep_code"] or FALLBACK_REP_CODE,
        user["display_name"] or user["username"] or "",
    )


def display_name(conn: Connection, user_id: str | None) -> str | None:
    """A colleague's name as the rep knows it, when the local user table has them."""
    user = writes.load(conn, "user", user_id) if user_id else None
    if user is None:
        return None
    return str(user["display_name"] or user["username"] or "") or None


def seller(settings: QSettings | None = None) -> Seller:
    """The issuing company from the settings (``seller/name`` …), else the placeholder."""
    settings = settings or QSettings()
    values = {key: settings.value(f"seller/{key}") for key in SELLER_KEYS}
    if not values["name"]:
        return DEFAULT_SELLER
    return Seller(
        name=str(values["name"]),
        address=str(values["address"] or ""),
        phone=str(values["phone"] or ""),
        email=str(values["email"]) if values["email"] else None,
        credit_code=str(values["credit_code"]) if values["credit_code"] else None,
    )


def save_seller(company: Seller, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    for key in SELLER_KEYS:
        settings.setValue(f"seller/{key}", getattr(company, key) or "")
