"""Extraction time against bare fugashi tokenization of the same texts, in the same run, as a ratio.

    python benchmarks/speed.py [FOLDER_OR_FILES...] [--repeat N]

With no argument it times the project's fixtures and bundled sample. Both sides get the same texts; the tagger and
the extractor are loaded before timing; the best of N rounds is kept for each side.
"""
import argparse
import glob
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import fugashi  # noqa: E402

import attribution  # noqa: E402


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(f for f in glob.glob(os.path.join(p, "**", "*.txt"), recursive=True)
                            if not os.path.basename(f).isupper() and "LICENSE" not in f and "README" not in f)
        else:
            files.append(p)
    return [open(f, encoding="utf-8").read() for f in files]


def best_of(fn, texts, repeat):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[os.path.join(here, "..", "fixtures"),
                                                  os.path.join(here, "..", "attribution", "sample")])
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    texts = collect(a.paths)
    tagger = fugashi.Tagger()
    ex = attribution.Extractor()

    def tokenize(ts):
        for t in ts:
            tagger(t)

    def extract(ts):
        for t in ts:
            ex.extract(t)

    tokenize(texts[:3])
    extract(texts[:3])
    tok = best_of(tokenize, texts, a.repeat)
    ext = best_of(extract, texts, a.repeat)
    chars = sum(map(len, texts))
    print(f"texts: {len(texts)}, characters: {chars}")
    print(f"bare fugashi tokenization: {tok * 1000:.1f} ms ({chars / tok:,.0f} chars/s)")
    print(f"attribution extract:       {ext * 1000:.1f} ms ({chars / ext:,.0f} chars/s)")
    print(f"ratio extract / tokenize:  {ext / tok:.2f}")


if __name__ == "__main__":
    main()
