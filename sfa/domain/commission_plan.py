"""A commission plan's terms as they travel: short ``key=value`` texts, parsed and checked once.

``rates``: ``"<product line>=<rate>"``, the rate a fraction of the money (``0.05`` = 5 %);
``"*=<rate>"`` is the rate of every product line not named (none: such lines earn nothing).
``tiers``: ``"<attainment from>=<multiplier>"``: from that quota attainment on (a fraction,
``0.8`` = 80 %, the boundary included) the rates are multiplied by the multiplier; below the
lowest tier the multiplier is 0 unless a tier starts at 0. No tiers: multiplier 1.

Texts rather than a nested object so the plan stays an ordinary synced record whose fields
merge like any other; :func:`parse_rates` / :func:`parse_tiers` are the only readers.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sfa.domain.errors import ValidationError

DEFAULT_LINE = "*"
_MAX_MULTIPLIER = Decimal(10)


def _split(entry: str, field: str) -> tuple[str, Decimal]:
    key, sep, raw = entry.partition("=")
    key = key.strip()
    if not sep or not key:
        raise ValidationError(field, f"“{entry}” should read name=number, e.g. printers=0.05")
    try:
        value = Decimal(raw.strip())
    except InvalidOperation as exc:
        raise ValidationError(field, f"“{raw.strip()}” in “{entry}” is not a number") from exc
    if not value.is_finite():
        raise ValidationError(field, f"“{entry}” needs a finite number")
    return key, value


def parse_rates(entries: list[str], field: str = "rates") -> dict[str, Decimal]:
    rates: dict[str, Decimal] = {}
    for entry in entries:
        line, rate = _split(entry, field)
        if not Decimal(0) <= rate <= Decimal(1):
            raise ValidationError(
                field, f"the rate for {line} must be between 0 and 1 (0.05 = 5 %)"
            )
        if line in rates:
            raise ValidationError(field, f"{line} has two rates")
        rates[line] = rate
    return rates


def parse_tiers(entries: list[str], field: str = "tiers") -> list[tuple[Decimal, Decimal]]:
    """(attainment from, multiplier), lowest threshold first."""
    tiers: dict[Decimal, Decimal] = {}
    for entry in entries:
        raw, multiplier = _split(entry, field)
        try:
            threshold = Decimal(raw)
        except InvalidOperation as exc:
            raise ValidationError(field, f"“{raw}” is not an attainment such as 0.8") from exc
        if threshold < 0 or not threshold.is_finite():
            raise ValidationError(field, f"the attainment {raw} cannot be negative")
        if not Decimal(0) <= multiplier <= _MAX_MULTIPLIER:
            raise ValidationError(field, f"the multiplier for {raw} must be between 0 and 10")
        if threshold in tiers:
            raise ValidationError(field, f"two tiers start at {raw}")
        tiers[threshold] = multiplier
    return sorted(tiers.items())


def normalize_rates(entries: list[str], field: str) -> list[str]:
    return [f"{line}={format(rate, 'f')}" for line, rate in parse_rates(entries, field).items()]


def normalize_tiers(entries: list[str], field: str) -> list[str]:
    return [f"{format(t, 'f')}={format(m, 'f')}" for t, m in parse_tiers(entries, field)]


def rate_for(rates: dict[str, Decimal], product_line: str | None) -> Decimal:
    """The rate of a product line: its own, else the default, else nothing."""
    if product_line is not None and product_line in rates:
        return rates[product_line]
    return rates.get(DEFAULT_LINE, Decimal(0))


def multiplier_for(tiers: list[tuple[Decimal, Decimal]], attainment: Decimal | None) -> Decimal:
    """The multiplier of the highest tier whose threshold ``attainment`` reaches (boundary
    included); 1 without tiers, and 1 without a quota to measure attainment against."""
    if not tiers or attainment is None:
        return Decimal(1)
    reached = [multiplier for threshold, multiplier in tiers if attainment >= threshold]
    return reached[-1] if reached else Decimal(0)
