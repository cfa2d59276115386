"""A PDF with a text layer: its pages' text in order, each page's lines joined into its
paragraphs, and the line each page begins on."""

from __future__ import annotations

import io
import logging

import pypdf

from ..corpus import Unreadable, as_text
from . import Extracted, reflow

# pypdf reports what it mends in a damaged file through logging, which would reach stderr.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract(raw: bytes) -> Extracted:
    pages = ["\n".join(reflow.paragraphs(as_text(page.extract_text() or "").split("\n")))
             for page in pypdf.PdfReader(io.BytesIO(raw)).pages]
    if not any(text.strip() for text in pages):
        raise Unreadable("no text layer (a scanned PDF?): it needs OCR first, such as ocrmypdf")
    starts, line = [], 1
    for text in pages:
        starts.append(line)
        line += text.count("\n") + 1
    return Extracted("\n".join(pages), page_starts=tuple(starts))
