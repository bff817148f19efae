"""Bad or unusual input: encodings, line ends, saved web pages, broken text, pathological sizes."""
import json
import os
import subprocess
import sys
import zipfile

import pytest
from hypothesis import given, settings, strategies as st

import attribution
from conftest import FIXTURES

ARTICLE = (FIXTURES / "press_conference.txt").read_text(encoding="utf-8")


def run(*args, stdin=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "attribution", *args], input=stdin, capture_output=True,
                          env=env, timeout=180)


def records(stdout):
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def who_said_what(recs):
    return [(r["speaker"], r["quote"]) for r in recs]


@pytest.mark.parametrize("codec,reported", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp932", "cp932"),
    ("euc_jp", "euc"), ("iso2022_jp", "iso2022_jp")])
def test_encodings_are_detected(tmp_path, codec, reported):
    path = tmp_path / f"article-{codec}.txt"
    path.write_bytes(ARTICLE.encode(codec))
    r = run("extract", "--format", "jsonl", str(path))
    assert r.returncode == 0, r.stderr
    recs = records(r.stdout)
    assert who_said_what(recs) == who_said_what(records(run("extract", "--format", "jsonl",
                                                                str(FIXTURES / "press_conference.txt")).stdout))
    assert all(reported in rec["encoding"].replace("-", "_").replace("_", "-") or reported in rec["encoding"]
               for rec in recs)
    text = ARTICLE
    assert all(text[rec["start"]:rec["end"]] == "「" + rec["quote"] + "」" for rec in recs)


def test_forced_encoding(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("euc_jp"))
    ok = run("extract", "--format", "jsonl", "--encoding", "euc_jp", str(path))
    assert ok.returncode == 0 and records(ok.stdout)[0]["encoding"] == "euc_jp"
    wrong = run("extract", "--format", "jsonl", "--encoding", "utf-8", str(path))
    assert wrong.returncode == 1 and b"not valid utf-8" in wrong.stderr
    unknown = run("extract", "--encoding", "klingon", str(path))
    assert unknown.returncode == 2 and b"unknown encoding 'klingon'" in unknown.stderr


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_give_the_same_quotes(tmp_path, newline):
    path = tmp_path / "a.txt"
    text = ARTICLE.replace("\n", newline)
    path.write_bytes(text.encode("utf-8"))
    recs = records(run("extract", "--format", "jsonl", str(path)).stdout)
    assert who_said_what(recs) == who_said_what(records(run("extract", "--format", "jsonl",
                                                                str(FIXTURES / "press_conference.txt")).stdout))
    # offsets count the original line ends
    assert all(text[r["start"]:r["end"]] == "「" + r["quote"] + "」" for r in recs)


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def _zip_bytes(tmp_path):
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.txt", "「中身」")
    return z.read_bytes()


BAD = [
    ("empty.txt", lambda tmp: b"", "empty file"),
    ("image.png", lambda tmp: PNG, "binary file (a PNG image)"),
    ("archive.txt", _zip_bytes, "binary file (a ZIP archive)"),
    ("noise.bin", lambda tmp: bytes(range(256)) * 8, "binary file"),
    ("blank.txt", lambda tmp: b" \n\t\n", "no text"),
    ("control.txt", lambda tmp: b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50, "does not decode to sensible text"),
]


def test_bad_inputs_are_refused_one_line_each_and_the_rest_is_complete(tmp_path):
    good = [str(FIXTURES / "press_conference.txt"), str(FIXTURES / "variety.txt")]
    alone = run("extract", "--format", "jsonl", *good)
    args = []
    expected = {}
    for name, make, reason in BAD:
        path = tmp_path / name
        path.write_bytes(make(tmp_path))
        args.append(str(path))
        expected[str(path)] = reason
    missing = str(tmp_path / "missing.txt")
    folder = tmp_path / "folder"
    folder.mkdir()
    expected[missing] = "no such file"
    expected[str(folder)] = "is a directory"
    mixed = [args[0], good[0], args[1], args[2], missing, good[1], str(folder)] + args[3:]
    r = run("extract", "--format", "jsonl", *mixed)
    assert r.returncode == 1
    assert r.stdout == alone.stdout
    lines = r.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == len(expected)
    for line in lines:
        path = next(p for p in expected if f"attribution: {p}:" in line)
        assert expected[path] in line, line
    assert b"Traceback" not in r.stderr


def test_over_the_size_limit_is_an_error_for_that_file_only(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 3, encoding="utf-8")
    small = FIXTURES / "variety.txt"
    r = run("extract", "--format", "jsonl", "--max-size", "1K", str(big), str(small))
    assert r.returncode == 1 and b"over the limit of 1,024" in r.stderr
    assert r.stdout == run("extract", "--format", "jsonl", str(small)).stdout


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>市長会見</title>
<style>body { font-family: sans-serif } .ad::before { content: "「広告」と表示" }</style>
<script>var fake = "「これは引用ではない」と述べた"; document.write("<p>「偽物」</p>");</script></head>
<body><nav><a href="/">ホーム</a> | <a href="/news">ニュース</a></nav>
<article><h1>市長が防災計画を発表</h1>
<p>北浜市の森田健一市長は10日、記者会見を開き、「防災を&lt;最優先&gt;にする &amp; 市民と話し合う」と述べた。</p>
<p>森田市長はさらに「来年までに全ての避難所を見直したい」と話した。会見には多くの記者が集まり、質疑応答は予定の時間を大きく超えて続いた。</p>
</article><footer>Copyright 北浜新聞</footer>
<script>console.log("「フッター」")</script></body></html>"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "kaiken.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_saved_web_page(page):
    pytest.importorskip("trafilatura")
    r = run("extract", "--format", "jsonl", str(page))
    assert r.returncode == 0, r.stderr
    recs = records(r.stdout)
    assert who_said_what(recs) == [("森田健一", "防災を<最優先>にする & 市民と話し合う"),
                                   ("森田健一", "来年までに全ての避難所を見直したい")]
    assert {rec["source"] for rec in recs} == {"html"}
    shown = run("extract", "--print-text", str(page)).stdout.decode("utf-8")
    text = shown.split("\n", 1)[1]
    assert "<script" not in text and "偽物" not in text and "広告" not in text
    assert all(text[rec["start"]:rec["end"]] == "「" + rec["quote"] + "」" for rec in recs)


def test_html_flag_on_standard_input(page):
    pytest.importorskip("trafilatura")
    r = run("extract", "--format", "jsonl", "--html", "-", stdin=page.read_bytes())
    assert [rec["speaker"] for rec in records(r.stdout)] == ["森田健一", "森田健一"]


UNICODE = [
    ("会見には木村　靖氏が出席した。木村氏は「準備は整った」と述べた。", "木村靖"),   # full-width space in a name
    ("会見には木村 靖氏が出席した。木村氏は「準備は整った」と述べた。", "木村靖"),
    ("木村氏は\u200b「準備は\u200b整った」と述べた。", "木村"),                       # zero-width spaces
    ("木村氏は｢準備は整った｣と述べた。", "木村"),                                   # half-width brackets
    ("ｷﾑﾗ氏は「準備は整った😀」と述べた。", "ｷﾑﾗ"),                                 # half-width katakana, emoji
    ("𠮷田氏は「準備は整った」と述べた。", "𠮷田"),                                   # a kanji outside the BMP
    ("カフェ\u0301の店主は「準備は整った」と述べた。", None),                        # a combining mark
]


@pytest.mark.parametrize("text,speaker", UNICODE)
def test_unicode_in_the_wild(text, speaker):
    ledger = attribution.extract(text)
    assert len(ledger.quotes) == 1
    q = ledger.quotes[0]
    assert text[q.start:q.end] in ("「" + q.quote + "」", "｢" + q.quote + "｣")
    assert q.speaker == speaker
    if q.mention is not None:
        assert text[q.mention.start:q.mention.end] == q.mention.text




ALPHABET = st.sampled_from(list("あいう山田氏はと述べた語る「」『』｢｣、。！？\n\r 　\u200bカナabc😀𠮷"))


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=120).map("".join))
def test_extraction_never_raises_and_records_slice_the_text(text):
    ledger = attribution.extract(text)
    last = -1
    for q in ledger.spans:
        assert text[q.start] in "「｢" and text[q.end - 1] in "」｣"
        assert text[q.start + 1:q.end - 1] == q.quote
        assert q.start >= last
        last = q.end
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text


PATHOLOGICAL = [
    "「" * 20000 + "山田太郎は「はい」と述べた。",
    "」" * 20000 + "山田太郎は「はい」と述べた。",
    "「" * 5000 + "深い" + "」" * 5000 + "と述べた。",
    "あ" * 2_000_000,
    "い" * 1_000_000 + "山田太郎は「はい」と述べた。" + "う" * 1_000_000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=["open", "close", "nested", "long-line", "long-line-quote"])
def test_pathological_text_finishes(text):
    ledger = attribution.extract(text)
    for q in ledger.spans:
        assert text[q.start:q.end] == "「" + q.quote + "」"


def test_long_texts_are_read_in_pieces_with_the_same_quotes_as_the_pieces_alone():
    articles = [(FIXTURES / n).read_text(encoding="utf-8") for n in ("press_conference.txt", "variety.txt",
                                                                     "interview.txt", "nonspeech.txt")]
    text = "\n".join(articles * 5)
    small = attribution.Extractor(chunk_chars=800)
    from attribution.extractor import _chunks, _same_length_line_ends
    whole = small.extract(text)
    pieces = _chunks(_same_length_line_ends(text), 800)
    assert len(pieces) > 5
    expected = []
    for a, b in pieces:
        for q in attribution.Extractor().extract(text[a:b]).spans:
            expected.append((q.start + a, q.end + a, q.kind, q.speaker))
    assert [(q.start, q.end, q.kind, q.speaker) for q in whole.spans] == expected


def test_a_closed_pipe_ends_quietly():
    """`attribution extract ... | head -1`: the reader goes away, the command ends without a traceback."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    files = [str(FIXTURES / "press_conference.txt")] * 200
    proc = subprocess.Popen([sys.executable, "-m", "attribution", "extract", "--format", "jsonl", *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert json.loads(first)["speaker"] == "大川誠一"
    assert b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_output_file_is_whole_or_not_there(tmp_path, monkeypatch, fmt):
    from attribution import cli
    from attribution.extractor import Extractor
    out = tmp_path / "ledger.out"

    def boom(self, *a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(Extractor, "iter_spans", boom)
    monkeypatch.setattr(Extractor, "extract", boom)
    with pytest.raises(KeyboardInterrupt):
        cli.main(["extract", "--format", fmt, "-o", str(out), str(FIXTURES / "variety.txt")])
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
