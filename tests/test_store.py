"""The persistent ledger: indexing, incremental re-indexing, interrupted runs, search, speakers."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from attribution.store import SCHEMA_VERSION, Store
from conftest import FIXTURES

NAMES = ("press_conference.txt", "variety.txt", "interview.txt", "nonspeech.txt")


def run(*args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "attribution", *args], capture_output=True, env=env, timeout=300)


def recs(r):
    return [json.loads(x) for x in r.stdout.decode("utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for n in NAMES:
        (folder / n).write_text((FIXTURES / n).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_index_then_query_like_extract(corpus, tmp_path):
    db = str(tmp_path / "ledger.sqlite")
    r = run("index", str(corpus), "--db", db)
    assert r.returncode == 0 and b"indexed 4 new" in r.stdout
    direct = recs(run("extract", "--format", "jsonl", str(corpus)))
    stored = recs(run("quotes", "--db", db, "--format", "jsonl"))
    assert stored == direct
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reindex_skips_unchanged_and_replaces_changed(corpus, tmp_path):
    db = str(tmp_path / "ledger.sqlite")
    run("index", str(corpus), "--db", db)
    again = run("index", str(corpus), "--db", db)
    assert b"indexed 0 new and 0 changed documents, skipped 4 unchanged" in again.stdout
    f = corpus / "variety.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("即答した", "即答した。森下は「またね」と笑った"),
                 encoding="utf-8")
    changed = run("index", str(corpus), "--db", db)
    assert b"indexed 0 new and 1 changed documents, skipped 3 unchanged" in changed.stdout
    assert recs(run("quotes", "--db", db, "--format", "jsonl")) == \
        recs(run("extract", "--format", "jsonl", str(corpus)))


@pytest.mark.parametrize("search,expected", [
    ("準備", 0), ("山間部", 1), ("費用は誰が", 1), ('"; DROP TABLE quotes; --', 0), ("%", 0), ("_", 0),
    ("NEAR(a b) OR *", 0), ("ぜひ", 1)])
def test_search_is_text_whatever_it_holds(corpus, tmp_path, search, expected):
    db = str(tmp_path / "ledger.sqlite")
    run("index", str(corpus), "--db", db)
    r = run("quotes", "--db", db, "--search", search, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert len(recs(r)) == expected
    assert all(search in x["quote"] for x in recs(r))
    with Store(db) as s:
        assert s.counts()["quotes"] > 0


@pytest.mark.parametrize("speaker", ["大川誠一", "大川", "大川知事", "大川 誠一"])
def test_speaker_by_any_alias(corpus, tmp_path, speaker):
    db = str(tmp_path / "ledger.sqlite")
    run("index", str(corpus), "--db", db)
    got = recs(run("quotes", "--db", db, "--speaker", speaker, "--format", "jsonl"))
    assert [x["quote"][:4] for x in got] == ["山間部で", "初年度は"]
    assert recs(run("quotes", "--db", db, "--speaker", "' OR 1=1 --", "--format", "jsonl")) == []


def test_speakers_across_the_corpus(corpus, tmp_path):
    other = corpus / "press_copy.txt"
    other.write_text((FIXTURES / "press_conference.txt").read_text(encoding="utf-8").replace("5日", "6日"),
                     encoding="utf-8")
    db = str(tmp_path / "ledger.sqlite")
    run("index", str(corpus), "--db", db)
    rows = json.loads(run("speakers", "--db", db, "--format", "json").stdout)
    okawa = next(r for r in rows if r["name"] == "大川誠一")
    assert (okawa["quotes"], okawa["documents"]) == (4, 2)
    assert "南山県知事" in okawa["roles"] and "大川" in okawa["aliases"]


def test_a_missing_database_is_a_clear_error(tmp_path):
    r = run("quotes", "--db", str(tmp_path / "none.sqlite"))
    assert r.returncode == 2 and b"no ledger database" in r.stderr


def test_an_interrupted_index_leaves_whole_documents_and_a_rerun_completes(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [(FIXTURES / n).read_text(encoding="utf-8") for n in NAMES[:3]]
    for i in range(300):
        (folder / f"{i:04d}.txt").write_text(texts[i % 3].replace("5日", f"{i % 28 + 1}日"), encoding="utf-8")
    reference = str(tmp_path / "reference.sqlite")
    run("index", str(folder), "--db", reference)
    db = str(tmp_path / "ledger.sqlite")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "attribution", "index", str(folder), "--db", db],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 60
    done = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if os.path.exists(db):
            try:
                with sqlite3.connect(db, timeout=1) as c:
                    done = c.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if done >= 20:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < done < 300, "the run was not caught midway"

    def per_doc(path):
        with sqlite3.connect(path) as c:
            return dict(c.execute("SELECT d.name, COUNT(q.id) FROM documents d LEFT JOIN quotes q "
                                  "ON q.doc_id = d.id GROUP BY d.id").fetchall())
    partial, full = per_doc(db), per_doc(reference)
    assert 0 < len(partial) < len(full)
    assert all(full[name] == n for name, n in partial.items())
    rerun = run("index", str(folder), "--db", db)
    assert rerun.returncode == 0
    assert per_doc(db) == full


def test_index_with_two_jobs_equals_one(corpus, tmp_path):
    one, two = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    run("index", str(corpus), "--db", one, "--jobs", "1")
    run("index", str(corpus), "--db", two, "--jobs", "2")
    assert recs(run("quotes", "--db", one, "--format", "jsonl")) == \
        recs(run("quotes", "--db", two, "--format", "jsonl"))


def test_quotes_as_parquet(corpus, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    db = str(tmp_path / "ledger.sqlite")
    run("index", str(corpus), "--db", db)
    out = tmp_path / "q.parquet"
    r = run("quotes", "--db", db, "--format", "parquet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert pq.read_table(out).to_pylist() == recs(run("quotes", "--db", db, "--format", "jsonl"))
