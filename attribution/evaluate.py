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

from .errors import GoldError, InputError

NAMED_TYPES = ("person", "group", "org", "author")


def _name_key(name):
    """Names compare as the reference scorer compares them: NFKC, without white space, ・ or ＝."""
    if not name:
        return None
    return "".join(unicodedata.normalize("NFKC", name).split()).replace("・", "").replace("=", "")


#: Where a gold quote with a named speaker went, in the order :func:`breakdown` reports them.
OUTCOMES = ("right", "right person, other form of the name", "another speaker", "speech, no speaker",
            "not listed")


def _f1(p, r):
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def _matched(labels, predicted):
    """{gold span: predicted record} for the predicted quotes (dicts or Quote) that match a gold span, whole or inner."""
    found = {}
    for q in predicted:
        q = q if isinstance(q, dict) else q.to_record()
        span = (q["start"], q["end"])
        if span not in labels and (q["start"] - 1, q["end"] + 1) in labels:
            span = (q["start"] - 1, q["end"] + 1)
        if span in labels:
            found[span] = q
    return found


def score(gold_docs, predicted):
    """Figures and an error list. ``predicted`` maps a gold doc path to the quotes called speech (dicts or Quote)."""
    n = Counter()
    errors = []
    for g in gold_docs:
        doc = g["doc"]
        labels = {(q["start"], q["end"]): q for q in g["quotes"]}
        found = _matched(labels, predicted.get(doc, ()))
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


def breakdown(gold_docs, predicted):
    """Error analysis: where the gold named quotes went (:data:`OUTCOMES`), and each rule's precision.

    Returns ``{"outcomes": {outcome: count}, "rules": {rule: {"named": n, "right": n, "P": p}}}``. An outcome is
    "other form of the name" when the speaker given is one of the gold entity's aliases (宮坂 for 宮坂学), so the
    person is right and the canonical name is not. A rule's precision is over the quotes it gave a speaker that are
    gold speech or other spans, as attr_P counts them."""
    outcomes = Counter({o: 0 for o in OUTCOMES})
    rules = {}
    for g in gold_docs:
        labels = {(q["start"], q["end"]): q for q in g["quotes"]}
        aliases = {}
        for ent in g.get("entities", ()):
            for a in ent.get("aliases", ()):
                aliases.setdefault(_name_key(a), set()).add(_name_key(ent["speaker"]))
        found = _matched(labels, predicted.get(g["doc"], ()))
        for span, lab in labels.items():
            p = found.get(span)
            if p is not None and p.get("speaker") and lab["label"] in ("speech", "other"):
                r = rules.setdefault(p.get("rule") or "?", {"named": 0, "right": 0})
                r["named"] += 1
                r["right"] += lab["label"] == "speech" and lab.get("speaker_type") in NAMED_TYPES and \
                    _name_key(p["speaker"]) == _name_key(lab["speaker"])
            if lab["label"] != "speech" or lab.get("speaker_type") not in NAMED_TYPES:
                continue
            want = _name_key(lab["speaker"])
            if p is None:
                outcomes["not listed"] += 1
            elif not p.get("speaker"):
                outcomes["speech, no speaker"] += 1
            elif _name_key(p["speaker"]) == want:
                outcomes["right"] += 1
            elif want in aliases.get(_name_key(p["speaker"]), ()):
                outcomes["right person, other form of the name"] += 1
            else:
                outcomes["another speaker"] += 1
    for r in rules.values():
        r["P"] = round(r["right"] / r["named"], 3)
    return {"outcomes": dict(outcomes), "rules": dict(sorted(rules.items(), key=lambda kv: -kv[1]["named"]))}


GOLD_FORMAT = ('one article a line: {"doc": PATH, "quotes": [{"start", "end", "label", "speaker", "speaker_type"}], '
               '"entities": [...]} (see the README)')


def read_gold(path):
    """The articles of a gold file; :class:`GoldError` naming the file (and line) when it cannot be used."""
    try:
        fh = open(path, encoding="utf-8-sig")
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from None
    gold = []
    with fh:
        try:
            lines = list(fh)
        except UnicodeDecodeError:
            raise GoldError(f"{path}: not UTF-8 text; a gold file is JSON Lines, {GOLD_FORMAT}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError:
            raise GoldError(f"{path}:{n}: not JSON; a gold file has {GOLD_FORMAT}") from None
        if not isinstance(g, dict) or "doc" not in g or not isinstance(g.get("quotes"), list):
            keys = ", ".join(sorted(g)) if isinstance(g, dict) else type(g).__name__
            raise GoldError(f"{path}:{n}: expected \"doc\" and a list of \"quotes\", got {keys}; a gold file has "
                            f"{GOLD_FORMAT}")
        gold.append(g)
    return gold


def evaluate(gold_path, root, extractor):
    """Extract every document of the gold file (paths relative to ``root``) and score the result. Texts are read as
    ``attribution extract`` reads them (any common Japanese encoding)."""
    from .reader import read_path
    gold = read_gold(gold_path)
    if not os.path.isdir(root):
        raise GoldError(f"--root {root}: not a folder; give the folder the gold file's doc paths are relative to")
    predicted = {}
    texts = {}
    for g in gold:
        path = os.path.join(root, g["doc"])
        if not os.path.isfile(path):
            raise GoldError(f"{path}: the text of gold article {g['doc']!r} is not there; --root must be the folder "
                            "the gold file's doc paths are relative to")
        try:
            text = read_path(path).text
        except InputError as exc:
            raise GoldError(str(exc)) from None
        texts[g["doc"]] = text
        predicted[g["doc"]] = extractor.extract(text, doc=g["doc"]).quotes
    figures, errors = score(gold, predicted)
    return figures, errors, texts, breakdown(gold, predicted)
