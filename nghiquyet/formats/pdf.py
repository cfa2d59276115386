"""A PDF with a text layer: its pages' text in order, and the line each page begins on."""

from __future__ import annotations

import io
import logging

import pypdf

from ..corpus import Unreadable, as_text
from . import Extracted

# pypdf reports what it mends in a damaged file through logging, which would reach stderr.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract(raw: bytes) -> Extracted:
    pages = [as_text(page.extract_text() or "") for page in pypdf.PdfReader(io.BytesIO(raw)).pages]
    if not any(text.strip() for text in pages):
        raise Unreadable("no text layer (a scanned PDF?): it needs OCR first, such as ocrmypdf")
    starts, line = [], 1
    for text in pages:
        starts.append(line)
        line += text.count("\n") + 1
    return Extracted("\n".join(pages), page_starts=tuple(starts))
