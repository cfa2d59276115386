"""Build and refresh the index of a corpus, and answer from it.

The index lives in a store (``storage``): by default a SQLite file in the user's cache
folder (see ``cache_dir``), one per corpus; or a PostgreSQL database shared by a team
(``open_shared_index``), where a corpus is a collection that ``nghiquyet index`` refreshes
and the other commands read as it stands. Each command on the embedded store makes sure
first that it answers from the files as they are: when nothing changed since the last
walk of the corpus, a ``stat`` of each path it holds shows it, without listing a folder
(see ``freshness``; commands do it in a child process while they answer). Otherwise the corpus
is walked again: a file whose size and times are unchanged is trusted; one that changed
is hashed, and re-read only if its content did. A refresh is one transaction, so an
interrupted or concurrent run leaves the old index or the new one. A store that is
damaged, was written by another version or holds what other extraction rules found
(see ``rules_fingerprint``) is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from . import corpus, freshness, stores
from .corpus import Skipped, SourceFile
from .models import RECORD_CLASSES, Meeting, Person, Resolution, from_dict, to_dict
from .searchable import fields
from .storage import Lookup, SentenceRow, Store, StoreError
from .storage.sqlite import SqliteStore, remove_store

CACHE_ENV = "NGHIQUYET_CACHE_DIR"
_UNKNOWN = (None, None, None, None, None)  # the state (id, size, mtime_ns, ctime_ns, sha256) of a file not seen
PARALLEL_FROM = 48  # files; below this, starting worker processes costs more than it saves

# What decides the records a file gives, from its bytes to the JSON stored: these modules,
# and every file (code or table) in these folders, however deep.
RULE_MODULES = ("articles.py", "corpus.py", "lexicon.py", "merge.py", "models.py", "ordinals.py",
                "searchable.py", "spelling.py", "text.py")
RULE_FOLDERS = ("extract", "formats", "language")


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    paths: tuple[Path, ...]
    extensions: tuple[str, ...] = corpus.DEFAULT_EXTENSIONS
    shard: tuple[int, int] | None = None  # (k, n): only the files of the k-th of n shards (a shared index)

    @classmethod
    def of(cls, given: Iterable[Path] | None, extensions: Iterable[str] | None = None,
           shard: tuple[int, int] | None = None) -> CorpusSpec:
        paths = tuple(dict.fromkeys(Path(os.path.abspath(p)) for p in corpus.corpus_paths(given)))
        return cls(paths, tuple(extensions or corpus.DEFAULT_EXTENSIONS), shard)

    def takes(self, path: str) -> bool:
        """Whether a file is this spec's to index: any, or one its shard draws by its path."""
        if self.shard is None:
            return True
        k, n = self.shard
        return int(hashlib.sha1(os.fsencode(path)).hexdigest()[:8], 16) % n == k - 1

    def store_name(self) -> str:
        key = json.dumps([[str(p) for p in self.paths], sorted(self.extensions)])
        return hashlib.sha1(key.encode()).hexdigest()[:16] + ".sqlite"


@dataclass(slots=True)
class Progress:
    """What a refresh reports while it reads: files done of the total, bytes read."""

    total_files: int
    total_bytes: int
    done_files: int = 0
    done_bytes: int = 0


@dataclass(slots=True)
class RefreshReport:
    skipped: list[Skipped] = field(default_factory=list)
    not_asked: dict[str, int] = field(default_factory=dict)  # files per format of no --ext given, not read
    read: int = 0  # files (re-)extracted by this refresh
    removed: int = 0
    unchanged: int = 0


def cache_dir() -> Path:
    """``$NGHIQUYET_CACHE_DIR``, else ``$XDG_CACHE_HOME/nghiquyet``, else ``~/.cache/nghiquyet``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "nghiquyet"


class Index:
    """The records of one corpus, read from its store, as the user's corrections have them
    (``use_corrections``): every reader of records reads them through here."""

    def __init__(self, store: Store, spec: CorpusSpec, report: RefreshReport, check: freshness.Check | None = None):
        self.store = store
        self.spec = spec
        self.report = report
        self.check = check  # still running: whether the corpus is as the store has it
        self.overlay = None  # corrections.Overlay, when there are corrections

    def use_corrections(self, corrections: list) -> None:
        """Read every record through these corrections (``corrections.Correction``)."""
        self.overlay = None
        if corrections:
            from .corrections import Overlay

            self.overlay = Overlay(corrections, self.stored_record, self.stored_records)

    def dropped_by(self, record_id: str):
        """The correction that drops a record, if one does."""
        stored = self.overlay and self.stored_record(record_id)
        return self._guarded(self.overlay.dropped_by, stored.id) if stored else None

    def unapplied_corrections(self) -> list:
        """The corrections that cannot apply to the index as it stands, and why."""
        return self.overlay.problems if self.overlay else []

    def current(self) -> bool:
        """Whether what this index answers is what the files say now: at once for an index
        refreshed when opened; else once the check begun when it was opened is done. When
        not, the caller opens it again (refreshed), and answers again."""
        return self.check is None or self.check.result()

    def meetings(self) -> list[Meeting]:
        return self._of_kinds(["meeting"])

    def people(self) -> list[Person]:
        return self._of_kinds(["person"])

    def papers(self, kind: str) -> list[Resolution]:
        return self._of_kinds([kind])

    def records(self, kinds: Iterable[str] | None = None) -> list:
        return self._of_kinds(list(kinds) if kinds is not None else None)

    def get(self, record_id: str):
        if record_id.startswith("t-"):
            from .search import passage_of

            row = self._guarded(self.store.sentence, record_id)
            return passage_of(row) if row else None
        record = self.stored_record(record_id)
        if record is None or self.overlay is None:
            return record
        return self._guarded(self.overlay.get, record)

    def record_counts(self) -> dict[str, int]:
        counts = self._guarded(self.store.record_counts)
        if self.overlay:
            removed = self._guarded(self.overlay.removed_counts)
            counts = {kind: n - removed.get(kind, 0) for kind, n in counts.items()}
        return counts

    def ids(self) -> list[str]:
        """Every record's id, those a correction merged into another included (they find it)."""
        ids = self._guarded(self.store.record_ids)
        if self.overlay:
            hidden = self._guarded(self.overlay.hidden_ids)
            ids = [i for i in ids if i not in hidden]
        return ids

    def files(self):
        return self._guarded(self.store.files)

    def line(self, file: str, line: int) -> str | None:
        return self._guarded(self.store.line, file, line)

    def matching_records(self, lookup: Lookup, kinds: list[str], limit: int) -> list[dict]:
        """The records (as JSON objects) that the full-text index finds, best first; with
        corrections, as corrected, and then every record they changed (which the full-text
        index, holding what extraction found, may not find by its corrected values)."""
        found = self._guarded(self.store.matching_records, lookup, kinds, limit)
        if self.overlay is None:
            return found
        corrected = self._guarded(self.overlay.records, map(_typed, found))
        seen = {r.id for r in corrected}
        extra = [r for r in self._guarded(self.overlay.corrected_records, kinds) if r.id not in seen]
        return [to_dict(r) for r in [*corrected, *extra]]

    def matching_sentences(self, lookup: Lookup, limit: int) -> list[SentenceRow]:
        return self._guarded(self.store.matching_sentences, lookup, limit)

    def near_words(self, word: str) -> set[str]:
        return self._guarded(self.store.near_words, word)

    def _of_kinds(self, kinds: list[str] | None) -> list:
        records = self.stored_records(kinds)
        return self._guarded(self.overlay.records, records) if self.overlay else records

    def stored_record(self, record_id: str):
        """A record as the store has it, before corrections."""
        data = self._guarded(self.store.record, record_id)
        return _typed(data) if data else None

    def stored_records(self, kinds: list[str] | None) -> list:
        return [_typed(d) for d in self._guarded(lambda: list(self.store.records(kinds)))]

    def _guarded(self, read: Callable, *args):
        with _as_store_error(self.store):
            return read(*args)


def _typed(data: dict):
    return from_dict(RECORD_CLASSES[data["kind"]], data)


@contextmanager
def _as_store_error(store: Store):
    """The engine's own errors, as the one ``StoreError`` the commands know."""
    try:
        yield
    except store.failures as error:
        raise StoreError(str(error)) from error


@cache
def rules_fingerprint() -> str:
    """A hash of the rules that extract records (``RULE_MODULES``, ``RULE_FOLDERS``), as
    installed: a store holds it, and a store of other rules is rebuilt. Computed once a
    process, and only when a store on disk is opened."""
    return rules_digest(resources.files(__package__))


def rules_digest(package: Traversable) -> str:
    from .formats import installed

    digest = hashlib.sha256(installed().encode())  # a file skipped for want of the extra is read once it is there
    for name, entry in _rule_files(package):
        data = entry.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _rule_files(package: Traversable) -> Iterator[tuple[str, Traversable]]:
    """(name in the package, file) of each rule file; one not there is left out."""
    for name in RULE_MODULES:
        if (package / name).is_file():
            yield name, package / name
    for folder in RULE_FOLDERS:
        yield from _files_under(package / folder, folder)


def _files_under(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = f"{prefix}/{entry.name}"
        if not _is_rule_file_name(entry.name):
            continue
        if entry.is_dir():
            yield from _files_under(entry, name)
        elif entry.is_file():
            yield name, entry


def _is_rule_file_name(name: str) -> bool:
    """Not compiled code, nor an editor's swap, backup or lock file."""
    return name != "__pycache__" and not name.startswith((".", "#")) and not name.endswith((".pyc", "~"))


def open_index(spec: CorpusSpec, use_cache: bool = True, on_progress: Callable[[Progress], None] | None = None,
               warn: Callable[[str], None] = lambda message: None, check_while_answering: bool = False) -> Index:
    """The index of ``spec``, refreshed. A store that cannot be trusted is rebuilt with one
    warning; without a usable cache folder the index is built in memory.

    With ``check_while_answering``, an index whose corpus was walked before is given at
    once, as it stands, and its corpus checked beside it (``freshness.Check``): the caller
    asks ``Index.current()`` before it shows anything, and when the answer is no, opens the
    index again and answers again."""
    path = _store_path(spec, warn) if use_cache else None
    rules = rules_fingerprint() if path else ""  # a store in memory never outlives its rules
    described = json.dumps({"paths": [str(p) for p in spec.paths], "extensions": list(spec.extensions)},
                           ensure_ascii=False) if path else ""
    try:
        store = SqliteStore.open(path, rules, described)
        stores.mark_used(path)
        return _opened(store, spec, on_progress, check_while_answering and path is not None)
    except StoreError as error:
        if path is None:
            raise
        warn(f"the index at {path} cannot be used ({error}); rebuilding it")
        remove_store(path)
        return _opened(SqliteStore.open(path, rules, described), spec, on_progress, False)


def _opened(store: Store, spec: CorpusSpec, on_progress, check_later: bool) -> Index:
    if check_later:
        with _as_store_error(store):
            store.begin_reading()  # the answer and the check see the same state of the store
            last = _last_walk(store)
            if last is not None:
                snapshot, files = last
                return Index(store, spec, _as_walked(store, snapshot, files), freshness.Check(files, snapshot.watched))
            store.end_reading()
    return Index(store, spec, refresh(store, spec, on_progress))


def open_shared_index(url: str, collection: str | None, spec: CorpusSpec | None = None,
                      on_progress: Callable[[Progress], None] | None = None) -> Index:
    """The index in a shared database (``storage.postgres``). With ``spec``, ``collection``
    is first brought in line with those files, as ``nghiquyet index`` does; without, it
    answers from the database as it stands, one snapshot of it, needing no file."""
    from .storage import open_shared

    if spec is not None:
        store = open_shared(url, collection, rules_fingerprint(), [str(p) for p in spec.paths], spec.shard)
        return Index(store, spec, refresh(store, spec, on_progress))
    store = open_shared(url, collection, "")
    store.begin_reading()
    stored = CorpusSpec(tuple(Path(p) for p in store.corpus_paths()))
    return Index(store, stored, _as_last_walked(store))


def _as_last_walked(store) -> RefreshReport:
    """The report of a shared index read as it stands: what the last walk of each of its
    collections saw besides the files (as ``_as_walked`` reports it of the embedded store),
    and the files skipped."""
    walks = [freshness.Snapshot.from_json(text) for text in store.snapshots()]
    not_asked: Counter[str] = Counter()
    for walk in walks:
        not_asked.update(walk.not_asked)
    skipped = [Skipped(*item) for walk in walks for item in walk.skipped]
    return RefreshReport(skipped=skipped + [Skipped(*item) for item in store.skipped_files()],
                         not_asked=dict(sorted(not_asked.items())))


def rebuild(index: Index, why: str, on_progress=None, warn=lambda message: None) -> Index:
    """A fresh index in place of one found damaged while answering."""
    path = index.store.path
    index.store.close()
    if path:
        warn(f"the index at {path} is damaged ({why}); rebuilding it")
        remove_store(path)
    return open_index(index.spec, use_cache=path is not None, on_progress=on_progress, warn=warn)


def _store_path(spec: CorpusSpec, warn) -> Path | None:
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.touch()
        probe.unlink()
    except OSError as error:
        warn(f"cannot write the cache folder {folder} ({error.strerror}); indexing in memory")
        return None
    return folder / spec.store_name()


# -- refreshing -----------------------------------------------------------------------------

def refresh(store: Store, spec: CorpusSpec, on_progress: Callable[[Progress], None] | None = None
            ) -> RefreshReport:
    """Bring the store in line with the files. A corpus that did not change since its last
    walk costs a ``stat`` of each path the walk looked at, no listing and no write; else it
    is walked, and only the files whose size or times changed are looked into."""
    with _as_store_error(store):
        last = _last_walk(store)
        if last is not None and spec.shard is None and freshness.unchanged(last[1], last[0].watched):
            return _as_walked(store, *last)
        return _walk(store, spec, on_progress)


def _last_walk(store: Store) -> tuple[freshness.Snapshot, list[freshness.FileState]] | None:
    """What the last walk of the corpus found, when all of it can be trusted to show a
    change (it is settled); else None, and the corpus is to be walked."""
    text = store.snapshot()
    snapshot = freshness.Snapshot.from_json(text) if text else None
    return (snapshot, store.file_times()) if snapshot and snapshot.settled else None


def _as_walked(store: Store, snapshot: freshness.Snapshot, files: list) -> RefreshReport:
    """The report of a refresh that found nothing changed since the last walk."""
    skipped = [Skipped(*item) for item in snapshot.skipped] + [Skipped(*item) for item in store.skipped_files()]
    return RefreshReport(skipped=skipped, not_asked=snapshot.not_asked, unchanged=len(files))


def _walk(store: Store, spec: CorpusSpec, on_progress) -> RefreshReport:
    started = freshness.now_ns()
    report = RefreshReport()
    sources: list[SourceFile] = []
    looked_at: list[tuple[str, object]] = []
    not_asked: Counter[str] = Counter()
    for found in corpus.find_files(spec.paths, spec.extensions, lambda *seen: looked_at.append(seen)):
        if isinstance(found, corpus.NotAsked):
            not_asked[found.format] += 1
        else:
            (sources if isinstance(found, SourceFile) else report.skipped).append(found)
    report.not_asked = dict(sorted(not_asked.items()))
    files_settled = not any(freshness.changed_lately(s.mtime_ns, s.ctime_ns, started) for s in sources)
    # A shard's walk does not stand for the corpus: it leaves the last whole walk's snapshot.
    snapshot = store.snapshot() if spec.shard else \
        freshness.Snapshot.taken(looked_at, report.skipped, files_settled, started, not_asked).to_json()
    sources = [s for s in sources if spec.takes(s.path)]
    todo, gone = _changes(_known(store, spec), sources)
    if todo or gone or store.snapshot() != snapshot:
        with store.transaction():  # what is known is read again under the lock: another run may have done it
            _refresh_files(store, _known(store, spec), sources, report, on_progress, started)
            if store.snapshot() != snapshot:
                store.set_snapshot(snapshot)
    else:
        report.unchanged = len(sources)
    report.skipped += [Skipped(file, reason) for file, reason in store.skipped_files()]
    return report


def _known(store: Store, spec: CorpusSpec) -> dict[str, tuple]:
    """The state of each file the store holds of those ``spec`` indexes."""
    return {path: state for path, state in store.file_states().items() if spec.takes(path)}


def _changes(known: dict[str, tuple], sources: list[SourceFile]) -> tuple[list[SourceFile], list[int]]:
    """The files to look into (new, or their size or times changed; in file order, the
    order records are merged in), and the ids of those gone."""
    current = {s.path for s in sources}
    gone = [state[0] for path, state in known.items() if path not in current]
    todo = sorted((s for s in sources if known.get(s.path, _UNKNOWN)[1:4] != (s.size, s.mtime_ns, s.ctime_ns)),
                  key=lambda s: s.file)
    return todo, gone


def _refresh_files(store: Store, known: dict[str, tuple], sources: list[SourceFile], report: RefreshReport,
                   on_progress, walk_started_ns: int) -> None:
    todo, gone = _changes(known, sources)
    report.unchanged = len(sources) - len(todo)
    report.removed = len(gone)
    progress = Progress(len(todo), sum(s.size for s in todo))
    affected: set[str] = set()
    merging = _Merging() if not known and store.merges_alone else None  # a new index: merge as the files come
    for source, result in _read_all(todo, known, progress, on_progress):
        file_id = known.get(source.path, _UNKNOWN)[0]
        times = (source.size, source.mtime_ns, _stored_ctime(source, walk_started_ns))
        if result["status"] == "unchanged":
            if known[source.path][1:4] != times:  # touched, not changed
                store.touch_file(file_id, *times)
            report.unchanged += 1
            continue
        if file_id is not None:  # changed: what it gave before is to be merged again
            affected |= store.contributed_ids([file_id])
            store.remove_files([file_id])
        new_id = store.add_file(source.path, source.file, *times, result["status"], result.get("reason"),
                                result.get("encoding"))
        for part in result.get("parts", ()):
            store.add_part(new_id, source.file, **part)
            if merging:
                merging.add(part["contributions"])
            else:
                affected.update(rid for rid, *_ in part["contributions"])
        sha256 = result["sha256"]
        store.finish_file(new_id, sha256() if callable(sha256) else sha256)
        report.read += 1
    if merging:
        store.lock_records()
        _settle(store, merging.records, merging.families, set(merging.records))
        return
    affected |= store.contributed_ids(gone)
    store.remove_files(gone)
    if affected:
        store.lock_records()  # from here, what other writers merged is read, and no one merges meanwhile
        _rewrite_records(store, affected)


def _stored_ctime(source: SourceFile, walk_started_ns: int) -> int:
    """A file's change time as stored: unknown while too recent to be trusted, so that the
    next refresh hashes it again (see ``freshness``)."""
    if freshness.changed_lately(source.mtime_ns, source.ctime_ns, walk_started_ns):
        return freshness.UNKNOWN_CTIME
    return source.ctime_ns


def _read_all(todo: list[SourceFile], known: dict[str, tuple], progress: Progress, on_progress
              ) -> Iterator[tuple[SourceFile, dict]]:
    """Each file read, in the order given: small ones on every core, a big one here, a
    part at a time, so that it is never whole in memory (and its progress shows)."""
    small = [s for s in todo if not _streamed(s)]
    hashes = [known.get(s.path, _UNKNOWN)[4] for s in small]
    with _mapper(len(small)) as mapper:
        results = iter(mapper(read_file, small, hashes))
        for source in todo:
            done_before = progress.done_bytes
            if not _streamed(source):
                result = next(results)
            else:
                result = read_big_file(source, known.get(source.path, _UNKNOWN)[4])
                if "parts" in result:
                    result["parts"] = _reported(result["parts"], progress, on_progress, done_before + source.size)
            yield source, result  # taken in before the progress moves past it
            progress.done_files += 1
            progress.done_bytes = done_before + source.size
            if on_progress:
                on_progress(progress)


def _streamed(source: SourceFile) -> bool:
    """Read a part at a time: a big plain-text file (a saved page, Word file or PDF is read whole)."""
    return source.size > corpus.BIG_FILE and corpus.is_plain_text(source.path)


def _reported(parts: Iterable[dict], progress: Progress, on_progress, ceiling: int) -> Iterator[dict]:
    """The parts of a big file, the progress moving as each is taken in."""
    for part in parts:
        yield part
        progress.done_bytes = min(progress.done_bytes + len(part["text"].encode()), ceiling)
        if on_progress:
            on_progress(progress)


@contextmanager
def _mapper(count: int):
    """``map``, on every core when there are many files."""
    if count < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield map
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(initializer=_start_worker, initargs=(os.getpid(),))
    try:
        yield lambda function, *items: pool.map(function, *items, chunksize=16)
    except BaseException:  # Ctrl-C or a failure: stop at once, the work is lost anyway
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    # The work is done: let the idle workers end before the interpreter does, or its exit
    # handler may find them half gone ("Exception ignored in ... _python_exit").
    pool.shutdown(wait=True)


def _start_worker(parent: int) -> None:
    """Ctrl-C in a terminal reaches every process of the group. A worker that died of it
    while holding the pool's queue lock would leave the others, and the exit, waiting
    forever; the parent stops the pool instead. A parent killed outright (SIGKILL) would
    leave its workers waiting for work with the files it had open, a database connection
    among them, whose locks the server then never lets go: on Linux a worker ends with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # it was gone before the request
            os._exit(1)


_PR_SET_PDEATHSIG = 1  # prctl(2)


def read_file(source: SourceFile, known_sha256: str | None = None) -> dict:
    """What the store keeps of one file: its state and, for each article in it (or part
    of a long one), its text, records and sentences; or why it was skipped; only its
    hash when that is the one the store knows (the file was touched)."""
    try:
        article = corpus.read_document(source)
    except corpus.Unreadable as why:
        return {"sha256": None, "status": "skipped", "reason": str(why)}
    if article.sha256 == known_sha256:
        return {"sha256": article.sha256, "status": "unchanged"}
    try:
        read = [_read_part(source.file, part, article.published, article.page_starts)
                for part in corpus.parts(article.text)]
    except Exception as error:  # a bug must cost one file, not the corpus; the reason names it
        return {"sha256": article.sha256, "status": "skipped",
                "reason": f"could not be read: {type(error).__name__}: {error}"}
    return {"sha256": article.sha256, "status": "read", "encoding": article.encoding, "parts": read}


def read_big_file(source: SourceFile, known_sha256: str | None = None) -> dict:
    """``read_file`` for a file too big to hold: its parts come one at a time, as they
    are read (a generator), and its hash after them."""
    big = corpus.BigFile(source)
    try:
        if known_sha256 and big.hash() == known_sha256:
            return {"sha256": known_sha256, "status": "unchanged"}
        first = next(iter_parts := iter(big), None)
    except corpus.Unreadable as why:
        return {"sha256": None, "status": "skipped", "reason": str(why)}
    if first is None:
        return {"sha256": None, "status": "skipped", "reason": "no text, only white space"}
    parts = (_read_part(source.file, part) for part in _chain(first, iter_parts))
    return {"sha256": lambda: big.sha256, "status": "read", "encoding": big.encoding, "parts": parts}


def _chain(first, rest):
    yield first
    yield from rest


def _read_part(file: str, part, published: dt.date | None = None, page_starts: tuple[int, ...] = ()) -> dict:
    from .extract.article import extract

    facts = extract(file, part.text, part.first_line, published, page_starts)
    return {"first_line": part.first_line, "text": part.text, "starts_article": not part.continues,
            "contributions": _contributions(facts),
            "refs": [(m.id, ref) for m in facts.meetings for ref in [*m.resolutions, *m.documents]],
            "sentences": [(s.line, s.start, s.end, s.page, s.folded) for s in facts.sentences]}


def _contributions(facts) -> list[tuple[str, str, str | None, str]]:
    """(id, kind, family, JSON) of each record of an article; a numbered paper's family
    (its number and issuer level) is where an undated mention may find its dated twin."""
    from .extract.resolutions import paper_family

    rows = []
    for record in [*facts.meetings, *facts.people, *facts.papers]:
        family = None
        if record.kind in ("resolution", "document") and record.number:
            family = json.dumps(paper_family(record.type, record.number, record.issuer, facts.province))
        rows.append((record.id, record.kind, family, json.dumps(to_dict(record), ensure_ascii=False)))
    return rows


def _rewrite_records(store: Store, affected: set[str]) -> None:
    """Merge again the records whose contributions changed, with the papers of their
    families (an undated paper may join, or leave, a dated one)."""
    families = store.family_members(store.families_of(affected))
    affected |= {member for members in families.values() for member in members}
    _settle(store, _combined(store, affected), families, affected)


class _Merging:
    """A new index's records, merged as the files come (in file order), so that the
    merge goes on while the workers read."""

    def __init__(self):
        from .merge import combine

        self.combine = combine
        self.records: dict[str, object] = {}
        self.families: dict[str, set[str]] = {}

    def add(self, contributions: list[tuple[str, str, str | None, str]]) -> None:
        for record_id, _kind, family, data in contributions:
            record = _typed(json.loads(data))
            known = self.records.get(record_id)
            self.records[record_id] = self.combine([known, record]) if known else record
            if family:
                self.families.setdefault(family, set()).add(record_id)


def _settle(store: Store, merged: dict, families: dict[str, set[str]], affected: set[str]) -> None:
    """Join undated papers to their dated twins, point the meetings that name them (and
    any whose papers joined or left) at the joined record, and write what changed."""
    from .merge import combine, tidy, undated_joins

    aliases = store.aliases()
    joins = {old: new for members in families.values()
             for old, new in undated_joins([merged[m] for m in members if m in merged]).items()}
    family_ids = {member for members in families.values() for member in members}
    moved = {i for i in family_ids if aliases.get(i) != joins.get(i)}
    merged.update(_combined(store, store.referring(moved) - merged.keys()))
    aliases = {i: t for i, t in aliases.items() if i not in family_ids} | joins
    for old, new in sorted(joins.items()):
        if old in merged and new in merged:
            combine([merged[new], merged.pop(old)])
    for record in merged.values():
        if record.kind == "meeting":
            record.resolutions = list(dict.fromkeys(aliases.get(i, i) for i in record.resolutions))
            record.documents = list(dict.fromkeys(aliases.get(i, i) for i in record.documents))
    store.set_aliases(family_ids, joins)
    store.remove_records((affected | moved) - merged.keys())
    while merged:  # written one at a time and let go, never all of them twice in memory
        record = merged.popitem()[1]
        tidy(record)
        data = to_dict(record)
        store.write_record(record.id, record.kind, json.dumps(data, ensure_ascii=False), fields(data))
    store.refresh_vocabulary()


def _combined(store: Store, ids: set[str]) -> dict:
    """The merged record of each id that still has contributions."""
    from .merge import combine

    by_id: dict[str, list] = {}
    for record_id, data in store.contributions(ids):
        by_id.setdefault(record_id, []).append(_typed(data))
    return {record_id: combine(records) for record_id, records in by_id.items()}
