"""When two account records are probably the same company.

The same unified social credit code is the same legal entity: a hard duplicate. Otherwise
names that agree once legal-form suffixes and region prefixes are ignored, the same phone
number, or the same company e-mail domain make a *likely* duplicate that the rep is shown
before saving — they decide, because two branches of one group may rightly be two accounts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

_LEGAL_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "集团公司",
    "分公司",
    "公司",
    "集团",
    "co., ltd.",
    "co.,ltd.",
    "co. ltd.",
    "co ltd",
    "company limited",
    "corporation",
    "limited",
    "ltd.",
    "ltd",
    "inc.",
    "inc",
    "corp.",
    "corp",
    "llc",
    "gmbh",
    "co.",
    "co",
)
_REGION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,3}?市)?")
_PUNCTUATION = re.compile(r"[\s,.·()（）\-_&'\"]+")

PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "qq.com",
        "163.com",
        "126.com",
        "sina.com",
        "sina.cn",
        "sohu.com",
        "yeah.net",
        "139.com",
        "aliyun.com",
        "foxmail.com",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.com",
        "icloud.com",
        "live.com",
    }
)

NAME_SIMILARITY_THRESHOLD = 0.8


class Certainty(StrEnum):
    CERTAIN = "certain"
    LIKELY = "likely"


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    account_id: str
    name: str
    certainty: Certainty
    reasons: tuple[str, ...]


def core_name(name: str) -> str:
    """The distinctive part of a company name: 深圳市华为技术有限公司 → 华为技术."""
    text = _PUNCTUATION.sub(" ", name.strip().lower()).strip()
    changed = True
    while changed:
        changed = False
        for suffix in _LEGAL_SUFFIXES:
            bare = suffix.replace(".", " ").replace(",", " ").strip()
            for candidate in (suffix, bare):
                if candidate and text.endswith(candidate) and len(text) > len(candidate):
                    text = text[: -len(candidate)].strip()
                    changed = True
    stripped = _REGION_PREFIX.sub("", text)
    return (stripped or text).replace(" ", "")


def email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].lower()


def company_domain(email: str | None) -> str | None:
    """The e-mail domain when it identifies a company (not a public mailbox provider)."""
    domain = email_domain(email)
    return domain if domain and domain not in PUBLIC_MAIL_DOMAINS else None


def names_similar(a: str, b: str) -> bool:
    left, right = core_name(a), core_name(b)
    if not left or not right:
        return False
    if left == right:
        return True
    shorter, longer = sorted((left, right), key=len)
    if len(shorter) >= 2 and shorter in longer and len(shorter) / len(longer) >= 0.5:
        return True
    return SequenceMatcher(None, left, right).ratio() >= NAME_SIMILARITY_THRESHOLD


def compare(candidate: Mapping[str, Any], existing: Mapping[str, Any]) -> DuplicateMatch | None:
    """How ``existing`` duplicates the account being entered, if it does."""
    if candidate.get("id") and candidate.get("id") == existing.get("id"):
        return None
    code = candidate.get("credit_code")
    if code and code == existing.get("credit_code"):
        return DuplicateMatch(
            existing["id"], existing["name"], Certainty.CERTAIN, ("same credit code",)
        )
    reasons: list[str] = []
    if (
        candidate.get("name")
        and existing.get("name")
        and names_similar(candidate["name"], existing["name"])
    ):
        reasons.append("similar name")
    if candidate.get("phone") and candidate.get("phone") == existing.get("phone"):
        reasons.append("same phone")
    domain = company_domain(candidate.get("email"))
    if domain and domain == company_domain(existing.get("email")):
        reasons.append("same e-mail domain")
    if not reasons:
        return None
    return DuplicateMatch(existing["id"], existing["name"], Certainty.LIKELY, tuple(reasons))
