"""A PDF page's lines joined back into the paragraphs they were typeset from.

A PDF keeps no paragraphs, only lines laid out to a width, so a name or a label breaks
wherever the line is full (``Nguyễn Văn`` / ``Quang``, ``... CỦA BỘ`` / ``CHÍNH TRỊ``).
pypdf gives neither indentation nor spacing between paragraphs; what marks a paragraph's
end in its text is a line that stops short of the right margin, or ends a sentence.
"""

from __future__ import annotations

import re

from ..text import goes_on_in_lower_case

# A line that reaches this share of the page's full line width runs to the right margin.
FULL = 0.8
_CLOSED = re.compile(r"[.!?…:;][\"”’)\]]*$")  # a sentence or a clause that introduces a list ends
_ITEM = re.compile(r"(?:[-–—•+*·]|\(?(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)])\s")  # "- ", "•", "1.", "a)", "II."
_NUMBER_CUT = re.compile(r"\d[-/]$")  # "15-" / "17/10": a range or a date broken at its dash


def paragraphs(lines: list[str]) -> list[str]:
    """The page's lines, each joined to the one before it where that one goes on."""
    full = FULL * _full_width(lines)
    joined: list[str] = []
    for before, line in zip([None, *lines], lines, strict=False):
        if before is not None and _goes_on(before, line, full):
            glue = "" if _NUMBER_CUT.search(joined[-1]) and line.lstrip()[:1].isdigit() else " "
            joined[-1] = joined[-1].rstrip() + glue + line.strip()
        else:
            joined.append(line)
    return joined


def _goes_on(line: str, following: str, full: float) -> bool:
    if not line.strip() or not following.strip():
        return False
    if goes_on_in_lower_case(line, following):  # as in a .txt file
        return True
    if _ITEM.match(following.lstrip()) or _CLOSED.search(line.rstrip()):
        return False
    if _capitals(line) != _capitals(following):  # a heading in capitals begins or ends
        return False
    return len(line.strip()) >= full


def _full_width(lines: list[str]) -> int:
    """The length of a line that fills the page's width: near the longest, but not one
    outlier (a line of narrow letters holds more of them)."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[len(lengths) - 1 - (len(lengths) - 1) // 10] if lengths else 0


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)
