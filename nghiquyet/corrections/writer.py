"""Adding a correction to a corrections file, as ``nghiquyet correct`` does.

The file is the user's: what is in it (comments, notes, the order of things) stays as
it is, and each correction is a table added at its end. Only the few shapes corrections
take are written (text, whole numbers, lists of text, the small inline tables of hints),
so a small writer does, with TOML's escapes for text; what it writes is read back with
``tomllib`` before it replaces the file, and the file is replaced whole (a new file
renamed over it), never left half written.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..replacing import replacing

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_value(value) -> str:
    if isinstance(value, bool):
        raise TypeError("corrections hold no true or false")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):  # an inline table, its keys bare words
        return "{ " + ", ".join(f"{key} = {toml_value(v)}" for key, v in value.items() if v is not None) + " }"
    raise TypeError(f"a correction holds no {type(value).__name__}")


def comment(text: str) -> str:
    """Text as a comment line: on one line, without control characters."""
    return "# " + " ".join("".join(c if c.isprintable() else " " for c in text).split())


def append(path: Path, action: str, entries: dict, about: str | None = None) -> int:
    """Add ``[[action]]`` with ``entries`` (keys in the order given; None left out) at the
    end of the file, after a comment saying ``about``; the line of the table's header."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        text = ""
    lead = "" if not text else ("\n" if text.endswith("\n") else "\n\n")  # a blank line before it
    block = [comment(about)] if about else []
    block.append(f"[[{action}]]")
    block += [f"{key} = {toml_value(value)}" for key, value in entries.items() if value is not None]
    new = text + lead + "\n".join(block) + "\n"
    tomllib.loads(new)  # what is written reads back
    _replace(path, new)
    return len((text + lead).splitlines()) + (1 if about else 0) + 1


def _replace(path: Path, text: str) -> None:
    """``text`` as the file at ``path`` (through a link, the file it links to, so that a
    team's shared file stays shared), its mode kept."""
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path, keep_mode=True) as part:
        part.write_text(text, encoding="utf-8", newline="\n")
