"""A quote's confidence (the measured chance that the record is right), --min-confidence, and the name stage alone."""
import json

import pytest

import attribution
from attribution.confidence import ANY, ConfidenceTable, evidence, fit, name_form
from attribution.errors import InputError, LexiconError

from conftest import FIXTURES
from test_cli import run

TEXT = ("東京都副知事の宮坂学氏は19日、「自治体のDXを進めたい」と述べた。\n"
        "会見ではこんな声も出た。「まあ、そういうことでしょう」")


def test_confidence_comes_from_the_measured_table(extractor):
    table = ConfidenceTable.load()
    for q in extractor.extract(TEXT).spans:
        key = tuple(q.evidence.split("|"))
        assert len(key) == 5 and key[0] == q.rule
        assert 0.0 <= q.confidence <= 1.0
        assert q.confidence == table.lookup(key, -1)   # every record's key is in the table, or backs off to one


def test_a_full_name_with_a_strong_cue_is_trusted_more_than_a_guess(extractor):
    quotes = extractor.extract(TEXT).quotes
    named = [q for q in quotes if q.speaker == "宮坂学"]
    assert named and named[0].confidence >= 0.85
    guessed = [q for q in quotes if q.rule in ("topic", "continuation", "no_speaker")]
    assert all(q.confidence < named[0].confidence for q in guessed)


@pytest.mark.parametrize("speaker,stype,mention,form", [
    ("宮坂学", "person", "宮坂学", "full"),
    ("宮坂学", "person", "宮坂", "resolved"),
    ("宮坂", "person", "宮坂", "short"),
    ("マリア", "person", "マリア", "short"),
    ("マリア・ロペス", "person", "マリア・ロペス", "full"),
    ("花王", "org", "花王", "-"),
])
def test_name_form(speaker, stype, mention, form):
    assert name_form(speaker, stype, mention) == form


def test_evidence_near_and_far():
    assert evidence("subject_before", "speech", "宮坂学", "person", "strong", 0, 5, 10, 20, "full")[3] == "near"
    assert evidence("continuation", "speech", "宮坂学", "person", "strong", 0, 5, 300, 320, "full")[3] == "far"
    assert evidence("title_before", "title", None, "unknown", None, None, None, 0, 5)[1:4] == ("nonspeech", "none", "-")


def test_fit_smooths_toward_the_coarser_estimate():
    rows = [(("r", "person", "strong", "near", "full"), True)] * 9 + [(("r", "person", "strong", "near", "full"), False)]
    rows += [(("r", "person", "weak", "far", "short"), False)]
    table = fit(rows)
    fine = table[("r", "person", "strong", "near", "full")]
    assert fine[:2] == (9, 10) and 0.5 < fine[2] < 0.9   # pulled below 9/10 by the rule's 9/11
    assert table[(ANY,) * 5][:2] == (9, 11)
    assert ConfidenceTable(table).lookup(("r", "org", "none", "-", "-"), 0.0) == round(table[("r", ANY, ANY, ANY, ANY)][2], 3)


def test_a_bad_table_row_names_the_file_and_line(tmp_path):
    bad = tmp_path / "confidence.tsv"
    bad.write_text("subject_before\tperson\tstrong\tnear\tfull\tmany\t10\t0.9\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"confidence.tsv:1: .*integers"):
        ConfidenceTable.load(bad)


def test_min_confidence_keeps_only_the_trusted_quotes(extractor):
    everything = attribution.extract(TEXT)
    trusted = attribution.extract(TEXT, min_confidence=0.85)
    assert 0 < len(trusted.quotes) < len(everything.quotes)
    assert all(q.confidence >= 0.85 for q in trusted.quotes)
    assert len(trusted.spans) - len(trusted.quotes) == len(everything.spans) - len(everything.quotes)
    assert [s.name for s in trusted.speakers] == ["宮坂学"]


@pytest.mark.parametrize("value", [1.5, -0.1, "high"])
def test_min_confidence_out_of_range_is_an_error_naming_the_value(value):
    with pytest.raises(InputError, match="min_confidence must be a number from 0 to 1"):
        attribution.extract(TEXT, min_confidence=value)


def test_min_confidence_on_the_command_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    all_recs = [json.loads(x) for x in run("extract", "--format", "jsonl", str(path)).stdout.splitlines()]
    r = run("extract", "--format", "jsonl", "--min-confidence", "0.85", str(path))
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert 0 < len(recs) < len(all_recs) and all(x["confidence"] >= 0.85 for x in recs)
    bad = run("extract", "--min-confidence", "2", str(path))
    assert bad.returncode == 2 and "'2' is not a number from 0 to 1" in bad.stderr


def test_min_confidence_on_the_ledger_database(tmp_path):
    db = tmp_path / "ledger.sqlite"
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert run("index", str(path), "--db", str(db)).returncode == 0
    every = run("quotes", "--db", str(db), "--format", "jsonl").stdout.splitlines()
    some = run("quotes", "--db", str(db), "--format", "jsonl", "--min-confidence", "0.85").stdout.splitlines()
    assert 0 < len(some) < len(every)
    speakers = json.loads(run("speakers", "--db", str(db), "--format", "json", "--min-confidence", "0.85").stdout)
    assert [s["name"] for s in speakers] == ["宮坂学"]


def test_eval_prints_where_the_named_quotes_went():
    args = ("eval", str(FIXTURES / "heldout4" / "gold.jsonl"), "--root", str(FIXTURES / "heldout4"))
    r = run(*args, "--format", "table")
    assert r.returncode == 0, r.stderr
    assert "attribution" in r.stdout.splitlines()[2] and "precision" in r.stdout.splitlines()[0]
    assert "gold quotes with a named speaker went" in r.stdout and "right person, other form" in r.stdout
    assert "precision of each rule" in r.stdout
    piped = run(*args).stdout.splitlines()   # JSON when piped: the figures, then the breakdown
    figures, parts = json.loads(piped[0]), json.loads(piped[1])
    assert sum(parts["outcomes"].values()) == figures["gold_named"] and parts["rules"]


def test_the_name_stage_alone(extractor):
    names = extractor.names("会見には日本マイクロソフトの木村 靖氏が出席した。木村氏は「協力する」と述べた。")
    assert names["木村 靖氏"][0] == "木村靖" and names["木村氏"][0] == "木村靖"
    assert all(kind in ("person", "org", "author") for _n, kind, _r in names.values())
