"""Corpora: many inputs read in order, from files, folders and JSON Lines, extracted in one or more processes.

:func:`iter_inputs` turns what the user named into a stream of inputs, in order: files, the files of folders
(``recursive``, ``glob``), and the articles of JSON Lines corpora (one article a line; ``id_field`` and
``text_field`` name its fields). :func:`extract_stream` runs the extraction, in this process or in ``jobs`` worker
processes that each keep their own tagger, and yields the results in input order, one input at a time, so memory
stays flat whatever the corpus size.
"""
from __future__ import annotations

import fnmatch
import json
import os
from dataclasses import dataclass

from .errors import InputError
from .ledger import format_csv, format_jsonl
from .reader import MAX_BYTES, Source, read_path, source_from_bytes

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Item:
    """One input to extract: a file path to read, or an article already in memory (from a JSON Lines corpus), or
    the error that reading it met."""
    name: str
    path: str | None = None
    text: str | None = None
    error: str | None = None
    kind: str = "jsonl"


def iter_inputs(paths, recursive=False, glob=None, id_field="id", text_field="text", jsonl=None):
    """Inputs named by ``paths`` in order: files as given, a folder's files sorted by name (matching ``glob``, by
    default :data:`FOLDER_GLOBS`,
    descending into subfolders with ``recursive``), and a JSON Lines corpus's articles (files ending .jsonl or
    .ndjson, or all files when ``jsonl`` is True). ``-`` is standard input, read by the caller."""
    for path in paths:
        if path == "-":
            yield Item("-", path="-")
        elif os.path.isdir(path):
            yield from _folder(path, recursive, glob, id_field, text_field, jsonl)
        elif jsonl or (jsonl is None and str(path).lower().endswith(JSONL_SUFFIXES)):
            yield from _jsonl(path, id_field, text_field)
        else:
            yield Item(str(path), path=str(path))


#: the files of a folder read when no --glob is given: text and saved web pages (not gold.jsonl, labels.json...)
FOLDER_GLOBS = ("*.txt", "*.html", "*.htm")


def _folder(path, recursive, glob, id_field, text_field, jsonl):
    globs = (glob,) if glob else FOLDER_GLOBS
    matches = lambda f: any(fnmatch.fnmatch(f.lower() if not glob else f, g) for g in globs)   # noqa: E731
    if recursive:
        found = []
        for root, dirs, files in os.walk(path):
            dirs.sort()
            found.extend(os.path.join(root, f) for f in sorted(files) if matches(f))
    else:
        found = [os.path.join(path, f) for f in sorted(os.listdir(path))
                 if matches(f) and os.path.isfile(os.path.join(path, f))]
    if not found:
        yield Item(str(path), error=f"{path}: is a directory with no files matching {' '.join(globs)}"
                                    + ("" if recursive else " (use --recursive for its subfolders, --glob for "
                                                            "other files)"))
    for f in found:
        if jsonl or (jsonl is None and f.lower().endswith(JSONL_SUFFIXES)):
            yield from _jsonl(f, id_field, text_field)
        else:
            yield Item(f, path=f)


def _jsonl(path, id_field, text_field):
    try:
        fh = open(path, encoding="utf-8-sig")
    except OSError as exc:
        yield Item(str(path), error=f"{path}: cannot read it ({exc.strerror or exc})")
        return
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Item(where, error=f"{where}: not JSON ({exc.msg})")
                continue
            if not isinstance(row, dict) or not isinstance(row.get(text_field), str):
                yield Item(where, error=f"{where}: no text field {text_field!r} (set it with --text-field)")
                continue
            doc = row.get(id_field)
            name = f"{path}#{doc}" if doc is not None else where
            yield Item(str(doc) if doc is not None else name, text=row[text_field])


def read_item(item, encoding=None, html=None, max_bytes=MAX_BYTES, stdin=None):
    """The :class:`Source` of an item; :class:`InputError` when it cannot be read."""
    if item.error is not None:
        raise InputError(item.error)
    if item.text is not None:
        if not item.text.strip():
            raise InputError(f"{item.name}: empty text")
        return Source(item.name, item.text, "utf-8", item.kind)
    if item.path == "-":
        data = stdin.read() if stdin is not None else b""
        return source_from_bytes("<stdin>", data, encoding=encoding, html=bool(html), max_bytes=max_bytes)
    return read_path(item.path, encoding=encoding, html=html, max_bytes=max_bytes)


# -- extraction in worker processes ---------------------------------------------------------------------------
_WORKER = {}


def _init_worker(people, options, extractor=None):
    if extractor is None:
        from .extractor import Extractor
        extractor = Extractor(people=people, min_confidence=options.get("min_confidence"))
    _WORKER["extractor"] = extractor
    _WORKER["options"] = options


def _work(item):
    """In a worker: read (unless already read) and extract one item; (name, records or None, error or None,
    characters, a note to show or None)."""
    opts = _WORKER["options"]
    if isinstance(item, Source):
        src = item
    else:
        try:
            src = read_item(item, opts["encoding"], opts["html"], opts["max_bytes"])
        except InputError as exc:
            return item.name, None, str(exc), 0, None
    meta = {"encoding": src.encoding, "source": src.kind}
    recs = []
    for q in _WORKER["extractor"].iter_spans(src.text, src.name):
        if q.kind == "speech" or opts["all"]:
            rec = q.to_record()
            rec.update(meta)
            recs.append(rec)
    note = no_japanese_note(src)
    fmt = opts.get("format")
    if fmt == "jsonl":   # serialised here, in the worker: the parent only writes
        return src.name, format_jsonl(recs), None, len(src.text), note
    if fmt == "csv":
        return src.name, format_csv(recs, header=False), None, len(src.text), note
    return src.name, recs, None, len(src.text), note


def no_japanese_note(src):
    """A line to say when a text read has no kana or kanji at all (a wrong encoding, or not Japanese), else None."""
    from .reader import has_japanese
    if has_japanese(src.text):
        return None
    return (f"{src.name}: no kana or kanji in the text as decoded from {src.encoding}; if it is Japanese, give its "
            "encoding with --encoding (cp932, euc_jp, iso2022_jp...)")


def extract_stream(items, jobs=1, people=None, encoding=None, html=None, max_bytes=MAX_BYTES, include_all=False,
                   stdin=None, chunksize=64, extractor=None, serialize=None, min_confidence=None):
    """(name, records, error, characters, note) for each item, in input order; ``jobs`` > 1 uses worker processes, each
    with its own tagger. Standard input (``-``) is read here, once, and handed over as text. With ``serialize``
    ("jsonl" or "csv") the records come as text in that format, written by the workers."""
    options = {"encoding": encoding, "html": html, "max_bytes": max_bytes, "all": include_all,
               "format": serialize, "min_confidence": min_confidence}

    def fed():
        for item in items:
            if item.path == "-":
                try:
                    item = read_item(item, encoding, html, max_bytes, stdin=stdin)
                except InputError as exc:
                    item = Item("<stdin>", error=str(exc))
            yield item

    if jobs <= 1:
        _init_worker(people, options, extractor)
        for item in fed():
            yield _work(item)
        return
    import multiprocessing as mp
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(people, options)) as pool:
        yield from pool.imap(_work, fed(), chunksize=chunksize)


# -- indexing into a persistent ledger ------------------------------------------------------------------------
def _index_work(src):
    """In a worker: the ledger of one read source, as plain data for the database."""
    ledger = _WORKER["extractor"].extract(src.text, doc=src.name)
    include_all = _WORKER["options"]["all"]
    from .ledger import sentence_context
    records = [dict(q.to_record(), context=sentence_context(src.text, q.start, q.end))
               for q in ledger.spans if include_all or q.kind == "speech"]
    speakers = [{"name": s.name, "type": s.type, "aliases": list(s.aliases), "roles": list(s.roles)}
                for s in ledger.speakers]
    return records, speakers


def index_stream(items, store, jobs=1, people=None, encoding=None, html=None, max_bytes=MAX_BYTES,
                 include_all=False, stdin=None, extractor=None, batch=64, min_confidence=None):
    """Index items into ``store`` in input order, skipping documents whose text is unchanged; yields
    (name, status, error) per item, status being new, changed, unchanged or failed.

    Items are read and checked against the store here, in batches; only new or changed ones go to the workers,
    and every document is written here, in its own transaction."""
    from .store import text_hash
    options = {"encoding": encoding, "html": html, "max_bytes": max_bytes, "all": include_all,
               "min_confidence": min_confidence}
    pool = None
    if jobs <= 1:
        _init_worker(people, options, extractor)
    else:
        import multiprocessing as mp
        ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(people, options))
    try:
        it = iter(items)
        while True:
            chunk = []
            for item in it:
                chunk.append(item)
                if len(chunk) >= batch:
                    break
            if not chunk:
                break
            checked = []   # (src, digest, status or error)
            for item in chunk:
                try:
                    src = read_item(item, encoding, html, max_bytes, stdin=stdin)
                except InputError as exc:
                    checked.append((None, None, str(exc)))
                    continue
                digest = text_hash(src.text)
                checked.append((src, digest, store.status(src.name, digest)))
            todo = [src for src, _d, st in checked if src is not None and st in ("new", "changed")]
            done = iter(pool.imap(_index_work, todo, chunksize=max(1, len(todo) // (4 * jobs)))
                        if pool is not None else map(_index_work, todo))
            for src, digest, status in checked:
                if src is None:
                    yield None, "failed", status
                elif status == "unchanged":
                    yield src.name, status, None
                else:
                    records, speakers = next(done)
                    store.write_document(src.name, digest, len(src.text), src.encoding, src.kind, records,
                                         speakers)
                    yield src.name, status, None
    finally:
        if pool is not None:
            pool.terminate()
