"""Time and peak memory of extraction as the input grows: 1, 10 and 50 MB of text (default), one process per size.

    python benchmarks/scale.py [--sizes 1,10,50]

The texts are built from the project's own fixture articles, varied (names and numbers changed) and repeated to the
size, with a few pathological lines mixed in (thousands of unmatched 「, a long line with no punctuation). Each size
runs in a fresh process so that its peak memory (ru_maxrss) is its own: "before" is the peak once the text is built
and the tagger loaded, "after" the peak once extraction is done. ``--mode stream`` (default) reads records as they
come, as the command line does for jsonl and csv; ``--mode ledger`` keeps one ledger of the whole text in memory.
"""
import argparse
import glob
import os
import random
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def build(size_mb, seed=7):
    rnd = random.Random(seed)
    arts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"),
                                                                       recursive=True))]
    surnames = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"]
    given = ["太郎", "花子", "健一", "美咲", "翔太", "由美", "大輔", "直子"]
    target = size_mb * 1024 * 1024
    parts = []
    total = 0
    k = 0
    while total < target:
        a = arts[k % len(arts)]
        name = rnd.choice(surnames) + rnd.choice(given)
        a = a.replace("大川誠一", name).replace("大川", name[:2]).replace("2", str(rnd.randint(1, 9)))
        if k % 97 == 0:
            a += "\n" + "「" * 3000 + "\n" + "あ" * 20000 + "\n"
        parts.append(a)
        total += len(a.encode("utf-8"))
        k += 1
    return "\n".join(parts)


def child(size_mb, chunk, mode):
    sys.path.insert(0, ROOT)
    import attribution
    text = build(size_mb)
    ex = attribution.Extractor(chunk_chars=chunk)
    ex.extract("準備のため「はい」と述べた。")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    if mode == "stream":   # records as they come (what `attribution extract --format jsonl` does)
        quotes = sum(1 for q in ex.iter_spans(text) if q.kind == "speech")
    else:                  # one ledger held in memory
        quotes = len(ex.extract(text).quotes)
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{size_mb}\t{len(text)}\t{dt:.2f}\t{before:.0f}\t{rss:.0f}\t{quotes}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,50")
    ap.add_argument("--chunk", type=int, default=None)
    ap.add_argument("--mode", choices=("stream", "ledger"), default="stream")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child is not None:
        child(a.child, a.chunk, a.mode)
        return
    print(f"mode: {a.mode}")
    print("MB\tcharacters\tseconds\tseconds per MB\tpeak RSS MB before\tpeak RSS MB after\tspeech quotes")
    for size in [int(x) for x in a.sizes.split(",")]:
        cmd = [sys.executable, __file__, "--child", str(size), "--mode", a.mode] + \
            (["--chunk", str(a.chunk)] if a.chunk else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        mb, chars, secs, before, rss, quotes = out.split("\t")
        print(f"{mb}\t{chars}\t{secs}\t{float(secs) / int(mb):.2f}\t{before}\t{rss}\t{quotes}")


if __name__ == "__main__":
    main()
