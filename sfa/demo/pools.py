"""Fixed pools the demo company is drawn from: geography, person names, brand words.

Faker and pypinyin are slow per call, so they run once here (with their own fixed seed) and the
generator only draws from these tuples with its seeded ``random.Random``. The geography is hand
written because it must be right: cities belong to their province, districts to their city, and
each carries the telephone area code (with the local number length that ``phonenumbers``
accepts there) and the administrative division code that the unified social credit code embeds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sfa.domain.enums import Industry

_POOL_SEED = 20240607
"""Seed of the Faker draw; fixed so that pools (and thus output) depend only on ``seed``."""


@dataclass(frozen=True, slots=True)
class District:
    name: str
    code: str
    """6-digit administrative division code (GB/T 2260), part of the credit code."""


@dataclass(frozen=True, slots=True)
class City:
    province: str
    name: str
    short: str
    """Name without 市, used inside company names and e-mail domains (深圳 → sz)."""
    initials: str
    area_code: str
    local_digits: int
    """Length of a landline number after the area code (7 in smaller cities, 8 in big ones)."""
    districts: tuple[District, ...]
    roads: tuple[str, ...]
    """Well-known roads of the city, mixed with generic ones for addresses."""
    weight: int
    """Relative number of accounts: more companies sit in Shenzhen than in Liuzhou."""


def _d(*pairs: str) -> tuple[District, ...]:
    return tuple(District(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2))


SOUTH_PROVINCES = ("广东省", "广西壮族自治区", "福建省")
EAST_PROVINCES = ("上海市", "江苏省", "浙江省")

CITIES: tuple[City, ...] = (
    City(
        "广东省",
        "广州市",
        "广州",
        "gz",
        "20",
        8,
        _d(
            "天河区",
            "440106",
            "越秀区",
            "440104",
            "海珠区",
            "440105",
            "白云区",
            "440111",
            "番禺区",
            "440113",
            "黄埔区",
            "440112",
        ),
        ("天河路", "体育西路", "环市东路", "珠江东路", "黄埔大道"),
        14,
    ),
    City(
        "广东省",
        "深圳市",
        "深圳",
        "sz",
        "755",
        8,
        _d(
            "福田区",
            "440304",
            "南山区",
            "440305",
            "罗湖区",
            "440303",
            "宝安区",
            "440306",
            "龙岗区",
            "440307",
            "龙华区",
            "440309",
        ),
        ("深南大道", "科技园路", "滨海大道", "福华路", "高新南一道"),
        16,
    ),
    City(
        "广东省",
        "东莞市",
        "东莞",
        "dg",
        "769",
        8,
        _d("南城街道", "441900", "东城街道", "441900", "长安镇", "441900", "松山湖", "441900"),
        ("鸿福路", "东莞大道", "莞太路"),
        6,
    ),
    City(
        "广东省",
        "佛山市",
        "佛山",
        "fs",
        "757",
        8,
        _d("禅城区", "440604", "南海区", "440605", "顺德区", "440606"),
        ("季华路", "佛山大道", "桂澜路"),
        6,
    ),
    City(
        "广东省",
        "珠海市",
        "珠海",
        "zh",
        "756",
        7,
        _d("香洲区", "440402", "金湾区", "440404"),
        ("情侣路", "九洲大道"),
        3,
    ),
    City(
        "广东省",
        "惠州市",
        "惠州",
        "hz",
        "752",
        7,
        _d("惠城区", "441302", "惠阳区", "441303"),
        ("江北大道", "演达大道"),
        2,
    ),
    City(
        "广西壮族自治区",
        "南宁市",
        "南宁",
        "nn",
        "771",
        7,
        _d("青秀区", "450103", "兴宁区", "450102", "西乡塘区", "450107"),
        ("民族大道", "朝阳路", "金湖路"),
        4,
    ),
    City(
        "广西壮族自治区",
        "柳州市",
        "柳州",
        "lz",
        "772",
        7,
        _d("城中区", "450202", "鱼峰区", "450203"),
        ("文昌路", "东环大道"),
        2,
    ),
    City(
        "广西壮族自治区",
        "桂林市",
        "桂林",
        "gl",
        "773",
        7,
        _d("秀峰区", "450302", "七星区", "450305"),
        ("中山中路", "漓江路"),
        1,
    ),
    City(
        "福建省",
        "福州市",
        "福州",
        "fz",
        "591",
        8,
        _d("鼓楼区", "350102", "台江区", "350103", "仓山区", "350104"),
        ("五四路", "八一七北路", "湖东路"),
        4,
    ),
    City(
        "福建省",
        "厦门市",
        "厦门",
        "xm",
        "592",
        7,
        _d("思明区", "350203", "湖里区", "350206", "集美区", "350211"),
        ("厦禾路", "湖滨南路", "嘉禾路"),
        4,
    ),
    City(
        "福建省",
        "泉州市",
        "泉州",
        "qz",
        "595",
        8,
        _d("鲤城区", "350502", "丰泽区", "350503", "晋江市", "350582"),
        ("刺桐路", "丰泽街"),
        3,
    ),
    City(
        "上海市",
        "上海市",
        "上海",
        "sh",
        "21",
        8,
        _d(
            "浦东新区",
            "310115",
            "黄浦区",
            "310101",
            "徐汇区",
            "310104",
            "静安区",
            "310106",
            "长宁区",
            "310105",
            "闵行区",
            "310112",
        ),
        ("南京西路", "淮海中路", "世纪大道", "张江路", "虹桥路", "漕溪北路"),
        18,
    ),
    City(
        "江苏省",
        "南京市",
        "南京",
        "nj",
        "25",
        8,
        _d("玄武区", "320102", "秦淮区", "320104", "鼓楼区", "320106", "江宁区", "320115"),
        ("中山路", "汉中路", "珠江路", "双龙大道"),
        7,
    ),
    City(
        "江苏省",
        "苏州市",
        "苏州",
        "su",
        "512",
        8,
        _d("姑苏区", "320508", "吴中区", "320506", "虎丘区", "320505", "相城区", "320507"),
        ("星湖街", "干将路", "金鸡湖大道", "苏州大道东"),
        8,
    ),
    City(
        "江苏省",
        "无锡市",
        "无锡",
        "wx",
        "510",
        8,
        _d("梁溪区", "320213", "滨湖区", "320211", "新吴区", "320214"),
        ("人民中路", "太湖大道"),
        4,
    ),
    City(
        "江苏省",
        "常州市",
        "常州",
        "cz",
        "519",
        8,
        _d("天宁区", "320402", "武进区", "320412"),
        ("延陵西路", "龙城大道"),
        3,
    ),
    City(
        "浙江省",
        "杭州市",
        "杭州",
        "hz",
        "571",
        8,
        _d(
            "西湖区",
            "330106",
            "上城区",
            "330102",
            "拱墅区",
            "330105",
            "滨江区",
            "330108",
            "余杭区",
            "330110",
        ),
        ("文三路", "延安路", "江南大道", "文一西路", "庆春路"),
        10,
    ),
    City(
        "浙江省",
        "宁波市",
        "宁波",
        "nb",
        "574",
        8,
        _d("鄞州区", "330212", "海曙区", "330203", "江北区", "330205"),
        ("中山东路", "天童南路"),
        5,
    ),
    City(
        "浙江省",
        "温州市",
        "温州",
        "wz",
        "577",
        8,
        _d("鹿城区", "330302", "瓯海区", "330304"),
        ("车站大道", "人民路"),
        3,
    ),
    City(
        "浙江省",
        "嘉兴市",
        "嘉兴",
        "jx",
        "573",
        8,
        _d("南湖区", "330402", "秀洲区", "330411"),
        ("中山东路", "广益路"),
        2,
    ),
)

GENERIC_ROADS = (
    "人民路",
    "中山路",
    "解放路",
    "建设路",
    "新华路",
    "和平路",
    "文化路",
    "工业大道",
    "科技路",
    "创业路",
    "高新大道",
    "学府路",
    "东风路",
    "五一路",
    "花园路",
    "振兴路",
    "光明路",
    "长江路",
    "黄河路",
    "滨江路",
    "迎宾大道",
    "开发大道",
    "青年路",
    "环城路",
)

BRAND_CHARS = (
    "华盛鸿达金桥天元宏伟远航恒信瑞丰嘉禾新创博通海泰安康润德汇隆鑫源中联正兴弘祥明辉"
    "光昌永锦程科宇星越卓凯诚亿迅捷美佳百富东方南北立峰云晨"
)
"""Auspicious characters Chinese company brands are made of (华盛, 鸿达, 金桥 …)."""

INDUSTRY_WORDS: dict[Industry, tuple[str, ...]] = {
    Industry.MANUFACTURING: (
        "精密机械",
        "电子科技",
        "机电设备",
        "新材料",
        "汽车零部件",
        "五金制品",
        "塑胶制品",
    ),
    Industry.RETAIL: ("商贸", "百货", "连锁超市", "电子商务", "贸易"),
    Industry.FINANCE: ("投资管理", "融资租赁", "保险代理", "资产管理", "小额贷款"),
    Industry.HEALTHCARE: ("医药", "医疗器械", "生物科技", "健康管理", "医院管理"),
    Industry.EDUCATION: ("教育科技", "文化传播", "职业培训", "教育咨询"),
    Industry.GOVERNMENT: ("城市建设投资", "国有资产经营", "公共交通", "水务"),
    Industry.TECHNOLOGY: ("信息技术", "网络科技", "软件", "智能科技", "数据服务", "通信技术"),
    Industry.LOGISTICS: ("物流", "供应链管理", "国际货运代理", "仓储服务", "快递"),
    Industry.ENERGY: ("新能源", "电力工程", "能源科技", "燃气", "光伏科技"),
    Industry.CONSTRUCTION: ("建设工程", "建筑装饰工程", "工程咨询", "市政工程", "房地产开发"),
    Industry.HOSPITALITY: ("酒店管理", "餐饮管理", "旅游发展", "会展服务"),
    Industry.OTHER: ("企业管理咨询", "广告", "人力资源服务", "物业管理"),
}

INDUSTRY_WEIGHTS: dict[Industry, int] = {
    Industry.MANUFACTURING: 22,
    Industry.RETAIL: 12,
    Industry.FINANCE: 7,
    Industry.HEALTHCARE: 7,
    Industry.EDUCATION: 6,
    Industry.GOVERNMENT: 4,
    Industry.TECHNOLOGY: 16,
    Industry.LOGISTICS: 8,
    Industry.ENERGY: 4,
    Industry.CONSTRUCTION: 7,
    Industry.HOSPITALITY: 4,
    Industry.OTHER: 3,
}

_SURNAME_PINYIN = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "覃": "qin",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "翟": "zhai",
    "尉": "yu",
    "长": "zhang",
    "重": "chong",
    "万": "wan",
    "秘": "bi",
    "隗": "wei",
}
"""Surnames pypinyin reads with their common-word pronunciation (曾 → ceng)."""


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    surname: str
    """Pinyin of the surname, for e-mail addresses (zhang)."""
    given: str
    """Pinyin of the given name (wei, jianguo)."""


@dataclass(frozen=True, slots=True)
class Brand:
    name: str
    pinyin: str


@cache
def people() -> tuple[Person, ...]:
    """About 4,000 distinct Chinese names with pinyin, drawn once from Faker's zh_CN data."""
    from faker import Faker
    from pypinyin import lazy_pinyin

    faker = Faker("zh_CN")
    faker.seed_instance(_POOL_SEED)
    names = sorted({faker.name() for _ in range(6000)})
    pool: list[Person] = []
    for name in names:
        surname_len = 2 if len(name) == 4 else 1
        syllables = lazy_pinyin(name)
        if len(syllables) != len(name) or not all(s.isascii() and s.isalpha() for s in syllables):
            continue
        if surname_len == 1:
            syllables[0] = _SURNAME_PINYIN.get(name[0], syllables[0])
        surname = "".join(syllables[:surname_len])
        given = "".join(syllables[surname_len:])
        pool.append(Person(name, surname, given))
    return tuple(pool)


@cache
def brands() -> tuple[Brand, ...]:
    """Every two-character brand from :data:`BRAND_CHARS` (about 4,500), with pinyin."""
    from pypinyin import lazy_pinyin

    chars = list(dict.fromkeys(BRAND_CHARS))
    readings = dict(zip(chars, lazy_pinyin(chars), strict=True))
    return tuple(
        Brand(first + second, readings[first] + readings[second])
        for first in chars
        for second in chars
        if first != second
    )
