"""Extraction time against bare fugashi tokenization of the same texts, in the same run, as a ratio.

    python benchmarks/speed.py [FOLDER_OR_FILES...] [--repeat N]

With no argument it times the project's fixtures and bundled sample. Both sides get the same texts; the tagger and
the extractor are loaded and warmed before timing; rounds alternate the two sides, and the median of the per-round
ratios is reported with the best time of each side. It measures the package this interpreter imports (pure Python, or
the compiled build; the first line says which), or the source tree when none is installed.
"""
import argparse
import glob
import statistics
import os
import sys
import time

import fugashi

try:   # the package this interpreter has installed (pure Python or compiled), else the source tree
    import attribution
except ImportError:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    import attribution
from attribution.cli import build_kind


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(f for f in glob.glob(os.path.join(p, "**", "*.txt"), recursive=True)
                            if not os.path.basename(f).isupper() and "LICENSE" not in f and "README" not in f)
        else:
            files.append(p)
    return [open(f, encoding="utf-8").read() for f in files]


def timed(fn, texts):
    t0 = time.perf_counter()
    fn(texts)
    return time.perf_counter() - t0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[os.path.join(here, "..", "fixtures"),
                                                  os.path.join(here, "..", "attribution", "sample")])
    ap.add_argument("--repeat", type=int, default=11)
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

    tokenize(texts)
    extract(texts)
    # rounds alternate the two so that both see the same machine state; the median of the per-round ratios is
    # reported, with the best time of each side
    toks, exts, ratios = [], [], []
    for _ in range(a.repeat):
        t = timed(tokenize, texts)
        e = timed(extract, texts)
        toks.append(t)
        exts.append(e)
        ratios.append(e / t)
    tok, ext = min(toks), min(exts)
    chars = sum(map(len, texts))
    print(f"texts: {len(texts)}, characters: {chars}, rounds: {a.repeat}; attribution {build_kind()}")
    print(f"bare fugashi tokenization: {tok * 1000:.1f} ms best ({chars / tok:,.0f} chars/s)")
    print(f"attribution extract:       {ext * 1000:.1f} ms best ({chars / ext:,.0f} chars/s)")
    print(f"ratio extract / tokenize:  {statistics.median(ratios):.2f} (median of rounds; best/best {ext / tok:.2f})")


if __name__ == "__main__":
    main()
