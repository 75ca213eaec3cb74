"""Totals in Chinese capitals, checked against amounts written out by hand under the banks'
rules for written amounts (the rules' own examples among them)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sfa.io.amount_words import rmb_in_words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
        # the rules' examples: zeros in the middle, 角 zero, 分 zero
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("107000.53", "壹拾万零柒仟元伍角叁分"),
        # 整 when there are no 角 and 分
        ("10000", "壹万元整"),
        ("10.00", "壹拾元整"),
        ("1010", "壹仟零壹拾元整"),
        ("1001", "壹仟零壹元整"),
        # 元 boundaries: under one yuan, and zero
        ("0.50", "伍角"),
        ("0.05", "伍分"),
        ("0.10", "壹角"),
        ("0", "零元整"),
        # 万 and 亿, with and without empty groups between them
        ("120500", "壹拾贰万零伍佰元整"),
        ("1000000", "壹佰万元整"),
        ("100000000", "壹亿元整"),
        ("105000000", "壹亿零伍佰万元整"),
        ("150000000", "壹亿伍仟万元整"),
        ("200000001.01", "贰亿零壹元零壹分"),
        ("1005000000", "壹拾亿零伍佰万元整"),
        ("1234500000000", "壹万贰仟叁佰肆拾伍亿元整"),
        ("1000050000000", "壹万亿零伍仟万元整"),
    ],
)
def test_amounts_in_words(amount: str, words: str) -> None:
    assert rmb_in_words(Decimal(amount)) == words


def test_a_sub_fen_amount_is_rounded_half_up_first() -> None:
    assert rmb_in_words(Decimal("0.995")) == "壹元整"
    assert rmb_in_words(Decimal("2.345")) == "贰元叁角伍分"


@pytest.mark.parametrize("amount", ["-1", "10000000000000000"])
def test_negative_or_absurd_amounts_are_refused(amount: str) -> None:
    with pytest.raises(ValueError, match="amount"):
        rmb_in_words(Decimal(amount))
