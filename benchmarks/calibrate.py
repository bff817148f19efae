"""Build the confidence table (attribution/data/confidence.tsv) from hand-labelled articles, and measure how well it
is calibrated by cross-validation over articles.

    python benchmarks/calibrate.py ../shared/eval/livedoor-dev ../shared/eval/livedoor-train \
        ../shared/eval/wikinews-train --write

Each folder holds gold.jsonl and text/ (or the texts beside gold.jsonl), in the evaluation set's format. Every record
of every article is extracted once; its evidence key (rule, what was found, cue, near or far) and whether it is right
(see attribution/confidence.py) make one row. The articles are split into --folds groups by a hash of their name;
each group's records get the estimates of a table fitted on the other groups, and the calibration is reported on those
held-out estimates: by confidence band, the share right, and for the records with a named speaker the share right
and the share of gold named quotes they cover at or above --high (0.9). With --write the table fitted on all the
articles is written, which is what the extractor looks up.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import attribution   # the installed package, pure or compiled
except ImportError:      # pragma: no cover - run from a source tree without an install
    sys.path.insert(0, str(HERE.parent))
    import attribution

from attribution.confidence import ConfidenceTable, fit
from attribution.evaluate import NAMED_TYPES, _name_key

BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def labelled_records(folders, extractor):
    """(set, doc, key, right, named_pred, gold_named) for every record of every labelled article."""
    out = []
    for folder in folders:
        folder = Path(folder)
        root = folder / "text" if (folder / "text").is_dir() else folder
        gold = [json.loads(line) for line in open(folder / "gold.jsonl", encoding="utf-8") if line.strip()]
        for g in gold:
            text = (root / g["doc"]).read_text(encoding="utf-8")
            labels = {(q["start"], q["end"]): q for q in g["quotes"]}
            for q in extractor.extract(text, doc=g["doc"]).spans:
                lab = labels.get((q.start, q.end))
                if lab is None:
                    continue
                gold_named = lab["label"] == "speech" and lab.get("speaker_type") in NAMED_TYPES
                if q.kind != "speech":
                    right = lab["label"] != "speech"
                elif q.speaker is None:
                    right = lab["label"] == "speech" and not gold_named
                else:
                    right = gold_named and _name_key(q.speaker) == _name_key(lab["speaker"])
                if q.kind == "speech" and lab["label"] == "fragment":
                    continue   # fragments count neither way in the metric
                key = tuple(q.evidence.split("|"))
                out.append((folder.name, g["doc"], key, right, q.kind == "speech" and q.speaker is not None,
                            gold_named))
    return out


def fold_of(doc, folds):
    return int(hashlib.sha256(doc.encode("utf-8")).hexdigest(), 16) % folds


def cross_validate(records, folds):
    """Each record with the estimate of a table fitted on the other folds."""
    scored = []
    for f in range(folds):
        train = [(r[2], r[3]) for r in records if fold_of(r[1], folds) != f]
        table = ConfidenceTable(fit(train))
        for r in records:
            if fold_of(r[1], folds) == f:
                scored.append((r, table.lookup(r[2], 0.5)))
    return scored


def report(scored, high, label):
    lines = [f"### {label}", "", "| confidence | records | right | share right |", "|---|---|---|---|"]
    for lo, hi in zip(BANDS, BANDS[1:]):
        band = [(r, c) for r, c in scored if lo <= c < hi]
        if band:
            ok = sum(r[3] for r, _ in band)
            lines.append(f"| {lo:.2f}–{min(hi, 1):.2f} | {len(band)} | {ok} | {ok / len(band):.3f} |")
    named = [(r, c) for r, c in scored if r[4]]
    top = [(r, c) for r, c in named if c >= high]
    gold_named = sum(r[5] for r, _ in scored)
    right_top = sum(r[3] for r, _ in top)
    lines += ["", f"Records with a named speaker: {len(named)}, right {sum(r[3] for r, _ in named)}. "
              f"At confidence >= {high}: {len(top)}, right {right_top} "
              f"({right_top / max(1, len(top)):.3f}), covering {right_top} of {gold_named} gold named quotes "
              f"({right_top / max(1, gold_named):.3f}) ({len(top)} of the named records listed, "
              f"{len(top) / max(1, gold_named):.3f} of the gold named quotes)."]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", help="labelled sets: folders with gold.jsonl")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--high", type=float, default=0.9)
    ap.add_argument("--write", action="store_true", help="write attribution/data/confidence.tsv")
    ap.add_argument("--out", default=str(HERE.parent / "attribution" / "data" / "confidence.tsv"))
    a = ap.parse_args(argv)
    # the evidence keys do not depend on the table, so the records are extracted once with whatever table is there
    records = labelled_records(a.folders, attribution.Extractor())
    scored = cross_validate(records, a.folds)
    print(report(scored, a.high, f"all sets pooled, {a.folds}-fold cross-validation over articles"))
    for name in dict.fromkeys(r[0] for r in records):
        print()
        print(report([(r, c) for r, c in scored if r[0] == name], a.high, name))
    if a.write:
        table = ConfidenceTable(fit([(r[2], r[3]) for r in records]))
        Path(a.out).write_text(table.dump(), encoding="utf-8")
        print(f"\nwrote {a.out}: {len(table.table)} rows from {len(records)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
