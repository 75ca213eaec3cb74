"""The local search: what a rep types in the one search box finds the right records.

Each test indexes a handful of records into a fresh in-memory SQLite database through the
public interface only (``SEARCH_DDL``, ``document_for``, ``index_documents``,
``remove_from_index``, ``search``), as the store's write path will.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from faker import Faker
from pypinyin import lazy_pinyin
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from sfa.store.search import (
    SEARCH_DDL,
    SearchDocument,
    document_for,
    index_documents,
    remove_from_index,
    search,
)
from sfa.store.search_pinyin import segmentations, syllables_of
from sfa.store.search_tokens import pieces

HUAWEI_SZ = {
    "id": "acc-sz-huawei",
    "name": "深圳市华为技术有限公司",
    "province": "广东省",
    "city": "深圳",
    "phone": "+8613800138000",
    "email": "info@huawei.com",
    "credit_code": "914403001922038216",
}


@pytest.fixture
def conn() -> Iterator[Connection]:
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        for ddl in SEARCH_DDL:
            connection.exec_driver_sql(ddl)
        yield connection
    engine.dispose()


def add(conn: Connection, entity: str, **values: Any) -> SearchDocument:
    doc = document_for(entity, values)
    assert doc is not None
    index_documents(conn, [doc])
    return doc


def ids(conn: Connection, query: str, **kwargs: Any) -> list[str]:
    return [hit.record_id for hit in search(conn, query, **kwargs)]


@pytest.fixture
def crm(conn: Connection) -> Connection:
    """A small book of business with look-alike names."""
    add(conn, "account", **HUAWEI_SZ)
    add(
        conn,
        "account",
        id="acc-lenovo",
        name="联想（北京）有限公司",
        city="北京",
        phone="+861058868888",
    )
    add(conn, "account", id="acc-cq", name="重庆长安汽车股份有限公司", city="重庆")
    add(conn, "account", id="acc-bank", name="长沙银行股份有限公司", city="长沙")
    add(
        conn,
        "contact",
        id="con-zw-hw",
        name="张伟",
        title="采购经理",
        phone="13912345678",
        email="zhang.wei@huawei.com",
        account_name="深圳市华为技术有限公司",
    )
    add(
        conn,
        "contact",
        id="con-zw-lx",
        name="张伟",
        title="总经理",
        phone="+8613700001111",
        account_name="联想（北京）有限公司",
    )
    add(
        conn,
        "contact",
        id="con-lf",
        name="李芳",
        phone="+8618912340000",
        account_name="重庆长安汽车股份有限公司",
    )
    add(
        conn,
        "opportunity",
        id="opp-1",
        name="华为数据中心扩容",
        account_name="深圳市华为技术有限公司",
    )
    add(conn, "quote", id="quo-1", number="Q-2024-0012", account_name="联想（北京）有限公司")
    return conn


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("华为", "acc-sz-huawei"),  # two characters inside the name
        ("深", "acc-sz-huawei"),  # one character, at the start
        ("为", "acc-sz-huawei"),  # one character, in the middle
        ("司", "acc-sz-huawei"),  # one character, at the end
        ("华为技术", "acc-sz-huawei"),  # four characters
        ("市华为技术有限", "acc-sz-huawei"),
    ],
)
def test_chinese_fragments_find_the_name(crm: Connection, query: str, expected: str) -> None:
    assert expected in ids(crm, query)


def test_chinese_fragment_must_be_contiguous(crm: Connection) -> None:
    assert "acc-sz-huawei" not in ids(crm, "华技")
    assert "acc-sz-huawei" not in ids(crm, "为华")


@pytest.mark.parametrize(
    "query",
    [
        "huawei",
        "HuaWei",
        "hua",
        "huaw",
        "shenzhen",
        "shenzhenshihuawei",
        "jishuyouxian",
        "hw",
        "szs",
        "szshw",
        "jsyxgs",
    ],
)
def test_pinyin_partial_pinyin_and_initials(crm: Connection, query: str) -> None:
    assert "acc-sz-huawei" in ids(crm, query)


@pytest.mark.parametrize("query", ["wh", "hwz", "huaweishen", "szhw"])
def test_pinyin_and_initials_respect_order_and_adjacency(crm: Connection, query: str) -> None:
    assert "acc-sz-huawei" not in ids(crm, query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chongqing", "acc-cq"),  # 重 is zhong by default; 重庆 is chong qing
        ("cq", "acc-cq"),
        ("changan", "acc-cq"),  # 长安 chang an
        ("changsha", "acc-bank"),  # 长沙 chang sha, not zhang sha
        ("yinhang", "acc-bank"),  # 银行 yin hang, not yin xing
        ("csyh", "acc-bank"),
    ],
)
def test_heteronyms_read_in_context(crm: Connection, query: str, expected: str) -> None:
    assert expected in ids(crm, query)


def test_heteronyms_not_read_the_default_way(crm: Connection) -> None:
    assert "acc-cq" not in ids(crm, "zhongqing")
    assert "acc-bank" not in ids(crm, "yinxing")


@pytest.mark.parametrize(
    "query",
    ["13800", "8000", "000", "13800138000", "+8613800138000", "138 0013 8000", "138-0013-8000"],
)
def test_phone_fragments(crm: Connection, query: str) -> None:
    assert "acc-sz-huawei" in ids(crm, query)


def test_phone_fragment_found_on_a_contact_stored_without_country_code(crm: Connection) -> None:
    assert ids(crm, "12345") == ["con-zw-hw"]


@pytest.mark.parametrize("query", ["zhang.wei@huawei.com", "zhang.wei", "zhangwei@", "zhang.w"])
def test_email(crm: Connection, query: str) -> None:
    assert "con-zw-hw" in ids(crm, query)


def test_city_in_chinese_and_pinyin(crm: Connection) -> None:
    assert ids(crm, "长沙")[0] == "acc-bank"
    assert "acc-lenovo" in ids(crm, "北京")
    assert "acc-sz-huawei" in ids(crm, "深圳")


@pytest.mark.parametrize("query", ["914403001922038216", "91440300", "440300192", "192203821"])
def test_credit_code_whole_or_from_its_parts(crm: Connection, query: str) -> None:
    assert ids(crm, query) == ["acc-sz-huawei"]


@pytest.mark.parametrize("query", ["Q-2024-0012", "q2024", "2024-0012", "0012"])
def test_quote_number(crm: Connection, query: str) -> None:
    hits = search(crm, query)
    assert [h.record_id for h in hits] == ["quo-1"]
    assert hits[0].title == "Q-2024-0012"


def test_one_or_two_letters_find_names_starting_so(crm: Connection) -> None:
    assert set(ids(crm, "z")) >= {"con-zw-hw", "con-zw-lx"}  # zhang wei
    assert "acc-sz-huawei" not in ids(crm, "z")  # s z s h w: z only in the middle
    assert set(ids(crm, "zw")) >= {"con-zw-hw", "con-zw-lx"}
    assert "acc-sz-huawei" in ids(crm, "sz")
    assert "acc-cq" in ids(crm, "ch")  # chong qing, through its pinyin key


def test_several_words_must_all_match(crm: Connection) -> None:
    assert set(ids(crm, "张伟")) == {"con-zw-hw", "con-zw-lx"}
    assert ids(crm, "张伟 华为") == ["con-zw-hw"]
    assert ids(crm, "zhangwei 联想") == ["con-zw-lx"]
    assert ids(crm, "华为 联想") == []


def test_contact_hit_shows_its_account(crm: Connection) -> None:
    (hit,) = [h for h in search(crm, "张伟 华为")]
    assert (hit.entity, hit.title) == ("contact", "张伟")
    assert "深圳市华为技术有限公司" in hit.subtitle


@pytest.mark.parametrize("query", ["华为", "huawei", "hw", "hua"])
def test_exact_name_ranks_above_a_name_containing_it(conn: Connection, query: str) -> None:
    add(conn, "account", **HUAWEI_SZ)
    add(conn, "account", id="acc-hw", name="华为")
    hits = ids(conn, query)
    assert hits.index("acc-hw") < hits.index("acc-sz-huawei")


def test_name_starting_with_query_ranks_above_one_containing_it(conn: Connection) -> None:
    add(conn, "account", **HUAWEI_SZ)
    add(conn, "account", id="acc-hw-tech", name="华为技术有限公司")
    add(conn, "contact", id="con", name="王芳", account_name="华为技术有限公司")
    assert ids(conn, "华为") == ["acc-hw-tech", "acc-sz-huawei", "con"]


def test_accounts_before_contacts_on_ties(conn: Connection) -> None:
    add(conn, "contact", id="con", name="王芳")
    add(conn, "account", id="acc", name="王芳")
    assert ids(conn, "王芳") == ["acc", "con"]
    assert [h.rank for h in search(conn, "王芳")] == [0, 1]


def test_removed_documents_no_longer_match(crm: Connection) -> None:
    remove_from_index(crm, "account", "acc-sz-huawei")
    remove_from_index(crm, "account", "acc-never-indexed")  # a no-op, not an error
    assert "acc-sz-huawei" not in ids(crm, "华为")
    assert "acc-sz-huawei" not in ids(crm, "13800")
    _check_fts(crm)


def test_updated_documents_match_new_text_only(crm: Connection) -> None:
    changed = {
        "name": "深圳市荣耀终端有限公司",
        "phone": "+8613522223333",
        "email": "info@honor.com",
    }
    add(crm, "account", **{**HUAWEI_SZ, **changed})
    assert "acc-sz-huawei" not in ids(crm, "华为")
    assert "acc-sz-huawei" not in ids(crm, "huawei")
    assert "acc-sz-huawei" not in ids(crm, "13800")
    assert ids(crm, "荣耀")[0] == "acc-sz-huawei"
    assert ids(crm, "rongyao")[0] == "acc-sz-huawei"
    assert ids(crm, "52222") == ["acc-sz-huawei"]
    _check_fts(crm)


def test_a_batch_holding_two_versions_of_a_record_keeps_the_last(conn: Connection) -> None:
    first = document_for("account", {"id": "a", "name": "华为"})
    second = document_for("account", {"id": "a", "name": "荣耀"})
    assert first is not None and second is not None
    index_documents(conn, [first, second])
    assert ids(conn, "荣耀") == ["a"]
    assert ids(conn, "华为") == []
    _check_fts(conn)


def _check_fts(conn: Connection) -> None:
    """FTS5's own check that the index agrees with ``search_doc`` (raises if not)."""
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "-",
        "AND",
        "OR",
        "NOT",
        "(",
        ")",
        "华为 AND",
        "NEAR(华为 张伟)",
        "^华",
        "name:华为",
        "{name}:x",
        "a OR b",
        "'",
        "\\",
        "%",
        "_",
        "___",
        "+",
        "-华为",
        "华为*",
        '"华为',
        "🙂",
        "   ",
        "",
        "a" * 500,
        "华" * 300,
        "hw-",
        "(hua)wei",
        "x:y:z",
        "\x00",
    ],
)
def test_query_syntax_characters_never_raise(crm: Connection, query: str) -> None:
    search(crm, query)


def test_syntax_characters_around_words_still_search_the_words(crm: Connection) -> None:
    assert "acc-sz-huawei" in ids(crm, '"华为"')
    assert "acc-sz-huawei" in ids(crm, "(huawei)")
    assert "acc-sz-huawei" in ids(crm, "华为*")


def test_entities_filter_and_limit(crm: Connection) -> None:
    assert ids(crm, "华为", entities={"opportunity"}) == ["opp-1"]
    assert set(ids(crm, "张伟", entities=["contact", "quote"])) == {"con-zw-hw", "con-zw-lx"}
    assert ids(crm, "华为", entities=()) == []
    assert len(search(crm, "华为", limit=2)) == 2
    assert search(crm, "华为", limit=0) == []


def test_not_searched_or_deleted_records_have_no_document() -> None:
    assert document_for("product", {"id": "p", "name": "华为手机"}) is None
    assert document_for("account", {"id": "a", "name": "华为", "deleted": True}) is None
    assert document_for("account", {"name": "华为"}) is None


def test_segmentations_of_typed_pinyin() -> None:
    assert ["hua", "wei"] in segmentations("huawei")
    assert ["hua", "w"] in segmentations("huaw")
    assert {("xian",), ("xi", "an")} <= {tuple(s) for s in segmentations("xian")}
    assert segmentations("hw") == []
    assert segmentations("华为") == []


def test_fast_pinyin_agrees_with_pypinyin_on_generated_names() -> None:
    """The fast table + phrase path must read names as ``lazy_pinyin`` does."""
    fake = Faker("zh_CN")
    fake.seed_instance(7)
    texts = [fake.company() for _ in range(800)] + [fake.name() for _ in range(800)]
    texts += [fake.city_name() + fake.street_name() for _ in range(400)]
    texts += ["重庆长安汽车", "长沙银行行长", "中国银行", "重庆市长寿区", "乐山乐器行", "都江堰"]
    runs = {run for text in texts for han, run in pieces(text) if han}
    wrong = {run: (syllables_of(run), lazy_pinyin(run)) for run in runs}
    wrong = {run: pair for run, pair in wrong.items() if pair[0] != pair[1]}
    assert not wrong
