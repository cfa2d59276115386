"""An article prepared for the rules: its folded form, syllables, sentences and lines.

Rules match on the folded form (lower case, no diacritics), then read what they found
from the text as written through the offset map, so case and diacritics survive.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

from ..text import analyse

_TOKEN = re.compile(r"[^\W_]+(?:['’](?:[^\W_]+)?)?")  # syllables; H'Hen and H' stay whole
# A sentence ends at . ! ? or … that a capital, a quote or the line end follows; not
# after the abbreviations that Vietnamese news writes with a dot (TP. Hồ Chí Minh).
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s|$)")
_ABBREVIATIONS = ("tp", "ts", "ths", "gs", "pgs", "bs", "nxb", "th")


class Tok(NamedTuple):  # a tuple: made by the thousand for every article
    """A syllable: ``text`` folded, ``norm`` normalised, ``word`` as written, ``sep`` the
    folded gap before it."""

    text: str
    norm: str
    word: str
    start: int
    end: int
    sep: str

    @property
    def capitalised(self) -> bool:
        return self.word[:1].isupper()

    @property
    def all_caps(self) -> bool:
        return self.word.isupper()


class Page:
    def __init__(self, text: str):
        self.text = text
        self.analysed = analyse(text)
        self.folded = self.analysed.folded
        self.normalised = self.analysed.normalised
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.folded)]

    def written(self, start: int, end: int) -> str:
        """The text as written behind a span of the folded form."""
        a, b = self.analysed.original_span(start, end)
        return self.text[a:b]

    def line_of(self, position: int) -> int:
        """1-based line number of a position of the folded form."""
        return bisect.bisect_right(self._line_starts, position)

    def line_span(self, line: int) -> tuple[int, int]:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.folded)
        return start, end

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def tokens(self, start: int, end: int) -> list[Tok]:
        toks, previous = [], start
        folded, normalised = self.folded, self.normalised
        written = self.text.__getitem__ if self.analysed.starts is None else lambda s: self.written(s.start, s.stop)
        for match in _TOKEN.finditer(folded, start, end):
            a, b = match.span()
            toks.append(Tok(match.group(), normalised[a:b], written(slice(a, b)), a, b, folded[previous:a]))
            previous = b
        return toks

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the sentences; a sentence never crosses a line end."""
        spans = []
        for line in range(1, self.line_count + 1):
            start, end = self.line_span(line)
            for match in _SENTENCE_END.finditer(self.folded, start, end):
                if self._ends_sentence(match.start(), match.end(), end):
                    spans.append((start, match.end()))
                    start = match.end()
            spans.append((start, end))
        return [_strip(self.folded, a, b) for a, b in spans if self.folded[a:b].strip()]

    def _ends_sentence(self, mark: int, after: int, line_end: int) -> bool:
        word = re.search(r"[^\W_]*$", self.folded[max(mark - 6, 0):mark]).group()
        if self.folded[mark] == "." and word in _ABBREVIATIONS:
            return False
        following = self.written(after, line_end).lstrip()
        return not following or not following[0].isalpha() or following[0].isupper()

    def sentence_at(self, position: int) -> tuple[int, int]:
        spans = self.sentences
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        return spans[max(i, 0)] if spans else (0, len(self.folded))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [a for a, _ in self.sentences]

    @cached_property
    def paragraphs(self) -> list[int]:
        """Line numbers of the lines that hold text."""
        return [n for n in range(1, self.line_count + 1) if self.folded[slice(*self.line_span(n))].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
