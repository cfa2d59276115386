"""Tab-separated lines for pipes: one record a line, no header, ISO dates, no colour."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from .views import Column

_BREAKS = re.compile(r"[\t\r\n]+")


def cell(text: str) -> str:
    return _BREAKS.sub(" ", text)


def rows(items: Iterable, columns: tuple[Column, ...], lead: tuple[str, ...] = ()) -> None:
    for item in items:
        sys.stdout.write("\t".join([*map(cell, lead), *(cell(c.value(item)) for c in columns)]) + "\n")


def pairs(items: Iterable[tuple[str, str]]) -> None:
    for key, value in items:
        sys.stdout.write(f"{cell(key)}\t{cell(value)}\n")
