"""Where output goes and how it looks: terminal or pipe, colour or not.

Data goes to stdout; warnings, progress and errors to stderr as ``nghiquyet: ...``.
Rich is imported only when a table or a progress bar is drawn.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import TextIO

PROGRAM = "nghiquyet"


class ColorMode(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class Format(StrEnum):
    table = "table"  # Rich on a terminal, tab-separated lines through a pipe
    json = "json"
    jsonl = "jsonl"
    csv = "csv"  # a header row, then RFC 4180 rows

    @property
    def is_json(self) -> bool:
        return self in (Format.json, Format.jsonl)


@dataclass(frozen=True, slots=True)
class Output:
    format: Format
    stdout_is_terminal: bool
    color: bool
    stderr_is_terminal: bool

    @classmethod
    def decide(cls, format: Format, color: ColorMode, stdout: TextIO | None = None,
               stderr: TextIO | None = None) -> Output:
        stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
        terminal = _is_terminal(stdout)
        if color is ColorMode.auto:
            wants_color = terminal and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        else:
            wants_color = color is ColorMode.always
        return cls(format, terminal, wants_color, _is_terminal(stderr))

    @property
    def rich(self) -> bool:
        """Draw Rich tables (a person at a terminal), else tab-separated lines."""
        return self.format is Format.table and self.stdout_is_terminal

    def console(self):
        from rich.console import Console

        return Console(file=sys.stdout, color_system="auto" if self.color else None, highlight=False,
                       markup=False, emoji=False, soft_wrap=False, force_terminal=self.stdout_is_terminal)

    def error_console(self):
        from rich.console import Console

        return Console(file=sys.stderr, color_system="auto" if self.color and self.stderr_is_terminal else None,
                       highlight=False, markup=False, emoji=False)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def say(message: str) -> None:
    print(f"{PROGRAM}: {message}", file=sys.stderr)


def warn(message: str) -> None:
    print(f"{PROGRAM}: warning: {message}", file=sys.stderr)


def error(message: str) -> None:
    print(f"{PROGRAM}: error: {message}", file=sys.stderr)


def skipped(file: str, reason: str) -> None:
    print(f"{PROGRAM}: skipped {file}: {reason}", file=sys.stderr)
