"""A Word file (.docx): its paragraphs in order, one a line."""

from __future__ import annotations

import io

import docx

from ..corpus import Unreadable
from . import Extracted


def extract(raw: bytes) -> Extracted:
    paragraphs = [paragraph.text for paragraph in docx.Document(io.BytesIO(raw)).paragraphs]
    if not any(text.strip() for text in paragraphs):
        raise Unreadable("no text in the Word file")
    return Extracted("\n".join(paragraphs))
