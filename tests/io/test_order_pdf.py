"""The order confirmation, read back with pypdf: it carries the order's lines and totals as
the store holds them, in Chinese and English, and never a provisional mark."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from sfa.app.orders import create_order, order_document
from sfa.io.order_pdf import render_order_pdf
from sfa.io.quote_view import QuoteDocument, Seller
from sfa.store import writes
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

SELLER = Seller(name="华信办公设备有限公司", address="广州市天河区", phone="020-12345678")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def documents(store: LocalStore) -> dict[str, QuoteDocument]:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "product",
            [
                {
                    "id": "printer",
                    "rev": 1,
                    "sku": "PR-L2900",
                    "name": "黑白激光打印机",
                    "unit": "台",
                    "list_price": "2900.00",
                },
                {
                    "id": "toner",
                    "rev": 2,
                    "sku": "TN-100",
                    "name": "原装硒鼓",
                    "unit": "个",
                    "list_price": "480.00",
                },
            ],
        )
        apply_remote(
            conn,
            "account",
            [
                {
                    "id": "acme",
                    "rev": 3,
                    "name": "广州贸易有限公司",
                    "city": "广州市",
                    "payment_terms_days": 60,
                }
            ],
        )
        order = create_order(
            conn,
            "acme",
            [("printer", Decimal("3")), ("toner", Decimal("12"))],
            actor="rep1",
            rep_code="R001",
            today=date(2026, 11, 22),
            fields={"promised_date": date(2026, 12, 5)},
        )
        assert writes.load(conn, "order", order)["total"] == Decimal("16339.80")  # type: ignore[index]
        return {
            language: order_document(conn, order, seller=SELLER, language=language)
            for language in ("zh_CN", "en")
        }


def test_the_chinese_confirmation_carries_lines_totals_and_terms(
    documents: dict[str, QuoteDocument],
) -> None:
    document = documents["zh_CN"]
    text = _text(render_order_pdf(document, "zh_CN"))
    assert "订单确认书" in text
    assert "订单号" in text and document.number in text
    assert "1 PR-L2900 黑白激光打印机 3 台 ¥2,900.00 — ¥8,700.00" in text
    assert "2 TN-100 原装硒鼓 12 个 ¥480.00 — ¥5,760.00" in text
    # 14460.00 + VAT 13 % 1879.80 = 16339.80
    assert "小计（不含税） ¥14,460.00" in text
    assert "增值税（13%） ¥1,879.80" in text
    assert "合计（含税） ¥16,339.80" in text
    assert "壹万陆仟叁佰叁拾玖元捌角" in text
    assert "开具发票后 60 天内付款" in text
    assert "2026年12月5日" in text  # the promised delivery date
    assert "待确认" not in text and "PROVISIONAL" not in text


def test_the_english_confirmation(documents: dict[str, QuoteDocument]) -> None:
    text = _text(render_order_pdf(documents["en"], "en"))
    assert "ORDER CONFIRMATION" in text
    assert "Total (incl. VAT) ¥16,339.80" in text
    assert "60 days net from the invoice date" in text
    with pytest.raises(ValueError, match="unsupported order language"):
        render_order_pdf(documents["en"], "fr")
