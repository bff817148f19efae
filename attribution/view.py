"""The highlighted view: each article as written, its quotes marked in their speakers' colours, as HTML.

One renderer for the page that ``attribution view`` writes, for :func:`render` in the library and for a ledger shown
in a notebook. The page is self-contained and works offline: inline CSS and a little plain JavaScript, no fonts,
scripts or images from anywhere, and a Content-Security-Policy that forbids loading anything (the inline style and
script are allowed by their hashes). Every piece of article text, name, role and file name is escaped.

What a reader sees, and what scripts can build on:

- each speech quote is a ``<span class="q">`` with ``data-speaker`` (the canonical name, empty when none),
  ``data-start`` and ``data-end`` (the ledger's offsets into the document's text), ``data-rule``,
  ``data-confidence`` and ``data-kind``; it carries a label with the speaker's name (colour is never the only
  signal) and a tooltip (hover or keyboard focus) with speaker, role, cue, rule and confidence;
- a quote without a speaker, or with a confidence under :data:`LOW`, is drawn with a dashed outline;
- the words that named the speaker are a ``<span class="m">`` in the same colour, with ``data-speaker``;
- with ``include_nonspeech`` the spans that are not speech are ``<span class="q ns">``, muted, with their kind
  and reason;
- each article lists its speakers (roles, quote counts) as buttons; choosing one shows only that speaker's quotes;
- with several articles, a contents list comes first.
"""
from __future__ import annotations

import base64
import hashlib
import html

#: quotes with a confidence under this are drawn as uncertain
LOW = 0.5

#: background colours of the highlights, light enough for near-black text (#111) to meet WCAG AA (4.5:1) on each
PALETTE = ("#ffd6d6", "#ffe2c2", "#fff2a8", "#dff5c0", "#c8f0d8", "#c4eef0", "#cfe3ff", "#dcd6ff", "#f1d4ff",
           "#ffd1ea", "#e6e0d2", "#d9e8e0")
TEXT_COLOUR = "#111111"

PAGE_CSS = """
body{font-family:sans-serif;line-height:1.9;margin:2em auto;max-width:52em;padding:0 1em;color:#111;background:#fff}
nav ol{padding-left:1.5em}
"""

CSS = """
.attribution-doc{border-top:1px solid #999;margin-top:2em}
.attribution-doc h2{font-size:1.1em;word-break:break-all}
.text{white-space:pre-wrap}
.speakers{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}
.speakers button{font:inherit;border:1px solid #555;border-radius:.3em;padding:.1em .5em;cursor:pointer;color:#111}
.speakers button[aria-pressed=true]{outline:3px solid #111}
.q{position:relative;border-radius:.2em;padding:0 .1em;color:#111}
.q:focus{outline:2px solid #111}
.q .lbl{font-size:.75em;border:1px solid #555;border-radius:.2em;padding:0 .2em;margin-left:.2em;background:#fff;color:#111}
.q .tip{display:none;position:absolute;left:0;top:100%;z-index:2;background:#fff;color:#111;border:1px solid #111;
padding:.3em .5em;font-size:.85em;white-space:nowrap;line-height:1.5}
.q:hover .tip,.q:focus .tip{display:block}
.q.low{outline:2px dashed #555;outline-offset:-1px}
.q.ns{background:#eee;color:#444}
.q.ns .lbl{color:#444}
.q.off{background:transparent;outline:none}
.q.off .lbl,.q.off .tip{display:none}
.m{border-bottom:3px solid #555;color:#111}
.records{padding-left:1.5em}
.records li{margin:.8em 0}
.where{font-size:.8em;color:#444;word-break:break-all}
""" + "".join(f".c{i}{{background:{c}}}\n" for i, c in enumerate(PALETTE))

SCRIPT = """(function(){
if(window.__attributionView){return;}window.__attributionView=true;
document.addEventListener('click',function(e){
var b=e.target.closest?e.target.closest('button[data-pick]'):null;if(!b){return;}
var doc=b.closest('.attribution-doc');var who=b.getAttribute('data-pick');
doc.querySelectorAll('.q').forEach(function(q){
q.classList.toggle('off',who!=='*'&&q.getAttribute('data-speaker')!==who);});
doc.querySelectorAll('button[data-pick]').forEach(function(x){x.setAttribute('aria-pressed',x===b?'true':'false');});
});})();"""


def colour(name):
    """The palette index of a speaker: stable for a canonical name, whatever the document."""
    if not name:
        return None
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % len(PALETTE)


def _esc(value):
    return html.escape("" if value is None else str(value), quote=True)


def _tip(q):
    parts = [q.speaker or f"no speaker ({q.speaker_type})"]
    if q.role:
        parts.append(q.role)
    if q.cue_text or q.cue:
        parts.append(f"cue: {q.cue_text or q.cue}")
    parts.append(f"rule: {q.rule}")
    parts.append(f"confidence: {q.confidence:.2f}")
    return " · ".join(parts)


def _quote_html(q, text):
    inner = _esc(text[q.start:q.end])
    attrs = (f'data-start="{q.start}" data-end="{q.end}" data-rule="{_esc(q.rule)}" '
             f'data-confidence="{q.confidence:.3f}" data-kind="{_esc(q.kind)}"')
    if not q.is_speech:
        return (f'<span class="q ns" tabindex="0" data-speaker="" {attrs}>{inner}'
                f'<span class="lbl">{_esc(q.kind)}</span>'
                f'<span class="tip" role="tooltip">{_esc(q.kind)}: {_esc(q.reason)}</span></span>')
    c = colour(q.speaker)
    classes = ["q"] + ([f"c{c}"] if c is not None else []) + (["low"] if q.speaker is None or q.confidence < LOW
                                                               else [])
    label = q.speaker or "?"
    return (f'<span class="{" ".join(classes)}" tabindex="0" data-speaker="{_esc(q.speaker)}" {attrs}>{inner}'
            f'<span class="lbl">{_esc(label)}</span><span class="tip" role="tooltip">{_esc(_tip(q))}</span></span>')


def _marked_text(text, spans, include_nonspeech):
    """The text with its quotes and the mentions that named their speakers marked, everything else escaped."""
    marks = []
    for q in spans:
        if q.is_speech or include_nonspeech:
            marks.append((q.start, q.end, 1, q))
        if q.is_speech and q.speaker and q.mention is not None and q.mention.start >= 0:
            marks.append((q.mention.start, q.mention.end, 0, q))
    marks.sort(key=lambda m: (m[0], m[2]))
    out = []
    pos = 0
    seen = set()
    for start, end, is_quote, q in marks:
        if start < pos or (not is_quote and (start, end) in seen):
            continue   # a mention already marked for another quote, or inside something marked
        out.append(_esc(text[pos:start]))
        if is_quote:
            out.append(_quote_html(q, text))
        else:
            seen.add((start, end))
            c = colour(q.speaker)
            out.append(f'<span class="m c{c}" data-speaker="{_esc(q.speaker)}" data-start="{start}" '
                       f'data-end="{end}">{_esc(text[start:end])}</span>')
        pos = end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _speaker_list(spans, speakers):
    counts = {}
    for q in spans:
        if q.is_speech:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    items = ['<li><button type="button" data-pick="*" aria-pressed="true">all speakers</button></li>']
    for sp in speakers:
        n = counts.get(sp.name, 0)
        if not n:
            continue
        role = f" ({'、'.join(sp.roles)})" if sp.roles else ""
        items.append(f'<li><button type="button" class="c{colour(sp.name)}" data-pick="{_esc(sp.name)}" '
                     f'aria-pressed="false">{_esc(sp.name)}{_esc(role)} · {n} quote{"s" * (n != 1)}</button></li>')
    if counts.get(None):
        n = counts[None]
        items.append(f'<li><button type="button" data-pick="" aria-pressed="false">no speaker · {n} '
                     f'quote{"s" * (n != 1)}</button></li>')
    return '<ul class="speakers">' + "".join(items) + "</ul>"


def _documents(ledgers):
    """(doc name, text, spans, speakers) for every document of the ledgers, in order."""
    from .ledger import Ledger
    if isinstance(ledgers, Ledger):
        ledgers = [ledgers]
    out = []
    for lg in ledgers:
        docs = list(lg.docs) or [None]
        for doc in docs:
            text = lg.texts.get(doc)
            if text is None:
                continue
            spans = [q for q in lg.spans if q.doc == doc]
            names = {q.speaker for q in spans if q.is_speech}
            out.append((doc, text, spans, [s for s in lg.speakers if s.name in names]))
    return out


def render_fragment(ledgers, include_nonspeech=False):
    """The body of the view (contents, then each article): HTML without the page around it."""
    docs = _documents(ledgers)
    parts = []
    if len(docs) > 1:
        parts.append("<nav><h2>Contents</h2><ol>" + "".join(
            f'<li><a href="#doc-{i}">{_esc(doc or "(text)")}</a> · '
            f'{sum(q.is_speech for q in spans)} quotes</li>' for i, (doc, _t, spans, _s) in enumerate(docs, 1))
            + "</ol></nav>")
    for i, (doc, text, spans, speakers) in enumerate(docs, 1):
        parts.append(f'<article class="attribution-doc" id="doc-{i}"><h2>{_esc(doc or "(text)")}</h2>'
                     f'{_speaker_list(spans, speakers)}'
                     f'<div class="text">{_marked_text(text, spans, include_nonspeech)}</div></article>')
    return "".join(parts)


def render_records(records, title="Quotes from the ledger"):
    """A page of quote records from a ledger database (``attribution quotes --format html``): each quote highlighted
    in its sentence of context, with its document's name, in the same style as :func:`render`."""
    from .ledger import Quote
    items = []
    for r in records:
        q = Quote(r["start"], r["end"], r["quote"], r["kind"], r["speaker"], r["speaker_type"] or "unknown", None,
                  r.get("role"), r.get("cue"), r.get("rule") or "", r.get("confidence") or 0.0, r.get("reason") or "",
                  r.get("doc"), r.get("cue_text"))
        context = r.get("context") or ""
        whole = "「" + q.quote + "」"
        at = context.find(whole)
        if at < 0:
            context, at = whole, 0
        shifted = Quote(at, at + len(whole), q.quote, q.kind, q.speaker, q.speaker_type, None, q.role, q.cue, q.rule,
                        q.confidence, q.reason, q.doc, q.cue_text)
        body = _esc(context[:at]) + _quote_html(shifted, context).replace(
            f'data-start="{at}" data-end="{at + len(whole)}"', f'data-start="{q.start}" data-end="{q.end}"') \
            + _esc(context[at + len(whole):])
        items.append(f'<li><div class="where">{_esc(q.doc)}:{q.start}-{q.end}</div><div class="text">{body}</div>'
                     "</li>")
    body = ('<article class="attribution-doc"><ol class="records">' + "".join(items) + "</ol></article>"
            if items else "<p>No quotes matched.</p>")
    return _page(title, body)


def _page(title, body):
    style = PAGE_CSS + CSS
    policy = (f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(SCRIPT)}; img-src 'none'; "
              "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_esc(title)}</title>'
            f"<style>{style}</style></head><body><h1>{_esc(title)}</h1>{body}<script>{SCRIPT}</script></body>"
            "</html>\n")


def _hash(source):
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def render(ledgers, include_nonspeech=False, title="Quotes and their speakers"):
    """A self-contained HTML page of one ledger or several: the articles with their quotes highlighted."""
    return _page(title, render_fragment(ledgers, include_nonspeech))


def notebook_html(ledger):
    """What a notebook shows for a ledger: the highlighted articles, then the table in a fold."""
    return (f"<div><style>{CSS}</style>{render_fragment(ledger)}<script>{SCRIPT}</script>"
            f"<details><summary>table</summary>{ledger.table_html()}</details></div>")
