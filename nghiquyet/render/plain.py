"""Tab-separated lines for pipes: one record a line, no header, ISO dates, no colour."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from .views import Column

_BREAKS = re.compile(r"[\t\r\n]+")


def cell(text: str) -> str:
    return _BREAKS.sub(" ", text)


def fields(item, columns: tuple[Column, ...]) -> list[str]:
    out = []
    for column in columns:
        out.append(column.value(item))
        out.extend(column.detail(item) if column.detail else ())
    return out


def rows(items: Iterable, columns: tuple[Column, ...], lead: tuple[str, ...] = ()) -> None:
    for item in items:
        sys.stdout.write("\t".join(map(cell, (*lead, *fields(item, columns)))) + "\n")


def pairs(items: Iterable[tuple[str, str]]) -> None:
    for key, value in items:
        sys.stdout.write(f"{cell(key)}\t{cell(value)}\n")
