"""Local full-text search over accounts, contacts, opportunities and quotes.

One search box, offline: Chinese fragments (``华为`` in ``深圳市华为技术有限公司``), pinyin
(``huawei``, ``huaw``), initials (``hw``, ``szs``), phone, e-mail, city, credit code and
quote-number fragments. How text is cut is explained in :mod:`sfa.store.search_tokens`;
how a query is built in :mod:`sfa.store.search_query`.

Storage: ``search_doc`` is an ordinary table, one row per record, holding what a hit
shows (title, subtitle), the keys used for ranking and the pre-tokenised text; the FTS5
table ``search_fts`` indexes that text as *external content*, kept in step by triggers.
The text is thus stored once, upserting a document is one ``INSERT … ON CONFLICT`` (the
triggers remove the old tokens and add the new), and deleting one is one ``DELETE``.

Ranking, best first:

1. tier 0 — the name (or its pinyin, or its initials) *is* what was typed;
2. tier 1 — the name (or its pinyin or initials) *starts with* it;
3. tier 2 — anything else that matches;

within a tier by BM25 with the name weighted over other fields, then accounts before
contacts before opportunities before quotes, then title.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

from sqlalchemy.engine import Connection

from sfa.store.search_query import build_match
from sfa.store.search_tokens import (
    TextTokens,
    code_tokens,
    company_core,
    credit_code_tokens,
    email_words,
    name_key,
)

ENTITY_ORDER: tuple[str, ...] = ("account", "contact", "opportunity", "quote")
"""Searched entities, in the order they win ties."""

_COLUMNS = ("name", "name_py", "name_ini", "other", "codes")
_WEIGHTS = "20.0, 16.0, 10.0, 1.0, 8.0"

SEARCH_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS search_doc (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        title TEXT NOT NULL,
        subtitle TEXT NOT NULL,
        name_key TEXT NOT NULL,
        py_key TEXT NOT NULL,
        ini_key TEXT NOT NULL,
        name TEXT NOT NULL,
        name_py TEXT NOT NULL,
        name_ini TEXT NOT NULL,
        other TEXT NOT NULL,
        codes TEXT NOT NULL,
        UNIQUE (entity, record_id)
    )""",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_name_key ON search_doc (name_key)",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_py_key ON search_doc (py_key)",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_ini_key ON search_doc (ini_key)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        name, name_py, name_ini, other, codes,
        content='search_doc', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2 tokenchars '_'"
    )""",
    """CREATE TRIGGER IF NOT EXISTS search_doc_ai AFTER INSERT ON search_doc BEGIN
        INSERT INTO search_fts (rowid, name, name_py, name_ini, other, codes)
        VALUES (new.id, new.name, new.name_py, new.name_ini, new.other, new.codes);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_doc_ad AFTER DELETE ON search_doc BEGIN
        INSERT INTO search_fts (search_fts, rowid, name, name_py, name_ini, other, codes)
        VALUES ('delete', old.id, old.name, old.name_py, old.name_ini, old.other, old.codes);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_doc_au AFTER UPDATE ON search_doc BEGIN
        INSERT INTO search_fts (search_fts, rowid, name, name_py, name_ini, other, codes)
        VALUES ('delete', old.id, old.name, old.name_py, old.name_ini, old.other, old.codes);
        INSERT INTO search_fts (rowid, name, name_py, name_ini, other, codes)
        VALUES (new.id, new.name, new.name_py, new.name_ini, new.other, new.codes);
    END""",
)
"""CREATE statements of the search tables (idempotent; a migration runs them in order)."""


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """The indexed form of one record: what a hit shows, ranking keys, token columns."""

    entity: str
    record_id: str
    title: str
    subtitle: str
    name_key: str
    py_key: str
    ini_key: str
    name: str
    name_py: str
    name_ini: str
    other: str
    codes: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    entity: str
    record_id: str
    title: str
    subtitle: str
    rank: int
    """Position in the result list, 0 = best."""


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p)


def _fields(entity: str, v: Mapping[str, Any]) -> tuple[str, str, list[str | None], list[str]]:
    """(title, subtitle, other texts with pinyin, codes) of one record."""
    if entity == "account":
        place = v.get("city") or v.get("province")
        return (
            v.get("name") or "",
            _join(place, v.get("phone")),
            [v.get("province"), v.get("city"), v.get("district")],
            [v.get("phone")],
        )
    if entity == "contact":
        return (
            v.get("name") or "",
            _join(v.get("account_name"), v.get("title"), v.get("phone")),
            [v.get("title")],
            [v.get("phone")],
        )
    if entity == "opportunity":
        return v.get("name") or "", _join(v.get("account_name"), v.get("stage")), [], []
    number = v.get("number") or ""
    return number, _join(v.get("account_name"), v.get("status")), [], [number]


def document_for(entity: str, values: Mapping[str, Any]) -> SearchDocument | None:
    """The search document of a record, or ``None`` if it is not searched or is deleted.

    ``values`` holds the record's current fields (as in :mod:`sfa.domain.records`) and
    ``id``; contacts, opportunities and quotes may add ``account_name`` so that they are
    found, and shown, with their account.
    """
    if entity not in ENTITY_ORDER or values.get("deleted"):
        return None
    record_id = values.get("id")
    if not record_id:
        return None
    title, subtitle, other_texts, codes = _fields(entity, values)
    name = TextTokens()
    if entity != "quote":
        name.add(title)
    other = TextTokens()
    for text in other_texts:
        other.add(text)
    other.add(company_core(values.get("account_name")), phonetic=False)
    other_tokens = [*other.text, *other.pinyin, *email_words(values.get("email"))]
    return SearchDocument(
        entity=entity,
        record_id=str(record_id),
        title=title,
        subtitle=subtitle,
        name_key=name_key(title),
        py_key=name.key_pinyin,
        ini_key=name.key_initials,
        name=" ".join(name.text + name.chars),
        name_py=" ".join(name.pinyin),
        name_ini=" ".join(name.initials),
        other=" ".join(other_tokens),
        codes=" ".join(code_tokens(codes) + credit_code_tokens(values.get("credit_code"))),
    )


_row = attrgetter(*(f.name for f in fields(SearchDocument)))

_UPSERT = """
INSERT INTO search_doc (entity, record_id, title, subtitle, name_key, py_key, ini_key,
                        name, name_py, name_ini, other, codes)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (entity, record_id) DO UPDATE SET
    title = excluded.title, subtitle = excluded.subtitle, name_key = excluded.name_key,
    py_key = excluded.py_key, ini_key = excluded.ini_key, name = excluded.name,
    name_py = excluded.name_py, name_ini = excluded.name_ini, other = excluded.other,
    codes = excluded.codes
"""


def index_documents(conn: Connection, docs: Iterable[SearchDocument]) -> None:
    """Insert or replace many documents in one ``executemany`` (the bulk write path)."""
    rows = [_row(doc) for doc in docs]
    if rows:
        conn.exec_driver_sql(_UPSERT, rows)


def remove_from_index(conn: Connection, entity: str, record_id: str) -> None:
    """Drop a record's document (deleted records must stop matching)."""
    conn.exec_driver_sql(
        "DELETE FROM search_doc WHERE entity = ? AND record_id = ?", (entity, record_id)
    )


CANDIDATES = 2_000
"""How many matches are ranked by BM25 at most (the newest ones): a one-character query
can match most of 400,000 records and ranking them all would take a second; records whose
name is or starts with the query are found by index whatever their number."""

_ENTITY_RANK = " ".join(f"WHEN '{e}' THEN {i}" for i, e in enumerate(ENTITY_ORDER))
_KEY_END = "\U0010ffff"

_SEARCH = f"""
WITH hits (id, score) AS MATERIALIZED (
    SELECT search_fts.rowid, bm25(search_fts, {_WEIGHTS})
    FROM search_fts {{hits_join}}
    WHERE search_fts MATCH :match {{hits_filter}}
    ORDER BY search_fts.rowid DESC
    LIMIT :cap
),
heads (id) AS (
    SELECT id FROM (SELECT id FROM search_doc WHERE name_key >= :key AND name_key < :key_end
                    LIMIT :cap)
    UNION SELECT id FROM (SELECT id FROM search_doc WHERE py_key >= :key AND py_key < :key_end
                          LIMIT :cap)
    UNION SELECT id FROM (SELECT id FROM search_doc WHERE ini_key >= :key AND ini_key < :key_end
                          LIMIT :cap)
),
candidates (id, score) AS (
    SELECT id, score FROM hits
    UNION ALL SELECT id, NULL FROM heads WHERE id NOT IN (SELECT id FROM hits)
)
SELECT d.entity, d.record_id, d.title, d.subtitle,
    CASE WHEN d.name_key = :key OR d.py_key = :key OR d.ini_key = :key THEN 0
         WHEN substr(d.name_key, 1, :n) = :key OR substr(d.py_key, 1, :n) = :key
              OR substr(d.ini_key, 1, :n) = :key THEN 1
         ELSE 2 END AS tier
FROM candidates AS c JOIN search_doc AS d ON d.id = c.id
WHERE 1 {{filter}}
ORDER BY tier, CASE WHEN tier < 2 THEN length(d.name_key) END, c.score,
    CASE d.entity {_ENTITY_RANK} ELSE {len(ENTITY_ORDER)} END, d.title
LIMIT :limit
"""


def search(
    conn: Connection, query: str, *, limit: int = 20, entities: Collection[str] | None = None
) -> list[SearchHit]:
    """The best ``limit`` records matching ``query`` (see the module doc for the order)."""
    built = build_match(query)
    if built is None or limit <= 0:
        return []
    match, key = built
    params: dict[str, Any] = {
        "match": match,
        "key": key,
        "key_end": key + _KEY_END,
        "n": len(key),
        "limit": limit,
        "cap": max(CANDIDATES, limit),
    }
    hits_join = hits_filter = entity_filter = ""
    if entities is not None:
        wanted = [e for e in ENTITY_ORDER if e in entities]
        if not wanted:
            return []
        names = ", ".join(f":e{i}" for i in range(len(wanted)))
        params.update({f"e{i}": e for i, e in enumerate(wanted)})
        hits_join = "JOIN search_doc AS h ON h.id = search_fts.rowid"
        hits_filter = f"AND h.entity IN ({names})"
        entity_filter = f"AND d.entity IN ({names})"
    sql = _SEARCH.format(hits_join=hits_join, hits_filter=hits_filter, filter=entity_filter)
    rows = conn.exec_driver_sql(sql, params).all()
    return [SearchHit(e, rid, title, sub, rank) for rank, (e, rid, title, sub, _) in enumerate(rows)]
