"""Where one article ends and the next begins, in a file that holds several.

Most people keep an article a file, but many keep a year of bulletins, a dump from a
website or articles pasted one after another in one file. Each must be read as an
article of its own, or all but the first meeting are lost. A new article begins at a
line that reads like a title: after a line of only dashes, stars or equals signs; or
after a wider gap than the file leaves between its paragraphs (two empty lines where
paragraphs have one or none) when the title names a meeting or the lead below it says
when one met. A gap alone is weak evidence: pasted text leaves odd gaps before
subheadings, and a subheading read as an article is a meeting that never took place.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .lexicon import BYLINE_OPENERS, DISSEMINATES, MEETING_WORDS, alternation
from .text import fold

_SEPARATOR = re.compile(r"\s*([-=*_~#•·+])(?:\s*\1){2,}\s*")
_TITLE_END = re.compile(r"[.,;:…]$")
# A photo credit ("... khóa XX. Ảnh: Văn Huỳnh") makes a line a caption, however it ends.
_CREDIT = re.compile(r"(?:^|[\s(.–-])(?:" + "|".join(map(re.escape, BYLINE_OPENERS)) + r")\s*:", re.IGNORECASE)
# A title that names a meeting (folded): it opens with one, after a place and a colon or
# a verb, or says which one (lần thứ 20, khóa XIX, Ban Chấp hành, HĐND...), or it
# disseminates a resolution (quán triệt Nghị quyết...).
_MEETING = alternation(MEETING_WORDS)
_MEETING_TITLE = re.compile(
    rf"^(?:[^:]{{1,40}}:\s*)?(?:(?:khai mac|be mac|to chuc|tong ket|so ket)\s+)?{_MEETING}\b"
    rf"|\b{_MEETING}\b.*\b(?:lan thu|thu \w+|khoa|nhiem ky|ban chap hanh|ban thuong vu|hdnd|{'|'.join(DISSEMINATES)})\b"
    rf"|\b{alternation(DISSEMINATES)}\b.*\bnghi quyet\b")
# The lead of a meeting report: it starts with when (Sáng 22/3, Ngày 8-2-2024, Hôm nay
# (4/4/2019), Trong quý II/2022) and says what met.
_LEAD = re.compile(r"(?:sang|chieu|toi|trua|hom nay|ngay|tu ngay|vao|trong|cuoi|dau)\b.{0,20}?\d")
_MEETING_WORD = re.compile(rf"\b(?:{_MEETING}|hop)\b")
MAX_TITLE = 250  # characters; a longer line is a paragraph
MIN_LINES = 2  # lines of text an article has at least: a title and a paragraph
HEAD = 4  # lines of text that open an article: a title, photo captions, the lead


class Article(NamedTuple):
    text: str
    first_line: int  # of the text's first line, counted from 1
    continues: bool = False  # the text goes on an article cut short for its length


def split(text: str, continues: bool = False, more: bool = False) -> list[Article]:
    """The articles of a text, in order; one when nothing marks where one ends.

    ``continues``: the text begins inside an article; ``more``: text follows, so that
    the last article may be only the start of one (a file read a part at a time)."""
    lines = text.split("\n")
    starts = [0, *_starts(lines, continues, more)]
    ends = [*starts[1:], len(lines)]
    return [Article("\n".join(lines[start:end]) + ("\n" if end < len(lines) else ""), start + 1)
            for start, end in zip(starts, ends, strict=True)]


def _starts(lines: list[str], continues: bool, more: bool) -> list[int]:
    """Indexes of the lines that begin an article after the first."""
    usual = _usual_gap(lines)
    texts = [number for number, line in enumerate(lines) if line.strip()]
    starts, previous, after_separator = [], -1, False
    lines_of_text = MIN_LINES if continues else 0  # of the article being read
    for at, number in enumerate(texts):
        line = lines[number]
        if _SEPARATOR.fullmatch(line):
            after_separator, previous = True, number
            continue
        gap = number - previous - 1 if previous >= 0 else 0
        wider = gap >= 2 and gap > usual
        marked = after_separator or wider and _opens_a_report([lines[n] for n in texts[at:at + HEAD]])
        if marked and lines_of_text >= MIN_LINES and _looks_like_title(line):
            starts.append(number)
            lines_of_text = 0
        lines_of_text += 1
        previous, after_separator = number, False
    if starts and lines_of_text < MIN_LINES and not more:
        starts.pop()  # a last "article" of a line alone is the end of the one before
    return starts


def _usual_gap(lines: list[str]) -> int:
    """The number of empty lines the text most often leaves between two lines of text."""
    gaps, gap, seen_text = Counter(), 0, False
    for line in lines:
        if line.strip():
            if seen_text:
                gaps[gap] += 1
            seen_text, gap = True, 0
        else:
            gap += 1
    return gaps.most_common(1)[0][0] if gaps else 0


def _opens_a_report(head: list[str]) -> bool:
    """Whether a title and the lines after it open a meeting report: the title names a
    meeting, or a lead after it (perhaps below photo captions) says when one met."""
    title, *after = [fold(line.strip()) for line in head]
    return bool(_MEETING_TITLE.search(title)) or any(_LEAD.match(line) and _MEETING_WORD.search(line)
                                                     for line in after)


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    first = next((c for c in line if c.isalnum()), "")
    return (len(line) <= MAX_TITLE and (first.isupper() or first.isdigit()) and not _TITLE_END.search(line)
            and not _CREDIT.search(line))
