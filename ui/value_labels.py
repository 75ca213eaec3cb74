"""How client-value codes read: ``loyal`` → Loyal / 忠诚客户, and the churn reason in words."""

from __future__ import annotations

from decimal import Decimal

from sfa.analytics.churn import ChurnReason, ChurnRisk
from sfa.app.client_value import ClientValue
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_C = "ValueLabels"

_LABELS: dict[str, dict[str, str]] = {
    "lifecycle": {
        "acquiring": QT_TRANSLATE_NOOP("LifecycleLabels", "Acquiring"),
        "developing": QT_TRANSLATE_NOOP("LifecycleLabels", "Developing"),
        "maintaining": QT_TRANSLATE_NOOP("LifecycleLabels", "Maintaining"),
        "declining": QT_TRANSLATE_NOOP("LifecycleLabels", "Declining"),
    },
    "segment": {
        "loyal": QT_TRANSLATE_NOOP("SegmentLabels", "Loyal"),
        "repeat": QT_TRANSLATE_NOOP("SegmentLabels", "Repeat"),
        "ordinary": QT_TRANSLATE_NOOP("SegmentLabels", "Ordinary"),
        "prospective": QT_TRANSLATE_NOOP("SegmentLabels", "Prospective"),
    },
    "tier": {
        "vip": QT_TRANSLATE_NOOP("TierLabels", "VIP"),
        "major": QT_TRANSLATE_NOOP("TierLabels", "Major"),
        "medium": QT_TRANSLATE_NOOP("TierLabels", "Medium"),
        "small": QT_TRANSLATE_NOOP("TierLabels", "Small"),
    },
    "risk": {
        "none": QT_TRANSLATE_NOOP("RiskLabels", "None"),
        "medium": QT_TRANSLATE_NOOP("RiskLabels", "Medium"),
        "high": QT_TRANSLATE_NOOP("RiskLabels", "High"),
    },
}


_CONTEXTS = {
    "lifecycle": "LifecycleLabels",
    "segment": "SegmentLabels",
    "tier": "TierLabels",
    "risk": "RiskLabels",
}
"""One context per vocabulary: a “Medium” tier (中型客户) is not a “Medium” risk (中)."""


def value_label(vocabulary: str, code: str | None) -> str:
    if not code:
        return "—"
    text = _LABELS[vocabulary].get(code)
    return QCoreApplication.translate(_CONTEXTS[vocabulary], text) if text else code


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def churn_reasons(risk: ChurnRisk) -> str:
    """Why a client may be leaving, in plain words (empty when it is not)."""
    parts: list[str] = []
    for reason in risk.reasons:
        if reason is ChurnReason.NO_CONTACT and risk.days_quiet is None:
            parts.append(_tr("never contacted"))
        elif reason is ChurnReason.NO_CONTACT:
            # the sign is raised at 90 days and more: always a plural
            parts.append(_tr("no contact for {days} days").format(days=risk.days_quiet))
        elif reason is ChurnReason.DECLINING:
            drop = (1 - risk.trend.last / risk.trend.previous) * 100
            percent = str(drop.quantize(Decimal(1)))
            parts.append(
                _tr("business down {percent}% on the previous 180 days").format(percent=percent)
            )
    return "; ".join(parts)


def churn_text(risk: ChurnRisk) -> str:
    """“High — no contact for 120 days; business down 100% …”, or “None”."""
    level = value_label("risk", risk.level.value)
    reasons = churn_reasons(risk)
    return f"{level} — {reasons}" if reasons else level


def health_text(client: ClientValue | None) -> str:
    return "…" if client is None else str(client.health.index)
