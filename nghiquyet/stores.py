"""The indexes kept in the cache folder (``nghiquyet cache``): which corpus each holds,
its size, when it was last used; and removing those no longer wanted.

A store records its corpus (paths and extensions) when it is made; one made by an
earlier version does not, and shows its corpus as unknown. "Last used" is the store's
modification time, which every command that opens it sets (``mark_used``): reading
alone would not change it. Only files named and made as nghiquyet names and makes its
stores are listed, so pruning and clearing never touch anything else kept there (an
``export --sqlite`` file, another program's database).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from .storage.sqlite import remove_store

STORE_NAME = re.compile(r"[0-9a-f]{16}\.sqlite")  # index.CorpusSpec.store_name: a key's digest
DAY = 86400


@dataclass(frozen=True, slots=True)
class StoredIndex:
    path: Path
    corpus: list[str] | None  # None: a store that does not say (made by an earlier version, or damaged)
    extensions: list[str]
    size: int  # bytes, with SQLite's files beside it
    last_used: float  # seconds since the epoch

    @property
    def corpus_gone(self) -> bool:
        """Every path it indexed is gone (a corpus of several paths, one still there, is not)."""
        return bool(self.corpus) and not any(os.path.lexists(p) for p in self.corpus)

    def unused_for(self, now: float) -> float:
        """Days since it was last used."""
        return max(now - self.last_used, 0) / DAY

    def to_dict(self) -> dict:
        return {"store": str(self.path), "corpus": self.corpus, "extensions": self.extensions, "size": self.size,
                "last_used": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(self.last_used)),
                "corpus_gone": self.corpus_gone}


def mark_used(path: Path | None) -> None:
    """Note that the store at ``path`` is in use now (nothing for an index in memory)."""
    if path is not None:
        try:
            os.utime(path)
        except OSError:
            pass  # not ours to change (a shared cache): its age then says less, nothing breaks


def stored(folder: Path) -> list[StoredIndex]:
    """The stores in ``folder``, the most recently used first."""
    found = []
    for path in folder.iterdir() if folder.is_dir() else ():
        if not STORE_NAME.fullmatch(path.name):
            continue
        try:
            meta = _meta(path)
            if meta is not None:
                found.append(_described(path, meta))
        except FileNotFoundError:
            continue  # removed meanwhile
    return sorted(found, key=lambda s: -s.last_used)


def _described(path: Path, meta: dict[str, str]) -> StoredIndex:
    files = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]
    size = sum(f.stat().st_size for f in files if f.exists())
    paths, extensions = _corpus_of(meta)
    return StoredIndex(path, paths, extensions, size, path.stat().st_mtime)


def _meta(path: Path) -> dict[str, str] | None:
    """What a store says of itself, or None for a file nghiquyet did not make. Read as an
    unchanging file, so that a look leaves no journal files behind."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, timeout=1)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except (sqlite3.Error, ValueError):
        return None
    return meta if "schema" in meta and "tool" in meta else None


def _corpus_of(meta: dict[str, str]) -> tuple[list[str] | None, list[str]]:
    try:
        described = json.loads(meta.get("corpus") or "null")
    except ValueError:
        return None, []
    if not isinstance(described, dict):
        return None, []
    return [str(p) for p in described.get("paths", [])], [str(e) for e in described.get("extensions", [])]


def prunable(stores: list[StoredIndex], older_than_days: float, now: float | None = None) -> list[StoredIndex]:
    """The stores whose corpus is gone or that were not used for ``older_than_days``."""
    now = time.time() if now is None else now
    return [s for s in stores if s.corpus_gone or s.unused_for(now) > older_than_days]


def remove(store: StoredIndex) -> None:
    remove_store(store.path)
