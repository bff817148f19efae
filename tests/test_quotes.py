import functools

import pytest
from hypothesis import given, settings, strategies as st

from attribution import find_quotes

CASES = [
    # (text, the inner texts of the top-level spans)
    ("彼は「こんにちは」と言った。", ["こんにちは"]),
    ("「A」「B」と口々に", ["A", "B"]),
    ("「外側『内側』の話」", ["外側『内側』の話"]),
    ("「外側「内側」の話」と述べた", ["外側「内側」の話"]),
    ("半角の｢カギ｣も", ["カギ"]),
    ("混在の「カギ｣も", ["カギ"]),
    # a quote over two paragraphs: the second re-opens with 「 and only the last one closes
    ("「一段落目。\n「二段落目」と述べた。", ["一段落目。\n「二段落目"]),
    ("「一段落目。\n　「二段落目」", ["一段落目。\n　「二段落目"]),
    # unbalanced: a stray closer is ignored, an opener that never closes yields no span
    ("」は無視され「有効」になる", ["有効"]),
    ("「閉じない「中は有効」", ["中は有効"]),
    ("『題名』だけ", []),
    ("", []),
]


@pytest.mark.parametrize("text,inner", CASES)
def test_top_level_spans(text, inner):
    spans = find_quotes(text)
    assert [text[s + 1:e - 1] for s, e in spans] == inner
    for s, e in spans:
        assert text[s] in "「｢" and text[e - 1] in "」｣"


ALPHABET = st.sampled_from(list("あいう漢字カナ「」『』｢｣\n 　、。"))


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_spans_are_ordered_bracketed_and_disjoint(text):
    spans = find_quotes(text)
    last = -1
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s] in "「｢" and text[e - 1] in "」｣"
        last = e


def test_many_unmatched_openers_is_linear_enough():
    text = "「" * 20000 + "「中」"
    assert [text[s:e] for s, e in find_quotes(text)] == ["「中」"]



@functools.lru_cache(maxsize=1)
def _tokenizer():
    from attribution.tokenize import Tokenizer
    return Tokenizer()


TEXT = st.text(alphabet=st.sampled_from(list("あい漢字カナabc 　\t「」、。！\n𠮷ｶﾞé")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_token_offsets_slice_the_text(text):
    """Every token's offsets slice exactly its surface out of the text, whatever the spaces and characters."""
    last = 0
    for t in _tokenizer().tokenize(text):
        assert text[t.start:t.end] == t.surface
        assert t.start >= last
        last = t.end


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(0, 80), st.integers(0, 80), st.integers(0, 3))
def test_tokens_of_a_stretch_stay_inside_it(text, a, b, lead):
    """Tokens of text[start:end] read with ``lead`` characters of context: inside the stretch, exact offsets."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    lead = min(lead, start)
    for t in _tokenizer().tokenize(text, start, end, lead=lead):
        assert text[t.start:t.end] == t.surface
        assert start < t.end and t.start < end + 1 and t.end <= end


class _SpaceDroppingTagger:
    """MeCab as if it had not reported the white space it skipped: offsets by arithmetic would come out wrong."""

    def __init__(self, tagger):
        self.tagger = tagger

    def parse(self, line):
        return "\n".join("\t" + row.split("\t", 1)[1] if "\t" in row else row
                         for row in self.tagger.parse(line).split("\n"))


@pytest.mark.parametrize("text", ["木村 靖氏は　語った", "  先頭に空白", "A B C は 英字"])
def test_words_are_placed_by_search_when_meCab_skips_unreported_space(text):
    from attribution.tokenize import Tokenizer
    tok = Tokenizer()
    expected = [(t.surface, t.start, t.end) for t in tok.tokenize(text)]
    tok._tagger = _SpaceDroppingTagger(tok._tagger)
    got = tok.tokenize(text)
    assert [(t.surface, t.start, t.end) for t in got] == expected
    assert all(text[t.start:t.end] == t.surface for t in got)


@pytest.mark.parametrize("text,words", [
    ("南浜グリフォンズヘッドコーチは話した", ["南浜", "グリフォンズ", "ヘッド", "コーチ", "は"]),
    ("ザイオンズゼネラルマネジャーが語った", ["ザイオンズ", "ゼネラル", "マネジャー", "が"]),
    ("グリフォンズは勝った", ["グリフォンズ", "は"]),   # no title at its end: the word stays whole
])
def test_a_katakana_title_glued_to_an_unknown_word_is_cut_off(text, words):
    """MeCab reads a katakana word it lacks and the katakana title after it as one unknown word; the tokenizer given
    the titles cuts the title off, each token still slicing the text."""
    from attribution.tokenize import Tokenizer
    got = Tokenizer(katakana_titles={"ヘッドコーチ", "ゼネラルマネジャー", "コーチ"}).tokenize(text)
    assert [t.surface for t in got][:len(words)] == words
    assert all(text[t.start:t.end] == t.surface for t in got)
