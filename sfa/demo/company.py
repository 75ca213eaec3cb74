"""The demo company, streamed record by record in an order that respects every reference.

Order: users, territories, products; then each account followed by its own contacts,
opportunities, activities, visits, quotes and lines, and price agreements (see
:mod:`sfa.demo.family`); quotas last, because they are sized from the business just
generated. A record only ever names records yielded before it, so a consumer can insert the
stream as it comes (the server rejects a mutation that names an unknown record).

Nothing proportional to the number of accounts is kept except the set of company names
already used (to keep them unique), so ``accounts=100_000`` streams in constant-ish memory.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from stdnum.cn import uscc

from sfa.demo import pools
from sfa.demo.base import Context, Record, cents_to_money, money_to_cents
from sfa.demo.catalogue import CATALOGUE, COMPANY_DOMAIN
from sfa.demo.family import AccountInfo, Family, Product
from sfa.demo.texts import ACCOUNT_NOTES
from sfa.domain.enums import AccountStatus, AccountTier, Industry, QuotaPeriodKind, Role


@dataclass(frozen=True, slots=True)
class DemoUser:
    username: str
    display_name: str
    role: Role
    rep_code: str | None
    email_local: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "系统管理员", Role.ADMIN, None, "admin"),
    DemoUser("manager", "王经理", Role.MANAGER, None, "wang.jian"),
    DemoUser("rep1", "李明", Role.REP, "R001", "li.ming"),
    DemoUser("rep2", "张伟", Role.REP, "R002", "zhang.wei"),
    DemoUser("rep3", "陈静", Role.REP, "R003", "chen.jing"),
)
"""The users the sync contract promises (``sfa-server demo``); all reps report to manager."""

TERRITORIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("华南大区", pools.SOUTH_PROVINCES, ("rep1", "rep2")),
    ("华东大区", pools.EAST_PROVINCES, ("rep3",)),
)
"""Territory 1 is shared by rep1 and rep2 (they see the same accounts); rep3 has only 2."""

_MONTH_WEIGHTS = (0.75, 0.6, 1.0, 1.0, 1.0, 1.05, 0.95, 0.9, 1.05, 1.0, 1.15, 1.5)
"""Seasonality of monthly quotas: Spring Festival dents Jan–Feb, year-end budgets lift Dec."""

_STATUS = (AccountStatus.CUSTOMER, AccountStatus.PROSPECT, AccountStatus.LOST)
_STATUS_WEIGHTS = (55, 35, 10)
_TIERS = (AccountTier.STRATEGIC, AccountTier.KEY, AccountTier.STANDARD, AccountTier.SMALL)
_TIER_WEIGHTS = (3, 12, 45, 40)
_PROFILES = ("healthy", "neutral", "declining")
_PROFILE_WEIGHTS = (65, 22, 13)
_INDUSTRIES = tuple(pools.INDUSTRY_WEIGHTS)
_INDUSTRY_WEIGHTS = tuple(pools.INDUSTRY_WEIGHTS.values())
_BUILDINGS = ("科技园", "产业园", "创业园", "商务中心", "工业区")
_MAIL_BOXES = ("info", "service", "sales", "contact", "office", "hr")
_BRANCH_SHARE = 0.03
_HEAD_OFFICES_KEPT = 64


def generate(
    accounts: int = 200, seed: int = 7, today: date | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Stream a realistic Chinese demo company as ``(entity, fields)`` pairs.

    ``fields`` holds ``id`` plus typed values of the entity's own fields (see
    :mod:`sfa.domain.records`); each passes ``clean_fields(..., creating=True)``. The same
    ``seed`` and ``today`` give the same records, ids included.
    """
    if accounts < 0:
        raise ValueError("accounts cannot be negative")
    company = _Company(Context(random.Random(seed), today or date.today()))
    return company.records(accounts)


@dataclass(frozen=True, slots=True)
class _HeadOffice:
    id: str
    name: str
    short: str
    city: str
    industry: Industry
    domain: str


class _Company:
    """Holds the few things every account needs: users, territories, catalogue, name set."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.brands = pools.brands()
        self.user_ids = {user.username: ctx.new_id() for user in DEMO_USERS}
        self.territory_ids = [ctx.new_id() for _ in TERRITORIES]
        self.territory_of_province = {
            province: index
            for index, (_, provinces, _) in enumerate(TERRITORIES)
            for province in provinces
        }
        self.products = [
            Product(ctx.new_id(), item, money_to_cents(item.list_price)) for item in CATALOGUE
        ]
        self.family = Family(ctx, self.products, pools.people(), self.user_ids["manager"])
        self.names: set[str] = set()
        self.head_offices: list[list[_HeadOffice]] = [[] for _ in TERRITORIES]
        self.org_base = ctx.rng.randrange(100_000_000)
        self.city_weights = [city.weight for city in pools.CITIES]

    def records(self, accounts: int) -> Iterator[Record]:
        yield from self._users()
        yield from self._territories()
        yield from self._products()
        for index in range(accounts):
            yield from self._account(index)
        yield from self._quotas()

    def _users(self) -> Iterator[Record]:
        ids = self.user_ids
        for user in DEMO_USERS:
            fields: dict[str, Any] = {
                "id": ids[user.username],
                "username": user.username,
                "display_name": user.display_name,
                "role": user.role.value,
                "email": f"{user.email_local}@{COMPANY_DOMAIN}",
                "phone": self.ctx.mobile(),
                "active": True,
            }
            if user.role is Role.REP:
                fields["manager_id"] = ids["manager"]
            if user.rep_code:
                fields["rep_code"] = user.rep_code
            yield "user", fields

    def _territories(self) -> Iterator[Record]:
        for territory_id, (name, provinces, reps) in zip(
            self.territory_ids, TERRITORIES, strict=True
        ):
            yield (
                "territory",
                {
                    "id": territory_id,
                    "name": name,
                    "provinces": list(provinces),
                    "cities": [],
                    "industries": [],
                    "named_account_ids": [],
                    "rep_ids": [self.user_ids[rep] for rep in reps],
                },
            )

    def _products(self) -> Iterator[Record]:
        for product in self.products:
            item = product.item
            yield (
                "product",
                {
                    "id": product.id,
                    "sku": item.sku,
                    "name": item.name,
                    "unit": item.unit,
                    "list_price": cents_to_money(product.list_cents),
                    "currency": "CNY",
                    "product_line": item.product_line,
                    "active": item.active,
                    "description": item.description,
                },
            )

    def _account(self, index: int) -> Iterator[Record]:
        ctx, rng = self.ctx, self.ctx.rng
        city = rng.choices(pools.CITIES, weights=self.city_weights)[0]
        territory = self.territory_of_province[city.province]
        reps = TERRITORIES[territory][2]
        district = rng.choice(city.districts)
        status = rng.choices(_STATUS, weights=_STATUS_WEIGHTS)[0]
        tier = rng.choices(_TIERS, weights=_TIER_WEIGHTS)[0]
        profile = (
            "declining"
            if status is AccountStatus.LOST
            else rng.choices(_PROFILES, weights=_PROFILE_WEIGHTS)[0]
        )
        account_id = ctx.new_id()
        head = self._head_office_for(territory, city)
        if head is not None:
            industry, domain, parent_id = head.industry, head.domain, head.id
            name = f"{head.name}{city.short}分公司"
            short = head.short
            self.names.add(name)
        else:
            industry = rng.choices(_INDUSTRIES, weights=_INDUSTRY_WEIGHTS)[0]
            name, short, domain = self._company_name(index, city, district, industry)
            parent_id = None
            if tier in (AccountTier.STRATEGIC, AccountTier.KEY):
                kept = self.head_offices[territory]
                if len(kept) >= _HEAD_OFFICES_KEPT:
                    kept.pop(rng.randrange(len(kept)))
                kept.append(_HeadOffice(account_id, name, short, city.name, industry, domain))
        owner = self.user_ids[rng.choice(reps)]
        address = self._address(city, short[:2])
        fields: dict[str, Any] = {
            "id": account_id,
            "name": name,
            "territory_id": self.territory_ids[territory],
            "owner_id": owner,
            "industry": industry.value,
            "tier": tier.value,
            "status": status.value,
            "province": city.province,
            "city": city.name,
            "district": district.name,
            "address": address,
            "phone": self._landline(city),
            "credit_code": self._credit_code(index, district.code),
        }
        if parent_id is not None:
            fields["parent_id"] = parent_id
        if rng.random() < 0.6:
            fields["email"] = f"{rng.choice(_MAIL_BOXES)}@{domain}"
        if rng.random() < 0.7:
            fields["website"] = f"https://www.{domain}"
        if rng.random() < 0.2:
            fields["notes"] = rng.choice(ACCOUNT_NOTES)
        if status is AccountStatus.LOST and rng.random() < 0.3:
            fields["archived"] = True
        yield "account", fields
        info = AccountInfo(
            id=account_id,
            short=short,
            status=status,
            tier=tier,
            profile=profile,
            owner_id=owner,
            rep_ids=tuple(self.user_ids[rep] for rep in reps),
            domain=domain,
            location=f"{city.name}{district.name}{address}",
        )
        yield from self.family.records(info)

    def _head_office_for(self, territory: int, city: pools.City) -> _HeadOffice | None:
        """Now and then an account is the branch (分公司) of a big account in another city."""
        kept = self.head_offices[territory]
        if not kept or self.ctx.rng.random() >= _BRANCH_SHARE:
            return None
        head = self.ctx.rng.choice(kept)
        if head.city == city.name or f"{head.name}{city.short}分公司" in self.names:
            return None
        return head

    def _company_name(
        self, index: int, city: pools.City, district: pools.District, industry: Industry
    ) -> tuple[str, str, str]:
        """(full name, short name, web domain), e.g. 深圳市华盛电子科技有限公司, 华盛电子科技."""
        rng = self.ctx.rng
        words = pools.INDUSTRY_WORDS[industry]
        for attempt in range(30):
            brand = rng.choice(self.brands)
            word = rng.choice(words)
            roll = rng.random()
            suffix = "有限公司" if roll < 0.8 else "股份有限公司" if roll < 0.92 else "集团有限公司"
            prefix = "" if suffix == "股份有限公司" and rng.random() < 0.5 else city.name
            name = f"{prefix}{brand.name}{word}{suffix}"
            if attempt == 29:
                name = f"{city.name}{brand.name}{word}有限公司（{district.name}{index}）"
            if name not in self.names:
                break
        self.names.add(name)
        domain_style = rng.random()
        if domain_style < 0.5:
            domain = f"{brand.pinyin}.com.cn"
        elif domain_style < 0.8:
            domain = f"{city.initials}{brand.pinyin}.com"
        else:
            domain = f"{brand.pinyin}-group.cn"
        return name, f"{brand.name}{word}", domain

    def _address(self, city: pools.City, brand: str) -> str:
        rng = self.ctx.rng
        road = rng.choice(city.roads) if rng.random() < 0.5 else rng.choice(pools.GENERIC_ROADS)
        number = rng.randint(1, 999)
        style = rng.random()
        if style < 0.4:
            floor = rng.randint(2, 32)
            place = f"{brand}大厦{floor}楼{floor}{rng.randint(1, 20):02d}室"
        elif style < 0.75:
            place = f"{rng.choice(_BUILDINGS)}{rng.randint(1, 12)}栋{rng.randint(101, 1208)}室"
        else:
            place = f"{rng.randint(1, 9)}号楼{rng.randint(1, 6)}层"
        return f"{road}{number}号{place}"

    def _landline(self, city: pools.City) -> str:
        """E.164 switchboard number; first digit 2–7 is valid in every city listed."""
        rng = self.ctx.rng
        rest = city.local_digits - 1
        return f"+86{city.area_code}{rng.randint(2, 7)}{rng.randrange(10**rest):0{rest}d}"

    def _credit_code(self, index: int, region: str) -> str:
        """统一社会信用代码: 9 (market regulator) 1 (enterprise), region, organisation code, check.

        The organisation code steps through a permutation of 10⁸ (7919 is coprime to it), so
        no two accounts share a code, and carries its own GB 11714 check character.
        """
        body = f"{(self.org_base + index * 7919) % 100_000_000:08d}"
        weighted = sum(int(c) * w for c, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
        check = 11 - weighted % 11
        organisation = body + ("X" if check == 10 else "0" if check == 11 else str(check))
        partial = f"91{region}{organisation}"
        return partial + str(uscc.calc_check_digit(partial))

    def _quotas(self) -> Iterator[Record]:
        """Monthly quotas for this year, about 10–30 % above each rep's run rate of won deals."""
        ctx = self.ctx
        year = ctx.today.year
        total_weight = sum(_MONTH_WEIGHTS)
        for user in DEMO_USERS:
            if user.role is not Role.REP:
                continue
            user_id = self.user_ids[user.username]
            yearly = max(self.family.won_cents.get(user_id, 0), 600_000_00)
            stretch = ctx.rng.uniform(1.1, 1.3)
            for month, weight in enumerate(_MONTH_WEIGHTS, start=1):
                monthly = yearly * stretch * weight / total_weight
                rounded = max(10_000_00, round(monthly / 10_000_00) * 10_000_00)
                yield (
                    "quota",
                    {
                        "id": ctx.new_id(),
                        "user_id": user_id,
                        "period_kind": QuotaPeriodKind.MONTH.value,
                        "period_start": date(year, month, 1),
                        "amount": cents_to_money(rounded),
                        "currency": "CNY",
                    },
                )
