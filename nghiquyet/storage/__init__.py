"""Where the index is kept: one interface, two engines side by side.

``sqlite.py`` is the embedded store, one file per corpus in the user's cache (the
default); ``postgres.py`` is a database shared by a team, where each corpus is a named
collection. The index (``index.py``) and the searches speak only to ``Store``: what a
file contributes, the merged records, and full-text and fuzzy lookup, each engine with
its own matching (FTS5; ``unaccent`` and ``pg_trgm``). Merge policy stays in the index;
storage stays here.

A lookup is what a search asks of the full-text index, already analysed (``Lookup``):
each group must be in the text, written as one of its runs of folded syllables. The
engine turns that into its own expression; query analysis and ranking are the same
Python code whichever engine answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

POSTGRES_SCHEMES = ("postgresql://", "postgres://")

Run = tuple[str, ...]  # folded syllables in a row
Lookup = list[tuple[Run, ...]]  # every group present, each as one of its runs


class StoreError(Exception):
    """The store cannot be used: damaged, written by another version or by other rules."""


class Unusable(Exception):
    """A shared database that cannot be reached or used as asked (a wrong URL, a server
    down, the driver not installed); the message says which, on one line."""


@dataclass(frozen=True, slots=True)
class FileRow:
    id: int
    path: str
    file: str
    size: int
    mtime_ns: int
    sha256: str | None
    status: str
    reason: str | None
    encoding: str | None
    line_count: int | None
    characters: int | None
    articles: int | None
    collection: str | None = None  # of a shared index, where two collections may each have a file of one name


@dataclass(frozen=True, slots=True)
class SentenceRow:
    pid: str  # the passage's id
    file: str
    line: int
    start: int
    end: int
    text: str  # the whole line
    page: int | None = None  # of a PDF


class Store(Protocol):
    """What the index keeps, in whatever engine keeps it."""

    failures: tuple[type[Exception], ...]  # the driver's errors that mean the store is unusable
    merges_alone: bool  # no other writer's records to merge with: a new store merges in memory
    location: str  # where it is, for messages

    # -- one writer's unit of work, and a reader's consistent view
    def transaction(self) -> AbstractContextManager: ...
    def lock_records(self) -> None:
        """Inside a transaction, before the merged records are read and written: no other
        writer merges meanwhile."""
    def begin_reading(self) -> None: ...
    def end_reading(self) -> None: ...
    def close(self) -> None: ...

    # -- the files of the corpus, and what the last walk saw
    def files(self) -> list[FileRow]: ...
    def file_states(self) -> dict[str, tuple[int, int, int, int, str | None]]: ...
    def file_times(self) -> list[tuple[str, int, int, int]]: ...
    def snapshot(self) -> str | None: ...
    def set_snapshot(self, snapshot: str) -> None: ...
    def skipped_files(self) -> list[tuple[str, str]]: ...
    def touch_file(self, file_id: int, size: int, mtime_ns: int, ctime_ns: int) -> None: ...
    def remove_files(self, ids: Iterable[int]) -> None: ...
    def add_file(self, path: str, file: str, size: int, mtime_ns: int, ctime_ns: int, status: str,
                 reason: str | None = None, encoding: str | None = None) -> int: ...
    def add_part(self, file_id: int, file: str, first_line: int, text: str, starts_article: bool,
                 contributions: list[tuple[str, str, str | None, str]], refs: list[tuple[str, str]],
                 sentences: list[tuple[int, int, int, int | None, str]]) -> None: ...
    def finish_file(self, file_id: int, sha256: str | None) -> None: ...
    def line(self, file: str, line: int) -> str | None: ...

    # -- each file's contributions, from which the merged records are made
    def contributed_ids(self, file_ids: Iterable[int]) -> set[str]: ...
    def families_of(self, record_ids: Iterable[str]) -> set[str]: ...
    def family_members(self, families: Iterable[str]) -> dict[str, set[str]]: ...
    def contributions(self, record_ids: Iterable[str]) -> Iterator[tuple[str, dict]]: ...
    def referring(self, ref_ids: Iterable[str]) -> set[str]: ...
    def aliases(self) -> dict[str, str]: ...
    def set_aliases(self, forget: Iterable[str], aliases: dict[str, str]) -> None: ...

    # -- the merged records
    def write_record(self, record_id: str, kind: str, data: str, texts: list[str]) -> None:
        """Put a record (its JSON, and the texts a search looks at) in place."""
    def remove_records(self, ids: Iterable[str]) -> None: ...
    def records(self, kinds: Iterable[str] | None = None) -> Iterator[dict]:
        """The records of these kinds (all when ``None``), in the order of their ids."""
    def record_counts(self) -> dict[str, int]: ...
    def record(self, record_id: str) -> dict | None: ...
    def record_ids(self) -> list[str]: ...
    def sentence(self, pid: str) -> SentenceRow | None: ...

    # -- matching
    def matching_records(self, lookup: Lookup, kinds: list[str], limit: int) -> list[dict]: ...
    def matching_sentences(self, lookup: Lookup, limit: int) -> list[SentenceRow]: ...
    def near_words(self, word: str) -> set[str]:
        """Words of the index that may be one typo from ``word`` (the caller measures)."""
    def refresh_vocabulary(self) -> None:
        """After records are written: the words ``near_words`` looks among are up to date."""


def is_shared(url: str | None) -> bool:
    return bool(url) and url.startswith(POSTGRES_SCHEMES)


def open_shared(url: str, collection: str | None, rules: str, corpus: list[str] | None = None,
                shard: tuple[int, int] | None = None):
    """The PostgreSQL store at ``url``, narrowed to ``collection`` (every one when ``None``);
    with ``corpus``, that collection is to be written, from those paths (its ``shard``
    (k, n) of them: other indexers may write the other shards at the same time).

    Raises ``Unusable`` when the driver is missing or the server cannot be used."""
    try:
        from .postgres import PostgresStore
    except ImportError as missing:
        if not (missing.name or "").startswith("psycopg"):
            raise
        raise Unusable("--db postgresql://... needs psycopg: pip install 'nghiquyet[postgres]'") from missing
    return PostgresStore.open(url, collection, rules, corpus, shard)
