"""Who is named where: person names, sources that are not names, and their coreference inside a document.

A :class:`Mention` is a stretch of narration that can name a speaker: a person's name with its honorific or title
(宮坂学氏, 木村 靖氏, 坂井騎手), a role alone (監督), a writer (筆者, 記者), an anonymous source (関係者, 30代の女性,
ネット掲示板), or a pronoun (彼, 同氏). Each mention records the particle that follows it (``marker``: は, が, の,
から...), which the attribution rules read to tell a subject from a genitive or an object.

:func:`resolve` groups the person mentions of a document into entities: a surname or given name alone, or a name
with a title, joins the fullest name that contains it (宮坂 → 宮坂学, 豪太 → 三浦豪太, マシュー → マシュー・グレイ・
ギュブラー); spaces inside names are dropped (木村 靖 → 木村靖).
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from .cues import SENTENCE_END
from .entities import _parts
from .people import fold

_NAME_JOINERS = regex.compile("[・･＝=]")   # the dots and double hyphens that part a katakana name
_KATAKANA = regex.compile(r"^[\p{Katakana}ー・･]+$")
_KANA_NAME_ENDS = frozenset("子実美香恵江代世乃菜奈花絵里穂佳")   # kanji that end a given name after kana (みな実)
_ONE_KATAKANA = regex.compile(r"^\p{Katakana}$")
_KATAKANA_OR_LATIN = regex.compile(r"^[\p{Katakana}ー・･\p{Latin}]+$")
# prefixes that say what a person was or is (元|林|翔: the former; 故, 超), or count or point at people (各, 両, 同):
# never the first kanji of a surname
_PERSON_PREFIXES = frozenset("元前故現旧亡超副総全各両同当諸約第毎翌昨他無非再某")
_KANA_LETTER = regex.compile(r"^[ァ-ヺ]$")   # one katakana letter (not ・ or ー)
_LATIN = regex.compile(r"^[\p{Latin}0-9_\-\.']+$")
_HIRAGANA = regex.compile(r"^\p{Hiragana}+$")
_HAN = regex.compile(r"\p{Han}")
_COUNCIL_MEMBERS = frozenset(("市議", "県議", "都議", "府議", "区議", "町議", "村議"))   # a member of the place's
# assembly: 四日市市議 is a council member of 四日市, not a person called so (but 徳島|市議団長 keeps the surname)
_ADMIN = set("都道府県市町村区郡州省国")   # a place with one of these after it is a body, not a surname
_ONE_CHAR_HEADS = "相"   # a minister's title in one word (外相, 法相)
_HAN_ONLY = regex.compile(r"^\p{Han}+$")
_TIME_WORDS = {"時", "分", "秒", "ごろ", "頃", "日", "月", "年", "時半"}   # a time written before a noun
_NAME_CHAR = regex.compile(r"[\p{Han}\p{Katakana}ー・]")   # a character a name or a word of one may hold
_HANDLE = regex.compile(r"^[a-z][a-z0-9_\-\.]{2,}$")   # a lower-case user name, as people sign on the net
_INITIAL = regex.compile(r"^[A-ZＡ-Ｚ]{1,2}$")
_STAGE_NAME = regex.compile(r"^(?:[A-Z][A-Za-z]{2,11}|[Ａ-Ｚ][Ａ-Ｚａ-ｚ]{2,11})$")   # HARUNA, Rina: a name in Latin letters
_INITIAL_TAILS = set("子男美夫郎代江")   # C子さん, B男さん: an initial made a name
_SUBJECT_BEFORE_WORDS = regex.compile(r"(?:は|が|も)、?「")   # a subject right before words in brackets
_KANA = regex.compile(r"^[\p{Hiragana}\p{Katakana}ー・]+$")
_GRAMMAR_SUFFIXES = set("御様達等方的性化側用中内外上下後前間毎度率式型風製産系") | {"さん", "ら"}   # 親|御さん: no name's
_SURNAME_NUMERALS = set("一二三四五六七八九十百千万")   # 十倉, 一色, 九鬼: numerals that open surnames
_RARE_HAN = regex.compile(r"^\p{Han}{1,3}$")   # 𠮷, 髙橋: kanji the dictionary lacks, before a given name
_KANA_OR_KANJI = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}ー々〆]+$")
_SPACE_SURFACES = {"\u3000", " "}
_JOINERS = {"・", "･", "＝", "=", "_", "-"}
_NAME_NUMERALS = set("一二三")   # the numerals that end given names (裕二, 健三), before a counter UniDic joins them to
_PAREN_OPEN = {"（", "("}
_PLAYERS = frozenset({"選手", "投手", "捕手", "内野手", "外野手", "騎手", "主将"})   # titles only a person is given
_PAREN_CLOSE = {"）", ")"}
_CASE_PARTICLES = {"は", "が", "も", "の", "に", "を", "で", "と", "へ", "から", "より", "や", "まで", "こそ", "って"}
ROLE_KINDS = ("title", "member")   # suffix kinds that are kept as a role
_NOUNISH = {"名詞", "接尾辞", "接頭辞"}
_ORG_PREFIXES = frozenset("全新大")   # 全|日本|空輸, 新|日本|製鉄, 大|日本|印刷: a prefix before a place that opens a name
_PAPER_POS = _NOUNISH | {"補助記号"}   # the parts of a foreign paper's name (ワシントン|・|ポスト; _foreign_papers)
_KATAKANA_NAME = regex.compile(r"^[\p{Katakana}ー・･＝=]+$")   # a name written in katakana (ペク・ナムギ)
_START_POS = {"名詞", "代名詞", "接頭辞", "副詞", "感動詞", "形状詞"}   # where a mention can start
_KANJI_SURNAME = regex.compile(r"\p{Han}{2,3}$")
_REFLEXIVE = {"自身", "本人"}   # suffixes of the honorific kind that do not make a place a person (日本自身)
_NUMBERED = set("課部係班室局")   # a numbered department (捜査1課長, 第2部長)
_PRONOUNS = {"彼": "person", "彼女": "person", "同氏": "person", "本人": "person", "同社": "org"}
_PLURAL = ("等", "達")   # UniDic lemmas of ら and たち after a pronoun (彼ら, 彼女たち)


class Mention(NamedTuple):
    """Words of the narration that may name a speaker (an immutable record: a NamedTuple, cheap to make).

    ``start``/``end`` are offsets into the document; ``name`` is the name as written without spaces, honorific or
    title (``None`` for sources that are not names); ``kind`` is person, role, author, anonymous, public, org or
    pronoun; ``marker`` the particle(s) right after it; ``index`` the position of its last token in the document's
    unit sequence (see :mod:`attribution.cues`).
    """
    text: str
    start: int
    end: int
    name: str | None
    kind: str
    title: str | None = None
    role: str | None = None
    marker: str = ""
    index: int = -1
    first: int = -1
    parts: tuple = ()   # the surname and given name tokens of a name, when the dictionary tells them apart
    owner: str | None = None   # for a relative (陳水扁総統夫人): the named person whose relative it is


_FOREIGN = regex.compile(r"^(?:[\p{Katakana}ー・･]+|[\p{Latin}0-9_\-\.']+)$")
_FOREIGN_POS = {"名詞", "副詞", "接頭辞", "感動詞", "形状詞"}
_ACRONYM = regex.compile(r"^[A-ZＡ-Ｚ]{2,6}$")   # an organisation's initials (WMO, IOC)


_foreign_cache = {}


def _is_foreign_part(tok):
    """Whether a token is a katakana or Latin word that can be part of a name (マシュー, JOY)."""
    if (tok.pos1 not in _FOREIGN_POS and not (tok.pos1 == "記号" and _ONE_KATAKANA.match(tok.surface))) \
            or tok.pos2 == "数詞":
        return False   # (ハ|・|イルソン, キム|・|ハ: one katakana UniDic reads as a symbol, a part of a Korean name)
    s = tok.surface
    hit = _foreign_cache.get(s)
    if hit is None:
        if len(_foreign_cache) > 50000:
            _foreign_cache.clear()
        hit = _foreign_cache[s] = _FOREIGN.match(s) is not None and _LAUGH.match(s) is None
    return hit


_QUOTED = regex.compile(r"「[^「」\n]*」")   # a bracketed value in a line of a listing
_COMPANY_TITLES = ("社長", "会長", "副社長", "専務", "常務", "取締役", "執行役", "代表取締役", "最高", "CEO", "COO",
                   "CFO", "CTO", "広報")   # titles a company's officer holds (マリア・ロペス・ミナトテック社長)
_SENTENCE_MARKS = regex.compile(r"[。、！？!?\s]")
_IN_BRACKETS = regex.compile(r"[（(][^（()）\n]*[）)]")
_LAUGH = regex.compile(r"^[wWｗＷ]{2,}$")   # ｗｗｗｗ: laughter written after a sentence, no name
_SMALL_KANA = regex.compile(r"^[ァィゥェォヵヶッャュョヮ]$")   # a small katakana, which opens no word


_UNIT_POS = {"QUOTE", "EOL", "GAP"}   # the units that stand for a quote, a line end or text left unread
# prefixes news writes before a noun, which no one-kanji surname read as a prefix can be taken for (see
# MentionFinder._surname_as_prefix)
_COMMON_PREFIXES = frozenset("新前元現故副旧総全各大小超非未再本同当両諸約第毎翌来昨今他別無不真御お")


def _name_part(t):
    """Whether token ``t`` is read as a person's name or is a katakana word the dictionary lacks (ソルタース)."""
    return t.pos3 == "人名" or (not t.known and _KATAKANA.match(t.surface) is not None)


def _kana_particle_opens(seq, j, last):
    """ヤン・ノ|バク: one katakana kana UniDic reads as a particle, right after a dot of a foreign name and glued to
    more katakana, opens the name's next part."""
    if j + 1 >= len(seq) or last is None or last.surface not in _JOINERS:
        return False
    t, nxt = seq[j], seq[j + 1]
    return t.pos1 == "助詞" and len(t.surface) == 1 and _KATAKANA.match(t.surface) is not None \
        and t.start == last.end and nxt.start == t.end and _KATAKANA.match(nxt.surface) is not None


def _loanword_compound(parts):
    """Whether a katakana run read as a name is a name glued to a loanword the dictionary knows, with no dot
    (バレンタイン|デー). Runs with dots are names (テイラー・キッチュ, コカ・コーラ), whatever their pieces: UniDic
    reads many foreign names as common nouns."""
    return len(parts) == 2 and all(_KATAKANA.match(p.surface) for p in parts) and parts[0].pos3 == "人名" \
        and parts[1].known and parts[1].pos2 == "普通名詞" and parts[1].pos3 != "人名" and parts[1].start == parts[0].end


_ORG_WORDS = 8   # words of an organisation's name read at most (泥|湯|温泉|調査|検討|委員|会: seven)


def _hyphen_joins(seq, j):
    """Whether ``seq[j]`` is a hyphen glued between two runs of Latin letters (B|-|CAS社)."""
    return seq[j].surface in ("-", "－") and 0 < j < len(seq) - 1 and _LATIN.match(seq[j - 1].surface) is not None \
        and _LATIN.match(seq[j + 1].surface) is not None and seq[j + 1].start == seq[j].end


def _glued_to_loanword(seq, i, parts):
    """Whether a katakana name opens right after one katakana word the dictionary reads as a common noun, glued to
    it with no dot or space, and that word opens the run (タカラ|トミー): one word, a company's or a product's name."""
    if i == 0 or not _KATAKANA.match(parts[0].surface):
        return False
    prev = seq[i - 1]
    if not (prev.end == parts[0].start and prev.known and prev.pos2 == "普通名詞" and prev.pos3 != "人名"
            and len(prev.surface) >= 2 and _KATAKANA.match(prev.surface)):
        return False
    return i == 1 or seq[i - 2].end != prev.start or not _KATAKANA.match(seq[i - 2].surface)


class MentionFinder:
    """Finds mentions in a document's unit sequence (tokens, with quotes and line ends as units)."""

    def __init__(self, lexicon, people=None, is_surname=None, is_given_name=None, name_halves=None):
        """``is_surname``: a function telling whether UniDic reads a word alone as a surname (see
        :meth:`attribution.tokenize.Tokenizer.is_surname`), for names it reads across their parts (秋|山陽|斗);
        ``is_given_name``: whether it reads a word alone as a given name among others (大樹; see
        :meth:`attribution.tokenize.Tokenizer.is_given_name`); ``name_halves``: how UniDic halves a word written as a
        name (九十九湊; see :meth:`attribution.tokenize.Tokenizer.name_halves`)."""
        self.is_surname = is_surname
        self.is_given_name = is_given_name
        self.name_halves = name_halves
        self._channel = frozenset(lexicon.word_classes["channel"])
        self.lex = lexicon
        self.people = people
        self._first_chars = {w[0] for w in lexicon.suffixes}
        # first halves of source and organisation words that MeCab splits in two (掲示|板, 関係|者)
        self._sfx_heads = {w[:i] for w in lexicon.suffixes for i in range(1, len(w))}
        self._head_prefixes = {w[:i] for w in list(lexicon.sources) + list(lexicon.orgs) for i in range(1, len(w))}
        self._index_keys = self._head_prefixes | set(lexicon.sources) | set(lexicon.orgs) | set(lexicon.suffixes)
        # first words of department words (広報|部, 総合|広報|部): where _desk_at can match
        self._desk_heads = {w[:i] for w, k in lexicon.org_kinds.items() if k == "desk" for i in range(1, len(w) + 1)}
        self._desk_words = lexicon.desk_words
        # words of the tables a given name UniDic reads as a common noun cannot be (see _unread_given_name)
        self._title_or_source = frozenset().union(*(words or () for words in (
            lexicon.suffixes, lexicon.title_heads, lexicon.after_name, lexicon.title_fields, lexicon.title_bodies,
            lexicon.sources)))
        self._sfx = {}
        self._sfx_pos = []
        self._near_sfx = set()
        self._n = 0

    def _suffix_at(self, seq, k):
        """(lemma, width) of a name suffix starting at seq[k], joining up to three tokens (理事+長, 前+監督)."""
        return self._sfx.get(k, (None, 0))

    def _honorific_at(self, seq, k):
        """Whether an honorific of the tables (氏, さん…) starts at seq[k]."""
        return self.lex.suffixes.get(self._suffix_at(seq, k)[0]) == "honorific"

    def _next_suffix(self, i):
        """The index of the first unit at or after ``i`` that starts a name suffix (len(seq) if none)."""
        j = bisect.bisect_left(self._sfx_pos, i)
        return self._sfx_pos[j] if j < len(self._sfx_pos) else self._n

    def _index_suffixes(self, seq):
        """Where name suffixes start, and which units begin a noun run that ends in a source word (関係者,
        掲示板) or an organisation word (電機, 日報); computed once per document, touching each unit once."""
        lex = self.lex
        first, src, orgs, sfx_words = self._first_chars, lex.sources, lex.orgs, lex.suffixes
        heads = self._head_prefixes
        n = self._n = len(seq)
        self._sfx = {}
        ahead = self._source_ahead = set()
        org_ahead = self._org_ahead = set()
        # suffixes, sources and organisation words are all nouns or affixes, and start with or are one of these
        # words (t[0] surface, t[3] pos1, t[8] lemma)
        keys = self._index_keys
        for k in [k for k, t in enumerate(seq) if t[3] in _NOUNISH and (t[0][0] in first or t[0] in keys
                                                                          or t[8] in keys)]:
            t = seq[k]
            s = t.surface
            if s[0] in first or t.lemma in sfx_words:
                hit = self._suffix_scan(seq, k)
                if hit[1]:
                    self._sfx[k] = hit
            two = s + seq[k + 1].surface if s in heads and k + 1 < n else ""
            is_src = t.lemma in src or s in src or two in src
            is_org = s in orgs or two in orgs
            if is_src or is_org:
                j = k
                while True:   # mark the glued noun run that ends here
                    (ahead if is_src else org_ahead).add(j)
                    if is_src and is_org:
                        org_ahead.add(j)
                    if j == 0 or k - j >= _ORG_WORDS or (seq[j - 1].pos1 not in _NOUNISH and not (
                            is_org and (seq[j - 1].pos1 == "形状詞" or _hyphen_joins(seq, j - 1)))) \
                            or seq[j - 1].end != seq[j].start:
                        break   # (B|-|CAS社: initials joined by a hyphen)
                    j -= 1
        self._sfx_pos = sorted(self._sfx)
        self._near_sfx = {p - d for p in self._sfx_pos for d in range(1, 7)}

    def _suffix_scan(self, seq, k):
        sfx = self.lex.suffixes
        t = seq[k]
        if t.surface in self._sfx_heads:   # a suffix MeCab splits in two or three (理事|長, 前|監督)
            for width in (3, 2):
                if k + width > len(seq):
                    continue
                toks = seq[k:k + width]
                if any((x.pos1 in _UNIT_POS) or x.pos1 == "補助記号" for x in toks):
                    continue
                surface = "".join(x.surface for x in toks)
                if surface in sfx:
                    return surface, width
        if t.surface in sfx:
            return t.surface, 1
        if t.lemma in sfx and t.pos1 in ("名詞", "接尾辞"):
            return t.lemma, 1
        return None, 0

    def find(self, text, seq, quote_units=None):
        """The mentions of ``text``, whose unit sequence is ``seq`` (``quote_units``: the unit index of each quote, when
        the caller has them; else they are looked for)."""
        self._text = text
        if "ら" in text:
            # 財務相|ら|は, 木下隼人|助教|ら: ら after a title or a name closes the noun phrase as a particle would; the
            # name stage reads it so (the marker becomes らは), and no title or given name reads on into it
            seq = [t._replace(pos1="助詞") if t.surface == "ら" and t.pos1 == "接尾辞" and k
                   and seq[k - 1].end == t.start and self._ends_title(seq[k - 1]) else t for k, t in enumerate(seq)]
        n = len(seq)
        used = bytearray(n)
        self._index_suffixes(seq)
        # where a mention can start: a noun or the like, or a word the dictionary lacks (before a name: 𠮷|田)
        starts = [k for k, t in enumerate(seq) if t[3] in _START_POS or not t[9]
                  or (t[3] == "接尾辞" and len(t[0]) == 1 and _opens_phrase(seq, k))
                  or (t[3] == "記号" and _ONE_KATAKANA.match(t[0]) and k + 1 < n and seq[k + 1][0] in ("・", "･"))]
        # (t[3] pos1, t[9] known; ハ|・|イルソン: one katakana UniDic reads as a symbol opens a Korean name)
        # (舘|光財務官: a one-kanji surname UniDic reads as a suffix, where no suffix can stand; サ|トミさん: a katakana
        # name whose first kana UniDic reads as a particle)
        mentions = self._pass(text, seq, used, starts, self.people.match_at if self.people else None)
        mentions = _glued_orgs(mentions)
        mentions = [_short_form_in_brackets(seq, m) if m.kind == "org" and not m.marker else m for m in mentions]
        mentions = _named_after_kind(text, seq, mentions, self.lex.word_classes["org_kind"])
        mentions = [self._cited(seq, m) if m.marker in ("の", "") else m for m in mentions]
        # 3人とも「…」と答えた, 二人とも: all of the people counted, a subject (not 森田とも共演: with a person)
        mentions = [m._replace(marker="も") if m.marker == "とも" and m.kind == "anonymous" else m for m in mentions]
        mentions = [self._name_before_dot(text, seq, m) if m.kind == "role" else m for m in mentions]
        quoted = self._quoted_names(text, seq, quote_units)
        if quoted:
            mentions = sorted(mentions + quoted, key=lambda m: m.index)
        mentions = self._dot_role(text, seq, _appositions(self._given_before_dot(text, seq, mentions), seq))
        mentions = self._surname_and_title(text, seq, mentions)
        local = _local_names(mentions, self.is_surname)
        addressed = self._addressed_in_quotes(text, seq, local)
        if local or addressed:
            if local:
                mentions = [self._known_before(text, seq, _named_role(m, local, self.lex.address_words), local)
                            for m in mentions]
                # (a kanji or a kana UniDic reads as a symbol may open a name seen elsewhere: 登|石|裁判長 after
                # 登石郁朗, イ|氏 after ミンホ・イ)
                symbols = [k for k, t in enumerate(seq) if t[3] == "記号" and (_HAN_ONLY.match(t[0])
                                                                             or _KATAKANA.match(t[0]))]
                mentions += self._known_pass(text, seq, used, sorted(starts + symbols) if symbols else starts, local)
            if addressed:
                mentions += self._known_pass(text, seq, used, starts, addressed, proper_only=True)
            mentions.sort(key=lambda m: m.index)
        return self._owned_words(seq, mentions)

    def _ends_title(self, t):
        """Whether token ``t`` can end a title or a name: a word of the suffix or title tables (相, 監督, 氏) or a
        word UniDic reads as part of a person's name; not a word for the writer (記者ら: see :meth:`_source`)."""
        lex = self.lex
        return (t.surface in lex.suffixes or t.lemma in lex.suffixes or t.surface in lex.title_heads
                or t.pos3 == "人名") and lex.sources.get(t.lemma) != "author" and lex.sources.get(t.surface) != "author"

    def _surname_and_title(self, text, seq, mentions):
        """関内閣府政務官, 井口駐米大使, 南ヘッドコーチ, イ社長室長 after 関諒, 井口拓海, 南葵, ミンホ・イ: a surname of a
        full name the document gives, at the start of a noun phrase, then words that make a title of the tables
        (:meth:`_opens_title`), are that surname with the title, however UniDic cut them (関|内閣 read as a name, 南 as
        a common noun, 社長 alone read as a role); coreference then gives it the full name. Only a surname that one
        full name of the document has, and only where the rest is a title: 鈴木花子社長 after 鈴木一郎 stays another
        person; 福岡市長 after 福岡大輔 is the city's mayor (a title opening with a body; but 国連大使, 国対委員長 open
        with a field)."""
        people = [m for m in mentions if m.kind == "person" and m.name]

        def titled(m, surname):   # 堤学 of 堤|学|部長 for 堤: a surname and a title, the reading looked for
            after = m.name[len(surname):] + (m.title or "") if m.name.startswith(surname) else ""
            return bool(after) and (self._opens_title(after) or self.lex.suffixes.get(after) in ROLE_KINDS)

        full = {}
        for m in people:
            parts = [m.name.rsplit("・", 1)[-1]] if "・" in m.name else (list(m.parts) or _parts(m.name))
            surname = parts[0] if parts else m.name
            if surname == m.name and self.is_surname is not None and _HAN_ONLY.match(m.name):
                # 增田恵子, 宮本琉生: a name UniDic read in no parts; its surname is the longest start it reads as one
                surname = next((m.name[:w] for w in (3, 2) if len(m.name) > w and self.is_surname(m.name[:w])),
                               m.name)
            if surname != m.name and (m.name.startswith(surname) or "・" in m.name) and not titled(m, surname):
                full.setdefault(surname, set()).add(m.name)
        # a surname that one full name has, and that opens no other name read (陳 of 陳詩婷 beside 陳水扁)
        full = {s: next(iter(names)) for s, names in full.items() if len(names) == 1 and not any(
            m.name.startswith(s) and m.name not in names and m.name != s and not titled(m, s) for m in people)}
        if not full:
            return mentions
        n = len(seq)
        starts = {t.start: k for k, t in enumerate(seq)}
        found = []
        for surname, name in full.items():
            pos = text.find(surname)
            while pos >= 0:
                k = starts.get(pos)
                if k is not None and not _NAME_CHAR.match(text[pos - 1:pos] if pos else " "):
                    j = k
                    while j + 1 < n and seq[j + 1].start == seq[j].end and seq[j + 1].pos1 in _NOUNISH:
                        j += 1
                    rest = text[pos + len(surname):seq[j].end]
                    marker = _marker(seq, j + 1)
                    if rest and marker and (rest[0] not in _ADMIN or rest[:2] in self.lex.title_fields) \
                            and (self._opens_title(rest) or self.lex.suffixes.get(rest) in ROLE_KINDS):
                        found.append(Mention(text[pos:seq[j].end], pos, seq[j].end, surname, "person", rest, rest,
                                             marker, j, k, (surname,)))
                pos = text.find(surname, pos + 1)
        found = [f for f in found if not any(m.name in (f.name, f.parts[0]) and m.kind == "person"
                                             and f.start <= m.start < f.end for m in mentions)]
        if not found:   # (岩瀬容疑者 read as 岩瀬 or as 岩瀬高之 already: kept as read, the entities link it)
            return mentions
        spans = [(f.start, f.end) for f in found]
        kept = [m for m in mentions if not any(a <= m.start < b or a < m.end <= b for a, b in spans)]
        return sorted(kept + found, key=lambda m: m.index)

    def _owned_words(self, seq, mentions):
        """Drop a noun for words read as the public's when someone named sent them (川村リナからもコメントが届いた,
        監督からのメッセージが): they are that one's words, and no voice of the public ends that one's turn."""
        out = []
        for m in mentions:
            prev = out[-1] if out else None
            if m.kind == "public" and m.first == m.index and seq[m.index].lemma in self.lex.word_classes["writings"] \
                    and m.first >= 2 and seq[m.first - 1].surface == "の" and (
                        seq[m.first - 2].lemma in _SELF or (prev is not None and prev.index == m.first - 2
                                                            and prev.kind in ("person", "pronoun"))):
                continue   # 自身のツイッターでは「…」, 森田氏のツイッターでは: one person's account, not the public's place
            if m.kind == "public" and prev is not None and prev.kind in ("person", "org", "role") \
                    and prev.marker.startswith("から") and m.first - prev.index <= 8 \
                    and seq[m.index].lemma in self.lex.speech_nouns and not any(
                        t.pos1 in ("EOL", "GAP", "動詞") or t.surface in SENTENCE_END
                        for t in seq[prev.index + 1:m.first]):
                continue   # (also 森山部長からは「…」と喜びの声が聞かれた: the voice is the one named before)
            out.append(m)
        return out

    def _aged_runs(self, text, seq):
        """{first unit: last unit} of the kanji runs that stand right before an age in brackets (剛腕未来（21）,
        狛山向洋さん(35)) with no word UniDic reads as a name: news gives a person's age after the name, so the run is
        a name UniDic does not know. Runs of three to five kanji at the start of a noun phrase, not ending like an
        organisation, a title or a source. Also {first: last} of the runs that say what the person does (運転|士(51),
        看護|師（25）): a common noun and a suffix, an unnamed source."""
        out = {}
        trades = {}
        n = len(seq)
        for k in _units_at(text, seq, ("（", "(")):
            if k < 2 or k + 2 >= n:
                continue
            aged = seq[k + 1].pos2 == "数詞" and seq[k + 2].surface in ("）", ")", "歳") and len(seq[k + 1].surface) == 2
            last = k - 1
            honorific = self.lex.suffixes.get(seq[last].lemma) == "honorific" and seq[last].start == seq[last - 1].end
            if not aged and seq[k + 1].surface != "仮名" and not (honorific and age_inside(seq, k)):
                continue   # (カエデさん（独身／33歳・公務員）: the age further in, after a honorific)
            if honorific:
                last -= 1   # 狛山向洋さん(35)
                w = seq[last]
                if (last == 0 or seq[last - 1].end != w.start or seq[last - 1].pos1 not in _NOUNISH) \
                        and 2 <= len(w.surface) <= 6 and _KATAKANA.match(w.surface) and w.pos3 != "人名" \
                        and w.lemma not in self.lex.sources and w.lemma not in self.lex.suffixes \
                        and w.lemma not in self.lex.title_heads:
                    out[last] = last   # コノミさん（27歳）, ツバサさん(仮名): a katakana word UniDic reads as a noun
                    continue
                if (last == 0 or seq[last - 1].end != w.start or not _HIRAGANA.match(seq[last - 1].surface)
                        or seq[last - 1].pos1 in ("動詞", "助動詞", "助詞")) \
                        and 2 <= len(w.surface) <= 4 and _HIRAGANA.match(w.surface) and w.pos1 == "名詞" \
                        and w.lemma not in self.lex.sources and w.surface not in self.lex.suffixes:
                    out[last] = last   # あかりさん（30歳）: a kana given name UniDic reads as a common noun
                    continue
                if (last == 0 or seq[last - 1].end != w.start
                        or (seq[last - 1].pos1 not in _NOUNISH and not _HAN_ONLY.match(seq[last - 1].surface))) \
                        and len(w.surface) == 1 and _HAN_ONLY.match(w.surface) and w.pos1 == "名詞" \
                        and w.pos2 == "普通名詞" and w.lemma not in self.lex.sources \
                        and w.surface not in self.lex.sources and w.lemma not in self.lex.suffixes \
                        and w.lemma not in self.lex.title_heads and w.lemma not in self.lex.word_classes["calling"]:
                    out[last] = last   # という寛さん（33歳）, 光さん(34歳): a one-kanji given name UniDic reads as a
                    continue           # common noun
                if (last == 0 or seq[last - 1].end != w.start or seq[last - 1].pos1 not in _NOUNISH) \
                        and len(w.surface) == 2 and _HAN_ONLY.match(w.surface) and w.pos2 == "普通名詞" \
                        and w.pos3 == "一般" and w.lemma not in self.lex.sources and w.lemma not in self.lex.suffixes \
                        and w.lemma not in self.lex.title_heads and self.is_given_name is not None \
                        and self.is_given_name(w.surface):
                    out[last] = last   # 娘がいる弥生さん（48歳）: a given name of two kanji UniDic reads first as a
                    continue           # common noun (a month), and also as a given name
                run = self._script_run(seq, last)
                if run is not None:   # ユ|キノさん（28歳）, 早|弓さん(33歳), 未|央子さん（36歳）: a name in pieces
                    out[run] = last
                    continue
            if not aged:
                continue
            j = last
            while j > 0 and seq[j - 1].pos1 in _NOUNISH and seq[j - 1].end == seq[j].start and last - j < 4:
                j -= 1
            if j > 0 and seq[j - 1].pos1 in _NOUNISH and seq[j - 1].end == seq[j].start:
                continue   # the noun phrase is longer: not a name alone
            run = seq[j:last + 1]
            name = text[run[0].start:run[-1].end]
            if not (3 <= len(name) <= 5 and _HAN_ONLY.match(name)) or any(u.pos3 == "人名" or u.pos2 == "数詞"
                                                                           for u in run):
                continue
            lex = self.lex
            if len(run) == 2 and run[0].pos2 == "普通名詞" and len(run[0].surface) > 1 and run[1].pos1 == "接尾辞" \
                    and run[1].pos2 == "名詞的" and not lex.suffixes.get(run[-1].lemma):
                trades[j] = last   # 運転|士(51), 看護|師（25）: a common noun and a suffix say what the person does
                continue
            if name.endswith(lex.org_ends) or run[-1].lemma in lex.title_heads or run[-1].lemma in lex.sources \
                    or lex.suffixes.get(run[-1].lemma) or any(u.pos3 == "地名" for u in run[1:]) \
                    or any(u.lemma in lex.sources for u in run) or (run[0].pos3 == "地名" and len(run) < 2) \
                    or any((r := self._title_run(seq, x)) is not None and r[1] == last + 1
                           for x in range(j + 1, last + 1)):
                # (a surname UniDic reads as a place may open it: 市川|美|余（21歳）)
                # (男性巡査(21歳): a source and a title, no name; 峯凪|遊撃|手（55）: a name and a compound title)
                continue
            out[j] = last
        return out, trades

    def _opens_name(self, seq, i, used, text="", opened=None):
        """Whether the one character glued before the name that starts at ``seq[i]`` is the name's first, one
        UniDic reads as a word of another kind: a katakana letter read as a symbol (ミ|サキさん), a prefix before a
        surname and a given name (次|原|悦子, 近|賀|ゆかり, 新|田谷|修司; not 元, 前, 故, which say what a person was),
        or a one-kanji noun before a surname and a given name that the text writes with the surname alone elsewhere
        (海|老沼|匡, then 海老|沼は: not 父|林翔, 妻|京子); then the same before the surname alone (弓|気田みずほ, then
        弓|気田さん), recorded in ``opened``; or before a one-name the text never writes without it, twice or before
        an honorific (紗|栄子, 紗|江子さん; not 妻|京子さん, 嫁|花子さん: a source or a way to call someone); or a
        kanji UniDic reads alone as a surname, before a two-kanji name of no known kind (朴|槿恵)."""
        if i == 0 or used[i - 1]:
            return False
        p, tok = seq[i - 1], seq[i]
        if len(p.surface) != 1 or p.end != tok.start:
            return False
        glued = i >= 2 and seq[i - 2].end == p.start
        opens_phrase = not (glued and seq[i - 2].pos1 in _NOUNISH)   # nothing nounlike glued before the kanji
        if opened and tok.pos4 == "姓" and p.surface + tok.surface in opened and opens_phrase:
            return True
        noun = p.pos1 == "名詞" and p.pos2 == "普通名詞" and _HAN_ONLY.match(p.surface) and opens_phrase
        if noun and tok.pos4 == "名" and not (
                i + 1 < len(seq) and seq[i + 1].pos3 == "人名" and seq[i + 1].start == tok.end) \
                and text.count(tok.surface) == text.count(p.surface + tok.surface) and (
                    text.count(tok.surface) >= 2 or (
                        not (glued and _HAN_ONLY.match(seq[i - 2].surface)) and i + 1 < len(seq)
                        and (self.lex.suffixes.get(seq[i + 1].lemma) == "honorific"
                             or self._role_after_dot(seq, i + 1) is not None)
                        and seq[i + 1].start == tok.end and p.lemma not in self.lex.sources
                        and p.surface not in self.lex.sources and p.lemma not in self.lex.word_classes["calling"])):
            return True   # 紗|栄子: a one-name whose first kanji UniDic reads as a noun, written so every time or
            # before an honorific or a dot and a title (岩|翠・外務次官)
        if noun and ((tok.pos3 == "人名" and tok.pos4 == "一般") or not tok.known) and len(tok.surface) == 2 \
                and _HAN_ONLY.match(tok.surface) \
                and self.is_surname is not None and self.is_surname(p.surface):
            return True   # 朴|槿恵: a one-kanji surname read as a noun before a given name UniDic does not know
        if noun and tok.pos4 == "姓":
            surname = p.surface + tok.surface
            if not (i + 1 < len(seq) and seq[i + 1].pos4 == "名" and seq[i + 1].start == tok.end):
                return False
            full = surname + seq[i + 1].surface
            if text.count(surname) > text.count(full) and regex.search(
                    regex.escape(surname) + r"(?:は|が|も|の|氏|さん|選手|、)", text.replace(full, "")) is not None:
                if opened is not None:
                    opened.add(surname)
                return True
            return False
        if p.pos1 == "記号":
            if _HAN_ONLY.match(p.surface) and tok.pos4 == "姓" and opens_phrase and i + 1 < len(seq) \
                    and seq[i + 1].pos4 == "名" and seq[i + 1].start == tok.end:
                if opened is not None:
                    opened.add(p.surface + tok.surface)
                return True   # 登|石|郁朗: a kanji UniDic reads as a symbol opens the surname
            return bool(_KANA_LETTER.match(p.surface) and _KATAKANA.match(tok.surface)
                        and not (glued and _KATAKANA.match(seq[i - 2].surface)))
        if p.pos2 == "数詞" and p.surface in _SURNAME_NUMERALS and tok.pos4 == "姓" and len(tok.surface) == 1 \
                and i + 1 < len(seq) and seq[i + 1].pos4 == "名" and seq[i + 1].start == tok.end \
                and not (glued and (seq[i - 2].pos1 in _NOUNISH or seq[i - 2].pos2 == "数詞")):
            return True   # 十|倉みゆき: a numeral kanji that opens a surname, before a given name
        if p.pos1 == "接頭辞" and tok.pos4 == "姓" and p.surface not in _PERSON_PREFIXES and _HAN_ONLY.match(p.surface) \
                and i + 1 < len(seq) and seq[i + 1].pos4 == "名" and seq[i + 1].start == tok.end and opens_phrase:
            if opened is not None:
                opened.add(p.surface + tok.surface)
            return True
        return False

    def _script_run(self, seq, last):
        """The first unit of a name in pieces that ends at ``seq[last]`` before an honorific and an age: the glued
        run of two to six katakana, or two to four kanji, that the text writes there (whatever UniDic reads its pieces
        as), of two pieces or more, with no source, title or organisation word in it; None otherwise."""
        lex = self.lex
        j = last
        if _HIRAGANA.match(seq[last].surface):
            return self._hiragana_run(seq, last)
        script = _KATAKANA if _KATAKANA.match(seq[last].surface) else _HAN_ONLY if _HAN_ONLY.match(
            seq[last].surface) else None
        if script is None:
            return None
        while j > 0 and seq[j - 1].end == seq[j].start and script.match(seq[j - 1].surface) \
                and seq[j - 1].pos1 not in _UNIT_POS and last - j < 4:
            j -= 1
        run = seq[j:last + 1]
        name = "".join(t.surface for t in run)
        if len(run) < 2 or not (2 <= len(name) <= (6 if script is _KATAKANA else 4)) \
                or (j > 0 and seq[j - 1].end == seq[j].start and script.match(seq[j - 1].surface)):
            return None
        if any(t.lemma in lex.sources or t.surface in lex.sources or t.lemma in lex.suffixes
               or t.surface in lex.title_heads or t.pos2 == "数詞" for t in run) or name.endswith(lex.org_ends):
            return None
        if script is _HAN_ONLY and any(len(t.surface) > 1 and t.known and t.pos3 != "人名" for t in run):
            return None   # (一方|利恵さん: a word of the dictionary before the name; 早|弓, 未|央子 are pieces)
        if script is _KATAKANA and any(t.surface in ("・", "･", "ー") and x == 0 for x, t in enumerate(run)):
            return None
        return j

    def _hiragana_run(self, seq, last):
        """The first unit of a kana given name in pieces that ends at ``seq[last]`` before an honorific and an age
        (会社員のゆき|のさん（28歳）, 出身のまち|こさん（32歳）, イラストレーターのはる|こさん（31歳）): glued hiragana of
        nouns, suffixes, particles and auxiliaries, two to four kana, after a word of another script or a verb that
        closes the clause before it (しているゆきのさん); a particle that opens the run is the clause's (の of 出身の),
        not the name's. None otherwise."""
        j = last
        while j > 0 and seq[j - 1].end == seq[j].start and _HIRAGANA.match(seq[j - 1].surface) \
                and seq[j - 1].pos1 in ("名詞", "接尾辞", "助詞", "助動詞") and last - j < 3:
            j -= 1
        while j < last and seq[j].pos1 == "助詞":
            j += 1
        run = seq[j:last + 1]
        if len(run) < 2 or run[0].pos1 not in ("名詞", "助動詞") or not 2 <= sum(len(t.surface) for t in run) <= 4:
            return None
        if j > 0 and seq[j - 1].end == seq[j].start and _HIRAGANA.match(seq[j - 1].surface) \
                and seq[j - 1].pos1 not in ("動詞", "助動詞", "助詞"):
            return None   # the hiragana go on before: a longer word
        if any(t.lemma in self.lex.sources or t.lemma in self.lex.suffixes for t in run):
            return None
        if j > 0 and seq[j - 1].end == seq[j].start and seq[j - 1].pos1 in _NOUNISH and run[0].surface[0] == "の" \
                and len(run[0].surface) > 1:
            return None   # 会社員|のち|なつさん: UniDic glued the particle to the name's first kana
        return j

    def _org_follows(self, seq, k):
        """Whether the nouns glued on from unit ``k`` end in a word that ends an organisation's name (委員会, 協会)."""
        run = ""
        while k < len(seq) and len(run) < 8 and seq[k].pos1 in ("名詞", "接尾辞") and seq[k].start == seq[k - 1].end:
            run += seq[k].surface
            if run.endswith(self.lex.org_ends):
                return True
            k += 1
        return False

    def _one_kanji_name(self, text, seq, i):
        """東奏市長は: a surname and a given name of one kanji each that UniDic reads as common nouns, glued to a title
        that starts with a word of the title tables (市長, 副大臣; not 大志社長, where the given name may go on) and
        standing at the start of a noun phrase, are a name."""
        a, b = seq[i], seq[i + 1]
        if i > 0 and seq[i - 1].pos1 in _NOUNISH and seq[i - 1].end == a.start:
            return None   # inside a longer noun
        after_verb = i > 0 and seq[i - 1].pos1 in ("動詞", "助動詞") and seq[i - 1].end == a.start
        if a.pos1 == "接尾辞" and (a.surface in _GRAMMAR_SUFFIXES or not (
                b.pos1 == "接尾辞" or b.pos3 == "地名" or after_verb)):
            return None   # (舘|光: both read as suffixes, or a suffix and a place; not 度|杏さん; but これに対し|峯|凪:
            # no suffix follows a verb, the kanji opens the name)
        if len(b.surface) != 1 or b.pos1 not in ("名詞", "接尾辞", "副詞") or b.pos2 == "数詞" or b.start != a.end \
                or (b.pos1 == "接尾辞" and (b.surface in _GRAMMAR_SUFFIXES or b.surface in self.lex.suffixes
                                            or b.surface in self.lex.title_heads or a.surface in _GRAMMAR_SUFFIXES
                                            or a.pos3 in ("助数詞可能", "副詞可能"))) \
                or (a.pos3 == "地名" and len(a.surface) > 1) or (b.pos3 == "地名" and b.pos4 == "国") \
                or not (_HAN_ONLY.match(a.surface) and _HAN_ONLY.match(b.surface)):
            return None   # 東|奏, 南|葵 (a place name in UniDic), 東|颯 (an adverb: さっ); not 北|米 (a country)
        k = i + 2
        if seq[k].start != b.end:
            return None
        first = seq[k]
        heads = self.lex.title_heads   # with the suffixes of kind title and member
        if a.surface in self.lex.title_bodies or b.surface in self.lex.title_bodies or a.surface in self.lex.after_name:
            return None   # 都|道|府県議会議長: bodies, not a name; 元|係|長: a former one
        if not (first.lemma in heads or first.surface in heads or self._suffix_at(seq, k)[1]
                or (self._title_run(seq, k) or ("",))[0] in heads   # 港|陸|バッテリー|コーチ: a head of words
                or ((first.pos1 == "接頭辞" or first.surface in self.lex.title_fields
                     or (first.surface in self.lex.title_bodies and k + 1 < len(seq)   # 港|陸|町|議会|議長
                         and first.surface + seq[k + 1].surface in self.lex.body_fields)   # (not 保|呂|区|副区長)
                     or (first.surface[-1:] in _ONE_CHAR_HEADS and len(first.surface) == 2))
                    and self._title_run(seq, k) is not None)
                or (a.pos1 == "接尾辞" and first.pos1 == "名詞" and len(first.surface) >= 2 and first.pos3 != "人名"
                    and len((self._title_run(seq, k) or ("",))[0]) >= 4)
                or (first.surface in ("・", "･") and self._role_after_dot(seq, k) is not None)   # 畑|蒼・常務理事
                or (first.pos1 == "名詞" and len(first.surface) >= 2 and first.pos3 != "人名"
                    and (run := self._title_run(seq, k)) is not None
                    and any(seq[x].pos1 == "接尾辞" and len(seq[x].surface) == 1 for x in range(k + 1, run[1])))):
            # (舘|光|海上保安庁長官, 経理部長: a surname UniDic reads as a suffix, where no suffix can stand, before a
            # long compound title; 城|旭|病院|長, 岩|翠|資源|エネルギー|庁|長官: a title whose first word is glued to a
            # suffix, which no given name is; not 米|親|会社CEO, 渡|貫|大志社長, where the nouns may be words or the
            # name go on)
            return None   # 綿辺大志社長: a title that starts with a word of its own (大志) may hold the given name
        if self.lex.orgs and (b.surface in self.lex.orgs or a.surface + b.surface in self.lex.orgs):
            return None
        return self._finish(text, seq, i, i + 1, a.surface + b.surface, "person", parts=(a.surface, b.surface))

    def _foreign_papers(self, text, seq):
        """Papers and magazines of other countries, named in katakana or Latin letters: after a country written short
        and 紙 or 誌 (英紙ガーディアンは, 米誌タイムは), or before 紙 or 誌 (ワシントン・ポスト紙は; not スポーツ紙, a kind
        of paper). The name is the katakana or Latin run; the mention's role is 紙 or 誌, a paper that reports (see
        :meth:`attribution.lexicon.Lexicon.reports`). Returns {unit index of the mention's first unit: (Mention,
        index of its last unit)}."""
        found = {}
        n = len(seq)
        countries = self.lex.word_classes["press_country"]
        genres = self.lex.word_classes["press_genre"]

        def glued(a, b):
            return seq[a].end == seq[b].start

        for p, t in enumerate(seq):
            kind = t.surface[-1:]
            if kind not in ("紙", "誌"):
                continue
            if t.surface[:-1] in countries or (t.surface == kind and p > 0 and glued(p - 1, p)
                                                and seq[p - 1].surface in countries):
                # 英紙|ガーディアン, 独|誌|シュピーゲル: the name follows
                first = p if len(t.surface) > 1 else p - 1
                j = p + 1
                while j < n and j - p <= 6 and glued(j - 1, j) and _FOREIGN.match(seq[j].surface) \
                        and seq[j].pos1 in _PAPER_POS:
                    j += 1
                if j == p + 1 or seq[j - 1].surface in ("・", "･"):
                    continue
                last = j if j < n and glued(j - 1, j) and seq[j].surface == kind else j - 1
                name = text[seq[p + 1].start:seq[j - 1].end]
            elif t.surface == kind and p > 0 and glued(p - 1, p):
                # ガーディアン|紙, ワシントン|・|ポスト|紙: the name goes before
                j = p
                while j > 0 and p - j < 6 and glued(j - 1, j) and _FOREIGN.match(seq[j - 1].surface) \
                        and seq[j - 1].pos1 in _PAPER_POS:
                    j -= 1
                if j == p or seq[j].surface in ("・", "･") or (j > 0 and glued(j - 1, j)
                                                              and seq[j - 1].pos1 in _NOUNISH):
                    continue   # (大手スポーツ紙: a noun before the run makes it a kind of paper)
                name = text[seq[j].start:seq[p - 1].end]
                if name in genres or name.endswith(genres) or len(name) < 2:
                    continue
                first, last = j, p
            else:
                continue
            found[first] = (Mention(text[seq[first].start:seq[last].end], seq[first].start, seq[last].end, name,
                                    "org", role=kind, marker=_marker(seq, last + 1), index=last, first=first), last)
        return found

    def _surname_as_prefix(self, tok):
        """Whether ``tok``, one kanji UniDic reads as a prefix after a verb (語る|原|奏監督: もと), is a surname: one
        UniDic reads alone as a surname, that is none of the prefixes news writes before a noun (新, 前, 元, 副…)."""
        return tok.pos1 == "接頭辞" and self.is_surname is not None and tok.surface not in _COMMON_PREFIXES \
            and tok.surface not in self.lex.after_name and self.is_surname(tok.surface)

    def _read_across(self, text, seq, i):
        """A name of three to five kanji that UniDic reads across the line between surname and given name (秋|山陽|斗
        before 氏 or a title: 秋山 and 陽斗), glued before an honorific or a title and opening its noun phrase: its
        first two or three kanji are a surname when UniDic reads them alone as one, the rest one to three kanji
        and no word of the title tables, and the line between them falls inside a word UniDic read. None when the
        run holds a name UniDic reads (that one is found as it stands) or opens with a prefix (大|野球部長 is no 大野).
        The caller has checked that the next unit is glued kanji."""
        if i > 0 and seq[i - 1].end == seq[i].start and seq[i - 1].pos1 in _NOUNISH:
            return None
        start, first_end, n = seq[i].start, seq[i].end, len(seq)
        # a surname UniDic reads as a numeral and more (九十|九|湊, 百|目|鬼|航): its line with the given name may fall
        # where UniDic cut too
        numeral = seq[i].pos2 == "数詞" and seq[i].surface[0] in _SURNAME_NUMERALS and self.name_halves is not None
        # first, the cheap test: a surname of two or three kanji that ends inside the next word
        if not numeral and not any(start + k > first_end and k < seq[i + 1].end - start
                                   and self.is_surname(text[start:start + k]) for k in (2, 3)):
            return None
        for j in range(i + 1, min(n, i + (5 if numeral else 4))):   # (百|目|鬼|航: four pieces)
            if seq[j].start != seq[j - 1].end:
                return None
            run = seq[i:j]
            word = text[seq[i].start:seq[j - 1].end]
            ends = self._suffix_at(seq, j)[1] or (
                (seq[j].surface in self._title_or_source or (seq[j].pos1 == "名詞" and len(seq[j].surface) >= 2))
                and self._title_run(seq, j) is not None) or (   # (not 斗|衆院議長: one kanji may end the given name)
                numeral and seq[j].surface in ("・", "･") and j + 1 < n and seq[j + 1].pos1 in _NOUNISH)
            # (百目鬼航・東都新聞論説主幹: a dot before the title)
            if ends and 3 <= len(word) <= 5:
                break
            if not _HAN_ONLY.match(seq[j].surface) or (seq[j].pos3 == "人名" and not (
                    seq[j].pos4 == "名" and j >= i + 2 and not numeral)):
                return None   # (but 風|間八|宏: a given name's last kanji read alone as one, after the line)
        else:
            return None
        if any(t.pos3 == "人名" for t in run[:-1]) or any(t.pos1 == "接頭辞" for t in run) or len(run) < 2:
            return None
        if numeral:   # (read as a name: 九十九 and 湊; not 九十|九|弁護, 三百|人)
            halves = self.name_halves(word)
            if halves is None or halves[1] in self._title_or_source:
                return None
            return self._finish(text, seq, i, j - 1, word, "person", parts=halves)
        cuts = {t.end - seq[i].start for t in run}
        for k in (2, 3):   # (not one kanji: UniDic holds a surname of nearly every kanji, 審|判委員長, 江|蘇省代表)
            surname, given = word[:k], word[k:]
            if not 1 <= len(given) <= 3 or given in self._title_or_source or surname in self._title_or_source:
                continue
            if k in cuts:
                continue   # a cut UniDic made too (石原|東京都知事, 伊吹|文科相): its words, not a name read across
            if self.is_surname(surname):
                return self._finish(text, seq, i, j - 1, word, "person", parts=(surname, given))
        return None

    def _title_read_across(self, text, seq, i):
        """A surname, then a given name UniDic reads together with the first kanji of the title after it (邊田|智力|士:
        邊田智, 力士; 岩崎|煌|大会|長: 岩崎煌大, 会長): a word of two or three kanji whose last kanji and the one-kanji
        word after it make a title head of the tables, at the start of a noun phrase and at its end. None otherwise."""
        if i > 0 and seq[i - 1].end == seq[i].start and seq[i - 1].pos1 in _NOUNISH:
            return None
        if not (2 <= len(seq[i].surface) <= 3 and _HAN_ONLY.match(seq[i].surface)):
            return None
        n = len(seq)
        k = i + 1
        if k + 1 < n and len(seq[k].surface) == 1 and _HAN_ONLY.match(seq[k].surface) and seq[k].pos3 != "人名" \
                and seq[k].surface not in self._title_or_source:
            k += 1   # 岩崎|煌|大会|長: a one-kanji piece of the given name before
        if k + 1 >= n:
            return None
        b, c = seq[k], seq[k + 1]
        if not (b.start == seq[k - 1].end and c.start == b.end and 2 <= len(b.surface) <= 3
                and _HAN_ONLY.match(b.surface) and b.pos1 == "名詞" and b.pos3 != "人名" and len(c.surface) == 1):
            return None
        head = b.surface[-1] + c.surface
        if b.surface in self._title_or_source or b.surface + c.surface in self.lex.title_heads:
            return None   # 新潟|柊|支店|長: the word and the kanji are a title together (支店長), not 店長
        if head not in self.lex.title_heads or (k + 2 < n and seq[k + 2].start == c.end
                                                and seq[k + 2].pos1 in _NOUNISH):
            return None
        given = text[seq[i + 1].start:b.end - 1]
        if not 1 <= len(given) <= 2 or given in self._title_or_source:
            return None
        m, last = self._finish(text, seq, i, k + 1, seq[i].surface + given, "person",
                               parts=(seq[i].surface, given))
        return m._replace(title=head, role=head), last

    def _body_title_across(self, seq, b, j):
        """福田|瑚|都県|警|本部|長 (after a given name): the last kanji of word ``b`` is a body's (県, 町) that opens,
        with the glued words from unit ``j`` to the end of the noun phrase, a compound title: a body and its field
        (町議会) or an organisation word (県警) first, a title head last. (title, index of its last unit), or (None,
        None)."""
        lex = self.lex
        if b.surface[-1] not in lex.title_bodies:
            return None, None
        n = len(seq)
        words = [b.surface[-1]]
        k = j
        while k < n and k - j < 6 and seq[k].pos1 in _NOUNISH and seq[k].start == seq[k - 1].end:
            words.append(seq[k].surface)
            k += 1
        if k < n and seq[k].pos1 in _NOUNISH and seq[k].start == seq[k - 1].end:
            return None, None
        title = "".join(words)
        opens = any(title.startswith(w) and len(title) > len(w) for w in lex.body_fields) \
            or any(title.startswith(w) and len(title) > len(w) for w in lex.orgs if len(w) == 2 and w[0] == title[0])
        ends = any(title[x:] in lex.title_heads for x in range(1, len(title) - 1))
        return (title, k - 1) if opens and ends else (None, None)

    def _suffix_across(self, seq, b, j):
        """李|明|華氏 (after a given name): word ``b``, whose first kanji ends the given name, and the glued words from
        unit ``j`` make, past that kanji, an honorific of the tables (氏) up to the end of the noun phrase. (the
        honorific, index of its last unit), or (None, None)."""
        lex = self.lex
        if any(b.surface in words or b.surface[0] in words for words in (
                lex.suffixes, lex.title_heads, lex.orgs, lex.after_name, lex.title_fields, lex.title_bodies)) \
                or b.lemma in lex.sources:
            return None, None   # (川淵三郎|協会|長, 山本太郎|夫人, 山口|医師, 森田|本人: a word of the tables)
        n = len(seq)
        words = [b.surface[1:]]
        k = j
        while k < n and k - j < 4 and seq[k].pos1 in _NOUNISH and seq[k].start == seq[k - 1].end \
                and seq[k].surface != "ら":
            words.append(seq[k].surface)
            k += 1
        if k < n and seq[k].pos1 in _NOUNISH and seq[k].start == seq[k - 1].end and seq[k].surface != "ら":
            return None, None   # (李|明|華主|将|らは: ら closes the noun phrase)
        suffix = "".join(words)
        return (suffix, k - 1) if lex.suffixes.get(suffix) == "honorific" else (None, None)   # (not 医院|長,
        # 本店|長: a title across two words reads the first as the institution's)

    def _quoted_names(self, text, seq, quote_units=None):
        """「ぽん太」さん, 「よーらい」さん: a handle or nickname written in brackets before an honorific is a person's
        name (the brackets are not part of it)."""
        found = []
        n = len(seq)
        if quote_units is None:
            quote_units = [k for k, t in enumerate(seq) if t[3] == "QUOTE"]   # t[3]: pos1
        media = self.lex.word_classes["media"]
        for k in quote_units:
            t = seq[k]
            if k + 1 >= n or seq[k + 1].start != t.end:
                continue
            name = text[t.start + 1:t.end - 1]
            if not (1 <= len(name) <= 12) or any(c in name for c in " 　、。「」『』！？!?\n"):
                continue
            nxt = seq[k + 1]
            if nxt.surface in ("紙", "誌") and nxt.surface in media:
                # 「北浜タイムズ」紙は: a paper named in brackets; the brackets and 紙 are not part of its name
                found.append(Mention(text[t.start:nxt.end], t.start, nxt.end, name, "org",
                                     marker=_marker(seq, k + 2), index=k + 1, first=k))
                continue
            if self.lex.suffixes.get(nxt.lemma) != "honorific" or nxt.surface in ("自身", "本人"):
                continue
            m, _last = self._finish(text, seq, k, k, name, "person")
            found.append(m)
        return found

    def _given_before_dot(self, text, seq, mentions):
        """野口あかり・民政党代表代行は, 小島琉生・参院議員は: a surname read alone, then a given name UniDic does not read
        as one (one to three characters, glued), a dot, and a role ending in a title before a particle: one person,
        the surname and given name the name, the words after the dot the role (the mentions inside it dropped)."""
        out = []
        skip_to = -1
        heads = self.lex.title_heads
        for m in mentions:
            if m.first <= skip_to:
                continue
            first = seq[m.index]
            if m.kind != "person" or m.marker or m.parts or m.first != m.index or not (
                    first.pos4 == "姓" or (first.pos3 == "地名" and first.pos4 != "国" and self.is_surname is not None
                                          and self.is_surname(first.surface))):
                out.append(m)   # (宮城|大地・論説委員: a surname UniDic reads as a place, alone as a surname)
                continue
            d = m.index + 1
            while d < len(seq) and d - m.index <= 3 and seq[d].surface != "・" and seq[d].start == seq[d - 1].end \
                    and (seq[d].pos1 in ("名詞", "接尾辞", "記号", "助動詞", "形状詞")
                         or (seq[d].pos1 in ("接頭辞", "形容詞", "副詞") and _HAN_ONLY.match(seq[d].surface))) \
                    and _KANA_OR_KANJI.match(seq[d].surface):
                d += 1   # (内田|心|春: a kanji read as a prefix; 堤|暖: as an adjective's stem)
            given = text[m.end:seq[d].start] if d < len(seq) else ""
            if not (d < len(seq) and seq[d].surface == "・" and 1 <= len(given) <= 3 and seq[d].start == seq[d - 1].end):
                out.append(m)
                continue
            j = d + 1
            while j < len(seq) and j - d <= 8 and seq[j].pos1 in ("名詞", "接尾辞", "接頭辞") and seq[j].start == seq[j - 1].end:
                j += 1
            last = seq[j - 1] if j - 1 > d else None
            if last is None or j >= len(seq) or seq[j].surface not in ("は", "が", "も") \
                    or not (heads.get(last.surface) or heads.get(last.lemma)
                            or self.lex.suffixes.get(last.surface) in ROLE_KINDS):
                out.append(m)
                continue
            role = text[seq[d + 1].start:last.end]
            out.append(Mention(text[m.start:last.end], m.start, last.end, m.name + given, "person", last.surface, role,
                               _marker(seq, j), j - 1, m.first, (m.name, given)))
            skip_to = j - 1
        return out

    def _dot_role(self, text, seq, mentions):
        """A name, a dot and the role, as wire reports write them. 川口まゆみ・主将は, マリア・ロペス・議員は: a person's
        name with no particle after it, a dot, then glued words that end in a title of the tables before は, が, も (or
        ら) (:meth:`_role_after_dot`): the words after the dot are the person's role, and the particle is the name's
        (the mentions inside the role are dropped). Before that, the name stage's reading of such a name is mended:
        the first part of a katakana name (:meth:`_katakana_part_before`), a given name read into the title
        (:meth:`_given_name_from_title`), a last part that is the role's (:meth:`_role_part_from_name`). Names the
        stage did not read before a dot and a role are read last (:meth:`_names_before_dot`)."""
        if "・" not in text and "･" not in text:
            return mentions
        n = len(seq)
        out = []
        skip_to = -1
        for m in mentions:
            if m.first <= skip_to:
                continue
            m = self._katakana_part_before(text, seq, self._job_word_given(seq, m), out)
            mended = self._given_name_from_title(m) or self._role_part_from_name(seq, m)
            if mended is not None:
                out.append(mended)
                continue
            d = m.index + 1
            j = self._role_after_dot(seq, d) if m.kind == "person" and not m.marker and d < n \
                and seq[d].start == m.end else None
            if j is None:
                out.append(m)
                continue
            last = seq[j - 1]
            out.append(Mention(text[m.start:last.end], m.start, last.end, m.name, "person", last.surface,
                               text[seq[d + 1].start:last.end], _marker(seq, j), j - 1, m.first, m.parts, m.owner))
            skip_to = j - 1
        return self._names_before_dot(text, seq, out)

    def _katakana_part_before(self, text, seq, m, out):
        """ディエゴ・|オルティス・東洋重工取締役社長: MeCab read the second part of a katakana name with the dot after it
        as one unknown word; トマ|シュ・ノヴァク・…: the first part in pieces, read as a name of its own (taken off
        ``out``); アナ・ペレス…: a word that is also a job where the name has its role after it. The part before the
        dot is the name's too: ``m`` with it, or ``m`` as it was."""
        lex = self.lex
        k = m.first
        b = k - 2   # the first unit of the katakana part before the dot
        while b >= 1 and b > k - 5 and seq[b - 1].end == seq[b].start and _KATAKANA.match(seq[b - 1].surface) \
                and seq[b - 1].surface not in ("・", "･"):
            b -= 1
        if not (m.kind == "person" and m.name and _KATAKANA.match(m.name) and k >= 2
                and seq[k - 1].surface in ("・", "･") and seq[k - 2].end == seq[k - 1].start
                and seq[k - 1].end == seq[k].start and _KATAKANA.match(text[seq[b].start:seq[k - 2].end])
                and (any(t.pos3 == "人名" or not t.known for t in seq[b:k - 1])
                     or (m.role and k - 2 == b and seq[b].surface in lex.title_heads))
                and not (b >= 1 and seq[b - 1].end == seq[b].start and seq[b - 1].pos1 in _NOUNISH)
                and (not out or out[-1].index < b or (out[-1].first >= b and out[-1].kind == "person"
                                                      and not out[-1].marker))):
            return m
        if out and out[-1].index >= b:
            out.pop()
        first = seq[b]
        return m._replace(text=text[first.start:m.end], start=first.start,
                          name=text[first.start:seq[k - 2].end] + "・" + m.name, first=b, parts=())

    def _given_name_from_title(self, m):
        """堤|暖・監督, 内田|心|春・大関: the given name UniDic does not read as one, taken into the title before a dot,
        is the name's and the words after the dot the role: ``m`` mended, or None (not 前原|新代表・菅元代表: titles)."""
        lex = self.lex
        if not (m.kind == "person" and m.name and not m.parts and m.title and "・" in m.title):
            return None
        head, _, rest = m.title.partition("・")
        if 1 <= len(head) <= 3 and rest and "・" not in rest and _KANA_OR_KANJI.match(head) \
                and m.text.startswith(m.name + head) \
                and not any(head[k:] in words for k in range(len(head))
                            for words in (lex.title_fields, lex.title_heads, lex.suffixes, lex.title_bodies,
                                          lex.orgs, lex.after_name)):
            return m._replace(name=m.name + head, title=rest, role=rest, parts=(m.name, head))
        return None

    def _role_part_from_name(self, seq, m):
        """The last part of a katakana name that is the role's: エマ・ブラウン・北浜|市議 (a part in kanji after a katakana
        name and a dot is a place's); ピーター・ブラウン・ヒカリ|精機代表取締役 (a third katakana part glued to a word
        that ends a company's name, then a title, is the company's; not バン・ミン・グエン|地裁所長, a court's, nor
        ヤン・コワルスキ|病院長, two parts); ヤン・ノバク・ヘッド|コーチ (a katakana title of the tables read in two
        words). ``m`` without it, or None."""
        lex = self.lex
        name, _, tail = (m.name or "").rpartition("・")
        ttl = m.title or m.role
        if m.kind == "person" and name and ttl and m.text.endswith(ttl) and m.text[:-len(ttl)].endswith(tail) \
                and ((_HAN_ONLY.match(tail) and _KATAKANA.match(name))
                     or ("・" in name and _KATAKANA.match(tail) and self._company_title(ttl))
                     or (_KATAKANA.match(tail) and (lex.title_heads.get(tail + ttl)
                                                    or lex.suffixes.get(tail + ttl) in ROLE_KINDS))
                     or ("・" in name and _KATAKANA.match(tail) and ttl.startswith(_COMPANY_TITLES)
                         and self._company_part(seq, m, tail))):
            return self._job_word_given(seq, m._replace(name=name, title=m.title, role=tail + ttl, parts=()))
        return None

    def _company_part(self, seq, m, tail):
        """マリア・ロペス・ミナトテック|社長: the last katakana part of a name of three or more, one word or more (ミナト|
        テック) UniDic does not read as a name, after parts of which one at least it reads as a name, before a
        company's title: the company's."""
        toks = seq[m.first:m.index + 1]
        dot = max((k for k, t in enumerate(toks) if t.surface in ("・", "･")), default=None)
        if dot is None:
            return False
        words = [t for t in toks[dot + 1:] if t.start < toks[dot].end + len(tail)]   # the tail's words (ミナト|テック)
        if dot >= 1 and toks[dot - 1].surface in self.lex.word_classes["name_particle"]:
            return False   # ヤン・ファン・デル・ベルフ|会長: the part after a particle of the name is the name's
        return "".join(t.surface for t in words) == tail and all(t.pos3 != "人名" for t in words) \
            and any(t.pos3 == "人名" for t in toks[:dot])

    def _job_word_given(self, seq, m):
        """アナ・ペレス・北浜大学総長: a katakana word that is also a job (アナ) opening person mention ``m`` before a
        dot and the name, where the role follows after another dot, is the given name: ``m`` with it in the name."""
        head = seq[m.first].surface
        if m.kind == "person" and m.name and m.role and _KATAKANA.match(m.name) and _KATAKANA.match(head) \
                and head in self.lex.title_heads and m.text.startswith(head + "・" + m.name) and m.text.endswith(m.role) \
                and "・" in m.text[len(head) + 1 + len(m.name):len(m.text) - len(m.role) + 1]:
            return m._replace(name=head + "・" + m.name, parts=())
        return m

    def _company_title(self, title):
        """Whether ``title`` opens with a word that ends a company's name (精機, 電工; not a public body's: 地裁) and
        goes on with a title of two characters or more (精機代表取締役, 電工広報部長; not 病院長)."""
        lex = self.lex
        bodies = lex.word_classes["public_body"]
        for w, kind in lex.org_kinds.items():
            if kind == "end" and len(w) >= 2 and title.startswith(w) and not w.endswith(bodies):
                rest = title[len(w):]
                return len(rest) >= 2 and any(rest[x:] in lex.title_heads or lex.suffixes.get(rest[x:]) in ROLE_KINDS
                                              for x in range(len(rest) - 1))
        return False

    def _role_after_dot(self, seq, d):
        """Where ``seq[d]`` is a dot followed by glued words that end in a title of the tables before は, が, も (or
        ら): the index of that particle; None otherwise, or where the words hold a given name or open with a surname
        glued to the title (巨人・原監督: another person)."""
        n = len(seq)
        if d + 2 >= n or seq[d].surface not in ("・", "･") or seq[d + 1].start != seq[d].end:
            return None
        j = d + 1
        while j < n and j - d <= 10 and seq[j].start == seq[j - 1].end and (seq[j].pos1 in _NOUNISH or (
                seq[j].pos1 == "形状詞" and _HAN_ONLY.match(seq[j].surface) and j + 1 < n
                and seq[j + 1].pos1 in _NOUNISH)):   # (決算|特別|委員長: an adjectival noun inside the title)
            j += 1
        if j >= n or j == d + 1 or not (seq[j].pos1 == "助詞" and seq[j].surface in ("は", "が", "も", "ら")):
            return None
        last = seq[j - 1]
        role = seq[d + 1:j]
        lex = self.lex
        words = "".join(t.surface for t in role)
        if not (lex.title_heads.get(last.surface) or lex.title_heads.get(last.lemma)
                or lex.suffixes.get(last.surface) in ROLE_KINDS or lex.suffixes.get(last.lemma) in ROLE_KINDS
                or any(lex.suffixes.get(words[x:]) in ROLE_KINDS or lex.title_heads.get(words[x:])
                       or words[x:] in lex.statuses for x in range(len(words) - 1))) \
                or any(t.pos4 == "名" for t in role) or (role[0].pos4 == "姓" and len(role) == 2):
            return None   # (被告|人: a title of the tables UniDic reads in two words)
        return j

    def _names_before_dot(self, text, seq, mentions):
        """森田|颯|真・監督は, 岸本|あゆむ・北斗電機取締役は, 新潟|雅人・政審会長は: where a role after a dot (see
        :meth:`_role_after_dot`) follows a run of kanji, or kanji then hiragana, that UniDic does not read as one full
        name, the run is the person's name when its first one to three kanji are a surname UniDic reads alone as one
        (of one kanji only in a run of two, or where UniDic reads it as a surname there) and one to three
        characters follow; the run opens after a particle, a comma, a bracket or a line's start. The mentions inside
        the run and the role are replaced."""
        n = len(seq)
        if self.is_surname is None:
            return mentions
        lex = self.lex
        found = []
        for d in range(2, n - 2):
            if seq[d].surface not in ("・", "･") or seq[d].start != seq[d - 1].end:
                continue
            j = self._role_after_dot(seq, d)
            if j is None:
                continue
            k = d
            while k > 0 and d - k < 4 and seq[k - 1].end == seq[k].start \
                    and (_HAN_ONLY.match(seq[k - 1].surface) or _HIRAGANA.match(seq[k - 1].surface)) \
                    and seq[k - 1].pos1 not in ("助詞", "補助記号") and sum(len(t.surface) for t in seq[k - 1:d]) <= 6:
                k -= 1
            if k == d or (k > 0 and seq[k - 1].end == seq[k].start and not (
                    seq[k - 1].surface in ("の", "、", "「", "」", "（", "(", "）", ")", "は", "が", "と")
                    or seq[k - 1].pos1 in ("EOL", "GAP", "補助記号"))):
                continue
            run = text[seq[k].start:seq[d - 1].end]
            if d - k == 1 and seq[k].pos3 != "人名":
                continue   # one word (日本, 大阪): no name read in pieces
            if any(m.kind == "person" and m.name == run and m.first == k for m in mentions):
                continue   # read already
            kana = regex.match(r"^(\p{Han}{1,3})(\p{Hiragana}{2,4})$", run)
            cut = None
            if kana is not None:
                cut = len(kana.group(1)) if self.is_surname(kana.group(1)) else None
            elif _HAN_ONLY.match(run) and 2 <= len(run) <= 5:
                for c in (3, 2, 1):
                    if 1 <= len(run) - c <= 3 and (c > 1 or len(run) == 2 or seq[k].pos4 == "姓") \
                            and self.is_surname(run[:c]):
                        cut = c
                        break
            first, rest = seq[k].surface, run[len(seq[k].surface):]
            if cut is None and d - k == 2 and seq[k + 1].pos4 == "名" and self._surname_read_otherwise(seq, k):
                cut = len(first)   # 大分|賢治: a surname UniDic reads as an adverb, then a given name it knows
            if cut is None and len(run) == 2 and d - k == 2 and all(
                    t.pos1 == "接尾辞" and t.surface not in _GRAMMAR_SUFFIXES and t.surface not in lex.suffixes
                    and t.surface not in lex.title_heads for t in seq[k:d]):
                cut = 1   # 舘|光: two kanji UniDic reads as suffixes where no suffix can stand
            if cut is None and (kana is not None or _HAN_ONLY.match(run)) and seq[k].pos2 == "固有名詞" \
                    and seq[k].pos3 in ("地名", "一般") and seq[k].pos4 != "国" and 1 <= len(rest) <= 4 \
                    and not any(rest in words or rest[:1] in words for words in (
                        lex.after_name, lex.orgs, lex.title_bodies, lex.suffixes, lex.title_heads,
                        lex.word_classes["public_body"])):
                cut = len(first)   # 新潟|雅人, 萩|司, 竹田|ゆかり, 安田|陽|翔: a surname UniDic reads as a place or a
                # proper noun of another kind, then the given name
            if cut is None or any(run.endswith(w) for w in self.lex.org_kinds) or run in self.lex.title_heads:
                continue
            last = seq[j - 1]
            found.append((k, j - 1, Mention(text[seq[k].start:last.end], seq[k].start, last.end, run, "person",
                                            last.surface, text[seq[d + 1].start:last.end], _marker(seq, j), j - 1, k,
                                            (run[:cut], run[cut:]))))
        if not found:
            return mentions
        out = [m for m in mentions if not any(lo <= m.index <= hi or lo <= m.first <= hi for lo, hi, _ in found)]
        return sorted(out + [f[2] for f in found], key=lambda m: m.index)

    def _name_before_dot(self, text, seq, m):
        """狛山向洋・東山市長: a role after a dot, with two to five kanji before the dot that UniDic does not read as a
        name (nor as places or an organisation), is that person's role: the kanji are the name."""
        dot = m.first - 1
        if dot < 1 or seq[dot].surface != "・" or seq[dot].end != m.start:
            return m
        j = dot
        while j > 0 and seq[j - 1].pos1 in _NOUNISH and seq[j - 1].pos2 != "数詞" and seq[j - 1].end == seq[j].start \
                and dot - j < 4:
            j -= 1
        name = text[seq[j].start:seq[dot].start]
        if not (2 <= len(name) <= 5 and _HAN_ONLY.match(name)) or all(t.pos3 == "地名" for t in seq[j:dot]) \
                or any(name.endswith(w) for w in self.lex.org_kinds) or (j > 0 and seq[j - 1].pos1 in _NOUNISH):
            return m
        return Mention(text[seq[j].start:m.end], seq[j].start, m.end, name, "person", m.title, m.role, m.marker,
                       m.index, j)

    def _addressed_in_quotes(self, text, seq, local):
        """Katakana names the quotes give with an honorific (「ニコルさんは…」), as People: a speaker the narration
        then names bare (ニコルも「…」と付け加えた). Only names the narration does not already have."""
        from .people import People, Person
        found = {}
        spans = None
        for name, at in _katakana_before_honorific(text):
            if spans is None:
                spans = [(t.start, t.end) for t in seq if t.pos1 == "QUOTE"]
                starts = [a for a, _b in spans]
            k = bisect.bisect_right(starts, at) - 1
            if k < 0 or at >= spans[k][1]:
                continue   # in the narration: the narration's own names are found by the passes
            if name in self.lex.sources or name in self.lex.suffixes or name in self.lex.title_heads \
                    or (local is not None and local.canonical(name)):
                continue
            found[name] = True
        return People([Person(n) for n in found]) if found else None

    def _known_before(self, text, seq, m, local):
        """躑躅|森氏 after 躑躅森晶: a name read without the kanji word glued before it, where the two make a name of
        the document (a rare surname UniDic reads as a common noun and a surname), is that name."""
        k = m.first
        if m.kind != "person" or m.parts or k == 0:
            return m
        t = seq[k - 1]
        if t.end != seq[k].start or t.pos1 != "名詞" or t.pos2 != "普通名詞" or not 1 <= len(t.surface) <= 2 \
                or not _HAN_ONLY.match(t.surface) or (k >= 2 and seq[k - 2].end == t.start
                                                      and seq[k - 2].pos1 in _NOUNISH):
            return m
        got = self._known(text, seq, k - 1, local.match_at)
        if got is None or got[0].end != m.end or len(got[0].name) <= len(m.name):
            return m
        return got[0]._replace(marker=m.marker, role=got[0].role or m.role)

    def _known_pass(self, text, seq, used, starts, people, proper_only=False):
        """Mentions of names seen elsewhere in the document (長野 where UniDic reads a place), found by searching
        the text for them rather than walking every unit. With ``proper_only``, only where UniDic reads the first
        word as a proper noun."""
        at = {}
        for i in starts:
            t = seq[i]
            if (t.pos1 in _START_POS or t.pos1 in ("記号", "接尾辞")) and not used[i] \
                    and (not proper_only or t.pos2 == "固有名詞"):   # (舘|氏 after 舘光: a surname read as a suffix)
                at[t.start] = i
        found = []
        folded = fold(text)
        for alias in sorted(people.aliases(), key=len, reverse=True):
            alias = fold(alias) if folded is not text else alias
            pos = folded.find(alias)
            while pos >= 0:
                i = at.get(pos)
                if i is not None and not used[i]:
                    m = self._known(text, seq, i, people.match_at)
                    if m is not None and len(alias) == 1 and not m[0].title \
                            and not _SUBJECT_BEFORE_WORDS.match(text, m[0].end):
                        m = None   # 孫田社長 for 孫田正和, never 孫 alone (but 城は「…」 after 城彰二: the subject
                        # right before words in brackets)
                    if m is not None and not _inside_word(seq, m[0].first, m[0].index) \
                            and not any(used[k] for k in range(m[0].first, m[1] + 1)):
                        found.append(m[0])
                        for k in range(m[0].first, m[1] + 1):
                            used[k] = 1
                pos = folded.find(alias, pos + 1)
        return found

    def _opens_title(self, rest):
        """Whether ``rest``, the words glued after a given name up to the end of the noun phrase, is a title as news
        writes it, read from the tables alone (not from how UniDic cut it): it opens with a title head of two
        characters or more (会長兼CEO, 親方), a field or a body with its field (衆院副議長, 町議会副議長, 財務政務官),
        or a prefix of the title (副議長, 前社長), or one kanji for a body before a field (県|議会議長; not 都|選手,
        where 都 may end the given name), and ends in a title head. Not a one-kanji head (長兼CEO, 教)."""
        lex = self.lex
        heads = lex.title_heads
        if len(rest) >= 2 and rest in heads:
            return True
        if not any(rest[q:] in heads for q in range(1, len(rest) - 1)) and not (
                rest[-1] in _ONE_CHAR_HEADS and len(rest) >= 3):
            return False
        for p in range(min(len(rest) - 1, 6), 0, -1):
            piece, after = rest[:p], rest[p:]
            if p >= 2 and (piece in heads or piece in lex.title_fields or piece in lex.body_fields):
                return True
            if p >= 2 and after == "長" and lex.org_kinds.get(piece) == "end":
                return True   # 病院長, 組合長: the word that ends an organisation's name, and its head
            if p == 1 and piece in lex.after_name and piece in _COMMON_PREFIXES \
                    and any(after[:w] in heads or after[:w] in lex.title_fields for w in (2, 3)):
                return True
            if p == 1 and piece in lex.title_bodies and any(after[:w] in lex.title_fields for w in (2, 3)):
                return True
        return False

    def _glued_title(self, text, seq, i):
        """A surname, then a given name UniDic read together with the title glued after it (堤|聖会|長|兼|CEO,
        神戸|孝助|教, 野村|煌|大町|議会|副|議長, 宮本|琉|生|親方): the noun phrase after the surname is read again from
        the tables, as a given name of two, one or three kanji (in that order) and a title (:meth:`_opens_title`).
        A surname before a place and its title (石原|東京|都|知事) is the surname with that title. None where UniDic's
        own cut already reads as a given name and a title (its path reads it), where the given name would hold what
        is no part of one (:meth:`_holds_no_given_name`), or nothing fits."""
        n = len(seq)
        j = i + 1
        while j < n and seq[j].start == seq[j - 1].end and seq[j].pos2 != "数詞" and j - i <= 8 \
                and (seq[j].pos1 in _NOUNISH
                     or (seq[j].pos1 in ("記号", "助動詞") and _HAN_ONLY.match(seq[j].surface))):
            j += 1   # (琉 is a symbol to UniDic, 也 of 小関|也|朱|篤 an auxiliary)
        if j == i + 1 or (j < n and seq[j].start == seq[j - 1].end and seq[j].pos1 in _NOUNISH):
            return None
        first = seq[i + 1]
        if first.pos2 == "固有名詞" and first.pos3 in ("地名", "組織") and first.pos4 != "国" and j > i + 2 \
                and self._opens_title(text[seq[i + 2].start:seq[j - 1].end]):
            # 石原|東京|都|知事, 鈴木|北海道|知事: a surname, then a place and its title, as news writes a governor
            return None if seq[i].pos4 == "姓" else self._finish(text, seq, i, i, seq[i].surface, "person")
        if first.pos4 == "名" and j > i + 2 and seq[i + 2].pos1 == "名詞" and len(seq[i + 2].surface) >= 2 \
                and (seq[j - 1].pos1 == "接尾辞" or self._opens_title(text[seq[i + 2].start:seq[j - 1].end])):
            return None   # 鈴木|一郎|財務相, 川淵|三郎|協会|長, 西岡|剛|内野|手, 森田|吉彦|本店|長: UniDic's cut is right
            # (not 孝助|教, 香田|誉|士|史|監督, where one kanji follows the given name; nor 李|明|華主|将, where the
            # words after the given name make no title and end in no suffix: its last kanji is read into the title)
        run = text[first.start:seq[j - 1].end]
        if not 3 <= len(run) <= 16:
            return None
        for g in (2, 1, 3):
            given, rest = run[:g], run[g:]
            if len(rest) < 2 or not _HAN_ONLY.match(given) or not self._opens_title(rest):
                continue
            if g == 2 and self.lex.suffixes.get(run[1:]) in ROLE_KINDS:
                continue   # 松本|孝学|部長: the longer title of the tables (学部長) after a one-kanji given name
            cut = first.start + g
            if g == 1 and j == i + 3 and first.pos2 == "普通名詞" and len(first.surface) == 2 \
                    and seq[i + 2].pos1 == "接尾辞":
                return None   # 佐藤|大会|長: a common word and a one-kanji head are a title of their own (大会長);
                # with more after it (堤|聖会|長|兼|CEO) the given name is read off
            if self._holds_no_given_name(seq, i, j, cut):
                return None
            m, last = self._finish(text, seq, i, j - 1, seq[i].surface + given, "person",
                                   parts=(seq[i].surface, given))
            role = m.role
            role = f"{role}{rest}" if role and not role.endswith(rest) else (role or rest)
            return m._replace(title=rest, role=role), last
        return None

    def _holds_no_given_name(self, seq, i, j, cut):
        """Whether the words UniDic read from ``seq[i + 1]`` up to offset ``cut`` (a given name that
        :meth:`_glued_title` would read off; the run ends before ``seq[j]``) hold what is no part of a given name: a
        place, an organisation or a common word of two characters (楠|渉|原告|団長 is not 渉原告; 松尾|大地|監督 is read
        as before; 大館|高|教諭 is a school), a title word or a word after a name (翼|副), the prefix of a title head of
        the tables (猛|助|監督: 助監督; 琉|生|親方 keeps 生), or where UniDic's own cut gives one word that reads as no
        name (清水|寺|貫主)."""
        lex = self.lex
        first = seq[i + 1]
        whole = [t for t in seq[i + 1:j] if t.end <= cut]

        def name_like(t):
            return t.pos3 == "人名" or not t.known or t.pos1 in ("記号", "助動詞")

        if not all(name_like(t) or (t.pos1 in ("接頭辞", "接尾辞") and t is not first)
                   or (t.pos2 == "普通名詞" and len(t.surface) == 1) for t in whole):
            return True
        if any(t.surface in self._title_or_source or t.surface in lex.after_name or t.surface in lex.title_bodies
               for t in whole):
            return True
        k = i + 1 + len(whole)   # the word after the given name's last whole word
        if whole and whole[-1].pos1 == "接頭辞" and whole[-1].end == cut and k < j \
                and whole[-1].surface + seq[k].surface in lex.title_heads:
            return True
        crossed = any(t.start < cut < t.end for t in seq[i + 1:j])
        return not crossed and len(whole) == 1 and not name_like(whole[0])

    def _pass(self, text, seq, used, starts, known):
        mentions = []
        n = len(seq)
        i = 0   # the first unit no mention has taken
        sources = self.lex.sources
        heads = self._desk_heads
        desks = {k for k, t in enumerate(seq) if t.surface in heads and self._desk_at(seq, k) is not None} \
            if any(w in text for w in self._desk_words) else ()
        org_ahead, near_sfx, source_ahead = self._org_ahead, self._near_sfx, self._source_ahead
        suffix_kinds = self.lex.suffixes
        aged, trades = self._aged_runs(text, seq) if "（" in text or "(" in text else ({}, {})
        press = self._foreign_papers(text, seq) if "紙" in text or "誌" in text else {}
        opened = set()   # surnames whose first kanji UniDic read as a word of its own (弓|気田)
        if aged or trades:   # a name in pieces may open with a word that starts no other mention (ミ|サキ, 早|弓)
            starts = sorted(set(starts) | set(aged) | set(trades))
        for c in starts:
            if c < i or used[c]:
                continue
            i = c
            tok = seq[i]
            # a proper noun UniDic reads as other than a person's or a country's name (a place, a word): a surname
            # it does not know as one, when the words after it make a name
            other_proper = tok.pos2 == "固有名詞" and tok.pos3 in ("一般", "地名") and tok.pos4 != "国"
            if tok.pos1 not in _START_POS and (i + 1 >= n or seq[i + 1].pos3 != "人名") and i not in aged \
                    and tok.pos1 not in ("接尾辞", "記号"):
                continue   # a word the dictionary lacks starts a mention only before a name
            if not tok.known and _LAUGH.match(tok.surface):
                continue   # ｗｗｗｗ, which MeCab guesses to be a name
            if i >= 2 and seq[i - 1].surface in ("／", "/") and seq[i - 2].surface == "円" \
                    and seq[i - 1].start == seq[i - 2].end and _KATAKANA_OR_LATIN.match(tok.surface):
                continue   # 8,400円／ステラハリウッド: the shop or brand that sells an item, after its price
            m = press.get(i)
            if m is None and known is not None:
                m = self._known(text, seq, i, known)
            if m is None and i in org_ahead and tok.surface != "同" and (
                    tok.pos1 == "名詞" or (tok.pos1 == "形状詞" and _HAN_ONLY.match(tok.surface))):
                # (知的|財産高等裁判所: a word UniDic reads as an adjectival noun opens it)
                m = self._org(text, seq, i)   # a name glued to an organisation word is the organisation's (佐藤電機)
            if m is None and tok.surface[:1].isupper() and i + 1 < n and seq[i + 1].start == tok.end \
                    and _ACRONYM.match(tok.surface):
                m = self._initials_and_region(text, seq, i)   # JR西日本は, NTT東日本が: initials and a region
            if m is None and i in org_ahead and tok.pos1 == "接頭辞" and i + 1 < n \
                    and (tok.surface + seq[i + 1].surface in self.lex.word_classes["alone"]
                         or (tok.surface in _ORG_PREFIXES and seq[i + 1].pos3 == "地名" and seq[i + 1].start == tok.end
                             and (i == 0 or seq[i - 1].end != tok.start or seq[i - 1].pos1 not in _NOUNISH))):
                m = self._org(text, seq, i)   # 小|法廷は: the bench named before; 全|日本|空輸は: the prefix opens the name
            if m is None and desks and (i + 1 in desks or i + 2 in desks or i + 3 in desks) \
                    and tok.pos1 == "名詞" and tok.pos2 != "数詞" and tok.lemma not in sources \
                    and not (tok.surface == "同" and suffix_kinds.get(self._suffix_at(seq, i + 1)[0]) in ROLE_KINDS) \
                    and not (tok.pos4 == "姓" and (any(seq[x].pos4 == "名" for x in range(i + 1, min(n, i + 3)))
                                                 or self._unread_given_name(seq, i + 1))) \
                    and not (tok.pos3 == "地名" and tok.pos4 != "国" and len(tok.surface) >= 2
                             and self._unread_given_name(seq, i + 1)):
                # (岩田|煌|広報担当者: a surname and a given name UniDic reads as a common noun, not a company; also
                # after a surname UniDic reads as a place: 奈良|岳|報道官)
                # 奈良修一外務報道官, 中川結|翔広報担当: a person; 同報道官: the one of that title named before
                m = self._desk_org(text, seq, i)   # 学研広報室では: the organisation speaks
            if m is None and tok.pos4 == "姓" and i + 1 < n and seq[i + 1].surface in _PAREN_OPEN:
                after = self._reading_paren(seq, i + 1)   # 上村（かみむら）勉被告: the surname's reading between
                if after is not None and after < n and seq[after].pos4 == "名" \
                        and seq[after].start == seq[after - 1].end:
                    m = self._finish(text, seq, i, after, tok.surface + seq[after].surface, "person",
                                     parts=(tok.surface, seq[after].surface))
            if m is None and i + 2 < n and len(tok.surface) == 1 and tok.pos2 == "普通名詞" and not seq[i + 1].known \
                    and seq[i + 1].start == tok.end and len(seq[i + 1].surface) == 2 \
                    and _HAN_ONLY.match(tok.surface + seq[i + 1].surface) and self._reading_paren(seq, i + 2) \
                    and self.is_surname is not None and self.is_surname(tok.surface):
                m = self._finish(text, seq, i, i + 1, tok.surface + seq[i + 1].surface, "person",
                                 parts=(tok.surface, seq[i + 1].surface))
                # 朴|槿恵(パク・クネ)候補: a one-kanji surname read as a noun, a given name the dictionary lacks,
                # and its reading in brackets
            if m is None and i + 2 < n and seq[i + 1].start == tok.end and _HAN_ONLY.match(seq[i + 1].surface[:1]) \
                    and (tok.pos4 == "姓" or ((other_proper or (len(tok.surface) == 1 and not seq[i + 1].known))
                                              and self.is_surname is not None and _HAN_ONLY.match(tok.surface)
                                              and self.is_surname(tok.surface))):
                m = self._glued_title(text, seq, i)   # 堤|聖会|長|兼|CEO: the given name read into the title
                # (朴|槿恵|大統領: a one-kanji surname read as a noun, before a word the dictionary lacks)
            if m is None and tok.pos4 == "姓" and i + 3 < n and seq[i + 1].pos3 != "人名" \
                    and (seq[i + 1].pos3 == "地名" or seq[i + 2].pos3 == "地名"):
                # 菊地|心|愛知|事: a place read across the given name and the title (not 佐藤|大会|長: a title)
                m = self._title_read_across(text, seq, i)
            if m is None and len(tok.surface) == 1 and tok.pos3 == "地名" and tok.pos4 == "国" and i + 3 < n \
                    and seq[i + 1].start == tok.end and self.is_surname is not None and self.is_surname(tok.surface) \
                    and len(given := self._one_kanji_pieces(seq, i + 1, names=True)) == 2:
                # 魏|大|勲|容疑者: a one-kanji surname UniDic reads as an old state, and a given name it reads as two
                # one-kanji words, before a title or an honorific
                m = self._finish(text, seq, i, i + 2, tok.surface + given[0].surface + given[1].surface, "person",
                                 parts=(tok.surface, given[0].surface + given[1].surface))
            initial = i + 1 < n and seq[i + 1].surface in _INITIAL_TAILS and _INITIAL.match(tok.surface)
            # (A|子さん: an initial made a name, read with its honorific below)
            if m is None and not initial and ((tok.pos3 == "人名") or (
                    (tok.pos1 in _FOREIGN_POS or (tok.pos1 == "記号" and i + 1 < n and seq[i + 1].surface in ("・", "･")))
                    and _is_foreign_part(tok) and self._may_join(seq, i))):
                m = self._name_run(text, seq, i - 1, rare=True) if self._opens_name(seq, i, used, text, opened) \
                    else self._name_run(text, seq, i)
            elif m is None and not tok.known and i + 1 < n and (seq[i + 1].pos3 == "人名") and \
                    seq[i + 1].start == tok.end and _RARE_HAN.match(tok.surface):
                m = self._name_run(text, seq, i, rare=True)   # 𠮷田: a kanji the dictionary lacks, in a name
            elif m is None and i + 1 < n and seq[i + 1].pos4 in ("名", "姓") and self._common_surname(seq, i):
                m = self._name_run(text, seq, i, rare=True)   # 剛力|彩芽: a surname UniDic reads as a common noun
            elif m is None and (other_proper
                                or (tok.pos2 == "普通名詞" and tok.pos3 == "一般" and self.is_surname is not None)) \
                    and 2 <= len(tok.surface) <= 3 and _HAN_ONLY.match(tok.surface) and i + 2 < n \
                    and (i == 0 or seq[i - 1].end != tok.start or seq[i - 1].pos1 not in _NOUNISH) \
                    and (given := self._one_kanji_pieces(seq, i + 1, names=True)) and len(given) == 2 \
                    and (other_proper or self.is_surname(tok.surface)):
                # 野村|颯|真外務政務官: a surname UniDic reads as a proper noun of another kind (or, in context, as a
                # common noun it reads alone as a surname: 総裁の桑原|颯|真氏), and a given name it reads as two
                # one-kanji words, before a title or an honorific
                m = self._finish(text, seq, i, i + 2, tok.surface + given[0].surface + given[1].surface, "person",
                                 parts=(tok.surface, given[0].surface + given[1].surface))
            elif m is None and other_proper \
                    and _HAN_ONLY.match(tok.surface) and self.is_surname is not None and i + 3 < n \
                    and (given := self._listed_given_name(seq, i + 1)) and self.is_surname(tok.surface):
                # 日本代表＝早川|漣、蟹江美貴: a surname UniDic reads as a place, and a one-kanji given name, in a list
                m = self._finish(text, seq, i, i + 1, tok.surface + given[0].surface, "person",
                                 parts=(tok.surface, given[0].surface))
            elif m is None and i + 3 < n and seq[i + 2].pos1 == "名詞" and self._split_surname(seq, i):
                m = self._finish(text, seq, i, i + 2, "".join(t.surface for t in seq[i:i + 3]), "person",
                                 parts=(tok.surface + seq[i + 1].surface, seq[i + 2].surface))
            if m is None and i in trades:   # 運転士(26歳)は: someone described by what they do, not named
                last = trades[i]
                m = (Mention(text[tok.start:seq[last].end], tok.start, seq[last].end, None, "anonymous",
                             marker=_marker(seq, last + 1), index=last, first=i), last)
            if m is None and i in aged:
                m = self._finish(text, seq, i, aged[i], text[tok.start:seq[aged[i]].end], "person",
                                 parts=_halves(text[tok.start:seq[aged[i]].end]))   # 剛腕未来（21）
            if m is None and tok.pos1 == "名詞" and len(tok.surface) <= 2 and tok.pos3 != "人名" and i + 1 < n \
                    and seq[i + 1].start == tok.end and seq[i + 1].pos3 != "人名" and self.is_surname is not None \
                    and _HAN_ONLY.match(tok.surface) and _HAN_ONLY.match(seq[i + 1].surface):
                m = self._read_across(text, seq, i)   # 秋|山陽|斗衆院議長: a name UniDic reads across its parts
            if m is None and (tok.pos4 == "姓" or (tok.pos3 == "地名" and tok.pos4 != "国")) and i + 2 < n:
                m = self._title_read_across(text, seq, i)   # 邊田|智力|士: the given name's end and the title
            if m is None and len(tok.surface) == 1 and (tok.pos2 == "普通名詞" or tok.pos3 == "地名"
                                                        or tok.pos1 == "接尾辞"
                                                        or (tok.pos1 == "接頭辞" and self._surname_as_prefix(tok))) \
                    and i + 2 < n and len(seq[i + 1].surface) == 1 and not initial:
                m = self._one_kanji_name(text, seq, i)   # 東|奏財務政務官: two one-kanji nouns before a title
            if m is None and tok.pos1 == "接尾辞":
                continue
            if m is None and not tok.known and i >= 2 and seq[i - 1].surface in ("の", "・") \
                    and _STAGE_NAME.match(tok.surface) and (seq[i - 2].surface in self.lex.word_classes["occupation"]
                                                            or seq[i - 2].lemma in self.lex.word_classes["occupation"]) \
                    and _marker(seq, i + 1) in ("は", "も"):
                # ヴォーカルのHARUNAは, ドラムのRINAも: a stage name in Latin letters after what the person does, as the
                # topic (not モデルのAKIRAが歌い: where no one takes the floor)
                m = self._finish(text, seq, i, i, tok.surface, "person")
            if m is None and i >= 2 and seq[i - 1].surface in ("の", "・") and self._kana_name_after_role(seq, i):
                m = self._finish(text, seq, i, i, tok.surface, "person")   # お笑い芸人・スギちゃん, 主婦のユリさん
            if m is None and self._kanji_name_after_role(seq, i):
                m = self._finish(text, seq, i, i, tok.surface, "person")   # 投手・公文は: a surname read as a noun
            if m is None and (i == 0 or seq[i - 1].pos1 in ("EOL", "GAP")) and tok.pos1 in _NOUNISH:
                m = self._line_label(text, seq, i)
            if m is None and tok.pos3 == "地名" and tok.pos4 != "国" and i + 1 < n and seq[i + 1].start == tok.end \
                    and (seq[i + 1].pos1 == "名詞" or (seq[i + 1].pos1 in ("動詞", "形状詞", "助詞")
                                                       and _HIRAGANA.match(seq[i + 1].surface))
                         or (seq[i + 1].pos1 in ("副詞", "接尾辞") and len(seq[i + 1].surface) == 1 and i + 2 < n
                             and self._honorific_at(seq, i + 2))):
                m = self._place_name(text, seq, i)   # (岸本|あゆむ|監査役: a kana given name read as a verb)
            if m is None and tok.pos2 == "固有名詞" and tok.pos3 == "一般" and i + 1 < n \
                    and seq[i + 1].start == tok.end and seq[i + 1].pos1 in ("動詞", "形状詞", "助詞") \
                    and _HIRAGANA.match(seq[i + 1].surface) and self.is_surname is not None \
                    and self.is_surname(tok.surface):
                m = self._place_name(text, seq, i)   # 松本|あゆむ|知事: a surname UniDic reads as a proper noun of
                # no kind, then a kana given name read as a verb
            if m is None and tok.pos2 == "固有名詞":
                m = self._proper_run(text, seq, i)
            if m is None and i in near_sfx:
                m = self._suffix_anchored(text, seq, i, used)
            if m is None and (tok.pos1 == "代名詞" or tok.surface in ("同", "同氏", "氏") or tok.lemma in sources
                              or tok.surface in sources or i in source_ahead
                              or suffix_kinds.get(tok.lemma) in ROLE_KINDS or tok.surface in self.lex.statuses
                              or self._suffix_at(seq, i)[1] > 1):
                m = self._source(text, seq, i)
            if m is None:
                continue
            mention, last = m
            if (i == 0 or seq[i - 1].pos1 in ("EOL", "GAP")) and mention.kind == "person" and not mention.marker:
                colon = _profile_colon(seq, last + 1)
                if colon is not None:   # アヤ/28歳：…: the label of a profile line
                    mention, last = mention._replace(marker=seq[colon].surface), colon
            if last > mention.index + 2 and seq[mention.index + 1].surface in _PAREN_OPEN \
                    and mention.kind in ("role", "org", "anonymous") and any(
                        suffix_kinds.get(seq[x].lemma) in ("honorific", "title", "member")
                        for x in range(mention.index + 2, last)):
                last = mention.index + 1   # 日本代表（大野健二選手、村田さとみ選手）が: the names in the brackets
                # are read too (not as the subject), so that 村田 later is 村田さとみ
            for k in range(mention_first(seq, mention), last + 1):
                used[k] = 1
            mentions.append(mention)
            i = last + 1
        return mentions

    # -- kinds of mention -------------------------------------------------------------------------------------
    def _field_in_charge(self, seq, k):
        """Whether token ``k``, a common noun, is the field of a title of one in charge that follows it (労務|担当部長,
        拉致問題|担当相): 担当 and a title after it."""
        return seq[k].pos2 == "普通名詞" and k + 1 < len(seq) and seq[k + 1].lemma == "担当" \
            and seq[k + 1].start == seq[k].end and self._title_run(seq, k + 1) is not None

    def _finish(self, text, seq, first, last, name, kind, role=None, parts=()):
        """Add suffixes, skip a parenthetical, read the marker; return (Mention, index of last token used)."""
        if kind == "person" and name and name.endswith(("さん", "さま")) and len(name) >= 4 \
                and len(seq[last].surface) > 2 and seq[last].surface.endswith(name[-2:]) \
                and _HIRAGANA.match(seq[last].surface):
            name = name[:-2]   # 白武|とき|おさん: a kana given name UniDic reads with the honorific (お産)
        while kind == "person" and name and last > first and (
                (seq[last].surface in self.lex.title_fields and self._title_run(seq, last) is not None)
                or self._field_in_charge(seq, last)) \
                and name.endswith(seq[last].surface) and (len(name) - len(seq[last].surface) >= 2 or (
                    len(name) - len(seq[last].surface) == 1 and self.is_surname is not None
                    and self.is_surname(name[:-len(seq[last].surface)]))):
            name = name[:-len(seq[last].surface)]   # 東奏|外務報道官, 邉見孝|広報室長, 畑|決算特別委員長: the field
            # opens the title (after one kanji, a surname); 水野|労務|担当部長: what the one in charge is in charge of
            last -= 1
        if kind == "person" and name and name.endswith(("・", "･")) and last > first and seq[last].surface in ("・", "･"):
            name = name[:-1]   # ベーナズィール・ブットー・元首相: the dot opens the title
            last -= 1
        if kind == "person" and name and "・" in name:
            head = name.split("・", 1)[0]
            if (head in self.lex.title_heads or self.lex.suffixes.get(head) in ROLE_KINDS
                    or head in self.lex.word_classes["occupation"]
                    or (_HAN_ONLY.match(head) and len(head) >= 4   # 出雲大社宮司・ルーカス・ヴィエイラ: a body and its title
                        and any(head.endswith(h) for h in self.lex.title_heads if len(h) >= 2))
                    or (seq[first].surface == head and seq[first].pos4 == "国"
                        and (self.lex.suffixes.get(self._suffix_at(seq, last + 1)[0]) in ROLE_KINDS
                             or self._title_run(seq, last + 1) is not None))) \
                    and not (len(head) <= 2 and _KATAKANA.match(name)):
                name = name[len(head) + 1:]   # 投手コーチ・エミリー・ジョンソン, タレント・ローラ: a title or a word for
                # what the person does before the dot, not the name (nor a country before a name and a title:
                # タジキスタン・アリムジョン・ラフィコフ監督, ドイツ・メルケル首相); two kana before a dot in a katakana name are
                # a given name (アナ・ペレス, アナ・スイ), not the clipped アナ written after a name (水卜アナ)
                role = role or head
            tail = name.rsplit("・", 1)[-1]
            after = seq[last + 1].surface if last + 1 < len(seq) and seq[last + 1].start == seq[last].end else ""
            for p in range(1, len(tail) - 1):   # ミンジュ・キムヘッドコーチ read as one word: the title after the name
                if _KATAKANA.match(tail[p:]) and (tail[p:] in self.lex.title_heads
                                                   or (after and tail[p:] + after in self.lex.title_heads)):
                    # (ミンホ・イヘッド|コーチ: the title's first word glued to a one-kana surname)
                    name = name[:len(name) - len(tail) + p]
                    role = role or tail[p:]
                    break
        if kind == "person" and name and "・" in name and last > first + 1 and seq[last].pos4 == "国" \
                and seq[last - 1].surface in ("・", "･") and name.endswith("・" + seq[last].surface) \
                and last + 1 < len(seq) and seq[last + 1].start == seq[last].end \
                and seq[last].surface not in ("ジャパン", "ニッポン") and (
                    self.lex.suffixes.get(self._suffix_at(seq, last + 1)[0]) in ROLE_KINDS
                    or self._title_run(seq, last + 1) is not None):
            name = name[:-len(seq[last].surface) - 1]   # アブドゥッラー・ギュル・トルコ外相: the country opens the title
            # (not イケア・ジャパン, ザック・ジャパン: a company's or a team's name)
            last -= 2
        title = None
        relative = False
        if kind == "person" and name and len(name) >= 3 and last > first and last + 1 < len(seq) \
                and seq[last + 1].start == seq[last].end and _HAN_ONLY.match(name[-1]) \
                and name[-1] + seq[last + 1].surface in self.lex.title_fields \
                and (run := self._title_run(seq, last + 1)) is not None:
            # 宇都宮|隆広|報部長: UniDic read the field that opens the title (広報) into the given name
            role = role or name[-1] + run[0]
            name = name[:-1]
        if kind == "person" and name and len(name) >= 3 and name[-1] in self.lex.title_bodies \
                and last + 1 < len(seq) and seq[last + 1].surface == "議" and seq[last + 1].start == seq[last].end \
                and name[-1] + "議" in self.lex.title_heads:
            # 渡邊|浩市|議: UniDic read the body of the title (市議) into the given name
            title, name = name[-1] + "議", name[:-1]
            role = role or title
            last += 1
        k = last + 1
        reading = self._reading_paren(seq, k, any_words=True) \
            if kind == "person" and k < len(seq) and seq[k].surface in _PAREN_OPEN else None
        if reading is not None and reading < len(seq) and (self._suffix_at(seq, reading)[1]
                                                           or self._title_run(seq, reading) is not None):
            k = reading   # 小林宏晨（ひろあき）村長: the reading is not part of the name, the title follows it
        compound = self._title_run(seq, k) if kind == "person" and k < len(seq) and seq[k].start == seq[k - 1].end \
            and (seq[k].pos1 in _NOUNISH or seq[k].surface in self.lex.title_fields) else None   # (特別顧問: 形状詞)
        if compound is None and kind == "person" and k + 1 < len(seq) and seq[k].surface == "・" \
                and seq[k + 1].start == seq[k].end:
            compound = self._title_run(seq, k + 1)   # 山田花子・北浜町長: the name, then the role after a dot
        if compound is not None:   # 鈴木一郎経済財政相は, 川口浩二執行役員は: a title of several words
            title, k = compound
            if kind == "person" and _KATAKANA.match(title[0]) and all(
                    seq[x].pos3 == "地名" for x in range(first, last + 1)) \
                    and not any(title.startswith(w) for w in (*self.lex.title_heads, *self.lex.title_fields)):
                # 浦和レッズ監督, 鹿島アントラーズFW: a place and the katakana name of its team before the title are
                # the role (the team's coach), no person's name
                role, name, kind, title = text[seq[first].start:seq[k - 1].end], None, "role", None
        while k < len(seq):
            lemma, width = self._suffix_at(seq, k)
            if not width:
                break
            kind_of = self.lex.suffixes.get(lemma)
            if compound is not None and kind_of != "honorific":
                break
            if kind_of == "relative":
                relative = True
            elif title is None or kind_of in ROLE_KINDS:
                title = lemma if title is None or self.lex.suffixes.get(title) not in ROLE_KINDS else title
            k += width
        end_tok = k - 1
        j = k
        if j < len(seq) and seq[j].surface in _PAREN_OPEN:  # 美和子さん（38歳）は
            for jj in range(j + 1, min(len(seq), j + 16)):
                if (seq[jj].pos1 in _UNIT_POS):
                    break
                if seq[jj].surface in _PAREN_CLOSE:
                    j = jj + 1
                    break
        if j < len(seq) and seq[j].surface in ("＝", "="):  # 山田花子さん（45）＝北浜市＝は: where the person lives
            for jj in range(j + 1, min(len(seq), j + 10)):
                if seq[jj].pos1 in _UNIT_POS:
                    break
                if seq[jj].surface in ("＝", "="):
                    j = jj + 1
                    break
        if kind == "person" and j + 1 < len(seq) and seq[j].surface in ("ら", "等") and seq[j].pos1 == "接尾辞" \
                and seq[j].start == seq[j - 1].end and seq[j + 1].pos1 == "助詞":
            marker = "ら" + _marker(seq, j + 1)   # 北山英二専務らが会見し, 「…」と: the one named leads those who speak
            # with them (read as the subject by subject_before only: not a topic the narration keeps)
        else:
            marker = _marker(seq, j)
            if not marker and kind == "person" and (title is not None or parts or all(
                    seq[x].pos3 == "人名" for x in range(first, end_tok + 1))) and _comma_topic(seq, first, j, self._sfx):
                marker = "、"   # 前述のサチさん、…を買ってもらったそうだ: the sentence's topic, は left out
        if role is None:
            role = _apposition_role(seq, first, self.lex.orgs)
        if title and (self.lex.suffixes.get(title) in ROLE_KINDS or compound is not None):
            role = f"{role}{title}" if role and not role.endswith(title) else (role or title)
        if title and name and len(name) >= 3 and kind == "person" and (
                (len(title) <= 2 and name[-1] + title in self.lex.title_heads)
                or (compound is not None and name[-1] in self.lex.title_bodies
                    and name[-1] + seq[last + 1].surface in self.lex.body_fields)):
            # 辻恵市|長, 島根健市|議会議長: UniDic read the body that opens the title into the given name
            name, title = name[:-1], name[-1] + title   # 辻恵市|長 read by UniDic as a given name 恵市: 辻恵 + 市長
            role = title if role in (None, title[1:]) else role
        elif title and name and kind == "person" and len(title) >= 3 and title[1] in ("元", "前") \
                and _HAN_ONLY.match(title[0]) and title[0] not in self.lex.after_name \
                and (title[2:] in self.lex.statuses or self.lex.suffixes.get(title[2:]) in ROLE_KINDS):
            # 髙山修|一元|被告: UniDic read the given name's last kanji and 元 as one word
            name, title = name + title[0], title[1:]
            role = title if role is None or role.endswith(title) else role
        elif title and name and kind == "person" and len(name) >= 3 and name[-1] in ("元", "前") \
                and title in self.lex.statuses:
            # 林|隆元|被告: 元 before a legal status is the title's (元被告), not the given name's last kanji
            name, title = name[:-1], name[-1] + title
            role = title if role in (None, title[1:]) else role
        start, end = seq[first].start, seq[end_tok].end
        owner = None
        if relative:   # 河本姉: someone's relative, not the named person (whose name the entities still learn)
            owner = name if kind == "person" else None
            name, kind, role = None, "anonymous", None
        return (Mention(text[start:end], start, end, name, kind, title, role, marker, end_tok, first, parts, owner),
                max(end_tok, j - 1))

    def _title_run(self, seq, k):
        """A compound title glued to a name at ``seq[k]``: a run of nouns, prefixes and suffixes that ends the
        noun phrase and ends in a title head (財務+相, 国対+委員+長, 会長+兼+社長, 前+社長, 新+監督), as
        (title, index after it); None when the run is one word of the suffix table or ends in no head."""
        j = k
        n = len(seq)
        dot = None   # a ・ between two fields of one title (経済財政・金融担当相)
        while j < n and j - k < 10:
            t = seq[j]
            if t.surface == "・" and dot is None and j > k and j + 1 < n and seq[j + 1].pos1 == "名詞" \
                    and seq[j + 1].pos2 != "固有名詞" and t.start == seq[j - 1].end and seq[j + 1].start == t.end \
                    and seq[j - 1].pos1 == "名詞" and _HAN_ONLY.match(seq[j - 1].surface) \
                    and _HAN_ONLY.match(seq[j + 1].surface):
                dot = j
                j += 1
                continue
            if t.pos2 == "数詞" and j > k and j + 1 < n and seq[j + 1].start == t.end and seq[j + 1].pos1 in _NOUNISH \
                    and seq[j - 1].end == t.start and seq[j + 1].surface[0] in _NUMBERED:
                j += 1   # 捜査|1|課長, 第|2|部長: a numbered department in the title
                continue
            if t.pos2 == "数詞" and j + 1 < n and seq[j + 1].start == t.end and (j == k or t.start == seq[j - 1].end) \
                    and (t.surface + seq[j + 1].surface in self.lex.title_fields
                         or t.surface + seq[j + 1].surface in self.lex.title_heads):
                j += 2   # 二|軍|監督, 一|等|陸佐, 九|段: a number and a word, a field or a head of the tables
                continue
            if t.pos1 == "形状詞" and _HAN_ONLY.match(t.surface) and j + 1 < n and seq[j + 1].pos1 == "名詞" \
                    and seq[j + 1].start == t.end and (j == k or t.start == seq[j - 1].end):
                j += 1   # 国連|高等|難民|弁務官: an adjectival noun inside the title
                continue
            if t.pos1 not in _NOUNISH or t.pos3 == "人名" or t.pos2 == "数詞" or (j > k and t.start != seq[j - 1].end):
                break
            if j > k and _is_plural(t):
                break   # 財務相|ら: the others with the one named, no part of the title
            if j > k and seq[j - 1].surface in self.lex.statuses and j + 1 < n and seq[j - 1].surface != t.surface \
                    and t.pos1 in ("名詞", "接頭辞"):
                break   # 市橋|被告|再逮捕|捜査1課長, 森田一郎|被告|弁護|人: a status ends the title; what follows is
                # another's (the headline's next words, the defendant's lawyer)
            j += 1
        if dot is not None:
            found = self._title_run_to(seq, k, j)
            if found is not None and dot < found[1] - 1:
                return found
            j = dot   # the title ends before the dot (財務相・川口浩二経済相)
        return self._title_run_to(seq, k, j)

    def _title_run_to(self, seq, k, j):
        """``_title_run`` for the run of units ``k`` to ``j``."""
        heads = self.lex.title_heads
        n = len(seq)
        if j == k or (j - k == 1 and seq[k].surface in self.lex.suffixes):
            return None
        if j < n and seq[j].pos1 in _NOUNISH and seq[j].start == seq[j - 1].end and not _is_plural(seq[j]):
            return None   # the noun phrase goes on (鈴木監督会見場): not a title
        run = "".join(t.surface for t in seq[k:j])
        bounds = set()
        pos = 0
        for t in seq[k:j]:
            bounds.add(pos)
            pos += len(t.surface)
        for b in sorted(bounds):
            if run[b:] in heads and (b > 0 or j - k > 1 or run in heads):
                return run, j
        if j - k == 1 and 2 <= len(run) <= 4 and run[-1] in _ONE_CHAR_HEADS and _HAN_ONLY.match(run):
            return run, j   # 外相, 法相, 蔵相: one word UniDic does not split
        return None

    def _known(self, text, seq, i, match_at):
        hit = match_at(text, seq[i].start)
        if hit is None:
            return None
        alias_end, person = hit
        last = i
        while last + 1 < len(seq) and seq[last + 1].pos1 not in _UNIT_POS and seq[last + 1].end <= alias_end:
            last += 1
        if seq[last].end != alias_end:
            return None
        return self._finish(text, seq, i, last, person.canonical, "person", role=person.role)

    def _cited(self, seq, m):
        """北浜機構の説明では, 県警の調べによると, 中村さんのブログでは: a mention whose account is cited, or whose
        page it writes in, is the source of what follows (its marker becomes による)."""
        j = m.index + 1
        if j < len(seq) and seq[j].surface in _PAREN_OPEN:   # 彬良(あきら)さん(45歳)の話として: past the remark
            close = next((x for x in range(j + 1, min(len(seq), j + 10)) if seq[x].surface in _PAREN_CLOSE), None)
            if close is not None:
                j = close + 1
        elif j < len(seq) and seq[j].surface in _PAREN_CLOSE and m.first >= 2 \
                and seq[m.first - 1].surface in _PAREN_OPEN and _ACRONYM.match(seq[m.first - 2].surface):
            j += 1   # PGA(全米プロゴルフ協会)の調べでは: the name in brackets after the initials
        if j + 3 < len(seq) and seq[j].surface == "の" and seq[j + 1].lemma in self.lex.word_classes["account"] and (
                (seq[j + 2].surface == "で" and seq[j + 3].surface == "は")
                or (seq[j + 2].surface == "で" and seq[j + 3].pos1 == "QUOTE")
                # (協会の調べで「…」という, 関係者の話で「…」: the account's words, as with では; not 県警の調べで、
                # A少年は「…」と供述: a clause with a subject of its own follows)
                or (seq[j + 2].surface == "と" and seq[j + 3].lemma == "為る" and seq[j + 3].surface == "し"
                    and j + 4 < len(seq) and seq[j + 4].surface == "て")   # 同社の話として伝えた
                or (seq[j + 2].surface == "に" and seq[j + 3].lemma in ("よる", "因る") and j + 4 < len(seq)
                    and seq[j + 4].surface in ("と", "ば"))):
            return m._replace(marker="による")
        if j + 3 < len(seq) and seq[j].surface == "の":
            x = j + 1
            while x < len(seq) and x - j <= 2 and seq[x].surface in _CHANNEL_OPENERS:
                x += 1
            if x + 2 < len(seq) and seq[x].pos1 == "名詞" and (seq[x].surface in self._channel
                                                              or seq[x].lemma in self._channel) \
                    and seq[x + 1].surface in ("で", "に") and seq[x + 2].surface in ("は", "も"):
                return m._replace(marker="による")   # 中村さんの公式ブログでは「…」と綴り: where X writes, X's words
        return m

    def _may_join(self, seq, i):
        """Whether a loanword at ``i`` can be part of a name: something name-like or a suffix follows it."""
        if i + 1 >= len(seq):
            return False
        nxt = seq[i + 1]
        if nxt.start != seq[i].end and not _latin_pair(seq[i], nxt, self._text):
            return False
        return (nxt.pos3 == "人名") or nxt.surface in _JOINERS or nxt.surface == "ー" or _is_foreign_part(nxt) \
            or _SMALL_KANA.match(nxt.surface) is not None \
            or i + 1 in self._sfx or "・" in seq[i].surface \
            or (nxt.surface in self.lex.title_fields and self._title_run(seq, i + 1) is not None) \
            or (nxt.pos2 == "数詞" and i + 2 < len(seq) and seq[i + 2].surface == "世"
                and seq[i + 2].start == nxt.end)   # ジヤブ|常任理事; ムムベルワ|4|世

    def _katakana_org_title(self, seq, k):
        """Whether the katakana words from ``seq[k]`` are the dictionary's common or proper nouns (not a person's
        name) glued to a title after them (ミナト|テック|代表|執行|役): an organisation and the title held in it."""
        j = k
        while j < len(seq) and j - k < 4 and seq[j].known and seq[j].pos1 == "名詞" and seq[j].pos3 != "人名" \
                and _KATAKANA.match(seq[j].surface) and "・" not in seq[j].surface \
                and (j == k or seq[j].start == seq[j - 1].end):
            j += 1
        if j == k or j >= len(seq) or seq[j].start != seq[j - 1].end:
            return False
        lemma, width = self._suffix_at(seq, j)
        return (width and self.lex.suffixes.get(lemma) in ROLE_KINDS) or self._title_run(seq, j) is not None

    def _name_run(self, text, seq, i, rare=False):
        n = len(seq)
        j = i
        parts = []
        if rare:
            parts.append(seq[i])
            j += 1
        while j < n:
            t = seq[j]
            if (t.pos1 in _UNIT_POS):
                break
            last = parts[-1] if parts else None
            if last is not None and t.start != last.end:
                # only a single space between a surname and a given name (木村 靖) joins across a gap
                if not ((t.pos3 == "人名" and last.pos3 == "人名" and t.start - last.end == 1
                         and text[last.end] in " \u3000" and not (last.pos4 == "名" and t.pos4 == "姓"))
                        or _latin_pair(last, t, text)):
                    break   # (not 満島ひかり 香川照之: a full name, then a surname, are two people)
            if last is not None and t.pos3 != "人名" and (
                    t.surface in self._channel
                    or (t.pos1 == "副詞" and _KATAKANA.match(t.surface) and _HAN_ONLY.match(last.surface))
                    or (last.pos4 == "名" and t.known and t.pos2 == "普通名詞" and _HAN.search(last.surface)
                        and _KATAKANA.match(t.surface))):
                # 北山ユカオフィシャルブログ, ユカVSマリ: the page a name writes in, a match of two; 山田花子イチオシ: a
                # word after a kanji given name (but 今井|メロ: a katakana given name after a surname); 内田篤人キッパリ:
                # an adverb in katakana after a kanji name (but ジェニー・ヒュン: a part of a katakana name)
                break
            if last is not None and t.pos3 != "人名" and (t.lemma in self.lex.suffixes
                                                          or t.surface in self.lex.suffixes
                                                          or t.surface in self.lex.title_heads
                                                          or ((last.pos3 == "人名" or "・" in last.surface)
                                                              and _is_foreign_part(t)
                                                              and (_HAN.search(last.surface)
                                                                   or _HIRAGANA.match(last.surface)
                                                                   or self._katakana_title(seq, j))
                                                              and self._title_run(seq, j) is not None)):
                # 竹内アナ, 山中浩二フライトディレクター, 森本かおりヘッドコーチ: a katakana title ends the name
                break
            if last is not None and t.pos3 == "人名" and len(t.surface) >= 2 and t.surface in self.lex.title_heads \
                    and (last.pos4 == "名" or (_KATAKANA.match(last.surface) and any(
                        p.surface in ("・", "･") for p in parts))):
                break   # 木下隼人|助教|ら: a title of the tables that UniDic reads as a given name (スケノリ) after a
                # given name, or after a katakana name with a dot, ends the name
            if last is not None and _KATAKANA.match(last.surface) and len(t.surface) == 1 \
                    and _HAN_ONLY.match(t.surface) and j + 1 < n and seq[j + 1].start == t.end \
                    and self.lex.suffixes.get(t.surface + seq[j + 1].surface) in ROLE_KINDS:
                break   # ソヨン・パク|学|部長: the title's first kanji, which UniDic reads as a given name, ends the name
            if last is not None and t.pos4 == "姓" and _HAN_ONLY.match(t.surface) and j + 1 < n \
                    and seq[j + 1].pos4 == "名" and seq[j + 1].start == t.end and _HAN_ONLY.match(seq[j + 1].surface) \
                    and any(p.surface in ("・", "･") for p in parts) and not any(_HAN.search(p.surface) for p in parts) \
                    and any(_KATAKANA.match(p.surface) and p.surface not in ("・", "･") for p in parts) \
                    and t.start == last.end:
                break   # チーフ・プロダクト・オフィサー|小寺|康司氏: a katakana title glued before a kanji full name, and
                # タンパベイ・レイズ・|松井|秀喜: a club (not ラモス瑠偉: a katakana surname and a kanji given name; nor
                # GM・|関|望氏: a title in Latin letters and a dot, which the name's title is read from)
            if last is not None and _ACRONYM.match(t.surface) and _KATAKANA.match(last.surface) \
                    and (self._suffix_at(seq, j + 1)[1] or self._title_run(seq, j + 1) is not None):
                break   # ペッテリ・ターラス|WMO|事務局長: an organisation's initials before the title end the name
            if last is not None and j + 1 < n and seq[j + 1].pos1 == "接尾辞" and t.pos2 == "普通名詞" and t.known \
                    and t.pos3 != "人名" and (last.pos3 == "人名" or any(p.surface in ("・", "･") for p in parts)) \
                    and _is_foreign_part(t) \
                    and seq[j + 1].start == t.end and seq[j + 1].surface in self.lex.title_heads \
                    and not (j + 2 < n and seq[j + 2].pos1 in _NOUNISH and seq[j + 2].start == seq[j + 1].end):
                break   # エリック・ヨハンソン|デジタル|相: a katakana field and a one-kanji title after the name
            if (t.pos3 == "人名") or _is_foreign_part(t) or (last is not None and (
                    t.surface == "ー" or (_SMALL_KANA.match(t.surface) and t.start == last.end
                                         and _KATAKANA.match(last.surface)) or (t.pos1 == "接尾辞" and last.pos3 == "人名" and t.start == last.end
                                          and _KATAKANA.match(t.surface) and _KATAKANA.match(last.surface))
                    or _kana_particle_opens(seq, j, last))):
                parts.append(t)   # ミン|ジュ: a katakana name's end that UniDic reads as a suffix; イヴ|ァ|ノヴァ: a
                # small kana UniDic reads as a symbol
                j += 1
                continue
            nxt = seq[j + 1] if j + 1 < n else None
            if last is not None and t.pos1 == "助詞" and len(t.surface) == 1 and _KATAKANA.match(t.surface) \
                    and _KATAKANA.match(last.surface) and t.start == last.end and nxt is not None \
                    and nxt.start == t.end and (self._suffix_at(seq, j + 1)[1] or self._title_run(seq, j + 1) is not None):
                parts.append(t)   # ルガー|ノ|主将: a katakana name's last kana UniDic reads as a particle, before a title
                j += 1
                break
            if last is not None and last.pos3 == "人名" and t.pos1 == "記号" and len(t.surface) == 1 \
                    and _HAN_ONLY.match(t.surface) and t.start == last.end and nxt is not None \
                    and (nxt.pos1 == "助詞" or self._suffix_at(seq, j + 1)[1]):
                parts.append(t)   # 芹|那が: a name's last kanji that UniDic reads as a symbol
                j += 1
                continue
            if last is not None and last.pos4 == "名" and len(parts) >= 2 and len(t.surface) == 1 \
                    and _HAN_ONLY.match(t.surface) and t.start == last.end and (t.pos1 == "助動詞" or (
                        t.pos1 == "形容詞" and nxt is not None and (self._suffix_at(seq, j + 1)[1] or (
                            nxt.pos1 == "空白" and self._suffix_at(seq, j + 2)[1])))):
                # 小森|朔|也氏: a given name's last kanji read as an auxiliary verb (なり), 東山|正|宜 氏: as the stem
                # of an adjective (よろしい), before an honorific
                parts.append(t)
                j += 1
                continue
            if last is not None and last.pos4 == "姓" and len(t.surface) == 1 and nxt is not None \
                    and nxt.pos4 == "名" and nxt.start == t.end and t.pos1 not in ("助詞", "助動詞", "補助記号"):
                # 須田 亜 香里: a given name split in two (not 古坂|は|菜々緒: a particle between two names)
                parts.append(t)
                j += 1
                continue
            if last is not None and last.pos4 == "姓" and len(parts) == 1 and t.start == last.end \
                    and len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos1 == "名詞" \
                    and t.pos2 == "普通名詞" and t.surface not in self.lex.title_bodies \
                    and t.surface not in self.lex.after_name and nxt is not None and nxt.start == t.end \
                    and nxt.pos4 == "姓" and len(nxt.surface) == 2 and _HAN_ONLY.match(nxt.surface) \
                    and j + 2 < n and seq[j + 2].start == nxt.end and self._honorific_at(seq, j + 2):
                # 羽賀|紗|保里|さん: a given name read as a noun and a surname, before an honorific
                parts += [t, nxt]
                j += 2
                break
            if last is not None and last.pos4 == "姓" and len(parts) == 1 and t.start == last.end \
                    and len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos1 == "名詞" and nxt is not None \
                    and nxt.start == t.end and len(nxt.surface) == 1 and _HAN_ONLY.match(nxt.surface) \
                    and not nxt.known and j + 2 < n and seq[j + 2].start == nxt.end \
                    and (seq[j + 2].pos1 == "助詞" or seq[j + 2].surface in ("、", "（", "(")):
                # 福士|蒼|汰が: a given name of a kanji the dictionary reads as a noun and one it lacks
                parts += [t, nxt]
                j += 2
                break
            if last is not None and t.surface in ("・", "･") and _name_part(last) \
                    and any(p.surface in ("・", "･") and _name_part(q) for p, q in zip(parts, parts[1:])) \
                    and parts[0].pos3 == "人名" and self._katakana_org_title(seq, j + 1):
                break   # ヨハン・ベルク・|ミナト|テック|社長: a company in katakana and its title after a full name
                # written with a dot, whose parts UniDic reads as names or lacks (not ミンソク・ソン|理事: a name's second
                # part the dictionary reads as a noun)
            if last is not None and nxt is not None and nxt.pos1 not in _UNIT_POS and nxt.start == t.end:
                if t.surface in _JOINERS and ((nxt.pos3 == "人名") or _is_foreign_part(nxt)
                                              or _kana_particle_opens(seq, j + 1, t)) and \
                        (_is_foreign_part(last) or last.surface == "ー" or _KATAKANA.match(last.surface)) \
                        and not (t.surface in ("＝", "=") and not _is_foreign_part(nxt)):
                    # (not ナンバー・ルーキー＝菊池: ＝ joins the parts of a foreign name, not a label and a name)
                    parts.append(t)
                    j += 1
                    continue
                if t.pos1 == "空白" and (nxt.pos3 == "人名") and (last.pos3 == "人名") \
                        and not (nxt.pos4 == "姓" and any(p.pos4 == "姓" for p in parts)):
                    # (not 宮崎あおい　高岡蒼佑: a full name, then a surname after the space, are two people)
                    parts.append(t)
                    j += 1
                    continue
            break
        if not parts:
            return None
        tail = i + len(parts)
        if not rare and tail < n and len(seq[tail].surface) == 1 and self._name_tail(seq, parts, tail):
            parts.append(seq[i + len(parts)])   # 杉本功|司容疑者, 橋本環|奈さん: the given name's last kanji
        elif len(parts) == 1 and parts[0].pos4 == "姓":
            # 小島|琉|生氏, 野口|あかり氏, 菊地|心|愛氏
            parts.extend(self._unread_given_name(seq, i + 1) or self._one_kanji_pieces(seq, i + 1)
                         or self._listed_given_name(seq, i + 1))
        elif not rare and tail + 1 < n and parts[-1].pos4 == "名" and _HIRAGANA.match(parts[-1].surface) \
                and len(seq[tail].surface) == 1 and _HIRAGANA.match(seq[tail].surface) \
                and seq[tail].surface not in ("が", "を", "は", "へ", "で") \
                and seq[tail].start == parts[-1].end and seq[tail + 1].start == seq[tail].end \
                and ((self._suffix_at(seq, tail + 1)[1] and self._suffix_at(seq, tail + 1)[0] not in _REFLEXIVE)
                     or self._title_run(seq, tail + 1) is not None
                     or (seq[tail + 1].surface in ("・", "･") and self._role_after_dot(seq, tail + 1) is not None)):
            parts.append(seq[tail])   # 高木まこ|と|取締役, 原ゆり|か|・外相: a kana given name whose last kana UniDic read
            # as a particle
            # (not 森下あゆみ|も|自身: the particle, then a reflexive word)
            # (not 青木さやか|が|プロダンサー: the case particle, then a word that may be a title)
        last = i + len(parts) - 1
        lemma, width = self._suffix_at(seq, last + 1)
        # a katakana word the dictionary lacks, before a compound title (ジヤブ|常任理事): a foreign name
        titled = not width and len(parts) == 1 and not parts[0].known and _KATAKANA.match(parts[0].surface) \
            and len(parts[0].surface) >= 2 and (self._title_run(seq, last + 1) is not None or (
                len(parts[0].surface) >= 3 and last + 2 < n and seq[last + 1].pos2 == "数詞"
                and seq[last + 2].surface == "世" and seq[last + 1].start == parts[0].end
                and seq[last + 2].start == seq[last + 1].end))   # (ムムベルワ4世: the number of a monarch)
        if not width and len(parts) == 1 and not (parts[0].pos3 == "人名") and "・" not in parts[0].surface \
                and not titled:
            return None   # a loanword alone (スマートフォン): no name without a suffix
        if not width and not titled and (_loanword_compound(parts) or _glued_to_loanword(seq, i, parts)):
            return None   # バレンタイン|デー, タカラ|トミー: a name glued to a loanword, no name without a suffix
        if not width and not titled and last + 1 < n and seq[last + 1].start == parts[-1].end \
                and all(_KATAKANA.match(p.surface) for p in parts) and seq[last + 1].pos1 == "名詞" \
                and len(seq[last + 1].surface) == 1 and _HAN_ONLY.match(seq[last + 1].surface) \
                and seq[last + 1].surface not in self.lex.after_name and self._title_run(seq, last + 1) is None \
                and not self._org_follows(seq, last + 2):
            return None   # ゴールデン・グローブ|賞, ワールド|杯: a katakana name glued to a kanji noun names a thing
            # (ノルウェー・ノーベル|賞|委員会 is read whole as an organisation)
        stripped = self._strip_affiliation(parts)
        if len(stripped) == 1 and len(parts) > 1 and stripped[0].pos4 == "姓":
            # コーチ・野口|心|結氏: a surname after a title and a dot, and a given name UniDic splits
            more = self._unread_given_name(seq, last + 1) or self._one_kanji_pieces(seq, last + 1)
            if more:
                stripped = list(stripped) + list(more)
                last += len(more)
                lemma, width = self._suffix_at(seq, last + 1)
        parts = stripped
        if len(parts) > 1 and _INITIAL.match(parts[-1].surface) and all(
                p.known and p.pos2 == "普通名詞" and _KATAKANA.match(p.surface) for p in parts[:-1]):
            parts = parts[-1:]   # ロングヘアーKさん: a word that describes the person, then the initial they go by
        if len(parts) > 1 and not any(p.surface in _JOINERS for p in parts):
            k = next((x for x, p in enumerate(parts) if p.pos3 == "人名"), 0)
            if k and _HAN.search(parts[k].surface) and all(
                    p.known and _is_foreign_part(p) and p.pos2 == "普通名詞" for p in parts[:k]):
                parts = parts[k:]   # メダリスト早川蓮: a word before a kanji name
                k = 0
            if k and _is_foreign_part(parts[k]) and all(p.known and _is_foreign_part(p) and (
                    p.pos3 == "地名" or p.pos2 == "普通名詞") for p in parts[:k]) \
                    and not (k == 1 and len(parts[0].surface) <= 2) \
                    and not (k == 1 and len(parts) == 2 and len(parts[1].surface) <= 2
                             and parts[1].start == parts[0].end):
                # (but ジャ|ルネ: a short piece of the name; カムイ|ニン: two kana UniDic reads as a name end a longer one)
                if k == 1 and parts[0].pos2 == "普通名詞" and not width and not titled:
                    return None   # タカラ|トミー: one loanword glued before a name, no suffix: a company's name
                parts = parts[k:]   # パキスタンテロブット: a country and a noun glued before the name
        first = last - len(parts) + 1
        if first == i and i > 0 and seq[i - 1].end == parts[0].start and seq[i - 1].pos1 in ("助詞", "助動詞", "感動詞") \
                and _KATAKANA.match(seq[i - 1].surface) and _KATAKANA.match(parts[0].surface):
            parts.insert(0, seq[i - 1])   # サ|トミさん: a katakana name's first kana that UniDic read as a particle
            first -= 1
        elif first == i and i > 0 and seq[i - 1].end == parts[0].start and seq[i - 1].pos1 == "助詞" \
                and len(seq[i - 1].surface) == 1 and _HIRAGANA.match(seq[i - 1].surface) \
                and _HIRAGANA.match(parts[0].surface) and len(parts) == 1 and parts[0].pos4 == "名" \
                and (i == 1 or seq[i - 2].pos1 in ("EOL", "GAP") or seq[i - 2].surface in SENTENCE_END
                     or seq[i - 2].surface in ("「", "（", "(", "、")):
            parts.insert(0, seq[i - 1])   # ⏎の|りみさん: no particle opens a line; the kana is the name's first
            first -= 1
        elif first == i and i > 0 and parts[0].pos4 == "名" and len(parts) == 1 and self._surname_read_otherwise(
                seq, i - 1) and (width or self._title_run(seq, last + 1) is not None):
            parts.insert(0, seq[i - 1])   # 大分|賢治|防衛相: a surname UniDic reads as another word (だいぶ)
            first -= 1
        elif first == i and i > 1 and parts[0].pos4 in ("名", "姓") and len(parts) == 1 \
                and (width or self._title_run(seq, last + 1) is not None) \
                and (pieces := self._surname_in_odd_pieces(seq, i)):
            parts[:0] = pieces   # 若|一|光司氏: a surname UniDic reads as an adjective's stem and a numeral
            first -= len(pieces)
        eq = next((x for x, p in enumerate(parts) if p.surface in ("＝", "=")), None)
        if eq and eq + 1 < len(parts) and all(p.known and p.pos2 == "普通名詞" for p in parts[:eq]):
            first += eq + 1   # プロレスラー＝クラッシュギャルズ: what the one named does, then ＝ and the name
            parts = parts[eq + 1:]
        has_name = any((p.pos3 == "人名") for p in parts) or (eq is not None and first > i)
        segments = [x for x in _NAME_JOINERS.split("".join(p.surface for p in parts)) if x]
        # (シン･ウンサン, ニバル＝ドゥヴアール: the half-width dot and the double hyphen part a name as ・ does)
        katakana_name = len(segments) >= 2 and all(_KATAKANA.match(x) for x in segments) \
            and (all(len(x) >= 2 for x in segments) or (max(len(x) for x in segments) >= 2 and (
                width or self._title_run(seq, last + 1) is not None))) \
            and not any(p.lemma in self.lex.sources for p in parts)
        regnal = last + 2 < n and seq[last + 1].pos2 == "数詞" and seq[last + 2].surface == "世" \
            and seq[last + 1].start == seq[last].end and seq[last + 2].start == seq[last + 1].end \
            and _KATAKANA.match(parts[-1].surface)
        if not has_name and not katakana_name and len(parts) == 2 and parts[0].pos3 == "地名" \
                and parts[0].pos4 != "国" and parts[1].pos2 == "普通名詞" and parts[1].start == parts[0].end \
                and _KATAKANA.match(parts[0].surface) and _KATAKANA.match(parts[1].surface) \
                and ((width and self.lex.suffixes.get(lemma) in ROLE_KINDS)
                     or (not width and self._title_run(seq, last + 1) is not None)):
            has_name = True   # ラウ|バー|検事総長, ラウ|バー|事務総長: a katakana name UniDic reads as a place glued to
            # a loanword, before a title (a place alone before it is a club's or a city's: バルセロナ会長)
        if not has_name and not width and not katakana_name and not titled:
            return None
        if katakana_name and not has_name and not width and not titled and last + 1 < len(seq) \
                and seq[last + 1].surface == "『" and seq[last + 1].start == seq[last].end \
                and all(p.known and p.pos2 == "普通名詞" for p in parts if p.surface not in _JOINERS):
            return None   # サスペンス・アクション『…』: common words before the title of a work, its genre
        if not has_name and width and len(parts) == 1 and _KATAKANA.match(parts[0].surface) \
                and len(parts[0].surface) >= 2 and parts[0].pos2 == "普通名詞" and parts[0].known \
                and (lemma in self.lex.word_classes["state_office"]
                     or (lemma in self.lex.word_classes["player_title"] and len(parts[0].surface) >= 3
                         and _HAN.search(parts[0].lemma))):
            has_name = True   # ストロー外相: a foreign person's name UniDic reads as a common noun (straw); コバチ監督:
            # katakana UniDic reads as a native word written in kanji (小蜂), before a title
        if not has_name and not katakana_name and \
                all(p.known and (p.pos2 == "普通名詞" or p.pos3 == "地名") for p in parts if p.surface not in _JOINERS):
            if width and self.lex.suffixes.get(lemma) in ROLE_KINDS:   # バルサ会長: a role, not a name
                m, end = self._finish(text, seq, first, last, None, "role")
                kind = "role" if self.lex.suffixes.get(lemma) == "title" else "anonymous"
                return Mention(m.text, m.start, m.end, None, kind, m.title, lemma, m.marker, m.index, m.first), end
            return None
        name = "".join(p.surface for p in parts if p.pos1 != "空白").replace(" ", "")
        if not name.strip("・･＝="):
            return None
        name = name.rstrip("・･")   # ベーナズィール・ブットー・元首相: the dot before the title is no part of the name
        if len(name) > 2 and name[-1] in ("氏", "様") and (parts[-1].pos3 == "人名") and len(parts[-1].surface) > 1:
            name = name[:-1]   # UniDic sometimes glues the honorific to a given name: 高木 豊氏
        if width and lemma in ("ちゃん", "くん") and len(name) <= 2 and _HIRAGANA.match(name):
            name += lemma  # なっちゃん, まんべくん: the suffix belongs to the nickname
        kanji_parts = tuple(p.surface for p in parts if (p.pos3 == "人名") and p.pos4 in ("姓", "名"))
        if len(parts) > 2 and len(parts[0].surface) <= 2 and _HAN_ONLY.match(parts[0].surface) \
                and parts[0].pos3 != "人名" and parts[1].pos4 == "姓" and parts[1].start == parts[0].end:
            # 十倉|みゆき, 次原|悦子, 海老沼|匡: a surname whose first kanji UniDic read as a word of its own (躑躅|森|晶:
            # or its first two)
            kanji_parts = (parts[0].surface + parts[1].surface,) + kanji_parts[1:]
        elif len(parts) == 2 and 2 <= len(parts[0].surface) <= 3 and _HAN_ONLY.match(parts[0].surface) \
                and parts[0].pos2 == "普通名詞" and parts[0].pos3 == "一般" and parts[1].pos4 == "名" \
                and parts[1].start == parts[0].end:
            kanji_parts = (parts[0].surface, parts[1].surface)   # 寒竹|ゆり: a surname UniDic reads as a common
            # noun, so that 寒竹 alone later is this name (not 完敗|沙織 in a headline: a verbal noun)
        if parts[-1].surface in ("Jr", "Sr") and len(parts) > 1 and last + 1 < n \
                and seq[last + 1].surface in (".", "．") and seq[last + 1].start == seq[last].end:
            last += 1   # ロバート・ダウニーJr.は: the dot of a son's suffix closes the name (no sentence end)
        if regnal:
            # エリザベス2世, ダライ・ラマ14世: the number of a monarch or a lama is part of the name
            name += seq[last + 1].surface + "世"
            last += 2
        if not width and last + 2 < n and _HAN.search(name) and (parts[-1].pos4 == "名" or not parts[-1].known):
            b = seq[last + 1]
            if b.start == seq[last].end and 2 <= len(b.surface) <= 3 and _HAN_ONLY.match(b.surface) \
                    and b.pos1 == "名詞" and b.pos3 != "人名":
                title, end = self._body_title_across(seq, b, last + 2)
                if title is not None:   # 福田|瑚|都県|警|本部|長: 福田瑚都, 県警本部長
                    m, end = self._finish(text, seq, first, end, name + b.surface[:-1], "person")
                    return m._replace(title=title, role=title), end
                title, end = self._suffix_across(seq, b, last + 2)
                if title is not None and parts[-1].pos4 == "名":   # 李|明|華氏: 李明華, 氏
                    m, end = self._finish(text, seq, first, end, name + b.surface[0], "person")
                    role = title if self.lex.suffixes.get(title) in ROLE_KINDS else m.role
                    return m._replace(title=title, role=role), end
        return self._finish(text, seq, first, last, name, "person",
                            parts=kanji_parts if len(kanji_parts) > 1 else ())

    def _surname_in_odd_pieces(self, seq, i):
        """Before a given name at unit ``i``: two one-kanji pieces glued to it that no common noun reads (an
        adjective's stem, a numeral, a prefix: 若|一), after の, a comma, a dot or a line's start; or pieces of two
        or three kanji in all that open with a numeral, where UniDic reads them and the given name, written as a name,
        as a surname and a given name (九十|九|湊, 百|目|鬼|航: see :meth:`Tokenizer.name_halves`). The pieces, or ()."""
        pieces = self._numeral_surname(seq, i)
        if pieces or seq[i].pos4 != "名":
            return pieces
        a, b = seq[i - 2], seq[i - 1]
        if not (a.end == b.start and b.end == seq[i].start and len(a.surface) == 1 and len(b.surface) == 1
                and _HAN_ONLY.match(a.surface) and _HAN_ONLY.match(b.surface)):
            return ()
        odd = lambda t: t.pos1 in ("形容詞", "形状詞", "接頭辞") or (t.pos1 == "名詞" and t.pos2 == "数詞")
        if not (odd(a) and odd(b)) or a.surface in self.lex.after_name or b.surface in self.lex.title_fields:
            return ()
        before = seq[i - 3] if i >= 3 else None
        if before is not None and not (before.pos1 in ("EOL", "GAP") or before.surface in ("の", "、", "・", "「")):
            return ()
        return (a, b)

    def _numeral_surname(self, seq, i):
        """The pieces glued before the name at unit ``i`` (two or three kanji in all, the first a numeral, nothing
        nounish glued before them) that UniDic, reading them with that name written as a name, takes for the surname
        (九十|九 before 湊, 百|目|鬼 before 航; see :meth:`Tokenizer.name_halves`); or ()."""
        if self.name_halves is None:
            return ()
        k = i
        while k > 0 and i - k < 3 and seq[k - 1].end == seq[k].start and _HAN_ONLY.match(seq[k - 1].surface) \
                and seq[i].start - seq[k - 1].start <= 3:
            k -= 1
            if seq[k].pos2 == "数詞" and seq[k].surface[0] in _SURNAME_NUMERALS:
                before = seq[k - 1] if k else None
                if (before is None or before.end != seq[k].start or before.pos1 not in _NOUNISH) \
                        and seq[i].start - seq[k].start >= 2:
                    word = "".join(t.surface for t in seq[k:i + 1])
                    if self.name_halves(word) == (word[:seq[i].start - seq[k].start], seq[i].surface):
                        return tuple(seq[k:i])
        return ()

    def _surname_read_otherwise(self, seq, k):
        """Whether ``seq[k]``, glued before a given name, is a surname of two or three kanji that UniDic reads as an
        adverb or a common noun (大分: だいぶ), and no word of the tables; nothing glued before it."""
        t = seq[k]
        lex = self.lex
        if not (2 <= len(t.surface) <= 3 and _HAN_ONLY.match(t.surface)) or t.pos1 not in ("副詞", "名詞") \
                or t.pos2 in ("数詞", "固有名詞") or t.pos3 in ("副詞可能", "助数詞可能") or t.end != seq[k + 1].start:
            return False
        if k > 0 and seq[k - 1].end == t.start and seq[k - 1].pos1 in _NOUNISH:
            return False
        return not any(t.surface in words or t.lemma in words for words in (
            lex.suffixes, lex.title_heads, lex.after_name, lex.title_fields, lex.title_bodies, lex.sources, lex.orgs))

    def _kana_name_after_role(self, seq, i):
        """Whether seq[i] is a name written in katakana that UniDic reads as a native word (スギ as 杉, ユリ as 百合),
        glued to an honorific (さん, ちゃん, くん, 氏) and set after what the person is and の or ・ (お笑い芸人・スギ
        ちゃん, 主婦のユリさん, 学生のサヤさん): the apposition makes it a person's name (not 飼い猫のネコちゃん, nor
        近所のオバさん: no word for a person before it, or a way to call someone)."""
        tok, lex = seq[i], self.lex
        if not (tok.pos1 == "名詞" and tok.pos2 == "普通名詞" and 2 <= len(tok.surface) <= 6
                and _KATAKANA.match(tok.surface) and tok.lemma and not _KATAKANA.match(tok.lemma.split("-")[0])
                and i + 1 < len(seq) and seq[i + 1].start == tok.end
                and seq[i + 1].surface in _HONORIFICS_AFTER_NICKNAMES):
            return False
        if tok.lemma in lex.sources or tok.surface in lex.sources or tok.lemma in lex.word_classes["calling"] \
                or tok.lemma in lex.suffixes or tok.lemma in lex.title_heads:
            return False
        role = seq[i - 2]
        occupation = lex.word_classes["occupation"]
        return role.end == seq[i - 1].start and (
            role.surface in occupation or role.lemma in occupation or role.lemma in lex.sources
            or role.surface in lex.sources or role.lemma in lex.title_heads)

    def _kanji_name_after_role(self, seq, i):
        """Whether seq[i] is a surname UniDic reads as a common noun (公文), of two or three kanji, set after what the
        person is and ・ (高知高校の投手・公文は) and marked as a subject: the apposition makes it a name (not 投手・野手が:
        a word of the tables, nor a verbal noun, 監督・采配)."""
        tok, lex = seq[i], self.lex
        if not (i >= 2 and seq[i - 1].surface == "・" and tok.pos1 == "名詞" and tok.pos2 == "普通名詞"
                and tok.pos3 == "一般" and 2 <= len(tok.surface) <= 3 and _HAN_ONLY.match(tok.surface)
                and i + 1 < len(seq) and seq[i + 1].surface in ("は", "が", "も") and seq[i + 1].pos1 == "助詞"):
            return False
        if lex.table_word(tok):
            return False
        role = seq[i - 2]
        occupation = lex.word_classes["occupation"]
        return role.end == seq[i - 1].start and (
            role.surface in occupation or role.lemma in occupation or role.surface in lex.word_classes["player_title"]
            or role.lemma in lex.title_heads or role.surface in lex.title_heads)

    def _katakana_title(self, seq, j):
        """Whether a title of the tables written in katakana starts at seq[j] (ヘッド|コーチ; not ソン|長官)."""
        run = self._title_run(seq, j)
        return run is not None and run[0] in self.lex.title_heads and _KATAKANA.match(run[0]) is not None

    def _one_kanji_pieces(self, seq, j, names=False):
        """After a surname at ``seq[j - 1]``: a given name UniDic reads as one-kanji words of any kind (颯|真: an adverb
        and a prefix; 心|愛: a prefix and a noun; 柚|葉: a noun and a surname), one or two of them, glued, followed by
        an honorific or a title. The first may be a name UniDic knows only with ``names`` (安田|陽|翔, after a
        surname UniDic reads as a proper noun of another kind: no name run takes the surname in then).
        The tokens, or () when there is none."""
        lex = self.lex
        toks = []
        k = j
        while k < len(seq) and len(toks) < 2 and seq[k].start == seq[k - 1].end:
            t = seq[k]
            if len(t.surface) != 1 or not _HAN_ONLY.match(t.surface) or (t.pos3 == "人名" and not toks and not names) \
                    or t.pos1 not in ("名詞", "接頭辞", "副詞", "形状詞", "接尾辞", "記号") or t.pos2 == "数詞" \
                    or t.surface in lex.suffixes or t.surface in lex.title_heads or t.surface in lex.after_name \
                    or t.surface in lex.title_bodies or t.lemma in lex.sources or self._suffix_at(seq, k)[1]:
                break
            toks.append(t)
            k += 1
        for size in range(len(toks), 0, -1):
            k = j + size
            if self._suffix_at(seq, k)[1] or self._title_run(seq, k) is not None or (
                    size == 2 and k < len(seq) and seq[k].surface in self._channel and seq[k].start == seq[k - 1].end):
                # (三浦|皇|成|オフィシャルブログ: two pieces before the page the name writes in)
                sfx = self._suffix_at(seq, k)
                if size == 1 and (toks[0].pos1 in ("名詞", "接尾辞") or (sfx[1] and len(sfx[0] or "") < 2)):
                    # one kanji UniDic reads as a noun: _name_tail and _unread_given_name decide; one read as a
                    # suffix, or before a one-kanji suffix, opens a title (中西|場|長); but 辻|颯|副町長: an adverb
                    # before a compound title is the given name
                    return ()
                return tuple(toks[:size])
        return ()

    def _listed_given_name(self, seq, j):
        """After a surname at ``seq[j - 1]``, in a list of names: one kanji UniDic reads as a common noun, glued, then
        a comma and another person's full name (早川|漣、蟹江美貴): the given name (not 藤井|役・大倉忠義, a dot
        joins a part to its actor). () when there is none."""
        if j + 2 >= len(seq):
            return ()
        t, sep, nxt = seq[j], seq[j + 1], seq[j + 2]
        if len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos1 == "名詞" and t.pos2 == "普通名詞" \
                and t.start == seq[j - 1].end and sep.surface == "、" and sep.start == t.end \
                and nxt.pos4 == "姓" and nxt.start == sep.end and j + 3 < len(seq) and seq[j + 3].pos4 == "名" \
                and t.surface not in self._title_or_source and t.surface not in self.lex.after_name \
                and t.surface not in self.lex.title_bodies:
            return (t,)
        return ()

    def _unread_given_name(self, seq, j):
        """After a surname, a given name UniDic does not read as one: kanji it lacks or reads as symbols (琉|生),
        or kana it reads as a common noun (あかり), glued and of one to three characters, followed by an honorific,
        a title or a reading in brackets. The tokens, or () when there is none."""
        toks = []
        k = j
        if k + 2 < len(seq) and seq[k].start == seq[k - 1].end and seq[k + 1].start == seq[k].end \
                and seq[k + 2].start == seq[k + 1].end:
            t, p = seq[k], seq[k + 1]
            lex = self.lex
            if len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos1 == "名詞" and t.pos2 == "普通名詞" \
                    and t.surface not in self._title_or_source \
                    and ((p.pos1 == "接頭辞" and len(p.surface) == 1 and _HAN_ONLY.match(p.surface)
                          and p.surface not in lex.after_name and p.surface not in lex.title_fields)
                         or (p.pos2 == "数詞" and p.surface in _NAME_NUMERALS)
                         or (p.pos1 == "助動詞" and len(p.surface) == 1 and _HAN_ONLY.match(p.surface))) \
                    and (self._suffix_at(seq, k + 2)[1] or self._title_run(seq, k + 2) is not None):
                # a given name read as a noun and a prefix that opens no title (岩崎|煌|大|財務相), a noun and a
                # numeral (千葉|真|一|町長), or a noun and a kanji read as an auxiliary verb (大川|朔|也|氏: なり),
                # before a title or an honorific
                return (t, p)
        if k + 1 < len(seq) and seq[k].start == seq[k - 1].end and seq[k + 1].start == seq[k].end:
            t = seq[k]
            lex = self.lex
            lemma, width = self._suffix_at(seq, k + 1)
            if t.pos3 == "地名" and t.pos4 != "国" and len(t.surface) == 2 and _HAN_ONLY.match(t.surface) \
                    and width and lex.suffixes.get(lemma) == "honorific" and lemma not in _REFLEXIVE:
                return (t,)   # 片山|右京|さん: a given name UniDic reads as a place, before an honorific
            after = k + 1 + width
            # a title of the tables that is no department's head (not 鈴木|人事|課長), or an honorific, ending the
            # noun phrase
            if not width and lex.title_heads.get(seq[k + 1].surface) == "title" and len(seq[k + 1].surface) >= 2:
                lemma, width, after = seq[k + 1].surface, 1, k + 2   # 長谷川|蒼空|会頭: a title head of one word
            one_word = width >= 1 and (lex.suffixes.get(lemma) in ("title", "honorific")
                                       or lex.title_heads.get(lemma) == "title") \
                and not lemma.endswith(lex.desk_heads) and not (
                    after < len(seq) and seq[after].pos1 in _NOUNISH and seq[after].start == seq[after - 1].end)
            run = self._title_run(seq, k + 1)
            first = seq[k + 1]
            # a compound title after it that opens with a field of the tables (国土交通政務官; not 中西|政策調査会長,
            # 伊吹|文科|相, whose first word may be the title's)
            compound = run is not None and len(run[0]) >= 3 and (
                first.surface in lex.title_fields or first.surface in lex.title_bodies or first.pos1 == "接頭辞"
                or first.surface in lex.suffixes or run[0] in lex.title_heads)   # 国土交通政務官, 都議, 副総裁,
            # 社長兼CEO, 遊撃手 (a head of the tables UniDic reads in two words)
            suffix_read = len(t.surface) == 1 and t.pos1 == "接尾辞" and t.surface not in lex.suffixes \
                and t.surface not in lex.title_heads and t.surface not in lex.after_name \
                and t.surface not in lex.title_bodies   # 片岡|樹|副会長: a given name UniDic reads as a suffix
            # (after a given name read as a suffix, any compound title that opens with a word of two characters
            # or more: 片岡|樹|経理部長, 片岡|樹|ゴールキーパー; or a title of one word: 岩田|樹|監督, 岩田|樹|関脇)
            long_title = run is not None and len(run[0]) >= 3 and first.pos1 == "名詞" and len(first.surface) >= 2
            # an assembly member's title (都議, 市議, 議員): no field of two characters opens it but those of the
            # tables (衆院, 国会), so a common noun before it is the given name (藤田|蒼空|都議)
            assembly = width >= 1 and lex.suffixes.get(lemma) == "member" \
                and (lemma == "議員" or (len(lemma) == 2 and lemma[1] == "議")) \
                and t.surface not in lex.title_fields and t.surface not in lex.title_bodies
            if assembly and len(t.surface) == 2 and t.pos1 == "名詞" and t.pos2 == "普通名詞" and t.pos3 == "一般" \
                    and _HAN_ONLY.match(t.surface) and t.surface not in self._title_or_source \
                    and t.surface not in lex.orgs:
                return (t,)
            if len(t.surface) in (1, 2) and _HAN_ONLY.match(t.surface) and ((suffix_read and (
                    compound or long_title or one_word)) or (
                    t.pos1 == "名詞" and t.pos2 == "普通名詞"
                    and (t.pos3 == "一般" or (t.pos3 == "形状詞可能" and len(t.surface) == 2 and one_word)))) \
                    and (one_word or compound or (
                        len(t.surface) == 2 and t.pos3 == "一般" and run is not None and len(run[0]) >= 3
                        and self.is_given_name is not None and self.is_given_name(t.surface)) or (
                        len(t.surface) == 1 and (
                        (run is not None and (run[1] == k + 2 or len(seq[k + 1].surface) >= 2))
                        or (width >= 1 and lex.suffixes.get(lemma) == "member"
                                                                  and not lemma.endswith(lex.desk_heads))))) \
                    and t.surface not in self._title_or_source and t.surface not in lex.orgs:
                # 松沢|成文|知事, 藤田|蒼空|国土交通政務官, 岩田|煌|氏: a given name UniDic reads as a common noun,
                # before an honorific, a title of the table, or a compound title that opens with a field of the tables;
                # of one kanji also before a title of one word (岩田|煌|外相, 岩田|煌|教授; not 高橋|礼|華|選手); of two
                # that UniDic also reads alone as a given name, before any compound title (鎌倉|大樹|欧州委員長; not
                # 中西|政策|調査会長)
                return (t,)
        kana = self._kana_given_name(seq, j) or self._kana_ko_given_name(seq, j)
        if kana:
            return kana
        while k < len(seq) and len(toks) < 3 and seq[k].start == seq[k - 1].end:
            t = seq[k]
            if t.pos1 in _UNIT_POS or t.pos3 == "人名" or t.surface in self.lex.suffixes \
                    or t.surface in self.lex.title_heads or t.surface in self.lex.after_name:
                break
            nxt = seq[k + 1] if k + 1 < len(seq) else None
            suffix_piece = t.pos1 == "接尾辞" and len(t.surface) == 1 and _HAN_ONLY.match(t.surface) \
                and t.surface not in self.lex.title_bodies and t.surface not in self.lex.suffixes
            if not ((_HAN_ONLY.match(t.surface) and (t.pos1 == "記号" or not t.known))
                    or (_HIRAGANA.match(t.surface) and t.pos1 == "名詞")
                    or (not toks and len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos1 in ("副詞", "接頭辞")
                        and nxt is not None and nxt.start == t.end
                        and self._honorific_at(seq, k + 1))
                    # (山本|颯|氏, 張|偉|氏: a one-kanji given name UniDic reads as an adverb or a prefix, before an
                    # honorific; not 桑原|颯|真: two pieces, read below)
                    or (not toks and suffix_piece and t.surface not in _ADMIN and t.surface not in self.lex.title_heads
                        and nxt is not None and nxt.start == t.end
                        and self._honorific_at(seq, k + 1))
                    # (山口|響|氏: a one-kanji given name UniDic reads as a suffix, before an honorific)
                    or (not toks and _HIRAGANA.match(t.surface) and t.pos1 == "動詞" and 2 <= len(t.surface) <= 4
                        and t.cform.startswith(("終止形", "連体形")))   # 岸本|あゆむ|議員: a kana given name read as a verb
                    or (toks and len(toks) == 1 and len(toks[0].surface) == 1 and suffix_piece)
                    or (not toks and len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos1 == "名詞"
                        and t.pos2 == "普通名詞" and nxt is not None and nxt.start == t.end and nxt.pos1 == "接尾辞"
                        and len(nxt.surface) == 1 and nxt.surface not in self.lex.title_bodies
                        and nxt.surface not in self.lex.suffixes)):
                break   # a kanji word the dictionary knows (山本|裁判|官) is no unread given name (but 琉|生, 正|人:
                # one kanji, then one UniDic reads as a suffix)
            toks.append(t)
            k += 1
        for size in range(len(toks), 0, -1):   # the longest that a title or an honorific follows
            head = toks[:size]
            if sum(len(t.surface) for t in head) > 3:
                continue
            if any(_HIRAGANA.match(t.surface) for t in head) and not all(_HIRAGANA.match(t.surface) for t in head):
                continue
            k = j + size
            if self._suffix_at(seq, k)[1] or self._title_run(seq, k) is not None or self._reading_paren(seq, k):
                return tuple(head)
        return ()

    def _kana_given_name(self, seq, j):
        """After a surname, a given name in hiragana that UniDic reads as words of other kinds, even particles
        (渡辺|か|な|で|氏: 奏で; 上野|しずか|氏: 静か; 井上|いたる|氏: 至る), glued, of two to four characters, and
        followed right away by an honorific (氏, さん): the tokens, or ()."""
        toks = []
        k = j
        lex = self.lex
        while k < len(seq) and len(toks) < 4 and seq[k].start == seq[k - 1].end and _HIRAGANA.match(seq[k].surface) \
                and seq[k].pos1 not in ("EOL", "GAP") and not (
                    seq[k].pos1 == "接尾辞" and (toks or seq[k].surface in lex.suffixes or seq[k].surface in lex.after_name
                                                 or seq[k].lemma in ("達", "たち", "等", "ら"))):
            # (大谷|こ|はる|氏: the first piece may be a suffix that is no honorific and no plural; not さん, たち)
            toks.append(seq[k])
            k += 1
            size = sum(len(t.surface) for t in toks)
            if size > 4:
                return ()
            if size >= 2 and k < len(seq) and seq[k].start == seq[k - 1].end \
                    and not (len(toks) == 1 and toks[0].pos1 == "名詞") \
                    and (self._honorific_at(seq, k)
                         or ((self._title_run(seq, k) is not None
                              or lex.suffixes.get(self._suffix_at(seq, k)[0]) in ROLE_KINDS)
                             and not any(t.pos1 == "助詞" or (t.pos1 == "助動詞" and toks[0].pos1 != "接尾辞")
                                         for t in toks))):
                # (one noun: the loop below reads it; before a title only words that are no particles: not
                # 山田か|社長: a choice)
                return tuple(toks)
        return ()

    def _kana_ko_given_name(self, seq, j):
        """After a surname, a given name of one to three hiragana and 子 (or another kanji that ends given names:
        実, 香, 江…) that UniDic reads in pieces of any kind (真木|よう|子|さん: 様 and a suffix; 田中|みな|実|アナ: 皆 and
        a noun), glued and followed by an honorific, a title or a reading in brackets: the tokens, or ()."""
        toks = []
        k = j
        while k < len(seq) and len(toks) < 3 and seq[k].start == seq[k - 1].end and _HIRAGANA.match(seq[k].surface) \
                and seq[k].pos1 not in ("EOL", "GAP"):
            toks.append(seq[k])
            k += 1
        if not toks or not 1 <= sum(len(t.surface) for t in toks) <= 3 or k + 1 >= len(seq) \
                or seq[k].surface not in _KANA_NAME_ENDS or seq[k].start != seq[k - 1].end \
                or seq[k + 1].start != seq[k].end:
            return ()
        if any(t.pos1 == "助詞" and t.surface in _CASE_PARTICLES for t in toks):
            return ()   # 山田が|子 ...: a particle closes the surname's phrase
        if self._suffix_at(seq, k + 1)[1] or self._title_run(seq, k + 1) is not None or self._reading_paren(seq, k + 1):
            return tuple(toks) + (seq[k],)
        return ()

    def _apposed_common_name(self, seq, i, run, kind_of):
        """Whether ``run`` (kanji words UniDic reads as common nouns) is a name given in apposition: after a title
        and の or ・ (社長の, 監督・), before an honorific (氏, さん), of two words and three or four characters, or of
        three or four words and up to five characters whose last is a noun of one or two (論説主幹の百|目|鬼|航氏)."""
        if kind_of != "honorific" or not 2 <= len(run) <= 4 or i < 2 or not all(
                (t.pos1 == "名詞" or (t.pos1 == "接尾辞" and x > 0)) and _HAN_ONLY.match(t.surface) and t.known
                for x, t in enumerate(run)):
            return False   # (百|目|鬼|航氏: a rare surname UniDic reads as a numeral, a counter and a suffix)
        if len(run) > 2 and (run[-1].pos1 != "名詞" or run[-1].pos2 == "数詞" or len(run[-1].surface) > 2):
            return False
        if not 3 <= sum(len(t.surface) for t in run) <= (4 if len(run) == 2 else 5) or any(
                t.lemma in self.lex.sources or t.surface in self.lex.title_heads for t in run):
            return False
        if seq[i - 1].surface not in ("の", "・"):
            return False
        before = seq[i - 2]
        return before.surface in self.lex.title_heads or before.lemma in self.lex.title_heads \
            or self.lex.suffixes.get(before.lemma) in ROLE_KINDS

    def _common_surname(self, seq, i):
        """Whether seq[i], a kanji word UniDic reads as a common noun (剛力, 合田), is a surname or its first kanji: it
        starts a noun phrase and a given name follows it directly (剛力彩芽, 合田真奈美), or a one-kanji surname and a
        given name do (勘|坂|康弘). Not a word of time (それ以来|奈々子さん)."""
        t = seq[i]
        # 桐|渉|駐米大使: a one-kanji surname and a one-kanji given name, before a title
        titled = i + 2 < len(seq) and len(t.surface) == 1 and len(seq[i + 1].surface) == 1 \
            and seq[i + 1].pos4 == "名" and (self._suffix_at(seq, i + 2)[1] or self._title_run(seq, i + 2) is not None)
        if i + 1 >= len(seq) or t.pos1 != "名詞" or t.pos2 != "普通名詞" or len(t.surface) > 2 \
                or t.pos3 == "副詞可能" \
                or not (_KANJI_SURNAME.match(t.surface) or (len(t.surface) == 1 and _HAN_ONLY.match(t.surface)
                                                             and (seq[i + 1].pos4 == "姓" or titled)
                                                             and t.pos3 == "一般")):
            return False
        nxt = seq[i + 1]
        if nxt.pos4 == "姓" and len(nxt.surface) == 1 and nxt.start == t.end \
                and i + 2 < len(seq) and seq[i + 2].pos4 == "名" and seq[i + 2].start == nxt.end \
                and (len(t.surface) == 1 or self._rare_surname_head(seq, i)):
            nxt = seq[i + 2]   # 勘|坂|康弘: one kanji UniDic reads as a word, then a one-kanji surname and a given name
        elif nxt.pos3 != "人名" or nxt.pos4 != "名" or nxt.start != t.end or (len(nxt.surface) < 2 and not titled):
            return False
        lex = self.lex
        if t.lemma in lex.sources or t.surface in lex.sources or t.surface in lex.suffixes \
                or t.surface in lex.title_heads or t.lemma in lex.cues:
            return False
        prev = seq[i - 1] if i > 0 else None
        return prev is None or prev.end != t.start or prev.pos1 not in _NOUNISH

    def _rare_surname_head(self, seq, i):
        """躑躅|森|晶氏: a rare surname UniDic reads as a common noun of two kanji and a one-kanji surname, before a
        given name and an honorific or a title (or a dot and more words: 躑躅森晶・北浜会長). Not a word for what a
        person does or for people (俳優|森|晶さん)."""
        t = seq[i]
        classes = self.lex.word_classes
        if t.pos3 != "一般" or any(t.lemma in classes[c] or t.surface in classes[c] for c in ("occupation", "people")):
            return False
        j = i + 4 if i + 4 < len(seq) and seq[i + 3].surface in ("・", "･") else i + 3   # (躑躅森晶・外信部長)
        return j < len(seq) and seq[i + 3].start == seq[i + 2].end and (
            bool(self._suffix_at(seq, j)[1]) or self._title_run(seq, j) is not None
            or (j > i + 3 and seq[j].pos1 in _NOUNISH))

    def _split_surname(self, seq, i):
        """角|居|勝彦: a surname of two kanji that UniDic reads as two words (a one-kanji common noun, then a kanji
        it reads as a verb, a noun or a suffix), glued to a given name of two or more characters that UniDic knows,
        at the start of a noun phrase."""
        a, b, c = seq[i], seq[i + 1], seq[i + 2]
        known_given = c.pos4 == "名" and c.pos3 == "人名"
        # (國|中|均氏, 日|詰|真里さん, 平|中|亮太監督: a first kanji UniDic reads as a word of time or a place, before a
        # given name it knows; of one kanji only before an honorific or a title)
        first_ok = a.pos3 == "一般" and a.pos2 == "普通名詞" or known_given and (
            (a.pos2 == "普通名詞" and a.pos3 == "副詞可能" and len(c.surface) >= 2
             and not (i > 0 and seq[i - 1].pos1 == "連体詞"))   # (not その|後|柚|希ちゃん: a word of time)
            or (a.pos3 == "地名" and a.pos4 != "国"))
        if not (len(a.surface) == 1 and len(b.surface) == 1 and a.pos1 == "名詞" and first_ok
                and b.pos3 != "人名" and b.pos1 in ("名詞", "動詞", "接尾辞") and b.pos2 != "数詞"
                and _HAN_ONLY.match(a.surface) and _HAN_ONLY.match(b.surface)
                and (len(c.surface) >= 2 or (known_given and i + 3 < len(seq) and seq[i + 3].start == c.end and (
                    self._honorific_at(seq, i + 3)
                    or self._title_run(seq, i + 3) is not None)))
                and b.start == a.end and c.start == b.end):
            return False
        if c.pos4 != "名":
            # 幸|山|政史市長: a given name UniDic reads as a common noun, after a surname whose second kanji it reads
            # as a suffix, only before a title
            if not (b.pos1 == "接尾辞" and len(c.surface) == 2 and _HAN_ONLY.match(c.surface) and c.pos2 == "普通名詞"
                    and c.surface not in self.lex.title_fields and seq[i + 3].start == c.end
                    and c.surface not in self.lex.suffixes and c.surface not in self.lex.title_heads
                    and (self._title_run(seq, i + 2) or ("",))[0] not in self.lex.title_heads
                    # (not 森|力|議員団長: a title of the tables opens there)
                    and (self._suffix_at(seq, i + 3)[1] or self._title_run(seq, i + 3) is not None)):
                return False
        lex = self.lex
        if any((x in lex.title_bodies and not (known_given and len(c.surface) >= 2)) or x in lex.after_name
               or x in lex.suffixes or x in lex.sources for x in (a.surface, b.surface)):
            return False   # (but 茶|村|俊一社長: a body's kanji before a given name UniDic knows is the surname's)
        prev = seq[i - 1] if i > 0 else None
        return prev is None or prev.end != a.start or prev.pos1 not in _NOUNISH

    def _name_tail(self, seq, parts, j):
        """Whether ``seq[j]``, one kanji glued to a surname and given name (or to a surname before a reading in
        brackets), is the given name's last character that UniDic read as a word (or a symbol: 西山祐|典氏) of its
        own: 杉本功|司容疑者, 佐野譲|顕制作局長, 橋本環|奈さん, 松田|元（はじめ）. It must be followed by a title, an
        honorific, a reading in brackets, or (after a given name) a particle."""
        if j + 1 >= len(seq) or not parts or parts[-1].pos3 != "人名":
            return False
        t = seq[j]
        titled = parts[-1].pos4 == "名" and (self._suffix_at(seq, j + 1)[1] or self._title_run(seq, j + 1) is not None)
        numeral = t.pos2 == "数詞" and t.surface in _NAME_NUMERALS and titled   # 德永裕|二|町長: 裕二, read as 裕 and 二町
        stem = t.pos1 == "動詞" and t.cform.startswith("連用形") and titled   # 桑原祐|示|会長: 祐示, 示 read as 示す
        if len(t.surface) != 1 or not _RARE_HAN.match(t.surface) or t.start != parts[-1].end \
                or (t.pos1 not in ("名詞", "接尾辞", "接頭辞", "記号") and not stem) or t.pos3 == "人名" \
                or (t.pos2 == "数詞" and not numeral) \
                or t.surface in self.lex.suffixes or (t.lemma in self.lex.sources and not titled):
            return False
        if t.pos1 == "接頭辞" and not (t.surface not in self.lex.after_name and (
                self._suffix_at(seq, j + 1)[1] or (
                    (seq[j + 1].surface in self.lex.title_fields or seq[j + 1].surface in self.lex.after_name)
                    and self._title_run(seq, j + 1) is not None))):
            return False   # 加藤智|大容疑者, 仲井真弘|多知事, 平野律|希|防衛相: a kanji read as a prefix, before a
            # suffix of the table or a compound title opening with a field
        if t.surface in self.lex.after_name and not (j + 1 < len(seq) and seq[j + 1].surface in _PAREN_OPEN) \
                and (self.lex.suffixes.get(self._suffix_at(seq, j + 1)[0]) != "honorific"
                     or t.surface in _PERSON_PREFIXES):   # (but 賢治|元|被告: the former defendant)
            return False   # 相田勲前社長; but 松田元（はじめ） is a name with its reading, and 小林遼|次|氏 one before an
            # honorific
        if self._suffix_at(seq, j)[1] > 1:
            return False   # 健司|学|部|長: a title of several words starts here
        if parts[-1].surface[-1] + t.surface in self.lex.title_heads:
            return False   # 渡邊|浩市|議: the given name's last kanji and this one are a title (市議)
        if parts[-1].surface[-1] + t.surface in self.lex.title_fields and self._title_run(seq, j) is not None:
            return False   # 宇都宮|隆広|報|部長: the given name's last kanji and this one open the title (広報部長)
        if t.surface in self.lex.title_bodies and not self._suffix_at(seq, j + 1)[1] \
                and self._title_run(seq, j + 1) is not None:
            return False   # 山本和彦|県|議会議長: the body opens a compound title (but 長友佑|都選手)
        given = parts[-1].pos4 == "名"
        # 楊志|強|氏: a kanji name UniDic knows whole (a person of a story) and one kanji more, before a title or an
        # honorific
        whole = len(parts) == 1 and parts[0].pos4 == "一般" and 2 <= len(parts[0].surface) <= 3 \
            and _HAN_ONLY.match(parts[0].surface) is not None
        if not given and not whole and not (len(parts) == 1 and parts[0].pos4 == "姓"):
            return False
        nxt = seq[j + 1]
        if nxt.start != t.end and not (nxt.start - t.end == 1 and given
                                       and self._honorific_at(seq, j + 1)):
            return False   # (but 西山祐|典 氏: one space before an honorific)
        # 藤森拓|真だ。, 藤森拓|真（28）, 藤森拓|真：: a given name of one kanji and a one-kanji common noun glued to
        # it, before the end of the sentence or the clause, a copula, a label's colon or the age in brackets
        short = given and len(parts[-1].surface) == 1 and t.pos1 == "名詞" and t.pos2 == "普通名詞"
        if nxt.surface in _PAREN_OPEN:
            # (長友佑|都（FCインテル）は: a one-kanji given name and a kanji glued to it, before the club in brackets)
            return self._reading_paren(seq, j + 1) is not None or (
                short and j + 3 < len(seq) and seq[j + 2].pos2 == "数詞" and seq[j + 3].surface in _PAREN_CLOSE) or (
                short and (after := self._reading_paren(seq, j + 1, any_words=True)) is not None
                and after < len(seq) and seq[after].pos1 == "助詞")
        if short and (nxt.surface in ("。", "、", "！", "？", "：", ":") or nxt.surface in _PAREN_CLOSE
                      or (nxt.pos1 == "助動詞" and nxt.lemma in ("だ", "です"))):
            return True
        if nxt.surface in ("、", "・") and given and j + 2 < len(seq) and seq[j + 2].pos4 == "姓":
            return True   # 長谷部誠、長友佑|都、阿部勇樹: a name in a list of names
        if nxt.surface == "・" and (given or whole) and j + 2 < len(seq) and nxt.start == t.end \
                and (self._suffix_at(seq, j + 2)[1] or self._title_run(seq, j + 2) is not None):
            return True   # 伊東孝|紳・取締役社長: a name, a dot, then its title
        if self._suffix_at(seq, j + 1)[1] or self._title_run(seq, j + 1) is not None:
            return given or whole
        if given and nxt.pos1 == "QUOTE":
            # インタビュー：横山智佐|子「…」: a name before the words of a caption, written in full elsewhere in the
            # text (not 藤子不二雄|作「…」, a credit)
            full = "".join(p.surface for p in parts) + t.surface
            return self._text is not None and self._text.count(full) >= 2
        return given and nxt.pos1 == "助詞" and nxt.surface in _CASE_PARTICLES

    @staticmethod
    def _reading_paren(seq, k, any_words=False):
        """The index after a reading in brackets at ``seq[k]`` (（はじめ）, （ひろあき）), or None. With
        ``any_words``, any short words in brackets (広瀬道貞（テレビ朝日取締役相談役）会長)."""
        if k >= len(seq) or seq[k].surface not in _PAREN_OPEN:
            return None
        for x in range(k + 1, min(len(seq), k + 24)):   # UniDic may read a reading one kana at a time
            if seq[x].surface in _PAREN_CLOSE:
                inner = "".join(t.surface for t in seq[k + 1:x])
                return x + 1 if inner and (any_words or _KANA.match(inner)) else None
            if seq[x].pos1 in _UNIT_POS or seq[x].surface in _PAREN_OPEN:
                return None
        return None

    @staticmethod
    def _strip_affiliation(parts):
        """Drop a leading team, group or role joined to a name: キャプテン・長谷部誠, FWネイマール, SKE48松井玲奈."""
        segs = [[]]
        for p in parts:
            if p.surface in _JOINERS:
                segs.append([])
            else:
                segs[-1].append(p)
                if len(p.surface) > 1 and p.surface[-1] in _JOINERS:   # ヴォルフスブルク・ as one unknown word
                    segs.append([])
        # a katakana or Latin club, group or title joined to a kanji name: キャプテン・長谷部誠, ソフトバンク・松田
        while len(segs) > 1 and segs[1] and any((p.pos3 == "人名") and not _is_foreign_part(p) for p in segs[1]) \
                and all(_is_foreign_part(p) or p.surface == "ー" for p in segs[0]):
            segs.pop(0)
        # Latin letters or digits glued before a katakana or kanji name: FWネイマール, AKB前田敦子
        head = segs[0]
        k = 0
        while k < len(head) - 1 and (_LATIN.match(head[k].surface) or head[k].pos2 == "数詞") \
                and not (head[k].pos3 == "人名") \
                and not (head[k].surface in _SURNAME_NUMERALS and head[k + 1].pos4 == "姓"
                         and len(head[k + 1].surface) == 1 and head[k + 1].start == head[k].end):
            k += 1   # (but 十|倉みゆき: the numeral opens the surname)
        if k and any((p.pos3 == "人名") for p in head[k:]) and not _LATIN.match(head[k].surface):
            segs[0] = head[k:]
        kept = sum(len(seg) for seg in segs) + len(segs) - 1  # tokens kept, joiners included
        return parts[len(parts) - kept:]

    def _org(self, text, seq, i):
        """An organisation: a noun run ending in 電機, 日報, 銀行, 市役所... (ミライ電機, 中央日報, 仙台高等検察庁),
        or a body named on its own (検察, 政府); a department after it (広報部, 側) speaks for it."""
        kinds = self.lex.org_kinds
        orgs = self.lex.orgs
        n = len(seq)
        if seq[i].pos3 == "副詞可能" or _HIRAGANA.match(seq[i].surface) \
                or (i + 1 < n and seq[i + 1].surface in ("通り", "どおり") and seq[i + 1].start == seq[i].end) \
                or (seq[i].surface in ("通り", "どおり") and i > 0 and seq[i - 1].end == seq[i].start):
            return None   # のうち北浜食品工業, 例年通り清水寺: うち, 例年通り are no part of the name; it starts after
        if seq[i].surface in _TIME_WORDS or (seq[i].pos2 == "数詞"
                                              and any(t.surface in _TIME_WORDS for t in seq[i + 1:i + 6])):
            return None   # 3時10分ごろ大分市: a time, no part of the name (21世紀政策研究所 keeps its number)
        end = -1
        j = i
        while j < n and (seq[j].pos1 in _NOUNISH
                         or (seq[j].pos1 == "形状詞" and (j > i or _HAN_ONLY.match(seq[j].surface)))
                         or (j > i and _hyphen_joins(seq, j))) \
                and (j == i or seq[j].start == seq[j - 1].end) and j - i < _ORG_WORDS:
            # (泥|湯|温泉|調査|検討|委員|会: seven words; B|-|CAS社: initials joined by a hyphen)
            if self._desk_at(seq, j) is not None and end >= 0:
                break
            one = seq[j].surface
            two = seq[j - 1].surface + one if j > i else ""
            if ((one in orgs and (j > i or kinds.get(one) == "body")) or
                    (two in orgs and (j - 1 > i or kinds.get(two) == "body"))) \
                    and not (j > i and kinds.get(one) == "body" and all(
                        (_KATAKANA.match(seq[x].surface) and seq[x].pos3 not in ("地名", "組織")) or seq[x].pos3 == "人名"
                        for x in range(i, j))):
                end = j   # (not グテレス|国連|高等難民弁務官, 山本信一郎|国連…: a name before a body that opens the title)
            j += 1
        if end < 0 and seq[i].surface in self.lex.word_classes["medium"] and i + 1 < n and seq[i + 1].pos2 == "固有名詞" \
                and seq[i + 1].start == seq[i].end \
                and not (i + 2 < n and seq[i + 2].pos1 in _NOUNISH and seq[i + 2].start == seq[i + 1].end
                         and self._desk_at(seq, i + 2) is None) \
                and _marker(seq, i + 2) in ("は", "が", "も", "では"):
            end = i + 1   # テレビ東京は, ラジオ大阪が: a broadcaster named by its medium, then a place, as the subject
            # (not テレビ東京によると, a broadcaster that reports, nor テレビ東京の番組)
        if end < 0:
            t = seq[i]
            word = text[t.start:seq[j - 1].end] if j - i <= 2 else ""
            if word in self.lex.word_classes["alone"] and _marker(seq, j) in ("は", "が", "も", "では", "でも") \
                    and (i == 0 or seq[i - 1].end != t.start or seq[i - 1].pos1 not in _NOUNISH):
                # 協議会は, 銀行は: the word alone stands for the one of that kind named before (as 同協議会)
                return Mention(word, t.start, seq[j - 1].end, word, "org_pronoun", marker=_marker(seq, j),
                               index=j - 1, first=i), j - 1
            return None   # the organisation word alone (株式会社) names no one; a body (検察) does
        if end >= 0 and seq[i].pos1 == "形状詞" and end - i < 2:
            return None   # 主要|銀行: a word for a kind of bank, no name (but 知的|財産|高等|裁判所)
        if end > i and seq[end - 1].pos2 == "数詞":
            return None   # 関連会社2社, 3社: a count of companies, not one's name
        office = None
        if end + 1 < n and seq[end + 1].pos1 in _NOUNISH and seq[end + 1].start == seq[end].end \
                and self._desk_at(seq, end + 1) is None:
            office = self._office_after(seq, end + 1)
            if office is None:
                return None   # 北浜市役所前: the noun goes on
        while end - i >= 2 and seq[i].surface in self.lex.org_categories:
            i += 1   # 団体|全国ラジオ放送協議会: the kind of organisation written before its name
        name = text[seq[i].start:seq[end].end]
        if name.endswith("社") and len(name) > 3 and _FOREIGN.match(name[:-1]):
            name = name[:-1]   # モンシュシュ社: the company's name is モンシュシュ
        last = end
        desk = office if office is not None else self._desk_at(seq, end + 1)
        if desk is None and end + 2 < n and seq[end + 1].surface == "の":
            desk = self._desk_at(seq, end + 2)
            if desk is None:
                desk = self._office_after(seq, end + 2)   # 北浜市の都市計画課は: an office of it, as the subject
                if desk is not None and _marker(seq, desk + 1) not in ("は", "が", "も", "では", "でも"):
                    desk = None
        if desk is not None:
            last = desk   # 花王広報部は, 日本テレビの総合広報部は, 検察側は: the organisation speaks
        m = Mention(text[seq[i].start:seq[last].end], seq[i].start, seq[last].end, name, "org",
                    marker=_marker(seq, last + 1), index=last, first=i)
        return m, last

    def _initials_and_region(self, text, seq, i):
        """A company named by initials glued to the region it serves (JR西日本, NTT東日本, ＪＲ東海), as the subject or a
        source (は, が, も, では, によると): an organisation. Or None."""
        n = len(seq)
        j = i + 1
        if seq[j].surface in ("東", "西", "南", "北") and j + 1 < n and seq[j + 1].start == seq[j].end:
            j += 1   # (JR|西|日本)
        if not (seq[j].pos3 == "地名" and _HAN_ONLY.match(seq[j].surface)):
            return None
        if j + 1 < n and seq[j + 1].pos1 in _NOUNISH and seq[j + 1].start == seq[j].end:
            return None   # (JR東日本管内: the name goes on into another word)
        marker = _marker(seq, j + 1)
        if marker not in ("は", "が", "も", "では", "でも", "による", "によれ", "により", "の"):
            return None
        name = text[seq[i].start:seq[j].end]
        return Mention(name, seq[i].start, seq[j].end, name, "org", marker=marker, index=j, first=i), j

    def _desk_org(self, text, seq, i):
        """An organisation's name of one to three glued words (学研, 北浜製) followed by a department word
        (広報室, 広報部) that speaks for it, as (Mention, last index); None otherwise. 側 needs an organisation
        word (検察側), not any word."""
        if self._desk_at(seq, i) is not None:
            return None   # 総合広報部: the department word starts here; no organisation is named before it
        for k in range(i + 1, min(len(seq), i + 4)):
            if seq[k].start != seq[k - 1].end:
                return None
            desk = self._desk_at(seq, k)
            if desk is not None and seq[k - 1].surface in self.lex.title_fields and k - 1 > i:
                return None   # 仙台勇|外務|報道官: a compound title after a name, not an office of an organisation
            if desk is not None and (seq[k].surface != "側" or (k == i + 1 and seq[i].pos4 == "国")) \
                    and not all(t.pos3 == "人名" for t in seq[i:k]) and not all(t.pos3 == "サ変可能" for t in seq[i:k]):
                # (北朝鮮側は: a country's side, the country)
                # not 運営|事務局: words for an action name no organisation
                name = text[seq[i].start:seq[k - 1].end]
                if name == "同":   # 同広報担当は: the organisation named before speaks
                    return (Mention(text[seq[i].start:seq[desk].end], seq[i].start, seq[desk].end, None,
                                    "org_pronoun", marker=_marker(seq, desk + 1), index=desk, first=i), desk)
                return (Mention(text[seq[i].start:seq[desk].end], seq[i].start, seq[desk].end, name, "org",
                                marker=_marker(seq, desk + 1), index=desk, first=i), desk)
            if seq[k].surface == "の" and k + 1 < len(seq):
                desk = self._desk_at(seq, k + 1)
                t = seq[i]
                run = seq[i:k]
                if desk is not None and seq[k + 1].surface != "側" and not any(
                        x.pos3 == "人名" or x.lemma in self.lex.sources for x in run) and (
                        (len(run) == 1 and ((_LATIN.match(t.surface) and any(c.isupper() for c in t.surface))
                                            or t.pos3 == "組織" or (t.pos2 == "固有名詞" and t.pos3 == "一般")))
                        or (len(run) >= 2 and (all(_KATAKANA_OR_LATIN.match(x.surface) for x in run)
                                               or (t.pos2 == "固有名詞" and t.pos3 in ("一般", "組織", "地名")
                                                   and t.pos4 != "国")))):
                    # ENEOSの広報担当は, ミナト|テックの広報担当, サッポロ|ビールの広報は: a name written like a
                    # company's (one word of its own kind, or a coined compound), and its spokesperson
                    name = text[t.start:seq[k - 1].end]
                    return (Mention(text[t.start:seq[desk].end], t.start, seq[desk].end, name, "org",
                                    marker=_marker(seq, desk + 1), index=desk, first=i), desk)
            if seq[k].pos1 not in _NOUNISH or seq[k].pos2 == "数詞":
                return None
        return None

    def _office_after(self, seq, k):
        """The last index of a run of nouns from ``seq[k]`` that ends in an office word (厚生労働省|子ども手当管理室,
        北浜市|観光課): an office that speaks for the organisation before it; None when the run ends otherwise."""
        j = k
        n = len(seq)
        while j + 1 < n and seq[j + 1].pos1 in _NOUNISH and seq[j + 1].start == seq[j].end and j - k < 6:
            j += 1
        if seq[j].pos3 == "人名" or any(t.pos3 == "人名" or t.pos2 == "数詞" for t in seq[k:j + 1]):
            return None
        if seq[j].lemma in self.lex.sources:
            return None   # 民政党|幹部: a member, not an office
        return j if seq[j].surface.endswith(self.lex.word_classes["office"]) else None

    def _with_desk(self, seq, last):
        """The last index of a department word right after ``seq[last]`` or after の (同局総合広報部, 同社の広報担当者):
        the department speaks for the organisation; ``last`` when there is none."""
        desk = self._desk_at(seq, last + 1)
        if desk is None and last + 2 < len(seq) and seq[last + 1].surface == "の":
            desk = self._desk_at(seq, last + 2)
        return last if desk is None else desk

    def _desk_at(self, seq, k):
        """The index of the last token of a department or spokesperson word (広報部, 広報担当者, 側) glued at
        ``seq[k]``, or None."""
        kinds = self.lex.org_kinds
        word = ""
        found = None
        for x in range(k, min(len(seq), k + 4)):
            if seq[x].pos1 not in _NOUNISH or (x > k and seq[x].start != seq[x - 1].end):
                break
            word += seq[x].surface
            if kinds.get(word) == "desk":
                found = x
        if found is not None and found + 1 < len(seq) and seq[found + 1].pos1 in _NOUNISH \
                and seq[found + 1].start == seq[found].end:
            return None
        return found

    def _place_name(self, text, seq, i):
        """A name that UniDic reads as two place names (秋田|昌平), written with a title or an honorific:
        秋田昌平広報担当者, 長野太郎氏. A place with an administrative suffix (北浜市長, 東京都知事) is not one."""
        if i + 2 >= len(seq):
            return None
        a, b = seq[i], seq[i + 1]
        if b.pos2 != "固有名詞" and len(a.surface) <= 3 and _HAN_ONLY.match(a.surface) \
                and b.surface not in self.lex.orgs and b.surface[0] not in _ADMIN \
                and (len(a.surface) >= 2 or (self.is_surname is not None and self.is_surname(a.surface))):
            # 茂木|経済産業大臣: a surname UniDic reads as a place, before a title of several words
            given = self._unread_given_name(seq, i + 1)
            if given:   # 門川|大作|市長: the given name, read as a common noun, before a title of one word
                last = i + len(given)
                return self._finish(text, seq, i, last, a.surface + "".join(t.surface for t in given), "person",
                                    parts=(a.surface, "".join(t.surface for t in given)))
            compound = self._title_run(seq, i + 1)
            if compound is not None and compound[0] not in self.lex.suffixes:
                return self._finish(text, seq, i, i, a.surface, "person")
            if b.lemma in _PLAYERS and b.start == a.end and self.is_surname is not None and self.is_surname(a.surface):
                # 相馬|選手も: a surname UniDic reads as a place, before a player's title (not 広島|監督, a club's)
                return self._finish(text, seq, i, i, a.surface, "person")
            return None
        if b.pos2 != "固有名詞" or b.pos3 not in ("地名", "人名", "一般") or b.pos4 == "国" or b.start != a.end \
                or (b.pos3 == "一般" and len(b.surface) != 2):
            return None   # (熊本|正和|副代表: a given name UniDic reads as a proper noun of no kind, of two kanji)
        last = i + 1
        c = seq[i + 2]
        if b.pos3 == "人名" and len(b.surface) == 1 and c.pos2 == "固有名詞" and c.pos3 == "人名" \
                and len(c.surface) == 1 and c.start == b.end and i + 3 < len(seq):
            last = i + 2   # 山梨|蒼|真氏: a given name UniDic reads as two one-kanji names
        given = "".join(t.surface for t in seq[i + 1:last + 1])
        name = a.surface + given
        if not (3 <= len(name) <= (6 if b.pos3 == "人名" else 5)) or not _HAN_ONLY.match(name):
            return None   # (勘解由小路|聡: a long surname UniDic reads as a place, before a given name it reads as one)
        lemma, width = self._suffix_at(seq, last + 1)
        if not width and self._title_run(seq, last + 1) is None:
            return None
        if width and self.lex.suffixes.get(lemma) == "relative":
            return None
        return self._finish(text, seq, i, last, name, "person", parts=(a.surface, given))

    def _proper_run(self, text, seq, i):
        """Two or more proper nouns the dictionary does not call a name, as a subject: 成田童夢は (地名 + 一般)."""
        j = i
        while j < len(seq) and seq[j].pos2 == "固有名詞" and seq[j].pos3 != "組織" and \
                (j == i or seq[j].start == seq[j - 1].end):
            j += 1
        run = seq[i:j]
        if len(run) < 2 or all(t.pos3 == "地名" for t in run) or j >= len(seq) \
                or seq[j].surface not in ("は", "が", "も"):
            return None
        name = "".join(t.surface for t in run)
        return self._finish(text, seq, i, j - 1, name, "person")

    def _line_label(self, text, seq, i):
        """The speaker label opening a line of an interview: 又吉：, MEGUMI：, 村本："""
        j = i
        while j < len(seq) and j - i < 3 and seq[j].pos1 in ("名詞", "接尾辞") and seq[j].pos1 not in _UNIT_POS:
            j += 1
        profile = _profile_colon(seq, j) if j > i else None
        if profile is not None:
            word = "".join(t.surface for t in seq[i:j])
            if len(word) < 2 or word in self.lex.sources:
                return None
            m, _end = self._finish(text, seq, i, j - 1, word, "person")
            return m._replace(marker=seq[profile].surface), profile
        if j == i or j >= len(seq) or seq[j].surface not in ("：", ":") or text.startswith("//", seq[j].end):
            return None
        run = seq[i:j]
        word = "".join(t.surface for t in run)
        if len(word) < 2 or word in self.lex.sources or run[-1].lemma in self.lex.sources \
                or any(t.pos2 == "数詞" for t in run) or word in self._channel:
            return None   # (インタビュー：又吉直樹: a heading, then the one it is with)
        if all(t.known and (t.pos2 == "普通名詞" or (t.pos1 == "接尾辞" and x > 0))
               and (_HAN_ONLY.match(t.surface) or _KATAKANA.match(t.surface)) for x, t in enumerate(run)) \
                and not any(t.lemma in self.lex.suffixes or t.surface in self.lex.title_heads for t in run):
            eol = text.find("\n", seq[j].end)
            rest = _IN_BRACKETS.sub("", _QUOTED.sub("", text[seq[j].end:eol if eol >= 0 else len(text)]))
            # (政界部門：枝野幸男大臣（HEY！たくちゃん）: what stands in brackets is no sentence of the line)
            if len(rest) < 40 and not any(c in rest for c in "。！？!?"):
                return None   # 価格：2,980円, 商品名：, プレゼント内容：「…」: a field of a listing (but 剛力：最初は…。, a
                # surname's label)
        return self._finish(text, seq, i, j - 1, word, "person")

    def _suffix_anchored(self, text, seq, i, used):
        """A name the dictionary does not know, ended by an honorific: かね国よしすけ議員, sajo_towsonさん."""
        n = len(seq)
        nxt = self._next_suffix(i + 1)
        if nxt >= n or nxt - i > 6:
            return None
        j = i
        while j < n and j - i < 6:
            t = seq[j]
            if (t.pos1 in _UNIT_POS) or used[j]:
                return None
            lemma, width = self._suffix_at(seq, j)
            if width and j > i:
                break
            if t.pos1 in ("補助記号", "動詞", "助動詞", "空白") and t.surface not in ("_", "-"):
                return None
            if t.pos2 == "助動詞語幹":
                return None   # (認めるよう|州知事への: the stem of an auxiliary, no name)
            if t.pos1 == "助詞" and t.surface in _CASE_PARTICLES:
                return None
            if j > i and t.start != seq[j - 1].end:
                return None
            j += 1
        else:
            return None
        if j >= n:
            return None
        if j - 1 > i and seq[j - 1].pos1 == "接頭辞" and len(seq[j - 1].surface) == 1:
            j -= 1   # 関学|副|代表: a prefix that opens the title (副代表) is no part of the name
        prev = seq[i - 1] if i > 0 else None
        if prev is not None and not ((prev.pos1 in _UNIT_POS) or prev.pos1 in ("補助記号", "空白")
                                     or prev.end != seq[i].start   # 北浜商工会 村松会長: a space between
                                     or (prev.pos1 == "連体詞" and prev.surface in ("ある", "或る"))
                                     or prev.surface in _CASE_PARTICLES
                                     or (prev.pos1 in ("動詞", "助動詞") and prev.cform.startswith("連体形"))):
            # inside a longer word; after a relative clause (指導する浜田コーチ, 経験のあるA子さん) a name may start
            return None
        run = seq[i:j]
        if len(run) == 2 and _INITIAL.match(run[0].surface) and run[1].surface in _INITIAL_TAILS \
                and run[1].start == run[0].end and self._honorific_at(seq, j):
            # C子さん, B男さん: an initial and a kanji that makes it a woman's or a man's name (whatever UniDic reads
            # the letter as)
            return self._finish(text, seq, i, j - 1, run[0].surface + run[1].surface, "person")
        lemma, width = self._suffix_at(seq, j)
        kind_of = self.lex.suffixes.get(lemma)
        if len(run) >= 3 and run[-1].pos4 == "名" and not any(t.pos3 == "人名" for t in run[:-1]) \
                and self._apposed_common_name(seq, i, run, kind_of):
            # 論説主幹の百|目|鬼|航氏: a surname UniDic reads in pieces, and a given name it knows
            return self._finish(text, seq, i, j - 1, "".join(t.surface for t in run), "person",
                                parts=("".join(t.surface for t in run[:-1]), run[-1].surface))
        if 3 <= len(run) <= 4 and run[-1].pos4 == "名" and run[0].pos3 != "人名" and 2 <= len(run[0].surface) <= 3 \
                and _HAN_ONLY.match(run[0].surface) and (kind_of in ROLE_KINDS or (
                    kind_of == "honorific" and lemma not in _REFLEXIVE)) \
                and all(len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos2 != "数詞" for t in run[1:]) \
                and self.is_surname is not None and self.is_surname(run[0].surface):
            # 平野|早|矢|香さん: a surname UniDic reads as a common noun, and a given name it reads in one-kanji pieces
            # (an adjective's stem, a noun) of which only the last as a given name
            return self._finish(text, seq, i, j - 1, "".join(t.surface for t in run), "person",
                                parts=(run[0].surface, "".join(t.surface for t in run[1:])))
        if any((t.pos3 == "人名") or t.pos1 in ("連体詞", "副詞", "代名詞", "接続詞") for t in run):
            return None
        if (any(t.pos3 in ("地名", "組織") for t in run) or self.lex.org_kinds.get(run[0].surface) == "body") \
                and not (len(run) == 1 and run[0].pos3 in ("地名", "組織") and (
                (kind_of == "honorific" and lemma not in _REFLEXIVE)
                or (kind_of == "member" and run[0].pos4 != "国" and _KANJI_SURNAME.match(run[0].surface)
                    and not (lemma in _COUNCIL_MEMBERS and self.is_surname is not None
                             and not self.is_surname(run[0].surface)
                             and not (j + width < n and seq[j + width].start == seq[j + width - 1].end
                                      and seq[j + width].pos1 in _NOUNISH))))):
            # 北浜市長, 水道橋博士: a place or body with a title is a role (or a stage name), not a person's name;
            # with an honorific it is a surname (山口被告, 長野氏), and so is a place in kanji, not a country, before
            # a word many hold (浜田コーチ; シリア選手 stays a Syrian player), unless the word is a member of the
            # place's assembly and the place is no surname (四日市市議, 横浜市議: a member of the city's council)
            if kind_of not in ROLE_KINDS and kind_of != "relative":
                return None
            after = j + width
            if kind_of == "title" and after < n and seq[after].start == seq[after - 1].end \
                    and seq[after].pos1 in ("名詞", "接尾辞") \
                    and seq[after].surface not in self.lex.after_name and seq[after].surface not in self.lex.suffixes:
                return None   # 在韓国日本大使|館, 北浜市長|選: the title word opens a longer noun, not a title
            if run[0].pos3 not in ("地名", "組織") and run[0].pos2 == "普通名詞" and run[0].known:
                return None   # 合併|発表|池田|新社長: common nouns before the place make no role (but for the place's)
            m, end = self._finish(text, seq, i, j - 1, None, "role")
            if kind_of != "title" and lemma not in _COUNCIL_MEMBERS:
                # シリア選手, 河本姉: an anonymous source (but 四日市市議: the council's member, a role)
                return Mention(m.text, m.start, m.end, None, "anonymous", lemma, None, m.marker, m.index, m.first), end
            return Mention(m.text, m.start, m.end, None, "role", lemma, m.text, m.marker, m.index, m.first), end
        initial = len(run) == 1 and kind_of == "honorific" and lemma not in _REFLEXIVE and (
            _INITIAL.match(run[0].surface) is not None or _HANDLE.match(run[0].surface) is not None)
        if initial:   # Ａさん, K氏, lumin氏: an initial or a handle the article uses for a person
            return self._finish(text, seq, i, j - 1, run[0].surface, "person")
        if self._apposed_common_name(seq, i, run, kind_of):
            # 同社社長の孫|正義氏: two common nouns after a title and の, before an honorific, are a name
            parts = (run[0].surface, "".join(t.surface for t in run[1:])) if len(run) == 2 \
                else ("".join(t.surface for t in run[:-1]), run[-1].surface)   # (百目鬼, 航: the last word the given name)
            return self._finish(text, seq, i, j - 1, "".join(t.surface for t in run), "person", parts=parts)
        if len(run) == 1 and (run[0].lemma in self.lex.sources or run[0].pos2 in ("普通名詞", "数詞")
                              or run[0].pos1 in ("代名詞", "接頭辞")):
            return None
        if all(t.pos2 in ("普通名詞", "数詞") or t.pos1 in ("接頭辞", "接尾辞") for t in run) \
                and not self._surname_in_pieces(run, kind_of, lemma):
            return None
        surface = "".join(t.surface for t in run)
        if not (_KANA_OR_KANJI.match(surface) or _LATIN.match(surface)):
            return None
        return self._finish(text, seq, i, j - 1, surface, "person")

    def _surname_in_pieces(self, run, kind_of, lemma):
        """Whether ``run``, before an honorific, is a name UniDic reads as one-kanji pieces of common nouns and
        suffixes (鬼|海氏, 豊|嶋さん): two or three kanji, none a word of the tables (not 隣|人さん, 会社|員氏)."""
        if kind_of != "honorific" or lemma in _REFLEXIVE or not 2 <= len(run) <= 3:
            return False
        lex = self.lex
        return all(len(t.surface) == 1 and _HAN_ONLY.match(t.surface) and t.pos1 in ("名詞", "接尾辞")
                   and t.pos2 != "数詞" and t.lemma not in lex.sources and t.surface not in lex.sources
                   and t.surface not in lex.suffixes and t.surface not in lex.title_heads
                   and t.surface not in lex.after_name for t in run) \
            and all(b.start == a.end for a, b in zip(run, run[1:]))

    def _same_org_run(self, seq, i):
        """After 同 at ``seq[i]``: the last index of a glued run of up to three nouns that ends in an organisation
        word (同協会, 同大学, 同国税局, 同県警), or None."""
        lex = self.lex
        ends = lex.word_classes["office"] + lex.word_classes["public_body"] + lex.word_classes["group"]
        for k in range(i + 1, min(len(seq), i + 4)):
            t = seq[k]
            if t.start != seq[k - 1].end or t.pos1 not in _NOUNISH or t.pos3 == "人名":
                return None
            word = "".join(x.surface for x in seq[i + 1:k + 1])
            nxt = seq[k + 1] if k + 1 < len(seq) else None
            ends_run = nxt is None or nxt.start != t.end or nxt.pos1 not in _NOUNISH
            if (t.surface in lex.orgs or (k > i + 1 and word.endswith(ends))) \
                    and (ends_run or self._desk_at(seq, k + 1)):
                return k
            if ends_run:
                # 同気象台は, 同電鉄は: a body of a kind the table lacks, as the subject (resolved by the name the
                # text gave it before, or no one)
                if nxt is not None and nxt.surface in ("は", "が", "も") and t.pos1 in ("名詞", "接尾辞") \
                        and all(x.pos2 == "普通名詞" or x.pos1 == "接尾辞" for x in seq[i + 1:k + 1]) \
                        and seq[i + 1].pos3 not in ("副詞可能", "助数詞可能"):
                    return k
                return None
        return None

    def _same_title(self, seq, i):
        """(title, last index) for 同 and a title glued after it (同|CEO, 同|監督, 同|容疑|者) or a word for a body of
        同 glued to 長 (同社|長, 同市|長: the head of the same company or city), else None."""
        t = seq[i]
        if t.surface[:1] != "同":
            return None
        nxt = seq[i + 1] if i + 1 < len(seq) else None
        if nxt is None or nxt.start != t.end:
            return None
        if len(t.surface) == 2 and nxt.surface == "長" and nxt.pos1 == "接尾辞":
            role = t.surface[1] + "長"
            return (role, i + 1) if self.lex.suffixes.get(role) in ROLE_KINDS else None
        if t.surface != "同":
            return None
        lemma, width = self._suffix_at(seq, i + 1)
        if not width or not (self.lex.suffixes.get(lemma) in ROLE_KINDS or lemma in self.lex.statuses):
            return None
        last = i + width
        if last + 1 < len(seq) and seq[last + 1].pos1 in _NOUNISH and seq[last + 1].start == seq[last].end:
            return None   # 同監督業: the word goes on
        return lemma, last

    def _source(self, text, seq, i):
        t = seq[i]
        # 著書のなかで、氏は: 氏 alone as a subject stands for the one named before (not ノ|氏は, a surname UniDic
        # reads as a particle)
        lone_shi = t.surface == "氏" and t.pos1 == "名詞" and i + 1 < len(seq) \
            and seq[i + 1].surface in ("は", "が", "も") \
            and (i == 0 or seq[i - 1].end != t.start or seq[i - 1].pos1 == "補助記号"
                 or (seq[i - 1].pos1 == "助詞" and _HIRAGANA.match(seq[i - 1].surface) is not None))
        if lone_shi or ((t.pos1 == "代名詞" or t.surface == "同氏") and t.surface in _PRONOUNS) or (
                t.surface == "同" and i + 1 < len(seq) and seq[i + 1].surface in ("氏", "社", "局")):
            last = i + (1 if t.surface == "同" else 0)
            if t.pos1 == "代名詞" and last + 1 < len(seq) and seq[last + 1].lemma in _PLURAL \
                    and seq[last + 1].start == t.end:
                # 彼ら, 彼女たち: many, none of them named (not the one 彼 would stand for)
                return Mention(text[t.start:seq[last + 1].end], t.start, seq[last + 1].end, None, "anonymous",
                               marker=_marker(seq, last + 2), index=last + 1, first=i), last + 1
            word = "".join(x.surface for x in seq[i:last + 1])
            kind = "org_pronoun" if self.lex.sources.get(word) == "org" or _PRONOUNS.get(word) == "org" \
                else "pronoun"
            end = self._with_desk(seq, last) if kind == "org_pronoun" else last
            return Mention(text[t.start:seq[end].end], t.start, seq[end].end, None, kind,
                           marker=_marker(seq, end + 1), index=end, first=i), end
        same = self._same_title(seq, i)
        if same is not None:
            # 同CEOは, 同監督は, 同社長は, 同容疑者は: the one the text gave that title (resolved later)
            role, last = same
            return Mention(text[t.start:seq[last].end], t.start, seq[last].end, None, "role", title=role, role=role,
                           marker=_marker(seq, last + 1), index=last, first=i), last
        run_end = self._same_org_run(seq, i) if t.surface == "同" else None
        if run_end is not None:
            # 同大学側は, 同協会は, 同国税局は: the organisation of that kind named before (the word is kept as the name)
            last = run_end
            desk = self._desk_at(seq, last + 1)
            if desk is not None:
                last = desk
            return Mention(text[t.start:seq[last].end], t.start, seq[last].end, text[seq[i + 1].start:seq[run_end].end],
                           "org_pronoun", marker=_marker(seq, last + 1), index=last, first=i), last
        # a noun run whose head is a source (芸能ライター, 日ハム関係者, ネット掲示板, 30代の女性)
        if t.pos1 not in ("名詞", "接尾辞", "接頭辞"):
            return None
        if t.pos1 == "名詞" and (self.lex.suffixes.get(t.lemma) in ROLE_KINDS or t.surface in self.lex.statuses) \
                and t.lemma not in self.lex.sources and self._suffix_at(seq, i)[1] <= 1 \
                and (i == 0 or seq[i - 1].pos1 not in ("名詞", "接頭辞") or seq[i - 1].end != t.start):
            # (not 理事|長: a title the tables hold in two words, read below)
            run = self._title_run(seq, i)
            if run is not None and run[1] > i + 1 \
                    and all(x.known and _HAN_ONLY.match(x.surface) for x in seq[i + 1:run[1]]):
                # 首相|補佐|官は, 常務|理事は: a compound title in kanji, read whole (not 首相ジュルチャーニ・フェレンツ首相: a
                # name the dictionary lacks between two titles)
                last = run[1] - 1
                return Mention(text[t.start:seq[last].end], t.start, seq[last].end, None, "role", role=run[0],
                               marker=_marker(seq, last + 1), index=last, first=i), last
            return Mention(t.surface, t.start, t.end, None, "role", role=t.lemma, marker=_marker(seq, i + 1),
                           index=i, first=i), i
        lemma, width = self._suffix_at(seq, i)
        if width > 1 and self.lex.suffixes.get(lemma) in ROLE_KINDS and lemma not in self.lex.sources \
                and (i == 0 or seq[i - 1].end != t.start or not (seq[i - 1].pos1 in ("名詞", "接頭辞")
                                                                 or _HAN.search(seq[i - 1].surface))) \
                and (i + width >= len(seq) or seq[i + width].pos1 not in _NOUNISH
                     or seq[i + width].start != seq[i + width - 1].end):
            # 裁判|長は: a role word that UniDic reads as two words
            last = i + width - 1
            return Mention(text[t.start:seq[last].end], t.start, seq[last].end, None, "role", role=lemma,
                           marker=_marker(seq, last + 1), index=last, first=i), last
        j = i
        while j + 1 < len(seq) and seq[j + 1].pos1 in ("名詞", "接尾辞") and not (seq[j + 1].pos3 == "人名") \
                and seq[j + 1].start == seq[j].end:
            j += 1
        desk_end = None
        for d in range(i + 1, j + 1):   # 同社広報部: a department word ends the run; the source is before it
            if self._desk_at(seq, d) == j:
                desk_end, j = j, d - 1
                break
        head = None
        for k in range(j, i - 1, -1):
            two = seq[k - 1].surface + seq[k].surface if k > i else None
            if two and two in self.lex.sources:
                head = (two, k)
                break
            if seq[k].lemma in self.lex.sources or seq[k].surface in self.lex.sources:
                head = (seq[k].lemma if seq[k].lemma in self.lex.sources else seq[k].surface, k)
                break
            if seq[k].pos1 != "接尾辞":
                break
        if head is None and j > i and seq[i].surface[:1] == "同" and seq[i].surface[1:] in \
                self.lex.word_classes["public_body"] and self.lex.sources.get(seq[i].surface) == "org" \
                and text[seq[i].start:seq[j].end].endswith(self.lex.word_classes["office"]):
            # 同市文化財課: an office of the body named before (resolved as 同市教育委員会 is)
            end = seq[j].end
            return Mention(text[t.start:end], t.start, end, text[t.start:end], "org",
                           marker=_marker(seq, j + 1), index=j, first=i), j
        if head is None:
            return None
        word, k = head
        kind = self.lex.sources[word]
        if kind == "org":
            kind = "org_pronoun"   # 同社: the organisation named before
        if kind == "author" and any(t.surface in ("ら", "たち", "達") for t in seq[k + 1:j + 1]):
            kind = "anonymous"   # 記者らは: reporters, not the writer of the article
        other_paper = kind == "author" and word == seq[k].surface and (
            k > i or (i >= 2 and seq[i - 1].surface == "の" and seq[i - 2].pos1 in ("名詞", "接尾辞")
                      and seq[i - 2].pos3 != "人名"))   # 北浜紙の記者: a reporter of another paper, not the writer
        if desk_end is not None:
            if kind != "org_pronoun":
                return None
            j = desk_end
        # a role word alone (監督は) may stand for a titled person: kind "role", resolved later
        if kind == "anonymous" and self.lex.suffixes.get(word) in ROLE_KINDS and i == k:
            kind = "role"
        if other_paper:
            kind = "anonymous"
        last = j
        lemma, width = self._suffix_at(seq, last + 1)
        if width and self.lex.suffixes.get(lemma) == "honorific":
            last += width
        if kind == "org_pronoun":
            last = self._with_desk(seq, last)
        start, end = seq[i].start, seq[last].end
        return Mention(text[start:end], start, end, None, kind, role=word if kind == "role" else None,
                       marker=_marker(seq, last + 1), index=last, first=i), last


_HONORIFICS_AFTER_NICKNAMES = ("さん", "ちゃん", "くん", "氏")
_SELF = ("自身", "自ら", "自分")   # reflexive nouns (UniDic lemmas): 自身のブログ is the subject's own


def _is_plural(t):
    """ら, たち after a name or a title: the others with the one named (財務相ら, 監督たち)."""
    return t.pos1 == "接尾辞" and t.surface in ("ら", "たち", "達")


def _profile_colon(seq, j):
    """The index of the colon of a profile label starting at ``seq[j]`` (/28歳：), or None."""
    if j >= len(seq) or seq[j].surface not in ("/", "／"):
        return None
    k = j + 1
    while k < len(seq) and k - j <= 3 and (seq[k].pos2 == "数詞" or seq[k].surface == "歳"):
        k += 1
    return k if k > j + 1 and k < len(seq) and seq[k].surface in ("：", ":") else None


def _is_katakana_part(c):
    return "\u30a1" <= c <= "\u30fa" or c in "ー・"


def _katakana_before_honorific(text):
    """(name, start) for each katakana word right before さん, ちゃん, くん or 氏 (ニコルさん)."""
    from .cues import words_before
    return words_before(text, _HONORIFICS_AFTER_NICKNAMES, _is_katakana_part, 2,
                        first_ok=lambda c: "\u30a1" <= c <= "\u30fa")


def _latin_pair(a, b, text):
    """Two capitalised words in Latin letters one space apart (Everlyne Nyambegera): parts of one name."""
    return b.start - a.end == 1 and text[a.end] == " " and a.surface[:1].isupper() and b.surface[:1].isupper() \
        and _LATIN.match(a.surface) is not None and _LATIN.match(b.surface) is not None


def mention_first(seq, mention):
    return mention.first


def _inside_word(seq, first, last):
    """Whether tokens first..last are glued to nouns on either side (長野県, 北長野, さわやか|カクテル: an adjectival
    noun with no な): not a mention then."""
    before = seq[first - 1] if first > 0 else None
    after = seq[last + 1] if last + 1 < len(seq) else None
    glued_before = before is not None and before.end == seq[first].start and before.pos1 in ("名詞", "接頭辞", "形状詞") \
        and not before.pos1 == "QUOTE"
    glued_after = after is not None and after.start == seq[last].end and after.pos1 in ("名詞", "接尾辞") \
        and not (after.pos3 == "人名") and after.surface not in ("曰く", "いわく")
    return glued_before or glued_after


def _named_role(m, local, titles=()):
    """大川知事 read as a place with a title is a person when 大川 is a name in the document (大川誠一); so is
    レスター投手 (a place with a title many hold) when the document names ジョン・レスター, and 原監督 where UniDic
    reads 原 as a prefix, when the document names 原健一."""
    if m.kind not in ("role", "anonymous"):
        return m
    title = m.title
    if not title and m.text.endswith(titles):
        title = max((w for w in titles if m.text.endswith(w) and len(m.text) > len(w)), key=len, default=None)
    if not title or not m.text.endswith(title):
        return m
    prefix = m.text[: -len(title)].strip()
    if not prefix or local.canonical(prefix) is None:
        return m
    return Mention(m.text, m.start, m.end, prefix, "person", title, title, m.marker, m.index, m.first)


def _named_after_kind(text, seq, mentions, kinds):
    """所属事務所のミナトアーティスツは, ゲーム会社のミナトソフトが: a katakana or Latin name the dictionary reads as
    common words, right after a word for a kind of organisation (``kinds``, word class ``org_kind``) and の, as a
    subject, is that organisation."""
    out = list(mentions)
    firsts = {m.first for m in mentions}
    for m in mentions:
        if m.kind != "anonymous" or not m.text.endswith(kinds):
            continue
        q = m.index + (2 if m.marker == "の" else 1)
        if q + 1 < len(seq) and seq[q].pos1 == "QUOTE" and seq[q + 1].surface in ("は", "が", "も") \
                and seq[q + 1].pos1 == "助詞" and (m.marker == "の" or (not m.marker and seq[q].start == m.end)):
            # ネット調査会社「アイシェア」が, 玩具メーカーの「やのまん」は: the organisation named in brackets
            name = text[seq[q].start + 1:seq[q].end - 1].strip()
            if 2 <= len(name) <= 20 and not _SENTENCE_MARKS.search(name):
                out.append(Mention(text[seq[q].start:seq[q].end], seq[q].start, seq[q].end, name, "org",
                                   marker=seq[q + 1].surface, index=q, first=q))
            continue
        if m.marker != "の":
            continue
        j = k = m.index + 2
        if j >= len(seq) or j in firsts:
            continue
        while k < len(seq) and (k == j or seq[k].start == seq[k - 1].end) and seq[k].pos1 == "名詞" \
                and seq[k].pos3 != "人名" and _FOREIGN.match(seq[k].surface):
            k += 1
        name = text[seq[j].start:seq[k - 1].end] if k > j else ""
        if len(name) < 3 or k >= len(seq) or seq[k].surface not in ("は", "が", "も") or seq[k].pos1 != "助詞":
            continue
        out.append(Mention(name, seq[j].start, seq[k - 1].end, name, "org", marker=seq[k].surface, index=k - 1,
                           first=j))
    return sorted(out, key=lambda x: x.index) if len(out) > len(mentions) else mentions


def _glued_orgs(mentions):
    """A katakana name glued to the organisation word after it names the organisation (ペク・ナムギ|闘争本部,
    ジョン・ミラー|財団): one mention of the organisation, named in full."""
    out = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.kind == "org" and prev is not None and prev.kind == "person" and not prev.marker \
                and prev.end == m.start and prev.name and _KATAKANA_NAME.match(prev.text):
            out[-1] = Mention(prev.text + m.text, prev.start, m.end, prev.text + (m.name or m.text), "org",
                              marker=m.marker, index=m.index, first=prev.first)
            continue
        out.append(m)
    return out


def _appositions(mentions, seq=None):
    """北浜市長の森田健一氏: a titled 'name' right before の and another name is the role, not a person. 川口浩二・
    北浜市長は: a full name, a dot, then a titled 'name' of one part (or a role) are one person, the titled words
    the role (news writes a name and its affiliation so; not 長谷部・本田は, two surnames listed)."""
    out = list(mentions)
    k = 0
    while seq is not None and k < len(out) - 1:
        a, b = out[k], out[k + 1]
        if a.kind == "person" and not a.marker and len(a.parts) >= 2 and b.first == a.index + 2 \
                and seq[a.index + 1].surface == "・" and seq[a.index + 1].start == a.end and b.start == seq[a.index + 1].end \
                and b.title and b.kind in ("person", "role", "anonymous") and len(b.parts) < 2:
            out[k] = Mention(a.text + "・" + b.text, a.start, b.end, a.name, "person", b.title, b.text, b.marker,
                             b.index, a.first, a.parts)
            del out[k + 1]
        k += 1
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind in ("person", "role") and a.marker == "の" and a.role and b.kind == "person" \
                and b.first == a.index + 2 and not (len(a.parts) >= 2 and b.text == b.name and not b.title):
            # (not 清原和博選手のオリックス・バファローズ: a full name, then a bare katakana 'name' that is his team's)
            out[k] = Mention(a.text, a.start, a.end, None, "role", a.title, a.role, a.marker, a.index, a.first)
            out[k + 1] = Mention(b.text, b.start, b.end, b.name, b.kind, b.title,
                                 a.text if not b.role or a.text.endswith(b.role) else b.role,
                                 b.marker, b.index, b.first, b.parts)
    return out


def _start_of(t):
    return t.start


def _units_at(text, seq, marks):
    """The indices of the units of ``seq`` that are one of the one-character ``marks`` of ``text`` (found with
    str.find and a binary search, without visiting every unit)."""
    out = []
    for mark in marks:
        pos = text.find(mark)
        while pos >= 0:
            k = bisect.bisect_left(seq, pos, key=_start_of)
            if k < len(seq) and seq[k].start == pos and seq[k].surface == mark:
                out.append(k)
            pos = text.find(mark, pos + 1)
    out.sort()
    return out


def _halves(name):
    """Surname and given name of a four-kanji name nothing splits (剛腕未来 → 剛腕, 未来); none for other lengths."""
    return (name[:2], name[2:]) if len(name) == 4 else ()


def _local_names(mentions, is_surname=None):
    """Names seen in the document and their parts (surname, given name, parts of a katakana name), as People."""
    from .people import People, Person
    found = {}
    for m in mentions:
        if m.kind != "person" or not m.name:
            continue
        found.setdefault(m.name, m.name)
        parts = list(m.parts) or _parts(m.name)
        if len(parts) == 1 and len(m.name) == 2 and _HAN_ONLY.match(m.name) and m.title and is_surname is not None \
                and not is_surname(m.name):
            # 武豊騎手 (UniDic reads 武豊 as a place), then 武騎手: a two-kanji full name, not a surname alone (森田),
            # and its first kanji the surname; the known pass takes it only before a title or an honorific
            found.setdefault(m.name[0], m.name)
        if len(parts) > 1:
            for k, p in enumerate(parts):
                # a one-kanji surname (孫, 堀) is kept too: the known pass takes it only before a title or honorific
                if len(p) >= 2 or (k == 0 and m.parts and _RARE_HAN.match(p)) \
                        or (k == len(parts) - 1 and _KATAKANA.match(p) and "・" in m.name):   # ミンホ・イ → イ氏
                    found.setdefault(p, m.name)
    if not found:
        return None
    return People([Person(alias) for alias in found])


COMPOUND_PARTICLE_VERBS = {"付く", "つく", "就く", "対する", "よる", "依る", "因る", "取る", "関する", "向ける", "とる", "至る",
                            "於く", "限る"}


def age_inside(seq, k):
    """Whether the brackets opening at ``seq[k]`` hold an age among a few words (（独身／33歳・公務員）)."""
    for x in range(k + 1, min(len(seq) - 1, k + 10)):
        if seq[x].surface in ("）", ")") or seq[x].pos1 in _UNIT_POS:
            return False
        if seq[x].pos2 == "数詞" and seq[x + 1].surface in ("歳", "才"):
            return True
    return False


def _short_form_in_brackets(seq, m):
    """ビーエスコンディショナルアクセスシステムズ(B-CAS社)は: an organisation's short form in brackets, glued after
    a long name no stage read, takes the particles after the brackets (the subject is that organisation)."""
    a, b = m.first - 1, m.index + 1
    if a < 1 or b + 1 >= len(seq) or seq[a].surface not in _PAREN_OPEN or seq[b].surface not in _PAREN_CLOSE \
            or seq[a].start != seq[a - 1].end or seq[a - 1].pos1 in _UNIT_POS or seq[a - 1].pos1 == "補助記号" \
            or seq[b + 1].surface not in ("は", "が", "も") or seq[b + 1].pos1 != "助詞":
        return m
    return m._replace(marker=_marker(seq, b + 1))


def _marker(seq, j):
    """The particles after a mention: は, が, から, にも...; compound ones keep their verb (について, に対し)."""
    out = []
    limit = 2
    if j < len(seq) and seq[j].surface in _PAREN_OPEN:   # 女性(88歳)は: the particles after a remark in brackets
        for k in range(j + 1, min(len(seq), j + 10)):
            if seq[k].pos1 in _UNIT_POS or seq[k].surface in _PAREN_OPEN:
                break
            if seq[k].surface in _PAREN_CLOSE:
                if k + 1 < len(seq) and seq[k + 1].pos1 == "助詞":
                    j = k + 1
                break
    if j + 1 < len(seq) and seq[j].lemma in ("自ら", "自身") and seq[j].pos1 == "名詞" and seq[j + 1].pos1 == "助詞":
        j += 1   # 監督みずからは, 山田氏自身は: the particles after the reflexive word
    while j < len(seq) and len(out) < limit:
        t = seq[j]
        if t.pos1 == "助詞" or t.surface in ("曰く", "：", ":", "いわく"):
            out.append(t.surface)
            j += 1
            if t.surface == "に" and j < len(seq) and seq[j].lemma in COMPOUND_PARTICLE_VERBS:
                out.append(seq[j].surface)   # について, に対し, によると: about / to / according to
                if seq[j].surface == "よる" and j + 1 < len(seq) and seq[j + 1].pos1 in ("名詞", "接頭辞"):
                    out.append("の")   # 裁判官による質問: by X, of a noun (not によると, according to X)
                break
            if t.surface == "の" and len(out) == 1 and j + 1 < len(seq) and seq[j].surface == "場合" \
                    and seq[j + 1].surface in ("は", "も", "、"):
                return "の場合" + seq[j + 1].surface   # 順子さんの場合は, の場合、: the one whose case the sentence tells
            if t.surface == "の" and len(out) == 1 and j + 1 < len(seq) and seq[j].surface == "間" \
                    and seq[j + 1].surface == "で":
                out.append("間")   # 関係者の間では: among them, as a source
                j += 1
                limit = 4
                continue
            continue
        break
    if out == ["より"] and j < len(seq) and seq[j].surface in ("、", "「"):
        return "より" + seq[j].surface   # 北浜病院より、「…」と抗議: the one the words came from (not 兄より年上)
    return "".join(out)


_CHANNEL_OPENERS = ("公式", "オフィシャル", "個人", "自身", "自ら")   # 中村さんの公式ブログでは


def _comma_topic(seq, first, j, suffixes):
    """Whether the person named from unit ``first`` (by a name read as one, or with a title or an honorific; not a
    word of the article's own such as アラサー), with a comma at unit ``j`` right after the name, is the topic
    of a sentence that leaves out は: the name opens the sentence (after at most a short modifier with の: 前述の,
    同じく独身の) and no other name follows in the clause after the comma (not 田中さん、鈴木さんが: a list)."""
    if j + 1 >= len(seq) or seq[j].surface != "、":
        return False
    k = first - 1
    while k >= 0 and first - k <= 4 and not (seq[k].pos1 in ("EOL", "GAP", "QUOTE") or seq[k].surface in _TOPIC_STOPS):
        k -= 1
    if k >= 0 and not (seq[k].pos1 in ("EOL", "GAP") or seq[k].surface in ("。", "！", "？")):
        return False   # (a name in the middle of a sentence, or after words quoted in it)
    if first - k > 1 and seq[first - 1].surface != "の":
        return False   # (…の北川さん、: only a modifier with の may come before the name)
    for x in range(j + 1, min(len(seq), j + 12)):
        t = seq[x]
        if t.surface in ("、", "。") or t.pos1 in ("EOL", "GAP", "QUOTE"):
            break
        if x in suffixes or t.pos3 == "人名":
            return False   # 田中さん、鈴木さんと: a list of names
        if t.pos1 in ("動詞", "形容詞", "助動詞"):
            return True
    return False


_TOPIC_STOPS = ("。", "！", "？", "、", "「", "」")


def _apposition_role(seq, first, orgs=frozenset()):
    """The role before a name: 東京都副知事の宮坂学, 騎手・坂井英光, タレント・杉本彩; a surname glued to an
    organisation word is part of it (佐藤電機社長の佐藤一郎)."""
    j = first - 1
    if j < 1 or seq[j].surface not in ("の", "・", "･") or (seq[j].pos1 in _UNIT_POS):
        return None
    k = j - 1
    toks = []
    while k >= 0 and len(toks) < 12:
        t = seq[k]
        if t.pos1 in _UNIT_POS:
            break
        if t.pos3 == "人名" and not (toks and toks[-1].start == t.end and toks[-1].pos3 != "人名"
                                      and any(x.surface in orgs for x in toks)):
            break
        if t.pos1 in ("名詞", "接尾辞", "接頭辞") or (t.pos1 == "空白" and toks):
            toks.append(t)
            k -= 1
            continue
        break
    toks.reverse()
    while toks and toks[0].pos1 == "空白":
        toks.pop(0)
    if not toks or toks[-1].pos2 in ("数詞",) or all(t.pos2 == "数詞" for t in toks):
        return None
    if seq[j].surface == "の" and toks[-1].pos2 not in ("普通名詞", "固有名詞") and toks[-1].pos1 != "接尾辞":
        return None
    return "".join(t.surface for t in toks if t.pos1 != "空白")


def _opens_phrase(seq, k):
    """Whether unit ``k`` opens a noun phrase: the text's start, or after a token that is no glued noun."""
    return k == 0 or seq[k - 1][3] not in _NOUNISH or seq[k - 1].end != seq[k].start
