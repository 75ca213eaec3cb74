"""How order statuses and payment methods read on screen, in the ``OrderLabels`` context."""

from __future__ import annotations

from sfa.domain.enums import OrderStatus, PaymentMethod
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_C = "OrderLabels"

STATUS: dict[str, str] = {
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("OrderLabels", "Confirmed"),
    OrderStatus.PARTLY_DELIVERED: QT_TRANSLATE_NOOP("OrderLabels", "Partly delivered"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("OrderLabels", "Delivered"),
    OrderStatus.CLOSED: QT_TRANSLATE_NOOP("OrderLabels", "Closed"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("OrderLabels", "Cancelled"),
}

METHOD: dict[str, str] = {
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("OrderLabels", "Bank transfer"),
    PaymentMethod.DRAFT: QT_TRANSLATE_NOOP("OrderLabels", "Bank acceptance draft"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("OrderLabels", "Cash"),
    PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("OrderLabels", "Cheque"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("OrderLabels", "Other"),
}


def status_label(code: str | None) -> str:
    return QCoreApplication.translate(_C, STATUS[code]) if code in STATUS else (code or "")


def method_label(code: str | None) -> str:
    return QCoreApplication.translate(_C, METHOD[code]) if code in METHOD else (code or "")
