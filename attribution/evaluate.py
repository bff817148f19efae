"""Scoring against hand-labelled quotes, in the format of the project's evaluation set.

Gold: JSON Lines, one article a line, ``{"doc": PATH, "quotes": [{"start", "end", "label", "speaker",
"speaker_type"}]}``; ``label`` is speech, fragment or other. The metric:

- detection: precision and recall of the spans called speech (gold ``other`` called speech is a false positive, a
  gold ``speech`` span not called speech a miss; ``fragment`` spans count neither way);
- attribution: a gold speech span with a named speaker (person, group, org, author) is right when it is called speech
  with the same speaker (names compared after NFKC with white space removed); precision over the spans called
  speech with a speaker that match a gold speech or other span, recall over the gold named spans.
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter

NAMED_TYPES = ("person", "group", "org", "author")


def _name_key(name):
    return "".join(unicodedata.normalize("NFKC", name).split()) if name else None


def _f1(p, r):
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def score(gold_docs, predicted):
    """Figures and an error list. ``predicted`` maps a gold doc path to the quotes called speech (dicts or Quote)."""
    n = Counter()
    errors = []
    for g in gold_docs:
        doc = g["doc"]
        labels = {(q["start"], q["end"]): q for q in g["quotes"]}
        found = {}
        for q in predicted.get(doc, ()):
            q = q if isinstance(q, dict) else q.to_record()
            span = (q["start"], q["end"])
            if span not in labels and (q["start"] - 1, q["end"] + 1) in labels:
                span = (q["start"] - 1, q["end"] + 1)
            if span in labels:
                found[span] = q
        for span, lab in labels.items():
            p = found.get(span)
            if lab["label"] == "speech":
                n["gold_speech"] += 1
                n["tp"] += p is not None
                if p is None:
                    errors.append((doc, span, "missed", lab.get("speaker"), None))
                if lab.get("speaker_type") in NAMED_TYPES:
                    n["gold_named"] += 1
                    if p is not None and _name_key(p.get("speaker")) == _name_key(lab["speaker"]):
                        n["correct"] += 1
                    elif p is not None:
                        errors.append((doc, span, "wrong speaker", lab["speaker"], p.get("speaker")))
                if p is not None and p.get("speaker"):
                    n["pred_named"] += 1
            elif lab["label"] == "other" and p is not None:
                n["fp"] += 1
                n["pred_named"] += bool(p.get("speaker"))
                errors.append((doc, span, "not speech", None, p.get("speaker")))
    dp = n["tp"] / max(1, n["tp"] + n["fp"])
    dr = n["tp"] / max(1, n["gold_speech"])
    ap = n["correct"] / max(1, n["pred_named"])
    ar = n["correct"] / max(1, n["gold_named"])
    figures = {"detect_P": round(dp, 3), "detect_R": round(dr, 3), "detect_F1": _f1(dp, dr),
               "attr_P": round(ap, 3), "attr_R": round(ar, 3), "attr_F1": _f1(ap, ar),
               "gold_speech": n["gold_speech"], "gold_named": n["gold_named"], "correct": n["correct"]}
    return figures, errors


def read_gold(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(gold_path, root, extractor):
    """Extract every document of the gold file (paths relative to ``root``) and score the result."""
    gold = read_gold(gold_path)
    predicted = {}
    texts = {}
    for g in gold:
        path = os.path.join(root, g["doc"])
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        texts[g["doc"]] = text
        predicted[g["doc"]] = extractor.extract(text, doc=g["doc"]).quotes
    figures, errors = score(gold, predicted)
    return figures, errors, texts
