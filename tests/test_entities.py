"""Coreference on its own: mentions built by hand (no tokens, no MeCab), grouped into entities by
``attribution.entities.resolve``. Each case lists the names a document's mentions carry and the canonical name each
should get."""
import pytest

from attribution.entities import resolve
from attribution.mentions import Mention
from attribution.people import People, Person


def _mentions(text, names):
    """A person mention for each name, at its first place in ``text`` (found by str.find)."""
    out = []
    pos = 0
    for name in names:
        start = text.find(name, pos)
        assert start >= 0, name
        out.append(Mention(name, start, start + len(name), name, "person", index=len(out), first=len(out)))
        pos = start + len(name)
    return out


ENTITY_CASES = [
    # id, text, names of its person mentions in order, {name: canonical}
    ("a surname joins the full name", "宮田学氏が来た。宮田氏は話した。", ["宮田学", "宮田"], {"宮田": "宮田学"}),
    ("a given name joins too", "大野健二さんが来た。健二は笑った。", ["大野健二", "健二"], {"健二": "大野健二"}),
    ("a katakana name's part", "リン・コリンズが来た。リンは話した。", ["リン・コリンズ", "リン"], {"リン": "リン・コリンズ"}),
    ("two fuller names: the surname stays apart", "三浦雄一郎と三浦豪太が来た。三浦は話した。",
     ["三浦雄一郎", "三浦豪太", "三浦"], {"三浦": "三浦"}),
    ("a nickname prefix", "中山雅史が来た。ゴン中山は話した。", ["中山雅史", "ゴン中山"], {"ゴン中山": "中山雅史"}),
    ("a nickname tied by こと", "キング・ケンこと大野健二さん。", ["キング・ケン", "大野健二"], {"キング・ケン": "大野健二"}),
    ("a nickname in brackets after the name", "大野健二（愛称・ケンちゃん）が来た。ケンは笑った。",
     ["大野健二", "ケン"], {"ケン": "大野健二"}),
    ("two people each introduced with an age stay apart", "美智子（30歳）が来た。智子（仮名・33歳）も笑った。",
     ["美智子", "智子"], {"美智子": "美智子", "智子": "智子"}),
    ("a shorter name not introduced joins the one that was", "大野健二（40歳）が来た。健二は笑った。",
     ["大野健二", "健二"], {"健二": "大野健二"}),
    ("a name seen only in a cited headline is no fuller form", "『北浜テロ山田』と報じた。山田は話した。",
     ["北浜テロ山田", "山田"], {"山田": "山田"}),
]


@pytest.mark.parametrize("text,names,expected", [c[1:] for c in ENTITY_CASES], ids=[c[0] for c in ENTITY_CASES])
def test_resolve(text, names, expected):
    table = resolve(_mentions(text, names), None, text)
    for name, canonical in expected.items():
        assert table[name].canonical == canonical


TITLED_CASES = [
    # id, text, (name, title or None) of its person mentions in order, {name: canonical}
    ("two fuller names: the surname with an honorific joins the one ever written with a title, not the bare one",
     "北浜の中村勝広監督が辞めた。中村紀洋（元南浜）らを補強した。中村氏は話した。",
     [("中村勝広", "監督"), ("中村紀洋", None), ("中村", "氏")], {"中村": "中村勝広"}),
    ("two fuller names, both written with a title: the surname stays apart",
     "中村勝広監督が辞めた。中村紀洋選手を補強した。中村氏は話した。",
     [("中村勝広", "監督"), ("中村紀洋", "選手"), ("中村", "氏")], {"中村": "中村"}),
    ("two fuller names, the surname bare: it stays apart",
     "中村勝広監督が辞めた。中村紀洋らを補強した。中村は話した。",
     [("中村勝広", "監督"), ("中村紀洋", None), ("中村", None)], {"中村": "中村"}),
]


@pytest.mark.parametrize("text,names,expected", [c[1:] for c in TITLED_CASES], ids=[c[0] for c in TITLED_CASES])
def test_resolve_by_title(text, names, expected):
    mentions, pos = [], 0
    for name, title in names:
        start = text.find(name, pos)
        end = start + len(name) + len(title or "")
        mentions.append(Mention(text[start:end], start, end, name, "person", title=title, index=len(mentions),
                                first=len(mentions)))
        pos = end
    table = resolve(mentions, None, text)
    for name, canonical in expected.items():
        assert table[name].canonical == canonical


def test_known_people_win():
    text = "ミナが来た。ミナは歌った。"
    table = resolve(_mentions(text, ["ミナ", "ミナ"]), People([Person("北島ミナ", aliases=("ミナ",))]), text)
    assert table["ミナ"].canonical == "北島ミナ"


def test_aliases_and_roles_gather_on_the_entity():
    text = "北浜市長の森田健一氏。森田市長は話した。"
    mentions = [Mention("森田健一氏", 5, 10, "森田健一", "person", role="北浜市長", index=0, first=0),
                Mention("森田市長", 11, 15, "森田", "person", title="市長", role="市長", index=1, first=1)]
    ent = resolve(mentions, None, text)["森田"]
    assert ent.canonical == "森田健一"
    assert "森田" in ent.aliases and "森田市長" in ent.aliases
    assert ent.roles == ["北浜市長", "市長"]


def test_two_fuller_names_the_honorific_decides():
    text = "解説者の野村克己氏が出た。愛息・野村克典の写真も出た。野村氏は笑った。"
    mentions = [Mention("野村克己氏", 5, 10, "野村克己", "person", title="氏", index=0, first=0),
                Mention("野村克典", 17, 21, "野村克典", "person", index=1, first=1),
                Mention("野村氏", 27, 30, "野村", "person", title="氏", index=2, first=2)]
    assert resolve(mentions, None, text)["野村"].canonical == "野村克己"
    # without the honorific to tell them apart, the surname stays apart
    bare = [mentions[0]._replace(title=None), mentions[1], mentions[2]]
    assert resolve(bare, None, text)["野村"].canonical == "野村"
