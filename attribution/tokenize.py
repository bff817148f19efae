"""Tokens with character offsets, from fugashi (MeCab) and UniDic (unidic-lite).

Only the fields the rules use are kept. ``start``/``end`` are Python str indices into the document text as given,
so ``text[tok.start:tok.end] == tok.surface`` always holds.
"""
from __future__ import annotations

import re


from typing import NamedTuple

class Token(NamedTuple):
    surface: str
    start: int
    end: int
    pos1: str      # 名詞, 動詞, 助詞, 補助記号...
    pos2: str      # 固有名詞, 格助詞, 括弧開...; empty where UniDic has *
    pos3: str      # 人名, 地名, サ変可能...; empty where UniDic has *
    pos4: str      # 姓, 名...; empty where UniDic has *
    cform: str     # 連体形-一般, 未然形-一般...; empty where UniDic has *
    lemma: str     # UniDic lemma, loanword tail removed (コメント-comment -> コメント); surface when unknown
    known: bool = True  # False for words the dictionary does not have (MeCab's unknown-word guesses)


# MeCab writes the fields the rules read, one word a line: the white space it skipped before the word (%pS), surface,
# pos1-4, cForm, lemma, and K for a word of the dictionary or U for an unknown one. A field UniDic leaves as * comes
# out empty. The skipped white space gives each word's offset without searching the line for it.
_FORMAT = (r"--output-format-type= --node-format=%pS\\t%m\\t%f[0]\\t%f[1]\\t%f[2]\\t%f[3]\\t%f[5]\\t%f[7]\\tK\\t "
           r"--unk-format=%pS\\t%m\\t%f[0]\\t%f[1]\\t%f[2]\\t%f[3]\\t\\t\\tU\\t --eos-format=\\n")


def _variant_table():
    """{variant: standard} from ``data/variants.tsv`` as a str.translate table, and a pattern that finds them."""
    from importlib import resources

    from .errors import LexiconError
    path = resources.files("attribution") / "data" / "variants.tsv"
    table = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or len(cells[0]) != 1 or len(cells[1]) != 1:
            raise LexiconError(f"{path}:{lineno}: expected a variant kanji and its standard form, one character "
                               f"each, got {line!r}")
        table[ord(cells[0])] = cells[1]
    return table, re.compile("[" + "".join(map(chr, table)) + "]") if table else None   # re: faster for a class


_VARIANTS, _VARIANT_CHARS = _variant_table()


class Tokenizer:
    """A loaded MeCab tagger; create once and reuse (loading the dictionary is the slow part)."""

    def __init__(self, cut_before=frozenset(), body_words=frozenset(), katakana_titles=frozenset()):
        """``cut_before``: one-kanji words (a body that opens a title: 都, 県) before which an unknown word MeCab
        glued to them is cut (see :meth:`_split_unknown`); ``body_words``: the words such a kanji opens (都議会,
        県知事), where given: the cut is made only before one of them (瑚都|県警本部長 stays whole);
        ``katakana_titles``: titles, of which those written in katakana (ヘッドコーチ) are cut off the end of an
        unknown katakana word MeCab glued them to (ブレイブス|ヘッドコーチ)."""
        import fugashi  # imported here so that importing the package stays cheap
        self._cut_before = frozenset(cut_before)
        self._body_words = tuple(sorted(w for w in body_words if len(w) >= 2 and w[0] in self._cut_before))
        self._katakana_titles = tuple(sorted((w for w in katakana_titles if len(w) >= 3 and _KATAKANA_RUN.fullmatch(w)),
                                             key=len, reverse=True))
        try:
            self._tagger = fugashi.Tagger(_FORMAT)
        except RuntimeError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError(f"could not load MeCab with unidic-lite ({exc}); "
                               "install it with: pip install fugashi unidic-lite") from exc
        self._surnames = {}      # word -> whether UniDic reads it alone as a surname (is_surname)
        self._halves = {}        # word -> (surname, given name) read in a name's frame (name_halves)
        self._given = {}         # word -> whether UniDic reads it alone as a given name among others (is_given_name)
        self._nbest = None       # a second tagger for the n best readings of a word (_readings), made when first asked
        self._text = None        # the last text read, and whether it holds kanji variants (data/variants.tsv)
        self._variants = False
        check = self._tagger.parse(" 木村")
        if check.split("\t")[:9] != [" ", "木村", "名詞", "固有名詞", "人名", "姓", "", "キムラ", "K"]:
            raise RuntimeError(f"MeCab did not take the output format this tokenizer asks for: {check!r}")

    def is_surname(self, word):
        """Whether UniDic reads ``word``, alone, as one surname (秋山: yes; 秋|山陽, read in a longer run, hides it).
        Remembered per word."""
        got = self._surnames.get(word)
        if got is None:
            read = word.translate(_VARIANTS) if _VARIANT_CHARS is not None else word   # 增田 as 増田
            rows = self._tagger.parse(read).split("\t")
            got = len(rows) >= 9 and rows[1] == read and rows[4] == "人名" and rows[5] == "姓"
            if not got and len(rows) >= 9 and rows[1] == read and (
                    rows[3] == "普通名詞" or (len(read) == 1 and rows[4] == "地名" and rows[5] == "国")):
                # 大橋, 東: a word UniDic reads first as a common noun, and as one surname among its next readings
                # (MeCab's n-best); not a place (福岡, a surname too, before 市議 is the city's member); not 本, 上, 北
                # (no surname among them). Also one kanji it reads first as an old state (魏, 宋: surnames too; not
                # 蘭, 泰, with no surname among their readings)
                got = any(r[:1] == [read] and r[4:5] == ["名詞-固有名詞-人名-姓"]
                          for r in (line.split("\t") for line in self._readings(read)))
            if len(self._surnames) > 20000:
                self._surnames.clear()
            self._surnames[word] = got
        return got

    def is_given_name(self, word):
        """Whether UniDic reads ``word``, alone, as a given name among its three best readings (大樹: a tree first, ダ
        イキ next; not 政策, 組織: no given name among them). Remembered per word."""
        got = self._given.get(word)
        if got is None:
            got = any(r[:1] == [word] and r[4:5] == ["名詞-固有名詞-人名-名"]
                      for r in (line.split("\t") for line in self._readings(word, 3)))
            if len(self._given) > 20000:
                self._given.clear()
            self._given[word] = got
        return got

    def name_halves(self, word):
        """(surname, given name) where UniDic, reading ``word`` written as a name (after の, before 氏), reads a
        surname and then a given name (九十九湊: 九十九 and 湊, where before a title it reads 九十|九|湊); also where it
        reads a given name after pieces that open with a numeral (百|目|鬼|航: 百目鬼 and 航). Else None. Remembered
        per word."""
        if word in self._halves:
            return self._halves[word]
        rows = self._tagger.parse("の" + word + "氏").split("\t")
        words = [rows[k:k + 9] for k in range(0, len(rows) - 8, 9)][1:-1]   # (no の, no 氏)
        got = None
        if "".join(w[1] for w in words) == word and len(words) >= 2 and words[-1][4:6] == ["人名", "名"]:
            surname = word[:len(word) - len(words[-1][1])]
            if len(words) == 2 and words[0][4:6] == ["人名", "姓"]:
                got = (surname, words[-1][1])
            elif 2 <= len(surname) <= 3 and words[0][3] == "数詞" and any(w[3] != "数詞" for w in words[:-1]) \
                    and all(w[4] != "人名" for w in words[:-1]):
                got = (surname, words[-1][1])
        if len(self._halves) > 20000:
            self._halves.clear()
        self._halves[word] = got
        return got

    def _readings(self, word, n=4):
        """The ``n`` best readings of ``word`` alone, in unidic-lite's default output: one word a line, its fifth
        field the parts of speech joined by '-' (名詞-固有名詞-人名-姓), EOS between readings."""
        if self._nbest is None:
            import fugashi
            self._nbest = fugashi.Tagger()
        return self._nbest.nbest(word, n).split("\n")

    def tokenize(self, text, start=0, end=None, lead=0):
        """Tokens of ``text[start:end]``, one line at a time, with offsets into ``text``.

        ``lead`` characters before ``start`` are given to MeCab as context and their tokens dropped: narration
        right after a quote reads better with the closing bracket before it (」とも語った, not 共).
        """
        end = len(text) if end is None else end
        out = []
        pos = start - lead
        keep = start
        while pos < end:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            if stop > pos:
                self._line(text, pos, stop, out, keep)
            pos = stop + 1
        return out

    def _line(self, text, start, stop, out: list, keep=0):
        line = text[start:stop]
        if not line.strip():
            return
        if "\t" in line:
            line = line.replace("\t", " ")   # MeCab skips a tab as it skips a space; its output uses tabs
        if text is not self._text:   # whether the text holds any variant at all, once per text
            self._text = text
            self._variants = _VARIANT_CHARS is not None and _VARIANT_CHARS.search(text) is not None
        compat = self._variants and _VARIANT_CHARS.search(line) is not None
        if compat:
            line = line.translate(_VARIANTS)   # 吉﨑: a variant UniDic lacks, read as 崎 (data/variants.tsv)
        rows = self._tagger.parse(line).split("\t")   # nine fields a word, all on one line (see _FORMAT)
        first = len(out)
        _add_tokens(rows, line, start, keep - start, out, False)
        if len(out) > first and line[out[-1].start - start:out[-1].end - start] != out[-1].surface:
            del out[first:]   # MeCab changed the text somewhere: place each word by searching for it instead
            _add_tokens(rows, line, start, keep - start, out, True)
        else:
            self._split_unknown(line, start, out, first)
            _merge_letter_runs(out, first)
        if compat:   # each token's surface as the text writes it
            out[first:] = [t if text[t.start:t.end] == t.surface else t._replace(surface=text[t.start:t.end])
                           for t in out[first:]]


    def _split_unknown(self, line, start, out, first):
        """MeCab groups a kanji it does not know with the kanji after it into one unknown word (颯|汰氏, 颯|汰副首相:
        汰 is not in UniDic). Where the rest of such a word, read again with the rest of the line, opens with a prefix
        or a suffix (副, 氏), a common word of two characters or more (教育長), or a word of ``cut_before`` (都議会),
        the unknown word is cut there and the line after it is read anew. Not before another kanji of one character
        (奉|信, 應|武: the rest of a name) or a proper noun. An unknown word of katakana parts joined by dots whose
        last part is a word of the dictionary is read part by part (see :meth:`_dotted_parts`)."""
        k = first
        while k < len(out):
            t = out[k]
            if not t.known and self._katakana_titles and len(t.surface) >= 5 and _KATAKANA_RUN.fullmatch(t.surface):
                title = next((w for w in self._katakana_titles
                              if t.surface.endswith(w) and len(t.surface) - len(w) >= 2), None)
                if title is not None:   # ブレイブス|ヘッドコーチ: a katakana title glued to the unknown word before it
                    got = self._known_words(title, t.end - len(title))
                    if got is not None:
                        cut = len(t.surface) - len(title)
                        head = t._replace(surface=t.surface[:cut], end=t.start + cut, lemma=t.surface[:cut])
                        out[k:k + 1] = [head] + got
                        k += 1 + len(got)
                        continue
            if not t.known and len(t.surface) >= 2 and t.surface.endswith("・") \
                    and _KATAKANA_RUN.fullmatch(t.surface[:-1]):
                # ムワンギ・|北浜地裁…: the dot MeCab glued to the unknown word ends it; a mark of its own
                out[k:k + 1] = [t._replace(surface=t.surface[:-1], end=t.end - 1, lemma=t.surface[:-1]),
                                _dot(t, t.end - 1)]
                k += 2
                continue
            if not t.known and "・" in t.surface and _DOTTED_KATAKANA.fullmatch(t.surface) and self._katakana_titles:
                head, _, rest = t.surface.partition("・")
                title = next((w for w in self._katakana_titles if head.endswith(w) and len(head) - len(w) >= 2), None)
                got = self._known_words(title, t.start + len(head) - len(title)) if title is not None else None
                if got is not None:   # ブレーブス|ヘッドコーチ|・|ジョセフ・ムワンギ: a team's title before the name
                    cut = len(head) - len(title)
                    out[k:k + 1] = [t._replace(surface=head[:cut], end=t.start + cut, lemma=head[:cut])] + got + [
                        _dot(t, t.start + len(head)),
                        t._replace(surface=rest, start=t.start + len(head) + 1, lemma=rest)]
                    k += len(got) + 2   # the name after the dot is read again (see _dotted_parts)
                    continue
            if not t.known and "・" in t.surface and _DOTTED_KATAKANA.fullmatch(t.surface):
                parts = self._dotted_parts(t)
                if parts is not None:   # ミンホ・イ・ヘッドコーチ: a title the dictionary knows after the name
                    out[k:k + 1] = parts
                    k += len(parts)
                    continue
            if not t.known and len(t.surface) >= 2 and _HAN_RUN.fullmatch(t.surface):
                for i in range(1, len(t.surface)):
                    at = t.start + i - start   # offset of the cut in the line
                    if not self._cuts_well(line[at:at + _CUT_LOOKAHEAD]):
                        continue   # (a short look first: a line of unknown kanji is not read again at every one)
                    rows = self._tagger.parse(line[at:]).split("\t")
                    rest: list = []
                    _add_tokens(rows, line[at:], start + at, 0, rest, False)
                    if rest and rest[0].start == start + at \
                            and line[rest[-1].start - start:rest[-1].end - start] == rest[-1].surface:
                        out[k:] = [t._replace(surface=t.surface[:i], end=t.start + i, lemma=t.surface[:i])] + rest
                        break
            k += 1


    def _known_words(self, word, start):
        """The tokens of ``word`` (at offset ``start``) read alone, when every one is a word of the dictionary; else
        None."""
        rows = self._tagger.parse(word).split("\t")
        got: list = []
        _add_tokens(rows, word, start, 0, got, False)
        if got and got[0].start == start and got[-1].end == start + len(word) and all(x.known for x in got):
            return got
        return None

    def _dotted_parts(self, t):
        """The tokens of an unknown word of katakana parts joined by dots (ミンホ・イ・ヘッドコーチ, one word to MeCab),
        each part and each dot read on its own, when the last part is a word the dictionary knows (ヘッドコーチ, インド
        before 首相: a title or a country glued to the name); else None (ミンホ・イ, ジャン・ルック・ルジュ: a name, left
        as it is)."""
        out: list = []
        pos = t.start
        for piece in re.split(r"(・)", t.surface):
            if piece == "・":
                out.append(_dot(t, pos))
            elif piece:
                rows = self._tagger.parse(piece).split("\t")
                got: list = []
                _add_tokens(rows, piece, pos, 0, got, False)
                if got and got[0].start == pos and got[-1].end == pos + len(piece) \
                        and all(x.known and x.pos1 == "名詞" for x in got):
                    out.extend(got)   # (ヘッド|コーチ: words of the dictionary)
                else:   # (ミンホ: read alone, MeCab spells it out as symbols; one unknown word, as in the whole)
                    out.append(t._replace(surface=piece, start=pos, end=pos + len(piece), lemma=piece))
            pos += len(piece)
        if not (out[-1].known and out[-1].pos1 == "名詞"):
            return None   # (ジャン・ルック・ルジュ: a name whose last part the dictionary lacks, left whole)
        return out

    def _cuts_well(self, piece):
        """Whether ``piece``, read on its own, opens with a word the dictionary knows that may follow a name: a prefix
        or a suffix (副, 氏), a common word of two characters or more (教育長), or a word of ``cut_before`` (都) that
        opens more of a title (都議会; not 都|氏, 都|は, 都|県警, where the kanji ends the name)."""
        rows = self._tagger.parse(piece).split("\t")
        head: list = []
        _add_tokens(rows[:9], piece, 0, 0, head, False)
        if not head or head[0].start != 0 or not head[0].known:
            return False
        h = head[0]
        if h.surface in self._cut_before and self._body_words and not piece.startswith(self._body_words):
            return False   # (瑚|都氏, 瑚|都は, 瑚|都県警本部長: a body's kanji that opens no title word ends the name)
        return h.pos1 in ("接頭辞", "接尾辞") or h.surface in _HONORIFICS or h.surface in self._cut_before \
            or (len(h.surface) >= 2 and h.pos2 != "固有名詞")


def _merge_letter_runs(out, first):
    """Two or more glued kanji or hiragana that MeCab reads one by one as symbols (a letter's name: 自|見 before 庄三郎,
    優|木|ま|お|み; it does so where no word of the dictionary fits) are made one word the dictionary lacks, as MeCab
    reads a kanji it does not know: a name it cannot read. Not right after such a word (應武|篤|良: the name stage
    reads those pieces as they are)."""
    k = first
    while k < len(out):
        t = out[k]
        if t.pos1 != "記号" or not _LETTER.fullmatch(t.surface):
            k += 1
            continue
        j = k + 1
        while j < len(out) and out[j].pos1 == "記号" and out[j].start == out[j - 1].end \
                and _LETTER.fullmatch(out[j].surface):
            j += 1
        if j - k >= 2 and not (k > first and out[k - 1].end == t.start and not out[k - 1].known):
            # (not after a word the dictionary lacks: 應武|篤|良氏, read as the name it ends)
            surface = "".join(x.surface for x in out[k:j])
            out[k:j] = [t._replace(surface=surface, end=out[j - 1].end, pos1="名詞", pos2="普通名詞", pos3="一般",
                                   pos4="", cform="", lemma=surface, known=False)]
        k += 1


def _dot(t, pos):
    """A token of the middle dot at offset ``pos``, made from token ``t``."""
    return t._replace(surface="・", start=pos, end=pos + 1, pos1="補助記号", pos2="一般", pos3="", pos4="", cform="",
                      lemma="・", known=True)


_CUT_LOOKAHEAD = 16   # characters read to judge a cut of an unknown word (see Tokenizer._split_unknown)
_HONORIFICS = frozenset("氏様君殿")   # one-kanji honorifics, which MeCab reads as nouns at a line's start
_DOTTED_KATAKANA = re.compile(r"[\u30a1-\u30faー]+(?:・[\u30a1-\u30faー]+)+")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30faー]+")
_LETTER = re.compile(r"[\u3041-\u3096\u4e00-\u9fff\u3400-\u4dbf]")   # one kanji or hiragana
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff々]+")


def _add_tokens(rows: list, line: str, start, skip, out: list, search):
    """Tokens of MeCab's output for ``line``, which starts at ``start`` in the text, appended to ``out``. ``rows`` is
    that output split at tabs: nine fields a word (see :data:`_FORMAT`), then the end of the sentence.

    A word's offset is the end of the previous one plus the white space MeCab skipped, or with ``search`` where it is
    found in the line (a word not found is left out). Words ending within ``skip`` characters of the line's start
    are context, not kept. The annotations are for the compiled build (setup.py): Cython calls the methods of a
    value it knows to be a str or a list directly. Run as Python, they change nothing.
    """
    new = tuple.__new__   # NamedTuple's own __new__ is a Python call; this is the hot loop
    pos = 0
    surface: str
    lemma: str
    fields = iter(rows)
    # nine fields at a time; the end-of-sentence field left over at the end is dropped by zip
    for space, surface, pos1, pos2, pos3, pos4, cform, lemma, known in zip(fields, fields, fields, fields, fields,
                                                                            fields, fields, fields, fields):
        if search:
            found = line.find(surface, pos)
            if found < 0:
                continue
        else:
            found = pos + len(space)
        pos = found + len(surface)
        if pos <= skip:
            continue
        if not lemma:
            lemma = surface
        elif "-" in lemma:
            dash = lemma.find("-")
            if dash > 0:
                lemma = lemma[:dash]   # コメント-comment -> コメント
        out.append(new(Token, (surface, start + found, start + pos, pos1, pos2, pos3, pos4, cform, lemma,
                               known == "K")))
