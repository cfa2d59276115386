"""The embedded store: one SQLite file per corpus, holding only text and JSON.

Per file it keeps what identifies the file's version (size, modification and change
times, hash),
what was extracted from it, its lines and its sentences (folded, for full-text
lookup); then the merged records; and what the last walk of the corpus saw besides
(``freshness.Snapshot``). Nothing stored can run code when read.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import __version__, spelling
from ..models import record_id
from ..text import fold
from . import FileRow, Lookup, Run, SentenceRow, StoreError

SCHEMA_VERSION = "8"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    sha256 TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    encoding TEXT,
    line_count INTEGER,
    characters INTEGER,
    articles INTEGER
);
CREATE INDEX files_skipped ON files (file) WHERE status = 'skipped';
CREATE TABLE contributions (
    record_id TEXT NOT NULL, file_id INTEGER NOT NULL, file TEXT NOT NULL, kind TEXT NOT NULL,
    family TEXT, data TEXT NOT NULL
);
CREATE INDEX contributions_by_record ON contributions (record_id);
CREATE INDEX contributions_by_file ON contributions (file_id);
CREATE INDEX contributions_by_family ON contributions (family);
CREATE TABLE refs (record_id TEXT NOT NULL, ref_id TEXT NOT NULL, file_id INTEGER NOT NULL);
CREATE INDEX refs_by_ref ON refs (ref_id);
CREATE INDEX refs_by_file ON refs (file_id);
CREATE TABLE aliases (id TEXT PRIMARY KEY, target TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE lines (
    file_id INTEGER NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (file_id, line)
) WITHOUT ROWID;
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, line INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, pid TEXT NOT NULL, page INTEGER
);
CREATE INDEX sentences_by_file ON sentences (file_id);
CREATE INDEX sentences_by_pid ON sentences (pid);
CREATE VIRTUAL TABLE sentence_text USING fts5 (folded, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE records (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX records_by_kind ON records (kind);
CREATE VIRTUAL TABLE record_text USING fts5 (folded, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE spellings (variant TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (variant, term)) WITHOUT ROWID;
"""


_HEADER_SIZE = 100  # bytes of an SQLite file's header
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK}  # what os.link says on FAT, some network drives


class SqliteStore:
    """``storage.Store`` in SQLite, with FTS5 over folded text for full-text lookup."""

    failures = (sqlite3.DatabaseError,)
    merges_alone = True  # one corpus, one writer at a time

    def __init__(self, connection: sqlite3.Connection, path: Path | None, rules: str = "", corpus: str = ""):
        self.db = connection
        self.path = path  # None: in memory
        self.rules = rules  # the fingerprint of the rules that extracted its records
        self.corpus = corpus  # what it indexes, as JSON, for 'nghiquyet cache' (``stores.py``)

    @classmethod
    def open(cls, path: Path | None, rules: str, corpus: str = "") -> SqliteStore:
        """The store at ``path`` (made if new), or one in memory for ``None``, of records
        extracted by the rules of fingerprint ``rules``.

        Raises ``StoreError`` when the file is not a store of this version and these rules.
        """
        try:
            if path and not path.exists():
                _make_whole(path, rules, corpus)
            elif path and path.stat().st_size < _HEADER_SIZE:
                raise StoreError("the file is cut short")  # SQLite would take it for a new, empty store
            db = sqlite3.connect(str(path) if path else ":memory:", timeout=600, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 600000")
            store = cls(db, path, rules, corpus)
            store._prepare(path is not None)
            return store
        except sqlite3.DatabaseError as error:
            raise StoreError(str(error)) from error
        except OSError as error:  # the file went, or could not be made
            raise StoreError(error.strerror or str(error)) from error

    def _prepare(self, on_disk: bool) -> None:
        if on_disk:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            with self.transaction():
                if not self.db.execute("SELECT 1 FROM sqlite_master").fetchone():  # not made meanwhile
                    self._create()
            return
        version = dict(self.db.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
        if version.get("schema") != SCHEMA_VERSION or version.get("tool") != __version__:
            raise StoreError(f"written by another version of nghiquyet ({version.get('tool', 'unknown')}, "
                             f"store format {version.get('schema', 'unknown')}; this is {__version__}, "
                             f"format {SCHEMA_VERSION})")
        if version.get("rules") != self.rules:
            raise StoreError(f"its records came from other extraction rules: {version.get('rules', 'unknown')[:12]},"
                             f" not {self.rules[:12]}")

    def _create(self) -> None:
        for statement in _SCHEMA.split(";\n"):
            if statement.strip():
                self.db.execute(statement)
        self.db.executemany("INSERT INTO meta VALUES (?, ?)",
                            [("schema", SCHEMA_VERSION), ("tool", __version__), ("rules", self.rules),
                             ("corpus", self.corpus)])

    @property
    def location(self) -> str:
        return str(self.path) if self.path else "memory"

    def transaction(self):
        return _Transaction(self.db)

    def lock_records(self) -> None:
        """The transaction holds the only write lock already."""

    def close(self) -> None:
        self.db.close()

    # -- files ----------------------------------------------------------------------------

    def files(self) -> list[FileRow]:
        rows = self.db.execute("SELECT id, path, file, size, mtime_ns, sha256, status, reason, encoding,"
                               " line_count, characters, articles FROM files ORDER BY file, path")
        return [FileRow(*row) for row in rows]

    def file_states(self) -> dict[str, tuple[int, int, int, int, str | None]]:
        """path -> (id, size, mtime_ns, ctime_ns, sha256) of every file the store knows."""
        return {row[0]: row[1:] for row in self.db.execute("SELECT path, id, size, mtime_ns, ctime_ns, sha256"
                                                           " FROM files")}

    def file_times(self) -> list[tuple[str, int, int, int]]:
        """(path, size, mtime_ns, ctime_ns) of every file the store knows."""
        return self.db.execute("SELECT path, size, mtime_ns, ctime_ns FROM files").fetchall()

    def snapshot(self) -> str | None:
        """What the last walk of the corpus saw besides its files (``freshness.Snapshot``, as JSON)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'snapshot'").fetchone()
        return row[0] if row else None

    def set_snapshot(self, snapshot: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('snapshot', ?)", (snapshot,))

    def begin_reading(self) -> None:
        """Every read from now until ``end_reading`` (or ``close``) sees the same committed state."""
        self.db.execute("BEGIN")

    def end_reading(self) -> None:
        self.db.execute("COMMIT")

    def skipped_files(self) -> list[tuple[str, str]]:
        return list(self.db.execute("SELECT file, coalesce(reason, 'unreadable') FROM files WHERE status = 'skipped'"
                                    " ORDER BY file"))

    def touch_file(self, file_id: int, size: int, mtime_ns: int, ctime_ns: int) -> None:
        self.db.execute("UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ? WHERE id = ?",
                        (size, mtime_ns, ctime_ns, file_id))

    def remove_files(self, ids: Iterable[int]) -> None:
        for file_id in ids:
            sentence_ids = [r[0] for r in self.db.execute("SELECT id FROM sentences WHERE file_id = ?", (file_id,))]
            self.db.executemany("DELETE FROM sentence_text WHERE rowid = ?", [(i,) for i in sentence_ids])
            self.db.execute("DELETE FROM sentences WHERE file_id = ?", (file_id,))
            self.db.execute("DELETE FROM lines WHERE file_id = ?", (file_id,))
            self.db.execute("DELETE FROM contributions WHERE file_id = ?", (file_id,))
            self.db.execute("DELETE FROM refs WHERE file_id = ?", (file_id,))
            self.db.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def add_file(self, path: str, file: str, size: int, mtime_ns: int, ctime_ns: int, status: str,
                 reason: str | None = None, encoding: str | None = None) -> int:
        """A file as found; its parts follow (``add_part``), then ``finish_file``."""
        return self.db.execute(
            "INSERT INTO files (path, file, size, mtime_ns, ctime_ns, status, reason, encoding, line_count,"
            " characters, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
            (path, file, size, mtime_ns, ctime_ns, status, reason, encoding)).lastrowid

    def add_part(self, file_id: int, file: str, first_line: int, text: str, starts_article: bool,
                 contributions: list[tuple[str, str, str | None, str]], refs: list[tuple[str, str]],
                 sentences: list[tuple[int, int, int, int | None, str]]) -> None:
        """A stretch of a file from ``first_line`` (an article, or part of a long one): its
        text, the records it contributes (id, kind, family, JSON), the papers its meetings
        name (meeting id, paper id) and its sentences (line, start, end, a PDF's page, folded text)."""
        lines = text.split("\n")
        self.db.executemany("INSERT OR REPLACE INTO lines VALUES (?, ?, ?)",
                            [(file_id, n, line) for n, line in enumerate(lines, first_line) if line.strip()])
        self.db.execute("UPDATE files SET line_count = line_count + ?, characters = characters + ?,"
                        " articles = articles + ? WHERE id = ?",
                        (len(lines) - (lines[-1] == ""), len(text), int(starts_article), file_id))
        self.db.executemany("INSERT INTO contributions VALUES (?, ?, ?, ?, ?, ?)",
                            [(rid, file_id, file, kind, family, data) for rid, kind, family, data in contributions])
        self.db.executemany("INSERT INTO refs VALUES (?, ?, ?)", [(rid, ref, file_id) for rid, ref in refs])
        first = self._next_sentence_id()
        numbered = [(first + i, *sentence) for i, sentence in enumerate(sentences)]
        self.db.executemany("INSERT INTO sentences (id, file_id, line, start, end, pid, page)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(i, file_id, line, start, end, record_id("passage", file, line, start), page)
                             for i, line, start, end, page, _ in numbered])
        self.db.executemany("INSERT INTO sentence_text (rowid, folded) VALUES (?, ?)",
                            [(i, folded) for i, *_, folded in numbered])

    def finish_file(self, file_id: int, sha256: str | None) -> None:
        self.db.execute("UPDATE files SET sha256 = ?, line_count = nullif(line_count, 0),"
                        " characters = nullif(characters, 0), articles = nullif(articles, 0) WHERE id = ?",
                        (sha256, file_id))

    def _next_sentence_id(self) -> int:
        return (self.db.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0) + 1

    # -- contributions: each file's own records, from which the merged ones are made -------

    def contributed_ids(self, file_ids: Iterable[int]) -> set[str]:
        return {row[0] for file_id in file_ids
                for row in self.db.execute("SELECT record_id FROM contributions WHERE file_id = ?", (file_id,))}

    def families_of(self, record_ids: Iterable[str]) -> set[str]:
        return {row[0] for rid in record_ids for row in self.db.execute(
            "SELECT family FROM contributions WHERE record_id = ? AND family IS NOT NULL", (rid,))}

    def family_members(self, families: Iterable[str]) -> dict[str, set[str]]:
        members: dict[str, set[str]] = {}
        for family in families:
            rows = self.db.execute("SELECT record_id FROM contributions WHERE family = ?", (family,))
            members[family] = {row[0] for row in rows}
        return members

    def contributions(self, record_ids: Iterable[str]) -> Iterator[tuple[str, dict]]:
        """(id, JSON object) of each contribution to these records, an id's in file order."""
        for rid in sorted(record_ids):
            for (data,) in self.db.execute("SELECT data FROM contributions WHERE record_id = ? ORDER BY file, file_id",
                                           (rid,)):
                yield rid, json.loads(data)

    def referring(self, ref_ids: Iterable[str]) -> set[str]:
        """The meetings whose articles name these papers."""
        return {row[0] for ref in ref_ids for row in self.db.execute("SELECT record_id FROM refs WHERE ref_id = ?",
                                                                      (ref,))}

    def aliases(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, target FROM aliases"))

    def set_aliases(self, forget: Iterable[str], aliases: dict[str, str]) -> None:
        self.db.executemany("DELETE FROM aliases WHERE id = ?", [(i,) for i in forget])
        self.db.executemany("INSERT OR REPLACE INTO aliases VALUES (?, ?)", aliases.items())

    def line(self, file: str, line: int) -> str | None:
        row = self.db.execute("SELECT l.text FROM lines l JOIN files f ON f.id = l.file_id"
                              " WHERE f.file = ? AND l.line = ?", (file, line)).fetchone()
        return row[0] if row else None

    # -- records --------------------------------------------------------------------------

    def write_record(self, record_id: str, kind: str, data: str, texts: list[str]) -> None:
        """Put a record (its JSON, and its texts folded for FTS5) in place; unchanged, it is left alone."""
        row = self.db.execute("SELECT data FROM records WHERE id = ?", (record_id,)).fetchone()
        if row and row[0] == data:
            return
        self._delete_record(record_id)
        rowid = self.db.execute("INSERT INTO records (id, kind, data) VALUES (?, ?, ?)",
                                (record_id, kind, data)).lastrowid
        self.db.execute("INSERT INTO record_text (rowid, folded) VALUES (?, ?)",
                        (rowid, " | ".join(fold(text) for text in texts)))

    def remove_records(self, ids: Iterable[str]) -> None:
        for key in ids:
            self._delete_record(key)

    def _delete_record(self, record_id: str) -> None:
        row = self.db.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()
        if row:
            self.db.execute("DELETE FROM record_text WHERE rowid = ?", row)
            self.db.execute("DELETE FROM records WHERE rowid = ?", row)

    def records(self, kinds: Iterable[str] | None = None) -> Iterator[dict]:
        if kinds is None:
            rows = self.db.execute("SELECT data FROM records ORDER BY id")
        else:
            kinds = list(kinds)
            rows = self.db.execute(f"SELECT data FROM records WHERE kind IN ({','.join('?' * len(kinds))})"
                                   " ORDER BY id", kinds)
        for (data,) in rows:
            yield json.loads(data)

    def record_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT kind, count(*) FROM records GROUP BY kind"))

    def record(self, record_id: str) -> dict | None:
        """The record of an id, or of the id it joined (an undated paper's)."""
        row = self.db.execute("SELECT data FROM records"
                              " WHERE id = coalesce((SELECT target FROM aliases WHERE id = ?), ?)",
                              (record_id, record_id)).fetchone()
        return json.loads(row[0]) if row else None

    def record_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT id FROM records ORDER BY id")]

    # -- full-text lookup -----------------------------------------------------------------

    def matching_records(self, lookup: Lookup, kinds: list[str], limit: int) -> list[dict]:
        rows = self.db.execute(
            "SELECT r.data FROM record_text t JOIN records r ON r.rowid = t.rowid"
            f" WHERE record_text MATCH ? AND r.kind IN ({','.join('?' * len(kinds))}) ORDER BY t.rank LIMIT ?",
            (_fts_expression(lookup), *kinds, limit))
        return [json.loads(data) for (data,) in rows]

    _SENTENCE = ("SELECT s.pid, f.file, s.line, s.start, s.end, l.text, s.page FROM sentences s"
                 " JOIN files f ON f.id = s.file_id JOIN lines l ON l.file_id = s.file_id AND l.line = s.line")

    def matching_sentences(self, lookup: Lookup, limit: int) -> list[SentenceRow]:
        rows = self.db.execute(self._SENTENCE + " JOIN sentence_text t ON t.rowid = s.id"
                               " WHERE sentence_text MATCH ? ORDER BY t.rank LIMIT ?", (_fts_expression(lookup), limit))
        return [SentenceRow(*row) for row in rows]

    def sentence(self, pid: str) -> SentenceRow | None:
        row = self.db.execute(self._SENTENCE + " WHERE s.pid = ?", (pid,)).fetchone()
        return SentenceRow(*row) if row else None

    def near_words(self, word: str) -> set[str]:
        """The words that share a form with ``word``, one letter left out (``spelling``)."""
        variants = list(spelling.variants(word))
        rows = self.db.execute(f"SELECT term FROM spellings WHERE variant IN ({','.join('?' * len(variants))})",
                               variants)
        return {row[0] for row in rows}

    def refresh_vocabulary(self) -> None:
        self.db.executemany("INSERT OR IGNORE INTO spellings VALUES (?, ?)",
                            ((variant, term) for term in self._vocabulary() for variant in spelling.variants(term)))

    def _vocabulary(self) -> Iterator[str]:
        for table in ("sentence_text", "record_text"):
            self.db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms"
                            f" USING fts5vocab(main, {table}, row)")
            for (term,) in self.db.execute(f"SELECT term FROM temp.{table}_terms"):
                yield term


def _fts_expression(lookup: Lookup) -> str:
    """FTS5's query for a lookup: every group, each as one of its phrases."""
    return " AND ".join("(" + " OR ".join(_quoted(run) for run in group) + ")" for group in lookup)


def _quoted(run: Run) -> str:
    return '"' + " ".join(run) + '"'


def _make_whole(path: Path, rules: str, corpus: str) -> None:
    """A new store at ``path``, made aside and linked into place, so that another run
    never finds it half made (a store of a few bytes is a damaged one). When another run
    made one meanwhile, theirs stays. Where files cannot be linked, SQLite makes it in
    place when it is opened, as it makes any."""
    handle, name = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".new", dir=path.parent)
    os.close(handle)
    aside = Path(name)
    try:
        db = sqlite3.connect(name, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            store = SqliteStore(db, aside, rules, corpus)
            with store.transaction():
                store._create()
        finally:
            db.close()
        os.link(aside, path)
    except FileExistsError:
        pass
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
    finally:
        remove_store(aside)


def remove_store(path: Path) -> None:
    """A store's file and SQLite's files beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``: one writer at a time; all or nothing."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, kind, error, trace):
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
        return False
