"""The words printed on a quote PDF, in each language a quote can be handed over in.

Kept apart from the layout so a translator (or a reviewer) reads every label in one place
and a new language is one more table, not edits across the drawing code.
"""

from __future__ import annotations

from dataclasses import dataclass

PROVISIONAL_WATERMARK = "PROVISIONAL / 待确认"
"""Stamped across every page of a provisional quote, in both languages whatever the labels,
so neither the client nor the rep's colleagues can mistake it for a confirmed price."""


@dataclass(frozen=True, slots=True)
class QuoteLabels:
    locale: str
    """The Babel locale used for dates and numbers."""
    pdf_lang: str
    """The document language tag written into the PDF (screen readers, search)."""
    colon: str
    """Between a label and its value: full-width in Chinese, ``": "`` in English."""
    title: str
    provisional_note: str
    number: str
    revision: str
    """A ``str.format`` pattern taking ``{revision}``."""
    issued_on: str
    valid_until: str
    currency: str
    client: str
    contact: str
    phone: str
    email: str
    credit_code: str
    col_no: str
    col_sku: str
    col_name: str
    col_quantity: str
    col_unit: str
    col_unit_price: str
    col_discount: str
    col_line_total: str
    subtotal: str
    vat: str
    """A ``str.format`` pattern taking ``{rate}`` (already formatted, e.g. ``13%``)."""
    total: str
    terms: str
    seller_sign: str
    client_sign: str
    sign_date: str
    continued: str
    page: str
    """A ``str.format`` pattern taking ``{page}`` and ``{pages}``."""
    amount_in_words: str = ""
    """Before the total in Chinese capitals (大写金额) on a CNY quote; empty: not printed."""


ZH_CN = QuoteLabels(
    locale="zh_CN",
    pdf_lang="zh-CN",
    colon="：",
    title="报价单",
    provisional_note="待确认（PROVISIONAL）：本报价中的价格尚待公司确认，以正式确认的报价为准。",
    number="报价单号",
    revision="第 {revision} 版",
    issued_on="报价日期",
    valid_until="有效期至",
    currency="币种",
    client="客户",
    contact="联系人",
    phone="电话",
    email="邮箱",
    credit_code="统一社会信用代码",
    col_no="序号",
    col_sku="产品编号",
    col_name="产品名称",
    col_quantity="数量",
    col_unit="单位",
    col_unit_price="单价",
    col_discount="折扣",
    col_line_total="金额",
    subtotal="小计（不含税）",
    vat="增值税（{rate}）",
    total="合计（含税）",
    terms="条款与说明",
    seller_sign="供方（签字/盖章）",
    client_sign="需方确认（签字/盖章）",
    sign_date="日期",
    continued="（续）",
    page="第 {page} 页，共 {pages} 页",
    amount_in_words="大写金额",
)

EN = QuoteLabels(
    locale="en",
    pdf_lang="en",
    colon=": ",
    title="QUOTATION",
    provisional_note="PROVISIONAL (待确认): prices in this quote are awaiting confirmation "
    "and are subject to change until confirmed.",
    number="Quote no.",
    revision="Rev. {revision}",
    issued_on="Date",
    valid_until="Valid until",
    currency="Currency",
    client="Client",
    contact="Contact",
    phone="Tel.",
    email="E-mail",
    credit_code="Unified social credit code",
    col_no="#",
    col_sku="SKU",
    col_name="Product",
    col_quantity="Qty",
    col_unit="Unit",
    col_unit_price="Unit price",
    col_discount="Disc.",
    col_line_total="Amount",
    subtotal="Subtotal (excl. VAT)",
    vat="VAT ({rate})",
    total="Total (incl. VAT)",
    terms="Terms and conditions",
    seller_sign="For the seller (signature / seal)",
    client_sign="Accepted by the client (signature / seal)",
    sign_date="Date",
    continued=" (continued)",
    page="Page {page} of {pages}",
)

LANGUAGES: dict[str, QuoteLabels] = {"zh_CN": ZH_CN, "en": EN}


def labels_for(language: str) -> QuoteLabels:
    """The labels of a supported language; an unknown one is a caller's bug, said plainly."""
    try:
        return LANGUAGES[language]
    except KeyError:
        known = ", ".join(sorted(LANGUAGES))
        raise ValueError(f"unsupported quote language {language!r} (known: {known})") from None
