"""CSV on stdout (``--csv``): a header row, then one row a record, quoted as RFC 4180
says (Python's ``csv``: fields with commas, quotes or line breaks in double quotes,
quotes doubled, rows ended by CRLF), UTF-8; with ``bom``, a byte-order mark first, by
which spreadsheet programs know the file is UTF-8. The fields are a pipe's
(``plain.fields``), so a column means the same in both. Named apart from the standard
library's ``csv``, which it uses."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable

BOM = "\ufeff"


def write(header: list[str], rows: Iterable[list[str]], bom: bool = False) -> None:
    """The header and the rows, a row at a time (callers pass generators)."""
    if bom:
        sys.stdout.write(BOM)
    writer = csv.writer(sys.stdout)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
