"""The quote PDF a client is handed: read back as text, it says what the quote says.

Every PDF here is rendered by :func:`render_quote_pdf` and read back with pypdf, so the
assertions hold for what a client's PDF reader (or a search box) sees, not for our inputs.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from sfa.io import fonts
from sfa.io.quote_pdf import render_quote_pdf
from sfa.io.quote_view import QuoteDocument
from tests.io.quote_samples import CATALOGUE, make_quote


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _text(pdf: bytes) -> str:
    return "\n".join(_pages(pdf))


@pytest.fixture(scope="module")
def quote() -> QuoteDocument:
    return make_quote()


@pytest.fixture(scope="module")
def zh_pdf(quote: QuoteDocument) -> bytes:
    return render_quote_pdf(quote, "zh_CN")


@pytest.fixture(scope="module")
def en_pdf(quote: QuoteDocument) -> bytes:
    return render_quote_pdf(quote, "en")


@pytest.fixture(scope="module")
def long_pdfs() -> dict[str, bytes]:
    """A 60-line quote, the size where a rep's quote runs over several sheets."""
    document = make_quote(60)
    return {language: render_quote_pdf(document, language) for language in ("zh_CN", "en")}


def test_the_default_language_is_chinese(quote: QuoteDocument) -> None:
    pdf = render_quote_pdf(quote)
    assert pdf.startswith(b"%PDF-")
    assert "报价单号" in _text(pdf)


def test_every_line_is_listed_with_its_figures(zh_pdf: bytes) -> None:
    text = _text(zh_pdf)
    for sku, name, *_ in CATALOGUE:
        assert sku in text
        assert name in text
    rows = [line for line in text.splitlines() if line.startswith(("2 DL-A4-70G", "5 HP-CF226A"))]
    assert rows == [
        "2 DL-A4-70G 得力 A4 复印纸 70g（500张/包，8包/箱） 12 箱 ¥189.50 5% ¥2,160.30",
        "5 HP-CF226A HP 26A 原装硒鼓 CF226A 5 个 ¥0.125 — ¥0.63",
    ]
    assert "1,200 支 ¥1.25" in text  # a quantity groups thousands like money
    assert "12.5% ¥34,122.38" in text


def test_totals_vat_and_the_quote_facts_in_chinese(zh_pdf: bytes) -> None:
    text = _text(zh_pdf)
    assert "小计（不含税） ¥43,583.31" in text
    assert "增值税（13%） ¥5,665.83" in text
    assert "合计（含税） ¥49,249.14" in text
    assert "大写金额：人民币肆万玖仟贰佰肆拾玖元壹角肆分" in text
    assert "报价单号 Q-2024-000123 · 第 2 版" in text
    assert "报价日期 2024年6月1日" in text
    assert "有效期至 2024年6月30日" in text
    assert "币种 CNY（人民币）" in text
    assert "第 1 页，共 1 页" in text


def test_seller_client_contact_and_terms_are_printed(zh_pdf: bytes) -> None:
    text = _text(zh_pdf)
    for expected in (
        "上海明远办公设备有限公司",
        "上海市浦东新区张江高科技园区碧波路 690 号 3 号楼 501 室",
        "电话：+86 21 5080 1234",
        "统一社会信用代码：91310115MA1H7XXX8Q",
        "北京华信科技股份有限公司",
        "北京市海淀区中关村大街 27 号 中关村大厦 12 层",
        "王丽华",
        "电话：+86 138 0013 8000",
        "1. 付款方式：合同签订后 7 日内支付 30% 预付款。",
        "2. 交货期：收到预付款后 10 个工作日内送货。",
    ):
        assert expected in text


def test_the_english_pdf_carries_no_chinese_capitals(en_pdf: bytes) -> None:
    assert "人民币" not in _text(en_pdf)


def test_english_labels(en_pdf: bytes) -> None:
    text = _text(en_pdf)
    for expected in (
        "QUOTATION",
        "Quote no. Q-2024-000123 · Rev. 2",
        "Date June 1, 2024",
        "Valid until June 30, 2024",
        "Currency CNY (Chinese Yuan)",
        "SKU Product Qty Unit Unit price Disc. Amount",
        "Subtotal (excl. VAT) ¥43,583.31",
        "VAT (13%) ¥5,665.83",
        "Total (incl. VAT) ¥49,249.14",
        "Tel.: +86 138 0013 8000",
        "Page 1 of 1",
    ):
        assert expected in text
    # the data stays as written (Chinese names), the labels do not
    assert "得力 A4 复印纸" in text
    assert "报价单号" not in text and "有效期至" not in text and "页" not in text


def test_the_figures_are_printed_as_given_never_recomputed(quote: QuoteDocument) -> None:
    """Pricing lives in sfa.domain; a PDF that recomputed could disagree with the app."""
    odd = replace(quote, subtotal=Decimal("1.00"), tax=Decimal("2.00"), total=Decimal("3.00"))
    text = _text(render_quote_pdf(odd, "en"))
    assert "Subtotal (excl. VAT) ¥1.00" in text
    assert "VAT (13%) ¥2.00" in text
    assert "Total (incl. VAT) ¥3.00" in text


def test_other_currencies_use_their_own_symbol_and_minor_unit() -> None:
    text = _text(render_quote_pdf(make_quote(currency="USD"), "en"))
    assert "Total (incl. VAT) US$49,249.14" in text
    assert "Currency USD (US Dollar)" in text
    jpy = replace(make_quote(currency="JPY"), total=Decimal("49249"))
    assert "合计（含税） JP¥49,249" in _text(render_quote_pdf(jpy, "zh_CN"))


def _fonts(pdf: bytes) -> list[DictionaryObject]:
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"]
        found.extend(font.get_object() for font in resources["/Font"].values())
    return found


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_font_is_embedded_as_a_subset(
    language: str, zh_pdf: bytes, en_pdf: bytes, long_pdfs: dict[str, bytes]
) -> None:
    """No reliance on the reader's fonts: a client without a Chinese font sees no boxes."""
    for pdf in ({"zh_CN": zh_pdf, "en": en_pdf}[language], long_pdfs[language]):
        used = _fonts(pdf)
        assert used, "no font resources"
        for font in used:
            assert font["/Subtype"] == "/Type0"  # CID font: any CJK glyph, no standard-14 font
            assert re.fullmatch(r"/[A-Z]{6}\+NotoSansSC(Bold)?", font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
            assert "/ToUnicode" in font  # what makes the Chinese text extractable


def test_a_long_quote_is_small_because_only_used_glyphs_are_embedded(
    long_pdfs: dict[str, bytes],
) -> None:
    assert all(len(pdf) < 250_000 for pdf in long_pdfs.values())


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("zh_CN", "待确认（PROVISIONAL）：本报价中的价格尚待公司确认"),
        ("en", "PROVISIONAL (待确认): prices in this quote are awaiting confirmation"),
    ],
)
def test_a_provisional_quote_says_so_on_every_page(language: str, note: str) -> None:
    pages = _pages(render_quote_pdf(make_quote(60, provisional=True), language))
    assert len(pages) > 1
    assert note in pages[0]
    assert all("PROVISIONAL / 待确认" in page for page in pages)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_confirmed_quote_carries_no_provisional_mark(
    language: str, zh_pdf: bytes, en_pdf: bytes, long_pdfs: dict[str, bytes]
) -> None:
    for pdf in ({"zh_CN": zh_pdf, "en": en_pdf}[language], long_pdfs[language]):
        text = _text(pdf)
        assert "PROVISIONAL" not in text
        assert "待确认" not in text


@pytest.mark.parametrize(
    ("language", "page_label", "heading"),
    [
        ("zh_CN", "第 {page} 页，共 {pages} 页", "序号 产品编号 产品名称 数量 单位 单价 折扣 金额"),
        ("en", "Page {page} of {pages}", "# SKU Product Qty Unit Unit price Disc. Amount"),
    ],
)
def test_many_lines_flow_onto_numbered_pages_with_the_heading_repeated(
    language: str, page_label: str, heading: str, long_pdfs: dict[str, bytes]
) -> None:
    pages = _pages(long_pdfs[language])
    count = len(pages)
    assert count >= 2
    for number, page in enumerate(pages, start=1):
        assert page_label.format(page=number, pages=count) in page
        if re.search(r"-\d\d ", page):  # a page with lines has the column heading on top
            assert page.count(heading) == 1
    text = "\n".join(pages)
    skus = re.findall(r"^\d+ ([A-Z0-9-]+-\d\d) ", text, flags=re.MULTILINE)
    assert len(skus) == 60 == len(set(skus))  # every line once: none lost, none doubled
    assert re.search(r"Q-2024-000123", pages[-1])  # later sheets still name the quote


def test_an_unknown_language_is_refused(quote: QuoteDocument) -> None:
    with pytest.raises(ValueError, match="unsupported quote language 'fr'"):
        render_quote_pdf(quote, "fr")


def test_the_font_folder_can_be_overridden(
    quote: QuoteDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = fonts.font_dir()
    for name in fonts.FONT_FILES.values():
        (tmp_path / name).symlink_to(shipped / name)
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(tmp_path))
    assert fonts.font_dir() == tmp_path
    assert "报价单" in _text(render_quote_pdf(quote))


def test_a_missing_font_is_reported_plainly(
    quote: QuoteDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(tmp_path))
    with pytest.raises(fonts.FontMissingError, match=r"NotoSansSC-Regular\.ttf not found"):
        render_quote_pdf(quote)


def test_the_font_ships_with_its_licence() -> None:
    shipped = fonts.font_dir()
    assert shipped == Path(__file__).resolve().parents[2] / "resources" / "fonts"
    assert "SIL Open Font License" in (shipped / "OFL.txt").read_text(encoding="utf-8")
    for name in fonts.FONT_FILES.values():
        assert (shipped / name).stat().st_size < 20_000_000
