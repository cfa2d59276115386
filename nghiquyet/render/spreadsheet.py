"""CSV on stdout (``--csv``): a header row, then one row a record, quoted as RFC 4180
says (Python's ``csv``: fields with commas, quotes or line breaks in double quotes,
quotes doubled, rows ended by CRLF), UTF-8; with ``bom``, a byte-order mark first, by
which spreadsheet programs know the file is UTF-8. The fields are a pipe's
(``plain.fields``), so a column means the same in both. Named apart from the standard
library's ``csv``, which it uses.

With ``bom`` the CSV is for a spreadsheet program, which takes a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return for a formula: article text that
does so could compute, or call out, when opened (CSV injection), and a day whose year is
unknown (``--03-21``) would become a number. Such a cell is written after a single quote,
as OWASP advises, which spreadsheet programs read as "text". Without ``bom`` the CSV is
data for programs (Python's csv, pandas, Datasette) and every cell is the value itself."""

from __future__ import annotations

import contextlib
import csv
import io
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write(header: list[str], rows: Iterable[list[str]], bom: bool = False) -> None:
    """The header and the rows, a row at a time (callers pass generators); with ``bom``,
    for a spreadsheet program. UTF-8 whatever the locale says standard output is."""
    with _utf8_stdout() as out:
        if bom:
            out.write(BOM)
        writer = csv.writer(out)
        writer.writerow(header)
        for row in rows:
            writer.writerow([as_text(cell) for cell in row] if bom else row)


@contextlib.contextmanager
def _utf8_stdout() -> Iterator[TextIO]:
    """Standard output as UTF-8 text; one with no bytes beneath (a test's) as it is."""
    if not hasattr(sys.stdout, "buffer"):
        yield sys.stdout
        return
    sys.stdout.flush()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield out
    finally:
        out.flush()
        out.detach()  # standard output stays open for whoever prints after


def as_text(cell: str) -> str:
    """A cell a spreadsheet program shows as written, never runs as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell
