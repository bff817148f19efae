"""Extraction mapped over Dask collections (the ``dask`` extra), one tagger per worker process.

>>> import dask.bag as db                                             # doctest: +SKIP
>>> from attribution.scale_out import extract_bag
>>> bag = db.from_sequence([("a1", text1), ("a2", text2)], npartitions=2)
>>> records = extract_bag(bag).compute()                               # list of record dicts

Each worker process builds its own :class:`~attribution.Extractor` (tagger and rule tables) the first time it
extracts, and keeps it for every later partition. Records are the dicts ``attribution extract --format jsonl``
writes; ``doc`` is the id given with each text.
"""
from __future__ import annotations

_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from .extractor import Extractor
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def records_of(pairs, include_all=False):
    """Records of an iterable of (doc id, text) pairs (or bare texts), extracted in this process."""
    ex = _extractor()
    out = []
    for item in pairs:
        doc, text = item if isinstance(item, tuple) else (None, item)
        for q in ex.iter_spans(text, doc):
            if include_all or q.kind == "speech":
                out.append(q.to_record())
    return out


def extract_bag(bag, include_all=False):
    """A ``dask.bag`` of record dicts from a bag of (doc id, text) pairs or of texts."""
    return bag.map_partitions(records_of, include_all=include_all)


def extract_dataframe(ddf, text="text", doc="id", include_all=False):
    """A Dask DataFrame of records from a Dask DataFrame with a text column (and an id column)."""
    import pandas as pd

    from .ledger import RECORD_FIELDS

    def part(frame):
        ids = frame[doc] if doc in frame.columns else [None] * len(frame)
        rows = records_of(zip([None if i is None else str(i) for i in ids], frame[text], strict=True),
                          include_all=include_all)
        return pd.DataFrame(rows, columns=list(RECORD_FIELDS[:-2]))

    meta = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "float64" if c == "confidence"
                                      else "object") for c in RECORD_FIELDS[:-2]})
    return ddf.map_partitions(part, meta=meta)
