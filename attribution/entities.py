"""Coreference: which names in a document are one entity, and its canonical name (the fullest form in the document).

Works on :class:`attribution.mentions.Mention` records alone (no tokens, no MeCab), so it is tested with mentions
built by hand (``tests/test_entities.py``). A shorter name joins the one fuller name that contains it as a part
(宮坂 → 宮坂学, リン → リン・コリンズ; 三浦 stays apart when the document has 三浦雄一郎 and 三浦豪太); a nickname
joins the name the text ties it to (キング・ケンこと大野健二, 大野健二（愛称・ケン）); names the caller knows
(:class:`attribution.people.People`) win over all of that.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .people import fold

_PART_SPLIT = regex.compile(r"[・･＝=]")
_KANJI_NAME = regex.compile(r"^\p{Han}+$")
_GLUED_WORD = regex.compile(r"^[\p{Katakana}\p{Latin}ー0-9０-９]+$")   # a group or company glued before a name
_SHORT_KANA = regex.compile(r"^[ァ-ヺ]{2,3}$")   # a nickname of two or three katakana, no dot nor long vowel
_NICKNAME_PREFIX = regex.compile(r"^[\p{Katakana}\p{Latin}ー]+(?=\p{Han})")   # ゴン中山
# a person introduced with an age or as a pseudonym in brackets right after the name: 智子さん（仮名・33歳）
_INTRODUCED = regex.compile(r"[（(][^（()）\n]{0,12}?(?:\d{1,3}\s*(?:歳|才)|仮名)")


@dataclass
class Entity:
    canonical: str
    kind: str = "person"
    aliases: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    first: int = 0

    def add(self, mention, cited=False):
        """Take ``mention`` as a form of this entity; ``cited``: it stands in the title of a cited work, whose words
        are glued (『酒井被告裁判官主文復唱…』): its name counts, its role does not."""
        alias = mention.name
        if alias and alias not in self.aliases:
            self.aliases.append(alias)
        if cited:
            return
        if mention.title and mention.name and mention.role and mention.role.endswith(mention.title):
            titled = mention.name + mention.title   # 宮坂副知事, a form with a title; not 宮坂氏 or 宮坂さん
            if titled not in self.aliases:
                self.aliases.append(titled)
        if mention.role and mention.role not in self.roles:
            self.roles.append(mention.role)


def _parts(name):
    return [p for p in _PART_SPLIT.split(name) if p]   # sajo_towson stays one part




def _contains(full, short):
    """Whether ``short`` is a surname, given name or part of the fuller name ``full`` (small and full-size katakana
    vowels are not told apart: ディヴィット is part of デイヴィット・バーン)."""
    if full == short or len(short) >= len(full):
        return False
    full, short = fold(full), fold(short)
    if full.startswith(short) or full.endswith(short):
        return True
    parts = _parts(full)
    return len(parts) > 1 and short in parts


def in_work_title(text, pos):
    """Whether ``pos`` is inside 『…』 on its line (the title of a work or a cited article)."""
    line = text.rfind("\n", 0, pos) + 1
    return text.count("『", line, pos) > text.count("』", line, pos)


_NICKNAME_HONORIFIC = regex.compile(r"(?:さん|ちゃん|くん|君|氏|様)$")
_NICKNAME_BEFORE = regex.compile(r"(?:通称|愛称|ニックネーム)[はの：:・]?[「『]?([^「」『』、。（）()\s]{1,12}?)[」』]?こと$")
_NICKNAME_AFTER = regex.compile(r"[（(](?:通称|愛称|ニックネーム)[はの：:・]?[「『]?([^「」『』、。（）()\s]{1,12}?)[」』]?[)）]")


def root_of(parent, n):
    hops = 0
    while n in parent and parent[n] != n and hops < 10:
        n = parent[n]
        hops += 1
    return n


def _nickname_links(mentions, text):
    """(nickname, name) pairs the text ties together: キング・ケンこと大野健二, 通称「ドン」こと大野健二,
    大野健二（愛称・ケンちゃん）; the nickname without an honorific."""
    people = sorted((m for m in mentions if m.kind == "person" and m.name and m.start >= 0), key=lambda m: m.start)
    out = []
    for a, b in zip(people, people[1:]):
        if text[a.end:b.start] == "こと":
            out.append((a.name, b.name))
    if "通称" not in text and "愛称" not in text and "ニックネーム" not in text:
        return out
    for m in people:
        got = _NICKNAME_BEFORE.search(text, max(0, m.start - 20), m.start)
        if got is not None:
            out.append((_NICKNAME_HONORIFIC.sub("", got.group(1)), m.name))
        got = _NICKNAME_AFTER.match(text, m.end, m.end + 24)
        if got is not None:
            out.append((_NICKNAME_HONORIFIC.sub("", got.group(1)), m.name))
    return out


def _affiliated(full, name):
    """Whether ``full`` is ``name`` with an affiliation or an epithet glued before it, not a fuller form of the name:
    after ＝ (スーパースター＝デビッド・ベッカム, 映画監督＝ダニー・ボイル), or katakana or Latin letters glued with no dot
    before a full name in kanji (ユニクロ柳井正, ロンドンブーツ田村淳)."""
    if not full.endswith(name) or full == name:
        return False
    prefix = full[:-len(name)]
    if prefix.endswith(("＝", "=")):
        return True
    return len(name) >= 3 and _KANJI_NAME.match(name) is not None and _GLUED_WORD.match(prefix) is not None


def _reading_nicknames(names, readings, introduced):
    """(nickname, name) pairs: a katakana name of two or three kana with no dot (ノム, カズ) that begins the reading of
    the surname or the given name of exactly one name of the text, and is shorter than it (ノムさん for 野村克也,
    ノムラ; カズ for 三浦知良, カズヨシ). Not a name introduced on its own with an age or as a pseudonym."""
    out = []
    for n in names:
        if not _SHORT_KANA.match(n) or n in introduced or n in readings:
            continue
        found = [full for full, rs in readings.items()
                 if full != n and any(r.startswith(n) and len(r) > len(n) for r in rs)]
        if len(found) == 1:
            out.append((n, found[0]))
    return out


def resolve(mentions, people=None, text=None, readings=None):
    """Group person mentions into entities; returns ``{name: Entity}`` for every name seen (aliases included).
    With ``text``, a name seen only inside 『…』 (a cited headline that glues words to a name:
    パキスタンテロブット) is never the fuller form a shorter name joins. ``readings``: {name: the readings of its
    surname and given name}, which tie a nickname that shortens one of them to the name (ノムさん, 野村克也)."""
    names = []
    seen = set()
    for m in mentions:
        if m.kind == "person" and m.name and m.name not in seen:
            seen.add(m.name)
            names.append(m.name)
    for m in mentions:   # 陳水扁総統夫人: the person a relative is named by is a fuller form a shorter name can join
        if m.owner and m.owner not in seen:
            seen.add(m.owner)
            names.append(m.owner)
    by_len = sorted(names, key=len, reverse=True)
    titled_only = set()
    if text is not None:
        outside = {m.name if m.kind == "person" else m.owner for m in mentions
                   if ((m.kind == "person" and m.name) or m.owner) and not in_work_title(text, m.start)}
        titled_only = set(names) - outside
    # マキコ・アヤ： beside マキコ： and アヤ： — two speakers of an interview labelled together: a pair, which never
    # stands as the fuller form of either
    labels = {m.name for m in mentions if m.kind == "person" and m.name and m.marker in ("：", ":")}
    pairs = {n for n in names if n.count("・") == 1 and all(p in seen for p in n.split("・"))
             and (n in labels or any(p in labels for p in n.split("・")))}
    suffixes = {}   # name -> the honorifics and titles written after it
    for m in mentions:
        if m.kind == "person" and m.name and m.title:
            suffixes.setdefault(m.name, set()).add(m.title)
        elif m.owner and m.title:
            suffixes.setdefault(m.owner, set()).add(m.title)
    # names each introduced on their own (美智子さん（30歳）, 智子さん（33歳）): two people, whatever the characters
    # they share
    introduced = {m.name for m in mentions if m.kind == "person" and m.name
                  and _INTRODUCED.match(text, m.end, m.end + 16)} if text is not None else set()
    parent = {}
    spelled = {}   # one name in two writings (渡邉恒雄, 渡辺恒雄; 山﨑, 山崎): the first written stands for both
    for n in names:
        first = spelled.setdefault(fold(n), n)
        if first != n:
            parent[n] = first
    variants = set(parent)
    for n in by_len:
        if n in parent:
            continue
        if people is not None and people.canonical(n):
            parent[n] = people.canonical(n)
            continue
        fuller = [m for m in by_len if _contains(m, n) and m not in titled_only and m not in pairs
                  and m not in variants and not (n in introduced and m in introduced) and not _affiliated(m, n)]
        bare = _NICKNAME_PREFIX.sub("", n)
        if not fuller and bare != n:
            fuller = [m for m in by_len if m != n and (m == bare or _contains(m, bare))]
        if fuller:
            # the fullest of the containing names; several unrelated ones (三浦 in 三浦雄一郎, 三浦豪太) stay apart,
            # unless only one of them is ever written with the honorific or title the shorter name has (野村氏 and
            # 野村克也氏 beside 愛息・野村克則: the one written with 氏), or, failing that, with any at all
            best = fuller[0]
            roots = {root_of(parent, f) for f in fuller}
            if all(best == f or _contains(best, f) for f in fuller):
                parent[n] = best
            elif len(roots) == 1:
                parent[n] = roots.pop()   # 中山 in ゴン中山 and 中山雅史, which are one person: that person
            elif suffixes.get(n):
                same = [f for f in fuller if suffixes.get(f, set()) & suffixes[n]
                        and not any(g != f and _contains(g, f) for g in fuller)]
                if not same:   # 中村氏 beside 中村勝広監督 and 中村紀洋 (in a list, bare): the one written with a title
                    same = [f for f in fuller if suffixes.get(f) and not any(g != f and _contains(g, f) for g in fuller)]
                if len(same) == 1:
                    parent[n] = same[0]
    if text is not None:
        for alias, full in _nickname_links(mentions, text):
            if alias != full and root_of(parent, full) != alias:
                parent[alias] = full   # キング・ケンこと大野健二, 大野健二（愛称・ケンちゃん）: the same person
    if readings:
        for alias, full in _reading_nicknames(names, readings, introduced):
            if alias not in parent and root_of(parent, full) != alias:
                parent[alias] = full   # ノムさん, 野村克也: a nickname that shortens the surname's reading

    def root(n):
        return root_of(parent, n)
    entities = {}
    table = {}
    for m in mentions:
        if m.kind != "person" or not m.name:
            continue
        canon = root(m.name)
        ent = entities.get(canon)
        if ent is None:
            ent = entities[canon] = Entity(canon, first=m.start)
            if canon != m.name:
                ent.aliases.append(canon)
        ent.add(m, cited=text is not None and in_work_title(text, m.start))
        table[m.name] = ent
    for n in names:
        table.setdefault(n, entities.get(root(n)))
    return table
