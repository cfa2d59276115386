"""The shared store: a PostgreSQL database that many indexers write and many readers query.

Everything lives in the schema ``nghiquyet``. Each corpus is a named collection: its
files, lines, passages and what each file contributes carry the collection's name (the
key to distribute them by). The merged records (``records``) are one set for the whole
database: a meeting two collections report is one record, made from both. From them,
in the same transaction, come relational tables for any SQL client (``meetings``,
``people``, ``titles``, ``attendance``, ``papers``, ``mentions``), each row keyed by a
collection that gave the record; ``docs/postgresql.md`` describes them.

Matching runs in the server: ``fold`` (``unaccent``, which takes đ to d, then lower case)
feeds a ``simple`` text-search vector of every passage and record, and a search's
``Lookup`` becomes a ``tsquery`` of phrases; near spellings come from a trigram index
(``pg_trgm``) of every word. Ranking stays in Python, as for the embedded store.

Writers: ``transaction`` holds the collection's advisory lock (one writer a collection,
as SQLite's one writer a file), or for a shard of it, the collection's lock shared and
the shard's alone; ``lock_records`` adds the database's merge lock, so that merges
happen one after another, each reading what the others committed. Everything an indexer
writes commits at once or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import psycopg

from ..models import record_id
from . import FileRow, Lookup, SentenceRow, Unusable

SCHEMA_VERSION = "3"
_LOCKS, _SHARD_LOCKS = 7401, 7402  # the first keys of this program's advisory locks
_SCHEMA_LOCK, _MERGE_LOCK = 0, 1  # second keys; a collection's is the hash of its name
TYPO_SIMILARITY = 0.1  # trigram similarity a near spelling may fall to (a letter changed in three)

# Format 3: the relational tables, for any SQL client, each row keyed by the collection that
# gave it (a record several collections gave is a row in each). Also what a database of
# format 2 gains (``_migrate``). A file's lines, passages and contributions have no foreign
# key to it: checked a row at a time, such keys made writing them three times as slow.
_TABLES_V3 = """
CREATE INDEX aliases_by_target ON nghiquyet.aliases (target);
CREATE TABLE nghiquyet.record_collections (
    collection text NOT NULL REFERENCES nghiquyet.collections,
    record_id text COLLATE "C" NOT NULL REFERENCES nghiquyet.records ON DELETE CASCADE,
    PRIMARY KEY (collection, record_id)
);
CREATE INDEX record_collections_by_record ON nghiquyet.record_collections (record_id);
CREATE TABLE nghiquyet.meetings (
    collection text NOT NULL, id text COLLATE "C" NOT NULL, label text NOT NULL, type text NOT NULL,
    status text NOT NULL, body text, province text, ordinal integer, khoa text, term text,
    date text, date_precision text NOT NULL, date_inferred boolean NOT NULL, date_until text, same_as text,
    file text NOT NULL, line integer NOT NULL, page integer,
    PRIMARY KEY (collection, id),
    FOREIGN KEY (collection, id) REFERENCES nghiquyet.record_collections ON DELETE CASCADE
);
CREATE INDEX meetings_by_date ON nghiquyet.meetings (date);
CREATE INDEX meetings_by_term ON nghiquyet.meetings (term, date);
CREATE INDEX meetings_by_type ON nghiquyet.meetings (type, ordinal);
CREATE TABLE nghiquyet.people (
    collection text NOT NULL, id text COLLATE "C" NOT NULL, name text NOT NULL,
    file text NOT NULL, line integer NOT NULL, page integer,
    PRIMARY KEY (collection, id),
    FOREIGN KEY (collection, id) REFERENCES nghiquyet.record_collections ON DELETE CASCADE
);
CREATE INDEX people_by_name ON nghiquyet.people (name);
CREATE TABLE nghiquyet.titles (
    collection text NOT NULL, person_id text COLLATE "C" NOT NULL, n integer NOT NULL, title text NOT NULL,
    date text, date_precision text NOT NULL, file text NOT NULL, line integer NOT NULL, page integer,
    PRIMARY KEY (collection, person_id, n),
    FOREIGN KEY (collection, person_id) REFERENCES nghiquyet.people ON DELETE CASCADE
);
CREATE INDEX titles_by_title ON nghiquyet.titles (title);
CREATE TABLE nghiquyet.attendance (
    collection text NOT NULL, meeting_id text COLLATE "C" NOT NULL, person_id text COLLATE "C" NOT NULL,
    name text NOT NULL, roles text[] NOT NULL,
    PRIMARY KEY (collection, meeting_id, person_id),
    FOREIGN KEY (collection, meeting_id) REFERENCES nghiquyet.meetings ON DELETE CASCADE
);
CREATE INDEX attendance_by_person ON nghiquyet.attendance (person_id);
CREATE TABLE nghiquyet.papers (
    collection text NOT NULL, id text COLLATE "C" NOT NULL, kind text NOT NULL, type text NOT NULL,
    label text NOT NULL, number text, issuer text, subject text, term text, meeting_id text COLLATE "C",
    file text NOT NULL, line integer NOT NULL, page integer,
    PRIMARY KEY (collection, id),
    FOREIGN KEY (collection, id) REFERENCES nghiquyet.record_collections ON DELETE CASCADE
);
CREATE INDEX papers_by_number ON nghiquyet.papers (number);
CREATE TABLE nghiquyet.mentions (
    collection text NOT NULL, paper_id text COLLATE "C" NOT NULL, n integer NOT NULL,
    meeting_id text COLLATE "C", action text, file text NOT NULL, line integer NOT NULL, page integer,
    PRIMARY KEY (collection, paper_id, n),
    FOREIGN KEY (collection, paper_id) REFERENCES nghiquyet.papers ON DELETE CASCADE
);
CREATE INDEX mentions_by_meeting ON nghiquyet.mentions (meeting_id);
CREATE VIEW nghiquyet.resolutions AS SELECT * FROM nghiquyet.papers WHERE kind = 'resolution';
CREATE VIEW nghiquyet.documents AS SELECT * FROM nghiquyet.papers WHERE kind = 'document';
"""

# The relational rows of the records ``%(ids)s``, made again from their JSON: a record's
# collections are those of its contributions and of those of the undated papers joined to it.
_DERIVE = [
    "DELETE FROM record_collections WHERE record_id = ANY(%(ids)s)",  # and, by cascade, the rows below
    "INSERT INTO record_collections (collection, record_id)"
    " SELECT c.collection, r.id FROM records r JOIN contributions c ON c.record_id = r.id WHERE r.id = ANY(%(ids)s)"
    " UNION SELECT c.collection, r.id FROM records r JOIN aliases a ON a.target = r.id"
    " JOIN contributions c ON c.record_id = a.id WHERE r.id = ANY(%(ids)s)",
    "INSERT INTO meetings SELECT rc.collection, r.id, d->>'label', d->>'type', d->>'status', d->>'body',"
    " d->>'province', (d->>'ordinal')::integer, d->>'khoa', d->>'term', d->'date'->>'value',"
    " d->'date'->>'precision', (d->'date'->>'inferred')::boolean, d->'date'->>'until', d->>'same_as',"
    " d->'source'->>'file', (d->'source'->>'line')::integer, (d->'source'->>'page')::integer"
    " FROM record_collections rc JOIN records r ON r.id = rc.record_id, LATERAL (SELECT r.data AS d) x"
    " WHERE rc.record_id = ANY(%(ids)s) AND r.kind = 'meeting'",
    "INSERT INTO people SELECT rc.collection, r.id, d->>'name',"
    " d->'source'->>'file', (d->'source'->>'line')::integer, (d->'source'->>'page')::integer"
    " FROM record_collections rc JOIN records r ON r.id = rc.record_id, LATERAL (SELECT r.data AS d) x"
    " WHERE rc.record_id = ANY(%(ids)s) AND r.kind = 'person'",
    "INSERT INTO titles SELECT rc.collection, r.id, t.n, t.v->>'title', t.v->'date'->>'value',"
    " t.v->'date'->>'precision', t.v->'source'->>'file', (t.v->'source'->>'line')::integer,"
    " (t.v->'source'->>'page')::integer"
    " FROM record_collections rc JOIN records r ON r.id = rc.record_id,"
    " json_array_elements(r.data->'titles') WITH ORDINALITY t(v, n)"
    " WHERE rc.record_id = ANY(%(ids)s) AND r.kind = 'person'",
    "INSERT INTO attendance SELECT rc.collection, r.id, p->>'person_id', p->>'name',"
    " ARRAY(SELECT json_array_elements_text(p->'roles'))"
    " FROM record_collections rc JOIN records r ON r.id = rc.record_id, json_array_elements(r.data->'people') p"
    " WHERE rc.record_id = ANY(%(ids)s) AND r.kind = 'meeting'",
    "INSERT INTO papers SELECT rc.collection, r.id, r.kind, d->>'type', d->>'label', d->>'number', d->>'issuer',"
    " d->>'subject', d->>'term', d->>'meeting_id',"
    " d->'source'->>'file', (d->'source'->>'line')::integer, (d->'source'->>'page')::integer"
    " FROM record_collections rc JOIN records r ON r.id = rc.record_id, LATERAL (SELECT r.data AS d) x"
    " WHERE rc.record_id = ANY(%(ids)s) AND r.kind IN ('resolution', 'document')",
    "INSERT INTO mentions SELECT rc.collection, r.id, m.n, m.v->>'meeting_id', m.v->>'action',"
    " m.v->'source'->>'file', (m.v->'source'->>'line')::integer, (m.v->'source'->>'page')::integer"
    " FROM record_collections rc JOIN records r ON r.id = rc.record_id,"
    " json_array_elements(r.data->'mentions') WITH ORDINALITY m(v, n)"
    " WHERE rc.record_id = ANY(%(ids)s) AND r.kind IN ('resolution', 'document')",
]

_SCHEMA = """
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE SCHEMA IF NOT EXISTS nghiquyet;
CREATE TABLE nghiquyet.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE FUNCTION nghiquyet.fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)),
                                '[^a-z0-9]+', ' ', 'g') $$;
CREATE TABLE nghiquyet.collections (
    name text PRIMARY KEY, corpus json NOT NULL, rules text NOT NULL, snapshot text
);
CREATE TABLE nghiquyet.files (
    collection text NOT NULL REFERENCES nghiquyet.collections, id bigint GENERATED ALWAYS AS IDENTITY,
    path text NOT NULL, file text NOT NULL, size bigint NOT NULL, mtime_ns bigint NOT NULL, ctime_ns bigint NOT NULL,
    sha256 text, status text NOT NULL, reason text, encoding text,
    line_count integer, characters bigint, articles integer,
    PRIMARY KEY (collection, id), UNIQUE (collection, path)
);
CREATE TABLE nghiquyet.lines (
    collection text NOT NULL, file_id bigint NOT NULL, line integer NOT NULL, text text NOT NULL,
    PRIMARY KEY (collection, file_id, line)
);
CREATE TABLE nghiquyet.passages (
    collection text NOT NULL, id bigint GENERATED ALWAYS AS IDENTITY, file_id bigint NOT NULL,
    pid text NOT NULL, file text NOT NULL, line integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
    text text NOT NULL, page integer,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, nghiquyet.fold(text))) STORED,
    PRIMARY KEY (collection, id)
);
CREATE INDEX passages_by_file ON nghiquyet.passages (collection, file_id);
CREATE INDEX passages_by_pid ON nghiquyet.passages (pid);
CREATE INDEX passages_text ON nghiquyet.passages USING gin (tsv);
CREATE TABLE nghiquyet.contributions (
    collection text NOT NULL, file_id bigint NOT NULL, file text NOT NULL, record_id text NOT NULL,
    kind text NOT NULL, family text, data text NOT NULL
);
CREATE INDEX contributions_by_record ON nghiquyet.contributions (record_id);
CREATE INDEX contributions_by_file ON nghiquyet.contributions (collection, file_id);
CREATE INDEX contributions_by_family ON nghiquyet.contributions (family);
CREATE TABLE nghiquyet.refs (
    collection text NOT NULL, file_id bigint NOT NULL, record_id text NOT NULL, ref_id text NOT NULL
);
CREATE INDEX refs_by_ref ON nghiquyet.refs (ref_id);
CREATE INDEX refs_by_file ON nghiquyet.refs (collection, file_id);
CREATE TABLE nghiquyet.records (
    id text COLLATE "C" PRIMARY KEY, kind text NOT NULL, data json NOT NULL, text text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, nghiquyet.fold(text))) STORED
);
CREATE INDEX records_by_kind ON nghiquyet.records (kind);
CREATE INDEX records_text ON nghiquyet.records USING gin (tsv);
CREATE TABLE nghiquyet.aliases (id text PRIMARY KEY, target text NOT NULL);
CREATE TABLE nghiquyet.words (word text PRIMARY KEY);
CREATE INDEX words_by_trigram ON nghiquyet.words USING gin (word public.gin_trgm_ops);
""" + _TABLES_V3

_SENTENCE = ("SELECT p.pid, p.file, p.line, p.start, p.\"end\", l.text, p.page FROM passages p"
             " JOIN lines l ON l.collection = p.collection AND l.file_id = p.file_id AND l.line = p.line")


class PostgresStore:
    """``storage.Store`` in PostgreSQL, narrowed to one collection or reading them all."""

    failures = ()  # nothing here is a damaged store to rebuild: a failure is ``Unusable``, or a bug
    merges_alone = False  # other indexers' records are in the database too

    def __init__(self, connection: psycopg.Connection, url: str, collection: str | None,
                 shard: tuple[int, int] | None = None):
        self.db = connection
        self.location = _shown(url) + (f" (collection {collection})" if collection else "")
        self.collection = collection
        self.shard = shard
        self._written_files: list[int] = []  # by this transaction: their words go into the vocabulary
        self._written_records: list[str] = []
        self._removed_records: list[str] = []

    @classmethod
    def open(cls, url: str, collection: str | None, rules: str, corpus: list[str] | None = None,
             shard: tuple[int, int] | None = None) -> PostgresStore:
        """The database at ``url``, its tables made if new; with ``corpus``, ``collection`` is
        to be written: registered with those paths, and re-read whole if other rules made it."""
        try:
            connection = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:
            raise Unusable(f"cannot use the database {_shown(url)}: {_first_line(error)}") from error
        store = cls(connection, url, collection, shard)
        try:
            store._prepare()
            if corpus is not None:
                store._register(corpus, rules)
        except psycopg.Error as error:  # no right to make the tables, or to write them
            connection.close()
            raise Unusable(f"cannot use the database {store.location}: {_first_line(error)}") from error
        except Unusable:
            connection.close()
            raise
        return store

    def _prepare(self) -> None:
        """The tables made if new, or brought to this format if of an earlier one."""
        self.db.execute("SET search_path = nghiquyet, public")
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCKS, _SCHEMA_LOCK))
            made = self.db.execute("SELECT to_regclass('nghiquyet.meta')").fetchone()[0]
            if made is None:
                self.db.execute(_SCHEMA)
                self.db.execute("INSERT INTO nghiquyet.meta VALUES ('schema', %s)", (SCHEMA_VERSION,))
            else:
                rows = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
                if not rows:
                    raise Unusable(f"the database {self.location} has nghiquyet's tables but not their format"
                                   " (no 'schema' row in nghiquyet.meta): it was not made by nghiquyet, or was"
                                   " altered")
                (version,), = rows
                if version != SCHEMA_VERSION:
                    self._migrate(version)
        self.db.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, false)", (str(TYPO_SIMILARITY),))

    def _migrate(self, version: str) -> None:
        """The tables of an earlier format brought to this one, in place: nothing is read
        again but what the earlier format lacked (a PDF passage's page, format 1)."""
        if version == "1":  # a passage had no page
            self.db.execute("ALTER TABLE passages ADD COLUMN page integer")
            # its PDFs, read again by the next run, gain their pages
            self.db.execute("UPDATE files SET size = -1, sha256 = NULL WHERE encoding = 'pdf'")
            version = "2"
        if version == "2":  # views over the JSON become tables, keyed by collection
            self.db.execute("DROP VIEW meetings, people, titles, attendance, papers, mentions, record_collections")
            self.db.execute(_TABLES_V3)
            self._derive_tables([row[0] for row in self.db.execute("SELECT id FROM records").fetchall()])
            self._qualify_passages("EXISTS (SELECT 1 FROM passages o WHERE o.pid = p.pid"
                                   " AND o.collection <> p.collection AND o.file_id < p.file_id)", ())
            version = "3"
        if version != SCHEMA_VERSION:
            raise Unusable(f"the database holds nghiquyet's tables in format {version}, which this nghiquyet "
                           f"(format {SCHEMA_VERSION}) does not know: use the nghiquyet that made them, or a newer one")
        self.db.execute("UPDATE meta SET value = %s WHERE key = 'schema'", (SCHEMA_VERSION,))

    def _register(self, corpus: list[str], rules: str) -> None:
        """A collection written by other rules is read again whole: each file's known state
        is forgotten, so that the refresh takes it as changed."""
        with self.db.transaction():
            self._lock_collection()
            self.db.execute("INSERT INTO collections (name, corpus, rules) VALUES (%s, %s, %s)"
                            " ON CONFLICT (name) DO NOTHING", (self.collection, json.dumps(corpus), rules))
            # Locked, so that shards registering at once take turns here (and not behind one indexing).
            (known,) = self.db.execute("SELECT rules FROM collections WHERE name = %s FOR NO KEY UPDATE",
                                       (self.collection,)).fetchone()
            self.db.execute("UPDATE collections SET corpus = %s, rules = %s WHERE name = %s",
                            (json.dumps(corpus), rules, self.collection))
            if known != rules:
                self.db.execute("UPDATE files SET size = -1, sha256 = NULL WHERE collection = %s",
                                (self.collection,))

    @contextmanager
    def _failing_as_unusable(self):
        try:
            yield
        except psycopg.OperationalError as error:  # the server went, or refused what was asked
            raise Unusable(f"the database {self.location} failed: {_first_line(error)}") from error

    def _rows(self, query: str, parameters: tuple = ()) -> list[tuple]:
        with self._failing_as_unusable():
            return self.db.execute(query, parameters).fetchall()

    def _run(self, query: str, parameters: tuple | dict = ()) -> None:
        with self._failing_as_unusable():
            self.db.execute(query, parameters)

    def _many(self, query: str, rows: Iterable[tuple]) -> None:
        with self._failing_as_unusable(), self.db.cursor() as cursor:
            cursor.executemany(query, list(rows))

    def _copy(self, table: str, columns: str, rows: Iterable[tuple]) -> None:
        """Rows in bulk: ``COPY`` sends them as data, in one stream."""
        with self._failing_as_unusable(), self.db.cursor() as cursor:
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:  # names from this module only
                for row in rows:
                    copy.write_row(row)

    # -- transactions ----------------------------------------------------------------------

    @contextmanager
    def transaction(self):
        """One writer's unit of work; before it commits, what derives from what it wrote
        (``_derive``), so that a reader never sees one without the other."""
        with self._failing_as_unusable(), self.db.transaction():
            self._written_files, self._written_records, self._removed_records = [], [], []
            self._lock_collection()
            yield self
            self._derive()

    def _derive(self) -> None:
        """Under the merge lock, so that each writer sees what the others committed: its
        passages' ids made unique across collections, and the relational rows of the
        records it wrote or removed."""
        if not (self._written_files or self._written_records or self._removed_records):
            return
        self.lock_records()
        if self._written_files:
            self._qualify_passages("p.collection = %s AND p.file_id = ANY(%s) AND EXISTS (SELECT 1 FROM passages o"
                                   " WHERE o.pid = p.pid AND o.collection <> p.collection)",
                                   (self.collection, self._written_files))
        self._derive_tables(list(dict.fromkeys(self._written_records + self._removed_records)))

    def _qualify_passages(self, where: str, given: tuple) -> None:
        """A passage's id is made from its file's name, line and column, as in the embedded
        store; the passages ``where`` finds (their id taken by another collection's file of
        the same name) have the collection's name in theirs too."""
        rows = self._rows(f"SELECT p.collection, p.id, p.file, p.line, p.start FROM passages p WHERE {where}", given)
        if rows:
            self._run("UPDATE passages p SET pid = v.pid FROM unnest(%s::text[], %s::bigint[], %s::text[])"
                      " AS v(collection, id, pid) WHERE p.collection = v.collection AND p.id = v.id",
                      ([c for c, *_ in rows], [i for _, i, *_ in rows],
                       [record_id("passage", c, file, line, start) for c, _, file, line, start in rows]))

    def _derive_tables(self, ids: list[str]) -> None:
        for statement in _DERIVE:
            self._run(statement, {"ids": ids})

    def _lock_collection(self) -> None:
        if self.shard is None:
            self.db.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (_LOCKS, self.collection))
            return
        self.db.execute("SELECT pg_advisory_xact_lock_shared(%s, hashtext(%s))", (_LOCKS, self.collection))
        self.db.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
                        (_SHARD_LOCKS, f"{self.collection}/{self.shard[0]}"))

    def lock_records(self) -> None:
        self._run("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCKS, _MERGE_LOCK))

    def begin_reading(self) -> None:
        """One snapshot of the database for every read until ``end_reading``: an answer
        never mixes what an indexer committed half way through it."""
        self._run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def end_reading(self) -> None:
        self._run("COMMIT")

    def close(self) -> None:
        self.db.close()

    # -- collections and files -------------------------------------------------------------

    def _mine(self, alias: str = "") -> tuple[str, tuple]:
        """The condition that keeps rows of the collection asked for (none: every one)."""
        if self.collection is None:
            return "TRUE", ()
        return f"{alias}collection = %s", (self.collection,)

    def corpus_paths(self) -> list[str]:
        """The paths each collection read was indexed from (of the one asked for, or all)."""
        rows = self._rows("SELECT corpus FROM collections WHERE %s::text IS NULL OR name = %s ORDER BY name",
                          (self.collection, self.collection))
        return [path for (corpus,) in rows for path in corpus]

    def files(self) -> list[FileRow]:
        where, given = self._mine()
        rows = self._rows("SELECT id, path, file, size, mtime_ns, sha256, status, reason, encoding, line_count,"
                          f" characters, articles, collection FROM files WHERE {where}"
                          " ORDER BY file COLLATE \"C\", path COLLATE \"C\", collection", given)
        return [FileRow(*row) for row in rows]

    def file_states(self) -> dict[str, tuple[int, int, int, int, str | None]]:
        rows = self._rows("SELECT path, id, size, mtime_ns, ctime_ns, sha256 FROM files WHERE collection = %s",
                          (self.collection,))
        return {row[0]: row[1:] for row in rows}

    def file_times(self) -> list[tuple[str, int, int, int]]:
        return self._rows("SELECT path, size, mtime_ns, ctime_ns FROM files WHERE collection = %s",
                          (self.collection,))

    def snapshot(self) -> str | None:
        rows = self._rows("SELECT snapshot FROM collections WHERE name = %s", (self.collection,))
        return rows[0][0] if rows else None

    def set_snapshot(self, snapshot: str) -> None:
        self._run("UPDATE collections SET snapshot = %s WHERE name = %s", (snapshot, self.collection))

    def snapshots(self) -> list[str]:
        """What the last walk of each collection (of the one asked for, or all) saw besides
        its files, as ``snapshot`` gives one."""
        return [row[0] for row in self._rows("SELECT snapshot FROM collections WHERE (%s::text IS NULL OR name = %s)"
                                             " AND snapshot IS NOT NULL ORDER BY name",
                                             (self.collection, self.collection))]

    def skipped_files(self) -> list[tuple[str, str]]:
        where, given = self._mine()
        return self._rows(f"SELECT file, coalesce(reason, 'unreadable') FROM files WHERE status = 'skipped'"
                          f" AND {where} ORDER BY file COLLATE \"C\"", given)

    def touch_file(self, file_id: int, size: int, mtime_ns: int, ctime_ns: int) -> None:
        self._run("UPDATE files SET size = %s, mtime_ns = %s, ctime_ns = %s WHERE collection = %s AND id = %s",
                  (size, mtime_ns, ctime_ns, self.collection, file_id))

    def remove_files(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        for table in ("passages", "lines", "contributions", "refs"):
            self._run(f"DELETE FROM {table} WHERE collection = %s AND file_id = ANY(%s)", (self.collection, ids))
        self._run("DELETE FROM files WHERE collection = %s AND id = ANY(%s)", (self.collection, ids))

    def add_file(self, path: str, file: str, size: int, mtime_ns: int, ctime_ns: int, status: str,
                 reason: str | None = None, encoding: str | None = None) -> int:
        (file_id,), = self._rows(
            "INSERT INTO files (collection, path, file, size, mtime_ns, ctime_ns, status, reason, encoding,"
            " line_count, characters, articles) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, 0, 0, 0) RETURNING id",
            (self.collection, path, file, size, mtime_ns, ctime_ns, status, reason, encoding))
        self._written_files.append(file_id)
        return file_id

    def add_part(self, file_id: int, file: str, first_line: int, text: str, starts_article: bool,
                 contributions: list[tuple[str, str, str | None, str]], refs: list[tuple[str, str]],
                 sentences: list[tuple[int, int, int, int | None, str]]) -> None:
        """As ``SqliteStore.add_part``; a passage keeps its text as written, which the
        server folds for its index."""
        lines = text.split("\n")
        c = self.collection
        self._many("INSERT INTO lines VALUES (%s, %s, %s, %s) ON CONFLICT (collection, file_id, line)"
                   " DO UPDATE SET text = excluded.text",
                   [(c, file_id, n, line) for n, line in enumerate(lines, first_line) if line.strip()])
        self._run("UPDATE files SET line_count = line_count + %s, characters = characters + %s,"
                  " articles = articles + %s WHERE collection = %s AND id = %s",
                  (len(lines) - (lines[-1] == ""), len(text), int(starts_article), c, file_id))
        self._copy("contributions", "collection, file_id, file, record_id, kind, family, data",
                   ((c, file_id, file, rid, kind, family, data) for rid, kind, family, data in contributions))
        self._copy("refs", "collection, file_id, record_id, ref_id", ((c, file_id, rid, ref) for rid, ref in refs))
        self._copy("passages", 'collection, file_id, pid, file, line, start, "end", text, page',
                   ((c, file_id, record_id("passage", file, line, start), file, line, start, end,
                     lines[line - first_line][start:end], page) for line, start, end, page, _ in sentences))

    def finish_file(self, file_id: int, sha256: str | None) -> None:
        self._run("UPDATE files SET sha256 = %s, line_count = nullif(line_count, 0),"
                  " characters = nullif(characters, 0), articles = nullif(articles, 0)"
                  " WHERE collection = %s AND id = %s", (sha256, self.collection, file_id))

    def line(self, file: str, line: int) -> str | None:
        where, given = self._mine("l.")
        rows = self._rows("SELECT l.text FROM lines l JOIN files f ON f.collection = l.collection AND f.id = l.file_id"
                          f" WHERE f.file = %s AND l.line = %s AND {where} ORDER BY l.collection LIMIT 1",
                          (file, line, *given))
        return rows[0][0] if rows else None

    # -- contributions, across every collection: records are merged from all of them --------

    def contributed_ids(self, file_ids: Iterable[int]) -> set[str]:
        rows = self._rows("SELECT record_id FROM contributions WHERE collection = %s AND file_id = ANY(%s)",
                          (self.collection, list(file_ids)))
        return {row[0] for row in rows}

    def families_of(self, record_ids: Iterable[str]) -> set[str]:
        rows = self._rows("SELECT family FROM contributions WHERE record_id = ANY(%s) AND family IS NOT NULL",
                          (list(record_ids),))
        return {row[0] for row in rows}

    def family_members(self, families: Iterable[str]) -> dict[str, set[str]]:
        families = list(families)
        members: dict[str, set[str]] = {family: set() for family in families}
        for family, member in self._rows("SELECT family, record_id FROM contributions WHERE family = ANY(%s)",
                                         (families,)):
            members[family].add(member)
        return members

    def contributions(self, record_ids: Iterable[str]) -> Iterator[tuple[str, dict]]:
        """(id, JSON object) of each contribution to these records, an id's in file order."""
        rows = self._rows("SELECT record_id, data FROM contributions WHERE record_id = ANY(%s)"
                          " ORDER BY record_id COLLATE \"C\", file COLLATE \"C\", collection COLLATE \"C\", file_id",
                          (list(record_ids),))
        for rid, data in rows:
            yield rid, json.loads(data)

    def referring(self, ref_ids: Iterable[str]) -> set[str]:
        return {row[0] for row in self._rows("SELECT record_id FROM refs WHERE ref_id = ANY(%s)", (list(ref_ids),))}

    def aliases(self) -> dict[str, str]:
        return dict(self._rows("SELECT id, target FROM aliases"))

    def set_aliases(self, forget: Iterable[str], aliases: dict[str, str]) -> None:
        self._run("DELETE FROM aliases WHERE id = ANY(%s)", (list(forget),))
        self._many("INSERT INTO aliases VALUES (%s, %s) ON CONFLICT (id) DO UPDATE SET target = excluded.target",
                   aliases.items())

    # -- records -----------------------------------------------------------------------------

    def write_record(self, record_id: str, kind: str, data: str, texts: list[str]) -> None:
        """Put a record (its JSON, and its texts as written, which the server folds) in place."""
        self._run("INSERT INTO records (id, kind, data, text) VALUES (%s, %s, %s, %s) ON CONFLICT (id) DO UPDATE"
                  " SET kind = excluded.kind, data = excluded.data, text = excluded.text"
                  " WHERE records.data::text IS DISTINCT FROM excluded.data::text",
                  (record_id, kind, data, " | ".join(texts)))
        self._written_records.append(record_id)

    def remove_records(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        self._run("DELETE FROM records WHERE id = ANY(%s)", (ids,))
        self._removed_records += ids

    def _in_collection(self) -> tuple[str, tuple]:
        """The condition that keeps records the collection asked for contributed to."""
        if self.collection is None:
            return "TRUE", ()
        return ("EXISTS (SELECT 1 FROM record_collections c WHERE c.record_id = r.id AND c.collection = %s)",
                (self.collection,))

    def records(self, kinds: Iterable[str] | None = None) -> Iterator[dict]:
        where, given = self._in_collection()
        if kinds is not None:
            where, given = f"{where} AND r.kind = ANY(%s)", (*given, list(kinds))
        for (data,) in self._rows(f"SELECT r.data FROM records r WHERE {where} ORDER BY r.id", given):
            yield data

    def record_counts(self) -> dict[str, int]:
        where, given = self._in_collection()
        return dict(self._rows(f"SELECT r.kind, count(*) FROM records r WHERE {where} GROUP BY r.kind", given))

    def record(self, record_id: str) -> dict | None:
        """The record of an id, or of the id it joined (an undated paper's)."""
        rows = self._rows("SELECT data FROM records"
                          " WHERE id = coalesce((SELECT target FROM aliases WHERE id = %s), %s)",
                          (record_id, record_id))
        return rows[0][0] if rows else None

    def record_ids(self) -> list[str]:
        where, given = self._in_collection()
        return [row[0] for row in self._rows(f"SELECT r.id FROM records r WHERE {where} ORDER BY r.id", given)]

    def sentence(self, pid: str) -> SentenceRow | None:
        where, given = self._mine("p.")
        rows = self._rows(_SENTENCE + f" WHERE p.pid = %s AND {where} ORDER BY p.collection LIMIT 1", (pid, *given))
        return SentenceRow(*rows[0]) if rows else None

    # -- matching in the server --------------------------------------------------------------

    def matching_records(self, lookup: Lookup, kinds: list[str], limit: int) -> list[dict]:
        query = self._tsquery(lookup)
        where, given = self._in_collection()
        rows = self._rows(f"SELECT r.data FROM records r WHERE r.tsv @@ %s::tsquery AND r.kind = ANY(%s) AND {where}"
                          " ORDER BY ts_rank(r.tsv, %s::tsquery) DESC, r.id LIMIT %s",
                          (query, kinds, *given, query, limit))
        return [data for (data,) in rows]

    def matching_sentences(self, lookup: Lookup, limit: int) -> list[SentenceRow]:
        """The best passages, found and ranked alone before their lines are joined: joined
        first, the planner may test every line's passage against a long query."""
        query = self._tsquery(lookup)
        where, given = self._mine("p.")
        rows = self._rows(
            "SELECT h.pid, h.file, h.line, h.start, h.\"end\", l.text, h.page FROM ("
            "SELECT p.collection, p.file_id, p.pid, p.file, p.line, p.start, p.\"end\", p.page,"
            " ts_rank(p.tsv, %s::tsquery) AS rank FROM passages p"
            f" WHERE p.tsv @@ %s::tsquery AND {where} ORDER BY rank DESC, p.pid COLLATE \"C\" LIMIT %s) h"
            " JOIN lines l ON l.collection = h.collection AND l.file_id = h.file_id AND l.line = h.line"
            " ORDER BY h.rank DESC, h.pid COLLATE \"C\"", (query, query, *given, limit))
        return [SentenceRow(*row) for row in rows]

    def _tsquery(self, lookup: Lookup) -> str:
        """The ``tsquery`` of a lookup (each group one of its phrases), made by the server
        from the phrases sent as data, then sent back as data: the planner sees it whole."""
        groups = ["(" + " || ".join(["phraseto_tsquery('simple', %s)"] * len(group)) + ")" for group in lookup]
        (query,), = self._rows("SELECT (" + " && ".join(groups) + ")::text",
                               tuple(" ".join(run) for group in lookup for run in group))
        return query

    def near_words(self, word: str) -> set[str]:
        """The words whose trigrams are like ``word``'s (``pg_trgm``'s ``%``, at ``TYPO_SIMILARITY``)."""
        return {row[0] for row in self._rows("SELECT word FROM words WHERE word %% %s", (word,))}

    def refresh_vocabulary(self) -> None:
        """The words of what this transaction wrote; under the merge lock, so that writers
        adding the same word never wait on one another in turn."""
        self._run("INSERT INTO words SELECT DISTINCT w FROM passages p, unnest(tsvector_to_array(p.tsv)) w"
                  " WHERE p.collection = %s AND p.file_id = ANY(%s) ON CONFLICT DO NOTHING",
                  (self.collection, self._written_files))
        self._run("INSERT INTO words SELECT DISTINCT w FROM records r, unnest(tsvector_to_array(r.tsv)) w"
                  " WHERE r.id = ANY(%s) ON CONFLICT DO NOTHING", (self._written_records,))


def _shown(url: str) -> str:
    """The URL without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"{parts.username}@{host}").geturl()


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
