"""Corpus throughput: bare tokenization, extract with one and two processes, and index, on the same articles.

    python benchmarks/corpus.py [--articles 3000]

Builds a corpus of news-style articles from the project's own fixtures, or from the articles of ``--source`` read at
run time (names, places and figures varied), writes
one file per article to a temporary folder, and runs, in one go:

- bare fugashi tokenization of the same texts, in this process, and the library's extraction of them, in this
  process too;
- bare fugashi tokenization as a command of its own: a process that loads the tagger, reads the same files and
  tokenizes each, so that it pays for start-up and reading as ``extract`` does;
- ``attribution extract --format jsonl --jobs 1`` and ``--jobs 2`` on the folder (output to /dev/null);
- ``attribution index`` on the folder into a new SQLite ledger.

It measures the package this interpreter imports (the compiled build when it was installed with
``ATTRIBUTION_COMPILE=1 pip install .``; ``attribution --version`` and the first line of the output say which), or
the source tree when none is installed. Each command runs in its own process, timed from start to exit (tagger loading included); its peak memory is its
own peak resident size (VmHWM), and for ``--jobs 2`` also that of its largest worker (whose figure counts the pages
it shares with the parent it was forked from). Every row is the fastest of ``--repeat`` runs (3 by default; the
in-process rows alternate), so that the commands and bare tokenization are measured the same way; ``index`` writes
a new ledger each time. Peak memory is the largest over the runs.
"""
import argparse
import glob
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SURNAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山口"]
GIVEN = ["太郎", "花子", "健一", "美咲", "翔太", "由美", "大輔", "直子", "誠", "彩"]

RUNNER = """
import resource, sys, time
sys.argv = ["attribution"] + sys.argv[1:]
from attribution.cli import main
t = time.perf_counter()
code = main()
dt = time.perf_counter() - t
# VmHWM is this process's own peak (ru_maxrss would include the parent's memory it was forked from)
self_mb = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
kids_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{dt:.3f}\\t{self_mb:.0f}\\t{kids_mb:.0f}", file=sys.stderr)
"""


BARE_RUNNER = """
import os, sys, time, fugashi
t = time.perf_counter()
tagger = fugashi.Tagger()
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        tagger(fh.read())
dt = time.perf_counter() - t
self_mb = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
print(f"{dt:.3f}\\t{self_mb:.0f}\\t0", file=sys.stderr)
"""


def build(n, source=None, seed=11):
    rnd = random.Random(seed)
    folder = source or os.path.join(ROOT, "fixtures")
    arts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(folder, "**", "*.txt"),
                                                                       recursive=True))
            if "LICENSE" not in f and "README" not in f and "CHANGES" not in f]
    out = []
    for i in range(n):
        a = arts[i % len(arts)]
        for old in ("大川誠一", "高瀬真央", "森下拓海", "野口俊介", "大森隆之", "星野陽介", "野村恭子", "水野さくら"):
            a = a.replace(old, rnd.choice(SURNAMES) + rnd.choice(GIVEN))
        a = a.replace("12日", f"{rnd.randint(1, 28)}日").replace("5日", f"{rnd.randint(1, 28)}日")
        out.append(a)
    return out


def timed(args, env, runner=RUNNER):
    t0 = time.perf_counter()
    # run from the temporary folder: python -c puts its working directory first on the path, and a source tree
    # there would stand in for the installed package
    r = subprocess.run([sys.executable, "-c", runner, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       env=env, check=True, text=True, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - t0
    inner, self_mb, kids_mb = r.stderr.strip().splitlines()[-1].split("\t")
    return wall, float(self_mb), float(kids_mb)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="runs of each measurement; the fastest is reported (default 3)")
    ap.add_argument("--source", metavar="FOLDER",
                    help="articles to vary, read at run time (default: the project's fixtures)")
    a = ap.parse_args()
    texts = build(a.articles, a.source)
    chars = sum(map(len, texts))
    env = dict(os.environ)
    try:   # the package this interpreter has installed (pure Python or compiled), else the source tree
        import attribution
    except ImportError:
        sys.path.insert(0, ROOT)
        env["PYTHONPATH"] = ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")
        import attribution
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "corpus")
        os.mkdir(folder)
        for i, t in enumerate(texts):
            with open(os.path.join(folder, f"{i:06d}.txt"), "w", encoding="utf-8") as fh:
                fh.write(t)
        import fugashi
        tagger = fugashi.Tagger()
        tagger("準備")
        ex = attribution.Extractor()
        ex.extract("準備のため「はい」と述べた。")
        bare, lib = [], []
        for _ in range(a.repeat):   # alternating, the fastest of each: the two figures see the same machine
            t0 = time.perf_counter()
            for t in texts:
                tagger(t)
            bare.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            for t in texts:
                for _q in ex.iter_spans(t):
                    pass
            lib.append(time.perf_counter() - t0)
        bare = min(bare)
        mem = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows = [("bare fugashi tokenization (in process)", bare, mem, 0.0),
                ("attribution.Extractor (in process)", min(lib), mem, 0.0)]
        runs = [timed([folder], env, BARE_RUNNER) for _ in range(a.repeat)]
        rows.append(("bare fugashi tokenization (a command)", min(r[0] for r in runs), max(r[1] for r in runs), 0.0))
        for label, args in (("extract --jobs 1", ["extract", "--format", "jsonl", "--jobs", "1", folder]),
                            ("extract --jobs 2", ["extract", "--format", "jsonl", "--jobs", "2", folder]),
                            ("index (1 process)", ["index", folder, "--db"])):
            runs = []
            for k in range(a.repeat):
                run_args = args + [os.path.join(tmp, f"ledger{k}.sqlite")] if args[0] == "index" else args
                runs.append(timed(run_args, env))
            rows.append((label, min(r[0] for r in runs), max(r[1] for r in runs), max(r[2] for r in runs)))
    from attribution.cli import build_kind
    print(f"articles: {a.articles}, characters: {chars:,}; each row the fastest of {a.repeat} runs; "
          f"attribution {build_kind()} ({os.path.dirname(attribution.__file__)})")
    print("run\tseconds\tarticles/s\tcharacters/s\tpeak MB\tlargest worker MB")
    for label, secs, mb, kids in rows:
        print(f"{label}\t{secs:.2f}\t{a.articles / secs:,.0f}\t{chars / secs:,.0f}\t{mb:.0f}\t{kids:.0f}")
    lib, bare_cmd, one, two = rows[1][1], rows[2][1], rows[3][1], rows[4][1]
    print(f"extract: --jobs 2 is {one / two:.2f} times as fast as --jobs 1. Against bare tokenization in process, "
          f"the library in process has {bare / lib:.2f} of its throughput and --jobs 1 (start-up and files "
          f"included) {bare / one:.2f}; against bare tokenization as a command, --jobs 1 has {bare_cmd / one:.2f}")


if __name__ == "__main__":
    main()
