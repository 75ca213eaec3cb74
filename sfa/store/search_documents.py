"""What the search index holds for one record, built from the record's field values.

:func:`document_for` is pure (no database): the store's write path calls it for each
record it changes and hands the results to :func:`sfa.store.search_index.index_documents`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sfa.store.search_tokens import (
    analyse,
    code_text,
    company_core,
    credit_code_tokens,
    email_words,
    name_key,
    suffixes,
    text_tokens,
)

ENTITY_ORDER: tuple[str, ...] = ("account", "contact", "opportunity", "quote")
"""Searched entities, in the order they win ties."""


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """The indexed form of one record: what a hit shows, ranking keys, token columns.

    The token columns are space-separated tokens made by :mod:`sfa.store.search_tokens`;
    ``name_key``/``py_key``/``ini_key`` are the name, its pinyin and its initials run
    together, compared with the typed query to rank exact and prefix matches first.
    """

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


DOCUMENT_FIELDS: tuple[str, ...] = (
    *("name", "number", "city", "province", "district", "phone", "email", "credit_code"),
    *("title", "stage", "status", "account_name"),
)
"""The values :func:`document_for` reads besides ``id`` (each entity has some of them;
``account_name`` is its account's name, for records that hang off an account)."""

_EMPTY = analyse("")


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p)


def _fields(entity: str, v: Mapping[str, Any]) -> tuple[str, str, tuple[Any, ...], str | None]:
    """(title, subtitle, other texts indexed with pinyin, phone) of one record."""
    if entity == "account":
        place = v.get("city") or v.get("province")
        other = (v.get("province"), v.get("city"), v.get("district"))
        return v.get("name") or "", _join(place, v.get("phone")), other, v.get("phone")
    if entity == "contact":
        subtitle = _join(v.get("account_name"), v.get("title"), v.get("phone"))
        return v.get("name") or "", subtitle, (v.get("title"),), v.get("phone")
    if entity == "opportunity":
        return v.get("name") or "", _join(v.get("account_name"), v.get("stage")), (), None
    return v.get("number") or "", _join(v.get("account_name"), v.get("status")), (), None


def document_for(entity: str, values: Mapping[str, Any]) -> SearchDocument | None:
    """The search document of a record, or ``None`` if it is not searched or is deleted.

    ``values`` holds the record's current fields (as in :mod:`sfa.domain.records`) and
    ``id``; contacts, opportunities and quotes may add ``account_name`` so that they are
    found by it (without its legal form) and show it.
    """
    if entity not in ENTITY_ORDER or values.get("deleted"):
        return None
    record_id = values.get("id")
    if not record_id:
        return None
    title, subtitle, other_texts, phone = _fields(entity, values)
    name = analyse(title) if entity != "quote" and title else _EMPTY
    other: list[str] = []
    for text in other_texts:
        if text:
            field = analyse(text)
            other += field.text
            other += field.pinyin
    account = company_core(values.get("account_name"))
    if account:
        other += text_tokens(account)
    other += email_words(values.get("email"))
    codes = suffixes(code_text(phone))
    if entity == "quote":
        codes += suffixes(code_text(title))
    codes += credit_code_tokens(values.get("credit_code"))
    return SearchDocument(
        entity=entity,
        record_id=str(record_id),
        title=title,
        subtitle=subtitle,
        name_key=name.key if entity != "quote" else name_key(title),
        py_key=name.key_pinyin,
        ini_key=name.key_initials,
        name=" ".join(name.text + name.chars),
        name_py=" ".join(name.pinyin),
        name_ini=" ".join(name.initials),
        other=" ".join(other),
        codes=" ".join(codes),
    )
