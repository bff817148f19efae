"""Rule tables: cue verbs and nouns, name suffixes, non-name sources and non-speech contexts.

The tables are plain TSV files in ``attribution/data`` keyed by UniDic lemma, so that 訊く, 聞く and きく are one
cue. They are read and validated once, when first needed; a bad row raises :class:`LexiconError` naming the file,
the line and the values that are accepted.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import LexiconError

#: columns and the values each kind column accepts, per table
SCHEMAS = {
    "cues.tsv": (("lemma", None), ("kind", {"verb", "noun", "adverb", "object"}),
                 ("act", {"say", "answer", "ask", "write", "think", "react"})),
    "speech_nouns.tsv": (("lemma", None), ("voice", {"named", "own", "public"})),
    "suffixes.tsv": (("lemma", None), ("kind", {"honorific", "title", "member", "relative"})),
    "sources.tsv": (("lemma", None), ("type", {"author", "anonymous", "public", "org"})),
    "orgs.tsv": (("word", None), ("kind", {"end", "body", "desk", "category"})),
    "title_heads.tsv": (("head", None), ("kind", {"title", "member"})),
    "title_words.tsv": (("word", None), ("kind", {"after_name", "body", "field", "body_field", "status",
                                                  "desk_head"})),
    "word_classes.tsv": (("word", None), ("class", {"media", "public_body", "same_body", "seat", "office",
                                                                    "alone", "group", "survey", "contact",
                                                                    "public_place", "channel", "content", "account",
                                                                    "same_kind", "many", "occupation", "people", "document",
                                                                    "ruling", "statement", "court", "incoming",
                                                                    "player_title",
                                                                    "outcry", "send_words", "view", "state_office",
                                                                    "report", "medium", "press_country", "press_genre", "present_words", "branch",
                                                                    "press", "occasion", "writings", "receive", "buzz",
                                                                    "anyones_thought", "ones_state", "work_maker",
                                                                    "decision", "self_word", "hear",
                                                                    "article_verb", "calling", "org_kind", "named_after",
                                                                    "survey_item", "questioning", "name_particle",
                                                                    "stance"})),
    "nonspeech.tsv": (("lemma", None), ("where", {"before", "after_to", "after_iu", "after", "topic_iu"}),
                      ("kind", {"title", "name", "term", "topic", "heading", "label"})),
}


#: how many leading columns make a row's key (a key given twice is an error: the second row would silently win)
KEY_WIDTHS = {"nonspeech.tsv": 2, "word_classes.tsv": 2}


def read_table(path, schema, key_width=1):
    """Rows of a TSV rule table as tuples, checked against ``schema``; ``#`` starts a comment line. A key (the first
    ``key_width`` columns) given on two lines is an error naming both."""
    rows = []
    seen = {}
    text = Path(path).read_text(encoding="utf-8") if not hasattr(path, "read_text") else path.read_text("utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != len(schema):
            raise LexiconError(f"{path}:{lineno}: expected {len(schema)} tab-separated columns "
                               f"({', '.join(c for c, _ in schema)}), got {len(cells)}: {line!r}")
        for value, (column, accepted) in zip(cells, schema, strict=True):
            if not value:
                raise LexiconError(f"{path}:{lineno}: empty {column}")
            if accepted is not None and value not in accepted:
                raise LexiconError(f"{path}:{lineno}: {column} {value!r} is not one of {sorted(accepted)}")
        key = tuple(cells[:key_width])
        if key in seen:
            raise LexiconError(f"{path}:{lineno}: {' '.join(key)!r} is already given on line {seen[key]}; "
                               "each key once")
        seen[key] = lineno
        rows.append(tuple(cells))
    return rows


@dataclass(frozen=True)
class Lexicon:
    """The rule tables, as lookups by lemma."""
    cues: dict            # lemma -> (kind, act)
    speech_nouns: dict    # lemma -> voice
    suffixes: dict        # lemma -> honorific | title
    sources: dict         # lemma -> author | anonymous | public
    nonspeech: dict       # (where, lemma) -> kind
    orgs: frozenset = frozenset()   # words that end an organisation's name, or name a body on their own
    org_kinds: dict = None          # word of orgs.tsv -> end | body | desk
    org_categories: frozenset = frozenset()   # kinds of organisation written before a name (団体, 大手)
    title_heads: dict = None        # head of a compound title (相, 委員長, 担当者) -> title | member
    address_words: tuple = ()       # honorifics and titles written after a name (さん, 氏, 社長, 選手)
    org_ends: tuple = ()            # words of orgs.tsv that end an organisation's name (電機, 協議会)
    after_name: frozenset = frozenset()   # one kanji or word glued after a name that is not its part (前, 側, 県)
    title_bodies: frozenset = frozenset() # one kanji for a body that opens a compound title after a name (県, 学)
    title_fields: frozenset = frozenset() # ministries, bodies and fields before a title head (環境, 取締役)
    body_fields: frozenset = frozenset()  # a body and a field it opens (県議会, 党幹事), not 学|官房長官
    statuses: frozenset = frozenset()     # a legal status after a name (被告): alone, the one person with it
    desk_heads: tuple = ()                # titles that head a department (部長, 課長): for str.endswith
    desk_words: tuple = ()                # words of orgs.tsv of kind desk (広報部, 側): for str.endswith
    word_classes: dict = None       # class of word_classes.tsv -> tuple of words (for str.endswith)
    introductions: object = None    # Introductions: where a word of address_words or an age in brackets follows a name

    def table_word(self, tok):
        """Whether a token (surface or UniDic lemma) is a word of the tables that is never part of a name: a source,
        a suffix, a title head, an organisation's word, a word after a name, a body, a legal status or a word of
        any class of word_classes.tsv (野手, 内閣, 酒造). Read where a common noun may be the rest of a name."""
        words = (tok.surface, tok.lemma)
        return any(w in self.sources or w in self.suffixes or w in self.title_heads or w in self.orgs
                   or w in self.after_name or w in self.title_bodies or w in self.statuses for w in words) \
            or any(w in ws for ws in self.word_classes.values() for w in words)

    def reports(self, name, role=None):
        """Whether an organisation's name is a paper's, an agency's or a broadcaster's, one that reports others'
        words (南原新聞, 北浜通信社; not ミナト社 or 楽天株式会社, which end in 社 like 新聞社); ``role``: the kind
        the mention stage gave the organisation (紙 or 誌 for a foreign paper, ガーディアン紙)."""
        if role in ("紙", "誌"):
            return True
        media = self.word_classes["media"]
        return name.endswith(media) and (not name.endswith("社") or name[:-1].endswith(media))

    @classmethod
    def load(cls, directory=None):
        """Read the tables from ``directory`` (default: the ones shipped with the package)."""
        base = Path(directory) if directory is not None else resources.files("attribution") / "data"
        tables = {}
        for name, schema in SCHEMAS.items():
            path = base / name
            try:
                tables[name] = read_table(path, schema, KEY_WIDTHS.get(name, 1))
            except FileNotFoundError:
                raise LexiconError(f"rule table {path} is missing; a lexicon folder holds {sorted(SCHEMAS)}") from None
        address = tuple(r[0] for r in tables["suffixes.tsv"]
                        if r[1] in ("honorific", "title", "member") and r[0] not in ("自身", "本人"))
        return cls(
            cues={r[0]: (r[1], r[2]) for r in tables["cues.tsv"]},
            speech_nouns={r[0]: r[1] for r in tables["speech_nouns.tsv"]},
            suffixes={r[0]: r[1] for r in tables["suffixes.tsv"]},
            sources={r[0]: r[1] for r in tables["sources.tsv"]},
            # a noun that marks a title before 「 marks one after 」という too (「…」という曲, 番組「…」)
            nonspeech={**{("after_iu", r[0]): r[2] for r in tables["nonspeech.tsv"]
                          if r[1] == "before" and r[2] == "title"},
                       **{(r[1], r[0]): r[2] for r in tables["nonspeech.tsv"]}},
            orgs=frozenset(r[0] for r in tables["orgs.tsv"] if r[1] not in ("desk", "category")),
            org_kinds={r[0]: r[1] for r in tables["orgs.tsv"] if r[1] != "category"},
            org_categories=frozenset(r[0] for r in tables["orgs.tsv"] if r[1] == "category"),
            title_heads={**{w: k for w, k in ((r[0], r[1]) for r in tables["suffixes.tsv"]) if k in ("title", "member")},
                         **{r[0]: r[1] for r in tables["title_heads.tsv"]}},
            after_name=frozenset(r[0] for r in tables["title_words.tsv"] if r[1] == "after_name"),
            title_bodies=frozenset(r[0] for r in tables["title_words.tsv"] if r[1] == "body"),
            statuses=frozenset(r[0] for r in tables["title_words.tsv"] if r[1] == "status"),
            desk_heads=tuple(r[0] for r in tables["title_words.tsv"] if r[1] == "desk_head"),
            title_fields=frozenset(r[0] for r in tables["title_words.tsv"] if r[1] == "field"),
            body_fields=frozenset(r[0] for r in tables["title_words.tsv"] if r[1] == "body_field"),
            word_classes=_classes(tables["word_classes.tsv"]),
            org_ends=tuple(r[0] for r in tables["orgs.tsv"] if r[1] == "end"),
            desk_words=tuple(r[0] for r in tables["orgs.tsv"] if r[1] == "desk"),
            address_words=address,
            introductions=Introductions(address),
        )


class Introductions:
    """Where a name may be introduced: a word of ``words`` (honorifics and titles: さん, 社長) or an age in brackets
    right after a kanji or katakana (a name's last character). :meth:`starts` gives the offsets where such a word
    starts, left to right and not overlapping, as ``re.finditer`` over the alternation of the words would; it looks
    only where a kanji or katakana is followed by a first character of one of them, which is many times faster than
    that alternation."""

    _AGE = re.compile(r"[（(][0-9０-９]{2}歳?[)）]")

    def __init__(self, words):
        by_first = {}
        for w in sorted(words, key=len, reverse=True):
            by_first.setdefault(w[0], []).append(w)
        self._by_first = {c: tuple(ws) for c, ws in by_first.items()}
        firsts = "".join(sorted(set(by_first) | {"（", "("}))
        self._candidates = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa])[" + re.escape(firsts) + "]")

    def starts(self, text, end):
        """Offsets before ``end`` where a word of address or an age in brackets starts right after a kanji or a
        katakana."""
        last = -1
        by_first, age = self._by_first, self._AGE
        for hit in self._candidates.finditer(text, 0, end):
            pos = hit.start()
            if pos < last:
                continue
            c = text[pos]
            width = 0
            for w in by_first.get(c, ()):
                if text.startswith(w, pos):
                    width = len(w)
                    break
            if not width and c in "（(":
                m = age.match(text, pos)
                width = m.end() - pos if m else 0
            if width and pos + width <= end:
                last = pos + width
                yield pos


def _classes(rows):
    out = {c: () for c in SCHEMAS["word_classes.tsv"][1][1]}
    for word, cls in rows:
        out[cls] += (word,)
    return out


@functools.lru_cache(maxsize=1)
def default_lexicon():
    return Lexicon.load()
