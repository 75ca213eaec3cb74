"""Which column of a customer's sheet goes into which field: the targets each entity offers,
and a first guess from the header text.

The guesses cover what companies really hand over: a Salesforce report export
(``Account Name``, ``Billing State/Province``, ``Account Owner``…) and the headers of a
Chinese Excel customer list (客户名称, 省份, 统一社会信用代码, 联系人, 手机…). The user sees
every guess in the wizard and can change it; nothing here decides what a value means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

IMPORTABLE = ("account", "contact", "opportunity", "product")

TARGETS: dict[str, tuple[str, ...]] = {
    "account": (
        "id",
        "name",
        "credit_code",
        "industry",
        "tier",
        "status",
        "province",
        "city",
        "district",
        "address",
        "phone",
        "email",
        "website",
        "notes",
        "owner",
        "contact_name",
        "contact_title",
        "contact_phone",
        "contact_email",
    ),
    "contact": (
        "id",
        "account",
        "name",
        "last_name",
        "first_name",
        "title",
        "phone",
        "email",
        "is_primary",
        "notes",
    ),
    "opportunity": (
        "id",
        "account",
        "name",
        "stage",
        "amount",
        "currency",
        "close_date",
        "probability",
        "owner",
        "next_step",
        "close_reason",
    ),
    "product": (
        "id",
        "sku",
        "name",
        "unit",
        "list_price",
        "currency",
        "product_line",
        "active",
        "description",
    ),
}
"""Per entity, the fields a column may fill. Besides the entity's own fields: ``owner`` (a
user's username or display name), ``account`` (an account's name or credit code),
``first_name``/``last_name`` (joined into the name) and, on accounts, ``contact_*`` (the
account's primary contact, created with it)."""

_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "account": {
        "id": ("id", "sfa id", "记录id"),
        "name": (
            "account name",
            "客户名称",
            "公司名称",
            "企业名称",
            "单位名称",
            "客户全称",
            "company name",
            "company",
            "客户",
            "公司",
            "name",
            "名称",
        ),
        "credit_code": (
            "统一社会信用代码",
            "社会信用代码",
            "信用代码",
            "纳税人识别号",
            "税号",
            "credit code",
            "unified social credit code",
            "uscc",
        ),
        "industry": ("industry", "行业", "所属行业"),
        "tier": ("tier", "客户等级", "等级", "客户级别", "级别"),
        "status": ("status", "type", "account type", "客户状态", "状态", "客户类型"),
        "province": (
            "billing state/province",
            "billing state",
            "state/province",
            "state",
            "province",
            "省份",
            "省",
            "所在省份",
            "省/直辖市",
        ),
        "city": ("billing city", "city", "城市", "市", "所在城市"),
        "district": ("billing district", "district", "county", "区县", "区/县", "区", "县"),
        "address": (
            "billing street",
            "billing address",
            "street",
            "address",
            "地址",
            "详细地址",
            "办公地址",
            "注册地址",
        ),
        "phone": ("phone", "account phone", "联系电话", "电话", "公司电话", "座机", "telephone"),
        "email": ("email", "e-mail", "邮箱", "电子邮箱", "电子邮件"),
        "website": ("website", "web site", "url", "网站", "网址", "官网"),
        "notes": ("description", "notes", "备注", "说明"),
        "owner": (
            "account owner",
            "owner",
            "owner name",
            "负责人",
            "客户经理",
            "销售代表",
            "所有人",
            "归属销售",
        ),
        "contact_name": ("联系人", "联系人姓名", "contact", "contact name", "primary contact"),
        "contact_title": ("职务", "职位", "联系人职务", "title", "contact title"),
        "contact_phone": ("手机", "手机号", "手机号码", "联系人电话", "联系人手机", "mobile"),
        "contact_email": ("联系人邮箱", "contact email"),
    },
    "contact": {
        "id": ("id", "sfa id", "记录id"),
        "account": (
            "account name",
            "account",
            "客户名称",
            "所属客户",
            "公司名称",
            "company",
            "公司",
            "客户",
            "单位",
        ),
        "name": ("full name", "contact name", "name", "姓名", "联系人", "联系人姓名", "名字"),
        "last_name": ("last name", "family name", "surname", "姓"),
        "first_name": ("first name", "given name", "名"),
        "title": ("title", "job title", "职务", "职位", "头衔"),
        "phone": (
            "mobile",
            "mobile phone",
            "手机",
            "手机号",
            "手机号码",
            "phone",
            "business phone",
            "联系电话",
            "电话",
        ),
        "email": ("email", "e-mail", "邮箱", "电子邮箱", "电子邮件"),
        "is_primary": ("primary", "primary contact", "主要联系人", "是否主要联系人"),
        "notes": ("description", "notes", "备注", "说明"),
    },
    "opportunity": {
        "id": ("id", "sfa id", "记录id"),
        "account": ("account name", "account", "客户名称", "客户", "公司名称", "公司"),
        "name": ("opportunity name", "商机名称", "机会名称", "项目名称", "商机", "name", "名称"),
        "stage": ("stage", "阶段", "销售阶段", "商机阶段"),
        "amount": ("amount", "金额", "预计金额", "商机金额"),
        "currency": ("opportunity currency", "currency", "币种", "货币"),
        "close_date": ("close date", "预计成交日期", "成交日期", "预计签约日期", "结束日期"),
        "probability": ("probability (%)", "probability", "赢率", "成交概率", "可能性"),
        "owner": ("opportunity owner", "owner", "负责人", "销售"),
        "next_step": ("next step", "下一步"),
        "close_reason": ("close reason", "loss reason", "输单原因", "原因"),
    },
    "product": {
        "id": ("id", "sfa id", "记录id"),
        "sku": ("product code", "sku", "code", "产品编码", "物料编码", "产品编号", "编码", "货号"),
        "name": ("product name", "产品名称", "品名", "name", "名称"),
        "unit": ("unit", "quantity unit of measure", "单位"),
        "list_price": ("list price", "price", "标准价", "目录价", "牌价", "价格", "单价"),
        "currency": ("product currency", "currency", "币种", "货币"),
        "product_line": ("product family", "family", "product line", "产品线", "产品系列", "类别"),
        "active": ("active", "是否启用", "启用"),
        "description": ("product description", "description", "描述", "说明", "规格"),
    },
}

_BRACKETED = re.compile(r"[(（\[【].*?[)）\]】]")
_NOISE = re.compile(r"[\s_\-.:：*/\\]+")


def normalise_header(text: str) -> str:
    """``Billing State/Province`` → ``billingstateprovince``; ``客户名称（必填）`` → ``客户名称``."""
    lowered = text.strip().lower()
    bare = _BRACKETED.sub("", lowered) or lowered
    return _NOISE.sub("", bare)


def suggest_mapping(entity: str, headers: Sequence[str]) -> dict[str, str | None]:
    """Header → suggested target (or None to skip the column); each target used once.

    A header's own spelling comes first, then the earlier alias wins: with both 手机 and 电话
    in a contact sheet, the mobile number becomes the contact's phone.
    """
    aliases = _ALIASES[entity]
    candidates: list[tuple[int, int, str, str]] = []
    for position, header in enumerate(headers):
        key = normalise_header(header)
        for target, spellings in aliases.items():
            for rank, spelling in enumerate(spellings):
                if normalise_header(spelling) == key:
                    candidates.append((rank, position, header, target))
    mapping: dict[str, str | None] = dict.fromkeys(headers)
    taken: set[str] = set()
    for _rank, _position, header, target in sorted(candidates):
        if mapping[header] is None and target not in taken:
            mapping[header] = target
            taken.add(target)
    return mapping


def check_mapping(entity: str, mapping: Mapping[str, str | None]) -> list[str]:
    """What is wrong with a mapping, in plain words (empty when it can be used)."""
    problems: list[str] = []
    allowed = set(TARGETS[entity])
    seen: dict[str, str] = {}
    for header, target in mapping.items():
        if target is None:
            continue
        if target not in allowed:
            problems.append(f"“{target}” is not a field of {entity} (column “{header}”)")
        elif target in seen:
            problems.append(f"columns “{seen[target]}” and “{header}” both fill {target}")
        else:
            seen[target] = header
    names = {"name", "first_name", "last_name"} if entity == "contact" else {"name"}
    if not names & seen.keys():
        problems.append("no column is mapped to the name")
    if entity in ("contact", "opportunity") and "account" not in seen and "id" not in seen:
        problems.append("no column is mapped to the account")
    if entity == "product" and "sku" not in seen and "id" not in seen:
        problems.append("no column is mapped to the product code (SKU)")
    return problems


def mapped_targets(mapping: Mapping[str, str | None]) -> Iterable[tuple[str, str]]:
    return ((header, target) for header, target in mapping.items() if target is not None)
