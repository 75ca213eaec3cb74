"""Turn what a user typed into one search box into an FTS5 MATCH expression.

User text never reaches FTS5 as syntax: it is cut by :mod:`sfa.store.search_tokens` into
tokens of letters, digits and Han characters, and each token is emitted inside double
quotes, so ``"``, ``*``, ``-``, ``(``, ``AND`` or ``NEAR`` typed by a rep are just text.

Words separated by spaces must all match (AND). Each word may match in several ways
(OR): as Han characters, as a word prefix, as pinyin (several segmentations), as
initials, or as a fragment of a code.
"""

from __future__ import annotations

from sfa.store.search_pinyin import segmentations
from sfa.store.search_tokens import code_text, fold, name_key, pieces

MAX_INITIALS = 12
"""Longer letter strings are not read as initials (nobody types 13 of them)."""

MAX_WORDS = 8


def _quote(tokens: list[str], *, prefix: bool) -> str:
    body = " ".join(tokens).replace('"', '""')
    return f'"{body}"' + ("*" if prefix else "")


def _pair_phrase(items: list[str], sep: str = "", *, prefix: bool) -> str:
    """One item → prefix query; n items → phrase of the n − 1 overlapping pairs."""
    if len(items) == 1:
        return _quote(items, prefix=True)
    pair_tokens = [items[i] + sep + items[i + 1] for i in range(len(items) - 1)]
    return _quote(pair_tokens, prefix=prefix)


def _han_expression(run: str) -> str:
    """One character: that character anywhere in a name (names index every character
    alone); two or more: the phrase of their pairs in the name or other fields."""
    if len(run) == 1:
        return "name : " + _quote([run], prefix=False)
    return "{name other} : " + _pair_phrase(list(run), prefix=False)


def _word_expression(word: str) -> str | None:
    """The alternatives (OR) one typed word may match, or ``None`` if it has no letters."""
    runs = list(pieces(word))
    if not runs:
        return None
    if any(han for han, _ in runs):
        parts = [_han_expression(run) if han else _quote([run], prefix=True) for han, run in runs]
        return "(" + " AND ".join(parts) + ")"
    if len(word) == 1 and word.isascii() and word.isalpha():
        return "name_ini : " + _quote([word], prefix=True)
    if len(word) == 2 and word.isascii() and word.isalpha():
        # "ch", "zw": as a prefix in every column this expands to tens of thousands of
        # terms; read as a whole word or as two initials (names *starting* with "ch…" in
        # pinyin are still found through the ranking keys, see search.py).
        token = _quote([word], prefix=False)
        return f"({{name other}} : {token} OR name_ini : {token})"
    options = ["{name other} : " + _quote([run for _, run in runs], prefix=True)]
    code = code_text(word)
    if any(c.isdigit() for c in code):
        options.append("codes : " + _quote([code], prefix=True))
    if len(runs) == 1 and runs[0][1].isascii() and runs[0][1].isalpha():
        letters = runs[0][1]
        for syllables in segmentations(letters):
            options.append("{name_py other} : " + _pair_phrase(syllables, "_", prefix=True))
        if len(letters) <= MAX_INITIALS:
            options.append("name_ini : " + _pair_phrase(list(letters), prefix=False))
    return "(" + " OR ".join(options) + ")"


def build_match(query: str) -> tuple[str | None, str] | None:
    """``(MATCH expression, ranking key)`` for ``query``, or ``None`` if nothing to search.

    The ranking key is the query folded to letters, digits and Han characters; a record
    whose name, pinyin or initials equal it (or start with it) ranks first. A query of one
    Latin letter has no MATCH expression: it would match nearly everything, so only the
    records whose name, pinyin or initials start with it are looked up.
    """
    words = fold(query).split()[:MAX_WORDS]
    if len(words) == 1 and len(words[0]) == 1 and words[0].isascii() and words[0].isalpha():
        return None, words[0]
    expressions = [e for e in (_word_expression(w) for w in words) if e is not None]
    if not expressions:
        return None
    return " AND ".join(expressions), name_key(query)
