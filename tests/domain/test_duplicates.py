from __future__ import annotations

import pytest

from sfa.domain.duplicates import Certainty, compare, core_name, names_similar


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("深圳市华为技术有限公司", "华为技术"),
        ("广东省深圳市华为技术股份有限公司", "华为技术"),
        ("华为技术有限责任公司", "华为技术"),
        ("Huawei Technologies Co., Ltd.", "huaweitechnologies"),
        ("ACME Inc", "acme"),
    ],
)
def test_core_name_ignores_legal_suffixes_and_region_prefixes(name: str, core: str) -> None:
    assert core_name(name) == core


def test_similar_names() -> None:
    assert names_similar("深圳市华为技术有限公司", "华为技术有限公司")
    assert names_similar("北京小米科技有限责任公司", "小米科技有限公司")
    assert names_similar("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES")
    assert not names_similar("华为技术有限公司", "小米科技有限公司")
    assert not names_similar("中国银行", "中国建设银行股份有限公司工程部")


def test_same_credit_code_is_certain_other_signals_are_likely() -> None:
    existing = {
        "id": "1",
        "name": "甲公司",
        "credit_code": "91110108551385082Q",
        "phone": "+8613800138000",
        "email": "a@jia.cn",
    }
    certain = compare({"name": "乙公司", "credit_code": "91110108551385082Q"}, existing)
    assert certain is not None and certain.certainty is Certainty.CERTAIN
    by_phone = compare({"name": "乙公司", "phone": "+8613800138000"}, existing)
    assert by_phone is not None and by_phone.reasons == ("same phone",)
    by_domain = compare({"name": "乙公司", "email": "b@jia.cn"}, existing)
    assert by_domain is not None and by_domain.reasons == ("same e-mail domain",)
    assert (
        compare({"name": "乙公司", "email": "x@qq.com"}, {**existing, "email": "y@qq.com"}) is None
    )
    assert compare({"name": "乙公司"}, existing) is None
