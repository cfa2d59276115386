"""A saved web page: the article's own text, without menus, related links or comments,
its title first, and the publication date its metadata gives (trafilatura, htmldate)."""

from __future__ import annotations

import datetime as dt

import trafilatura

from ..corpus import Unreadable
from . import Extracted

# Only the page's metadata dates it: a date guessed from its text could be any meeting's.
_METADATA_ONLY = {"extensive_search": False, "original_date": True}


def extract(raw: bytes) -> Extracted:
    page = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False,
                                       date_extraction_params=_METADATA_ONLY)
    if page is None or not (page.text or "").strip():
        raise Unreadable("no article text found in the page")
    return Extracted(_titled(page.title, page.text), _date(page.date))


def _titled(title: str | None, text: str) -> str:
    """The title as the first line, as a plain-text article has it, unless it is there."""
    if not title or text.lstrip().startswith(title):
        return text
    return f"{title}\n{text}"


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
