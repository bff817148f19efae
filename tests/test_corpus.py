"""Corpus mode: folders, JSON Lines corpora, worker processes, progress, streaming in input order."""
import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES

ARTICLES = {n: (FIXTURES / n).read_text(encoding="utf-8")
            for n in ("press_conference.txt", "variety.txt", "interview.txt", "nonspeech.txt")}


def run(*args, stdin=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "attribution", *args], input=stdin, capture_output=True,
                          env=env, timeout=300)


def recs(r):
    return [json.loads(x) for x in r.stdout.decode("utf-8").splitlines()]


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / "1.txt").write_text(ARTICLES["press_conference.txt"], encoding="utf-8")
    (tmp_path / "a" / "2.txt").write_text(ARTICLES["variety.txt"], encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("「メモ」と書いた", encoding="utf-8")
    (tmp_path / "a" / "b" / "3.txt").write_text(ARTICLES["interview.txt"], encoding="utf-8")
    return tmp_path / "a"


def test_folders_glob_and_recursive(tree):
    flat = recs(run("extract", "--format", "jsonl", "--glob", "*.txt", str(tree)))
    assert sorted({r["doc"].split(os.sep)[-1] for r in flat}) == ["1.txt", "2.txt"]
    deep = recs(run("extract", "--format", "jsonl", "--glob", "*.txt", "--recursive", str(tree)))
    assert [r["doc"].split(os.sep)[-1] for r in deep][-1] == "3.txt"
    assert len(deep) > len(flat)


def test_jsonl_corpus_with_field_names(tmp_path):
    corpus = tmp_path / "news.jsonl"
    lines = [json.dumps({"article_id": f"n{i}", "body": text}, ensure_ascii=False)
             for i, text in enumerate(ARTICLES.values())]
    lines.insert(2, "{not json")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("extract", "--format", "jsonl", "--id-field", "article_id", "--text-field", "body", str(corpus))
    assert r.returncode == 1 and b"news.jsonl:3: not JSON" in r.stderr
    got = recs(r)
    assert [x["doc"] for x in got][:1] == ["n0"] and {x["doc"] for x in got} == {"n0", "n1", "n2"}
    assert all(x["source"] == "jsonl" for x in got)
    wrong = run("extract", "--format", "jsonl", str(corpus))
    assert b"no text field 'text'" in wrong.stderr


def test_jobs_keep_input_order_and_give_the_same_records(tmp_path):
    files = []
    for i in range(12):
        name, text = list(ARTICLES.items())[i % len(ARTICLES)]
        f = tmp_path / f"{i:02d}-{name}"
        f.write_text(text, encoding="utf-8")
        files.append(str(f))
    one = run("extract", "--format", "jsonl", "--jobs", "1", *files)
    two = run("extract", "--format", "jsonl", "--jobs", "2", *files)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [r["doc"] for r in recs(one)] == sorted(r["doc"] for r in recs(one))


def test_progress_bar_goes_to_stderr_only(tree):
    r = run("extract", "--format", "jsonl", "--glob", "*.txt", "--progress", str(tree))
    assert b"doc" in r.stderr and r.stdout == run("extract", "--format", "jsonl", "--glob", "*.txt", str(tree)).stdout
    quiet = run("extract", "--format", "jsonl", "--glob", "*.txt", str(tree))
    assert quiet.stderr == b""


def test_bad_jobs_is_a_usage_error():
    r = run("extract", "--jobs", "0")
    assert r.returncode == 2 and b"--jobs takes a whole number" in r.stderr


def test_parquet_output(tmp_path, tree):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "ledger.parquet"
    r = run("extract", "--format", "parquet", "-o", str(out), "--glob", "*.txt", str(tree))
    assert r.returncode == 0, r.stderr
    table = pq.read_table(out)
    assert table.to_pylist() == recs(run("extract", "--format", "jsonl", "--glob", "*.txt", str(tree)))
    no_file = run("extract", "--format", "parquet", str(tree))
    assert no_file.returncode == 2 and b"give -o FILE" in no_file.stderr
