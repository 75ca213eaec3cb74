"""What a spreadsheet cell means for a field: ``是`` is true, ``制造业`` is manufacturing,
``¥1,200.50`` is 1200.50, ``2026/3/5`` is a date.

Only the spelling is translated here. Whether the value is acceptable (a valid phone, a known
stage, money with at most two decimals) is decided by the one gate,
:func:`sfa.domain.clean.clean_fields`: a cell this module cannot read is passed on as it
is, so the user gets that gate's message for it.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from sfa.domain.enums import AccountStatus, AccountTier, Industry, Stage
from sfa.domain.fields import FieldSpec, Kind

_CHOICES: dict[str, dict[str, str]] = {
    "industry": {
        **{member.value: member.value for member in Industry},
        "制造业": "manufacturing",
        "制造": "manufacturing",
        "零售": "retail",
        "零售业": "retail",
        "金融": "finance",
        "金融业": "finance",
        "banking": "finance",
        "insurance": "finance",
        "医疗": "healthcare",
        "医疗健康": "healthcare",
        "医药": "healthcare",
        "教育": "education",
        "政府": "government",
        "政府机构": "government",
        "科技": "technology",
        "信息技术": "technology",
        "互联网": "technology",
        "软件": "technology",
        "electronics": "technology",
        "telecommunications": "technology",
        "物流": "logistics",
        "交通运输": "logistics",
        "transportation": "logistics",
        "能源": "energy",
        "utilities": "energy",
        "建筑": "construction",
        "建筑业": "construction",
        "房地产": "construction",
        "engineering": "construction",
        "酒店": "hospitality",
        "餐饮": "hospitality",
        "酒店餐饮": "hospitality",
        "其他": "other",
        "其它": "other",
    },
    "status": {
        **{member.value: member.value for member in AccountStatus},
        "潜在客户": "prospect",
        "潜在": "prospect",
        "意向客户": "prospect",
        "客户": "customer",
        "成交客户": "customer",
        "正式客户": "customer",
        "customer - direct": "customer",
        "customer - channel": "customer",
        "已流失": "lost",
        "流失": "lost",
        "流失客户": "lost",
    },
    "tier": {
        **{member.value: member.value for member in AccountTier},
        "战略": "strategic",
        "战略客户": "strategic",
        "重点": "key",
        "重点客户": "key",
        "a": "key",
        "普通": "standard",
        "标准": "standard",
        "b": "standard",
        "小客户": "small",
        "小": "small",
        "c": "small",
    },
    "stage": {
        **{member.value: member.value for member in Stage},
        "needs analysis": "needs_analysis",
        "value proposition": "proposal",
        "proposal/price quote": "proposal",
        "negotiation/review": "negotiation",
        "closed won": "won",
        "closed lost": "lost",
        "初步接洽": "prospecting",
        "线索": "prospecting",
        "需求确认": "qualification",
        "资格确认": "qualification",
        "需求分析": "needs_analysis",
        "方案报价": "proposal",
        "报价": "proposal",
        "商务谈判": "negotiation",
        "谈判": "negotiation",
        "赢单": "won",
        "成交": "won",
        "输单": "lost",
        "丢单": "lost",
    },
}

_TRUE = {"true", "yes", "y", "1", "是", "有", "√", "✓", "x", "启用", "active"}
_FALSE = {"false", "no", "n", "0", "否", "无", "×", "✗", "停用", "inactive"}
_MONEY_NOISE = re.compile(r"[¥￥$,，\s]|元|rmb|cny", re.IGNORECASE)
_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})[/.\-年](?P<m>\d{1,2})[/.\-月](?P<d>\d{1,2})日?(?:[ T].*)?"),
    re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?: .*)?"),
)


def choice(field: str, text: str) -> str:
    """The stored code for a label (``制造业`` → ``manufacturing``), else the text itself."""
    key = text.strip().lower()
    return _CHOICES.get(field, {}).get(key, key)


def cell_value(field: str, spec: FieldSpec, text: str) -> Any:
    """The raw value ``clean_fields`` gets for ``text``; ``None`` for an empty cell."""
    text = text.strip()
    if not text:
        return None
    if field in _CHOICES:
        return choice(field, text)
    if spec.kind is Kind.BOOL:
        lowered = text.lower()
        if lowered in _TRUE:
            return True
        return False if lowered in _FALSE else text
    if spec.kind is Kind.DECIMAL:
        return decimal_text(field, text)
    if spec.kind is Kind.DATE:
        return date_value(text)
    if spec.kind is Kind.INT:
        return int(text) if re.fullmatch(r"-?\d+", text) else text
    if field == "currency":
        return text.upper()
    return text


def decimal_text(field: str, text: str) -> str:
    """``¥1,200.50`` → ``1200.50``; a probability of ``60%`` or ``60`` → ``0.6``."""
    bare = _MONEY_NOISE.sub("", text)
    if field != "probability":
        return bare
    percent = bare.endswith("%")
    bare = bare.rstrip("%")
    try:
        number = Decimal(bare)
    except ArithmeticError:
        return text
    if not number.is_finite():
        return text
    if percent or number > 1:
        return _shift_two(bare)
    return bare


def _shift_two(digits: str) -> str:
    """``60`` → ``0.60`` exactly (a decimal shift, not a float division)."""
    return format(Decimal(digits).scaleb(-2), "f")


def date_value(text: str) -> date | str:
    """ISO, ``2026/3/5``, ``2026年3月5日`` or Salesforce's US ``3/5/2026``; else the text."""
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                return text
    return text
