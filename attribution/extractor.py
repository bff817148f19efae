"""The pipeline: text → quotes → units and mentions → the sieve → a :class:`~attribution.ledger.Ledger`."""
from __future__ import annotations

import bisect

import regex
import dataclasses

from .attribute import ACRONYM, AFTER_SIEVE, SUBJECT_MARKERS, decide
from .confidence import default_table, evidence, name_form
from .cues import build_units, sentence_stops
from .errors import InputError
from .ledger import Ledger, Mention as MentionRef, Quote, Speaker
from .lexicon import default_lexicon
from .entities import in_work_title, resolve
from .mentions import Mention, MentionFinder
from .people import People
from .quotes import find_quotes
from .tokenize import Tokenizer
from .turns import Turns

_KATAKANA_WORD = regex.compile(r"^[\p{Katakana}ー]+$")

AUTHOR = "筆者"


_ORG_CHAR = regex.compile(r"[\p{Han}\p{Katakana}ー\p{Latin}]")
_LATIN_ONLY = regex.compile(r"^[\p{Latin}0-9 ]+$")
# a surname in apposition, in a list, after a clause or opening a sentence (・, の, 、, た, る, 。, a new line) and the
# words glued after it, before a particle (see
# Document._apposed_given_names)
_APPOSED_NAME = r"(?<=[・の、たる。\n]){}(\p{{Han}}{{1,3}}|\p{{Hiragana}}{{2,4}}|\p{{Katakana}}{{2,4}})(?=[がはのと、をにも（(]|から|より)"
_KATAKANA_OR_LATIN = regex.compile(r"^[\p{Katakana}ー\p{Latin}]+$")


def _in_title(text, pos):
    """Whether ``pos`` is inside 『…』 on its line (the title of a work)."""
    line = text.rfind("\n", 0, pos) + 1
    return text.count("『", line, pos) > text.count("』", line, pos)


_BROADCASTER = regex.compile(r"テレビ|放送|ラジオ|テレ|ＴＶ|TV|ＦＭ|FM|NHK|ＮＨＫ|局$")   # the names 同局 stands for
PRONOUN_REACH = 300   # characters: 彼, 彼女 stand for a person named this close before them (not 同氏)


class Document:
    """One document analysed: its quotes, unit sequence, mentions and entities. Used by the sieve's rules."""

    def __init__(self, text, tokenizer, lex, people=None, finder=None, full=False):
        self.text = text
        self.lex = lex
        self.tokenizer = tokenizer
        self.quotes = find_quotes(text)
        self.seq, self.where = build_units(text, self.quotes, tokenizer, full=full, suffixes=lex.suffixes,
                                           introductions=lex.introductions)
        self.mentions = (finder or MentionFinder(lex, people)).find(text, self.seq, self.where)
        self.stops = sentence_stops(self.seq)
        self._ends = [m.index for m in self.mentions]
        self._by_end = {m.index: m for m in self.mentions}
        self._by_first = {m.first: m for m in self.mentions}
        self.entities = resolve(self.mentions + self._apposed_given_names(), people, text,
                                readings=self._name_readings())
        self.people = people
        self.turns = Turns(self)   # who is speaking now: written by the extractor as it decides, read by rules
        self._author = None
        self._short = None
        self._fuller = {}
        self._countries = {}   # name -> whether UniDic reads it alone as a country (_is_country)
        self._before = {}   # (word, offset) -> the name _named_before found

    def _apposed_given_names(self):
        """Full names the mention stage did not read, for surnames the document names a person by alone: the surname
        written after ・, の, 、, a clause that describes it or a sentence's end (騎手・三浦皇成と, 「ミタ」の忽那汐里が,
        銅メダルを獲得した西山将士が) and glued to the same words each time, which read as the rest of a name (see
        :meth:`_given_name_words`; not 安倍内閣が, 小西酒造の, 西山だが). Returns mentions of those full names, for
        coreference only: the surname alone then stands for the full name."""
        seq = self.seq
        lone = {m.name for m in self.mentions
                if m.kind == "person" and m.name and m.first == m.index and m.first >= 0
                and seq[m.first].pos4 == "姓" and seq[m.first].surface == m.name}
        if not lone:
            return []
        names = {m.name for m in self.mentions if m.kind == "person" and m.name}
        out = []
        for surname in sorted(lone):
            if any(n != surname and n.startswith(surname) for n in names):
                continue   # (a fuller name is read already)
            found = {}
            for hit in regex.finditer(_APPOSED_NAME.format(regex.escape(surname)), self.text):
                found.setdefault(hit.group(1), hit.start())
            found = {given: at for given, at in found.items() if self._given_name_words(surname, given)}
            if len(found) != 1:
                continue   # (none, or several: no one full name)
            given, at = next(iter(found.items()))
            full = surname + given
            out.append(Mention(full, at, at + len(full), full, "person", first=-1, index=-1))
        return out

    def _given_name_words(self, surname, given):
        """Whether ``given``, written after ``surname``, reads as the rest of a full name: UniDic keeps the surname
        whole before it and reads it as nouns of no table (not a title, a suffix, a source, an organisation's word,
        a word of word_classes.tsv, a verbal noun, a place or a numeral: 西山|将士, 三浦|皇|成; not 西山|だ|が,
        安倍|内閣)."""
        toks = self.tokenizer.tokenize(surname + given + "が")
        if len(toks) < 3 or toks[0].surface != surname or toks[-1].surface != "が" \
                or toks[-2].end != len(surname) + len(given):
            return False
        return not any(t.pos1 != "名詞" or t.pos2 == "数詞" or t.pos3 in ("サ変可能", "地名") or t.pos4 == "姓"
                       or self.lex.table_word(t) for t in toks[1:-1])

    def _name_readings(self):
        """{name: readings of its surname and given name}, for the person mentions whose tokens UniDic reads as a
        surname or a given name (its lemma of a name is the name's reading in katakana: 野村 → ノムラ)."""
        out = {}
        seq = self.seq
        for m in self.mentions:
            if m.kind != "person" or not m.name or m.first < 0 or m.name in out:
                continue
            got = tuple(t.lemma for t in seq[m.first:m.index + 1]
                        if t.pos3 == "人名" and t.pos4 in ("姓", "名") and t.lemma and t.lemma != t.surface)
            if got:
                out[m.name] = got
        return out

    # -- lookups used by the rules -------------------------------------------------------------------------------
    def mentions_between(self, lo, hi):
        a = bisect.bisect_left(self._ends, lo)
        b = bisect.bisect_left(self._ends, hi)
        return self.mentions[a:b]

    def sentence_start(self, index):
        """The first unit index of the sentence that holds unit ``index``."""
        j = bisect.bisect_left(self.stops, index)
        return self.stops[j - 1] + 1 if j > 0 else 0

    def mention_ending(self, index):
        return self._by_end.get(index)

    def mention_starting(self, index):
        return self._by_first.get(index)

    def mention_ending_before(self, index):
        """The mention whose last token is right before unit ``index`` (skipping nothing)."""
        return self._by_end.get(index - 1)

    def line_label(self, qidx):
        """The mention labelling the quote's line in an interview (又吉：…), if the line starts with one."""
        j = qidx
        seq = self.seq
        while j > 0 and seq[j - 1].pos1 != "EOL":
            j -= 1
        m = self._by_first.get(j)
        if m is None:
            # a line opening with the writer's or the interviewer's label: 筆者： or Q．
            return None
        k = m.index + 1
        if k < len(seq) and seq[k].surface in ("：", ":") and m.kind in ("person", "author"):
            return m
        return None

    def author_mention(self):
        if self._author is None:
            from .mentions import Mention
            self._author = Mention(AUTHOR, -1, -1, None, "author")
        return self._author

    def _full_named(self, m):
        """Whether the person of mention ``m`` is given a name of surname and given name in the document."""
        name = self.name_of(m)[0]
        return bool(name) and any(x.kind == "person" and len(x.parts) >= 2 and self.name_of(x)[0] == name
                                  for x in self.mentions)

    def _role_referent(self, m):
        """A role alone (監督, 博士, 北浜市長) stands for the one person the document gives that role; a titled
        name that is no person's (水道橋博士, a stage name) stands for itself."""
        word = m.title or m.role
        foreign = self._foreign_name_before(m, word)
        if foreign is not None:   # ファン|ハール監督: a foreign name UniDic reads as katakana words, not a role
            return foreign, "person", word
        hits = {e.canonical: e for e in self.entities.values()
                if e is not None and any(r.endswith(m.role) or (word and r.endswith(word)) for r in e.roles)}
        if len(hits) == 1:
            return next(iter(hits)), "person", m.role
        if hits:
            return None, "anonymous", m.role
        titled = {x.text for x in self.mentions if x.kind == "role" and x.title == word and len(x.text) > len(word)
                  and not x.text.startswith("同")}   # (同キャスター is the one so titled, not a name)
        if len(titled) == 1:
            text = next(iter(titled))
            named = self._surname_before(text, word, m)
            if named is None and text.endswith(word):
                named = self._role_prefix_name(text[:-len(word)], word)
                if named == "":   # パキスタン外務大臣, 国連大使: a country, a place or a body and a field, no name
                    return None, "anonymous", m.role
            return named or text, "person", word
        if m.role in self.lex.statuses:   # 被告は: the one person the text calls 被告 (山田被告)
            held = {self.name_of(x)[0] for x in self.mentions if x.kind == "person" and x.title == m.role}
            held.discard(None)
            if len(held) == 1:
                return held.pop(), "person", m.role
        return None, "anonymous", m.role

    def _surname_before(self, text, word, m):
        """野田|首相 where UniDic reads 野田 as a place: a surname of two or three kanji that the dictionary reads as
        a person's or a place's name (not a country's), before a title that no place opens (首相, 監督; not
        北浜|市長), else None."""
        prefix = text[:-len(word)] if text.endswith(word) else ""
        if not (2 <= len(prefix) <= 3) or (word[0] in self.lex.title_bodies and word[0] != "社") \
                or prefix[-1] in self.lex.title_bodies:
            return None   # (but 川田|社長: 社 opens no place's title)
        tokens = self.seq[m.first:m.index + 1] if m.text == text else []
        if len(tokens) < 2 or tokens[0].surface != prefix or tokens[0].pos3 not in ("人名", "地名") \
                or tokens[0].pos4 == "国" \
                or not all("\u4e00" <= c <= "\u9fff" for c in prefix):
            return None
        return prefix

    def _role_prefix_name(self, prefix, title):
        """What the words before ``title`` in a titled mention name, read alone, the fields and bodies of a title
        at their end (球団, 外務, 国連, 県) left out: "" where the rest names no one (nothing, a country, an
        organisation word, a place before a body: パキスタン|外務, 国連, 大分 before 県議); the rest where it is a
        surname of two or three kanji UniDic reads as a person's or a place's name (西川|球団 before 社長: 西川);
        else None."""
        toks = self.tokenizer.tokenize(prefix)
        lex = self.lex
        k = len(toks)
        while k and (toks[k - 1].surface in lex.title_fields or toks[k - 1].surface in lex.title_bodies
                     or toks[k - 1].surface in lex.body_fields):
            k -= 1
        rest = toks[:k]
        if not rest or (k < len(toks) or len(rest) == 1) and all(
                t.pos4 == "国" or t.pos3 == "組織" or t.surface in lex.orgs for t in rest) \
                or ((toks[k].surface if k < len(toks) else title[0]) in lex.title_bodies
                    and all(t.pos3 == "地名" for t in rest)):
            return ""
        if k < len(toks) and len(rest) == 1 and rest[0].pos3 in ("人名", "地名") and rest[0].pos4 != "国" \
                and 2 <= len(rest[0].surface) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in rest[0].surface):
            return rest[0].surface
        return None

    def _foreign_name_before(self, m, word):
        """The name before the title of a role mention when it is two or more katakana words glued, none a place, an
        organisation or a word of the tables (ファン|ハール監督, ロッ|ペン選手), else None; one katakana word
        before a title is a role (サッカー監督)."""
        if not word or not m.text.endswith(word) or len(m.text) - len(word) < 3:
            return None
        prefix = m.text[:-len(word)]
        if not _KATAKANA_WORD.match(prefix):
            return None
        parts = [t for t in self.seq[m.first:m.index + 1] if t.end <= m.start + len(prefix)]
        if len(parts) < 2 or parts[-1].lemma in self.lex.sources or any(
                t.pos3 in ("地名", "組織") or t.surface in self.lex.orgs for t in parts):
            return None
        return prefix

    def _company_topic(self, index):
        """The company a sentence opens with as its topic, where 同社 first stands later in that same sentence
        (グリーは2012年2月20日、同社が運営する…: グリー), for 同社 at unit ``index`` when no organisation was read:
        a run of nouns the dictionary lacks or reads as proper nouns or as katakana words, then は. Or None."""
        seq = self.seq
        first = next((k for k in range(index + 1) if seq[k].surface.startswith("同社")), index)
        k = self.sentence_start(first)
        while k < first and seq[k].pos1 in ("EOL", "GAP", "空白"):
            k += 1
        j = k
        while j < first and seq[j].pos1 in ("名詞", "接尾辞") and seq[j].pos3 != "人名" \
                and (j == k or seq[j].start == seq[j - 1].end):
            j += 1
        if j == k or j >= first or not (seq[j].surface == "は" and seq[j].pos1 == "助詞") or j - k > 3 \
                or not (first + 1 < len(seq) and seq[first + 1].surface == "が"
                        and any(seq[x].surface == "、" for x in range(j + 1, first))):
            return None   # (not リボンシールは同社と…: 同社, the subject of a clause of its own after a comma)
        run = self.text[seq[k].start:seq[j - 1].end]
        if not all(not t.known or t.pos2 == "固有名詞" or _KATAKANA_OR_LATIN.match(t.surface)
                   for t in seq[k:j]):
            return None   # (同日は, 会見では: a common word)
        if any(x.kind == "person" and x.first >= k and x.index < j for x in self.mentions):
            return None
        return run

    def _named_before(self, word, before):
        """The last name ending in ``word`` written before offset ``before``: a glued run of kanji, katakana or
        Latin letters longer than ``word`` that holds a proper noun or a word the dictionary lacks (北浜地方気象台,
        南山高校 for 校), or None (関連記事 for 記事: no name)."""
        key = (word, before)
        if key not in self._before:
            self._before[key] = self._find_named_before(word, before)
        return self._before[key]

    def _find_named_before(self, word, before):
        text = self.text
        if word in self.lex.sources or word in self.lex.suffixes or word in self.lex.title_heads:
            return None   # 同関係者, 同総統: a source or a title, not a body
        pos = text.rfind(word, 0, before)
        while pos > 0:
            j = pos
            while j > 0 and pos - j < 12 and _ORG_CHAR.match(text[j - 1]):
                j -= 1
            end = pos + len(word)
            after = text[end:end + 1]
            if pos - j >= 2 and text[j] != "同" and not _ORG_CHAR.match(after) and after != "「" and any(
                    (t.pos2 == "固有名詞" and t.pos4 != "国") or not t.known
                    for t in self.tokenizer.tokenize(text[j:pos])):
                # (not 館長 for 館: the word goes on; not 北浜テレビ番組「…」: a kind of thing before its title; not
                # 日本法人: a country's)
                return text[j:end]
            pos = text.rfind(word, 0, pos)
        return None

    def _is_country(self, name):
        """Whether UniDic reads ``name`` alone as one word, the name of a country (ロシア, 北朝鮮). Remembered per
        name."""
        got = self._countries.get(name)
        if got is None:
            toks = self.tokenizer.tokenize(name)
            got = self._countries[name] = len(toks) == 1 and toks[0].pos4 == "国"
        return got

    def _fuller_org_in_text(self, name):
        """ミナト食品 → ミナト食品工業: the one longer name of an organisation the text writes somewhere (also where
        extraction did not read), that starts with ``name`` and ends in an organisation word of the table."""
        got = self._fuller.get(name)
        if got is not None:
            return got
        ends = self.lex.org_ends
        bodies = self.lex.word_classes["public_body"]
        if name.endswith(bodies):
            # not 北浜町 → 北浜町南村, a body within it, nor 東京都 → 東京都公園協会, another body it set up
            self._fuller[name] = name
            return name
        found = set()
        text = self.text
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            j = end
            while j < len(text) and j - end < 8 and _ORG_CHAR.match(text[j]):
                j += 1
            longer = text[end:j]
            for k in range(len(longer), 0, -1):
                if longer[:k].endswith(ends):
                    if longer[:k] not in self.lex.word_classes["same_body"] \
                            and longer[:k] not in self.lex.word_classes["seat"] \
                            and not longer[:k].endswith(self.lex.word_classes["branch"]):
                        # (北浜化学株式会社, ルミエール社: the same name; not 北浜鉄道静岡支社: a branch of it)
                        found.add(name + longer[:k])
                    break
            pos = text.find(name, end)
        self._fuller[name] = got = found.pop() if len(found) == 1 else name
        return got

    def _org_starting_with(self, name):
        """The one organisation of the document whose name starts with ``name`` (吉本 → 吉本興業), or None."""
        found = {x.name for x in self.mentions if x.kind == "org" and x.name and x.name.startswith(name)
                 and len(x.name) > len(name)}
        return found.pop() if len(found) == 1 else None

    def _full_before_brackets(self, name):
        """The name written right before ``name`` in brackets (北浜エネルギー(KHE) for KHE): a run of kanji, katakana and
        Latin letters of 2 to 20 characters, longer than ``name``; None when the text has none or two."""
        found = set()
        for open_, close in (("(", ")"), ("（", "）")):
            pos = self.text.find(open_ + name + close)
            while pos > 0:
                k = pos
                while k > 0 and pos - k < 20 and _ORG_CHAR.match(self.text[k - 1]):
                    k -= 1
                run = self.text[k:pos]
                if len(run) >= 2 * len(name) and not (_LATIN_ONLY.match(run) and not _LATIN_ONLY.match(name)):
                    found.add(run)   # not MONCHOUCHOU(モンシュシュ): a reading, not a short form
                pos = self.text.find(open_ + name + close, pos + 1)
        return found.pop() if len(found) == 1 else None

    def _org_short_forms(self):
        """Short forms given in brackets right after an organisation's name: 学習研究社(学研) → {学研: 学習研究社}."""
        if self._short is None:
            self._short = {}
            for x in self.mentions:
                if x.kind == "org" and x.name and x.end < len(self.text) and self.text[x.end] in "(（":
                    close = min((i for i in (self.text.find(")", x.end, x.end + 12),
                                             self.text.find("）", x.end, x.end + 12)) if i > 0), default=-1)
                    short = self.text[x.end + 1:close] if close > 0 else ""
                    if 1 < len(short) < len(x.name) and not any(c in short for c in "、,・ 　"):
                        self._short.setdefault(short, x.name)
            seq = self.seq
            for k in range(len(seq) - 3):   # WHO=世界保健機関: an acronym, then its full name as a run of nouns
                if seq[k + 1].surface in ("=", "＝") and not seq[k].known and ACRONYM.match(seq[k].surface):
                    j = k + 2
                    while j < len(seq) and seq[j].pos1 in ("名詞", "接尾辞", "接頭辞") and seq[j].start == seq[j - 1].end \
                            and seq[j].pos3 != "人名":
                        j += 1
                    if j - (k + 2) >= 2:
                        self._short.setdefault(seq[k].surface, self.text[seq[k + 2].start:seq[j - 1].end])
        return self._short

    def coordinated(self, m):
        """The persons joined to ``m`` by と, や or 、 right before it (AとBは, AやBが, A、B、Cは), in order; empty when
        none."""
        out = []
        first = m.first
        while True:
            prev = self._by_end.get(first - 2)
            if prev is None or prev.kind != "person" or not (
                    (prev.marker in ("と", "や") and self.seq[first - 1].surface == prev.marker)
                    or (not prev.marker and self.seq[first - 1].surface == "、"
                        and (not prev.title or self.lex.suffixes.get(prev.title) == "honorific"
                             or (m.title and self.lex.suffixes.get(m.title) != "honorific")))):
                break   # (not フリーwebデザイナー、まさよさん: a role in apposition before a name; but 小島進深谷市長、
                # 吉田信解本庄市長も: two titled names)
            out.insert(0, prev)
            first = prev.first
        if out and m.marker not in SUBJECT_MARKERS:
            return []
        return out

    def name_of(self, m):
        """(speaker name, speaker type, role) for a mention, after coreference."""
        if m is None:
            return None, "unknown", None
        if m.kind == "person":
            ent = self.entities.get(m.name)
            name = ent.canonical if ent else m.name
            if name == m.name and not m.title and m.marker:
                org = self._org_starting_with(name)
                if org is not None:   # 吉本は「…」 where the article names 吉本興業: the company
                    return org, "org", None
            role = m.role
            if ent is not None and ent.roles:
                fuller = [r for r in ent.roles if role is None or (r.endswith(role) and r != role)]
                if fuller:  # 市長 → 北浜市長, the fullest role the document gives
                    role = max(fuller, key=len) if role else ent.roles[0]
            return name, "person", role
        if m.kind == "author":
            return AUTHOR, "author", None
        if m.kind == "role":
            return self._role_referent(m)
        if m.kind == "pronoun":
            for prev in reversed(self.mentions_between(0, m.index)):
                if m.start - prev.end > PRONOUN_REACH and m.text.startswith("彼"):
                    break   # (a person named paragraphs before: 彼 is someone the text does not name near it; but
                    # 同氏 points back as far as it needs)
                if prev.kind == "person" and not _in_title(self.text, prev.start):
                    if m.text == "彼" and prev.title == "さん" and len(prev.parts) < 2 and not self._full_named(prev):
                        break   # 紀子さん…。彼は「…」: 彼, the partner of the one known by a given name alone,
                        # is someone the text does not name (one spoken of as さん with a full name stays: 田中健太さん)
                    return self.name_of(prev)   # (not a name in the title of a work: 『ウォーリー』で…沸かせた彼は)
            return None, "unknown", None
        if m.kind == "org":
            name = m.name or m.text
            if len(name) > 2 and name[0] == "同" and name[1] in self.lex.word_classes["public_body"]:
                body = self._named_before(name[1], m.start) or next(
                    (x.name for x in reversed(self.mentions_between(0, m.index))
                     if x.kind == "org" and x.name and x.name.endswith(name[1]) and x.name[0] != "同"), None)
                if body is not None:   # 同市教育委員会, 同省医薬局: the body named before, then the rest of the name
                    return body + name[2:], "org", None
                return None, "unknown", None   # (no city named before: 同市 names no one the reader can tell)
            # 学習研究社（学研）: 学研 is the short form, also where the full name is no mention the stage read
            name = self._org_short_forms().get(name) or self._full_before_brackets(name) or name
            seats = self.lex.word_classes["seat"]
            bodies = self.lex.word_classes["public_body"]
            fuller = () if self._is_country(name) else \
                {x.name for x in self.mentions if x.kind == "org" and x.name and x.name != name and name in x.name
                 and not in_work_title(self.text, x.start)   # (not 『首都圏大停電三国屋建設、…』: a headline)
                 and not (x.name.startswith(name) and x.name[len(name):] in seats)   # not 北山区 → 北山区役所
                 and not (x.name.startswith(name) and name.endswith(bodies))}
            # (nor 北浜町 → 北浜町南村, a body within it, nor 東京都 → 東京都公園協会, another body it set up; nor a
            # country → a body of it: ロシア → ロシア側警備局)
            if len(fuller) == 1:   # 検察 → 奈良地方検察庁, the one fuller name of the document that holds it
                name = fuller.pop()
            elif not fuller and not self._is_country(name):
                name = self._fuller_org_in_text(name)
            return name, "org", None
        if m.kind == "org_pronoun":   # 同社: the organisation named last; 同大学: the university named last
            # the organisation named last, not a paper cited as the source (読売新聞によれば、同社は…)
            before = self.mentions_between(0, m.index)
            cited = {a.index for a, b in zip(before, before[1:])
                     if b.marker in ("による", "によれ", "により") and b.first == a.index + 2
                     and self.seq[a.index + 1].surface in ("・", "、", "や", "と")}
            # (北浜新聞・南原新聞によると: a paper listed with the one cited is cited too)
            here = self.sentence_start(m.index)
            papers = {name for x in before if x.marker in ("による", "によれ", "により") and x.kind == "org"
                      and (name := self.name_of(x)[0]) and self.lex.reports(name, x.role)}   # (not ミナト社によると, 同社は)
            # (a paper cited as the source of a report is not the company the report is about, wherever else it is
            # named: 読売新聞 in the credit line, then 読売新聞によれば、同社は…)
            orgs = [x for x in reversed(before)
                    if x.kind == "org" and x.index not in cited
                    and (x.marker not in ("による", "によれ", "により")
                         or not (self.lex.reports(x.name or x.text, x.role) or x.index + 3 >= m.index))
                    # (KR東海によると、…。同社は: a company cited as the source, a sentence before; not a paper, nor a
                    # source right before 同社)
                    and self.name_of(x)[0] not in papers
                    and not (x.marker in ("は", "が") and x.index >= here
                             and self.lex.reports(x.name or x.text, x.role))]
            # (北浜新聞が同社の話として伝えた: 同社 is not the paper that reports in its own sentence)
            if m.name:
                orgs = [x for x in orgs if (x.name or x.text).endswith(m.name)]
            elif m.text[:1] == "同" and (m.text[1:] in self.lex.word_classes["public_body"]
                                          or m.text[1:] in self.lex.word_classes["same_kind"]):
                orgs = [x for x in orgs if (x.name or x.text).endswith(m.text[1:])]   # 同県: the prefecture named last
            elif m.text.startswith("同局"):   # a broadcaster: one whose name says so (北浜テレビ, 南原放送), not a paper
                orgs = [x for x in orgs if _BROADCASTER.search(x.name or x.text)]
            elif m.text in ("同誌", "同紙"):   # a magazine or a paper: only one named so (週刊北浜, 北浜新聞, 北浜紙)
                orgs = [x for x in orgs if (x.name or x.text).endswith(self.lex.word_classes["media"] + ("誌", "紙"))
                        or (x.name or x.text).startswith("週刊") or x.role in ("紙", "誌")]
                magazine = [(x.name or x.text).endswith("誌") or (x.name or x.text).startswith("週刊") or x.role == "誌"
                            for x in orgs]
                orgs = [x for x, mag in zip(orgs, magazine) if mag == (m.text == "同誌")]
                # (not 北浜新聞が報じた…同誌は: a paper is no magazine, nor a magazine a paper)
            elif m.text.startswith("同社"):   # a company: not a city, a prefecture or a ministry named since
                orgs = [x for x in orgs if not (x.name or x.text).endswith(self.lex.word_classes["public_body"])]
                others = [x for x in orgs if not self.lex.reports(x.name or x.text, x.role)]
                if others:
                    orgs = others   # 南原新聞の取材に対し、同社は: the company reported on, not the paper
            if orgs:
                return self.name_of(orgs[0])[0], "org", None
            if m.text.startswith("同社"):
                topic = self._company_topic(m.index)
                if topic is not None:   # グリーは20日、同社が運営する…: the topic of the sentence 同社 first stands in
                    return topic, "org", None
            kind = m.name or (m.text[1:] if m.text[1:] in self.lex.word_classes["same_kind"] else None)
            if kind and m.text[:1] == "同":
                named = self._named_before(kind, m.start)
                if named is not None:   # 同気象台: the one name ending in 気象台 written before (北浜地方気象台)
                    return named, "org", None
            return None, "unknown", None
        return None, "anonymous", None


class Extractor:
    """Keeps the tagger and the rule tables loaded, for extracting from many documents.

    >>> ex = Extractor()                       # doctest: +SKIP
    >>> ledger = ex.extract("宮坂氏は「…」と述べた。")  # doctest: +SKIP
    """

    def __init__(self, people=None, lexicon=None, chunk_chars=None, min_confidence=None):
        self.min_confidence = check_confidence(min_confidence)
        self.lex = lexicon or default_lexicon()
        self.chunk_chars = chunk_chars or CHUNK_CHARS
        self.tokenizer = Tokenizer(cut_before=self.lex.title_bodies,
                                   body_words=set(self.lex.title_heads) | set(self.lex.suffixes) | self.lex.body_fields,
                                   katakana_titles=set(self.lex.title_heads) | set(self.lex.suffixes))
        if people is not None and not isinstance(people, People):
            people = People.load(people) if isinstance(people, (str, bytes)) or hasattr(people, "__fspath__") \
                else People(people)
        self.people = people
        self.finder = MentionFinder(self.lex, people, is_surname=self.tokenizer.is_surname,
                                    is_given_name=self.tokenizer.is_given_name,
                                    name_halves=self.tokenizer.name_halves)
        self.confidence = default_table()

    def analyse(self, text, full=False):
        """The analysis extraction works on (quotes, units, mentions, entities). Extraction reads only the narration
        near quotes; ``full=True`` reads all of it."""
        _check_text(text)
        return Document(text, self.tokenizer, self.lex, self.people, self.finder, full=full)

    def names(self, text):
        """The name stage on its own: every name the narration of ``text`` uses for a speaker, as written there
        (宮坂氏, 木村 靖氏, 検察側), mapped to (canonical name, type, role) after coreference: the fullest form of a
        person's name in the text, an organisation's full name, 筆者 for the writer. Sources that are not names
        (関係者, ファン) are left out. All the narration is read, quotes or not."""
        d = self.analyse(text, full=True)
        out = {}
        for m in d.mentions:
            name, kind, role = d.name_of(m)
            if name is not None and m.start >= 0:
                out.setdefault(m.text, (name, kind, role))
        return out

    def extract(self, text, doc=None):
        """The ledger of one text. ``doc`` names it in the records (a path, an id).

        Offsets are str indices into ``text`` as given. CR and CRLF line ends are read as line ends without
        changing any offset. A text longer than :data:`CHUNK_CHARS` is read in pieces cut at paragraph ends where no
        quote is open, each piece on its own (names are resolved within a piece), so time grows linearly and memory
        stays bounded by the piece size.
        """
        spans = []
        speakers = []
        for d, part in self._pieces(text, doc):
            spans.extend(part)
            speakers.append(_speakers(d, part))
        merged = speakers[0] if len(speakers) == 1 else _merge_speakers(speakers)
        ledger = Ledger(tuple(spans), merged, (doc,) if doc is not None else (), {doc: text})
        return ledger.above(self.min_confidence)

    def iter_spans(self, text, doc=None):
        """Every 「…」 span of ``text`` as a :class:`Quote`, in order, piece by piece: memory stays bounded by the
        piece size (:data:`CHUNK_CHARS`) however long the text, for writing records as they come."""
        floor = self.min_confidence or 0.0
        for _d, part in self._pieces(text, doc):
            yield from (q for q in part if not q.is_speech or q.confidence >= floor)

    def _pieces(self, text, doc):
        _check_text(text)
        work = _same_length_line_ends(text)
        for a, b in _chunks(work, self.chunk_chars):
            d = self.analyse(work[a:b]) if (a, b) != (0, len(work)) else self.analyse(work)
            yield d, self._decide_all(d, text, doc, a)

    def _decide_all(self, d, text, doc, offset):
        spans = []
        for qi, (s, e) in enumerate(d.quotes):
            dec, _ctx = decide(d, qi)
            name, stype, role = (None, dec.speaker_type, None)
            if dec.kind == "speech" and dec.mention is not None:
                name, stype, role = d.name_of(dec.mention)
                if dec.speaker_type == "author":
                    stype = "author"
                partners = d.coordinated(dec.mention)
                if partners and stype == "person":   # スコットとデヴィッドは: a group speaking together
                    name = "と".join([d.name_of(p)[0] for p in partners] + [name])
                    stype, role = "group", None
            d.turns.record(qi, dec, name, stype)
            speech = dec.kind == "speech"
            m = dec.mention
            ref = None
            if speech and m is not None and m.start >= 0:
                ref = MentionRef(text[offset + m.start:offset + m.end], offset + m.start, offset + m.end)
            key = evidence(dec.rule, dec.kind, name if speech else None, stype, _ctx.cue.strength if _ctx.cue else None,
                           m.start if ref is not None else None, m.end if ref is not None else None, s, e,
                           name_form(name, stype, m.name if m is not None else None) if speech else "-")
            cue_lemma, cue_text = _cue_words(_ctx, d.text) if speech else (None, None)
            spans.append(Quote(offset + s, offset + e, text[offset + s + 1:offset + e - 1], dec.kind,
                               name if speech else None, stype if speech else "unknown", ref,
                               role if speech else None, cue_lemma, dec.rule,
                               self.confidence.lookup(key, dec.confidence), dec.reason, doc, cue_text,
                               "|".join(key)))
        if offset == 0:   # the headline is in the first piece
            for rule_id, rule in AFTER_SIEVE:   # each gives {quote: the quote whose speaker it takes}
                for qi, j in rule(text, spans).items():
                    q = spans[qi]
                    b = spans[j]
                    key = (rule_id, evidence("", b.kind, b.speaker, b.speaker_type, None, None, None, 0, 0)[1], "none",
                           "-", name_form(b.speaker, b.speaker_type, None))
                    spans[qi] = dataclasses.replace(b, start=q.start, end=q.end, quote=q.quote, rule=rule_id,
                                                    confidence=self.confidence.lookup(key, 0.8), reason="",
                                                    evidence="|".join(key))
        return spans

    def extract_many(self, texts):
        """Ledgers of many texts: an iterable of str, or of (doc, text) pairs. Yields one ledger per text."""
        for item in texts:
            if isinstance(item, tuple) and len(item) == 2:
                yield self.extract(item[1], doc=item[0])
            else:
                yield self.extract(item)


def _cue_unit(ctx):
    """The unit index of the cue word that the record names, or None."""
    cue = ctx.cue
    if cue is not None and cue.strength in ("strong", "weak", "noun") and cue.lemma:
        return cue.index
    found = ctx.before()
    if found:
        return found[0].index
    return None


def _cue_words(ctx, text):
    """(UniDic lemma, the words as written) of the cue the record names, or (None, None)."""
    k = _cue_unit(ctx)
    if k is None:
        return None, None
    cue = ctx.cue
    lemma = cue.lemma if cue is not None and cue.strength in ("strong", "weak", "noun") and cue.lemma \
        else ctx.before()[0].lemma
    return lemma, _cue_text(ctx, text, k)


_CUE_TAIL = ("助動詞",)


def _cue_text(ctx, text, k):
    """The cue as written: the cue word at unit ``k`` and the auxiliaries right after it (細めた, 答えている)."""
    seq = ctx.seq
    if k is None or not 0 <= k < len(seq) or seq[k].pos1 in ("QUOTE", "EOL", "GAP"):
        return None
    end = k
    while end + 1 < len(seq) and seq[end + 1].start == seq[end].end:
        t = seq[end + 1]
        if not (t.pos1 in _CUE_TAIL or (t.pos1 == "助詞" and t.surface in ("て", "で"))
                or (t.pos1 == "動詞" and t.pos2 == "非自立可能" and seq[end].surface in ("て", "で"))):
            break
        end += 1
    if seq[end].pos1 == "助詞":   # 述べて、: the cue, not the conjunction after it
        end -= 1
    return text[seq[k].start:seq[end].end] or None


def _speakers(d, spans):
    order = []
    info = {}
    for q in spans:
        if q.kind != "speech" or q.speaker is None:
            continue
        if q.speaker not in info:
            order.append(q.speaker)
            info[q.speaker] = {"type": q.speaker_type, "aliases": [], "roles": []}
        rec = info[q.speaker]
        if q.role and q.role not in rec["roles"]:
            rec["roles"].append(q.role)
    for name in order:
        ent = d.entities.get(name)
        rec = info[name]
        if ent is not None:
            for a in ent.aliases:
                if a not in rec["aliases"]:
                    rec["aliases"].append(a)
            for r in ent.roles:
                if r not in rec["roles"]:
                    rec["roles"].append(r)
        if name not in rec["aliases"]:
            rec["aliases"].insert(0, name)
    return tuple(Speaker(n, info[n]["type"], tuple(info[n]["aliases"]), tuple(info[n]["roles"]),
                         tuple(q for q in spans if q.kind == "speech" and q.speaker == n)) for n in order)


#: texts longer than this many characters are read in pieces cut at paragraph ends (see Extractor.extract)
CHUNK_CHARS = 200_000


def _same_length_line_ends(text):
    """CRLF and CR line ends as LF, keeping every offset: CRLF becomes space + LF, a lone CR becomes LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _chunks(text, size):
    """(start, end) pieces of ``text`` of about ``size`` characters, cut after a line end where no 「 opened in the
    piece is still open; a piece with a quote that never closes is cut at four times the size."""
    n = len(text)
    if n <= size:
        return [(0, n)]
    out = []
    start = 0
    while start < n:
        if n - start <= size:
            out.append((start, n))
            break
        cut = -1
        pos = text.find("\n", start + size)
        hard = start + 4 * size
        while 0 <= pos < min(n, hard):
            piece = text[start:pos]
            opened = piece.count("「") + piece.count("｢")
            closed = piece.count("」") + piece.count("｣")
            if opened <= closed:
                cut = pos + 1
                break
            pos = text.find("\n", pos + max(1, size // 4))
        if cut < 0:
            nl = text.find("\n", min(n, hard))
            cut = n if nl < 0 else nl + 1
        out.append((start, cut))
        start = cut
    return out


def _merge_speakers(groups):
    """Speakers of several pieces or documents merged by canonical name (lists grow in place: linear time)."""
    by_name = {}
    for group in groups:
        for sp in group:
            cur = by_name.get(sp.name)
            if cur is None:
                by_name[sp.name] = [sp.type, dict.fromkeys(sp.aliases), dict.fromkeys(sp.roles), list(sp.quotes)]
            else:
                cur[1].update(dict.fromkeys(sp.aliases))
                cur[2].update(dict.fromkeys(sp.roles))
                cur[3].extend(sp.quotes)
    return tuple(Speaker(name, t, tuple(al), tuple(ro), tuple(qs)) for name, (t, al, ro, qs) in by_name.items())


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _check_text(text):
    if isinstance(text, str):
        bad = _SURROGATE.search(text)
        if bad is not None:   # (what open(..., errors="surrogateescape") makes of bytes that are no UTF-8)
            raise InputError(f"the text holds {bad.group()!r} at offset {bad.start()}, a lone surrogate, which is no "
                             "Unicode character: decode the bytes with errors='replace', or read the file with "
                             "attribution.read_text(path), which detects its encoding")
        return
    if isinstance(text, (bytes, bytearray)):
        raise InputError(f"extract() takes text as str, got {type(text).__name__} ({bytes(text[:20])!r}...); "
                         "decode it first, e.g. data.decode('utf-8'), or use attribution.read_text(path)")
    raise InputError(f"extract() takes text as str, got {type(text).__name__}: {text!r:.60}")


_DEFAULT = None


def extract(text, doc=None, people=None, min_confidence=None):
    """The quote ledger of ``text`` (a str). Keeps one tagger loaded between calls. With ``min_confidence`` (0 to 1)
    the ledger keeps only the speech quotes whose confidence, the measured chance that the speaker is right, is at
    least that."""
    global _DEFAULT
    check_confidence(min_confidence)
    if people is not None:
        return Extractor(people=people).extract(text, doc).above(min_confidence)
    _check_text(text)
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(text, doc).above(min_confidence)


def check_confidence(value):
    """``value`` as a float between 0 and 1 (None stays None); :class:`InputError` otherwise."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"min_confidence must be a number from 0 to 1, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise InputError(f"min_confidence must be a number from 0 to 1, got {value!r}")
    return number


def merge(ledgers):
    """One ledger of many: spans in input order; speakers with the same canonical name merged."""
    spans = []
    docs = []
    texts = {}
    sources = {}
    groups = []
    for lg in ledgers:
        spans.extend(lg.spans)
        docs.extend(lg.docs)
        texts.update(lg.texts)
        sources.update(lg.sources)
        groups.append(lg.speakers)
    return Ledger(tuple(spans), _merge_speakers(groups), tuple(docs), texts, sources)
