"""Text out of the files people keep beside plain text: saved web pages, Word files, PDFs.

One reader a format (``html``, ``docx``, ``pdf``), each turning a file's bytes into an
``Extracted``: the text, as a plain-text article would hold it, and what the file says of
itself that the text does not (a page's publication date, where a PDF's pages begin). The
libraries they need come with the optional extra ``nghiquyet[formats]`` and are imported
only when such a file is read; without them the file is skipped, and the reason says
what to install.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import os
from dataclasses import dataclass

from ..corpus import FORMAT_OF_SUFFIX, Unreadable

EXTRA = "pip install 'nghiquyet[formats]'"
_READERS = {suffix: name for suffix, name in FORMAT_OF_SUFFIX.items() if name != "txt"}
_NAMES = {"html": "saved web pages", "docx": "Word files", "pdf": "PDF files"}
_LIBRARIES = ("trafilatura", "docx", "pypdf")


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    published: dt.date | None = None  # from the file's metadata, not from its text
    page_starts: tuple[int, ...] = ()  # the line (1-based) each page of a PDF begins on


def format_of(path: str) -> str:
    """The reader a file is read with: ``txt`` for anything not one of the formats."""
    return _READERS.get(os.path.splitext(path)[1].lower(), "txt")


def installed() -> str:
    """Which of the libraries of the extra can be imported (found, not imported): what a
    file of these formats gives depends on it."""
    return ",".join(name for name in _LIBRARIES if importlib.util.find_spec(name) is not None)


def extract(path: str, raw: bytes) -> Extracted:
    """The text of a file of one of the formats; raises ``Unreadable`` with the reason."""
    name = format_of(path)
    try:
        reader = importlib.import_module(f".{name}", __package__)
    except ImportError as error:
        raise Unreadable(f"reading {_NAMES[name]} needs the formats extra: {EXTRA}") from error
    try:
        return reader.extract(raw)
    except Unreadable:
        raise
    except Exception as error:  # the libraries parse untrusted bytes: whatever they raise costs one file
        raise Unreadable(f"not a readable {name} file ({type(error).__name__})") from error
