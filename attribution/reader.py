"""Reading inputs: bytes from files, the encoding they are in, and the main text of saved web pages.

Everything here is local: nothing is fetched, ever. A problem with one input raises :class:`InputError` with a
one-line message that names the input and the reason; the command line reports it and goes on with the others.

Encodings: a byte-order mark decides first (UTF-8, UTF-16, UTF-32); then strict UTF-8; then Shift_JIS (CP932) or
EUC-JP when the bytes decode strictly into mostly kana and kanji; then charset-normalizer's best guess.
``encoding=`` forces one. Offsets always refer to the decoded
text (for HTML, to the extracted text).
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass

from .errors import InputError

#: default largest input, in bytes (``--max-size``); larger inputs are refused, never truncated
MAX_BYTES = 64 * 1024 * 1024

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"PK\x03\x04", "a ZIP archive"), (b"%PDF", "a PDF document"), (b"\x1f\x8b", "a gzip archive"),
          (b"\x7fELF", "an executable"), (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
          (b"RIFF", "a RIFF (audio or video) file"), (b"\x00\x00\x01\x00", "an icon"))
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")   # control characters (not tab or line ends), U+FFFD


@dataclass(frozen=True)
class Source:
    """One input, read: its name (the path as given), its text, the encoding it was decoded from, and whether the
    text was extracted from HTML (``kind`` ``html``) or is the file itself (``text``)."""
    name: str
    text: str
    encoding: str
    kind: str = "text"


def read_path(path, encoding=None, html=None, max_bytes=MAX_BYTES):
    """Read and decode a file (``-`` is not handled here); HTML when ``html`` is True, or None and the name ends in
    .html/.htm."""
    data = read_bytes(path, max_bytes)
    return source_from_bytes(str(path), data, encoding=encoding,
                             html=html if html is not None else str(path).lower().endswith(HTML_SUFFIXES))


def read_text(path, encoding=None, html=None):
    """The text of the file at ``path`` as ``attribution extract`` reads it: its encoding detected (UTF-8 with or
    without a BOM, UTF-16, Shift_JIS/cp932, EUC-JP, ISO-2022-JP) unless ``encoding`` names one, HTML read as its visible
    text when ``html`` is True (or None and the name ends in .html/.htm). Raises :class:`InputError` naming the file
    when it cannot be read as text."""
    return read_path(path, encoding=encoding, html=html).text


def read_bytes(path, max_bytes=MAX_BYTES):
    name = str(path)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory, not a text file")
        size = st.st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(f"{name}: {size:,} bytes is over the limit of {max_bytes:,} (--max-size)")
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: cannot read it (permission denied)") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a text file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None


def source_from_bytes(name, data, encoding=None, html=False, max_bytes=MAX_BYTES):
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"{name}: {len(data):,} bytes is over the limit of {max_bytes:,} (--max-size)")
    text, used = decode(name, data, encoding)
    if html:
        return Source(name, html_text(name, text), used, "html")
    return Source(name, text, used, "text")


def decode(name, data, encoding=None):
    """(text, encoding used) of ``data``; :class:`InputError` when it is empty, binary or not text."""
    if not data:
        raise InputError(f"{name}: empty file")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r} (--encoding); use a Python codec name such as utf-8, "
                             "cp932, euc_jp, iso2022_jp, utf-16") from None
        try:
            return _checked(name, data.decode(encoding), encoding), encoding
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") \
                from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(name, data.decode(codec), codec), codec
            except UnicodeDecodeError:
                break
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: binary file ({what}), not text")
    if b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(J" in data:   # ISO-2022-JP is 7-bit: valid UTF-8 too
        try:
            return _checked(name, data.decode("iso2022_jp"), "iso2022_jp"), "iso2022_jp"
        except UnicodeDecodeError:
            pass
    try:
        return _checked(name, data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    japanese = _japanese_decoding(data)   # the tool reads Japanese: its encodings come first (a short Shift_JIS
    if japanese is not None:              # line is otherwise easily taken for Korean cp949)
        text, codec = japanese
        return _checked(name, text, codec), codec
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(f"{name}: not UTF-8, and charset-normalizer is not installed to guess its encoding") \
            from None
    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise InputError(f"{name}: not text in any encoding it could detect (give one with --encoding)")
    codec = best.encoding
    return _checked(name, str(best), codec), codec


_JAPANESE_CODECS = ("cp932", "euc_jp")
_JAPANESE_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f\u3000-\u303f\uff01-\uff5e]")


_KANA_KANJI = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")


def has_japanese(text):
    """Whether the text has any kana or kanji."""
    return _KANA_KANJI.search(text) is not None


def japanese_share(text):
    """The share of the characters outside ASCII that are kana, kanji or Japanese punctuation."""
    wide = [c for c in text if ord(c) > 0x7f]
    if not wide:
        return 0.0
    return sum(1 for c in wide if _JAPANESE_CHAR.match(c)) / len(wide)


def _japanese_decoding(data):
    """(text, codec) when ``data`` decodes strictly as Shift_JIS (cp932) or EUC-JP into mostly Japanese, the one
    with more Japanese; else None."""
    best = None
    for codec in _JAPANESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = japanese_share(text)
        if share >= 0.9 and (best is None or share > best[2]):
            best = (text, codec, share)
    return (best[0], best[1]) if best else None


def _checked(name, text, codec):
    """Refuse text that decoded but is not text: mostly control characters or replacement marks."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{name}: no text (only white space)")
    sample = text[:20000]
    if _NOT_TEXT.search(sample) is None:
        return text
    bad = len(_NOT_TEXT.findall(sample))
    if bad > max(8, len(sample) // 20):
        raise InputError(f"{name}: does not decode to sensible text as {codec} ({bad} control or replacement "
                         "characters in the first 20,000); give the encoding with --encoding")
    return text


def html_text(name, markup):
    """The main text of a saved web page (its article), as plain text with one paragraph a line."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{name}: reading HTML needs the html extra: pip install 'attribution[html]'") from None
    text = trafilatura.extract(markup, include_comments=False, include_tables=False, favor_recall=True,
                               no_fallback=False, with_metadata=False)
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in this HTML page")
    return text
