"""What every part of the generator shares: the seeded random source, the reference day, ids.

Everything random goes through one ``random.Random`` so that a seed (and a pinned ``today``)
reproduces the whole company byte for byte; nothing reads the clock except the default of
``today`` in :func:`sfa.demo.generate`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")
"""China has one time zone and no daylight saving, so a fixed +08:00 offset is exact."""

Record = tuple[str, dict[str, Any]]

MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "199",
)
"""Mobile prefixes whose every 8-digit continuation ``phonenumbers`` accepts (154 is not one)."""


_VERSION_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_VERSION_SET = (0x4000 << 64) | (0x8000 << 48)


def uuid4_text(bits: int) -> str:
    """``str(uuid.UUID(int=bits, version=4))`` without building the object (a million ids)."""
    h = f"{(bits & _VERSION_CLEAR) | _VERSION_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def cents_to_money(cents: int) -> Decimal:
    """``290000`` → ``Decimal("2900.00")``: always two decimals, never through a float."""
    return Decimal(cents).scaleb(-2)


def money_to_cents(text: str) -> int:
    return int(Decimal(text).scaleb(2))


@dataclass(slots=True)
class Context:
    rng: random.Random
    today: date
    midnight: datetime = field(init=False)
    """Start of ``today`` in China: the origin of every generated timestamp."""

    def __post_init__(self) -> None:
        self.midnight = datetime(self.today.year, self.today.month, self.today.day, tzinfo=CHINA)

    def new_id(self) -> str:
        """A version-4 UUID drawn from the seeded source, so ids repeat with the seed."""
        return uuid4_text(self.rng.getrandbits(128))

    def mobile(self) -> str:
        rng = self.rng
        return f"+86{rng.choice(MOBILE_PREFIXES)}{rng.randrange(100_000_000):08d}"

    def at(self, days: int, hour: int, minute: int = 0) -> datetime:
        """Local office time ``days`` from today (negative: in the past), in +08:00."""
        return self.midnight + timedelta(days=days, hours=hour, minutes=minute)

    def workday(self, days: int) -> int:
        """``days`` moved off the weekend (back to Friday in the past, on to Monday ahead)."""
        weekday = (self.today.weekday() + days) % 7
        if weekday < 5:
            return days
        return days - (weekday - 4) if days <= 0 else days + (7 - weekday)

    def working_time(self, days: int) -> datetime:
        """A plausible time of a working day (09:00–17:50) about ``days`` from today."""
        rng = self.rng
        hour = rng.choice((9, 10, 10, 11, 11, 13, 14, 14, 15, 15, 16, 17))
        return self.at(self.workday(days), hour, rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))
