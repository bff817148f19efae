"""The real command line, run as a user would."""
import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES, SHARED


def run(*args, stdin=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "attribution", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def test_extract_without_path_on_a_terminal_shows_the_bundled_sample_and_says_so():
    import pty
    leader, follower = pty.openpty()   # standard input is a terminal, as when a person types the command
    try:
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        r = subprocess.run([sys.executable, "-m", "attribution", "extract", "--format", "table"], stdin=follower,
                           capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    finally:
        os.close(leader)
        os.close(follower)
    assert r.returncode == 0, r.stderr
    assert "森田健一 (person)" in r.stdout and "佐伯由美 (person)" in r.stdout
    assert "bundled sample" in r.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "table"])
def test_a_pipe_with_no_path_is_standard_input(fmt):
    r = run("extract", "--format", fmt, stdin="北村幸子市長は「安全を最優先にする」と述べた。")
    assert r.returncode == 0, r.stderr
    assert "北村幸子" in r.stdout and "安全を最優先にする" in r.stdout and "森田健一" not in r.stdout


def test_an_empty_pipe_is_an_error_naming_standard_input():
    r = run("extract", stdin="")
    assert r.returncode == 1 and "<stdin>" in r.stderr and "森田健一" not in r.stdout


def test_demo_shows_the_bundled_sample():
    r = run("demo")
    assert r.returncode == 0 and "森田健一 (person)" in r.stdout


def test_demo_is_the_same_ledger_as_extract_of_the_sample(tmp_path):
    from attribution.cli import sample_text
    path = tmp_path / "sample.txt"
    path.write_text(sample_text(), encoding="utf-8")
    ours = run("extract", "--format", "table", str(path)).stdout.replace(str(path), "<sample:sample_article.txt>")
    assert run("demo").stdout == ours


def test_jsonl_records_slice_the_file(tmp_path):
    path = FIXTURES / "press_conference.txt"
    text = path.read_text(encoding="utf-8")
    r = run("extract", "--format", "jsonl", str(path))
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["speaker"] for x in recs] == ["大川誠一", "石井涼子", "筆者", "大川誠一"]
    for x in recs:
        assert text[x["start"]:x["end"]] == "「" + x["quote"] + "」"
        assert x["doc"] == str(path) and x["kind"] == "speech"


def test_standard_input():
    r = run("extract", "--format", "jsonl", "-", stdin="佐藤花子は「おはよう」と言った。")
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["doc"], x["speaker"], x["quote"]) for x in recs] == [("<stdin>", "佐藤花子", "おはよう")]


@pytest.mark.parametrize("name", ["大川", "大川誠一", "大川知事"])
def test_speaker_filter_by_any_alias(name):
    r = run("extract", "--format", "jsonl", "--speaker", name, str(FIXTURES / "press_conference.txt"))
    assert [json.loads(x)["quote"][:4] for x in r.stdout.splitlines()] == ["山間部で", "初年度は"]


def test_all_lists_nonspeech_with_reasons():
    r = run("extract", "--all", "--format", "csv", str(FIXTURES / "nonspeech.txt"))
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all(row["kind"] != "speech" and row["reason"] for row in rows)
    assert run("extract", "--format", "csv", str(FIXTURES / "nonspeech.txt")).stdout.count("\n") == 1


def test_json_and_markdown():
    data = json.loads(run("extract", "--format", "json", str(FIXTURES / "variety.txt")).stdout)
    assert {"高瀬真央", "森下拓海"} <= {s["name"] for s in data["speakers"]}
    md = run("extract", "--format", "markdown", str(FIXTURES / "variety.txt")).stdout
    assert md.startswith("| speaker |") and "高瀬真央" in md


def _display_width(text):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_speakers_command_lines_up_columns_by_display_width():
    r = run("speakers", str(FIXTURES / "press_conference.txt"), str(FIXTURES / "interview.txt"))
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["speaker", "type", "quotes", "documents", "roles", "aliases"]
    okawa = next(x for x in lines if x.startswith("大川誠一"))
    assert okawa.split()[:5] == ["大川誠一", "person", "2", "quotes", "1"] and "南山県知事" in okawa
    starts = {_display_width(x[:x.index("person" if "person" in x else "author")]) for x in lines[1:]
              if "person" in x or "author" in x}
    assert len(starts) == 1   # the type column starts at the same display column on every line
    ishii = next(x for x in lines if x.startswith("石井涼子"))
    assert " 1 quote " in ishii and "1 quotes" not in r.stdout


def test_table_columns_line_up_by_display_width():
    r = run("extract", "--format", "table", str(FIXTURES / "press_conference.txt"))
    rows = [x for x in r.stdout.splitlines() if x.startswith("  ") and "「" in x]
    assert len(rows) >= 2
    # within one speaker's block the quotes start at one display column whatever the width of the cue
    blocks = r.stdout.split("\n\n")
    for block in blocks:
        qrows = [x for x in block.splitlines() if x.startswith("  ") and "「" in x]
        assert len({_display_width(x[:x.index("「")]) for x in qrows}) <= 1, block


def test_a_missing_file_is_reported_and_the_rest_processed(tmp_path):
    good = FIXTURES / "press_conference.txt"
    alone = run("extract", "--format", "jsonl", str(good)).stdout
    r = run("extract", "--format", "jsonl", str(tmp_path / "nope.txt"), str(good), str(tmp_path))
    assert r.returncode == 1
    assert r.stdout == alone
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and "nope.txt: no such file" in lines[0] and "is a directory" in lines[1]
    assert "Traceback" not in r.stderr


def test_output_file(tmp_path):
    out = tmp_path / "ledger.jsonl"
    r = run("extract", "--format", "jsonl", "-o", str(out), str(FIXTURES / "variety.txt"))
    assert r.returncode == 0 and r.stdout == ""
    assert out.read_text(encoding="utf-8") == run("extract", "--format", "jsonl", str(FIXTURES / "variety.txt")).stdout


def test_usage_error_exits_2():
    r = run("extract", "--format", "xml")
    assert r.returncode == 2 and "invalid choice" in r.stderr


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="the evaluation set is not beside the repo")
def test_eval_command_equals_the_reference_scorer(tmp_path):
    dev = SHARED / "eval" / "livedoor-dev"
    r = run("eval", str(dev / "gold.jsonl"), "--root", str(dev / "text"))
    ours = json.loads(r.stdout.splitlines()[0])
    pred = tmp_path / "pred.jsonl"
    docs = [json.loads(line)["doc"] for line in open(dev / "gold.jsonl", encoding="utf-8")]
    ex = run("extract", "--format", "jsonl", *[str(dev / "text" / d) for d in docs])
    pred.write_text(ex.stdout, encoding="utf-8")
    ref = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(dev / "gold.jsonl"), str(pred)],
                         capture_output=True, text=True, encoding="utf-8")
    assert ours == json.loads(ref.stdout.splitlines()[0])


def test_version_says_which_build_runs():
    from attribution import __version__, cues
    compiled = not cues.__file__.endswith(".py")
    r = run("--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"attribution {__version__} ({'compiled with Cython' if compiled else 'pure Python'})"
