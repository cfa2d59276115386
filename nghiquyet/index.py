"""Build and refresh the index of a corpus, and answer from it.

The index lives in a SQLite file in the user's cache folder (see ``cache_dir``), one per
corpus. Each command refreshes it first: a file whose size and modification time are
unchanged is trusted; one that changed is hashed, and re-read only if its content did.
A refresh is one transaction, so an interrupted or concurrent run leaves the old index
or the new one. A store that is damaged or was written by another version is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import corpus, spelling
from .corpus import Skipped, SourceFile
from .models import RECORD_CLASSES, Meeting, Person, Resolution, from_dict, to_dict
from .searchable import folded_text
from .store import SentenceRow, Store, StoreError

CACHE_ENV = "NGHIQUYET_CACHE_DIR"
PARALLEL_FROM = 48  # files; below this, starting worker processes costs more than it saves


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    paths: tuple[Path, ...]
    extensions: tuple[str, ...] = corpus.DEFAULT_EXTENSIONS

    @classmethod
    def of(cls, given: Iterable[Path] | None, extensions: Iterable[str] | None = None) -> CorpusSpec:
        paths = tuple(Path(os.path.abspath(p)) for p in corpus.corpus_paths(given))
        return cls(paths, tuple(extensions or corpus.DEFAULT_EXTENSIONS))

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
    """The records of one corpus, read from its store."""

    def __init__(self, store: Store, spec: CorpusSpec, report: RefreshReport):
        self.store = store
        self.spec = spec
        self.report = report

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

            row = _guarded(self.store.sentence, record_id)
            return passage_of(row) if row else None
        data = _guarded(self.store.record, record_id)
        return _typed(data) if data else None

    def ids(self) -> list[str]:
        return _guarded(self.store.record_ids)

    def files(self):
        return _guarded(self.store.files)

    def line(self, file: str, line: int) -> str | None:
        return _guarded(self.store.line, file, line)

    def matching_records(self, expression: str, kinds: list[str], limit: int) -> list:
        return [_typed(d) for d in _guarded(self.store.matching_records, expression, kinds, limit)]

    def matching_sentences(self, expression: str, limit: int) -> list[SentenceRow]:
        return _guarded(self.store.matching_sentences, expression, limit)

    def spelled_like(self, variants: Iterable[str]) -> set[str]:
        return _guarded(self.store.spelled_like, variants)

    def _of_kinds(self, kinds: list[str] | None) -> list:
        return [_typed(d) for d in _guarded(lambda: list(self.store.records(kinds)))]


def _typed(data: dict):
    return from_dict(RECORD_CLASSES[data["kind"]], data)


def _guarded(read: Callable, *args):
    try:
        return read(*args)
    except sqlite3.DatabaseError as error:
        raise StoreError(str(error)) from error


def open_index(spec: CorpusSpec, use_cache: bool = True, on_progress: Callable[[Progress], None] | None = None,
               warn: Callable[[str], None] = lambda message: None) -> Index:
    """The index of ``spec``, refreshed. A store that cannot be trusted is rebuilt with one
    warning; without a usable cache folder the index is built in memory."""
    path = _store_path(spec, warn) if use_cache else None
    try:
        store = Store.open(path)
        report = refresh(store, spec, on_progress)
    except StoreError as error:
        if path is None:
            raise
        warn(f"the index at {path} cannot be used ({error}); rebuilding it")
        _remove_store(path)
        store = Store.open(path)
        report = refresh(store, spec, on_progress)
    return Index(store, spec, report)


def rebuild(index: Index, on_progress=None, warn=lambda message: None) -> Index:
    """A fresh index in place of one found damaged while answering."""
    path = index.store.path
    index.store.close()
    if path:
        warn(f"the index at {path} is damaged; rebuilding it")
        _remove_store(path)
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


def _remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass


# -- refreshing -----------------------------------------------------------------------------

def refresh(store: Store, spec: CorpusSpec, on_progress: Callable[[Progress], None] | None = None
            ) -> RefreshReport:
    report = RefreshReport()
    sources: list[SourceFile] = []
    for found in corpus.find_files(spec.paths, spec.extensions):
        (sources if isinstance(found, SourceFile) else report.skipped).append(found)
    try:
        with store.transaction():
            _refresh_files(store, sources, report, on_progress)
    except sqlite3.DatabaseError as error:
        raise StoreError(str(error)) from error
    report.skipped += [Skipped(row.file, row.reason or "unreadable") for row in store.files()
                       if row.status == "skipped"]
    return report


def _refresh_files(store: Store, sources: list[SourceFile], report: RefreshReport, on_progress) -> None:
    stored = {row.path: row for row in store.files()}
    current = {str(s.path) for s in sources}
    gone = [row.id for path, row in stored.items() if path not in current]
    todo = [s for s in sources if not _unchanged(stored.get(str(s.path)), s)]
    report.unchanged = len(sources) - len(todo)
    progress = Progress(len(todo), sum(s.size for s in todo))
    report.removed = len(gone)
    changed = bool(gone)
    for source, result in _read_all(todo, progress, on_progress):
        row = stored.get(str(source.path))
        if row and row.sha256 == result["sha256"] and row.sha256:
            store.touch_file(row.id, source.size, source.mtime_ns)  # touched, not changed
            continue
        if row:
            gone.append(row.id)
        store.add_file(str(source.path), source.file, source.size, source.mtime_ns, **result)
        report.read += 1
        changed = True
    store.remove_files(gone)
    if changed:
        _write_records(store)


def _unchanged(row, source: SourceFile) -> bool:
    return row is not None and row.size == source.size and row.mtime_ns == source.mtime_ns


def _read_all(todo: list[SourceFile], progress: Progress, on_progress) -> Iterator[tuple[SourceFile, dict]]:
    with _mapper(len(todo)) as mapper:
        for source, result in zip(todo, mapper(read_file, todo), strict=True):
            progress.done_files += 1
            progress.done_bytes += source.size
            if on_progress:
                on_progress(progress)
            yield source, result


@contextmanager
def _mapper(count: int):
    """``map``, on every core when there are many files."""
    if count < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield map
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor()
    try:
        yield lambda function, items: pool.map(function, items, chunksize=16)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def read_file(source: SourceFile) -> dict:
    """What the store keeps of one file: its facts, lines and sentences, or why it was skipped."""
    try:
        article = corpus.read_document(source)
    except corpus.Unreadable as why:
        return {"sha256": None, "status": "skipped", "reason": str(why)}
    from .extract.article import extract

    try:
        facts = extract(article.file, article.text)
    except Exception as error:  # a bug must cost one file, not the corpus; the reason names it
        return {"sha256": article.sha256, "status": "skipped",
                "reason": f"could not be read: {type(error).__name__}: {error}"}
    lines = article.lines
    sentences = [(s.line, s.start, s.end, s.folded) for s in facts.sentences]
    facts.sentences = []
    stored = to_dict(facts)
    return {"sha256": article.sha256, "status": "read", "encoding": article.encoding, "facts": stored,
            "lines": lines, "sentences": sentences}


def _write_records(store: Store) -> None:
    from .extract.article import ArticleFacts
    from .merge import merge

    merged = merge(from_dict(ArticleFacts, facts) for facts in store.all_facts())
    records = {}
    for record in merged.records():
        data = to_dict(record)
        records[record.id] = (record.kind, json.dumps(data, ensure_ascii=False), folded_text(data))
    store.replace_records(records)
    store.add_spellings(store.vocabulary(), spelling.variants)
