"""The list screens' pages: filtered and sorted in SQL, paged by offset or by a snapshot of\nthe order."""

from __future__ import annotations

import pytest

from sfa.store import lists, writes
from sfa.store.lists import ListFilter, ListOrder
from sfa.store.store import LocalStore

ME = "user-me"
NAME_ORDER = ListOrder("name")


@pytest.fixture
def filled(store: LocalStore) -> LocalStore:
    rows = [
        {
            "name": "深圳华为技术",
            "province": "广东省",
            "city": "深圳市",
            "tier": "key",
            "status": "customer",
        },
        {
            "name": "广州白云制药",
            "province": "广东省",
            "city": "广州市",
            "tier": "small",
            "status": "prospect",
        },
        {
            "name": "杭州娃哈哈",
            "province": "浙江省",
            "city": "杭州市",
            "tier": "key",
            "status": "customer",
            "phone": "+8657187654321",
        },
        {"name": "50%_折扣公司", "province": "浙江省", "city": "杭州市", "status": "lost"},
        {"name": "已归档公司", "province": "广东省", "city": "深圳市", "archived": True},
    ]
    with store.transaction() as conn:
        ids = writes.create_many(conn, "account", rows, actor=ME)
        writes.create(
            conn, "contact", {"account_id": ids[0], "name": "张伟", "email": "zw@hw.cn"}, actor=ME
        )
        writes.create(conn, "contact", {"account_id": ids[2], "name": "王芳"}, actor=ME)
        writes.create(
            conn, "quote", {"account_id": ids[0], "number": "Q-1", "status": "sent"}, actor=ME
        )
        writes.create(conn, "quote", {"account_id": ids[2], "number": "Q-2"}, actor=ME)
    return store


def names(store: LocalStore, where: ListFilter, order: ListOrder = NAME_ORDER) -> list[str]:
    with store.reading() as conn:
        rows = lists.account_page(conn, where, order, 0, 100)
        assert lists.account_count(conn, where) == len(rows)
    return [row["name"] for row in rows]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (ListFilter(), {"深圳华为技术", "广州白云制药", "杭州娃哈哈", "50%_折扣公司"}),
        (
            ListFilter(include_archived=True),
            {"深圳华为技术", "广州白云制药", "杭州娃哈哈", "50%_折扣公司", "已归档公司"},
        ),
        (ListFilter(status="customer"), {"深圳华为技术", "杭州娃哈哈"}),
        (ListFilter(tier="key", province="浙江省"), {"杭州娃哈哈"}),
        (ListFilter(city="广州市"), {"广州白云制药"}),
        (ListFilter(text="华为"), {"深圳华为技术"}),
        (ListFilter(text="87654"), {"杭州娃哈哈"}),
        (ListFilter(text="%_"), {"50%_折扣公司"}),  # wildcards are literal
    ],
)
def test_accounts_are_filtered_in_sql(
    filled: LocalStore, where: ListFilter, expected: set[str]
) -> None:
    assert set(names(filled, where)) == expected


def test_accounts_sort_both_ways_and_page_by_offset(filled: LocalStore) -> None:
    ascending = names(filled, ListFilter(), ListOrder("city"))
    descending = names(filled, ListFilter(), ListOrder("city", descending=True))
    assert ascending[0] == "广州白云制药" and descending[-1] == "广州白云制药"
    with filled.reading() as conn:
        first = lists.account_page(conn, ListFilter(), ListOrder("name"), 0, 2)
        rest = lists.account_page(conn, ListFilter(), ListOrder("name"), 2, 2)
    assert [r["name"] for r in first + rest] == names(filled, ListFilter())


def test_places_for_the_filters(filled: LocalStore) -> None:
    with filled.reading() as conn:
        assert lists.account_places(conn) == {"广东省": ["广州市", "深圳市"], "浙江省": ["杭州市"]}


def test_contacts_and_quotes_by_text_account_and_status(filled: LocalStore) -> None:
    with filled.reading() as conn:
        by_account_name = lists.contact_page(
            conn, ListFilter(text="娃哈哈"), ListOrder("name"), 0, 50
        )
        by_email = lists.contact_page(
            conn, ListFilter(text="zw@"), ListOrder("account_name"), 0, 50
        )
        sent = lists.quote_page(conn, ListFilter(status="sent"), ListOrder("number"), 0, 50)
        assert lists.contact_count(conn, ListFilter()) == 2
        assert lists.quote_count(conn, ListFilter(text="华为")) == 1
    assert [(r["name"], r["account_name"]) for r in by_account_name] == [("王芳", "杭州娃哈哈")]
    assert [r["name"] for r in by_email] == ["张伟"]
    assert [(r["number"], r["account_name"]) for r in sent] == [("Q-1", "深圳华为技术")]


def test_accounts_sort_by_a_figure_computed_outside_sql(filled: LocalStore) -> None:
    """Health figures for three of the four listed accounts: 娃哈哈 and 白云 tie at 40 and
    keep name order (白云 before 娃哈哈 in SQLite's code-point order: 广 < 杭); the account
    without a figure (just created) comes last both ways; the filter still applies."""
    with filled.reading() as conn:
        rows = lists.account_page(conn, ListFilter(), NAME_ORDER, 0, 100)
        ids = {row["name"]: row["id"] for row in rows}
        ranks = {ids["深圳华为技术"]: 80, ids["杭州娃哈哈"]: 40, ids["广州白云制药"]: 40}

        def ranked(where: ListFilter, descending: bool = False) -> list[str]:
            order = lists.ranked_account_order(conn, where, ranks, descending)
            return [row["name"] for row in lists.accounts_at(conn, order)]

        up, down = ranked(ListFilter()), ranked(ListFilter(), descending=True)
        customers = ranked(ListFilter(status="customer"))
        page = lists.accounts_at(
            conn, lists.ranked_account_order(conn, ListFilter(), ranks, True)[:2]
        )
    assert up == ["广州白云制药", "杭州娃哈哈", "深圳华为技术", "50%_折扣公司"]
    assert down == ["深圳华为技术", "广州白云制药", "杭州娃哈哈", "50%_折扣公司"]
    assert customers == ["杭州娃哈哈", "深圳华为技术"]
    assert [row["name"] for row in page] == ["深圳华为技术", "广州白云制药"]


def test_a_snapshot_of_the_order_pages_like_offset_does(filled: LocalStore) -> None:
    """The list's order taken once, then read a page at a time by row number: the same rows
    in the same order as OFFSET paging, for each sort; an account deleted since the snapshot
    is left out of its page, not shown empty."""
    with filled.reading() as conn:
        for order in (NAME_ORDER, ListOrder("city", descending=True), ListOrder("tier")):
            where = ListFilter(include_archived=True)
            snapshot = lists.account_order(conn, where, order)
            paged = [
                row
                for start in range(0, len(snapshot), 2)
                for row in lists.accounts_at(conn, snapshot[start : start + 2])
            ]
            assert paged == lists.account_page(conn, where, order, 0, 100)
        snapshot = lists.account_order(conn, ListFilter(), NAME_ORDER)
        first = lists.accounts_at(conn, snapshot[:1])[0]
    with filled.transaction() as conn:
        writes.delete(conn, "account", first["id"], actor=ME)
    with filled.reading() as conn:
        assert first not in lists.accounts_at(conn, snapshot)
        assert len(lists.accounts_at(conn, snapshot)) == len(snapshot) - 1
