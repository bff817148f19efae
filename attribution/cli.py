"""The command line: parses arguments, calls the public API, prints. Only this module prints or exits.

Exit status: 0 when every input was read, 1 when some inputs failed (each named on stderr; the others are processed
in full), 2 for a usage error (bad option, unreadable people file).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from importlib import resources

from . import __version__
from .errors import AttributionError, InputError
from .extractor import Extractor, merge
from .corpus import Item, extract_stream, iter_inputs, no_japanese_note, read_item
from .reader import MAX_BYTES
from .ledger import (format_csv, format_jsonl, format_markdown, format_speaker_rows, format_speakers, format_table,
                     records_ledger, speakers_records)

FORMATS = ("table", "json", "jsonl", "csv", "markdown")
EXTRACT_FORMATS = FORMATS + ("parquet",)
SAMPLE = "sample_article.txt"


def sample_text():
    return (resources.files("attribution") / "sample" / SAMPLE).read_text(encoding="utf-8")


class UsageError(AttributionError):
    """A combination of options that cannot work; exit status 2."""


def _jobs(value):
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of processes, 1 or more; got {value!r}")
    return n


def _encoding(value):
    import codecs
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}; use a codec name such as utf-8, cp932, "
                                         "euc_jp, iso2022_jp, utf-16") from None


def _size(value):
    """A size for --max-size: bytes, or with K, M or G."""
    text = value.strip().upper().rstrip("B")
    mult = 1
    if text and text[-1] in "KMG":
        mult = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}[text[-1]]
        text = text[:-1]
    try:
        n = float(text) * mult
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (bytes, or a number with K, M or G)") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{value!r}: the size must be positive")
    return int(n)


def _confidence(value):
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 0 to 1") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 0 to 1")
    return number


def build_kind():
    """Which build runs: "compiled with Cython" (ATTRIBUTION_COMPILE=1 pip install .) or "pure Python"."""
    from importlib.machinery import EXTENSION_SUFFIXES

    from . import cues
    return "compiled with Cython" if cues.__file__.endswith(tuple(EXTENSION_SUFFIXES)) else "pure Python"


def build_parser():
    ap = argparse.ArgumentParser(prog="attribution", description="Who said what in Japanese news text.")
    ap.add_argument("--version", action="version", version=f"attribution {__version__} ({build_kind()})")
    sub = ap.add_subparsers(dest="command", required=True)

    def confident(p):
        p.add_argument("--min-confidence", type=_confidence, metavar="X",
                       help="only speech quotes whose confidence (the measured chance that the speaker is right) "
                            "is at least X, from 0 to 1")

    def common(p):
        p.add_argument("--people", metavar="FILE", help="known people (CSV or JSON: name, aliases, role, organization)")

    def inputs(p):
        p.add_argument("--encoding", type=_encoding, metavar="NAME",
                       help="the inputs' encoding, e.g. cp932, euc_jp, iso2022_jp (default: detected; a BOM wins)")
        p.add_argument("--html", action="store_true", default=None,
                       help="the inputs are saved web pages: read their article text (also for names ending .html)")
        p.add_argument("--max-size", type=_size, default=MAX_BYTES, metavar="SIZE",
                       help=f"refuse inputs larger than this (default {MAX_BYTES // 1024 ** 2}M)")
        p.add_argument("--recursive", "-r", action="store_true", help="read folders' subfolders too")
        p.add_argument("--glob", default=None, metavar="PATTERN",
                       help="which files of a folder to read (default: text and saved web pages, *.txt *.html *.htm)")
        p.add_argument("--jsonl", action="store_true", default=None,
                       help="the inputs are JSON Lines corpora, one article a line (also for names ending .jsonl)")
        p.add_argument("--id-field", default="id", metavar="NAME", help="a JSON Lines article's id field (id)")
        p.add_argument("--text-field", default="text", metavar="NAME",
                       help="a JSON Lines article's text field (text)")
        p.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                       help="worker processes, each with its own tagger (default 1)")
        p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="a progress bar on stderr (default: when stderr is a terminal)")

    ex = sub.add_parser("extract", help="quotes and their speakers, as a ledger")
    ex.add_argument("paths", nargs="*", metavar="PATH", help="text files in any Japanese encoding, folders, JSON Lines "
                    "corpora, saved web pages; - for standard input; "
                    "none: the bundled sample article")
    ex.add_argument("--format", choices=EXTRACT_FORMATS,
                    help="output format (default: table on a terminal, else jsonl; parquet needs -o and the "
                         "parquet extra)")
    ex.add_argument("--speaker", metavar="NAME", help="only this speaker's quotes (canonical name or any alias)")
    ex.add_argument("--all", action="store_true", help="also list the spans judged not to be speech, and why")
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE (whole or not at all) instead of stdout")
    ex.add_argument("--print-text", action="store_true",
                    help="print the text the offsets refer to (the decoded file, or the text extracted from HTML)")
    common(ex)
    inputs(ex)
    confident(ex)

    vw = sub.add_parser("view", help="the articles with their quotes highlighted, as one self-contained HTML page")
    vw.add_argument("paths", nargs="*", metavar="PATH", help="as for extract")
    vw.add_argument("-o", "--output", metavar="FILE", help="write the page to FILE (whole or not at all)")
    vw.add_argument("--all", action="store_true", help="also show the spans judged not to be speech, muted")
    vw.add_argument("--title", default="Quotes and their speakers", help="the page's title")
    common(vw)
    inputs(vw)
    confident(vw)

    demo = sub.add_parser("demo", help="run extract on the bundled sample article")
    demo.add_argument("--format", choices=FORMATS, default="table")
    demo.add_argument("--all", action="store_true")

    sp = sub.add_parser("speakers", help="the speakers found, with roles, aliases and quote counts")
    sp.add_argument("paths", nargs="*", metavar="PATH")
    sp.add_argument("--format", choices=("table", "json"), default="table")
    sp.add_argument("--db", metavar="FILE", help="speakers of a ledger database instead of files")
    common(sp)
    inputs(sp)
    confident(sp)

    ix = sub.add_parser("index", help="add documents to a persistent ledger (SQLite), skipping unchanged ones")
    ix.add_argument("paths", nargs="+", metavar="PATH")
    ix.add_argument("--db", required=True, metavar="FILE", help="the ledger database (created when missing)")
    ix.add_argument("--all", action="store_true", help="also store the spans judged not to be speech")
    common(ix)
    inputs(ix)
    confident(ix)

    qu = sub.add_parser("quotes", help="quotes from a ledger database: by speaker, words, document")
    qu.add_argument("--db", required=True, metavar="FILE")
    qu.add_argument("--speaker", metavar="NAME", help="canonical name or any alias")
    qu.add_argument("--search", metavar="WORDS", help="words in the quote (full-text, matched as written)")
    qu.add_argument("--doc", metavar="NAME", help="a document, by the name it was indexed under (or its end)")
    qu.add_argument("--all", action="store_true", help="also spans judged not to be speech (if indexed)")
    qu.add_argument("--limit", type=int, metavar="N")
    qu.add_argument("--format", choices=EXTRACT_FORMATS + ("html",),
                    help="as for extract (parquet needs -o); html: a page of the quotes in their sentences")
    qu.add_argument("-o", "--output", metavar="FILE", help="write to FILE (whole or not at all)")
    confident(qu)

    ev = sub.add_parser("eval", help="score against a gold JSONL file (the evaluation set's format)")
    ap.subcommands = sub.choices
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--root", required=True, metavar="DIR", help="folder the gold file's doc paths are relative to")
    ev.add_argument("--errors", type=int, default=0, metavar="N", help="list the first N errors")
    ev.add_argument("--format", choices=("table", "json"),
                    help="table (default on a terminal): figures and breakdown; json (default otherwise): the "
                         "reference scorer's JSON line, then the breakdown as a second JSON line")
    common(ev)
    return ap


def format_figures(figures):
    """The scorer's figures as a small table."""
    from .ledger import _columns
    rows = [["", "precision", "recall", "F1"],
            ["detection", f"{figures['detect_P']:.3f}", f"{figures['detect_R']:.3f}", f"{figures['detect_F1']:.3f}"],
            ["attribution", f"{figures['attr_P']:.3f}", f"{figures['attr_R']:.3f}", f"{figures['attr_F1']:.3f}"]]
    return (_columns(rows) + f"\n\n  {figures['gold_speech']} gold speech quotes, {figures['gold_named']} with a "
            f"named speaker, {figures['correct']} of those right\n")


def format_breakdown(parts):
    """Where the gold named quotes went, and each rule's precision, as two small tables."""
    total = sum(parts["outcomes"].values())
    lines = ["", f"where the {total} gold quotes with a named speaker went:"]
    for outcome, n in parts["outcomes"].items():
        lines.append(f"  {n:6d}  {n / max(1, total):6.1%}  {outcome}")
    lines += ["", "precision of each rule (quotes it gave a speaker, right, share right):"]
    for rule, r in parts["rules"].items():
        lines.append(f"  {rule:24s} {r['named']:6d} {r['right']:6d}  {r['P']:.3f}")
    return "\n".join(lines) + "\n\n"


def render(ledger, fmt, include_nonspeech=False):
    if fmt == "jsonl":
        return format_jsonl(ledger.to_records(include_nonspeech))
    if fmt == "csv":
        return format_csv(ledger.to_records(include_nonspeech))
    if fmt == "json":
        return ledger.to_json() + "\n"
    if fmt == "markdown":
        return format_markdown(ledger, include_nonspeech)
    return format_table(ledger, include_nonspeech=include_nonspeech)


def _items(args):
    """The inputs named on the command line, in order. With none: standard input when it is a pipe or a file, the
    bundled sample when it is a terminal (see :func:`_default_paths`)."""
    if args.paths == [SAMPLE_PATH]:
        return iter([Item(f"<sample:{SAMPLE}>", text=sample_text(), kind="text")])
    return iter_inputs(args.paths, recursive=args.recursive, glob=args.glob, id_field=args.id_field,
                       text_field=args.text_field, jsonl=args.jsonl)


SAMPLE_PATH = "<sample>"


def _default_paths(args, err):
    """No path given: standard input when something is piped in (cat a.txt | attribution extract), else the
    bundled sample, saying so on stderr."""
    if getattr(args, "paths", None) != []:
        return
    stdin = sys.stdin
    if stdin is not None and not stdin.isatty():
        args.paths = ["-"]
    else:
        args.paths = [SAMPLE_PATH]
        print("attribution: no input given; showing the bundled sample article (attribution demo). "
              "Give files or folders, or pipe text in.", file=err)


def _progress(iterable, args, err, unit="doc"):
    """A progress bar on ``err`` (when it is a terminal, or --progress) that is cleared when the run ends."""
    show = args.progress if args.progress is not None else err.isatty()
    if not show:
        return iterable
    from tqdm import tqdm
    return tqdm(iterable, unit=unit, file=err, dynamic_ncols=True, leave=False)


def _say(message, bars, err):
    """A line on ``err`` above the progress bar, if one is drawn, instead of on its end."""
    if hasattr(bars, "write"):
        bars.write(message, file=err)
    else:
        print(message, file=err)


def _extract_all(extractor, args, err):
    """Ledgers of the inputs that could be read, in order, and the sources read; failures reported on ``err``."""
    ledgers, sources, failed = [], [], 0
    bars = _progress(_items(args), args, err)
    for item in bars:
        try:
            src = read_item(item, args.encoding, args.html, args.max_size, stdin=sys.stdin.buffer)
        except InputError as exc:
            _say(f"attribution: {exc}", bars, err)
            failed += 1
            continue
        note = no_japanese_note(src)
        if note is not None:
            _say(f"attribution: {note}", bars, err)
        sources.append(src)
        ledgers.append(extractor.extract(src.text, doc=src.name).with_source(src.name, src.encoding, src.kind))
    return ledgers, failed, sources


OUTPUT_SUFFIXES = {".html": "html", ".htm": "html", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".md": "markdown",
                   ".markdown": "markdown", ".parquet": "parquet"}


def _report_match(query, matched, known, err):
    """Say on stderr which speakers ``--speaker`` matched when it is not exactly one, and whether any did."""
    if not matched:
        names = ", ".join(known[:20]) + (" ..." if len(known) > 20 else "") if known else "none"
        print(f"attribution: no speaker {query!r} (speakers: {names})", file=err)
        return False
    if len(matched) > 1:
        print(f"attribution: {query!r} matches {len(matched)} speakers: {', '.join(matched)}", file=err)
    return True


def _format_of(output):
    """The format an output file's name asks for (-o ledger.csv), or None."""
    if not output:
        return None
    return OUTPUT_SUFFIXES.get(os.path.splitext(output)[1].lower())


def write_output(text, output, out):
    with _sink(output, out) as fh:
        fh.write(text)
        fh.flush()


def main(argv=None, out=None, err=None):
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:   # an unknown option (extract --fromat): the subcommand's usage, not the top-level one
        sub = parser.subcommands.get(getattr(args, "command", None), parser)
        sub.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return _run(args, out, err)
    except BrokenPipeError:
        # the reader went away (attribution extract ... | head -1): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except AttributionError as exc:
        print(f"attribution: {exc}", file=err)
        return 2


def _run(args, out, err):
    if args.command == "demo":
        ledger = Extractor().extract(sample_text(), doc=f"<sample:{SAMPLE}>")
        out.write(render(ledger, args.format, args.all))
        return 0
    if args.command == "quotes" or (args.command == "speakers" and args.db):
        return _query(args, out, err)
    _default_paths(args, err)
    extractor = Extractor(people=args.people, min_confidence=getattr(args, "min_confidence", None))
    if args.command == "index":
        return _index(extractor, args, out, err)
    if args.command == "eval":
        from .evaluate import evaluate
        figures, errors, texts, parts = evaluate(args.gold, args.root, extractor)
        if (args.format or ("table" if out.isatty() else "json")) == "json":
            out.write(json.dumps(figures, ensure_ascii=False) + "\n")
            out.write(json.dumps(parts, ensure_ascii=False) + "\n")
        else:
            out.write(format_figures(figures) + format_breakdown(parts))
        for doc, (s, e), what, gold, got in errors[: args.errors]:
            snippet = texts[doc][s:e][:40].replace("\n", " ")
            out.write(f"{doc}\t{s}-{e}\t{what}\tgold={gold}\tgot={got}\t{snippet}\n")
        return 0
    if args.command == "extract" and not args.format and _format_of(args.output) == "html":
        args.command = "view"   # extract a.txt -o page.html: the highlighted view
        args.title = "Quotes and their speakers"
    if args.command == "view":
        from .view import render as render_view
        ledgers, failed, _sources = _extract_all(extractor, args, err)
        write_output(render_view(ledgers, include_nonspeech=args.all, title=args.title), args.output, out)
        return 1 if failed else 0
    fmt = getattr(args, "format", None) or _format_of(getattr(args, "output", None)) \
        or ("table" if out.isatty() else "jsonl")
    if fmt == "parquet":
        if not args.output or args.speaker or args.print_text:
            print("attribution: --format parquet writes a file: give -o FILE (and no --speaker or --print-text)",
                  file=err)
            return 2
        return _stream_parquet(extractor, args, err)
    if args.command == "extract" and fmt in ("jsonl", "csv") and not args.speaker and not args.print_text:
        return _stream(extractor, args, fmt, out, err)
    ledgers, failed, sources = _extract_all(extractor, args, err)
    ledger = merge(ledgers)
    if getattr(args, "print_text", False):
        for src in sources:
            out.write(f"== {src.name} ({src.kind}, {src.encoding})\n{src.text}\n")
        return 1 if failed else 0
    if args.command == "speakers":
        if args.format == "json":
            text = json.dumps(speakers_records(ledger), ensure_ascii=False, indent=2) + "\n"
        else:
            text = format_speakers(ledger)
        out.write(text)
        return 1 if failed else 0
    if args.speaker:
        hits = ledger.match_speakers(args.speaker)
        if not _report_match(args.speaker, [s.name for s in hits], [s.name for s in ledger.speakers], err):
            failed += 1
        ledger = ledger.filter(speaker=args.speaker)
    write_output(render(ledger, fmt, args.all), args.output, out)
    return 1 if failed else 0


def _stream(extractor, args, fmt, out, err):
    """Records written as each input is done, in input order (in ``--jobs`` worker processes, each with its own
    tagger): memory stays flat whatever the corpus size."""
    failed = 0
    results = extract_stream(_items(args), jobs=args.jobs, people=args.people, encoding=args.encoding,
                             html=args.html, max_bytes=args.max_size, include_all=args.all, stdin=sys.stdin.buffer,
                             extractor=extractor if args.jobs == 1 else None, serialize=fmt,
                             min_confidence=args.min_confidence)
    with _sink(args.output, out) as fh:
        if fmt == "csv":
            fh.write(format_csv(()))   # the header; the rows come from whoever extracted them
        bars = _progress(results, args, err)
        for _name, text, error, _chars, note in bars:
            if note is not None:
                _say(f"attribution: {note}", bars, err)
            if error is not None:
                _say(f"attribution: {error}", bars, err)
                failed += 1
                continue
            fh.write(text)   # already jsonl or csv, written by whoever extracted it
        fh.flush()
    return 1 if failed else 0


def _stream_parquet(extractor, args, err, batch=20000):
    """Records into a Parquet file (the parquet extra), in batches, written whole or not at all."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        print("attribution: --format parquet needs the parquet extra: pip install 'attribution[parquet]'", file=err)
        return 2
    failed = 0
    results = extract_stream(_items(args), jobs=args.jobs, people=args.people, encoding=args.encoding,
                             html=args.html, max_bytes=args.max_size, include_all=args.all, stdin=sys.stdin.buffer,
                             extractor=extractor if args.jobs == 1 else None, min_confidence=args.min_confidence)

    def batches():
        nonlocal failed
        bars = _progress(results, args, err)
        for _name, recs, error, _chars, note in bars:
            if note is not None:
                _say(f"attribution: {note}", bars, err)
            if error is not None:
                _say(f"attribution: {error}", bars, err)
                failed += 1
                continue
            yield recs

    write_parquet(batches(), args.output, batch, pa, pq)
    return 1 if failed else 0


def write_parquet(groups, path, batch, pa, pq):
    """Record groups into a Parquet file, written whole or not at all (a temporary file renamed at the end)."""
    from .ledger import RECORD_FIELDS
    ints = {"start", "end", "mention_start", "mention_end"}
    schema = pa.schema([(f, pa.int64() if f in ints else pa.float64() if f == "confidence" else pa.string())
                        for f in RECORD_FIELDS])
    fd, tmp = tempfile.mkstemp(prefix=".attribution-", suffix=".parquet", dir=os.path.dirname(os.path.abspath(path)))
    os.close(fd)
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            rows = []
            for recs in groups:
                rows.extend(recs)
                if len(rows) >= batch:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _index(extractor, args, out, err):
    from .corpus import index_stream
    from .store import Store
    counts = {"new": 0, "changed": 0, "unchanged": 0, "failed": 0}
    from .store import datasette_metadata
    with Store(args.db) as store:
        meta = os.path.splitext(args.db)[0] + ".metadata.json"
        write_output(json.dumps(datasette_metadata(args.db), ensure_ascii=False, indent=2) + "\n", meta, out)
        results = index_stream(_items(args), store, jobs=args.jobs, people=args.people, encoding=args.encoding,
                               html=args.html, max_bytes=args.max_size, include_all=args.all,
                               stdin=sys.stdin.buffer, extractor=extractor if args.jobs == 1 else None,
                               min_confidence=args.min_confidence)
        bars = _progress(results, args, err)
        for _name, status, error in bars:
            counts[status] += 1
            if error is not None:
                _say(f"attribution: {error}", bars, err)
        total = store.counts()
    out.write(f"indexed {counts['new']} new and {counts['changed']} changed documents, skipped "
              f"{counts['unchanged']} unchanged, {counts['failed']} failed; the ledger holds {total['documents']} "
              f"documents, {total['speakers']} speakers, {total['quotes']} quotes\n")
    return 1 if counts["failed"] else 0


def _query(args, out, err):
    from .store import Store
    with Store(args.db, create=False) as store:
        if args.command == "speakers":
            rows = store.speakers(min_confidence=args.min_confidence)
            if args.format == "json":
                out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            else:
                unnamed, unnamed_docs = store.unnamed_counts(min_confidence=args.min_confidence)
                out.write(format_speaker_rows(rows, unnamed, unnamed_docs))
            return 0
        status = 0
        if args.speaker:
            matched = store.match_speakers(args.speaker)
            if not _report_match(args.speaker, matched, [r["name"] for r in store.speakers()], err):
                status = 1
        fmt = args.format or _format_of(args.output) or ("table" if out.isatty() else "jsonl")
        records = store.quotes(speaker=args.speaker, search=args.search, doc=args.doc, include_all=args.all,
                               limit=args.limit, min_confidence=args.min_confidence, with_context=fmt == "html")
    if fmt == "html":
        from .view import render_records
        write_output(render_records(records), args.output, out)
        return status
    if fmt == "parquet":
        if not args.output:
            raise UsageError("--format parquet writes a file: give -o FILE")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise UsageError("--format parquet needs the parquet extra: pip install 'attribution[parquet]'") \
                from None
        write_parquet([records], args.output, 20000, pa, pq)
        return 0
    if fmt == "jsonl":
        text = format_jsonl(records)
    elif fmt == "csv":
        text = format_csv(records)
    else:
        text = render(records_ledger(records), fmt, args.all)
    write_output(text, args.output, out)
    return status


class _sink:
    """Standard output, or a temporary file renamed to ``path`` when everything was written (whole or nothing)."""

    def __init__(self, path, out):
        self.path = path
        self.out = out
        self.tmp = None

    def __enter__(self):
        if self.path is None:
            return self.out
        directory = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(directory):
            raise UsageError(f"cannot write {self.path}: the folder {directory} does not exist")
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".attribution-", dir=directory)
        except OSError as exc:
            raise UsageError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, exc_type, exc, tb):
        if self.path is None:
            return False
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        elif os.path.exists(self.tmp):
            os.unlink(self.tmp)
        return False


def entry():  # console script
    sys.exit(main())


if __name__ == "__main__":
    entry()
