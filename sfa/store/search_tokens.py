"""Tokenisation for the search index, done in Python so that SQLite's tokenizer need not.

FTS5's ``unicode61`` tokenizer keeps a run of Chinese characters as one token, so ``华为``
would never match inside ``深圳市华为技术有限公司``. We therefore hand FTS5 text that is
already cut into the tokens we want, separated by spaces, and build queries from the
same functions, so index and query always agree. Three views of a Chinese run use one
scheme — *overlapping pairs plus the last item alone*:

* characters: ``深圳市`` → ``深圳 圳市 市``;
* toneless pinyin syllables: ``shen_zhen zhen_shi shi`` (``_`` is a token character);
* initials: ``sz zs s``.

A query of n ≥ 2 items is a phrase of its n − 1 pairs, which FTS5 answers from short
doclists instead of merging the huge ones of single characters or syllables; the last
pinyin pair is a prefix (``huaw`` → ``"hua_w"*``, the user is still typing). A name also
carries each Han character alone, after its pairs (where no phrase of pairs can reach
them), so a one-character query is one exact token instead of a prefix query over every
pair starting with it. Phone numbers and quote numbers are indexed as all their suffixes,
so any fragment typed is a prefix of one token; credit codes from three starting points
(see :data:`CREDIT_CODE_PARTS`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from sfa.store.search_pinyin import syllables_of

MIN_SUFFIX = 3
"""Shortest code suffix indexed: fragments of one or two digits are not worth the index."""

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_PIECE = re.compile(f"([{_HAN}]+)|([^\\W_{_HAN}]+)")
"""A Han run, or a run of other letters and digits (``_`` and punctuation separate)."""
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_CODE_CHARS = re.compile(r"[^0-9a-z]")


def fold(text: str) -> str:
    """Width- and case-folded text without diacritics (as ``unicode61`` folds it)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii() or not _ACCENTED.search(text):
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def pieces(text: str) -> list[tuple[bool, str]]:
    """Split folded ``text`` into ``(is_han, run)``: Han runs and other word runs."""
    return [(bool(han), han or word) for han, word in _PIECE.findall(text)]


def pairs(items: list[str], sep: str = "") -> list[str]:
    """Overlapping pairs plus the last item alone: ``[a, b, c]`` → ``ab bc c``."""
    out = [items[i] + sep + items[i + 1] for i in range(len(items) - 1)]
    if items:
        out.append(items[-1])
    return out


def _syllable_runs(run: str) -> Iterator[list[str]]:
    """The syllables of a Han run, split where pypinyin knows no reading for a char."""
    current: list[str] = []
    for syllable in syllables_of(run):
        if syllable is None:
            if current:
                yield current
            current = []
        else:
            current.append(syllable)
    if current:
        yield current


class Analysis(NamedTuple):
    """Every token view of one field's text."""

    text: tuple[str, ...]
    """Word tokens and Han pairs (``深圳 圳市 市``)."""
    chars: tuple[str, ...]
    """Each Han character alone (indexed for names, so one typed character finds it)."""
    pinyin: tuple[str, ...]
    initials: tuple[str, ...]
    key: str
    """Letters, digits and Han characters run together (for exact/prefix ranking)."""
    key_pinyin: str
    key_initials: str


@lru_cache(maxsize=8192)
def analyse(raw: str) -> Analysis:
    """All token views of one field's text; memoised because cities, titles, account
    names and common person names recur across thousands of records."""
    text: list[str] = []
    chars: list[str] = []
    pinyin: list[str] = []
    initials: list[str] = []
    key: list[str] = []
    key_pinyin: list[str] = []
    key_initials: list[str] = []
    for han, run in pieces(fold(raw)):
        key.append(run)
        if not han:
            text.append(run)
            key_pinyin.append(run)
            continue
        text.extend(pairs(list(run)))
        chars.extend(run)
        for syllables in _syllable_runs(run):
            pinyin.extend(pairs(syllables, "_"))
            letters = [s[0] for s in syllables]
            initials.extend(pairs(letters))
            key_pinyin.extend(syllables)
            key_initials.extend(letters)
    return Analysis(
        tuple(text),
        tuple(chars),
        tuple(pinyin),
        tuple(initials),
        "".join(key),
        "".join(key_pinyin),
        "".join(key_initials),
    )


def text_tokens(raw: str) -> list[str]:
    """Only the word tokens and Han pairs of :func:`analyse` (``Analysis.text``), without
    the pinyin: for text indexed on another record (a contact's company name), where the
    pinyin is not indexed and every company's is different, so no cache would hold it."""
    tokens: list[str] = []
    for han, run in pieces(fold(raw)):
        tokens.extend(pairs(list(run)) if han else (run,))
    return tokens


def name_key(raw: str | None) -> str:
    """Text as compared for exact/prefix ranking: folded, letters, digits and Han only."""
    return "".join(run for _, run in pieces(fold(raw or "")))


def code_text(raw: str | None) -> str:
    """Lower-case letters and digits of a code: ``+86 138-0013`` → ``86138 0013``."""
    return _CODE_CHARS.sub("", fold(raw or ""))


def suffixes(code: str) -> list[str]:
    """Every suffix of ``code`` at least :data:`MIN_SUFFIX` long, and ``code`` itself."""
    if len(code) <= MIN_SUFFIX:
        return [code] if code else []
    return [code[i:] for i in range(len(code) - MIN_SUFFIX + 1)]


CREDIT_CODE_PARTS = (0, 2, 8)
"""Where a typed credit-code fragment may start: the whole code, the region code after the
authority and type characters, and the embedded organisation code (组织机构代码). Indexing
all 16 suffixes of every code would cost a fifth of the index for fragments nobody types."""


def credit_code_tokens(raw: str | None) -> list[str]:
    """Tokens of a unified social credit code (see :data:`CREDIT_CODE_PARTS`)."""
    code = code_text(raw)
    return [code[i:] for i in CREDIT_CODE_PARTS if len(code) - i >= MIN_SUFFIX]


_LEGAL_FORMS = re.compile(
    "(股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|股份公司|集团公司|集团|公司)$"
)


def company_core(name: str | None) -> str | None:
    """A company name without its legal form (深圳市华为技术有限公司 → 深圳市华为技术).

    Used where an account's name is indexed on its contacts: the legal form matches every
    company and would only make the index bigger and the matches longer.
    """
    if not name:
        return name
    return _LEGAL_FORMS.sub("", name) or name


def email_words(raw: str | None) -> list[str]:
    """An address's words, plus its local part joined (``zhang.wei`` → ``zhangwei``)."""
    if not raw:
        return []
    text = fold(raw)
    words = [run for _, run in pieces(text)]
    local = text.partition("@")[0]
    joined = "".join(run for _, run in pieces(local))
    if joined and joined not in words:
        words.append(joined)
    return words
