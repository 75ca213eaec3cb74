"""Amounts in Chinese capital numerals (大写金额), as a Chinese quote or invoice states its total.

The rules are those banks apply to written amounts (《支付结算办法》 and its 附件 on filling in
bills): capital digits 零壹贰叁肆伍陆柒捌玖 with 拾佰仟 and 万/亿; one 零 for any run of
zeros inside the number; 整 after 元 when there are no 角 and 分; 元零…分 when 角 is zero
but 分 is not; a leading ten is written 壹拾. Where the rules allow a 零 or not (after a zero
ones digit before 角), we write none, as in the rules' own example (¥1409.50 →
壹仟肆佰零玖元伍角).

Written here rather than taken from PyPI: ``cn2an`` (the one maintained library) gives the
same answers, but its wheel installs stray top-level packages (``src``, ``build``,
``example``) and two more dependencies — more to trust than these few lines and their tests.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("仟", "佰", "拾", "")
LIMIT = Decimal(10) ** 16
"""Up to 万亿 groups; a quote total beyond ten thousand trillion yuan is a typing error."""


def rmb_in_words(amount: Decimal) -> str:
    """``Decimal("12345.67")`` → ``壹万贰仟叁佰肆拾伍元陆角柒分`` (rounded half-up to the fen)."""
    fen_total = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if fen_total < 0:
        raise ValueError("an amount in words cannot be negative")
    if fen_total >= LIMIT:
        raise ValueError("the amount is too large to write in words")
    yuan = int(fen_total)
    cents = int((fen_total - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    words = _integer_words(yuan)
    if not words:
        if not cents:
            return "零元整"
        return _fraction_words(jiao, fen).removeprefix("零")
    words += "元"
    if not cents:
        return words + "整"
    return words + _fraction_words(jiao, fen)


def _fraction_words(jiao: int, fen: int) -> str:
    if jiao == 0:
        return f"零{DIGITS[fen]}分"
    return f"{DIGITS[jiao]}角" + (f"{DIGITS[fen]}分" if fen else "")


def _integer_words(value: int) -> str:
    """The 元 part without 元; empty for zero."""
    groups = []
    while value:
        value, group = divmod(value, 10_000)
        groups.append(group)
    groups.reverse()  # highest group first
    words: list[str] = []
    zero_pending = False
    count = len(groups)
    for index, group in enumerate(groups):
        level = count - 1 - index  # 0: 个, 1: 万, 2: 亿, 3: 万亿
        if group == 0:
            zero_pending = zero_pending or bool(words)
            if level == 2 and words and not _ends_with_yi(words):
                words.append("亿")  # 壹万亿零伍仟万: the 亿 stands even over an empty group
            continue
        for place, digit in zip(PLACES, f"{group:04d}", strict=True):
            if digit == "0":
                zero_pending = zero_pending or bool(words)
                continue
            if zero_pending:
                words.append("零")
                zero_pending = False
            words.append(DIGITS[int(digit)] + place)
        words.append(("", "万", "亿", "万")[level])
    return "".join(words)


def _ends_with_yi(words: list[str]) -> bool:
    return bool(words) and words[-1].endswith("亿")
