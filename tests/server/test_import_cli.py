"""``sfa-server import``: an admin loads a customer list; reps get it on their next pull."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sfa.server.cli import main
from sfa.server.tables import Account, AuditEntry, Contact
from tests.server.conftest import Api, World

CODE_GZ = "91440101MA5C00000K"
ROWS = [
    ["客户名称", "统一社会信用代码", "省份", "城市", "联系电话", "负责人", "联系人", "手机"],
    ["广州新材料有限公司", CODE_GZ, "广东", "广州", "020-83331234", "rep1", "周敏", "13700137000"],
    ["Canton Trading", "", "广东", "佛山", "", "", "", ""],
    ["", "", "广东", "广州", "", "", "", ""],
    ["坏电话有限公司", "", "广东", "广州", "12", "", "", ""],
]


def _gbk_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


def _count(api: Api, table: type) -> int:
    with api.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_import_is_all_or_nothing_then_valid_only_and_reps_pull_the_result(
    api: Api, world: World, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _gbk_csv(tmp_path / "客户.csv", ROWS)
    args = ["import", "--db", db_url, "--entity", "account", str(path)]

    assert main([*args, "--dry-run"]) == 1
    out = capsys.readouterr()
    assert "dry run: 1 to create, 1 to update, 0 unchanged, 2 refused" in out.out
    assert "客户名称 → name" in out.out and "row 4, 客户名称 “”: is required" in out.err

    assert main([*args, "--report", str(tmp_path / "report.csv")]) == 1
    assert "nothing imported" in capsys.readouterr().err
    assert _count(api, Account) == 2 and _count(api, Contact) == 0
    report = list(csv.reader(io.StringIO((tmp_path / "report.csv").read_text("utf-8-sig"))))
    assert report[0] == ["Row", "Column", "Value", "Why"]
    assert [line[:3] for line in report[1:]] == [["4", "客户名称", ""], ["5", "联系电话", "12"]]

    assert main([*args, "--valid-only", "--as", "admin"]) == 0
    assert "imported: 1 to create, 1 to update" in capsys.readouterr().out
    with api.engine.connect() as conn:
        new = conn.execute(select(Account).where(Account.credit_code == CODE_GZ)).one()
        canton = conn.execute(select(Account).where(Account.id == world.south_account)).one()
        audit_users = set(
            conn.execute(select(AuditEntry.user_id).where(AuditEntry.record_id == new.id)).scalars()
        )
    assert new.owner_id == api.users["rep1"] and new.territory_id == world.south
    assert new.phone == "+862083331234"
    assert canton.city == "佛山" and audit_users == {api.users["admin"]}

    records, _ = api.pull_all("rep2")
    changes = records["changes"]
    assert changes[("account", new.id)]["fields"]["name"] == "广州新材料有限公司"
    assert changes[("account", world.south_account)]["fields"]["city"] == "佛山"
    contact = next(c for (entity, _), c in changes.items() if entity == "contact")
    assert contact["fields"] == {**contact["fields"], "name": "周敏", "account_id": new.id}
    assert contact["fields"]["phone"] == "+8613700137000"


def test_an_explicit_mapping_and_bad_arguments(
    api: Api, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Code,Title,Price\nX-1,Stapler,19.90\n", encoding="utf-8")
    mapping = json.dumps({"Code": "sku", "Title": "name", "Price": "list_price"})
    args = ["import", "--db", db_url, "--entity", "product", str(path)]
    assert main([*args, "--mapping", mapping]) == 0
    assert "imported: 1 to create" in capsys.readouterr().out
    assert main([*args, "--mapping", '{"Nope": "sku", "Title": "name"}']) == 1
    assert "The file has no column “Nope”" in capsys.readouterr().err
    assert main([*args, "--mapping", "[1]"]) == 1
    assert "--mapping must be an object" in capsys.readouterr().err
