"""Finding the stored accounts that may duplicate one being entered."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Connection, Table, or_, select

from sfa.domain.duplicates import Certainty, DuplicateMatch, company_domain, compare, core_name
from sfa.store.tables import Account

_accounts = cast(Table, Account.__table__)
_CANDIDATE_LIMIT = 200


def like_pattern(text: str) -> str:
    """``text`` anywhere, for ``LIKE … ESCAPE '\\'`` (its own ``%`` and ``_`` taken literally)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _name_patterns(name: str) -> list[str]:
    """The core name, and the core with a leading or trailing two characters dropped, so that
    北京小米科技 finds 小米科技有限公司 and the other way round."""
    core = core_name(name)
    patterns = {core} if len(core) >= 2 else set()
    if len(core) >= 5:
        patterns |= {core[2:], core[:-2]}
    return sorted(patterns)


def find_duplicates(conn: Connection, candidate: Mapping[str, Any]) -> list[DuplicateMatch]:
    """Certain duplicates first, then likely ones with the most reasons."""
    conditions = []
    if candidate.get("credit_code"):
        conditions.append(_accounts.c.credit_code == candidate["credit_code"])
    if candidate.get("phone"):
        conditions.append(_accounts.c.phone == candidate["phone"])
    domain = company_domain(candidate.get("email"))
    if domain:
        conditions.append(_accounts.c.email.like(f"%@{domain}"))
    for pattern in _name_patterns(candidate.get("name") or ""):
        conditions.append(_accounts.c.name.like(like_pattern(pattern), escape="\\"))
    if not conditions:
        return []
    rows = conn.execute(
        select(
            _accounts.c.id,
            _accounts.c.name,
            _accounts.c.credit_code,
            _accounts.c.phone,
            _accounts.c.email,
        )
        .where(_accounts.c.deleted.is_(False), or_(*conditions))
        .limit(_CANDIDATE_LIMIT)
    ).mappings()
    matches = [m for row in rows if (m := compare(candidate, dict(row))) is not None]
    matches.sort(key=lambda m: (m.certainty != Certainty.CERTAIN, -len(m.reasons), m.name))
    return matches
