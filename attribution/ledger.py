"""The quote ledger: typed records of who said what, with exact character offsets, and their output formats."""
from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass, field

SPEAKER_TYPES = ("person", "group", "org", "author", "anonymous", "unknown")
RECORD_FIELDS = ("doc", "start", "end", "quote", "speaker", "speaker_type", "mention", "mention_start",
                 "mention_end", "role", "cue", "cue_text", "rule", "confidence", "kind", "reason", "encoding", "source")


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
    #: the cue as written in the text (細めた for the lemma 細める, 質問 for 質問), or None
    cue_text: str | None = None
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
                "mention_end": m.end if m else None, "role": self.role, "cue": self.cue, "cue_text": self.cue_text,
                "rule": self.rule,
                "confidence": self.confidence, "kind": self.kind, "reason": self.reason}


@dataclass(frozen=True, repr=False)
class Speaker:
    """A speaker of a document: canonical name (fullest form, no spaces or honorifics), aliases as written, roles."""
    name: str
    type: str
    aliases: tuple = ()
    roles: tuple = ()
    quotes: tuple = ()

    def __repr__(self):   # short: the quotes are in the ledger, not repeated here
        return (f"Speaker(name={self.name!r}, type={self.type!r}, roles={self.roles!r}, aliases={self.aliases!r}, "
                f"quotes={len(self.quotes)})")

    def to_dict(self):
        return {"name": self.name, "type": self.type, "aliases": list(self.aliases), "roles": list(self.roles),
                "quotes": [q.to_record() for q in self.quotes]}


def _norm(name):
    return "".join((name or "").split())


def _name_suffixes():
    from .lexicon import default_lexicon
    lex = default_lexicon()
    return sorted(set(lex.suffixes) | set(lex.title_heads), key=len, reverse=True)


def speaker_matches(query, name, aliases=(), roles=()):
    """How ``query`` names the speaker ``name`` (with its ``aliases`` and ``roles``), or None when it does not:
    "name" (the canonical name or an alias, spaces ignored), "part" (a surname or given name of the canonical name:
    森本 for 森本健太), "titled" (a name with an honorific or title: 森本健太さん, 森本監督) or "role" (監督)."""
    q = _norm(query)
    if not q:
        return None
    forms = {_norm(name)} | {_norm(a) for a in aliases}
    if q in forms:
        return "name"
    canon = _norm(name)
    if len(q) < len(canon) and (canon.startswith(q) or canon.endswith(q)
                                or q in [p for p in canon.replace("＝", "・").replace("=", "・").split("・") if p]):
        return "part"
    for suffix in _name_suffixes():
        base = q[: -len(suffix)] if q.endswith(suffix) and len(q) > len(suffix) else ""
        if base and (base in forms or (len(base) < len(canon) and (canon.startswith(base) or canon.endswith(base)))):
            return "titled"
    if any(_norm(r) == q or _norm(r).endswith(q) for r in roles):
        return "role"
    return None


@dataclass(frozen=True, repr=False)
class Ledger:
    """Quotes of one or more documents and their speakers.

    ``quotes`` holds the speech quotes, ``spans`` every top-level 「…」 span (speech and not), in text order.
    """
    spans: tuple = ()
    speakers: tuple = ()
    docs: tuple = ()
    texts: dict = field(default_factory=dict, compare=False, repr=False)
    sources: dict = field(default_factory=dict, compare=False, repr=False)   # doc -> {"encoding", "source"}

    def __repr__(self):
        return (f"<Ledger: {len(self.docs)} document{'s' * (len(self.docs) != 1)}, {len(self.speakers)} speakers, "
                f"{len(self.quotes)} quotes, {len(self.spans)} spans>")

    def __str__(self):
        return format_table(self)

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

    def match_speakers(self, name):
        """The speakers ``name`` names: by canonical name or alias if any speaker has it, else by surname or given
        name (森本 for 森本健太), with an honorific or title (森本さん, 森本監督), or by role (監督); see
        :func:`speaker_matches`. Several speakers may match a part of a name or a role."""
        found = {}
        for s in self.speakers:
            how = speaker_matches(name, s.name, s.aliases, s.roles)
            if how is not None:
                found.setdefault(how, []).append(s)
        for how in ("name", "part", "titled", "role"):
            if how in found:
                return tuple(found[how])
        return ()

    def speaker(self, name):
        """The speaker ``name`` names (see :meth:`match_speakers`), the first one if several, or None."""
        hits = self.match_speakers(name)
        return hits[0] if hits else None

    def for_speaker(self, name):
        """The speech quotes of the speakers ``name`` names (see :meth:`match_speakers`); empty if none."""
        keys = {s.name for s in self.match_speakers(name)}
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
        frame = pd.DataFrame(self.to_records(include_nonspeech), columns=list(RECORD_FIELDS))
        for col in ("encoding", "source"):   # only files read by the command line have them
            if frame[col].isna().all():
                frame = frame.drop(columns=col)
        ints = ("start", "end", "mention_start", "mention_end")
        return frame.astype({c: ("Int64" if c in ints else "Float64" if c == "confidence" else "string")
                             for c in frame.columns})

    def _repr_html_(self):
        """What Jupyter shows: the articles with their quotes highlighted and the speaker list (see
        :mod:`attribution.view`), then this table in a fold."""
        from .view import notebook_html
        return notebook_html(self)

    def table_html(self):
        """The quotes as an HTML table: left-aligned (Japanese reads left to right), offsets and short words kept
        on one line, a doc column when the ledger holds several documents."""
        many = len(self.docs) > 1
        heads = (["doc"] if many else []) + ["speaker", "role", "cue", "quote", "offsets", "rule", "confidence"]
        left = 'style="text-align:left"'
        nowrap = 'style="text-align:left;white-space:nowrap"'
        rows = ["<table><thead><tr>" + "".join(f"<th {left}>{h}</th>" for h in heads) + "</tr></thead><tbody>"]
        for q in self.quotes:
            cells = ([q.doc or ""] if many else []) + [q.speaker or f"({q.speaker_type})", q.role or "",
                                                       q.cue_text or q.cue or "", _short(q.quote, 60),
                                                       f"{q.start}–{q.end}",
                                                       q.rule, f"{q.confidence:.2f}"]
            quote_col = heads.index("quote")
            rows.append("<tr>" + "".join(f"<td {left if i == quote_col else nowrap}>{html.escape(str(v))}</td>"
                                         for i, v in enumerate(cells)) + "</tr>")
        rows.append("</tbody></table>")
        return "".join(rows)

    def __len__(self):
        return len(self.quotes)

    def __iter__(self):
        return iter(self.quotes)


_SENTENCE_STOPS = "。！？!?\n"


def sentence_context(text, start, end, limit=120):
    """The sentence that holds ``text[start:end]``: from the last sentence end before it to the first after it,
    each side cut at ``limit`` characters."""
    lo = max(text.rfind(c, max(0, start - limit), start) for c in _SENTENCE_STOPS) + 1
    lo = max(lo, start - limit)
    his = [i for i in (text.find(c, end, end + limit) for c in _SENTENCE_STOPS) if i >= 0]
    hi = min(his) + 1 if his else min(len(text), end + limit)
    return text[lo:hi].strip()


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
    """Per speaker: name, type, roles and aliases, then each quote (where, cue as a lemma, confidence, words) in
    columns aligned by display width (rich, which counts a kanji as two columns)."""
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
        out.append(_columns([_quote_cells(q, width) for q in qs]))
        out.append("")
    if by.get(None):
        out.append("(no named speaker)")
        out.append(_columns([_quote_cells(q, width, show_type=True) for q in by[None]]))
        out.append("")
    if include_nonspeech and ledger.nonspeech:
        out.append("(not speech)")
        out.append(_columns([[_where(q), q.kind, f"「{_short(q.quote, width)}」", q.reason] for q in ledger.nonspeech]))
        out.append("")
    if not out:
        out.append("(no quotes found)")
    return "\n".join(out).rstrip("\n") + "\n"


def _where(q):
    return f"{q.doc}:{q.start}-{q.end}" if q.doc else f"{q.start}-{q.end}"


def _quote_cells(q, width, show_type=False):
    cells = [_where(q), q.cue_text or q.cue or "-", f"{q.confidence:.2f}", f"「{_short(q.quote, width)}」"]
    if show_type:
        cells.insert(1, q.speaker_type)
    return cells


def _columns(rows):
    """Rows of cells as text in columns padded to the same display width, indented by two spaces."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    table = Table(box=None, show_header=False, show_edge=False, pad_edge=False, padding=(0, 2, 0, 0))
    for _ in rows[0]:
        table.add_column(no_wrap=True, overflow="ignore")
    for row in rows:
        table.add_row(*(Text(c) for c in row))
    buf = io.StringIO()
    Console(file=buf, width=10_000, color_system=None, highlight=False, emoji=False, soft_wrap=True).print(table)
    return "\n".join("  " + line.rstrip() for line in buf.getvalue().splitlines() if line.strip())


def format_markdown(ledger, include_nonspeech=False):
    """A Markdown table of the speech quotes; with ``include_nonspeech`` every span, with its kind and reason."""
    head = "| speaker | role | cue | quote | doc | start | end | rule | confidence |"
    if include_nonspeech:
        head += " kind | reason |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for q in (ledger.spans if include_nonspeech else ledger.quotes):
        speaker = (q.speaker or f"({q.speaker_type})") if q.is_speech else ""
        cells = [speaker, q.role or "", q.cue_text or q.cue or "", _short(q.quote, 80), q.doc or "", str(q.start),
                 str(q.end),
                 q.rule, f"{q.confidence:.2f}"]
        if include_nonspeech:
            cells += [q.kind, q.reason]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def format_speakers(ledger):
    """The speakers as aligned columns, with the quotes that have no named speaker counted on a last line."""
    rows = speakers_records(ledger)
    unnamed = sum(1 for q in ledger.quotes if q.speaker is None)
    docs = {}
    for q in ledger.quotes:
        docs.setdefault(q.speaker, set()).add(q.doc)
    for r in rows:
        r["documents"] = len(docs.get(r["name"], ()))
    return format_speaker_rows(rows, unnamed, len(docs.get(None, ())))


def _count(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def format_speaker_rows(rows, unnamed=0, unnamed_docs=0):
    """Speaker rows (name, type, quotes, documents, roles, aliases) as a table aligned by display width."""
    if not rows and not unnamed:
        return "(no speakers found)\n"
    cells = [[r["name"], r["type"], _count(r["quotes"], "quote"), _count(r.get("documents", 0), "document"),
              "、".join(r["roles"]) or "-", "、".join(r["aliases"]) or "-"] for r in rows]
    if unnamed:
        cells.append(["(no named speaker)", "-", _count(unnamed, "quote"), _count(unnamed_docs, "document"), "-",
                      "-"])
    header = [["speaker", "type", "quotes", "documents", "roles", "aliases"]]
    return "\n".join(line[2:] for line in _columns(header + cells).splitlines()) + "\n"


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
                  r["role"], r["cue"], r["rule"] or "", r["confidence"] or 0.0, r["reason"] or "", r["doc"],
                  r.get("cue_text"))
        spans.append(q)
        if q.speaker and q.kind == "speech":
            cur = speakers.setdefault(q.speaker, [q.speaker_type, {}, {}])
            if q.role:
                cur[2][q.role] = None
    sp = tuple(Speaker(n, t, (n,), tuple(roles)) for n, (t, _a, roles) in speakers.items())
    return Ledger(tuple(spans), sp, tuple(dict.fromkeys(q.doc for q in spans)))
