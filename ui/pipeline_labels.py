"""How the pipeline reads on screen: stage names, percentages, money totals, dates.

Shared by the board and the list so a stage or an amount reads the same in both. Money is
formatted by :mod:`sfa.io.formatting` (¥ for CNY in either language).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sfa.domain.enums import Stage
from sfa.io import formatting
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

CONTEXT = "Pipeline"

_STAGES = {
    Stage.PROSPECTING: QT_TRANSLATE_NOOP("Pipeline", "Prospecting"),
    Stage.QUALIFICATION: QT_TRANSLATE_NOOP("Pipeline", "Qualification"),
    Stage.NEEDS_ANALYSIS: QT_TRANSLATE_NOOP("Pipeline", "Needs analysis"),
    Stage.PROPOSAL: QT_TRANSLATE_NOOP("Pipeline", "Proposal"),
    Stage.NEGOTIATION: QT_TRANSLATE_NOOP("Pipeline", "Negotiation"),
    Stage.WON: QT_TRANSLATE_NOOP("Pipeline", "Won"),
    Stage.LOST: QT_TRANSLATE_NOOP("Pipeline", "Lost"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stage_name(stage: Stage) -> str:
    return tr(_STAGES[stage])


def percent(probability: Decimal) -> str:
    return formatting.tax_rate(probability, number_locale())


def money_or_dash(amount: Decimal | None, currency: str) -> str:
    return "—" if amount is None else formatting.money(amount, currency)


def money_totals(totals: Mapping[str, Decimal]) -> str:
    """``¥133,333.33`` — or ``¥1,000.00 + US$50.00`` when a stage holds several currencies."""
    if not totals:
        return formatting.money(Decimal(0), "CNY")
    return " + ".join(formatting.money(totals[code], code) for code in sorted(totals))


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def number_locale() -> str:
    """Babel's locale for numbers in the interface language."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
