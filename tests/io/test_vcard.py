"""vCards written here read back by an independent parser (vobject), and vobject's cards —
and a Chinese Android phone's 2.1 export — read here."""

from __future__ import annotations

import pytest
import vobject

from sfa.io.vcard import Card, VCardError, read_cards, split_name, write_cards

CARDS = [
    Card(
        name="王芳",
        org="广州贸易有限公司; 华南区",
        title="总经理",
        phones=[("+8613900139000", ("cell",)), ("+862083331234", ("work",))],
        emails=[("wf@gz.cn", ("work",)), ("wangfang@qq.com", ("home",))],
        note="喜欢喝茶，周三下午方便\n第二行",
        uid="urn:uuid:6f1c2a52-0d7a-4f7e-8d3e-1b2c3d4e5f60",
    ),
    Card(name="欧阳娜娜", org="上海精密仪器股份有限公司", phones=[("+8613700137000", ("cell",))]),
    Card(name="Anna Smith", org="Acme, Inc.", emails=[("anna@acme.example", ())]),
]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_cards_round_trip_through_vobject(version: str) -> None:
    data = write_cards(CARDS, version)
    assert data.endswith(b"\r\n") and all(len(line) <= 75 for line in data.split(b"\r\n"))
    parsed = list(vobject.readComponents(data.decode("utf-8")))
    assert [card.version.value for card in parsed] == [version] * 3
    wang, ouyang, anna = parsed
    assert wang.fn.value == "王芳"
    assert (wang.n.value.family, wang.n.value.given) == ("王", "芳")
    assert (ouyang.n.value.family, ouyang.n.value.given) == ("欧阳", "娜娜")
    assert (anna.n.value.family, anna.n.value.given) == ("Smith", "Anna")
    assert wang.org.value == ["广州贸易有限公司; 华南区"]
    assert anna.org.value == ["Acme, Inc."]
    assert wang.title.value == "总经理"
    assert wang.note.value == "喜欢喝茶，周三下午方便\n第二行"
    phones = [(tel.value.removeprefix("tel:"), tel.params["TYPE"]) for tel in wang.tel_list]
    assert [number for number, _ in phones] == ["+8613900139000", "+862083331234"]
    assert "cell" in [t.lower() for t in phones[0][1]]
    assert "work" in [t.lower() for t in phones[1][1]]
    assert [e.value for e in wang.email_list] == ["wf@gz.cn", "wangfang@qq.com"]
    assert wang.uid.value == "urn:uuid:6f1c2a52-0d7a-4f7e-8d3e-1b2c3d4e5f60"
    assert read_cards(data) == [
        Card(
            name=c.name,
            family=split_name(c.name)[0],
            given=split_name(c.name)[1],
            org=c.org,
            title=c.title,
            phones=c.phones,
            emails=c.emails,
            note=c.note,
            uid=c.uid,
        )
        for c in CARDS
    ]


def test_cards_written_by_vobject_are_read() -> None:
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family="李", given="小龙")
    card.add("fn").value = "李小龙"
    card.add("org").value = ["深圳光明科技有限公司"]
    home = card.add("tel")
    home.value = "0755-86668888"
    home.type_param = "WORK"
    mobile = card.add("tel")
    mobile.value = "138 0013 8000"
    mobile.type_paramlist = ["CELL", "PREF"]
    card.add("email").value = "li@guangming.cn"
    (read,) = read_cards(card.serialize().encode("utf-8"))
    assert (read.name, read.family, read.given, read.org) == (
        "李小龙",
        "李",
        "小龙",
        "深圳光明科技有限公司",
    )
    assert read.phones == [("138 0013 8000", ("cell",)), ("0755-86668888", ("work",))]
    assert read.emails == [("li@guangming.cn", ())]


def test_an_android_21_export_with_quoted_printable_chinese() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=BC=9F;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F\r\n"
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B9=BF=E5=B7=9E=E8=B4=B8=E6=98=93=\r\n"
        "=E6=9C=89=E9=99=90=E5=85=AC=E5=8F=B8\r\n"
        "TEL;CELL;PREF:13800138000\r\nTEL;WORK:020-83331234\r\nEND:VCARD\r\n"
    ).encode("ascii")
    (card,) = read_cards(data)
    assert (card.name, card.family, card.given, card.org) == (
        "张伟",
        "张",
        "伟",
        "广州贸易有限公司",
    )
    assert card.phones == [("13800138000", ("cell",)), ("020-83331234", ("work",))]


def test_a_file_without_cards_is_refused() -> None:
    with pytest.raises(VCardError, match="no vCard"):
        read_cards(b"hello\r\n")
