"""Quote documents for the PDF tests, priced by the domain as the app will price them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sfa.domain.pricing import quote_totals
from sfa.io.quote_view import QuoteDocument, QuoteDocumentLine, Seller

SELLER = Seller(
    name="上海明远办公设备有限公司",
    address="上海市浦东新区张江高科技园区碧波路 690 号 3 号楼 501 室",
    phone="+86 21 5080 1234",
    email="sales@mingyuan.example.cn",
    credit_code="91310115MA1H7XXX8Q",
)

# (sku, name, unit, quantity, unit price, discount %)
CATALOGUE = [
    ("HP-M404DN", "惠普 LaserJet Pro M404dn 黑白激光打印机", "台", "2", "2900.00", "0"),
    ("DL-A4-70G", "得力 A4 复印纸 70g（500张/包，8包/箱）", "箱", "12", "189.50", "5"),
    ("LN-X1C-12", "联想 ThinkPad X1 Carbon 第12代 笔记本电脑", "台", "3", "12999.00", "12.5"),
    ("MG-GP-05", "晨光 中性笔 0.5mm 黑色", "支", "1200", "1.25", "0"),
    ("HP-CF226A", "HP 26A 原装硒鼓 CF226A", "个", "5", "0.125", "0"),
]


def make_quote(
    line_count: int = 5, *, provisional: bool = False, currency: str = "CNY"
) -> QuoteDocument:
    """``line_count`` lines cycling through the catalogue, SKUs numbered so each is unique."""
    raw = []
    for index in range(line_count):
        sku, name, unit, quantity, price, discount = CATALOGUE[index % len(CATALOGUE)]
        suffix = f"-{index + 1:02d}" if line_count > len(CATALOGUE) else ""
        raw.append(
            {
                "sku": sku + suffix,
                "name": name,
                "unit": unit,
                "quantity": Decimal(quantity),
                "unit_price": Decimal(price),
                "discount_pct": Decimal(discount),
            }
        )
    tax_rate = Decimal("0.13")
    totals = quote_totals(raw, tax_rate, currency)
    lines = [
        QuoteDocumentLine(
            sku=line["sku"],
            name=line["name"],
            unit=line["unit"],
            quantity=line["quantity"],
            unit_price=line["unit_price"],
            discount_pct=line["discount_pct"],
            line_total=amount,
        )
        for line, amount in zip(raw, totals.lines, strict=True)
    ]
    return QuoteDocument(
        number="Q-2024-000123",
        revision=2,
        issued_on=date(2024, 6, 1),
        valid_until=date(2024, 6, 30),
        currency=currency,
        status="sent",
        provisional=provisional,
        seller=SELLER,
        client_name="北京华信科技股份有限公司",
        client_address="北京市海淀区中关村大街 27 号 中关村大厦 12 层",
        contact_name="王丽华",
        contact_phone="+86 138 0013 8000",
        lines=lines,
        subtotal=totals.subtotal,
        tax_rate=tax_rate,
        tax=totals.tax,
        total=totals.total,
        terms="1. 付款方式：合同签订后 7 日内支付 30% 预付款。\n2. 交货期：收到预付款后 10 个工作日内送货。",
    )
