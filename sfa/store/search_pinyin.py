"""Fast toneless pinyin for the search index, and segmentation of typed pinyin.

``pypinyin.lazy_pinyin`` costs ~100–200 µs per company name because it runs its generic
converter (segmenter, style plug-ins) on every call; the bulk index path cannot afford
that for 400,000 records. Most characters have one toneless reading (华 huá/huà/huā is
always ``hua``), so a char → syllable table built once from pypinyin's own data is exact
for them. Only a run holding a *heteronym* (重 zhong/chong, 长 chang/zhang, 行 xing/hang)
needs context: for those runs we do what pypinyin does — forward maximum matching over
its phrase dictionary (its own ``mmseg`` segmenter), the phrase reading where a phrase
matches, the char's most common reading otherwise — without the converter's overhead,
and memoised per run. ``tests/store/test_search.py`` checks agreement with
``lazy_pinyin`` on generated names.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

_MAX_SEGMENTATIONS = 4


@lru_cache(maxsize=8192)
def _toneless(syllable: str) -> str:
    """``zhòng`` → ``zhong``, ``lǜ`` → ``lv`` (pypinyin's NORMAL style spells ü as v)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.lower()


@cache
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """(char → most common toneless syllable, chars with several toneless readings)."""
    from pypinyin.pinyin_dict import pinyin_dict

    syllables: dict[str, str] = {}
    heteronyms: set[str] = set()
    for code, readings in pinyin_dict.items():
        char = chr(code)
        toneless = [_toneless(r) for r in readings.split(",")]
        syllables[char] = toneless[0]
        if len(set(toneless)) > 1:
            heteronyms.add(char)
    return syllables, frozenset(heteronyms)


@cache
def _phrase_tools() -> tuple[object, dict[str, list[list[str]]]]:
    """pypinyin's own forward-maximum-matching segmenter and its phrase dictionary."""
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.mmseg import seg

    return seg, PHRASES_DICT


def warm() -> None:
    """Build the tables now (~0.5 s) rather than in the first search or index call; the app
    can call this from a background worker at start-up."""
    _tables()
    _phrase_tools()
    _syllable_sets()


def syllables_of(run: str) -> list[str | None]:
    """Toneless syllable of each char of a CJK ``run``; ``None`` for chars pypinyin lacks."""
    table, heteronyms = _tables()
    if heteronyms.isdisjoint(run):
        return [table.get(c) for c in run]
    return list(_contextual(run))


@lru_cache(maxsize=8192)
def _contextual(run: str) -> tuple[str | None, ...]:
    """Phrase-aware reading of a run holding a heteronym (重庆 chong qing, 银行 yin hang)."""
    table, _ = _tables()
    seg, phrases = _phrase_tools()
    out: list[str | None] = []
    for word in seg.cut(run):  # type: ignore[attr-defined]
        reading = phrases.get(word)
        if reading is not None and len(reading) == len(word):
            out.extend(_toneless(r[0]) for r in reading)
        else:
            out.extend(table.get(c) for c in word)
    return tuple(out)


@cache
def _syllable_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(complete syllables a user may type, every prefix of one).

    Vowelless interjection readings (``m``, ``n``, ``ng``, ``hm``) are left out: with them
    almost any consonant string would parse as pinyin (``hm`` + …), drowning initials.
    """
    table, _ = _tables()
    full = frozenset(
        s for s in set(table.values()) if s.isalpha() and any(v in s for v in "aeiouv")
    )
    prefixes = frozenset(s[:i] for s in full for i in range(1, len(s) + 1))
    return full, prefixes


def segmentations(typed: str, *, limit: int = _MAX_SEGMENTATIONS) -> list[list[str]]:
    """Ways to read ``typed`` as pinyin, fewest syllables first.

    Every segment but the last is a complete syllable; the last may be a syllable's
    beginning (the user is still typing: ``huaw`` → ``hua`` + ``w…``). ``xian`` yields
    ``[xian]`` and ``[xi, an]``; ``hw`` yields nothing (it can only be initials).
    """
    full, prefixes = _syllable_sets()
    if not typed.isascii() or not typed.isalpha() or len(typed) > 40:
        return []
    found: list[list[str]] = []

    def walk(start: int, path: list[str]) -> None:
        if len(found) >= limit * 4:
            return
        rest = typed[start:]
        if rest in prefixes:
            found.append([*path, rest])
        for end in range(min(len(typed), start + 6), start, -1):
            piece = typed[start:end]
            if end < len(typed) and piece in full:
                walk(end, [*path, piece])

    walk(0, [])
    found.sort(key=len)
    return found[:limit]
