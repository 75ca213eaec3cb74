"""Local search over accounts, contacts, opportunities and quotes: the one search box.

Offline, by Chinese fragment (``华为`` in ``深圳市华为技术有限公司``), pinyin (``huawei``,
``huaw``), initials (``hw``, ``szs``), phone, e-mail, city, credit code or quote number.
The pieces: :mod:`~sfa.store.search_tokens` cuts text into tokens (the design is
explained there), :mod:`~sfa.store.search_pinyin` gives fast pinyin,
:mod:`~sfa.store.search_documents` builds a record's document,
:mod:`~sfa.store.search_index` holds the tables and the write path, and
:mod:`~sfa.store.search_query` turns typed text into an FTS5 query. This module runs the
query and re-exports the public interface.

Ranking, best first:

1. tier 0 — the name, its pinyin or its initials *is* what was typed (spaces ignored);
2. tier 1 — one of them *starts with* it; within tiers 0–1 shorter names first;
3. tier 2 — anything else that matches, by BM25 with name columns weighted far above the
   others (a contact found through its account's name comes after the account);

then accounts before contacts before opportunities before quotes, then title. Tiers 0–1
come from B-tree indexes on the keys, so they hold however many records match; BM25 ranks
at most :data:`CANDIDATES` matches, the most recently indexed, which matters only for
short queries matching thousands of records (``有限``, ``王``) — the rep types on.

Queries of one or two Latin letters are read narrowly (see
:mod:`~sfa.store.search_query`): ``z`` finds names whose pinyin or initials start with
it; ``zw`` also finds the initials ``z w`` anywhere in a name, but not ``zw…`` as the
start of a syllable in the middle of one.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from sfa.store.search_documents import ENTITY_ORDER, SearchDocument, document_for
from sfa.store.search_index import (
    SEARCH_DDL,
    catch_up,
    defer_fts,
    drop_documents,
    fts_deferred,
    index_documents,
    optimize_index,
    remove_from_index,
)
from sfa.store.search_query import build_match

__all__ = [
    "CANDIDATES",
    "ENTITY_ORDER",
    "SEARCH_DDL",
    "SearchDocument",
    "SearchHit",
    "catch_up",
    "defer_fts",
    "document_for",
    "drop_documents",
    "fts_deferred",
    "index_documents",
    "optimize_index",
    "remove_from_index",
    "search",
]

_WEIGHTS = "20.0, 16.0, 10.0, 1.0, 8.0"
"""BM25 weights of name, name_py, name_ini, other, codes."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: enough to show a row and open the record."""

    entity: str
    record_id: str
    title: str
    subtitle: str
    rank: int
    """Position in the result list, 0 = best."""


CANDIDATES = 500
"""How many matches BM25 ranks at most (the most recently indexed ones). Ranking costs
~10 µs a row, and a one-character query can match most of 400,000 records."""

HEADS = 300
"""How many records whose name, pinyin or initials start with the query are fetched per key
(from B-tree indexes, in key order) before the shortest are put first."""

_HITS = f"""
    SELECT search_fts.rowid, bm25(search_fts, {_WEIGHTS})
    FROM search_fts {{join}}
    WHERE search_fts MATCH :match {{filter}}
    ORDER BY search_fts.rowid DESC
    LIMIT :cap
"""
_NO_HITS = "SELECT NULL, NULL WHERE 0"

_ENTITY_RANK = " ".join(f"WHEN '{e}' THEN {i}" for i, e in enumerate(ENTITY_ORDER))
_KEY_END = "\U0010ffff"

_SEARCH = f"""
WITH hits (id, score) AS MATERIALIZED ({{hits}}),
heads (id) AS (
    SELECT id FROM (SELECT id FROM search_doc WHERE name_key >= :key AND name_key < :key_end
                    LIMIT :heads)
    UNION SELECT id FROM (SELECT id FROM search_doc WHERE py_key >= :key AND py_key < :key_end
                          LIMIT :heads)
    UNION SELECT id FROM (SELECT id FROM search_doc WHERE ini_key >= :key AND ini_key < :key_end
                          LIMIT :heads)
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
        "heads": max(HEADS, limit),
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
    hits = _HITS.format(join=hits_join, filter=hits_filter) if match is not None else _NO_HITS
    sql = _SEARCH.format(hits=hits, filter=entity_filter)
    rows = conn.exec_driver_sql(sql, params).all()
    return [
        SearchHit(e, rid, title, sub, rank) for rank, (e, rid, title, sub, _) in enumerate(rows)
    ]
