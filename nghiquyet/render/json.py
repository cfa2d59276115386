"""JSON on stdout: one array (``--json``) or one object a line (``--jsonl``), written as
it is produced, UTF-8 text unescaped."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import TextIO


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def items(values: Iterable[dict], lines: bool) -> None:
    if lines:
        for value in values:
            sys.stdout.write(dumps(value) + "\n")
    else:
        _write_array(values)
        sys.stdout.write("\n")


def document(value: dict) -> None:
    sys.stdout.write(dumps(value) + "\n")


def streamed_object(head: dict, parts: Iterable[tuple[str, Iterable[dict]]], out: TextIO) -> None:
    """``{head..., "part": [...], ...}`` written part by part to ``out``, never whole in memory."""
    fields = [f"{dumps(k)}: {dumps(v)}" for k, v in head.items()]
    out.write("{" + ", ".join(fields))
    for i, (name, values) in enumerate(parts):
        out.write((", " if fields or i else "") + f"{dumps(name)}: ")
        _write_array(values, out)
    out.write("}\n")


def _write_array(values: Iterable[dict], out: TextIO | None = None) -> None:
    """The array, a value at a time (callers pass generators)."""
    out = out or sys.stdout
    out.write("[")
    first = True
    for value in values:
        out.write(("\n" if first else ",\n") + dumps(value))
        first = False
    out.write("]" if first else "\n]")
