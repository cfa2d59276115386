"""``export --sqlite FILE``: the index as related tables in a new SQLite file, for
Datasette, pandas or any SQL tool (docs/export-sqlite.md shows them, and the README's
questions asked in SQL).

A row's references to records are foreign keys; one to a record the filters left out is
dropped (an attendance) or left empty (a mention's meeting), so ``PRAGMA
foreign_key_check`` finds nothing. A record's ``file`` is a name in ``files``, not a key:
in a shared index two collections may each have a file of that name (``files.collection``
tells them apart), and a merged record does not say which one it was first found in.
The file is written beside its place under another name and renamed
over it at the end: a reader never sees half of one, and a failure leaves what was
there before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..replacing import replacing
from . import Selection

SCHEMA = """
CREATE TABLE export (version TEXT NOT NULL, corpus TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY, collection TEXT, file TEXT NOT NULL, sha256 TEXT, status TEXT NOT NULL, reason TEXT,
    UNIQUE (collection, file)
);
CREATE INDEX files_by_name ON files (file);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL, body TEXT,
    province TEXT, ordinal INTEGER, khoa TEXT, term TEXT,
    date TEXT, date_precision TEXT NOT NULL, date_inferred INTEGER NOT NULL, date_basis TEXT, date_until TEXT,
    same_as TEXT, file TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER
);
CREATE INDEX meetings_by_date ON meetings (date);
CREATE INDEX meetings_by_term ON meetings (term, date);
CREATE INDEX meetings_by_type ON meetings (type, ordinal);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL,
    file TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER
);
CREATE INDEX people_by_name ON people (name);
CREATE TABLE titles (
    person_id TEXT NOT NULL REFERENCES people (id), title TEXT NOT NULL,
    date TEXT, date_precision TEXT NOT NULL, date_inferred INTEGER NOT NULL,
    file TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER
);
CREATE INDEX titles_by_person ON titles (person_id);
CREATE INDEX titles_by_title ON titles (title);
CREATE TABLE attendance (
    meeting_id TEXT NOT NULL REFERENCES meetings (id), person_id TEXT NOT NULL REFERENCES people (id),
    name TEXT NOT NULL, PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_person ON attendance (person_id);
CREATE TABLE roles (
    meeting_id TEXT NOT NULL, person_id TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (meeting_id, person_id, role),
    FOREIGN KEY (meeting_id, person_id) REFERENCES attendance (meeting_id, person_id)
) WITHOUT ROWID;
CREATE INDEX roles_by_role ON roles (role);
CREATE TABLE papers (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, type TEXT NOT NULL, label TEXT NOT NULL, number TEXT, issuer TEXT,
    subject TEXT, term TEXT, meeting_id TEXT REFERENCES meetings (id),
    file TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER
);
CREATE INDEX papers_by_number ON papers (number);
CREATE TABLE mentions (
    paper_id TEXT NOT NULL REFERENCES papers (id), meeting_id TEXT REFERENCES meetings (id), action TEXT,
    file TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER
);
CREATE INDEX mentions_by_paper ON mentions (paper_id);
CREATE INDEX mentions_by_meeting ON mentions (meeting_id);
CREATE VIEW resolutions AS SELECT * FROM papers WHERE kind = 'resolution';
CREATE VIEW documents AS SELECT * FROM papers WHERE kind = 'document';
"""


class WriteFailed(OSError):
    """SQLite could not write the file; the message says why, on one line."""


def write(selection: Selection, path: Path, before_replacing: Callable[[], None] = lambda: None) -> None:
    """The selection as a new SQLite file at ``path``, replacing what was there once
    whole; ``before_replacing`` runs last before that (and may still stop it)."""
    with replacing(path) as part:
        _write_tables(str(part), selection)
        before_replacing()


def _write_tables(name: str, selection: Selection) -> None:
    try:
        db = sqlite3.connect(name, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.executescript(SCHEMA)
            db.execute("BEGIN")
            _fill(db, selection)
            db.execute("COMMIT")
        finally:
            db.close()
    except sqlite3.Error as error:  # a full disk, a constraint broken: one line, as for OSError
        raise WriteFailed(f"SQLite: {error}") from error


def _source(source) -> tuple:
    return source.file, source.line, source.page


def _fill(db: sqlite3.Connection, selection: Selection) -> None:
    head = selection.head()
    db.execute("INSERT INTO export VALUES (?, ?)", (head["version"], "\n".join(head["corpus"])))
    db.executemany("INSERT INTO files (collection, file, sha256, status, reason) VALUES (?, ?, ?, ?, ?)",
                   [(f.get("collection"), f["file"], f["sha256"], f["status"], f.get("reason")) for f in head["files"]])
    meetings = selection.records("meeting")
    people = selection.records("person")
    meeting_ids, person_ids = {m.id for m in meetings}, {p.id for p in people}
    db.executemany("INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (m.id, m.label, m.type, m.status, m.body, m.province, m.ordinal, m.khoa, m.term, *_date(m.date),
         m.date.basis, m.date.until, m.same_as, *_source(m.source)) for m in meetings])
    db.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?)", [(p.id, p.name, *_source(p.source)) for p in people])
    db.executemany("INSERT INTO titles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
        (p.id, t.title, *_date(t.date), *_source(t.source)) for p in people for t in p.titles])
    present = [(m.id, a) for m in meetings for a in m.people if a.person_id in person_ids]
    db.executemany("INSERT OR IGNORE INTO attendance VALUES (?, ?, ?)", [(m, a.person_id, a.name) for m, a in present])
    db.executemany("INSERT OR IGNORE INTO roles VALUES (?, ?, ?)",
                   [(m, a.person_id, role) for m, a in present for role in a.roles])
    papers = selection.records("resolution") + selection.records("document")
    db.executemany("INSERT INTO papers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (r.id, r.kind, r.type, r.label, r.number, r.issuer, r.subject, r.term,
         r.meeting_id if r.meeting_id in meeting_ids else None, *_source(r.source)) for r in papers])
    db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", [
        (r.id, x.meeting_id if x.meeting_id in meeting_ids else None, x.action, *_source(x.source))
        for r in papers for x in r.mentions])


def _date(value) -> tuple:
    return value.value, value.precision, int(value.inferred)
