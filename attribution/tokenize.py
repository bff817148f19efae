"""Tokens with character offsets, from fugashi (MeCab) and UniDic (unidic-lite).

Only the fields the rules use are kept. ``start``/``end`` are Python str indices into the document text as given,
so ``text[tok.start:tok.end] == tok.surface`` always holds.
"""
from __future__ import annotations

from typing import NamedTuple

_PAD = ["*"] * 8


class Token(NamedTuple):
    surface: str
    start: int
    end: int
    pos1: str      # 名詞, 動詞, 助詞, 補助記号...
    pos2: str      # 固有名詞, 格助詞, 括弧開...
    pos3: str      # 人名, 地名, サ変可能...
    pos4: str      # 姓, 名...
    cform: str     # 連体形-一般, 未然形-一般...
    lemma: str     # UniDic lemma, loanword tail removed (コメント-comment -> コメント); surface when unknown
    known: bool = True  # False for words the dictionary does not have (MeCab's unknown-word guesses)

    @property
    def is_name(self):
        return self.pos3 == "人名"


class Tokenizer:
    """A loaded MeCab tagger; create once and reuse (loading the dictionary is the slow part)."""

    def __init__(self):
        import fugashi  # imported here so that importing the package stays cheap
        try:
            self._tagger = fugashi.Tagger()
        except RuntimeError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError(f"could not load MeCab with unidic-lite ({exc}); "
                               "install it with: pip install fugashi unidic-lite") from exc

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

    def _line(self, text, start, stop, out, keep=0):
        line = text[start:stop]
        if not line.strip():
            return
        nodes = self._tagger(line)
        if not nodes:
            return
        # fast path: offsets from MeCab's own account of the white space before each word; checked on the
        # last word, and redone by searching the line if anything was off
        first = len(out)
        pos = 0
        append = out.append
        new = tuple.__new__   # NamedTuple's own __new__ is a Python call; this is the hot loop
        skip = keep - start   # context read before the requested start: not kept
        for node in nodes:
            surface = node.surface
            found = pos + node.rlength - node.length   # MeCab skips ASCII white space: bytes = characters
            pos = found + len(surface)
            if pos <= skip:
                continue
            f = node.feature_raw.split(",", 8)   # pos1-4, cType, cForm, lForm, lemma, and the rest
            if len(f) > 8:
                lemma = f[7]
                if "-" in lemma:
                    dash = lemma.find("-")
                    if dash > 0:
                        lemma = lemma[:dash]
                elif lemma == "*" or not lemma:
                    lemma = surface
                append(new(Token, (surface, start + found, start + pos, f[0], f[1], f[2], f[3], f[5], lemma, True)))
            else:   # an unknown word: MeCab guessed its part of speech only
                f += _PAD
                append(new(Token, (surface, start + found, start + pos, f[0], f[1], f[2], f[3], "*", surface,
                                   False)))
        if len(out) == first:
            return
        last = out[-1]
        if text[last.start:last.end] != last.surface:
            del out[first:]
            self._line_slow(line, start, nodes, out)
        if len(out) > first and out[first].start < keep:   # context read before the requested start
            k = first
            while k < len(out) and out[k].start < keep:
                k += 1
            del out[first:k]

    @staticmethod
    def _line_slow(line, start, nodes, out):
        pos = 0
        for node in nodes:
            surface = node.surface
            found = line.find(surface, pos)
            if found < 0:  # MeCab normalised something; skip it rather than give a wrong offset
                continue
            pos = found + len(surface)
            f = (node.feature_raw.split(",", 9) + _PAD)
            known = len(f) > 16
            lemma = f[7] if known and f[7] not in ("*", "") else surface
            if known and lemma.find("-") > 0:
                lemma = lemma[:lemma.find("-")]
            out.append(Token(surface, start + found, start + pos, f[0], f[1], f[2], f[3], f[5] if known else "*",
                             lemma, known))
