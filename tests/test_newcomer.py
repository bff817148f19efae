"""What a newcomer met on a fresh clone (issue 12), through the real command line and the public API."""
import json

import pytest

import attribution

from conftest import FIXTURES
from test_cli import run

ARTICLE = ("北浜市の森本健太市長は19日の会見で「予算を見直す」と述べた。\n"
           "森本市長は「市民の声を聞きたい」とも語った。\n")


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("name,check", [
    ("ledger.csv", lambda text: text.splitlines()[0].startswith("doc,start,end")),
    ("ledger.jsonl", lambda text: json.loads(text.splitlines()[0])["speaker"] == "森本健太"),
    ("ledger.json", lambda text: json.loads(text)["speakers"][0]["name"] == "森本健太"),
    ("ledger.md", lambda text: text.startswith("| speaker |")),
])
def test_output_format_follows_the_file_name(tmp_path, article, name, check):
    out = tmp_path / name
    r = run("extract", str(article), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert check(out.read_text(encoding="utf-8"))


def test_all_in_markdown_shows_the_spans_that_are_not_speech():
    r = run("extract", "--all", "--format", "markdown", str(FIXTURES / "nonspeech.txt"))
    assert r.returncode == 0, r.stderr
    assert "| title |" in r.stdout and "after 番組" in r.stdout


def test_a_folder_reads_text_and_pages_not_gold_files(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"doc": "a.txt", "quotes": []}\n', encoding="utf-8")
    (tmp_path / "labels.json").write_text('{"a.txt": []}', encoding="utf-8")
    r = run("extract", "--format", "jsonl", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert {json.loads(x)["doc"] for x in r.stdout.splitlines()} == {str(tmp_path / "a.txt")}
    everything = run("extract", "--format", "jsonl", "--glob", "*", str(tmp_path))   # asked for: every file
    assert "gold.jsonl:1: no text field" in everything.stderr


def test_output_into_a_missing_folder_is_a_message_not_a_traceback(tmp_path, article):
    r = run("extract", str(article), "-o", str(tmp_path / "nodir" / "x.jsonl"))
    assert r.returncode == 2
    assert "nodir" in r.stderr and "does not exist" in r.stderr and "Traceback" not in r.stderr


def test_a_mistyped_option_shows_the_subcommands_usage(article):
    r = run("extract", "--fromat", "csv", str(article))
    assert r.returncode == 2
    assert "usage: attribution extract" in r.stderr and "--fromat" in r.stderr


def _gold(tmp_path, text_bytes, name="a.txt"):
    root = tmp_path / "texts"
    root.mkdir()
    (root / name).write_bytes(text_bytes)
    s = ARTICLE.index("「")
    e = ARTICLE.index("」") + 1
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": name, "quotes": [
        {"start": s, "end": e, "label": "speech", "speaker": "森本健太", "speaker_type": "person"}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, root


def test_eval_reads_texts_in_any_japanese_encoding(tmp_path):
    gold, root = _gold(tmp_path, ARTICLE.encode("cp932"))
    r = run("eval", str(gold), "--root", str(root))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[0])["correct"] == 1


@pytest.mark.parametrize("problem,expect", [
    ("missing gold", "cannot read the gold file"),
    ("wrong root", "--root must be the folder"),
    ("not the format", 'expected "doc" and a list of "quotes"'),
    ("not json", "not JSON"),
])
def test_eval_problems_are_one_line_messages(tmp_path, problem, expect):
    gold, root = _gold(tmp_path, ARTICLE.encode("utf-8"))
    if problem == "missing gold":
        gold = tmp_path / "none.jsonl"
    elif problem == "wrong root":
        root = tmp_path
    elif problem == "not the format":
        gold.write_text('{"doc": "a.txt", "labels": {}}\n', encoding="utf-8")
    else:
        gold.write_text("doc,start,end\n", encoding="utf-8")
    r = run("eval", str(gold), "--root", str(root))
    assert r.returncode == 2
    assert expect in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("query", ["森本健太", "森本", "健太", "森本健太さん", "森本市長", "市長"])
def test_a_speaker_is_found_by_any_of_the_names_a_user_would_type(article, query):
    r = run("extract", "--format", "jsonl", "--speaker", query, str(article))
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["speaker"] for x in r.stdout.splitlines()] == ["森本健太", "森本健太"]
    assert len(attribution.extract(ARTICLE).for_speaker(query)) == 2


def test_several_speakers_matching_are_named(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("森本健太市長は「進める」と述べた。森本花子議員は「反対だ」と述べた。", encoding="utf-8")
    r = run("extract", "--format", "jsonl", "--speaker", "森本", str(path))
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 2
    assert "matches 2 speakers: 森本健太, 森本花子" in r.stderr


def test_an_unknown_speaker_gets_the_same_message_from_extract_and_quotes(tmp_path, article):
    db = tmp_path / "ledger.sqlite"
    assert run("index", str(article), "--db", str(db)).returncode == 0
    a = run("extract", "--format", "jsonl", "--speaker", "佐藤", str(article))
    b = run("quotes", "--db", str(db), "--format", "jsonl", "--speaker", "佐藤")
    assert a.returncode == b.returncode == 1
    assert a.stderr == b.stderr == "attribution: no speaker '佐藤' (speakers: 森本健太)\n"
    c = run("quotes", "--db", str(db), "--format", "jsonl", "--speaker", "森本")
    assert c.returncode == 0 and len(c.stdout.splitlines()) == 2


def test_aliases_are_name_forms_not_every_honorific():
    text = "高村直樹氏は「始めます」と述べた。高村氏は「続けます」と述べた。高村さんは「終わります」と話した。"
    sp = attribution.extract(text).speakers[0]
    assert sp.aliases == ("高村直樹", "高村")


def test_a_short_shift_jis_file_is_read_as_japanese(tmp_path):
    path = tmp_path / "sj.txt"
    path.write_bytes("北村市長は「安全が第一だ」と話した。".encode("cp932"))
    r = run("extract", "--format", "jsonl", str(path))
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout.splitlines()[0])
    assert rec["quote"] == "安全が第一だ" and rec["encoding"] == "cp932"


def test_a_ledger_shows_briefly_in_a_repl():
    ledger = attribution.extract(ARTICLE, doc="a.txt")
    assert repr(ledger) == "<Ledger: 1 document, 1 speakers, 2 quotes, 2 spans>"
    assert repr(ledger.speakers[0]).startswith("Speaker(name='森本健太', type='person'")
    assert "quotes=2)" in repr(ledger.speakers[0]) and "予算" not in repr(ledger.speakers[0])
    assert "森本健太 (person)" in str(ledger)


def test_the_progress_bar_is_cleared_and_errors_get_lines_of_their_own(tmp_path, article):
    r = run("extract", "--progress", "--format", "jsonl", str(article), str(tmp_path / "nope.txt"))
    assert r.returncode == 1
    lines = r.stderr.split("\n")
    error = next(x for x in lines if "nope.txt" in x)
    assert error.split("\r")[-1].startswith("attribution: ") and "no such file" in error
    assert lines[-1].split("\r")[-1].strip() == ""   # nothing of the bar is left on screen


def test_dataframe_columns_have_the_types_of_their_values():
    pd = pytest.importorskip("pandas")
    a = attribution.extract(ARTICLE, doc="a.txt")
    b = attribution.extract("「はい」と答えた。", doc="b.txt")
    frame = attribution.merge([a, b]).to_dataframe()
    assert "encoding" not in frame.columns and "source" not in frame.columns   # nothing to say: left out
    assert str(frame["mention_start"].dtype) == "Int64" and frame["mention_start"].iloc[0] == ARTICLE.index("森本")
    assert pd.isna(frame["mention_start"].iloc[-1])
    assert str(frame["speaker"].dtype) == "string" and str(frame["confidence"].dtype) == "Float64"


def test_the_notebook_table_of_several_documents_names_them_and_reads_left_to_right():
    html = attribution.merge([attribution.extract(ARTICLE, doc="a.txt"),
                              attribution.extract("「はい」と答えた。", doc="b.txt")]).table_html()
    assert "<th style=\"text-align:left\">doc</th>" in html and ">b.txt<" in html
    assert "white-space:nowrap" in html and "text-align:right" not in html


@pytest.mark.parametrize("text,lemma,written", [
    ("監督は「よくやった」と目を細めた。", "細める", "細めた"),
    ("記者の「次は？」という質問に、山田氏は答えなかった。", "質問", "質問"),
    ("山田太郎氏は「準備は整った」と答えている。", "答える", "答えている"),
])
def test_the_cue_as_written_beside_its_lemma(text, lemma, written):
    q = attribution.extract(text).quotes[0]
    assert (q.cue, q.cue_text) == (lemma, written)
    assert q.to_record()["cue_text"] == written


def test_tables_show_the_cue_as_written(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("監督の山田太郎氏は「よくやった」と目を細めた。", encoding="utf-8")
    r = run("extract", "--format", "table", str(path))
    assert "細めた" in r.stdout and "細める" not in r.stdout


def test_a_ledger_database_of_schema_1_is_migrated(tmp_path, article):
    import sqlite3
    from attribution.store import SCHEMA, Store
    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript(SCHEMA.replace(",\n    cue_text TEXT, context TEXT)", ")"))
    con.execute("PRAGMA user_version = 1")
    con.close()
    assert run("index", str(article), "--db", str(db)).returncode == 0
    with Store(str(db), create=False) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert [r["cue_text"] for r in store.quotes()] == ["述べた", "語った"]
        assert "予算を見直す" in store.quotes(with_context=True)[0]["context"]


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_a_text_with_no_kana_or_kanji_is_said_on_stderr(tmp_path, fmt):
    path = tmp_path / "en.txt"
    path.write_text('The mayor said "safety first" on Monday.\n', encoding="utf-8")
    r = run("extract", "--format", fmt, str(path))
    assert r.returncode == 0
    assert "no kana or kanji" in r.stderr and "--encoding" in r.stderr
    japanese = run("extract", "--format", fmt, stdin=ARTICLE)
    assert "no kana or kanji" not in japanese.stderr
