"""The name stage measured on its own, against the gold entities of labelled articles (alias -> canonical name).

    python benchmarks/names.py ../shared/eval/livedoor-dev ../shared/eval/livedoor-train ../shared/eval/wikinews-train

Each labelled article lists, for every named speaker, the forms the article uses for it (``entities``: speaker,
type, aliases). For each such form that appears in the narration (outside the quotes), the benchmark looks for a mention the name stage found
with that form as its name (宮坂 for 宮坂氏) or as its words, and checks the canonical name coreference gave it:

- found: the share of gold forms the name stage found as a mention somewhere in the article;
- right: the share of gold forms found whose canonical name is the gold one (names compared as the scorer does);
- end to end: right over all gold forms.

Mentions are only looked for in the narration extraction reads (near quotes), as in the ledger itself.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import attribution
except ImportError:      # pragma: no cover - run from a source tree without an install
    sys.path.insert(0, str(HERE.parent))
    import attribution

from attribution.evaluate import _name_key


def measure(folders, extractor, show=0):
    counts = collections.Counter()
    misses = []
    for folder in folders:
        folder = Path(folder)
        root = folder / "text" if (folder / "text").is_dir() else folder
        for line in open(folder / "gold.jsonl", encoding="utf-8"):
            if not line.strip():
                continue
            g = json.loads(line)
            text = (root / g["doc"]).read_text(encoding="utf-8")
            narration = text
            for s, e in attribution.find_quotes(text):   # forms inside quotes are words said, not mentions
                narration = narration[:s] + "\u3000" * (e - s) + narration[e:]
            d = extractor.analyse(text)
            by_form = collections.defaultdict(set)
            for m in d.mentions:
                if m.start < 0:
                    continue
                canon = d.name_of(m)[0]
                for form in {m.name, m.text}:
                    if form:
                        by_form[_name_key(form)].add(canon)
            for ent in g.get("entities", ()):
                for alias in dict.fromkeys(ent.get("aliases", ())):
                    if alias not in narration:
                        continue
                    counts[(folder.name, "forms")] += 1
                    got = by_form.get(_name_key(alias))
                    if not got:
                        misses.append((g["doc"], alias, ent["speaker"], "not found"))
                        continue
                    counts[(folder.name, "found")] += 1
                    if _name_key(ent["speaker"]) in {_name_key(c) for c in got if c}:
                        counts[(folder.name, "right")] += 1
                    else:
                        misses.append((g["doc"], alias, ent["speaker"], "/".join(sorted(str(c) for c in got))))
    return counts, misses


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--misses", type=int, default=0, help="list the first N forms missed or linked wrongly")
    a = ap.parse_args(argv)
    counts, misses = measure(a.folders, attribution.Extractor())
    print("| set | gold forms | found | right, of found | right, end to end |")
    print("|---|---|---|---|---|")
    sets = list(dict.fromkeys(k[0] for k in counts))
    for name in sets + ["all"]:
        pick = sets if name == "all" else [name]
        n = sum(counts[(s, "forms")] for s in pick)
        f = sum(counts[(s, "found")] for s in pick)
        r = sum(counts[(s, "right")] for s in pick)
        print(f"| {name} | {n} | {f / max(1, n):.3f} | {r / max(1, f):.3f} | {r / max(1, n):.3f} |")
    for m in misses[: a.misses]:
        print(*m, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
