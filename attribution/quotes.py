"""Finding the top-level 「…」 spans of a text.

Offsets are Python str indices into the text as given: ``text[span.start:span.end]`` is the whole span with its
brackets, ``text[span.start + 1:span.end - 1]`` its inner text.

Policy, in one pass and in time linear in the text:

- 「 and the half-width ｢ open a span, 」 and ｣ close one (they may be mixed). 『』 never open a candidate: they are
  titles or quotes inside quotes and are left inside whatever span holds them.
- Brackets nest: 「A「B」C」 is one top-level span; the inner 「B」 is part of it.
- A quote may run over several paragraphs. When a paragraph ends inside an open top-level span and the next
  paragraph starts with 「 (the Japanese convention for a quote continued over paragraphs), that 「 re-opens the same
  span instead of nesting a new one, and only the last 」 closes it.
- Unbalanced brackets never raise: a closer with no opener is ignored; an opener that never closes yields no span,
  and the complete spans inside it become top-level spans.
"""
from __future__ import annotations

import regex

OPENERS = "「｢"
CLOSERS = "」｣"
_BRACKETS = regex.compile("[" + regex.escape(OPENERS + CLOSERS) + "]")
_LEADING_SPACE = " \t\u3000\u200b"


def find_quotes(text, start=0, end=None):
    """Top-level quote spans of ``text[start:end]`` as ``(start, end)`` pairs, in order, never overlapping."""
    end = len(text) if end is None else end
    stack = []             # positions of open 「
    pairs = []             # (start, end) of every closed span, in closing order
    after = start          # just after the previous bracket
    for m in _BRACKETS.finditer(text, start, end):
        ch = m.group()
        i = m.start()
        if ch in OPENERS:
            # a paragraph ended, since the previous bracket, while exactly one top-level span was open
            if len(stack) == 1 and text.find("\n", after, i) >= 0 and _starts_paragraph(text, i, start):
                after = i + 1
                continue  # re-opening of a quote continued over paragraphs
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i + 1))
        after = i + 1
    pairs.sort()
    top = []
    last_end = -1
    for s, e in pairs:
        if s >= last_end:
            top.append((s, e))
            last_end = e
    return top


def _starts_paragraph(text, i, floor):
    j = i - 1
    while j >= floor and text[j] in _LEADING_SPACE:
        j -= 1
    return j >= floor and text[j] == "\n"
