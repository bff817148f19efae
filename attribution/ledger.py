"""The quote ledger: typed records of who said what, with exact character offsets, and their output formats."""
from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass, field

SPEAKER_TYPES = ("person", "group", "org", "author", "anonymous", "unknown")
RECORD_FIELDS = ("doc", "start", "end", "quote", "speaker", "speaker_type", "mention", "mention_start",
                 "mention_end", "role", "cue", "rule", "confidence", "kind", "reason", "encoding", "source")


@dataclass(frozen=True)
class Mention:
    """The words that named the speaker in context, with offsets into the document."""
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One 「…」 span.

    ``start``/``end`` are Python str indices into the document text as given: ``text[start:end]`` is the whole span
    with its brackets and ``quote`` is ``text[start + 1:end - 1]``. ``kind`` is ``speech`` for someone's words, else
    title, name, term, topic, heading, label or fragment (with ``reason``). ``rule`` is the id of the sieve rule that
    decided (see :data:`attribution.attribute.SIEVE`).
    """
    start: int
    end: int
    quote: str
    kind: str
    speaker: str | None = None
    speaker_type: str = "unknown"
    mention: Mention | None = None
    role: str | None = None
    cue: str | None = None
    rule: str = ""
    confidence: float = 0.0
    reason: str = ""
    doc: str | None = None
    #: what the confidence was looked up by: rule|found|cue|near (see :mod:`attribution.confidence`)
    evidence: str = field(default="", compare=False, repr=False)

    @property
    def is_speech(self):
        return self.kind == "speech"

    def to_record(self):
        m = self.mention
        return {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote,
                "speaker": self.speaker, "speaker_type": self.speaker_type,
                "mention": m.text if m else None, "mention_start": m.start if m else None,
                "mention_end": m.end if m else None, "role": self.role, "cue": self.cue, "rule": self.rule,
                "confidence": self.confidence, "kind": self.kind, "reason": self.reason}


@dataclass(frozen=True)
class Speaker:
    """A speaker of a document: canonical name (fullest form, no spaces or honorifics), aliases as written, roles."""
    name: str
    type: str
    aliases: tuple = ()
    roles: tuple = ()
    quotes: tuple = ()

    def to_dict(self):
        return {"name": self.name, "type": self.type, "aliases": list(self.aliases), "roles": list(self.roles),
                "quotes": [q.to_record() for q in self.quotes]}


def _norm(name):
    return "".join((name or "").split())


@dataclass(frozen=True)
class Ledger:
    """Quotes of one or more documents and their speakers.

    ``quotes`` holds the speech quotes, ``spans`` every top-level 「…」 span (speech and not), in text order.
    """
    spans: tuple = ()
    speakers: tuple = ()
    docs: tuple = ()
    texts: dict = field(default_factory=dict, compare=False, repr=False)
    sources: dict = field(default_factory=dict, compare=False, repr=False)   # doc -> {"encoding", "source"}

    def with_source(self, doc, encoding, kind="text"):
        """This ledger, noting that ``doc`` was decoded from ``encoding`` (and read from HTML when ``kind`` says)."""
        return Ledger(self.spans, self.speakers, self.docs, self.texts,
                      {**self.sources, doc: {"encoding": encoding, "source": kind}})

    @property
    def quotes(self):
        return tuple(q for q in self.spans if q.is_speech)

    @property
    def nonspeech(self):
        return tuple(q for q in self.spans if not q.is_speech)

    def speaker(self, name):
        """The speaker called ``name`` (canonical name or any alias), or None."""
        key = _norm(name)
        for s in self.speakers:
            if _norm(s.name) == key or key in (_norm(a) for a in s.aliases):
                return s
        return None

    def for_speaker(self, name):
        """The speech quotes of the speaker called ``name`` (canonical name or alias); empty if unknown."""
        key = _norm(name)
        keys = {s.name for s in self.speakers if _norm(s.name) == key or key in (_norm(a) for a in s.aliases)}
        return tuple(q for q in self.quotes if q.speaker in keys)

    def filter(self, speaker=None, include_nonspeech=False):
        """A ledger with only ``speaker``'s quotes (and, with ``include_nonspeech``, the other spans too)."""
        if speaker is not None:
            spans = self.for_speaker(speaker)
            keep = {s.name for s in self.speakers if s.name in {q.speaker for q in spans}}
            speakers = tuple(s for s in self.speakers if s.name in keep)
        else:
            spans = self.spans if include_nonspeech else self.quotes
            speakers = self.speakers
        return Ledger(tuple(spans), speakers, self.docs, self.texts)

    def above(self, min_confidence):
        """This ledger with only the speech quotes whose confidence is at least ``min_confidence`` (the spans that are
        not speech are kept); speakers left with no quote are dropped."""
        if not min_confidence:
            return self
        spans = tuple(q for q in self.spans if not q.is_speech or q.confidence >= min_confidence)
        speakers = []
        for sp in self.speakers:
            kept = tuple(q for q in sp.quotes if q.confidence >= min_confidence)
            if kept:
                speakers.append(Speaker(sp.name, sp.type, sp.aliases, sp.roles, kept))
        return Ledger(spans, tuple(speakers), self.docs, self.texts, self.sources)

    def to_records(self, include_nonspeech=False):
        spans = self.spans if include_nonspeech else self.quotes
        return [self._record(q) for q in spans]

    def _record(self, q):
        rec = q.to_record()
        meta = self.sources.get(q.doc)
        if meta:
            rec.update(meta)
        return rec

    def to_dict(self):
        by_speaker = {}
        for q in self.quotes:
            by_speaker.setdefault(q.speaker, []).append(self._record(q))
        return {"docs": [{"doc": d, **self.sources.get(d, {})} for d in self.docs],
                "speakers": [{"name": s.name, "type": s.type, "aliases": list(s.aliases), "roles": list(s.roles),
                              "quotes": by_speaker.get(s.name, [])} for s in self.speakers],
                "unattributed": by_speaker.get(None, []),
                "nonspeech": [self._record(q) for q in self.nonspeech]}

    def to_json(self, indent=2):
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_dataframe(self, include_nonspeech=False):
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_dataframe needs pandas: pip install 'attribution[pandas]'") from None
        return pd.DataFrame(self.to_records(include_nonspeech), columns=list(RECORD_FIELDS))

    def _repr_html_(self):
        rows = ["<table><thead><tr><th>speaker</th><th>role</th><th>cue</th><th>quote</th><th>offsets</th>"
                "<th>rule</th></tr></thead><tbody>"]
        for q in self.quotes:
            rows.append("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
                q.speaker or f"({q.speaker_type})", q.role or "", q.cue or "", _short(q.quote, 60),
                f"{q.start}–{q.end}", q.rule)) + "</tr>")
        rows.append("</tbody></table>")
        return "".join(rows)

    def __len__(self):
        return len(self.quotes)

    def __iter__(self):
        return iter(self.quotes)


def _short(text, width):
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


# -- text formats -------------------------------------------------------------------------------------------------
_JSON_LINE = json.JSONEncoder(ensure_ascii=False).encode   # one encoder for every record, not one per call


def format_jsonl(records):
    return "".join([_JSON_LINE(r) + "\n" for r in records])


def format_csv(records, header=True):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(RECORD_FIELDS), lineterminator="\n", extrasaction="ignore")
    if header:
        w.writeheader()
    w.writerows(records)
    return buf.getvalue()


def format_table(ledger, width=70, include_nonspeech=False):
    """Per speaker: name, type, roles and aliases, then each quote with its cue and offsets."""
    out = []
    by = {}
    for q in ledger.quotes:
        by.setdefault(q.speaker, []).append(q)
    for s in ledger.speakers:
        qs = by.get(s.name, [])
        if not qs:
            continue
        head = f"{s.name} ({s.type})"
        if s.roles:
            head += "  role: " + "、".join(s.roles)
        if len(s.aliases) > 1:
            head += "  aliases: " + "、".join(s.aliases)
        out.append(head)
        out.extend(_quote_line(q, width) for q in qs)
        out.append("")
    if by.get(None):
        out.append("(no named speaker)")
        out.extend(_quote_line(q, width, show_type=True) for q in by[None])
        out.append("")
    if include_nonspeech and ledger.nonspeech:
        out.append("(not speech)")
        for q in ledger.nonspeech:
            out.append(f"  {q.start:>6}-{q.end:<6} {q.kind:<8} 「{_short(q.quote, width)}」  {q.reason}")
        out.append("")
    if not out:
        out.append("(no quotes found)")
    return "\n".join(out).rstrip("\n") + "\n"


def _quote_line(q, width, show_type=False):
    cue = q.cue or "-"
    who = f"[{q.speaker_type}] " if show_type else ""
    doc = f"{q.doc}:" if q.doc else ""
    return f"  {doc}{q.start}-{q.end}  {who}{cue:<6} 「{_short(q.quote, width)}」"


def format_markdown(ledger):
    lines = ["| speaker | role | cue | quote | doc | start | end | rule |", "|---|---|---|---|---|---|---|---|"]
    for q in ledger.quotes:
        cells = [q.speaker or f"({q.speaker_type})", q.role or "", q.cue or "", _short(q.quote, 80), q.doc or "",
                 str(q.start), str(q.end), q.rule]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def format_speakers(ledger):
    lines = []
    counts = {}
    for q in ledger.quotes:
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
    for s in ledger.speakers:
        n = counts.get(s.name, 0)
        roles = "、".join(s.roles) or "-"
        aliases = "、".join(s.aliases) or "-"
        lines.append(f"{s.name}\t{s.type}\t{n} quotes\trole: {roles}\taliases: {aliases}")
    return "\n".join(lines) + ("\n" if lines else "")


def speakers_records(ledger):
    counts = {}
    for q in ledger.quotes:
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
    return [{"name": s.name, "type": s.type, "quotes": counts.get(s.name, 0), "roles": list(s.roles),
             "aliases": list(s.aliases)} for s in ledger.speakers]


def records_ledger(records):
    """A ledger rebuilt from quote records (as read back from a ledger database), for the table formats."""
    spans = []
    speakers = {}
    for r in records:
        m = Mention(r["mention"], r["mention_start"], r["mention_end"]) if r.get("mention") else None
        q = Quote(r["start"], r["end"], r["quote"], r["kind"], r["speaker"], r["speaker_type"] or "unknown", m,
                  r["role"], r["cue"], r["rule"] or "", r["confidence"] or 0.0, r["reason"] or "", r["doc"])
        spans.append(q)
        if q.speaker and q.kind == "speech":
            cur = speakers.setdefault(q.speaker, [q.speaker_type, {}, {}])
            if q.role:
                cur[2][q.role] = None
    sp = tuple(Speaker(n, t, (n,), tuple(roles)) for n, (t, _a, roles) in speakers.items())
    return Ledger(tuple(spans), sp, tuple(dict.fromkeys(q.doc for q in spans)))
