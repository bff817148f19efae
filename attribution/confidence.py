"""A quote's ``confidence``: the measured chance that its record is right, looked up in a table of evidence.

Each decision is described by its evidence: the rule that decided, what it found (a person, an organisation, the
writer, no speaker, or a span that is not speech), the cue after the quote (strong, weak, noun, none...), whether
the words that named the speaker stand near the quote (within :data:`NEAR` characters) or further away, and the form
of the name (``full``: a full name as written there; ``resolved``: a shorter form there, linked to a fuller name
elsewhere in the article; ``short``: one part only, a surname or a single name that nothing linked). The table
``data/confidence.tsv`` holds, for each combination seen in the hand-labelled articles, how many records were right
and the estimate; ``benchmarks/calibrate.py`` builds it from the labelled sets and measures its calibration by
cross-validation over articles (no article's records are scored by a table built from it).

A record is right when it matches the hand labels: speech with a named speaker, the same speaker; speech without
one, a gold speech span without a named speaker; a span that is not speech, a gold span that is not speech.

Estimates are smoothed: each combination's share is pulled toward the share of the coarser combination it belongs to
(rule and what was found, then the rule alone, then all records), by :data:`PRIOR_WEIGHT` records' worth, so that a
combination seen a few times does not get 0 or 1.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import regex

from .errors import LexiconError

NEAR = 40            # characters between the naming words and the quote for the evidence to count as near
PRIOR_WEIGHT = 8.0   # records' worth of the coarser estimate mixed into each finer one
COLUMNS = ("rule", "found", "cue", "near", "form", "right", "total", "estimate")
KEY_WIDTH = 5
ANY = "*"
_SINGLE = regex.compile(r"^[\p{Katakana}ー\p{Latin}]+$")   # a katakana or Latin name of one part


def name_form(speaker, speaker_type, mention_name):
    """full, resolved or short (see the module's doc); ``-`` for speakers that are not persons."""
    if speaker_type != "person" or not speaker:
        return "-"
    if mention_name and len(mention_name) < len(speaker):
        return "resolved"
    if len(speaker) <= 2 or (_SINGLE.match(speaker) and not any(c in speaker for c in "・=＝")):
        return "short"
    return "full"


def evidence(rule, kind, speaker, speaker_type, cue, mention_start, mention_end, start, end, form="-"):
    """The evidence key of one decision: (rule, found, cue, near, form)."""
    if kind != "speech":
        found = "nonspeech"
    elif speaker is None:
        found = "none"
    else:
        found = speaker_type if speaker_type in ("person", "org", "author", "group") else "other"
    if mention_start is None or mention_start < 0:
        near = "-"
    else:
        gap = max(start - mention_end, mention_start - end, 0)
        near = "near" if gap <= NEAR else "far"
    return rule, found, cue or "none", near, form


def _levels(key):
    rule, found, cue, near, form = key
    return [(rule, found, cue, near, form), (rule, found, ANY, ANY, form), (rule, found, ANY, ANY, ANY),
            (rule, ANY, ANY, ANY, ANY), (ANY, ANY, ANY, ANY, ANY)]


def fit(rows):
    """The table from labelled records: ``rows`` are (key, right) pairs. Returns {key: (right, total, estimate)},
    with the coarser keys (``*`` columns) included."""
    counts = {}
    for key, right in rows:
        for level in _levels(key):
            r, n = counts.get(level, (0, 0))
            counts[level] = (r + bool(right), n + 1)
    table = {}
    parent_of = {4: 4, 3: 3, 2: 2, 0: 1}   # columns left open -> the index in _levels of the next coarser key
    for depth in (5, 4, 3, 2, 0):           # coarse to fine, so that each parent is estimated first
        for key, (r, n) in counts.items():
            if sum(c == ANY for c in key) != depth:
                continue
            if depth == 5:
                est = (r + 1) / (n + 2)
            else:
                parent = table[_levels(key)[parent_of[depth]]][2]
                est = (r + PRIOR_WEIGHT * parent) / (n + PRIOR_WEIGHT)
            table[key] = (r, n, est)
    return table


class ConfidenceTable:
    """Estimates by evidence key, with back-off to coarser keys for combinations the labelled sets never showed."""

    def __init__(self, table):
        self.table = dict(table)
        self._memo = {}

    def lookup(self, key, default):
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = next((round(self.table[level][2], 3) for level in _levels(key)[:4]
                                          if level in self.table), False)
        return default if got is False else got

    @classmethod
    def load(cls, path=None):
        path = Path(path) if path is not None else resources.files("attribution") / "data" / "confidence.tsv"
        table = {}
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls({})
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != len(COLUMNS):
                raise LexiconError(f"{path}:{lineno}: expected {len(COLUMNS)} columns ({', '.join(COLUMNS)}), "
                                   f"got {len(cells)}")
            try:
                table[tuple(cells[:KEY_WIDTH])] = (int(cells[KEY_WIDTH]), int(cells[KEY_WIDTH + 1]),
                                                   float(cells[KEY_WIDTH + 2]))
            except ValueError:
                raise LexiconError(f"{path}:{lineno}: right and total must be integers and estimate a number, "
                                   f"got {cells[KEY_WIDTH:]}") from None
        return cls(table)

    def dump(self):
        lines = ["# Measured share of right records by evidence (see attribution/confidence.py); made by "
                 "benchmarks/calibrate.py, do not edit by hand.", "# " + "\t".join(COLUMNS)]
        for key in sorted(self.table, key=lambda k: tuple(c == ANY for c in k) + k):
            r, n, est = self.table[key]
            lines.append("\t".join(key) + f"\t{r}\t{n}\t{est:.4f}")
        return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=1)
def default_table():
    return ConfidenceTable.load()
