"""Units, sentences and speech cues around each quote.

A document becomes one sequence of *units*: the narration's tokens (text outside the top-level quotes), a QUOTE
unit standing for each 「…」 span, and an EOL unit at each line end. The rules read a quote's left and right
context in that sequence, within its sentence.

:func:`cue_after` reads what follows a quote: 「…」と述べた, 「…」と語る澤登氏, 「…」という質問, 「…」「…」など批判が
殺到, 「…」と題し (not speech). :func:`cue_before` reads a sentence that announces the quote after it
(次のように答えた。 「…」).
"""
from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import NamedTuple

import regex

from .tokenize import Token

SENTENCE_END = {"。", "！", "？", "!", "?", "．"}
COMMA = {"、", "，", ","}
_STOP_SURFACES = frozenset(SENTENCE_END | {"\n", ""})
_ANNOUNCE = {"次", "以下", "こう", "こんな", "このよう", "次のよう"}
_AUX_SKIP = {"た", "だ", "て", "で", "いる", "居る", "ある", "有る", "おる", "しまう", "仕舞う", "くれる", "呉れる",
             "いただく", "頂く", "もらう", "貰う", "みる", "見る", "いく", "行く", "くる", "来る", "ます", "です",
             "する", "為る", "せる", "させる", "ない", "ず", "ぬ"}
PASSIVE_AUX = _PASSIVE = {"れる", "られる"}
CAUSATIVE_AUX = _CAUSATIVE = {"せる", "させる", "しめる"}   # しめる: 言わしめる, the written causative
GIVING_VERBS = _GIVEN = {"くれる", "呉れる", "下さる", "くださる"}   # 言ってくれた: said to, or for, the one telling it
RESPECT_VERBS = {"仰る", "おっしゃる"}   # おっしゃる: the one telling it honours the one who spoke
_TO = {"と", "って", "とか", "とも", "て"}
# after a verb of asking that ends a sentence: 聞いてみた, 聞かせてもらった, 話を聞くことができた
_ASKED_TAIL = {"見る", "みる", "もらう", "貰う", "いただく", "頂く", "出来る", "できる"}


_new = tuple.__new__   # Token's own __new__ is a Python function; units are made by the ten thousand


def quote_unit(start, end, qi, question=False):
    """The unit standing for quote ``qi``; its lemma is the quote's index (with ? when it asks something)."""
    return _new(Token, ("「」", start, end, "QUOTE", "", "", "", "", f"{qi}?" if question else str(qi), True))


def eol_unit(pos):
    return _new(Token, ("\n", pos, pos + 1, "EOL", "", "", "", "", "", True))


def gap_unit(pos):
    return _new(Token, ("", pos, pos, "GAP", "", "", "", "", "", True))


_KATAKANA_WORD = re.compile(r"^[ァ-ヺー]+$")
_PIECE_BREAK = re.compile(r"\n|[。！？!?](?![。！？!?」』）)])")   # re: faster than regex for this


def _pieces(text, quotes):
    """Narration pieces in order, interleaved with quotes and line ends.

    Items: ("N", start, end, sentence), ("Q", qi, sentence), ("L", pos, sentence). A sentence ends at a line end or
    after 。！？ in the narration.
    """
    items = []
    sent = 0
    open_ = False   # the current sentence has content
    pos = 0
    bounds = list(quotes) + [(len(text), len(text))]
    for qi, (qs, qe) in enumerate(bounds):
        for m in _PIECE_BREAK.finditer(text, pos, qs):
            at = m.start()
            if m.group() != "\n":
                items.append(("N", pos, at + 1, sent))
                open_ = True
            else:
                if at > pos and text[pos:at].strip(" \u3000\t"):
                    items.append(("N", pos, at, sent))
                    open_ = True
                items.append(("L", at, sent))
            if open_:
                sent += 1
                open_ = False
            pos = m.end()
        if qs > pos and text[pos:qs].strip(" \u3000\t"):
            items.append(("N", pos, qs, sent))
            open_ = True
        if qi < len(quotes):
            items.append(("Q", qi, sent))
            open_ = True
            pos = qe
    return items


_NAME_CHAR = regex.compile(r"[\p{Han}\p{Katakana}・]")
_JAPANESE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_SUBJECT_PARTICLES = {"は", "が", "も", "から", "曰く", "：", "って", "では"}


def _names_subject(toks):
    """Whether a stretch of narration has a noun with a subject particle (Xは, Xが, Xから, X曰く, X：)."""
    for a, b in zip(toks, toks[1:], strict=False):
        if b.surface in _SUBJECT_PARTICLES and b.pos1 == "助詞" and (
                a.pos2 == "固有名詞" or a.pos1 == "接尾辞" or a.surface in ("）", ")")):
            return True   # a name, or a word with an honorific or title (宮坂氏は, 監督は)
    return False


# a next sentence that names the speaker of the quote before it: そう話すのは…, 試合後に語った…監督
_ASKS = re.compile(r"に[^。！？\n]{0,24}?(?:うかが|伺|聞い|聞き|尋ね)")   # Xにお話しをうかがった, Xに…について聞いた
_NAMED = regex.compile(r"(?:[\p{Han}\p{Katakana}ー]{2,8}(?:さん|氏|君|くん|ちゃん)(?:[はがも]|（|\(|。)|[\p{Han}\p{Katakana}ー](?:さん|氏|君|くん|ちゃん)。)")
# ユタカさんは, 森田氏（45）, …忙しさだった港君。: the sentence's subject, or the one it ends on (a one-kanji
# name only so: 林さんは is too common a start)
_ACCOUNT_PARTS = {"要旨", "全文", "内容", "概要", "骨子", "要約", "抜粋", "主旨"}   # 談話の要旨は次の通り
HEADING_MARKS = "■□◆◇●○▼▽★☆◎"   # marks that open a heading line (■名波氏)
_HEADING_NAME = regex.compile("[" + HEADING_MARKS + r"]\s*[\p{Han}\p{Katakana}\p{Hiragana}ー・]{2,12}\s*$")   # ■名波氏: a
# heading that names the one whose words follow, over lines of fields (採点：90点; attribute.label_line)
_NEXT_NAMES = ("そう", "こう", "と", "など", "って", "（", "(")   # after a quote that ends its sentence: a cue or a
# speaker may follow (「…」。（美帆／29才）: who said it, in brackets after the 。)
_NEXT_CUE = regex.compile(r"^(?:[^。！？\n「]{0,12}?|[^。！？\n「]{0,30}?[こそ]う)(?:語|話|述べ|言|答え|明かし|振り返)")
# (主演の川村大輔は笑顔でこう語った: a longer sentence pointing back with こう／そう)


def _piece_holding(items, pieces, starts, pos):
    """The index in ``items`` of the narration piece that holds ``pos`` (``pieces``: the indices of the narration
    pieces, ``starts``: their start offsets), or -1."""
    j = bisect.bisect_right(starts, pos) - 1
    k = pieces[j] if j >= 0 else -1
    return k if k >= 0 and items[k][1] <= pos < items[k][2] else -1


def _pieces_naming(text, items, tokens, names, suffixes, partial=()):
    """The untokenized pieces where a name stands inside a longer name (宮坂 in 宮坂学, 豪太 in 三浦豪太, 木村 in
    木村 靖; not 宮坂氏 or 宮坂は), as {piece index: [(start, end) of each such name]}."""
    pieces = [k for k, it in enumerate(items) if it[0] == "N"]
    starts = [items[k][1] for k in pieces]
    hits = {}
    longest = max(map(len, suffixes), default=0)
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            before = text[pos - 1] if pos else ""
            after = text[end:end + 1]
            glued = (before and _NAME_CHAR.match(before)) or (
                after and (_NAME_CHAR.match(after) or (after in " 　" and _NAME_CHAR.match(text[end + 1:end + 2])))
                and not any(text[end:end + w] in suffixes for w in range(1, longest + 1))) or (
                after and "\u3041" <= after <= "\u3096" and _kana_then_suffix(text, end, suffixes, longest))
            # (近賀ゆかり選手: a given name in kana, then a title or an honorific)
            if glued:
                k = _piece_holding(items, pieces, starts, pos)
                if k >= 0 and (k not in tokens or k in partial):
                    hits.setdefault(k, []).append((pos, end))
            pos = text.find(name, end)
    return hits


def _kana_then_suffix(text, end, suffixes, longest):
    """Whether two to four hiragana from ``end`` are followed by a name suffix of the tables (ゆかり|選手)."""
    for g in range(2, 5):
        if not all("\u3041" <= c <= "\u3096" for c in text[end:end + g]):
            return False
        if any(text[end + g:end + g + w] in suffixes for w in range(1, longest + 1)):
            return True
    return False


_HONORIFICS = ("氏", "さん", "容疑者", "被告", "くん", "ちゃん")

_NAME_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf々〆\u30a1-\u30faー・]{2,7}$")   # kanji or katakana


def _quote_ends(items):
    """The end offsets of the narration pieces and lines that come right before a quote (where a quote starts; a
    quote that opens a line counts too)."""
    for k in range(1, len(items)):
        if items[k][0] == "Q":
            prev = items[k - 1]
            if prev[0] == "N":
                yield prev[2]
            elif prev[0] == "L":
                yield prev[1] + 1


def _first_before_suffix(text, items, tokens, hits, introductions):
    """Add to ``hits`` the first place of each name of two to six kanji or katakana written before an honorific or
    a title (孫田正和氏, 西山由紀子先生, ハインツェル党首), when the piece that holds it is not read: where an
    article introduces a person and their role, often in a paragraph without quotes."""
    pieces = [k for k, it in enumerate(items) if it[0] == "N"]
    starts = [items[k][1] for k in pieces]
    seen = set()
    end = max((quote_end for quote_end in _quote_ends(items)), default=0)
    for pos in introductions.starts(text, end):   # a person introduced after the last quote speaks in none
        run = _NAME_RUN_BEFORE.search(text, max(0, pos - 7), pos)
        if run is None:
            continue
        word = run.group().lstrip("・")
        if word in seen or len(word) < 2:
            continue
        seen.add(word)
        first = text.find(word)
        k = _piece_holding(items, pieces, starts, first)
        if k >= 0 and k not in tokens:   # not a piece whose head was read
            hits.setdefault(k, []).append((first, first + len(word), INTRODUCED))


def _is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c in "々〆"


def words_before(text, suffixes, is_char, shortest=2, longest=None, first_ok=None):
    """(word, start) for each run of characters passing ``is_char`` right before one of ``suffixes`` (岩瀬 in
    岩瀬容疑者, ニコル in ニコルさん), of ``shortest`` to ``longest`` characters (a longer run is no word of that kind),
    whose first character passes ``first_ok``. Found with str.find, much faster than a regular expression over a
    whole text."""
    for h in suffixes:
        pos = text.find(h)
        while pos > 0:
            j = pos
            while j > 0 and is_char(text[j - 1]) and (longest is None or pos - j <= longest):
                j -= 1
            n = pos - j
            if shortest <= n and (longest is None or n <= longest) and (first_ok is None or first_ok(text[j])):
                yield text[j:pos], j
            pos = text.find(h, pos + 1)


def _surnames_before_honorifics(text):
    """Words of two or three kanji right before 氏, さん, 容疑者... (岩瀬容疑者): surnames, whatever UniDic reads them
    as."""
    return (w for w, _at in words_before(text, _HONORIFICS, _is_han, 2, 3))


MAX_PIECE = 4000   # longest stretch of narration (between quotes, line and sentence ends) read whole
LABEL = 16         # characters read at the start of a line that holds a quote, for a label such as 又吉：
AROUND = 24        # characters read on each side of a name that stands inside a longer one
INTRODUCED = (16, 14)   # characters read before and after the first name written before an honorific or title
PIECE_END = 400    # characters read at each end of a longer one


def _head_end(text, start, end):
    """Where the read head of a line ends: :data:`LABEL` characters, or past a bracket open there and the particle
    after it (ミホさん（看護師）は: the particle tells the subject)."""
    cut = min(end, start + LABEL)
    head = text[start:cut]
    opened = max(head.rfind("（"), head.rfind("("))
    if opened >= 0 and opened > max(head.rfind("）"), head.rfind(")")):
        close = min((i for i in (text.find("）", cut, end), text.find(")", cut, end)) if i >= 0), default=-1)
        if 0 <= close - cut < LABEL:
            cut = min(end, close + 3)
    return cut


def build_units(text, quotes, tokenizer, full=False, suffixes=(), introductions=None):
    """The unit sequence of ``text`` and, for each quote, its index in it.

    Only the narration the rules need is tokenized: the sentences that hold a quote, the sentence before and after
    each, the first sentence of each line that holds a quote (for labels such as 又吉：), and the sentences where a
    name seen there stands inside a longer name (宮坂 in 東京都副知事の宮坂学氏: where full names and roles are
    introduced), and up to three sentences before a quote's where a name with さん or 氏 is the subject or is
    introduced or that it ends on (ケンジさんは…, ケンジさん（31歳）。, …忙しかった港君。: whom bare words after may
    belong to; also with 君 or ちゃん). A sentence left out becomes
    one GAP unit; a text without quotes is not read at all. ``full=True``
    tokenizes all the narration.
    """
    if not quotes and not full:
        return [], []   # no quote, nothing to attribute: nothing is read
    items = _pieces(text, quotes)
    wanted = set()
    if full:
        wanted = {it[-1] for it in items}
    else:
        # the headline and the lead, where an article introduces its people: the first two sentences in Japanese
        # (past a source URL and a date on lines of their own)
        japanese = []
        lines = []   # the first sentence of each of the first two lines in Japanese: the headline's and the lead's
        # (深くお詫び申し上げます！ドリランドの一部機能を停止 / グリーは20日、同社が運営する…: a headline of two sentences)
        line_open = False
        for it in items:
            if len(japanese) >= 2 and len(lines) >= 2:
                break
            if it[0] == "L":
                line_open = False
            elif it[0] == "N" and _JAPANESE.search(text, it[1], it[2]):
                if len(japanese) < 2 and it[3] not in japanese:
                    japanese.append(it[3])
                if not line_open and len(lines) < 2:
                    lines.append(it[3])
                line_open = True
            elif it[0] == "Q":
                line_open = True
        wanted.update(japanese)
        wanted.update(lines)
        line_start = None   # the first piece of the current line: a label (又吉：) may stand there
        heads = set()       # pieces of which only the first LABEL characters are read
        left_of = {}        # sentence -> the pieces before its first quote
        for k, it in enumerate(items):
            if line_start is None:
                line_start = k
            if it[0] == "L":
                line_start = None
            elif it[0] == "N":
                entry = left_of.setdefault(it[3], [[], False])
                if not entry[1]:   # no quote yet in this sentence
                    entry[0].append(k)
            elif it[0] == "Q":
                wanted.add(it[2])
                if items[line_start][0] == "N":
                    heads.add(line_start)
                left_of.setdefault(it[2], [[], True])[1] = True
                after = text[quotes[it[1]][1]:quotes[it[1]][1] + 3].lstrip(" 　")
                if not after or after[0] in "。！？!?\n":   # ends its sentence: who said it may follow
                    nxt_text = text[quotes[it[1]][1]:quotes[it[1]][1] + 40].lstrip(" 　。！？!?\n")
                    if nxt_text.startswith(_NEXT_NAMES) or _NEXT_CUE.match(nxt_text):
                        wanted.add(it[2] + 1)
    tokens = {}

    def tok(it):   # a piece right after a quote is read with the closing bracket before it
        s, e = it[1], it[2]
        if e - s > 12 and not _JAPANESE.search(text, s, e):
            return [gap_unit(s)]   # a URL, a date, a line of figures or of English: no name or cue to read
        # after a quote, a piece that opens with kana (と, とも, って) is read with the bracket before it
        lead = 1 if s and text[s - 1] in "」｣" and "\u3040" <= text[s] <= "\u309f" else 0
        if e - s <= MAX_PIECE:
            return tokenizer.tokenize(text, s, e, lead=lead)
        # a very long stretch without a sentence end (a 5 MB line): only its ends can matter to a quote
        return tokenizer.tokenize(text, s, s + PIECE_END, lead=lead) + [gap_unit(s + PIECE_END)] + \
            tokenizer.tokenize(text, e - PIECE_END, e)

    for k, it in enumerate(items):
        if it[0] == "N" and it[3] in wanted:
            tokens[k] = tok(it)
    if not full:
        partial = set()   # pieces of which only the head was read
        for k in heads:
            if k not in tokens:
                it = items[k]
                head = ("N", it[1], _head_end(text, it[1], it[2]), it[3])
                tokens[k] = tok(head) + ([gap_unit(head[2])] if head[2] < it[2] else [])
                partial.add(k)
        # the sentence before a quote may announce it (次のように答えた。) or name the subject the quote's own
        # sentence leaves out; it is read when no subject stands before the quote in its sentence
        more = set()
        for sid, (pieces, has_quote) in left_of.items():
            if has_quote and not any(_names_subject(tokens.get(k, ())) for k in pieces):
                more.add(sid - 1)
        # a sentence a few before a quote where the writer asks someone (曽根氏にお話しをうかがってみた。): who
        # answers, when no one has spoken yet
        quote_sentences = sorted({it[2] for it in items if it[0] == "Q"})
        for it in items:
            if it[0] != "N" or it[3] in wanted:
                continue
            x = bisect.bisect_right(quote_sentences, it[3])
            if x < len(quote_sentences) and (
                    (quote_sentences[x] - it[3] <= 6 and _ASKS.search(text, it[1], it[2]))
                    or (quote_sentences[x] - it[3] <= 3 and _NAMED.search(text, it[1], it[2]))
                    or (quote_sentences[x] - it[3] <= 9 and _HEADING_NAME.match(text, it[1], it[2]))):
                more.add(it[3])   # (and a sentence shortly before whose subject or introduction is a named person,
                # ユタカさんは最初から…, ユタカさん（教師・30歳）。: who the words after may be of)
        if more - wanted:
            wanted |= more
            for k, it in enumerate(items):
                if it[0] == "N" and (k not in tokens or k in partial) and it[3] in wanted:
                    tokens[k] = tok(it)
                    partial.discard(k)
        # person names of two characters or more, and surnames of one (澤 of 澤穂希): t[0] surface, t[5] pos3,
        # t[6] pos4
        names = {t[0] for toks in tokens.values() for t in toks if t[5] == "人名" and (len(t[0]) >= 2 or t[6] == "姓")}
        # and places of two or three kanji that are the subject (福島は): a surname read alone as a place, whose
        # full name (福島勇) is introduced elsewhere
        names.update(toks[x][0] for toks in tokens.values() for x in range(len(toks) - 1)
                     if toks[x][5] == "地名" and 2 <= len(toks[x][0]) <= 3 and toks[x + 1][0] in ("は", "が", "も")
                     and toks[x + 1][1] == toks[x][2])
        # and surnames UniDic reads as places or words, known by the honorific after them (岩瀬容疑者)
        names.update(_surnames_before_honorifics(text))
        # and the kanji of a subject right before a quote that UniDic reads as no name (近|賀は「…」: 近賀ゆかり
        # introduced far from any quote)
        names.update(_subjects_before_quotes(items, tokens))
        # where full names and roles are introduced (東京都副知事の宮坂学氏): the text around each such name,
        # and around the first of each name written with an honorific (同社社長の孫田正和氏 in a paragraph
        # without quotes, where later only 孫田社長 speaks)
        # (the first also where no name was read at all: 東証の鶴島琢夫社長, then 鶴島|社長 read as a place)
        hits = _pieces_naming(text, items, tokens, names, suffixes, partial) if names else {}
        if introductions is not None:
            _first_before_suffix(text, items, tokens, hits, introductions)
        for k, spots in hits.items():
            it = items[k]
            if k in partial:
                tokens[k] = tok(it)
                continue
            windows = []
            for spot in sorted(spots):
                before, after = spot[2] if len(spot) > 2 else (AROUND, AROUND)
                a, b = max(it[1], spot[0] - before), min(it[2], spot[1] + after)
                a, b = _word_edge(text, a, it[1], -1), _word_edge(text, b, it[2], 1)
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
                else:
                    windows.append((a, b))
            out, pos = [], it[1]
            for a, b in windows:
                if a > pos:
                    out.append(gap_unit(pos))
                out.extend(tok(("N", a, b, it[3])))
                pos = b
            if pos < it[2]:
                out.append(gap_unit(pos))
            tokens[k] = out
    seq = []
    where = [0] * len(quotes)
    for k, it in enumerate(items):
        kind = it[0]
        if kind == "Q":
            s, e = quotes[it[1]]
            where[it[1]] = len(seq)
            seq.append(quote_unit(s, e, it[1], text[s + 1:e - 1].rstrip().endswith(("？", "?"))))
        elif kind == "L":
            seq.append(eol_unit(it[1]))
        elif k in tokens:
            seq.extend(tokens[k])
        elif not seq or seq[-1].pos1 != "GAP":
            seq.append(gap_unit(it[1]))
    return seq, where


def _subjects_before_quotes(items, tokens):
    """The runs of two or three kanji glued before は, が or も (and a comma) that end a piece right before a quote,
    where UniDic reads no part of the run as a name (近|賀は「…」): a surname whose full name may stand elsewhere."""
    out = set()
    for k, it in enumerate(items[:-1]):
        if items[k + 1][0] != "Q" or k not in tokens:
            continue
        toks = tokens[k]
        x = len(toks) - 1
        if x >= 0 and toks[x][0] in ("、", "，"):
            x -= 1
        if x < 1 or toks[x][0] not in ("は", "が", "も") or toks[x][3] != "助詞":
            continue
        j = x
        while j > 0 and x - j < 3 and _HAN_RUN.match(toks[j - 1][0]) and (j == x or toks[j][1] == toks[j - 1][2]):
            j -= 1
        run = toks[j:x]
        word = "".join(t[0] for t in run)
        if 2 <= len(word) <= 3 and len(run) >= 2 and not any(t[5] == "人名" for t in run):
            out.add(word)   # (also a title, 州知事は「…」: where it is written after the full name, that is read)
    return out


_HAN_RUN = regex.compile(r"^\p{Han}+$")
_SCRIPT_OF = (("katakana", regex.compile(r"[\p{Katakana}ー]")), ("han", regex.compile(r"[\p{Han}々]")),
              ("latin", regex.compile(r"[\p{Latin}0-9]")))


def _script(c):
    return next((name for name, pattern in _SCRIPT_OF if pattern.match(c)), None)


def _word_edge(text, pos, limit, step, reach=12):
    """``pos`` moved (back with ``step`` -1, on with 1, no further than ``limit`` and ``reach`` characters) out of
    the run of katakana, kanji or Latin letters it cuts, so that a window read around a name does not start or end
    inside a word (キャラク|ターゾーン：, read from its middle, would be a label ターゾーン：)."""
    moved = 0
    while pos != limit and moved < reach and 0 < pos < len(text):
        left = _script(text[pos - 1])
        if left is None or left != _script(text[pos]):
            break
        pos += step
        moved += 1
    return pos


def is_end(tok):
    return tok.pos1 in ("EOL", "GAP") or tok.surface in SENTENCE_END


def sentence_stops(seq):
    """Indexes of the units that end a sentence (。！？, line ends, GAPs), for :func:`sentence_bounds`."""
    # a line end's surface is \n and a GAP's is empty; no token of the text has either
    return [k for k, surface in enumerate(map(itemgetter(0), seq)) if surface in _STOP_SURFACES]


def sentence_bounds(seq, qidx, stops=None):
    """(left, right): the first and one-past-last unit index of the sentence that holds the quote at ``qidx``.

    A sentence also continues over a line end that comes right after a quote when the next line goes on with the
    quote's cue (「…」⏎というユカさん).
    """
    n = len(seq)
    if stops is None:
        stops = sentence_stops(seq)
    j = bisect.bisect_left(stops, qidx)
    lo = stops[j - 1] + 1 if j > 0 else 0
    hi = stops[j] if j < len(stops) and stops[j] > qidx else (stops[j + 1] if j + 1 < len(stops) else n)
    if hi >= n or seq[hi].pos1 != "EOL":
        return lo, hi
    stacked = _stacked_end(seq, qidx, hi)
    if stacked is not None:
        return lo, stacked
    while hi < n:
        t = seq[hi]
        if t.pos1 == "EOL":
            if hi == qidx + 1 or (seq[hi - 1].pos1 == "QUOTE"):
                k = hi
                while k < n and seq[k].pos1 == "EOL":
                    k += 1
                if k < n and seq[k].surface in ("と", "って", "という", "とか", "そう", "など", "などと"):
                    hi = k
                    continue
            break
        if t.surface in SENTENCE_END or t.pos1 == "GAP":
            break
        hi += 1
    return lo, hi


EXAMPLE_VIAS = ("nado", "itta")   # 「…」など／「…」といった + a noun: examples of many people's words
_CHAIN_TAIL = ("と", "って", "という", "といった", "とか", "など", "などと")


def _stacked_end(seq, qidx, hi):
    """Quotes stacked one a line (「…」⏎「…」⏎「…」といったコメントが寄せられた) share the cue after the last of
    them: for a quote alone on its line (line end at ``hi``), the end of the last stacked line's sentence when that
    line goes on with a cue after its quote; None otherwise (stacked lines with no cue stay sentences of their own)."""
    n = len(seq)
    if not (qidx == 0 or seq[qidx - 1].pos1 == "EOL") or hi != qidx + 1:
        return None
    k = hi + 1
    while k + 1 < n and seq[k].pos1 == "QUOTE" and seq[k - 1].pos1 == "EOL" and seq[k - 2].pos1 == "QUOTE":
        if seq[k + 1].pos1 == "EOL" and k + 2 < n and seq[k + 2].pos1 != "QUOTE" \
                and seq[k + 2].surface in _CHAIN_TAIL:
            k += 1   # 「…」⏎「…」⏎などの声が: the cue opens the line under the last quote
        elif seq[k + 1].pos1 == "EOL":
            k += 2   # another quote alone on its line, right below
            continue
        if seq[k + 1].surface not in _CHAIN_TAIL:
            return None
        end = k + 1
        while end < n and seq[end].pos1 not in ("EOL", "GAP") and seq[end].surface not in SENTENCE_END:
            end += 1
        return end
    return None


class Cue(NamedTuple):
    """The words that make a quote speech, or mark it as something else (an immutable record).

    ``strength`` is strong (a cue in the table), weak (another predicate after 「…」と: と笑顔を浮かべた),
    noun (「…」という質問), head (「…」というユカさん), or nonspeech (「…」と題し). ``index`` is the unit index of
    the cue word; ``subject`` the unit index of a subject between the quote and the cue (「…」とXは語った);
    ``head`` the unit index where the noun modified by the cue starts (「…」と語る澤登氏); ``passive`` for 言われる,
    聞かれる; ``causative`` for 言わせる (the one made to say the words, Xに, says them); ``voice`` for a noun cue, as
    in the speech-noun table (named, own, public), or buzz for 「…」と話題に (many people's, never the subject's).
    """
    lemma: str
    strength: str
    act: str = "say"
    kind: str = ""
    index: int = -1
    via: str = "to"
    passive: bool = False
    causative: bool = False
    head: int = -1
    subject: int = -1
    shared: bool = False
    voice: str = ""
    distance: int = 0   # case particles between と and the cue word (see _links)


def _says_hearsay(seq, j, hi):
    """At ``j`` after a quote: だという or のだという (the quote's words, told as heard)."""
    k = j + 1
    if seq[j].surface == "の":
        if not (k < hi and seq[k].lemma in ("だ", "です")):
            return False
        k += 1
    return k + 1 < len(seq) and seq[k].surface == "と" and seq[k + 1].lemma == "言う"


def next_quote_in_chain(seq, qidx, hi):
    """The unit index of the next quote sharing this quote's cue (「…」「…」と, 「…」、「…」と), or -1."""
    j = qidx + 1
    if j < hi and seq[j].pos1 == "QUOTE":
        return j
    if j >= 2 and j + 1 < hi and seq[j].pos1 == "EOL" and seq[j + 1].pos1 == "QUOTE" and seq[j - 2].pos1 == "EOL":
        return j + 1   # quotes stacked one a line within one sentence (see _stacked_end)
    if j + 1 < hi and (seq[j].surface in COMMA or seq[j].surface in ("や", "とか", "・")) \
            and seq[j + 1].pos1 == "QUOTE":
        return j + 1
    if j + 2 < hi and seq[j].surface == "と" and seq[j + 1].surface == "か" and seq[j + 1].start == seq[j].end \
            and seq[j + 2].pos1 == "QUOTE":
        return j + 2   # 「…」と|か「…」と言われる: MeCab's とか in two
    # 「…」、Bは「…」、Cは「…」と: a listed speaker before the next quote
    if j < hi and seq[j].surface in COMMA:
        for k in range(j + 1, min(hi, j + 7)):
            t = seq[k]
            if t.pos1 == "QUOTE":
                if seq[k - 1].surface in ("は", "も", "が"):
                    return k
                return -1
            if t.pos1 in ("動詞", "EOL", "GAP") or t.surface in SENTENCE_END:
                return -1
    return -1


def cue_after(seq, qidx, hi, lex):
    """The cue after the quote at ``qidx`` (following a chain of quotes sharing it), or None."""
    shared = False
    seen = 0
    while True:
        nxt = next_quote_in_chain(seq, qidx, hi)
        if nxt < 0 or seen > 50:
            break
        qidx = nxt
        shared = True
        seen += 1
    cue = _cue_after_one(seq, qidx, hi, lex)
    if cue is not None and shared:
        cue = cue._replace(shared=True)
    return cue


def _cue_after_one(seq, qidx, hi, lex):
    j = qidx + 1
    while j < hi and seq[j].pos1 == "EOL":
        j += 1
    if j >= hi:
        return None
    t = seq[j]
    s = t.surface
    nxt = seq[j + 1] if j + 1 < hi else None
    if s == "と" and nxt is not None and nxt.pos1 == "形状詞" and j + 3 < hi and seq[j + 2].surface == "な" \
            and seq[j + 3].pos1 in ("名詞", "接頭辞") and seq[j + 3].pos3 == "人名":
        # 「…」と貪欲な香川は: a word that describes the one named after it, who said the words
        return Cue(nxt.lemma, "weak", act="say", kind="verb", index=j + 2, head=j + 3)
    # 「…」という／といった／との／などの + noun
    if s in ("と", "って") and nxt is not None and nxt.lemma == "言う" and j + 2 < hi and (
            (nxt.cform.startswith("連体形") and seq[j + 2].lemma not in ("様", "よう") and not is_end(seq[j + 2]))
            or seq[j + 2].pos1 in ("QUOTE", "名詞")):
        return _noun_cue(seq, j + 2, hi, lex, "iu")   # 「…」という(怪訝に思った)ユーザのコメント, っていう反論
    if s == "と" and nxt is not None and nxt.lemma in ("する", "為る") and qidx > 0 and seq[qidx - 1].surface == "を" \
            and seq[qidx - 1].pos1 == "助詞":
        return Cue("する", "nonspeech", kind="term", index=j + 1)   # 国連は2025年を「国際協同組合年」としている: a naming
    if s == "と" and nxt is not None and nxt.lemma in ("する", "為る") and j + 3 < hi \
            and seq[j + 2].surface == "て" and seq[j + 3].lemma in ("居る", "いる", "おる"):
        # 同社は「…」としている: a statement; 「…」としていたアーロンさんが: the one the clause describes said it
        return _finish_predicate(seq, j + 1, hi, "する", "strong", "say", "verb", -1)
    if s == "と" and nxt is not None and nxt.lemma in ("する", "為る") and j + 2 < len(seq) \
            and seq[j + 2].surface == "た" and (j + 3 >= len(seq) or is_end(seq[j + 3])):
        return Cue("する", "strong", act="say", kind="verb", index=j + 1)   # 知事は声明で「…」とした。: a statement
    if s == "として" or (s == "と" and nxt is not None and nxt.lemma in ("する", "為る") and j + 2 < hi
                         and seq[j + 2].surface == "て"):
        # 「…」として: as; but a whole statement before として is a reason given in those words (「巨人は子供の頃
        # からの憧れだった」として入団を拒否): a weak cue, taken only when the quote reads as words said
        return Cue("する", "weak", act="say", kind="verb", index=j if s == "として" else j + 2, via="toshite")
    if s == "と" and nxt is not None and nxt.lemma in ("する", "為る") and j + 2 < hi and (
            seq[j + 2].surface in COMMA or (seq[j + 2].surface in ("ながら", "つつ") and seq[j + 2].pos1 == "助詞")):
        return Cue("する", "weak", act="say", kind="verb", index=j + 1)   # 「…」とし、その理由として; としながらも
    if s == "を" and nxt is not None and lex.cues.get(nxt.lemma, ("",))[0] == "object":
        return _finish_predicate(seq, j + 1, hi, nxt.lemma, "strong", lex.cues[nxt.lemma][1], "verb", -1)
    if s == "と" and nxt is not None and nxt.lemma == "言う" and j + 2 < hi and seq[j + 2].surface == "た" \
            and j + 3 < hi and (seq[j + 3].pos1 == "名詞" or (
                seq[j + 3].pos1 in ("接頭辞", "形状詞") and j + 4 < hi and seq[j + 4].pos1 == "名詞")):
        # 「…」「…」といったコメント: examples of many, as with など (the one named as their subject still speaks;
        # といった光|回線: a noun UniDic opens with a prefix; といったスマート|フォン: with a 形状詞 it reads first)
        return _noun_cue(seq, j + 3, hi, lex, "itta" if nxt.surface == "いっ" and seq[j + 3].lemma != "言葉" else "iu")
        # (not 「…」といった言葉: words that may be no one's, a term or a printed word)
    if s == "と" and nxt is not None and nxt.lemma == "言う" and nxt.surface == "いっ" and j + 3 < hi \
            and seq[j + 2].surface == "た" and seq[j + 3].surface in COMMA:
        # 「…」「…」といった、女子がゲンメツする場面: examples (in kana, before a comma), never と言った (said); a
        # speech noun in the clause after the comma, also before を (といった、やや挑発とも取れる発言をしている,
        # などといった、女性ならではの声を収集), is what they are examples of
        return _examples_of(seq, j + 4, hi, lex) or _noun_cue(seq, j + 3, hi, lex, "itta")
    if s == "と" and nxt is not None and nxt.lemma == "言う" and nxt.surface == "いっ" and j + 3 < hi \
            and seq[j + 2].surface == "た" and seq[j + 3].lemma in ("様", "具合", "風") and j + 4 < hi \
            and (seq[j + 4].surface == "に" or (seq[j + 4].surface == "な" and j + 5 < hi and seq[j + 5].pos1 == "名詞")):
        # 「…」「…」といったように, といった具合に, といったような声: examples (in kana), never と言ったように (as
        # someone said) nor といったようなんです (seems to have said); a speech noun further in the clause is what
        # they are examples of
        return _examples_of(seq, j + 4, hi, lex) or Cue("など", "weak", kind="list", index=j + 3, via="itta")
    if s == "と" and nxt is not None and nxt.lemma == "言う" and nxt.surface == "いっ" and j + 4 < hi \
            and seq[j + 2].surface == "た" and seq[j + 3].pos1 in ("形容詞", "動詞"):
        # 「…」「…」といった呆れたコメント, といった厳しい声: a modifier between といった and a speech noun; the
        # examples are still of the noun's words (not 「…」と言った厳しい表情: said, then a face)
        k = j + 4
        while k < hi and k - j <= 6 and seq[k].pos1 == "助動詞":
            k += 1
        if k < hi and seq[k].pos1 == "名詞" and seq[k].lemma in lex.speech_nouns \
                and seq[k - 1].cform.startswith(("連体形", "終止形")):
            return _noun_cue(seq, k, hi, lex, "itta")
    if s == "と" and nxt is not None and nxt.lemma in ("する", "為る") and j + 2 < hi and (
            seq[j + 2].pos1 == "名詞" or (seq[j + 2].surface == "た" and j + 3 < hi and seq[j + 3].pos1 == "名詞")):
        return _noun_cue(seq, j + (2 if seq[j + 2].pos1 == "名詞" else 3), hi, lex, "iu")  # 「…」とする意見
    if s == "との" or (s == "と" and nxt is not None and nxt.surface == "の"):
        k = j + (1 if s == "との" else 2)
        if k < hi and seq[k].surface in ("こと", "事") and (k + 1 >= hi or is_end(seq[k + 1])
                                                          or seq[k + 1].lemma in ("だ", "です")):
            # 「…」とのこと。: hearsay, the words of the one the sentence names as the source
            return Cue("こと", "strong", act="say", kind="noun", index=k, via="hearsay")
        return _noun_cue(seq, k, hi, lex, "iu")
    if (s == "だ" and nxt is not None and nxt.surface == "そう") or (
            s in ("だ", "の") and j + 3 <= hi and _says_hearsay(seq, j, hi)):
        # 「…」だそうです, 「…」のだという, 「…」だということだ: words reported, of the source the sentence names
        # (weak: 美容室は「癒しの空間」だそう is a noun phrase with a copula; source_says reads it after によると)
        return Cue("言う", "weak", act="say", kind="verb", index=j, via="hearsay")
    if s == "の" and t.pos1 == "助詞" and nxt is not None and nxt.pos1 == "名詞" and nxt.lemma in lex.speech_nouns \
            and lex.speech_nouns[nxt.lemma] != "named" and nxt.lemma != "話" \
            and nxt.lemma not in lex.word_classes["decision"]:   # (「兄弟喧嘩」の話, 「節電」の要請: talk of it)
        # 「…」の問いに、「…」の声も: the words are the question or the voices named; whose, the sentence may say
        return Cue(nxt.lemma, "noun", act="ask" if lex.cues.get(nxt.lemma, ("", ""))[1] == "ask" else "say",
                   kind="noun", index=j + 1, via="no", voice="public")
    if s == "など":
        if nxt is not None and nxt.surface in ("と", "って"):
            return _cue_after_one(seq, j, hi, lex)   # 「…」などと: read on as after the quote
        k = j + 1
        if k + 2 < hi and seq[k].pos1 == "名詞" and seq[k + 1].lemma in ("気味", "ぎみ") and seq[k + 2].surface == "に":
            return _predicate(seq, k, hi, lex)   # 「…」、「…」など興奮気味に言い放つ: how, then the verb, as after と
        if nxt is not None and nxt.surface in ("の", "が", "も"):
            k += 1
        return _noun_cue(seq, k, hi, lex, "nado")
    if s == "と" and nxt is not None and nxt.surface == "で" and j + 2 < hi and seq[j + 2].surface in ("は", "も"):
        return Cue("で", "nonspeech", kind="term", index=j + 1)   # 「彼女」と「お嫁さん」とでは: things compared
    if s in _TO and t.pos1 == "助詞" or s in ("と", "って"):
        k = j + 1
        if nxt is not None and nxt.surface in ("も", "は") and s == "と":
            k += 1
        return _predicate(seq, k, hi, lex)
    if s in ("旨", "趣旨") or (s in ("こと", "事") and nxt is not None and nxt.surface == "を"):
        # 「…」旨を掲載していた, 「…」ことを明らかにした: the words are the content of a statement
        k = j + 1
        if k < hi and seq[k].surface in ("を", "の", "が"):
            k += 1
        if k < hi and (lex.cues.get(seq[k].lemma, ("",))[0] in ("verb", "noun") or seq[k].lemma in _PUBLISH):
            return Cue(seq[k].lemma, "strong", act="say", kind="verb", index=k)
    return None


_PUBLISH = {"掲載", "公表", "記載", "通知", "連絡"}   # verbs of making words known, after 旨 or ことを


def _examples_of(seq, k, hi, lex):
    """After 「…」「…」といった、 or といったように: the speech noun in the clause from unit ``k`` that the quotes are
    examples of (many people's words), as a cue; None when the clause has none."""
    for m in range(k, min(hi, k + 14)):
        u = seq[m]
        if u.pos1 in ("QUOTE", "EOL", "GAP") or u.surface in SENTENCE_END:
            break
        if u.pos1 == "名詞" and lex.speech_nouns.get(u.lemma, "named") != "named":
            return Cue(u.lemma, "noun", act="say", kind="noun", index=m, via="itta", voice="public")
    return None


_OCCASIONS = {"時", "場合"}   # 「…」という時／場合: a case imagined (data/nonspeech.tsv), unless said (と言った時)


def _noun_cue(seq, k, hi, lex, via):
    """A noun right after という／との／など: 質問 (speech), テーマ (not speech), ユカさん (the speaker)."""
    if k >= hi:
        return None
    listed = False   # 「…」など、動画を絶賛する書き込み: the noun after など、 is what the examples are of, not their kind
    while k < hi and seq[k].surface in COMMA:   # 「…」という、玲さん
        k += 1
        listed = via in ("nado", "itta")
    if k >= hi:
        return None
    t = seq[k]
    if t.surface == "の" and k + 1 < hi and seq[k + 1].surface == "は":   # 「…」というのは、中島さん
        return Cue("言う", "head", index=k, via="cleft", head=k + 2)
    if t.surface == "の" and k + 1 < hi and seq[k + 1].lemma in ("だ", "です"):   # 「…」というのだ
        return Cue("言う", "strong", act="say", kind="verb", index=k - 1, via="iu")
    if t.pos1 == "QUOTE":   # 「エクセラで、ラテ！」という「ラテ研」: a name's gloss
        return Cue("言う", "nonspeech", kind="name", index=k, via=via)
    if t.surface == "こと" and not _question_before(seq, k):   # 大切なのは「足るを知る」ということ
        return Cue("こと", "nonspeech", kind="term", index=k, via=via)
    if t.pos1 == "動詞" and k + 1 < hi and seq[k + 1].surface == "方" and seq[k + 1].pos1 == "接尾辞":
        compound = t.surface + "方"   # 見方, 考え方: UniDic reads a verb stem and a suffix
        if compound in lex.speech_nouns:
            voice = "public" if via in EXAMPLE_VIAS else lex.speech_nouns[compound]
            return Cue(compound, "noun", act="say", kind="noun", index=k + 1, via=via, voice=voice)
    if via == "iu" and not listed and (t.pos2 == "固有名詞" or not t.known) and _genitive_after(seq, k, hi):
        x = _person_after_genitive(seq, _noun_run_end(seq, k, hi) + 1, hi)
        if x is not None:   # 「…」という北浜テレビの森田アナは, の“担当”こと森田アナは: the one of that body
            return Cue(seq[x].lemma, "head", index=x, via=via, head=x)
    if (t.pos3 == "人名" or t.pos1 in ("名詞", "接頭辞") and t.pos2 == "固有名詞") \
            and not _genitive_after(seq, k, hi) and not _addressed_after(seq, k, hi) \
            and not _setting_after(seq, k, hi) and not _relative_subject_after(seq, k, hi, lex) \
            and (not listed or _subject_run(seq, k, hi)):
        # (「…」「…」など、柴崎准教授への批判: whom they are about; but など、山田監督は語った: who said them)
        return Cue(t.lemma, "head", index=k, via=via, head=k)
    # the head noun of the run
    j = k
    while j + 1 < hi and seq[j + 1].pos1 in ("名詞", "接尾辞") and not (seq[j + 1].pos3 == "人名" and t.pos3 != "人名"):
        j += 1   # (but 山本|五郎|の言葉: a full name, then の)
    decisions = lex.word_classes["decision"]   # (only right after という／との／とする: 「…」など、…の判決 is no ruling)
    if via != "nado" and t.pos1 == "名詞" and t.pos2 != "数詞" and j + 2 < hi and seq[j + 1].surface == "の" \
            and seq[j + 2].lemma in lex.speech_nouns and not (seq[j + 2].lemma in decisions and via in EXAMPLE_VIAS):
        # (not 「…」など、Xの発言に賛同する声: the public's)
        # 「…」との上村被告の証言: the words of the one named, by the speech noun after の (noun_owner reads them)
        lemma = seq[j + 2].lemma
        voice = "public" if via == "nado" else lex.speech_nouns[lemma]   # (といったXの説明: X's)
        return Cue(lemma, "noun", act="say", kind="noun", index=j + 2, via=via, voice=voice)
    if t.pos1 == "名詞" and t.pos2 == "普通名詞" and j + 2 < hi and seq[j + 1].surface == "の" and not listed:
        # 「…」という究極のテーマ: a noun that is not speech after a modifier with の
        h = j + 2
        while h + 1 < hi and seq[h + 1].pos1 in ("名詞", "接尾辞") and seq[h + 1].pos3 != "人名":
            h += 1
        if ("after_iu", seq[h].lemma) in lex.nonspeech:
            return Cue(seq[h].lemma, "nonspeech", kind=lex.nonspeech[("after_iu", seq[h].lemma)], index=h, via=via)
    for idx in range(j, k - 1, -1):
        lemma = seq[idx].lemma
        if lemma in lex.speech_nouns and not (lemma in decisions and via in EXAMPLE_VIAS):
            voice = "public" if via in EXAMPLE_VIAS or _from_many(seq, idx + 1, hi, lex) or _counted(seq, idx + 1, hi) \
                else lex.speech_nouns[lemma]   # (「…」との回答が39.4%: a survey's answer, many people's)
            return Cue(lemma, "noun", act="say", kind="noun", index=idx, via=via, voice=voice,
                       head=_teller_after(seq, idx + 1, hi, lex))
        if ("after_iu", lemma) in lex.nonspeech and not listed \
                and not (lemma in _OCCASIONS and k > 0 and seq[k - 1].surface == "た"):
            # (「…」というときは: a case imagined; 「…」と言ったとき: words said on an occasion)
            return Cue(lemma, "nonspeech", kind=lex.nonspeech[("after_iu", lemma)], index=idx, via=via)
        if lemma in lex.sources and not _genitive_after(seq, k, hi) and not _setting_after(seq, k, hi) \
                and (not listed or _subject_run(seq, k, hi)):
            # (「…」など、内藤選手を支持する声: whom the words are about, not who said them)
            return Cue(lemma, "head", index=k, via=via, head=k)
        if seq[idx].pos1 != "接尾辞":
            break
    # a speech noun further on: 「…」など、様々な反応が, 「…」という怪訝に思ったユーザたちのコメント
    m = k
    while m < min(hi, k + (30 if via == "nado" else 12)):
        u = seq[m]
        if u.pos1 in ("QUOTE", "EOL", "GAP") or u.surface in SENTENCE_END:
            break
        if u.pos1 == "名詞" and u.lemma in lex.speech_nouns and lex.speech_nouns[u.lemma] != "named" \
                and u.lemma not in decisions and not (
                m + 1 < hi and seq[m + 1].surface in ("に", "を", "と", "の")):   # 杉本の発言に賛同する声: 声
            voice = "public" if via in EXAMPLE_VIAS else lex.speech_nouns[u.lemma]   # 「…」「…」などのコメント: many
            return Cue(u.lemma, "noun", act="say", kind="noun", index=m, via=via, voice=voice)
        m += 1
    if t.pos1 in ("名詞", "代名詞", "接頭辞"):
        return Cue(t.lemma, "weak", kind="noun", index=k, via=via)
    if via == "nado":
        return Cue("など", "weak", kind="list", index=k - 1, via=via)
    return None


def _counted(seq, k, hi):
    """Whether a share or a count follows the speech noun before unit ``k``: が, は or も, then a number and ％, %,
    割 or 人 (との回答が39.4%, という人は3割): the answer of many in a survey."""
    if not (k + 2 < hi and seq[k].surface in ("が", "は", "も") and seq[k].pos1 == "助詞"):
        return False
    x = k + 1
    while x < hi and x - k <= 5 and (seq[x].pos2 == "数詞" or seq[x].surface in (".", "．", ",", "，", "約")):
        x += 1
    return x > k + 1 and x < hi and seq[x].surface in ("%", "％", "割", "人", "パーセント")


def _from_many(seq, k, hi, lex):
    """Whether the speech noun before unit ``k`` came from many: が or も, then a verb of the class many
    (というコメントが寄せられた, との声も上がった)."""
    return k + 1 < hi and seq[k].surface in ("が", "も") and seq[k].pos1 == "助詞" \
        and _verb_at(seq, k + 1, hi) in lex.word_classes["many"]


def _verb_at(seq, k, hi):
    """The lemma of the verb at unit ``k``, with a prefix UniDic reads apart (相|次ぐ after some nouns: 相次ぐ)."""
    if seq[k].pos1 == "接頭辞" and k + 1 < hi and seq[k + 1].pos1 == "動詞":
        return seq[k].surface + seq[k + 1].lemma
    return seq[k].lemma


def _teller_after(seq, k, hi, lex):
    """「…」というエピソードを明かした北川さん: the unit index of the noun that the speech noun's verb modifies (the
    one who told it), or -1."""
    if not (k + 2 < hi and seq[k].surface in ("を", "も") and seq[k].pos1 == "助詞"
            and lex.cues.get(seq[k + 1].lemma, ("",))[0] in ("verb", "noun")):
        return -1
    j = k + 2
    if seq[k + 1].pos1 == "名詞" and seq[j].lemma in ("する", "為る"):   # 披露|し|た
        j += 1
    while j < hi and seq[j].pos1 == "助動詞" and seq[j].start == seq[j - 1].end:
        j += 1
    return j if j < hi and seq[j].pos1 in ("名詞", "接頭辞") and seq[j].start == seq[j - 1].end \
        and not is_end(seq[j - 1]) else -1


_ELLIPSIS = set("—―─…‥-ー・")


_ABOUT = ("対する", "関する")   # verbs of に対する, に関する: whom a noun after them is about


def _predicate_noun(seq, j):
    """Whether the verbal noun at ``seq[j]`` that closes the sentence is its predicate (と川口を挑発。, と突然のご指名。)
    rather than a noun a clause describes (縁側がある生活。, どのような話？) or the end of a compound (南葵広報担当。)."""
    p = j - 1 if seq[j - 1].pos1 != "接頭辞" else j - 2   # (ご|指名: past an honorific prefix)
    prev = seq[p]
    if prev.pos1 in ("動詞", "名詞", "接尾辞", "接頭辞"):
        return False
    return not (prev.pos1 == "助動詞" and (prev.lemma != "だ" or seq[p - 1].pos2 == "助動詞語幹"))


def _predicate(seq, k, hi, lex):
    """The predicate after 「…」と: the first cue-table word before the clause ends, else the first verb."""
    first_verb = -1
    seen_verb = False
    subject = -1
    limit = min(hi, k + 14)
    if k < len(seq) and seq[k].surface in ("。", "！", "？", "!", "?") and seq[k - 1].surface in ("と", "って", "も"):
        return Cue("", "weak", act="say", kind="ellipsis", index=k - 1)   # 「…」と。: the verb left out (not
        # 「…」とは？: what a term means)
    if k < hi and seq[k].surface and all(c in _ELLIPSIS for c in seq[k].surface) \
            and (k + 1 >= hi or is_end(seq[k + 1]) or all(c in _ELLIPSIS for c in seq[k + 1].surface)):
        return Cue("", "weak", act="say", kind="ellipsis", index=k)   # 「…」とも——。: the verb left out
    j = k
    while j < limit:
        t = seq[j]
        if t.pos1 in ("QUOTE", "EOL", "GAP") or t.surface in SENTENCE_END:
            break
        if t.surface in COMMA and (first_verb >= 0 or seen_verb):
            break   # the clause of the quote ends here (とフリップを出すと、…)
        if t.surface in ("（", "(") and j > k and seq[j - 1].pos1 in ("名詞", "接尾辞"):
            close = next((x for x in range(j + 1, min(hi, j + 10)) if seq[x].surface in ("）", ")")), None)
            if close is not None and any(seq[x].pos2 == "数詞" for x in range(j + 1, close)):
                # と、菜摘さん（33歳）は、…話した: a remark of age after a name takes none of the reach
                limit = min(hi, limit + close - j + 1)
        seen_verb = seen_verb or t.pos1 == "動詞"
        lemma = t.lemma
        if t.surface in ("は", "が", "も") and t.pos1 == "助詞" and j > k and seq[j - 1].pos1 in ("名詞", "接尾辞") \
                and subject < 0:
            subject = j - 1
        adverbial = (t.pos1 == "名詞" and j + 1 < limit and seq[j + 1].surface == "で" and j + 2 < limit
                     and seq[j + 2].pos1 not in ("QUOTE", "EOL", "GAP") and seq[j + 2].surface not in SENTENCE_END) \
            or (t.pos1 == "名詞" and j + 2 < limit and seq[j + 1].lemma in ("気味", "ぎみ") and seq[j + 2].surface == "に")
        # (「…」と笑顔で答えた, 「…」と興奮気味に言い放つ: how; the cue is the verb after it)
        if t.pos1 == "名詞" and j == k and lemma in lex.word_classes["buzz"] \
                and not (j + 1 < hi and seq[j + 1].surface in ("を", "は") and seq[j + 2].pos1 == "動詞"):
            # 「…」と話題に, 「…」と評判だ: words going round, many people's, not the subject's (not と噂を否定)
            return Cue(lemma, "noun", act="say", kind="noun", index=j, via="to", voice="buzz")
        if t.pos1 == "名詞" and lemma in lex.cues and j == k and j + 2 < hi and seq[j + 1].surface == "の" \
                and lex.speech_nouns.get(seq[j + 2].lemma) == "public" and seq[j + 2].pos1 == "名詞":
            # 「…」と反発の声, 「…」と批判の声が上がった: the voices of many, whatever the noun before の
            return Cue(seq[j + 2].lemma, "noun", act="say", kind="noun", index=j + 2, via="to", voice="public")
        if t.pos1 == "名詞" and lemma in lex.speech_nouns and _from_many(seq, j + 1, hi, lex) \
                and not any(u.pos1 == "動詞" and u.lemma not in _ABOUT for u in seq[k:j]):
            # 「…」などと厳しいコメントが相次いだ: a noun of one's own words (コメント, 投稿), then が and a verb of
            # many voices: the words of many, not one's comment (also と、X に対する…コメントが: whom they are about)
            return Cue(lemma, "noun", act="say", kind="noun", index=j, via="to", voice="public")
        if t.pos1 == "名詞" and lemma in lex.cues and j + 1 < limit and seq[j + 1].start == t.end \
                and seq[j + 1].pos1 in ("名詞", "接尾辞"):
            e = j + 1
            while e + 1 < limit and seq[e + 1].start == seq[e].end and seq[e + 1].pos1 in ("名詞", "接尾辞"):
                e += 1
            whole = "".join(u.surface for u in seq[j:e + 1])
            if any(whole.endswith(h) for h in lex.title_heads if len(h) >= 2):
                j = e + 1   # 「…」と佐藤みどり解説委員長は: the noun opens a title (解説+委員+長), not the predicate
                continue
        if lemma in lex.cues and t.pos1 in ("動詞", "名詞", "副詞") and lex.cues[lemma][0] != "object" \
                and not adverbial:   # 「…」と笑顔で答えた: 笑顔で says how; the cue is the verb after it
            kind, act = lex.cues[lemma]
            if ("after_to", lemma) in lex.nonspeech:
                break
            if lemma == "言う" and t.surface in ("言える", "いえる") and j == k \
                    and not (j + 1 < hi and seq[j + 1].surface in ("ない", "ず", "ぬ", "ん")):
                # 「顔」とも言える場所, 「奇跡」と言えるだろう: what something may be called, no words anyone said
                return Cue(lemma, "nonspeech", kind="term", index=j)
            return _finish_predicate(seq, j, hi, lemma, "strong", act, kind, subject, _links(seq, k, j),
                                     receive=lex.word_classes["receive"])
        if j == k and t.pos1 == "副詞" and (j + 1 >= hi or is_end(seq[j + 1]) or seq[j + 1].surface in COMMA):
            return Cue(lemma, "weak", act="say", kind="adverb", index=j)   # 「…」とションボリ。
        if ("after_to", lemma) in lex.nonspeech:
            return Cue(lemma, "nonspeech", kind=lex.nonspeech[("after_to", lemma)], index=j)
        if t.pos1 == "名詞" and lex.speech_nouns.get(lemma) in ("public", "own") and first_verb < 0 and not seen_verb \
                and j + 1 < hi and seq[j + 1].surface in ("が", "も", "は"):
            return Cue(lemma, "noun", act="say", kind="noun", index=j, via="to", voice=lex.speech_nouns[lemma])
        if t.pos1 == "名詞" and t.pos2 == "普通名詞" and j + 2 < hi and seq[j + 1].surface in ("が", "も") \
                and _verb_at(seq, j + 2, hi) in lex.word_classes["outcry"] and first_verb < 0 and not seen_verb and all(
                    u.pos1 in ("名詞", "接尾辞", "接頭辞") or u.surface in ("の", "へ") for u in seq[k:j]):
            # (と山下へのバッシングが続出: whom the voices were about, before the noun)
            # 「…」「…」とバッシングが続出, 「…」とツッコミが殺到: whatever the noun, many voices said them
            return Cue(lemma, "noun", act="say", kind="noun", index=j, via="to", voice="public")
        if t.pos1 == "動詞" and j >= k + 2 and seq[j - 1].surface == "を" and seq[j - 2].pos1 == "名詞" \
                and seq[j - 2].lemma in lex.speech_nouns and t.lemma in lex.word_classes["send_words"] and first_verb < 0:
            # 「…」と声をかけた, 「…」とエールを送った: a noun of words and a verb that sends them
            return _finish_predicate(seq, j, hi, t.lemma, "strong", "say", "verb", subject, _links(seq, k, j - 2))
        if t.pos1 == "動詞" and t.pos2 != "非自立可能" and first_verb < 0:
            first_verb = j
        elif t.pos1 == "名詞" and t.pos2 == "普通名詞" and t.pos3 == "サ変可能" and first_verb < 0 \
                and j + 1 < len(seq) and (seq[j + 1].lemma in ("する", "為る") or is_end(seq[j + 1])
                                          or seq[j + 1].surface in COMMA) \
                and (j + 1 < hi or _predicate_noun(seq, j)):
            # (「…」と川口を挑発。, とまさかの出演オファー。: a verbal noun closes the sentence; not 縁側がある生活。,
            # どのような話？: a noun a clause describes; nor と南葵広報担当。: the end of a title)
            first_verb = j
        j += 1
    if first_verb >= 0:
        t = seq[first_verb]
        return _finish_predicate(seq, first_verb, hi, t.lemma, "weak", "react", "verb", subject,
                                 _links(seq, k, first_verb))
    # 「…」とポツリ。 「…」と恵理さん。: a name closing the sentence after と
    if subject < 0 and k + 1 < hi and seq[k].surface in COMMA and seq[k].pos1 == "補助記号" \
            and (seq[k + 1].pos3 == "人名" or seq[k + 1].pos1 in ("名詞", "接頭辞")):
        e = k + 1
        while e < hi and e - k < 10 and (seq[e].pos1 in ("名詞", "接頭辞", "接尾辞") or seq[e].surface in ("の", "・")):
            e += 1
        if e < len(seq) and (seq[e].surface in ("。", "！") or seq[e].pos1 in ("EOL", "GAP")):
            k += 1   # 「…」と、西田さん。: a comma before the name that closes the sentence
    if subject < 0 and k < hi and ((seq[k].pos3 == "人名") or seq[k].pos1 == "名詞" or (
            seq[k].pos1 == "接頭辞" and k + 1 < hi and seq[k + 1].pos1 == "名詞")):   # (と|ミ|ツキさん。)
        return Cue("", "weak", act="say", kind="name", index=k, head=k)
    if subject < 0 and k + 1 < hi and seq[k].pos1 in ("副詞", "接尾辞") and seq[k + 1].start == seq[k].end:
        # 「…」と大分賢治社長室長。, 「…」と舘光副会長。: a name whose surname UniDic reads as an adverb (大分) or a
        # suffix (舘), glued to the nouns that close the sentence
        e = k + 1
        while e < hi and seq[e].start == seq[e - 1].end and seq[e].pos1 in ("名詞", "接頭辞", "接尾辞"):
            e += 1
        if e < len(seq) and e - k >= 2 and (seq[e].surface in ("。", "！") or seq[e].pos1 in ("EOL", "GAP")):
            return Cue("", "weak", act="say", kind="name", index=k, head=k)
    return None


def _person_after_genitive(seq, x, hi):
    """The unit where a person's name opens at ``x`` (after an organisation and の), past a nickname in quotation
    marks and こと (“担当”こと), when that name, with a suffix or a title, is the subject (は, が, も); else None."""
    j = x
    if j < hi and seq[j].surface in ("“", "『", "\""):
        j += 1
        while j < hi and j - x < 12 and seq[j].surface not in ("”", "』", "\""):
            j += 1   # to the closing mark
        if not (j + 1 < hi and seq[j + 1].surface == "こと"):
            return None
        j += 2
    if not (j + 1 < hi and (seq[j].pos3 == "人名" or (seq[j].pos2 == "固有名詞" and seq[j + 1].start == seq[j].end
                                                      and seq[j + 1].pos1 in ("名詞", "接尾辞")))):
        return None   # (こと|森田|アナ: a surname UniDic reads as a place in this context, before a title)
    e = j + 1
    while e < hi and e - j < 6 and (seq[e].pos3 == "人名" or seq[e].pos1 == "接尾辞"
                                     or (seq[e].pos1 == "名詞" and seq[e].start == seq[e - 1].end)):
        e += 1
    return j if e < hi and seq[e].surface in ("は", "が", "も") and seq[e].pos1 == "助詞" else None


def _subject_run(seq, k, hi):
    """Whether the noun run from k is followed by は, が or も (a subject), and, with が, is no subject of a clause made a
    noun (「…」など、森田監督が部員を選り好みしていたことを匂わせる文章: what the words hint at, not who said them)."""
    j = k
    while j < hi and (seq[j].pos1 in ("名詞", "接尾辞") or (seq[j].pos3 == "人名")):
        j += 1
    if not (j < hi and seq[j].surface in ("は", "が", "も") and seq[j].pos1 == "助詞"):
        return False
    if seq[j].surface != "が":
        return True
    for x in range(j + 1, hi - 1):
        t = seq[x]
        if t.pos1 == "QUOTE" or t.surface in ("。", "、"):
            return True
        if x > j + 1 and (t.lemma == "事" or (t.surface == "の" and t.pos2 == "準体助詞")) \
                and seq[x - 1].pos1 in ("動詞", "助動詞") and seq[x + 1].surface in ("を", "が", "は", "に"):
            return False
    return True


def _genitive_after(seq, k, hi):
    """Whether the noun run from k ends in の (杉本の発言: 杉本 is not the head)."""
    j = _noun_run_end(seq, k, hi)
    return j < hi and seq[j].surface == "の"


def _noun_run_end(seq, k, hi):
    """One past the last unit of the noun run (names included) that starts at ``k``."""
    j = k
    while j < hi and (seq[j].pos1 in ("名詞", "接尾辞") or (seq[j].pos3 == "人名")):
        j += 1
    return j


def _setting_after(seq, k, hi):
    """Whether the noun run from k is followed by a particle that places or moves something (で, へ, を, まで, にお
    ける, において: 「…」など韓国における差別を批判する声): where the words are about, not who says them."""
    j = _noun_run_end(seq, k, hi)
    if j >= hi:
        return False
    t = seq[j]
    return (t.pos1 == "助詞" and t.surface in ("で", "へ", "を", "まで")) or (
        t.surface == "に" and j + 1 < hi and seq[j + 1].lemma == "於く")


def _addressed_after(seq, k, hi):
    """Whether the noun run from k ends in への or に対する (山本への応援メッセージ: whom the words are for)."""
    j = _noun_run_end(seq, k, hi)
    return j + 1 < hi and ((seq[j].surface == "へ" and seq[j + 1].surface == "の") or (
        seq[j].surface == "に" and seq[j + 1].surface == "対する"))   # (not というカズに対し、: he said them)


def _relative_subject_after(seq, k, hi, lex):
    """Whether the name run from k, with が, is the subject of a clause that describes a noun after it (「…」という
    ピカソらが始めた手法: the words describe the method, not the painter's); not when the clause's verb is one of
    speech (「…」という田中さんが語った理由)."""
    j = _noun_run_end(seq, k, hi)
    if j < hi and seq[j].surface in ("ら", "たち", "達"):
        j += 1
    if not (j + 2 < hi and seq[j].surface == "が" and seq[j].pos1 == "助詞"):
        return False
    x = j + 1
    while x < hi and x - j <= 5 and seq[x].pos1 != "動詞":
        if seq[x].pos1 in ("QUOTE", "補助記号") or seq[x].surface in ("は", "が", "も"):
            return False
        x += 1
    if x >= hi or seq[x].pos1 != "動詞" or lex.cues.get(seq[x].lemma, ("",))[0] in ("verb", "object"):
        return False
    y = x + 1
    while y < hi and seq[y].pos1 == "助動詞":
        y += 1
    return y < hi and seq[y].pos1 == "名詞" and seq[y - 1].cform.startswith(("連体形", "終止形"))


def _question_before(seq, k):
    """Whether the nearest quote before unit k asks something (its unit's lemma ends in ?)."""
    j = k - 1
    while j >= 0 and seq[j].pos1 != "QUOTE":
        j -= 1
    return j >= 0 and seq[j].lemma.endswith("?")


_LINKS = {"を", "が", "の", "と"}
_CONCESSIVE_SKIP = {"居る", "いる", "見る", "みる", "為る", "する"}   # 思っ|て|い|て|も, 考え|て|み|て|も, た|と|し|て|も


def _links(seq, k, j):
    """Case particles between と and the cue word: 「…」と日本語で挨拶 has none, 「社名」と協定を結んだと発表 has some
    (there と joins a name to a noun, and the cue is another clause's)."""
    return sum(1 for t in seq[k:j] if t.pos1 == "助詞" and t.surface in _LINKS)


def _no_need(seq, j, hi):
    """Whether the verb at unit ``j`` (a verbal noun with する too) is followed by ことはない or ことはありません:
    there is no need to do it."""
    k = j + 1
    if k < hi and seq[k].lemma in ("する", "為る") and seq[k].pos1 == "動詞":
        k += 1
    if not (k + 2 < hi and seq[k].lemma in ("事", "こと") and seq[k + 1].surface in ("は", "も")):
        return False
    t = seq[k + 2]
    return t.lemma in ("無い", "ない") or (t.lemma in ("有る", "ある") and k + 4 < hi and seq[k + 3].lemma == "ます"
                                         and seq[k + 4].surface == "ん")


def _finish_predicate(seq, j, hi, lemma, strength, act, kind, subject, distance=0, receive=()):
    if lemma == "言う" and seq[j].cform.startswith("未然形") and seq[j].surface in ("言わ", "いわ") and j + 1 < hi \
            and distance == 0 and j > 0 and seq[j - 1].surface in ("と", "って", "は", "も") and (
            seq[j + 1].lemma in ("ない", "ず", "ぬ") or (seq[j + 1].surface == "ん" and j + 2 < hi
                                                      and seq[j + 2].lemma == "ばかり")):
        # 「…」と言わずに, 「…」と言わんばかり: words no one says (the guideline's hypothetical lines; but 「…」と
        # 言えなくて, the teller's own words left unsaid, are theirs)
        return Cue(lemma, "nonspeech", kind="term", index=j)
    if distance == 0 and j > 0 and seq[j - 1].surface in ("と", "って") and _no_need(seq, j, hi):
        # 「…」などと悲観することはありません, と言うことはない: words no one needs to say or think (a hypothetical line)
        return Cue(lemma, "nonspeech", kind="term", index=j)
    if act == "think" and kind == "verb" and distance == 0:
        k = j + 1
        while k < hi and k - j <= 5 and (seq[k].surface in ("て", "た", "と") or seq[k].lemma in _CONCESSIVE_SKIP):
            if seq[k].surface == "て" and k + 1 < hi and seq[k + 1].surface == "も" and seq[k + 1].pos1 == "助詞" \
                    and not (k + 2 < hi and seq[k + 2].lemma in ("居る", "いる", "見る", "みる")):
                # 「…」と思っても, と思っていても, なんて思ったとしても: a thought one might have (the guideline's
                # hypothetical of people in general), not one a source had (but 「…」と思ってもいないことを口にして)
                return Cue(lemma, "nonspeech", kind="term", index=j)
            k += 1
    v = j + 1 if j + 1 < hi and seq[j].pos1 == "名詞" and seq[j + 1].lemma == "為る" else j   # (理解|すれ|ば)
    if (lemma == "言う" or (kind == "verb" and distance == 0)) and seq[v].cform.startswith("仮定形") \
            and v + 1 < hi and seq[v + 1].surface == "ば":
        # 「雪花秀」と言えば: speaking of it, no one says it; 「…」と言えば新モデルが出てくる, 「…」と励ませば: a line one
        # would say; 「…」と理解すれば, と割り切れば: a view one would take
        # (the guideline's hypothetical lines); words said only when an answer follows in the sentence (Xが「…」と
        # いえば、Yは「…」: when X said so, Y answered)
        k = v + 2
        while k < hi and seq[k].pos1 != "QUOTE" and not is_end(seq[k]):
            k += 1
        if k >= hi or seq[k].pos1 != "QUOTE":
            return Cue(lemma, "nonspeech", kind="term", index=j)
        if lemma == "言う" or act == "say":
            return Cue(lemma, "weak", act="say", kind="verb", index=j, subject=subject, distance=distance)
        # (Xは「…」と聞けば「…」: another verb, read as it is)
    passive = False
    causative = False
    head = -1
    k = j + 1
    if kind == "noun" and k + 1 < hi and seq[k].surface == "を" and seq[k + 1].pos1 == "動詞":
        passive = seq[k + 1].lemma in receive   # 「…」とアドバイスを頂き: words received, the giver's (Xに, Xから)
        k += 2   # 「…」と苦笑いを浮かべたアナウンサー: read on through the verb
    elif kind == "noun" and k < hi and seq[k].pos1 == "動詞" and seq[k].start == seq[j].end:
        k += 1   # 「…」と意気|込んだ理恵は: a verb UniDic reads as a noun and a verb glued to it
    steps = 0
    while k < hi and steps < 6:
        t = seq[k]
        if t.lemma == "たい" and t.pos1 == "助動詞" and not (k + 1 < hi and seq[k + 1].surface == "放題"):
            # 「…」と言いたくなる: wished, not said (but 「…」と言いたい放題: said, freely)
            return Cue(lemma, "nonspeech", kind="term", index=j)
        if (t.lemma in _PASSIVE and t.pos1 in ("助動詞", "動詞")) or \
                (t.lemma in ("貰う", "もらう", "頂く", "いただく") and seq[k - 1].surface in ("て", "で")):
            passive = True   # 言われる, 言ってもらう: the speaker is the agent (Xに), not the subject
        elif t.lemma in _CAUSATIVE and t.pos1 == "助動詞":
            causative = act in ("say", "answer", "write")   # 「…」と監督に言わせた: 監督 said it (not と周囲を笑わせた)
        elif t.lemma in _GIVEN and seq[k - 1].surface in ("て", "で"):
            pass
        elif t.lemma in _AUX_SKIP or t.pos1 == "助動詞" or (t.pos1 == "助詞" and t.surface in ("て", "で")):
            pass
        else:
            break
        k += 1
        steps += 1
    if k < hi and seq[k].surface == "より" and seq[k].pos1 == "助詞" and seq[k - 1].pos1 in ("動詞", "助動詞") \
            and distance == 0:
        return Cue(lemma, "nonspeech", kind="term", index=j)   # 「出会いが無い」と嘆くよりも: rather than words said
    if k < hi and seq[k - 1].pos1 in ("動詞", "助動詞") and seq[k - 1].cform.startswith("連体"):
        x = k   # 「…」と語った美し|すぎる|新体操選手, と話す若い女性: an adjective between the verb and its noun
        while x < hi and x - k < 3 and (seq[x].pos1 in ("形容詞", "形状詞") or seq[x].lemma in ("過ぎる", "すぎる")
                                        or (seq[x].surface == "な" and seq[x].pos1 == "助動詞")):
            x += 1
        if k < x < hi and seq[x].pos1 in ("名詞", "接頭辞") and not is_end(seq[x]) \
                and (seq[x - 1].cform.startswith(("連体", "終止")) or seq[x - 1].surface == "な"):
            k = x
    state = _speaker_of_state(seq, j, k, hi) if kind == "noun" else -1
    if state < 0 and k + 2 < hi and seq[k].surface == "と" and seq[k + 1].lemma == "言う" \
            and seq[k + 1].surface in ("いう", "言う") and seq[k - 1].pos1 in ("動詞", "助動詞") \
            and seq[k + 2].pos1 in ("名詞", "接頭辞"):
        k += 2   # 「…」と見合いを断ったという美也子さん: told of as hearsay, the one the clause describes
    if state >= 0:
        head = state
    elif k < hi:
        t = seq[k]
        if (t.pos1 in ("名詞", "接頭辞") or (t.pos1 in ("記号", "連体詞") and _KATAKANA_WORD.match(t.surface))
                or (t.pos1 in ("助詞", "感動詞") and _KATAKANA_WORD.match(t.surface) and k + 1 < hi
                    and _KATAKANA_WORD.match(seq[k + 1].surface) and seq[k + 1].pos1 == "名詞")
                or (t.pos1 == "接尾辞" and seq[k - 1].pos1 in ("動詞", "助動詞")
                    and seq[k - 1].cform.startswith("連体"))) \
                and not is_end(t) and seq[k - 1].pos1 != "助詞" \
                and not (seq[k - 1].pos1 == "動詞" and seq[k - 1].cform.startswith("連用形")):
            # (not 「…」と述べ首相を批判: a verb's continuative form ends its clause, it describes no noun)
            head = k   # (と考えてしまうソノさん, と話すミ|サキさん: a katakana name UniDic reads as no noun; と語る舘|光
            # 財務官: a surname read as a suffix, which no verb's attributive form takes)
        elif t.surface in ("、", "，") and k + 2 < hi and seq[k - 1].pos1 == "動詞" \
                and seq[k - 1].cform.startswith(("連体形", "終止形")) and seq[k + 1].pos3 == "人名" \
                and (seq[k + 2].pos1 == "接尾辞" or seq[k + 2].pos3 == "人名"):
            head = k + 1   # 「…」と語る、洋子さん（34歳）の趣味は: the name the verb describes, past a comma
        elif t.surface == "の" and k + 1 < hi and seq[k + 1].surface == "は":   # と話してくれたのは、ミドリさん
            return Cue(lemma, strength, act=act, kind=kind, index=j, passive=passive, causative=causative,
                       head=k + 2, subject=subject,
                       distance=distance, via="cleft")
        elif t.surface in ("、", "，") and seq[k - 1].cform.startswith("連用") and kind in ("verb", "noun") \
                and not passive:
            # 「…」と突然呟き、周囲を驚かせたのは、北浜ファイターズの川田投手だ: a clause goes on to the cleft
            for x in range(k + 1, min(hi - 1, k + 10)):
                u = seq[x]
                if is_end(u) or u.pos1 == "QUOTE" or (u.pos1 == "助詞" and u.surface in ("は", "が", "も")
                                                      and seq[x - 1].surface != "の"):
                    break
                if u.surface == "の" and seq[x + 1].surface == "は" and seq[x - 1].pos1 in ("動詞", "助動詞"):
                    return Cue(lemma, strength, act=act, kind=kind, index=j, passive=passive,
                               causative=causative, head=x + 2, subject=subject, distance=distance, via="cleft")
                if strength == "strong" and u.pos1 in ("動詞", "助動詞") and u.cform.startswith("連体") \
                        and seq[x + 1].pos2 == "固有名詞" and seq[x + 1].pos1 == "名詞" \
                        and not any(seq[y].surface in COMMA for y in range(k + 1, x)):
                    # 「…」とまでいい、知られざるエピソードを明かした落合氏: the clause goes on to describe its speaker
                    return Cue(lemma, strength, act=act, kind=kind, index=j, passive=passive,
                               causative=causative, head=x + 1, subject=subject, distance=distance)
    if head >= 0:
        head = _through_manner(seq, head, hi)
    return Cue(lemma, strength, act=act, kind=kind, index=j, passive=passive, causative=causative, head=head,
               subject=subject, distance=distance)


_MANNER_NOUNS = {"様子", "表情", "笑顔", "笑み", "姿", "顔", "面持ち", "素振り", "一面", "姿勢", "態度"}
_DISPLAY_VERBS = {"見せる", "浮かべる", "覗かせる", "のぞかせる", "漂わせる", "滲ませる", "にじませる", "示す"}


def _through_manner(seq, head, hi):
    """「…」と困惑した様子を見せた澤, と照れた表情を浮かべた北川: where the noun the cue describes is a manner (様子,
    表情) shown with a verb of display in its attributive form, the one who showed it (the noun after) is the head;
    else ``head``."""
    k = head
    if seq[k].lemma not in _MANNER_NOUNS or k + 2 >= hi or seq[k + 1].surface != "を" \
            or seq[k + 2].lemma not in _DISPLAY_VERBS:
        return head
    k += 3
    while k < hi and seq[k].pos1 == "助動詞":
        k += 1
    if k < hi and seq[k].pos1 == "名詞" and seq[k - 1].cform.startswith("連体"):
        return k
    return head


def _speaker_of_state(seq, j, k, hi):
    """「…」と苦笑いの長友, と怒り|心頭の加藤に対し, と自信|満々の本田: the speaker's state (the noun cue at ``seq[j]``,
    perhaps with one more word glued to it), の, then a name: the unit where the name starts, or -1. ``k`` is the unit
    after the cue."""
    if k != j + 1:
        return -1
    g = k + 1 if k + 1 < hi and seq[k].pos1 in ("名詞", "形状詞") and seq[k].start == seq[j].end else k
    if g + 1 < hi and seq[g].surface == "の" and seq[g].pos2 == "格助詞" and seq[g + 1].pos3 == "人名" \
            and seq[g + 1].start == seq[g].end:
        return g + 1
    return -1


def cue_before(seq, qidx, lex):
    """A sentence before the quote that announces it (次のように答えた。／こう語った：), as (Cue, lo, hi) or None.

    For a quote that opens its line, the announcing sentence is the last one of the previous lines; for a quote right
    after a sentence's end on its line, that sentence (こう話す。「…」), which must announce it with こう or 次のように.
    The heading of a statement, Xの話, before the quote on its line or on the line before, is a cue of its own
    (via "statement").
    """
    j = qidx - 1
    while j >= 0 and seq[j].pos1 in ("EOL", "空白"):
        j -= 1
    if j >= 1 and seq[j].lemma == "話" and seq[j].pos1 == "名詞" and seq[j - 1].surface == "の":
        # 鈴木一郎・北浜市長の話　「…」: the heading of a statement, the words of the one it names (see
        # attribute.announced_before)
        lo = j
        while lo > 0 and not is_end(seq[lo - 1]):
            lo -= 1
        return Cue("話", "strong", act="say", kind="noun", index=j, via="statement"), lo, j + 1
    inline = all(seq[k].pos1 != "EOL" for k in range(j + 1, qidx))
    if j < 0 or (inline and seq[j].surface not in ("。", "：", ":")):
        return None  # something precedes the quote on its own line (but …こう話す。「…」: the sentence announces it)
    # a list of quotes, one a line, after the announcement: 以下のようなコメントが寄せられた。/「…」/「…」
    while j > 0 and seq[j].pos1 == "QUOTE" and seq[j - 1].pos1 == "EOL" and j + 1 < len(seq) \
            and seq[j + 1].pos1 == "EOL":
        j -= 1
        while j >= 0 and seq[j].pos1 == "EOL":
            j -= 1
    if j < 0 or seq[j].pos1 == "QUOTE":
        return None
    end = j  # the announcing sentence ends at ``end`` (its 。, ！ or ：)
    if seq[end].surface in ("。", "：", ":", "！", "!"):
        end -= 1
    lo = end
    while lo > 0 and not is_end(seq[lo - 1]):
        lo -= 1
    announce = False
    for k in range(lo, end + 1):
        t = seq[k]
        nxt = seq[k + 1].surface if k + 1 <= end else ""
        nxt2 = seq[k + 2].lemma if k + 2 <= end else ""
        if (t.lemma in ("次", "以下", "下記") and nxt == "の"
                and (nxt2 in ("様", "よう", "通り") or nxt2 in lex.speech_nouns)) \
                or (t.surface in ("こう", "このよう", "こんな") and t.pos1 in ("副詞", "連体詞", "形状詞")
                    and not (nxt == "し" and k + 3 <= end and seq[k + 2].surface == "た"
                             and seq[k + 3].pos1 == "名詞")) \
                or t.surface == "次のよう" or (t.surface == "この" and nxt == "よう" and k + 2 <= end and seq[k + 2].surface == "に"):
            announce = True   # (この|よう|に切り返した; not こう|し|た|光景は: such a scene)
    if not announce and inline:
        return None
    if not announce and seq[j].surface not in ("：", ":"):
        # サトミさん（40）に聞いてみた。/「…」: a sentence that ends by asking someone, then the answer on its own line
        k = end
        while k > lo and seq[k].pos1 in ("助動詞", "助詞") or (k > lo and seq[k].lemma in _ASKED_TAIL):
            if seq[k].lemma in ("出来る", "できる") and k - 2 > lo and seq[k - 1].surface == "が" \
                    and seq[k - 2].lemma == "事":
                k -= 2   # 話を聞くことができた: past ことが
            k -= 1
        t = seq[k]
        if seq[j].surface in ("。", "！", "!") and t.pos1 == "動詞" and lex.cues.get(t.lemma, ("", ""))[1] == "ask":
            # (…に聞いてみました！: the end of a sentence the writer exclaims)
            return Cue(t.lemma, "strong", act="ask", kind="verb", index=k, via="asked_before"), lo, end + 1
        return None
    if inline:
        # on the quote's line, only a sentence that ends in a verb of saying announced by the word right before it
        # (こう話す。「…」, 次のように語った。「…」; not こういう女が…。「…」, …こんな言葉が添えられる。「…」)
        k = end
        while k > lo and seq[k].pos1 in ("助動詞", "助詞") or (k > lo and seq[k].lemma in ("居る", "いる")):
            k -= 1
        t = seq[k]
        if not (t.pos1 == "動詞" and t.lemma in lex.cues and k > lo
                and (seq[k - 1].surface == "こう" or seq[k - 1].surface.endswith("に"))):
            return None
    for k in range(end, lo - 1, -1):
        t = seq[k]
        if t.lemma in lex.cues and t.pos1 in ("動詞", "名詞"):
            kind, act = lex.cues[t.lemma]
            passive = t.pos1 == "動詞" and k + 1 <= end and seq[k + 1].lemma in _PASSIVE   # こう言われた。
            return Cue(t.lemma, "strong", act=act, kind=kind, index=k, via="before", passive=passive), lo, end + 1
        if t.lemma in ("答え", "返事", "言葉", "コメント"):
            return Cue(t.lemma, "strong", act="answer", kind="noun", index=k, via="before"), lo, end + 1
        if t.pos1 == "名詞" and lex.speech_nouns.get(t.lemma) in ("own", "named") and k + 1 <= end \
                and (seq[k + 1].surface in ("は", "が") or (
                    k + 3 <= end and seq[k + 1].surface == "の" and seq[k + 2].lemma in _ACCOUNT_PARTS
                    and seq[k + 3].surface in ("は", "が"))):
            # 警察の声明は次のとおり。: a noun of someone's words announces them (談話の要旨は, 演説の全文は)
            return Cue(t.lemma, "strong", act="say", kind="noun", index=k, via="before"), lo, end + 1
        if t.pos1 == "名詞" and (lex.speech_nouns.get(t.lemma) == "public" or t.lemma in lex.word_classes["view"]) \
                and k + 2 <= end and seq[k + 1].surface in ("も", "が") and seq[k + 2].lemma in ("有る", "ある"):
            # 一方でこんな意見もある。: a view some hold, no one's in particular
            return Cue(t.lemma, "strong", act="say", kind="noun", index=k, via="before", voice="public"), lo, end + 1
    return None
