"""Importing customers' spreadsheets on the laptop: a Salesforce export, a Chinese Excel CSV
saved as GBK, and an .xlsx workbook — files made here, bad rows reported per cell, nothing
written unless the user chose to import only the valid rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from sfa.app.importing import (
    ImportRefused,
    dry_run,
    open_sheet,
    run_import,
    save_report,
    suggest,
)
from sfa.domain.errors import DomainError
from sfa.io.import_plan import Action
from sfa.io.tabular import TableFileError
from sfa.store import writes
from sfa.store.outbox import pending
from sfa.store.replica import apply_remote
from sfa.store.store import LocalStore

ME = "rep1-id"
CODE_SZ = "91440300MA5F000007"
CODE_SH = "91310000MA1K000006"
CODE_BJ = "91110108551000000G"

SALESFORCE = [
    [
        "Account Name",
        "Billing Street",
        "Billing City",
        "Billing State/Province",
        "Phone",
        "Website",
        "Industry",
        "Type",
        "Account Owner",
    ],
    [
        "Shenzhen Bright Optics Co., Ltd.",
        "8 Keji Road",
        "深圳",
        "广东",
        "0755-8888 6666",
        "www.bright.cn",
        "Manufacturing",
        "Customer - Direct",
        "Wang Lei",
    ],
    ["", "1 Nowhere St", "上海", "上海", "", "", "Retail", "Prospect", ""],
    ["Pudong Retail", "", "上海", "上海", "12345", "", "Retail", "Prospect", "rep1"],
    ["Hangzhou Tea", "", "杭州", "浙江", "", "", "Agriculture", "Prospect", "nobody"],
]

CHINESE = [
    [
        "客户名称",
        "统一社会信用代码",
        "省份",
        "城市",
        "区县",
        "地址",
        "联系电话",
        "行业",
        "联系人",
        "手机",
        "职务",
    ],
    [
        "深圳光明科技有限公司",
        CODE_SZ,
        "广东",
        "深圳",
        "南山区",
        "科技园 8 号",
        "0755-86668888",
        "制造业",
        "陈静",
        "13800138000",
        "采购经理",
    ],
    ["上海精密仪器股份有限公司", CODE_SH, "上海", "上海", "浦东新区", "", "", "科技", "", "", ""],
    [
        "北京数据有限公司",
        "91110108551000000X",
        "北京",
        "北京",
        "海淀区",
        "",
        "",
        "科技",
        "",
        "",
        "",
    ],
    ["深圳光明科技", CODE_SZ, "广东", "深圳", "", "", "", "", "", "", ""],
]


@pytest.fixture
def people(store: LocalStore) -> LocalStore:
    with store.transaction() as conn:
        apply_remote(
            conn,
            "user",
            [
                {"id": ME, "rev": 1, "username": "rep1", "display_name": "Wang Lei", "role": "rep"},
                {
                    "id": "rep2-id",
                    "rev": 2,
                    "username": "rep2",
                    "display_name": "李娜",
                    "role": "rep",
                },
            ],
        )
    return store


def _csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _count(store: LocalStore, entity: str) -> int:
    table = writes.table_of(entity)
    with store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _accounts(store: LocalStore) -> dict[str, dict[str, object]]:
    table = writes.table_of("account")
    with store.reading() as conn:
        return {row["name"]: dict(row) for row in conn.execute(select(table)).mappings()}


def test_a_salesforce_export_is_mapped_and_its_bad_rows_refuse_the_whole_import(
    people: LocalStore, tmp_path: Path
) -> None:
    sheet = open_sheet(_csv(tmp_path / "accounts.csv", SALESFORCE, "utf-8"))
    mapping = suggest("account", sheet)
    assert mapping == {
        "Account Name": "name",
        "Billing Street": "address",
        "Billing City": "city",
        "Billing State/Province": "province",
        "Phone": "phone",
        "Website": "website",
        "Industry": "industry",
        "Type": "status",
        "Account Owner": "owner",
    }
    with people.reading() as conn:
        plan = dry_run(conn, "account", sheet, mapping, actor=ME)
    assert [row.action for row in plan.rows] == [
        Action.CREATE,
        Action.REFUSED,
        Action.REFUSED,
        Action.REFUSED,
    ]
    why = {(p.line, p.column): (p.value, p.reason) for p in plan.problems}
    assert why[(3, "Account Name")] == ("", "is required")
    assert why[(4, "Phone")][0] == "12345" and "not a valid phone number" in why[(4, "Phone")][1]
    assert why[(5, "Account Owner")] == ("nobody", "no user has the username or name “nobody”")
    assert why[(5, "Industry")][0] == "Agriculture"

    with pytest.raises(ImportRefused, match="3 row"), people.transaction() as conn:
        run_import(conn, "account", sheet, mapping, actor=ME)
    assert _count(people, "account") == 0
    with people.reading() as conn:
        assert pending(conn) == []

    with people.transaction() as conn:
        result = run_import(conn, "account", sheet, mapping, actor=ME, valid_only=True)
    assert (result.created, result.refused) == (1, 3)
    bright = _accounts(people)["Shenzhen Bright Optics Co., Ltd."]
    assert bright["phone"] == "+8675588886666"
    assert bright["industry"] == "manufacturing" and bright["status"] == "customer"
    assert bright["owner_id"] == ME and bright["province"] == "广东"
    with people.reading() as conn:
        queued = pending(conn)
    assert [(m.entity, m.record_id) for m in queued] == [("account", bright["id"])]

    report = save_report(result.plan, tmp_path / "problems.csv")
    data = report.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == ["Row", "Column", "Value", "Why"]
    assert ["3", "Account Name", "", "is required"] in lines
    assert [line[0] for line in lines[1:]] == sorted(line[0] for line in lines[1:])


def test_a_gbk_chinese_csv_creates_accounts_with_their_contacts_and_reports_duplicates(
    people: LocalStore, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "客户.csv", CHINESE, "gbk")
    sheet = open_sheet(path)
    assert sheet.encoding == "gb18030"
    mapping = suggest("account", sheet)
    assert mapping["客户名称"] == "name" and mapping["统一社会信用代码"] == "credit_code"
    assert mapping["区县"] == "district" and mapping["联系人"] == "contact_name"
    assert mapping["手机"] == "contact_phone" and mapping["职务"] == "contact_title"
    assert mapping["联系电话"] == "phone" and mapping["行业"] == "industry"
    with people.reading() as conn:
        plan = dry_run(conn, "account", sheet, mapping, actor=ME)
    refused = {p.line: p for p in plan.problems}
    assert set(refused) == {4, 5}
    assert refused[4].column == "统一社会信用代码" and "check digit" in refused[4].reason
    assert refused[5].reason == "the same credit code as row 2"

    with pytest.raises(ImportRefused), people.transaction() as conn:
        run_import(conn, "account", sheet, mapping, actor=ME)
    assert _count(people, "account") == _count(people, "contact") == 0

    with people.transaction() as conn:
        result = run_import(conn, "account", sheet, mapping, actor=ME, valid_only=True)
    assert (result.created, result.contacts_created, result.refused) == (2, 1, 2)
    stored = _accounts(people)
    assert stored["深圳光明科技有限公司"]["district"] == "南山区"
    assert stored["上海精密仪器股份有限公司"]["industry"] == "technology"
    contact_table = writes.table_of("contact")
    with people.reading() as conn:
        contact = conn.execute(select(contact_table)).mappings().one()
    assert contact["name"] == "陈静" and contact["phone"] == "+8613800138000"
    assert contact["is_primary"] and contact["account_id"] == stored["深圳光明科技有限公司"]["id"]


def test_importing_the_same_sheet_again_updates_by_credit_code_instead_of_duplicating(
    people: LocalStore, tmp_path: Path
) -> None:
    rows = [CHINESE[0], CHINESE[1], CHINESE[2]]
    sheet = open_sheet(_csv(tmp_path / "a.csv", rows, "utf-8-sig"))
    assert sheet.encoding == "utf-8-sig"
    mapping = suggest("account", sheet)
    with people.transaction() as conn:
        run_import(conn, "account", sheet, mapping, actor=ME)
    renamed = [rows[0], [*rows[1][:5], "科技园 9 号", *rows[1][6:]], rows[2]]
    again = open_sheet(_csv(tmp_path / "b.csv", renamed, "utf-8"))
    with people.reading() as conn:
        plan = dry_run(conn, "account", again, mapping, actor=ME)
    assert [(r.action, r.matched_by) for r in plan.rows] == [
        (Action.UPDATE, "credit_code"),
        (Action.UNCHANGED, "credit_code"),
    ]
    assert plan.rows[0].fields == {"address": "科技园 9 号"}
    with people.transaction() as conn:
        run_import(conn, "account", again, mapping, actor=ME)
    assert _count(people, "account") == 2 and _count(people, "contact") == 1
    assert _accounts(people)["深圳光明科技有限公司"]["address"] == "科技园 9 号"


def test_an_xlsx_of_contacts_and_one_of_products(people: LocalStore, tmp_path: Path) -> None:
    with people.transaction() as conn:
        acme = writes.create(
            conn, "account", {"name": "广州贸易有限公司", "credit_code": CODE_BJ}, actor=ME
        )
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓", "名", "客户名称", "职务", "手机", "电话", "邮箱"])
    sheet.append(
        ["王", "芳", "广州贸易有限公司", "总经理", 13900139000, "020-12345678", "wf@gz.cn"]
    )
    sheet.append(["Smith", "Anna", CODE_BJ, "Buyer", "+44 20 7946 0958", "", "anna@gz.cn"])
    sheet.append(["李", "", "没有的公司", "", "", "", "not-an-email"])
    book.save(tmp_path / "contacts.xlsx")
    table = open_sheet(tmp_path / "contacts.xlsx")
    mapping = suggest("contact", table)
    assert mapping == {
        "姓": "last_name",
        "名": "first_name",
        "客户名称": "account",
        "职务": "title",
        "手机": "phone",
        "电话": None,
        "邮箱": "email",
    }
    with people.reading() as conn:
        plan = dry_run(conn, "contact", table, mapping, actor=ME)
    assert [p.column for p in plan.problems] == ["客户名称", "邮箱"]
    with people.transaction() as conn:
        result = run_import(conn, "contact", table, mapping, actor=ME, valid_only=True)
    assert result.created == 2
    contacts = writes.table_of("contact")
    with people.reading() as conn:
        rows = {r["name"]: r for r in conn.execute(select(contacts)).mappings()}
    assert set(rows) == {"王芳", "Anna Smith"}
    assert rows["王芳"]["phone"] == "+8613900139000" and rows["王芳"]["account_id"] == acme
    assert rows["Anna Smith"]["phone"] == "+442079460958"

    products = openpyxl.Workbook()
    page = products.active
    assert page is not None
    page.append(["Product Code", "Product Name", "List Price", "Product Family", "Active"])
    page.append(["P-100", "激光打印机", 2900.5, "打印", "是"])
    page.append(["P-101", "墨盒", "¥1,200.00", "耗材", "false"])
    page.append(["P-102", "纸", "12.345", "耗材", "yes"])
    products.save(tmp_path / "products.xlsx")
    table = open_sheet(tmp_path / "products.xlsx")
    with people.transaction() as conn:
        result = run_import(
            conn, "product", table, suggest("product", table), actor=ME, valid_only=True
        )
    assert (result.created, result.refused) == (2, 1)
    assert "more than two decimal places" in result.plan.problems[0].reason
    product_table = writes.table_of("product")
    with people.reading() as conn:
        stored = {r["sku"]: r for r in conn.execute(select(product_table)).mappings()}
    assert str(stored["P-100"]["list_price"]) == "2900.50" and stored["P-100"]["active"]
    assert str(stored["P-101"]["list_price"]) == "1200.00" and not stored["P-101"]["active"]


def test_unreadable_files_and_mappings_are_refused_in_plain_words(
    people: LocalStore, tmp_path: Path
) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableFileError, match=r"\.xlsx or CSV"):
        open_sheet(tmp_path / "old.xls")
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(TableFileError, match="neither UTF-8 nor GBK"):
        open_sheet(tmp_path / "binary.csv")
    sheet = open_sheet(_csv(tmp_path / "a.csv", SALESFORCE, "utf-8"))
    with (
        people.reading() as conn,
        pytest.raises(DomainError, match="no column is mapped to the name"),
    ):
        dry_run(conn, "account", sheet, {"Account Name": None}, actor=ME)


def test_salesforce_opportunities_land_under_their_accounts(
    people: LocalStore, tmp_path: Path
) -> None:
    with people.transaction() as conn:
        acme = writes.create(conn, "account", {"name": "Acme Ltd"}, actor=ME)
    rows = [
        [
            "Opportunity Name",
            "Account Name",
            "Stage",
            "Amount",
            "Close Date",
            "Probability (%)",
            "Opportunity Owner",
        ],
        ["Printers 2027", "ACME LTD", "Closed Won", "¥120,000.00", "3/5/2027", "100", "李娜"],
        ["Toner", "Acme Ltd", "Negotiation/Review", "8000", "2027-04-01", "80%", ""],
        ["Ghost deal", "Nobody Inc", "Prospecting", "1", "2027-01-01", "", ""],
    ]
    sheet = open_sheet(_csv(tmp_path / "opps.csv", rows, "utf-8"))
    mapping = suggest("opportunity", sheet)
    assert mapping["Probability (%)"] == "probability" and mapping["Opportunity Owner"] == "owner"
    with people.transaction() as conn:
        result = run_import(conn, "opportunity", sheet, mapping, actor=ME, valid_only=True)
    assert (result.created, result.refused) == (2, 1)
    assert result.plan.problems[0].reason.startswith("there is no account named “Nobody Inc”")
    table = writes.table_of("opportunity")
    with people.reading() as conn:
        deals = {r["name"]: r for r in conn.execute(select(table)).mappings()}
    won = deals["Printers 2027"]
    assert won["account_id"] == acme and won["stage"] == "won" and won["owner_id"] == "rep2-id"
    assert str(won["amount"]) == "120000.00" and str(won["probability"]) == "1.00"
    assert won["close_date"].isoformat() == "2027-03-05"
    assert deals["Toner"]["stage"] == "negotiation" and deals["Toner"]["owner_id"] == ME
    assert str(deals["Toner"]["probability"]) == "0.80"
