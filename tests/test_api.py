import dataclasses
import json

import pytest

import attribution
from attribution import LexiconError
from attribution.lexicon import Lexicon

TEXT = ("会見には北浜市長の森田健一氏が出席した。森田市長は「安全を最優先にする」と述べた。"
        "森田氏はまた「来年も続けたい」と話した。番組「市政だより」でも紹介された。")


def test_extract_returns_a_ledger_of_frozen_records():
    ledger = attribution.extract(TEXT, doc="a.txt")
    assert isinstance(ledger, attribution.Ledger)
    q = ledger.quotes[0]
    assert isinstance(q, attribution.Quote)
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.speaker = "x"
    assert TEXT[q.start:q.end] == "「安全を最優先にする」"
    assert (q.speaker, q.role, q.cue, q.doc) == ("森田健一", "北浜市長", "述べる", "a.txt")
    assert TEXT[q.mention.start:q.mention.end] == q.mention.text == "森田市長"


def test_for_speaker_accepts_any_alias():
    ledger = attribution.extract(TEXT)
    assert ledger.for_speaker("森田") == ledger.for_speaker("森田健一") == ledger.for_speaker("森田市長")
    assert len(ledger.for_speaker("森田")) == 2
    assert ledger.for_speaker("誰か") == ()


def test_records_json_and_html():
    ledger = attribution.extract(TEXT, doc="a.txt")
    recs = ledger.to_records()
    assert {"doc", "start", "end", "quote", "speaker", "speaker_type", "mention", "role", "cue", "rule",
            "confidence", "kind"} <= set(recs[0])
    assert all(r["kind"] == "speech" for r in recs)
    assert any(r["kind"] == "title" for r in ledger.to_records(include_nonspeech=True))
    data = json.loads(ledger.to_json())
    assert data["speakers"][0]["name"] == "森田健一" and len(data["speakers"][0]["quotes"]) == 2
    assert "<table>" in ledger._repr_html_() and "森田健一" in ledger._repr_html_()


def test_extract_many_keeps_order():
    ex = attribution.Extractor()
    docs = [("1", "甲は「あ、そうです」と述べた。"), ("2", "乙野一郎は「いいえ、違います」と語った。")]
    ledgers = list(ex.extract_many(docs))
    assert [lg.docs for lg in ledgers] == [("1",), ("2",)]
    merged = attribution.merge(ledgers)
    assert [q.doc for q in merged.quotes] == ["1", "2"]


@pytest.mark.parametrize("bad", [b"\xe3\x81\x82", None, 42])
def test_bad_input_raises_a_clear_error(bad):
    with pytest.raises(attribution.InputError) as info:
        attribution.extract(bad)
    assert "str" in str(info.value)


def test_text_with_a_lone_surrogate_is_refused_with_where_it_is():
    # what open(..., errors="surrogateescape") makes of bytes that are no UTF-8: no Unicode text to tokenize
    with pytest.raises(attribution.InputError) as info:
        attribution.extract("森田は「はい」と述べた。\udce3")
    assert "'\\udce3' at offset 12" in str(info.value) and "read_text" in str(info.value)


def test_read_text_detects_the_encoding(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("森田一郎は「協力したい」と述べた。".encode("cp932"))
    text = attribution.read_text(path)
    assert [(q.speaker, q.quote) for q in attribution.extract(text).quotes] == [("森田一郎", "協力したい")]
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(attribution.InputError) as info:
        attribution.read_text(tmp_path / "b.bin")
    assert "b.bin" in str(info.value)


def test_text_without_quotes_gives_an_empty_ledger():
    ledger = attribution.extract("今日は晴れ。")
    assert ledger.quotes == () and ledger.speakers == ()


def test_text_without_quotes_is_not_tokenized(extractor, monkeypatch):
    calls = []
    real = extractor.tokenizer.tokenize
    monkeypatch.setattr(extractor.tokenizer, "tokenize", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert extractor.extract("北浜市は新しい計画を発表した。\n担当者は概要を説明した。").quotes == ()
    assert calls == []
    assert extractor.extract("山本部長は「来月から始める」と述べた。").quotes[0].speaker == "山本"
    assert calls   # a text with a quote is read


def test_bad_rule_table_names_file_line_and_accepted_values(tmp_path):
    for name in ("cues.tsv", "speech_nouns.tsv", "suffixes.tsv", "sources.tsv", "nonspeech.tsv"):
        src = (pytest.importorskip("importlib.resources").files("attribution") / "data" / name).read_text("utf-8")
        (tmp_path / name).write_text(src, encoding="utf-8")
    with open(tmp_path / "cues.tsv", "a", encoding="utf-8") as fh:
        fh.write("叫ぶ\tverb\tshout\n")
    with pytest.raises(LexiconError) as info:
        Lexicon.load(tmp_path)
    msg = str(info.value)
    assert "cues.tsv:" in msg and "'shout'" in msg and "say" in msg


def test_a_rule_table_key_given_twice_is_an_error(tmp_path):
    from attribution.lexicon import read_table
    table = tmp_path / "cues.tsv"
    table.write_text("# lemma\tkind\tact\n述べる\tverb\tsay\n語る\tverb\tsay\n述べる\tnoun\tsay\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues.tsv:4: '述べる' is already given on line 2"):
        read_table(table, (("lemma", None), ("kind", None), ("act", None)))


def test_people_file_errors_name_the_file(tmp_path):
    bad = tmp_path / "people.csv"
    bad.write_text("who,alias\nA,B\n", encoding="utf-8")
    with pytest.raises(attribution.PeopleError) as info:
        attribution.People.load(bad)
    assert "people.csv" in str(info.value) and "name" in str(info.value)


def test_dataframe_needs_pandas_or_works():
    ledger = attribution.extract(TEXT)
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pandas"):
            ledger.to_dataframe()
    else:
        df = ledger.to_dataframe()
        assert list(df["speaker"]) == ["森田健一", "森田健一"]


def _table_words(kinds):
    lex = Lexicon.load()
    words = [(w, k) for w, (k, _act) in lex.cues.items() if k in kinds]
    return words


@pytest.mark.parametrize("word,kind", _table_words({"verb", "noun", "adverb", "object"})
                         + [(w, "iu") for w in Lexicon.load().speech_nouns])
def test_cue_tables_hold_unidic_lemmas(extractor, word, kind):
    """Cues are looked up by UniDic lemma, so each entry must be the lemma UniDic gives the word in use
    (上げる, not 挙げる; 呟く, not つぶやく): an entry that is not never matches."""
    carrier = {"verb": "「はい」と{}。", "object": "「はい」を{}。", "adverb": "「はい」と{}。",
               "noun": "「はい」と{}。", "iu": "「はい」という{}。"}[kind].format(word)
    start = carrier.index(word, 3)
    toks = [t for t in extractor.tokenizer.tokenize(carrier) if start <= t.start < start + len(word)]
    stem_compound = kind == "iu" and len(toks) == 2 and toks[0].pos1 == "動詞" and toks[1].surface == "方" \
        and toks[0].surface + "方" == word   # 見方 = 見る + 方: a speech noun UniDic splits, kept by surface
    assert toks and (toks[0].lemma == word or stem_compound), [(t.surface, t.lemma) for t in toks]
