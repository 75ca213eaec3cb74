"""Contacts as vCards (RFC 2426 version 3.0 and RFC 6350 version 4.0), written and read here.

Written by hand rather than with vobject: vobject serialises 3.0 only, and it is the
independent parser the tests read our files back with — a file written by the same library
that checks it would prove little. The format is small (escaping, folding at 75 octets,
parameters); reading also accepts what phones really export, including vCard 2.1's
``ENCODING=QUOTED-PRINTABLE`` that Chinese Android handsets still write.

Chinese names are written family name first in ``N`` (王;芳) and whole in ``FN`` (王芳); a
Latin name is split at its last word (Smith;Anna, FN Anna Smith).
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sfa.io.tabular import decode_text

VERSIONS = ("3.0", "4.0")
LINE_OCTETS = 75

_COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "尉迟",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "端木",
        "公孙",
        "轩辕",
        "澹台",
        "太史",
        "申屠",
        "闻人",
        "呼延",
        "南宫",
        "万俟",
        "独孤",
        "西门",
        "百里",
        "东郭",
        "钟离",
        "赫连",
        "鲜于",
    ]
)


@dataclass
class Card:
    """One person as a vCard carries them (a contact has one phone and one e-mail; the rest
    of a card's numbers and addresses are kept in its note so nothing is lost)."""

    name: str
    family: str = ""
    given: str = ""
    org: str = ""
    title: str = ""
    phones: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    """(number, types such as ``cell``/``work``), preferred first."""
    emails: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    note: str = ""
    uid: str = ""


def is_cjk(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in text)


def split_name(name: str) -> tuple[str, str]:
    """(family, given): 王芳 → (王, 芳), 欧阳娜娜 → (欧阳, 娜娜), Anna Smith → (Smith, Anna)."""
    text = name.strip()
    if is_cjk(text) and " " not in text:
        if len(text) > 2 and text[:2] in _COMPOUND_SURNAMES:
            return text[:2], text[2:]
        return text[:1], text[1:]
    parts = text.rsplit(" ", 1)
    return (parts[1], parts[0]) if len(parts) == 2 else (text, "")


def join_name(family: str, given: str) -> str:
    if is_cjk(family + given):
        return f"{family}{given}"
    return " ".join(part for part in (given, family) if part)


# ---------------------------------------------------------------------------- writing


def write_cards(cards: Iterable[Card], version: str = "3.0") -> bytes:
    """A multi-contact ``.vcf`` (UTF-8, CRLF line ends, lines folded at 75 octets)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version} is not written here (3.0 or 4.0)")
    lines: list[str] = []
    for card in cards:
        lines.extend(_card_lines(card, version))
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _card_lines(card: Card, version: str) -> Iterator[str]:
    family, given = (
        (card.family, card.given) if card.family or card.given else split_name(card.name)
    )
    yield "BEGIN:VCARD"
    yield f"VERSION:{version}"
    if version == "4.0":
        yield "KIND:individual"
    yield f"N:{_escape(family)};{_escape(given)};;;"
    yield f"FN:{_escape(card.name)}"
    if card.org:
        yield f"ORG:{_escape(card.org)}"
    if card.title:
        yield f"TITLE:{_escape(card.title)}"
    for number, (phone, types) in enumerate(card.phones):
        yield _typed("TEL", phone, types, version, preferred=number == 0, uri="tel:")
    for number, (email, types) in enumerate(card.emails):
        kinds = types if version == "4.0" else ("internet", *types)
        yield _typed("EMAIL", email, kinds, version, preferred=number == 0)
    if card.note:
        yield f"NOTE:{_escape(card.note)}"
    if card.uid:
        yield f"UID:{card.uid}"
    yield "END:VCARD"


def _typed(
    name: str, value: str, types: tuple[str, ...], version: str, *, preferred: bool, uri: str = ""
) -> str:
    kinds = [t.lower() if version == "4.0" else t.upper() for t in types]
    params = [f"TYPE={','.join(kinds)}"] if kinds else []
    if preferred and version == "4.0":
        params.append("PREF=1")
    elif preferred:
        params[:1] = [f"TYPE={','.join([*kinds, 'PREF'])}"]
    if version == "4.0" and uri:
        params.insert(0, "VALUE=uri")
        value = uri + value.replace(" ", "")
        return ";".join([name, *params]) + ":" + value
    return ";".join([name, *params]) + ":" + _escape(value)


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2)."""
    parts: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, LINE_OCTETS - 1
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Line:
    name: str
    params: dict[str, list[str]]
    value: str


class VCardError(ValueError):
    """The data is not a vCard file."""


def read_cards(data: bytes) -> list[Card]:
    """Every card in a ``.vcf`` (versions 2.1, 3.0 and 4.0; UTF-8 or GBK)."""
    text, _encoding = decode_text(data)
    cards: list[Card] = []
    current: list[_Line] | None = None
    for line in _logical_lines(text.lstrip("\ufeff")):
        parsed = _parse(line)
        if parsed is None:
            continue
        if parsed.name == "BEGIN" and parsed.value.upper() == "VCARD":
            current = []
        elif parsed.name == "END" and parsed.value.upper() == "VCARD" and current is not None:
            cards.append(_card(current))
            current = None
        elif current is not None:
            current.append(parsed)
    if not cards:
        raise VCardError("The file holds no vCard (BEGIN:VCARD … END:VCARD).")
    return cards


def _logical_lines(text: str) -> Iterator[str]:
    """Unfold continuation lines, and quoted-printable soft breaks (a line ending in ``=``)."""
    pending = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and pending:
            pending += raw[1:]
            continue
        if pending.endswith("=") and "QUOTED-PRINTABLE" in pending.split(":", 1)[0].upper():
            pending = pending[:-1] + raw
            continue
        if pending:
            yield pending
        pending = raw
    if pending:
        yield pending


_PARAM = re.compile(r'([^=;]+)(?:=("[^"]*"|[^;]*))?')


def _parse(line: str) -> _Line | None:
    head, colon, value = _split_value(line)
    if not colon:
        return None
    pieces = head.split(";")
    name = pieces[0].rsplit(".", 1)[-1].upper()  # drop a group prefix (item1.TEL)
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        match = _PARAM.fullmatch(piece)
        if match is None:
            continue
        key, raw = match.group(1).upper(), match.group(2)
        if raw is None:  # vCard 2.1: a bare type (TEL;CELL;PREF)
            key, raw = "TYPE", key
        values = [v.strip('"') for v in raw.split(",")]
        params.setdefault(key, []).extend(values)
    if "QUOTED-PRINTABLE" in (v.upper() for v in params.get("ENCODING", [])):
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        value = quopri.decodestring(value.encode("ascii", "replace")).decode(charset, "replace")
    return _Line(name, params, value)


def _split_value(line: str) -> tuple[str, bool, str]:
    """Split at the first colon outside a quoted parameter value."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], True, line[index + 1 :]
    return line, False, ""


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(text: str) -> list[str]:
    return [_unescape(part) for part in re.split(r"(?<!\\);", text)]


def _card(lines: list[_Line]) -> Card:
    card = Card(name="")
    phones: list[tuple[bool, str, tuple[str, ...]]] = []
    emails: list[tuple[bool, str, tuple[str, ...]]] = []
    for line in lines:
        if line.name == "FN":
            card.name = _unescape(line.value).strip()
        elif line.name == "N":
            parts = [*_components(line.value), "", ""]
            card.family, card.given = parts[0].strip(), parts[1].strip()
        elif line.name == "ORG":
            card.org = _components(line.value)[0].strip()
        elif line.name == "TITLE":
            card.title = _unescape(line.value).strip()
        elif line.name == "NOTE":
            card.note = _unescape(line.value).strip()
        elif line.name == "UID":
            card.uid = line.value.strip()
        elif line.name in ("TEL", "EMAIL"):
            value = _unescape(line.value).strip()
            if line.name == "TEL":
                value = value.removeprefix("tel:").split(";")[0]
            types = tuple(t.lower() for t in line.params.get("TYPE", []) if t)
            preferred = "pref" in types or bool(line.params.get("PREF"))
            kinds = tuple(t for t in types if t not in ("pref", "internet", "voice"))
            target = phones if line.name == "TEL" else emails
            if value:
                target.append((preferred, value, kinds))
    if not card.name:
        card.name = join_name(card.family, card.given)
    card.phones = [(v, k) for _, v, k in sorted(phones, key=lambda p: not p[0])]
    card.emails = [(v, k) for _, v, k in sorted(emails, key=lambda p: not p[0])]
    return card
