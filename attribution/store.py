"""A persistent quote ledger in SQLite, searchable with FTS5.

Schema (``PRAGMA user_version`` holds :data:`SCHEMA_VERSION`; a later release migrates from it):

- ``documents(id, name UNIQUE, hash, chars, encoding, source, indexed_at)``: one row per document indexed; ``hash``
  is the SHA-256 of its text, so re-indexing skips unchanged documents and replaces changed ones.
- ``speakers(id, name UNIQUE, type)``: one row per canonical name across the corpus.
- ``aliases(speaker_id, doc_id, alias)`` and ``roles(speaker_id, doc_id, role)``: the forms and roles each document
  gives a speaker.
- ``quotes(id, doc_id, start, end, quote, speaker_id, speaker_type, mention, mention_start, mention_end, role, cue,
  rule, confidence, kind, reason, cue_text, context)``: one row per 「…」 span (speech, and with ``include_all`` the others too);
  offsets as in the records of ``attribution extract``.
- ``quotes_fts``: an FTS5 index of ``quotes.quote`` with the trigram tokenizer (works for Japanese without a word
  splitter), kept in step by triggers.

Each document is written in one transaction: an interrupted run leaves whole documents only, and running it again
completes the rest. The database is in WAL mode with ``synchronous = NORMAL``: a committed document survives the
process being killed; a power cut or an OS crash may lose the last documents committed, never part of one (re-indexing
writes them again). Every query is parameterized; a search string is always matched as text.
"""
from __future__ import annotations

import datetime
import hashlib
import sqlite3

from .errors import AttributionError

SCHEMA_VERSION = 2   # 2 added quotes.cue_text; a version 1 database is migrated when opened

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, chars INTEGER NOT NULL,
    encoding TEXT, source TEXT, indexed_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    alias TEXT NOT NULL, UNIQUE (speaker_id, doc_id, alias));
CREATE TABLE IF NOT EXISTS roles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role TEXT NOT NULL, UNIQUE (speaker_id, doc_id, role));
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id), speaker_type TEXT, mention TEXT, mention_start INTEGER,
    mention_end INTEGER, role TEXT, cue TEXT, rule TEXT, confidence REAL, kind TEXT NOT NULL, reason TEXT,
    cue_text TEXT, context TEXT);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(quote, content='quotes', content_rowid='id',
                                                         tokenize='trigram');
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, quote) VALUES (new.id, new.quote); END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, quote) VALUES ('delete', old.id, old.quote); END;
"""

#: each quote with its speaker's name and its document's name, for browsing (Datasette) and plain SQL
VIEW_SQL = """
CREATE VIEW IF NOT EXISTS quote_view AS
SELECT q.id, d.name AS doc, s.name AS speaker, q.speaker_type, q.quote, q.role, q.cue, q.cue_text, q.rule,
       q.confidence, q.kind, q.reason, q.start, q."end", q.mention, q.context
FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN speakers s ON s.id = q.speaker_id;
"""

QUOTE_COLUMNS = ("start", "end", "quote", "speaker_type", "mention", "mention_start", "mention_end", "role", "cue",
                 "rule", "confidence", "kind", "reason", "cue_text", "context")


def datasette_metadata(db_path):
    """Datasette metadata for a ledger database: full-text search on the quotes (also through ``quote_view``) and
    facets by speaker, speaker_type, rule and cue. ``attribution index`` writes it beside the database as
    ``<name>.metadata.json``: ``datasette ledger.sqlite -m ledger.metadata.json``."""
    import os
    name = os.path.splitext(os.path.basename(db_path))[0]
    search = {"fts_table": "quotes_fts", "fts_pk": "id", "searchmode": "raw"}
    return {"title": "attribution: quote ledger",
            "description": "Who said what: every quote with its speaker, cue, the rule that decided and its "
                           "confidence.",
            "databases": {name: {"tables": {
                "quotes": {**search, "facets": ["speaker_type", "rule", "cue", "kind"]},
                "quote_view": {**search, "facets": ["speaker", "speaker_type", "rule", "cue"],
                               "description": "Each quote with its speaker's name and its document's name."}}}}}


class StoreError(AttributionError):
    """The ledger database cannot be opened or used."""


def text_hash(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """A quote ledger database (created when missing)."""

    def __init__(self, path, create=True):
        self.path = str(path)
        try:
            if not create:
                import os
                if not os.path.exists(self.path):
                    raise StoreError(f"no ledger database at {self.path} (create one with: attribution index ... "
                                     f"--db {self.path})")
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, 1, SCHEMA_VERSION):
                raise StoreError(f"{self.path}: ledger schema version {version}; this release reads versions 1 to "
                                 f"{SCHEMA_VERSION}")
            if version == 1:   # version 2 adds the cue as written (older rows keep it empty) and quote_view
                self.db.execute("ALTER TABLE quotes ADD COLUMN cue_text TEXT")
                self.db.execute("ALTER TABLE quotes ADD COLUMN context TEXT")
                self.db.executescript(VIEW_SQL)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if version == 0:
                self.db.executescript(SCHEMA + VIEW_SQL)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable ledger database ({exc})") from None

    def close(self):
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # -- writing ------------------------------------------------------------------------------------------------
    def status(self, name, digest):
        """``new``, ``unchanged`` or ``changed`` for a document of this name and text hash."""
        row = self.db.execute("SELECT hash FROM documents WHERE name = ?", (name,)).fetchone()
        if row is None:
            return "new"
        return "unchanged" if row[0] == digest else "changed"

    def write_document(self, name, digest, chars, encoding, source, records, speakers):
        """Replace (or add) one document with its quotes, speakers, aliases and roles, in one transaction."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM documents WHERE name = ?", (name,))
            cur = db.execute("INSERT INTO documents(name, hash, chars, encoding, source, indexed_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             (name, digest, chars, encoding, source,
                              datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")))
            doc_id = cur.lastrowid
            ids = {}
            for sp in speakers:
                ids[sp["name"]] = self._speaker_id(sp["name"], sp["type"])
                for alias in sp.get("aliases", ()):
                    db.execute("INSERT OR IGNORE INTO aliases(speaker_id, doc_id, alias) VALUES (?, ?, ?)",
                               (ids[sp["name"]], doc_id, alias))
                for role in sp.get("roles", ()):
                    db.execute("INSERT OR IGNORE INTO roles(speaker_id, doc_id, role) VALUES (?, ?, ?)",
                               (ids[sp["name"]], doc_id, role))
            rows = []
            for r in records:
                sid = None
                if r.get("speaker"):
                    sid = ids.get(r["speaker"]) or self._speaker_id(r["speaker"], r.get("speaker_type") or "unknown")
                rows.append((doc_id, sid) + tuple(r.get(c) for c in QUOTE_COLUMNS))
            db.executemany('INSERT INTO quotes(doc_id, speaker_id, start, "end", quote, speaker_type, mention, '
                           "mention_start, mention_end, role, cue, rule, confidence, kind, reason, cue_text, "
                           "context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _speaker_id(self, name, type_):
        self.db.execute("INSERT OR IGNORE INTO speakers(name, type) VALUES (?, ?)", (name, type_))
        return self.db.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()[0]

    # -- reading ------------------------------------------------------------------------------------------------
    def speaker_ids(self, name):
        """Ids of the speakers ``name`` names: a canonical name or any alias (spaces ignored), else a surname or given
        name, a name with an honorific or title, or a role, as :meth:`attribution.Ledger.match_speakers` reads it."""
        key = "".join(name.split())
        rows = self.db.execute(
            "SELECT id FROM speakers WHERE replace(replace(name, ' ', ''), '　', '') = ? "
            "UNION SELECT speaker_id FROM aliases WHERE replace(replace(alias, ' ', ''), '　', '') = ?",
            (key, key)).fetchall()
        if rows:
            return [r[0] for r in rows]
        return [sid for sid, _name in self._matches(name)]

    def _matches(self, name):
        from .ledger import speaker_matches
        found = {}
        for sid, sname in self.db.execute("SELECT id, name FROM speakers ORDER BY id").fetchall():
            aliases = [r[0] for r in self.db.execute("SELECT DISTINCT alias FROM aliases WHERE speaker_id = ?",
                                                     (sid,))]
            roles = [r[0] for r in self.db.execute("SELECT DISTINCT role FROM roles WHERE speaker_id = ?", (sid,))]
            how = speaker_matches(name, sname, aliases, roles)
            if how is not None:
                found.setdefault(how, []).append((sid, sname))
        for how in ("name", "part", "titled", "role"):
            if how in found:
                return found[how]
        return []

    def match_speakers(self, name):
        """Canonical names of the speakers ``name`` names (see :meth:`speaker_ids`)."""
        ids = self.speaker_ids(name)
        if not ids:
            return []
        rows = self.db.execute(f"SELECT name FROM speakers WHERE id IN ({', '.join('?' * len(ids))}) ORDER BY id",
                               ids).fetchall()
        return [r[0] for r in rows]

    def quotes(self, speaker=None, search=None, doc=None, include_all=False, limit=None, min_confidence=None,
               with_context=False):
        """Quote records (as ``attribution extract`` writes them), filtered; in document and text order. With
        ``min_confidence``, speech quotes below it are left out; with ``with_context``, each record also has
        ``context``, the sentence that holds the quote (as stored when indexed)."""
        where, params = [], []
        if not include_all:
            where.append("q.kind = 'speech'")
        if min_confidence:
            where.append("(q.kind != 'speech' OR q.confidence >= ?)")
            params.append(float(min_confidence))
        if speaker is not None:
            ids = self.speaker_ids(speaker)
            if not ids:
                return []
            where.append(f"q.speaker_id IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        if doc is not None:
            where.append("(d.name = ? OR d.name LIKE ? ESCAPE '\\')")
            params.extend([doc, "%" + _like_escape(doc)])
        if search:
            if len(search) >= 3:   # the trigram index needs three characters; the search is one quoted phrase
                where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
                params.append('"' + search.replace('"', '""') + '"')
            else:
                where.append("q.quote LIKE ? ESCAPE '\\'")
                params.append("%" + _like_escape(search) + "%")
        sql = ('SELECT d.name, q.start, q."end", q.quote, s.name, q.speaker_type, q.mention, q.mention_start, '
               "q.mention_end, q.role, q.cue, q.rule, q.confidence, q.kind, q.reason, q.cue_text, d.encoding, "
               "d.source, q.context "
               "FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN speakers s ON s.id = q.speaker_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.id, q.start"
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        keys = ("doc", "start", "end", "quote", "speaker", "speaker_type", "mention", "mention_start", "mention_end",
                "role", "cue", "rule", "confidence", "kind", "reason", "cue_text", "encoding", "source", "context")
        rows = [dict(zip(keys, row, strict=True)) for row in self.db.execute(sql, params)]
        if not with_context:
            for r in rows:
                del r["context"]
        return rows

    def speakers(self, min_confidence=None):
        """Speakers across the corpus: name, type, quote and document counts, roles and aliases. With
        ``min_confidence``, only quotes at or above it count, and speakers left with none are not listed."""
        out = []
        floor = float(min_confidence or 0.0)
        sql = ("SELECT s.id, s.name, s.type, COUNT(q.id), COUNT(DISTINCT q.doc_id) FROM speakers s "
               "LEFT JOIN quotes q ON q.speaker_id = s.id AND q.kind = 'speech' AND q.confidence >= ? GROUP BY s.id "
               + ("HAVING COUNT(q.id) > 0 " if min_confidence else "") + "ORDER BY COUNT(q.id) DESC, s.name")
        for sid, name, type_, nq, nd in self.db.execute(sql, (floor,)).fetchall():
            roles = [r[0] for r in self.db.execute("SELECT DISTINCT role FROM roles WHERE speaker_id = ?", (sid,))]
            aliases = [r[0] for r in self.db.execute("SELECT DISTINCT alias FROM aliases WHERE speaker_id = ?",
                                                     (sid,))]
            out.append({"name": name, "type": type_, "quotes": nq, "documents": nd, "roles": roles,
                        "aliases": aliases})
        return out

    def unnamed_counts(self, min_confidence=None):
        """(quotes, documents) of the speech quotes without a named speaker."""
        row = self.db.execute("SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM quotes WHERE kind = 'speech' AND "
                              "speaker_id IS NULL AND confidence >= ?", (float(min_confidence or 0.0),)).fetchone()
        return row[0], row[1]

    def counts(self):
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "speakers", "quotes")}


def _like_escape(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
