"""Knowing that a corpus is as its index has it, without listing its folders again.

Listing every folder of a corpus and looking at every entry (``corpus.find_files``) is most
of what a warm query would cost on 20,000 files. So each walk leaves behind what it saw:
the size, modification time and change time of every file it found (the store's ``files``
table), and what ``stat`` said of every other path it looked at: each folder it listed,
each link, each entry it could not use (a ``Snapshot``). That the corpus did not change is
then a ``stat`` of each of those paths, with no listing and no write (``unchanged``):

- a file edited in place gets a new modification time and a new change time
  (``st_ctime``: the system sets it on every write, rename or change of permission, and no
  program can set it back), so an edit whose modification time was put back still shows;
- a file or folder added, removed or renamed changes the modification time of the folder
  that holds it; a folder reached through a link is watched at the path the walk took, so
  what changes at the link's target shows too;
- anything else that changes what the walk finds (a link that now leads somewhere, a
  permission) changes the ``stat`` of a path watched.

A file system keeps times in ticks: a few milliseconds on ext4, a second on ext3 and HFS+,
two seconds on FAT. A second change within the tick of the walk would leave the times
as they were. So, as git does with its "racily clean" entries, a path that changed less
than ``UNSETTLED_NS`` before the walk is not trusted: its file's change time is stored as
``UNKNOWN_CTIME`` (the next refresh hashes that file again, and reads it only if its bytes
differ) and the snapshot is marked unsettled, so that the next query walks again. A
corpus left alone for two seconds is settled.

A command does not wait for this check: it answers from the index while ``Check`` stats
the files in a child process (a thread where there is no fork), then waits for it before
it shows anything, and answers again from a refreshed index when something changed. The
check and the answer read the same committed state of the store (one read transaction).

Where a file system keeps no change time of its own (FAT, some network shares, where it
is the modification time), a file edited with its size kept and its modification time
put back is not seen, as it was not before any of this.
"""

from __future__ import annotations

import gc
import json
import os
import time
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

UNSETTLED_NS = 2_000_000_000  # two seconds: the coarsest tick of a file system's times (FAT)
UNKNOWN_CTIME = -1  # a file's change time, stored when the file changed too recently to be trusted

FileState = tuple[str, int, int, int]  # path, size, mtime_ns, ctime_ns, as the files table holds them
Signature = list[int] | int  # what stat says of a path: type, device, inode, size, times; or the error number


def now_ns() -> int:
    """The time a walk starts, to compare with the times the file system keeps."""
    return time.time_ns()


def signature(outcome: os.stat_result | OSError) -> Signature:
    """What ``stat`` said of a path, as JSON: any change to the path, its contents (for a
    folder: its entries) or its permissions changes it."""
    if isinstance(outcome, OSError):
        return outcome.errno or -1
    return [outcome.st_mode, outcome.st_dev, outcome.st_ino, outcome.st_size, outcome.st_mtime_ns,
            outcome.st_ctime_ns]


def changed_lately(mtime_ns: int, ctime_ns: int, walk_started_ns: int) -> bool:
    """Whether a path changed so shortly before a walk that another change within the same
    tick of the file system's clock would not show in its times."""
    return max(mtime_ns, ctime_ns) >= walk_started_ns - UNSETTLED_NS


def settled(outcome: os.stat_result | OSError, walk_started_ns: int) -> bool:
    return isinstance(outcome, OSError) or not changed_lately(outcome.st_mtime_ns, outcome.st_ctime_ns,
                                                              walk_started_ns)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a walk saw besides the files it read: the paths it looked at with what ``stat``
    said of each, the entries it skipped and why, and whether all of it is settled."""

    watched: list[tuple[str, Signature]]
    skipped: list[tuple[str, str]]
    settled: bool
    not_asked: dict[str, int] = field(default_factory=dict)  # files per format --ext did not ask for

    @classmethod
    def taken(cls, looked_at: Iterable[tuple[str, os.stat_result | OSError]], skipped: Iterable[tuple[str, str]],
              files_settled: bool, walk_started_ns: int, not_asked: dict[str, int] | None = None) -> Snapshot:
        looked_at = list(looked_at)
        return cls([(path, signature(outcome)) for path, outcome in looked_at], [tuple(s) for s in skipped],
                   files_settled and all(settled(outcome, walk_started_ns) for _, outcome in looked_at),
                   dict(sorted((not_asked or {}).items())))

    def to_json(self) -> str:
        return json.dumps({"settled": self.settled, "watched": self.watched, "skipped": self.skipped,
                           "not_asked": self.not_asked}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        data = json.loads(text)
        return cls([tuple(w) for w in data["watched"]], [tuple(s) for s in data["skipped"]], bool(data["settled"]),
                   data.get("not_asked", {}))


def unchanged(files: Iterable[FileState], watched: Iterable[tuple[str, Signature]]) -> bool:
    """Whether every file and every watched path is as the walk left it: a ``stat`` of
    each, stopping at the first difference."""
    stat = os.stat
    for path, expected in watched:
        try:
            found = signature(stat(path))
        except OSError as error:
            found = signature(error)
        if found != expected:
            return False
    for path, size, mtime_ns, ctime_ns in files:
        try:
            info = stat(path)
        except OSError:
            return False
        if info.st_ctime_ns != ctime_ns or info.st_mtime_ns != mtime_ns or info.st_size != size:
            return False
    return True


class Check:
    """``unchanged(files, watched)`` worked out beside the command, started at once:
    ``result`` waits for it.

    Where the system can fork, in a child process. A thread gets the interpreter's lock
    back after each ``stat`` only when the command's own Python lets it go, every few
    milliseconds: it checked little while the command answered, and most of it after.
    A child runs on another core; it only calls ``stat``, then says yes or no through a
    pipe and ends without running anything of the parent's (no exit handler, no flush)."""

    def __init__(self, files: list[FileState], watched: list[tuple[str, Signature]]):
        self._answer: bool | None = None
        if hasattr(os, "fork"):
            self._pid, self._pipe = _child(files, watched)
            self._done = weakref.finalize(self, _reap, self._pid, self._pipe)
        else:
            import threading

            self._thread = threading.Thread(target=self._run, args=(files, watched), name="nghiquyet-check",
                                            daemon=True)
            self._thread.start()

    def _run(self, files, watched) -> None:
        self._answer = _safely_unchanged(files, watched)

    def result(self) -> bool:
        """Whether the corpus is as the index has it."""
        if self._answer is None:
            if hasattr(self, "_pid"):
                said = os.read(self._pipe, 1)  # nothing when the child died: a change, for safety
                self._done()
                self._answer = said == b"1"
            else:
                self._thread.join()
        return bool(self._answer)


def _safely_unchanged(files, watched) -> bool:
    try:
        return unchanged(files, watched)
    except Exception:  # a path that cannot be looked at counts as a change; the refresh then says what it is
        return False


def _child(files, watched) -> tuple[int, int]:
    """A child process that checks, and the pipe it answers through."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            gc.disable()  # no object of the parent's (its store's connection) is finalised here
            os.close(reading)
            for stream in range(3):  # a reader of the command's output never waits for the check
                os.close(stream)
            os.write(writing, b"1" if _safely_unchanged(files, watched) else b"0")
        finally:
            os._exit(0)
    os.close(writing)
    return pid, reading


def _reap(pid: int, pipe: int) -> None:
    os.close(pipe)
    os.waitpid(pid, 0)
