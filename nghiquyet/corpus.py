"""Find the corpus files and turn their bytes into text, skipping what cannot be read.

Nothing here prints: every file that cannot be used comes back as a ``Skipped`` with
the reason, and the caller decides how to tell the user.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_EXTENSIONS = ("txt",)
ENV_VAR = "NGHIQUYET_CORPUS"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters are never text: they become spaces so that no article can move
# the cursor or clear a terminal. Tabs and line ends stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_END = re.compile(r"\r\n?")
_BINARY_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    file: str  # relative to its corpus root, with / between parts
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Skipped:
    file: str
    reason: str


@dataclass(frozen=True, slots=True)
class Document:
    file: str
    text: str  # NFC, "\n" line ends, no control characters
    encoding: str
    sha256: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


class Unreadable(Exception):
    """The bytes of a file are not text this tool can read; the message says why."""


def bundled_seeds() -> Path:
    """The five articles the tool answers from when no corpus is given."""
    installed = Path(__file__).with_name("_seeds")  # placed there by the wheel build
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "seeds"


def corpus_paths(given: Iterable[Path] | None) -> list[Path]:
    """What to read: the paths given, else ``$NGHIQUYET_CORPUS``, else the seeds."""
    paths = list(given or [])
    if not paths:
        paths = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    return paths or [bundled_seeds()]


def find_files(paths: Iterable[Path], extensions: Iterable[str] = DEFAULT_EXTENSIONS
               ) -> Iterator[SourceFile | Skipped]:
    """Every file to read below ``paths``, in a stable order, and every one to skip."""
    suffixes = {"." + ext.lower().lstrip(".") for ext in extensions}
    seen: set[tuple[int, int]] = set()
    for root in paths:
        yield from _walk_root(Path(root), suffixes, seen)


def _walk_root(root: Path, suffixes: set[str], seen: set[tuple[int, int]]):
    try:
        info = root.stat()
    except OSError as error:
        yield Skipped(str(root), _why(error))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk_folder(root, root, suffixes, seen, ancestors=())
    else:  # a file named on the command line is read whatever its extension
        yield from _file_entry(root, root.name, info, seen)


def _walk_folder(folder: Path, root: Path, suffixes, seen, ancestors):
    try:
        info = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield Skipped(_shown(folder, root), _why(error))
        return
    here = (info.st_dev, info.st_ino)
    ancestors = (*ancestors, here)
    for entry in entries:
        path = Path(entry.path)
        try:
            target = path.stat()
        except OSError as error:
            yield Skipped(_shown(path, root), _why(error, is_link=entry.is_symlink()))
            continue
        if stat.S_ISDIR(target.st_mode):
            key = (target.st_dev, target.st_ino)
            if key in ancestors:
                yield Skipped(_shown(path, root), "symbolic link loop: it leads back to a folder above it")
            elif entry.is_symlink() and key in seen:
                yield Skipped(_shown(path, root), "link to a folder already read")
            else:
                seen.add(key)
                yield from _walk_folder(path, root, suffixes, seen, ancestors)
        elif path.suffix.lower() in suffixes:
            yield from _file_entry(path, _relative(path, root), target, seen)


def _file_entry(path: Path, file: str, info: os.stat_result, seen: set[tuple[int, int]]):
    if not stat.S_ISREG(info.st_mode):
        yield Skipped(file, "not a regular file")
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield Skipped(file, "same file as one already read (a link to it)")
        return
    seen.add(key)
    yield SourceFile(path, file, info.st_size, info.st_mtime_ns)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _shown(path: Path, root: Path) -> str:
    return _relative(path, root) if path != root else str(path)


def _why(error: OSError, is_link: bool = False) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno == errno.ENOENT:
        return "broken symbolic link" if is_link else "no such file or folder"
    if error.errno == errno.EACCES:
        return "permission denied"
    return error.strerror or str(error)


def read_document(source: SourceFile) -> Document:
    """The text of one file; raises ``Unreadable`` with the reason it cannot be used."""
    try:
        raw = source.path.read_bytes()
    except OSError as error:
        raise Unreadable(_why(error)) from error
    text, encoding = decode(raw)
    return Document(source.file, text, encoding, hashlib.sha256(raw).hexdigest())


def decode(raw: bytes) -> tuple[str, str]:
    """Text and encoding name of a file's bytes: BOM, else UTF-8, else Windows-1258."""
    if not raw:
        raise Unreadable("empty file")
    text, encoding = _decode_bytes(raw)
    if _control_share(text) > _BINARY_SHARE:
        raise Unreadable("binary file")
    text = _CONTROL.sub(" ", _LINE_END.sub("\n", unicodedata.normalize("NFC", text)))
    if not text.strip():
        raise Unreadable("no text, only white space")
    return text, encoding


def _decode_bytes(raw: bytes) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError as error:
                raise Unreadable(f"invalid {codec.removesuffix('-sig').upper()} after its byte order mark") from error
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\0" in raw:
        raise Unreadable("binary file")
    try:
        return raw.decode("cp1258"), "windows-1258"
    except UnicodeDecodeError as error:
        raise Unreadable("neither UTF-8, UTF-16 nor Windows-1258 text") from error


def _control_share(text: str) -> float:
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)
