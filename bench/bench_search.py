"""Benchmark of the local search: bulk index build, then query latency by kind of query.

Run: ``.venv/bin/python bench/bench_search.py [--accounts 100000] [--contacts-per-account 3]``.
Builds a temporary SQLite file with realistic Chinese data (names drawn from Faker's
zh_CN word lists with a fixed seed) through :func:`sfa.store.search.index_documents`,
prints the build rate, then p50/p95 latency of 200 queries of each kind. Not a test:
pytest does not collect ``bench/``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import tempfile
import time
from collections.abc import Callable, Iterator

from faker import Faker
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

from sfa.store.search import SEARCH_DDL, document_for, index_documents, optimize_index, search
from sfa.store.search_pinyin import syllables_of

INDUSTRIES = (
    "科技",
    "技术",
    "信息",
    "网络",
    "软件",
    "电子",
    "贸易",
    "商贸",
    "物流",
    "制药",
    "医疗器械",
    "汽车",
    "机械",
    "建设",
    "建筑",
    "食品",
    "传媒",
    "文化",
    "教育",
    "投资",
    "银行",
    "能源",
    "化工",
    "材料",
    "环保",
    "重工",
    "电气",
    "农业",
    "服装",
    "家居",
)
SUFFIXES = ("有限公司", "股份有限公司", "集团有限公司", "有限责任公司", "公司", "研究院")
TITLES = ("总经理", "采购经理", "技术总监", "财务总监", "销售经理", "工程师", "行长", "董事长")
BATCH = 5_000


class World:
    """Deterministic generator of accounts and contacts."""

    def __init__(self, seed: int) -> None:
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        self.rng = random.Random(seed)
        provider = fake.provider("faker.providers.person")
        self.surnames = list(provider.last_names)  # type: ignore[union-attr]
        self.given = list(provider.first_names)  # type: ignore[union-attr]
        self.brands = list(fake.provider("faker.providers.company").company_prefixes)  # type: ignore[union-attr]
        self.cities = sorted({fake.city_name() for _ in range(2000)})
        self.provinces = sorted({fake.province() for _ in range(500)})
        self.mobile = [
            "134",
            "135",
            "136",
            "137",
            "138",
            "139",
            "150",
            "151",
            "152",
            "158",
            "159",
            "182",
            "183",
            "187",
            "188",
            "130",
            "131",
            "132",
            "155",
            "156",
            "185",
            "186",
            "133",
            "153",
            "180",
            "189",
            "177",
            "199",
        ]

    def person(self) -> str:
        return self.rng.choice(self.surnames) + self.rng.choice(self.given)

    def brand(self) -> str:
        if self.rng.random() < 0.4:
            return self.rng.choice(self.brands)
        return "".join(self.rng.choice(self.given) for _ in range(2))[: self.rng.choice((2, 3))]

    def phone(self) -> str:
        return "+86" + self.rng.choice(self.mobile) + "".join(self.rng.choices(string.digits, k=8))

    def credit_code(self) -> str:
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return (
            "91"
            + "".join(self.rng.choices(string.digits, k=6))
            + "".join(self.rng.choices(alphabet, k=10))
        )

    def email(self, local: str) -> str:
        domain = self.rng.choice(("qq.com", "163.com", "126.com", "sina.com", "example.cn"))
        return f"{local}{self.rng.randrange(1000)}@{domain}"

    def account(self, i: int) -> dict[str, object]:
        city = self.rng.choice(self.cities)
        prefix = city + ("市" if self.rng.random() < 0.5 else "")
        name = prefix + self.brand() + self.rng.choice(INDUSTRIES) + self.rng.choice(SUFFIXES)
        return {
            "id": f"a{i}",
            "name": name,
            "province": self.rng.choice(self.provinces),
            "city": city,
            "phone": self.phone(),
            "credit_code": self.credit_code(),
            "email": self.email("info"),
        }

    def contact(self, i: int, account_name: str) -> dict[str, object]:
        return {
            "id": f"c{i}",
            "name": self.person(),
            "title": self.rng.choice(TITLES),
            "phone": self.phone(),
            "email": self.email("".join(self.rng.choices("abcdefghz", k=5))),
            "account_name": account_name,
        }


def records(
    world: World, accounts: int, per_account: int
) -> Iterator[tuple[str, dict[str, object]]]:
    contact_no = 0
    for i in range(accounts):
        account = world.account(i)
        yield "account", account
        for _ in range(per_account):
            yield "contact", world.contact(contact_no, str(account["name"]))
            contact_no += 1


def build(engine: Engine, world: World, accounts: int, per_account: int) -> list[dict[str, object]]:
    """Index everything in batches; returns a sample of the records for making queries."""
    sample: list[dict[str, object]] = []
    with engine.begin() as conn:
        for ddl in SEARCH_DDL:
            conn.exec_driver_sql(ddl)
    started = time.perf_counter()
    rows = 0
    tokenise = 0.0
    batch = []
    with engine.begin() as conn:
        for entity, values in records(world, accounts, per_account):
            if world.rng.random() < 0.01:
                sample.append(values)
            batch.append((entity, values))
            if len(batch) >= BATCH:
                tokenise += _flush(conn, batch)
                rows += len(batch)
                batch = []
        tokenise += _flush(conn, batch)
        rows += len(batch)
        loaded = time.perf_counter()
        optimize_index(conn)
    elapsed = time.perf_counter() - started
    print(
        f"indexed {rows:,} documents in {elapsed:.1f} s: {rows / elapsed:,.0f} rows/s overall; "
        f"document_for {tokenise:.1f} s, index_documents {loaded - started - tokenise:.1f} s, "
        f"optimize_index {elapsed - (loaded - started):.1f} s"
    )
    _reindex(engine, sample)
    return sample


def _reindex(engine: Engine, sample: list[dict[str, object]]) -> None:
    """Re-index the sample with changed names: the update path (delete old tokens, add new)."""
    changed = []
    for values in sample:
        entity = "account" if str(values["id"]).startswith("a") else "contact"
        changed.append(document_for(entity, {**values, "name": f"{values['name']}改"}))
    started = time.perf_counter()
    with engine.begin() as conn:
        index_documents(conn, [d for d in changed if d is not None])
    elapsed = time.perf_counter() - started
    print(f"re-indexed {len(changed):,} changed documents: {len(changed) / elapsed:,.0f} rows/s")


def _flush(conn: Connection, batch: list[tuple[str, dict[str, object]]]) -> float:
    t0 = time.perf_counter()
    docs = [d for d in (document_for(e, v) for e, v in batch) if d is not None]
    t1 = time.perf_counter()
    index_documents(conn, docs)
    return t1 - t0


def _fragment(rng: random.Random, name: str, lo: int, hi: int) -> str:
    length = rng.randint(lo, min(hi, len(name)))
    start = rng.randrange(len(name) - length + 1)
    return name[start : start + length]


def query_sets(sample: list[dict[str, object]], rng: random.Random, n: int) -> dict[str, list[str]]:
    names = [str(v["name"]) for v in sample]
    sets: dict[str, list[str]] = {
        k: []
        for k in (
            "chinese 1 char",
            "chinese 2-4 chars",
            "pinyin",
            "pinyin partial",
            "initials",
            "phone fragment",
        )
    }
    for _ in range(n):
        name = rng.choice(names)
        sets["chinese 1 char"].append(_fragment(rng, name, 1, 1))
        sets["chinese 2-4 chars"].append(_fragment(rng, rng.choice(names), 2, 4))
        syllables = [s or "" for s in syllables_of(_fragment(rng, rng.choice(names), 2, 3))]
        sets["pinyin"].append("".join(syllables))
        partial = [s or "" for s in syllables_of(_fragment(rng, rng.choice(names), 2, 3))]
        sets["pinyin partial"].append(
            "".join(partial)[: -rng.randint(1, max(1, len(partial[-1]) - 1))]
        )
        initials = [s[0] for s in syllables_of(_fragment(rng, rng.choice(names), 2, 4)) if s]
        sets["initials"].append("".join(initials))
        digits = str(rng.choice(sample)["phone"])[3:]
        sets["phone fragment"].append(_fragment(rng, digits, 4, 7))
    return sets


def measure(
    conn: Connection, queries: list[str], run: Callable[[Connection, str], object]
) -> tuple[float, float, float]:
    times = []
    for q in queries:
        t0 = time.perf_counter()
        run(conn, q)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
    return statistics.median(times), p95, times[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--contacts-per-account", type=int, default=3)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    world = World(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.sqlite3")
        engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: object, _record: object) -> None:
            cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        sample = build(engine, world, args.accounts, args.contacts_per_account)
        size = os.path.getsize(path) / 1e6
        print(f"database file {size:,.0f} MB")
        sets = query_sets(sample, random.Random(args.seed + 1), args.queries)
        with engine.connect() as conn:
            search(conn, "预热")  # warm the page cache and pinyin tables
            print(f"{'query kind':<20}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  examples")
            for kind, queries in sets.items():
                p50, p95, worst = measure(conn, queries, lambda c, q: search(c, q))
                print(f"{kind:<20}{p50:9.1f}{p95:9.1f}{worst:9.1f}  {' '.join(queries[:4])}")
        engine.dispose()


if __name__ == "__main__":
    main()
