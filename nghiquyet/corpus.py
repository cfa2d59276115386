"""Find the corpus files and turn their bytes into text, skipping what cannot be read.

Nothing here prints: every file that cannot be used comes back as a ``Skipped`` with
the reason, and the caller decides how to tell the user.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .articles import Article

DEFAULT_EXTENSIONS = ("txt",)
# The format each extension this tool reads is asked for by (--ext); a file of one of them
# that --ext did not ask for is told of, not read.
FORMAT_OF_SUFFIX = {".txt": "txt", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
ENV_VAR = "NGHIQUYET_CORPUS"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters are never text: they become spaces so that no article can move
# the cursor, clear a terminal or turn text around (bidi overrides). Tabs and line ends stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_END = re.compile(r"\r\n?")
# A syllable some pages split after its marked vowel ("Thà nh ủy", "Ban Chấp hà nh"): the
# consonants left alone can be no syllable of their own.
_SPLIT_SYLLABLE = re.compile(r"(?i:(?<=[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵâêôơưă])) "
                             r"(?=(?:nh|ng|ch)(?![^\W\d_]))")
_BINARY_SHARE = 0.05


class SourceFile(NamedTuple):  # a tuple: every query makes one per file, and tuples are the quickest to make
    path: str
    file: str  # relative to its corpus root, with / between parts
    size: int
    mtime_ns: int
    ctime_ns: int  # the change time, which every write sets, whatever the modification time says


Watcher = Callable[[str, "os.stat_result | OSError"], None]


def _unwatched(path: str, outcome) -> None:
    pass


class Skipped(NamedTuple):
    file: str
    reason: str


class NotAsked(NamedTuple):
    """A file of a format this tool reads, left alone because --ext did not ask for it."""

    file: str
    format: str


@dataclass(frozen=True, slots=True)
class Document:
    file: str
    text: str  # NFC, "\n" line ends, no control characters
    encoding: str  # for a saved page, Word file or PDF, its format
    sha256: str
    published: dt.date | None = None  # from the file's metadata
    page_starts: tuple[int, ...] = ()  # of a PDF: the line each page begins on

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


def find_files(paths: Iterable[Path], extensions: Iterable[str] = DEFAULT_EXTENSIONS, watch: Watcher = _unwatched
               ) -> Iterator[SourceFile | Skipped | NotAsked]:
    """Every file to read below ``paths``, in a stable order, every one to skip, and every
    one of a format read by another ``--ext``.

    A file is named relative to its root; with several roots, after the root's own name
    (``a/x.txt``, ``b/x.txt``), so that no two files share a name. ``watch(path, stat or
    error)`` hears of every other path looked at (each folder listed, each link, each
    entry skipped), so that a later look at those paths can tell whether the walk would
    find anything new (see ``freshness``).
    """
    asked = {"." + ext.lower().lstrip(".") for ext in extensions}
    formats = {FORMAT_OF_SUFFIX[suffix] for suffix in asked if suffix in FORMAT_OF_SUFFIX}
    # a format is read under every name it goes by: browsers save pages as .html or .htm
    suffixes = asked | {suffix for suffix, format_ in FORMAT_OF_SUFFIX.items() if format_ in formats}
    seen: set[tuple[int, int]] = set()
    roots = [Path(p) for p in paths]
    for root, name in zip(roots, _root_names(roots), strict=True):
        for found in _walk_root(root, suffixes, seen, watch):
            yield _renamed(found, name, root) if name else found


def not_asked_note(counts: dict[str, int]) -> str:
    """One line on the files of each format no ``--ext`` asked for, and how to read them."""
    files = ", ".join(f"{n} .{name}" for name, n in counts.items())
    asking = " ".join(f"--ext {name}" for name in counts)
    return f"{files} {'file' if sum(counts.values()) == 1 else 'files'} not read: add {asking}"


def _root_names(roots: list[Path]) -> list[str]:
    """Names that tell the roots apart: their last path parts, as many as it takes."""
    if len(roots) < 2:
        return [""] * len(roots)
    for depth in range(1, 8):
        names = [shown("/".join(Path(os.path.abspath(r)).parts[-depth:])) for r in roots]
        if len(set(names)) == len(names):
            return names
    return [str(i) for i in range(1, len(roots) + 1)]


def _renamed(found: SourceFile | Skipped | NotAsked, name: str, root: Path) -> SourceFile | Skipped | NotAsked:
    if isinstance(found, Skipped) and found.file == str(root):
        return found  # the root itself could not be read: it keeps the path as given
    return found._replace(file=f"{name}/{found.file}" if root.is_dir() else name)


def _walk_root(root: Path, suffixes: set[str], seen: set[tuple[int, int]], watch: Watcher):
    try:
        info = root.stat()
    except OSError as error:
        watch(str(root), error)
        yield Skipped(shown(str(root)), _why(error, is_link=root.is_symlink()))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk_folder(str(root), "", info, suffixes, seen, (), watch)
    else:  # a file named on the command line is read whatever its extension
        yield _file_entry(str(root), shown(root.name), info, seen, watch)


def _walk_folder(folder: str, relative: str, info: os.stat_result, suffixes, seen, ancestors, watch: Watcher):
    """The files below ``folder`` (``relative`` to the root), depth first, in name order."""
    watch(folder, info)  # as it was before it was listed: a change while it is listed shows next time
    try:
        # Real files and folders first, so that a link is the one named as a repeat.
        entries = sorted(os.scandir(folder), key=lambda e: (e.is_symlink(), e.name))
    except OSError as error:
        yield Skipped(relative or shown(folder), _why(error))
        return
    ancestors = (*ancestors, (info.st_dev, info.st_ino))
    for entry in entries:
        name = entry.name
        dot = name.rfind(".")
        suffix = name[dot:].lower() if dot > 0 else ""
        file = f"{relative}/{shown(name)}" if relative else shown(name)
        if not (suffix in suffixes or entry.is_dir(follow_symlinks=False) or entry.is_symlink()):
            if suffix in FORMAT_OF_SUFFIX:
                yield NotAsked(file, FORMAT_OF_SUFFIX[suffix])
            continue  # neither a file to read nor a folder: not even looked at
        try:
            target = entry.stat()  # follows links
        except OSError as error:
            watch(entry.path, error)  # a broken link may be mended
            if suffix in suffixes or not suffix:  # a broken link to a file not wanted is no loss
                yield Skipped(file, _why(error, is_link=entry.is_symlink()))
            continue
        if stat.S_ISDIR(target.st_mode):
            key = (target.st_dev, target.st_ino)
            if key in ancestors:
                watch(entry.path, target)
                yield Skipped(file, "symbolic link loop: it leads back to a folder above it")
            elif entry.is_symlink() and key in seen:
                watch(entry.path, target)
                yield Skipped(file, "link to a folder already read")
            else:
                seen.add(key)
                yield from _walk_folder(entry.path, file, target, suffixes, seen, ancestors, watch)
        elif suffix in suffixes:
            yield _file_entry(entry.path, file, target, seen, watch)
        else:  # a link to a file not wanted: it may come to lead to a folder
            watch(entry.path, target)


def _file_entry(path: str, file: str, info: os.stat_result, seen: set[tuple[int, int]], watch: Watcher
                ) -> SourceFile | Skipped:
    """A file to read, or why not; a file read is watched through its state in the index."""
    if not stat.S_ISREG(info.st_mode):
        watch(path, info)
        return Skipped(file, "not a regular file")
    key = (info.st_dev, info.st_ino)
    if key in seen:
        watch(path, info)
        return Skipped(file, "same file as one already read (a link to it)")
    seen.add(key)
    return SourceFile(path, file, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def shown(name: str) -> str:
    """A file name fit to print: control characters become "?", as ls shows them."""
    return name if name.isprintable() else _NAME_CONTROL.sub("?", name)


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
        with open(source.path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise Unreadable(_why(error)) from error
    sha256 = hashlib.sha256(raw).hexdigest()
    if is_plain_text(source.path):
        return Document(source.file, *decode(raw), sha256)
    return _formatted(source, raw, sha256)


def is_plain_text(path: str) -> bool:
    """Not a saved page, Word file or PDF: text to decode (a big one a part at a time)."""
    from .formats import format_of

    return format_of(path) == "txt"


def _formatted(source: SourceFile, raw: bytes, sha256: str) -> Document:
    from . import formats

    if not raw:
        raise Unreadable("empty file")
    extracted = formats.extract(source.path, raw)
    text = as_text(extracted.text)
    if not text.strip():
        raise Unreadable("no text, only white space")
    return Document(source.file, text, formats.format_of(source.path), sha256, extracted.published,
                    extracted.page_starts)


def decode(raw: bytes) -> tuple[str, str]:
    """Text and encoding name of a file's bytes: BOM, else UTF-8, else Windows-1258."""
    if not raw:
        raise Unreadable("empty file")
    text, encoding = _decode_bytes(raw)
    if _looks_binary(text):
        raise Unreadable("binary file")
    text = as_text(text)
    if not text.strip():
        raise Unreadable("no text, only white space")
    return text, encoding


def as_text(decoded: str) -> str:
    """NFC, "\n" line ends, no control characters, no syllable split in two."""
    text = _CONTROL.sub(" ", _LINE_END.sub("\n", unicodedata.normalize("NFC", decoded)))
    return _SPLIT_SYLLABLE.sub("", text)


PART_CHARS = 200_000  # an article longer than this (no marks between articles) is read in parts
BIG_FILE = 4_000_000  # bytes; a bigger file is read a part at a time, never whole
_CHUNK = 1 << 20


def parts(text: str) -> list[Article]:
    """The articles of a text, each cut at line ends into parts of about ``PART_CHARS``:
    as a big file is read, so that both give the same."""
    return list(_stream_articles([(text, False)]))


def _cut(text: str, size: int) -> int | None:
    """Just after the last line end before ``size``, else the first after it; None if
    the text has no line end (more of it is to come)."""
    if len(text) <= size:
        return None
    before = text.rfind("\n", 0, size)
    if before >= 0:
        return before + 1
    after = text.find("\n", size)
    return after + 1 if after >= 0 else None


class BigFile:
    """A big file read a part at a time: its parts (``iter``), then its hash and encoding."""

    def __init__(self, source: SourceFile):
        self.source = source
        self.sha256: str | None = None
        self.encoding = "utf-8"

    def hash(self) -> str:
        digest = hashlib.sha256()
        with _opened(self.source.path) as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def __iter__(self) -> Iterator[Article]:
        digest = hashlib.sha256()
        with _opened(self.source.path) as handle:
            yield from _stream_articles(self._decoded(handle, digest))
        self.sha256 = digest.hexdigest()

    def _decoded(self, handle, digest) -> Iterator[tuple[str, bool]]:
        """The file's text a megabyte at a time, and whether more is to come."""
        chunk = handle.read(_CHUNK)
        codec, self.encoding = _codec(chunk, complete=False)
        decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        if _looks_binary(decoder.decode(chunk[:65536])):
            raise Unreadable("binary file")
        decoder.reset()
        while chunk:
            digest.update(chunk)
            following = handle.read(_CHUNK)
            piece = decoder.decode(chunk, final=not following)
            if codec == "utf-8" and piece.count("\ufffd") > chunk.count("\ufffd".encode()):
                self.encoding = "utf-8 (with invalid bytes replaced)"  # as a file read whole would say
            yield piece, bool(following)
            chunk = following


def _stream_articles(pieces: Iterable[tuple[str, bool]]) -> Iterator[Article]:
    """The articles of a text that comes a piece at a time (with whether more is to
    come), each cut into parts of about ``PART_CHARS``: no more is held at once."""
    from . import articles  # here: a query that reads no file does not load the rules that split one
    carry, line, continues = "", 1, False
    for piece, more in pieces:
        carry += piece
        while carry and ((cut := _cut(carry, PART_CHARS)) or not more):
            cut = cut or len(carry)
            follows = more or cut < len(carry)
            window, carry = articles.split(as_text(carry[:cut]), continues, follows), carry[cut:]
            cut_short = follows and len(window) == 1  # one article longer than a part: the next part goes on
            if follows and len(window) > 1:  # the last article may go on in what follows
                carry = window.pop().text + carry
            for article in window:
                yield articles.Article(article.text, line, continues)
                line += article.text.count("\n")
                continues = False
            continues = cut_short


def _opened(path: str):
    try:
        return open(path, "rb")
    except OSError as error:
        raise Unreadable(_why(error)) from error


def _codec(head: bytes, complete: bool) -> tuple[str, str]:
    """The codec to read a file's bytes with, and the encoding to report: its byte order
    mark's, else UTF-8 (a stray invalid byte replaced, so that it does not lose an
    article), else Windows-1258. ``head`` is the whole file when ``complete``, else its
    first megabyte."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, codec.removesuffix("-sig")
    invalid = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(head, final=complete).count("\ufffd")
    if not invalid:
        return "utf-8", "utf-8"
    if b"\0" in head:
        raise Unreadable("binary file")
    if invalid <= max(1, len(head) // 1000):
        return "utf-8", "utf-8 (with invalid bytes replaced)"
    return "cp1258", "windows-1258"


def _decode_bytes(raw: bytes) -> tuple[str, str]:
    codec, encoding = _codec(raw, complete=True)
    try:
        return raw.decode(codec, errors="replace" if codec == "utf-8" else "strict"), encoding
    except UnicodeDecodeError as error:
        if codec != "cp1258":
            raise Unreadable(f"invalid {encoding.upper()} after its byte order mark") from error
        raise Unreadable("neither UTF-8, UTF-16 nor Windows-1258 text") from error


def _looks_binary(text: str) -> bool:
    """Many control characters, and few letters: a text with a stray NUL or escape code
    among its words is still a text."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample)) / max(len(sample), 1)
    if controls <= _BINARY_SHARE or controls > 0.3:  # letters counted only where they decide
        return controls > 0.3
    return sum(c.isalpha() for c in sample) / len(sample) < 0.5
