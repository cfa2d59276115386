"""An article prepared for the rules: its folded form, syllables, sentences and lines.

Rules match on the folded form (lower case, no diacritics), then read what they found
from the text as written through the offset map, so case and diacritics survive.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

from ..lexicon import DOTTED_ABBREVIATIONS
from ..text import analyse, goes_on_in_lower_case

# Syllables; H'Hen and H' stay whole, and so do abbreviations joined by "&" (Sở TT&TT); a
# number glued before a word is a syllable of its own, as a photo gallery numbers its
# captions ("ảnh 3Ủy viên Trung ương Đảng ...").
_TOKEN = re.compile(r"\d+(?=[^\W\d_])|[^\W_]+(?:&[^\W_]+)*(?:['’](?:[^\W_]+)?)?")
# A sentence ends at . ! ? or … that a capital, a quote or the line end follows; not
# after the abbreviations that Vietnamese news writes with a dot (TP. Hồ Chí Minh).
_DASH_RUN = re.compile(r"-{2,}")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s|$)")


def _gap(sep: str) -> str:
    """The gap between syllables, a run of spaces or of dashes as one: "tỉnh  Lò Văn Ba",
    "Ủy viên Trung ương Đảng –– Chủ nhiệm" (typed twice)."""
    if "--" in sep:
        sep = _DASH_RUN.sub("-", sep)
    return " " if sep != " " and sep and not sep.strip(" ") else sep


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
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.analysed.folded)]
        wrapped = self._wrapped_line_ends()
        self.folded = _spaced(self.analysed.folded, wrapped)
        self.normalised = _spaced(self.analysed.normalised, wrapped)

    def _wrapped_line_ends(self) -> list[int]:
        """Line ends inside a sentence, as in text copied from a PDF or an old page: the
        line before ends in a letter and the next goes on in lower case (``chủ`` / ``trì``).
        Rules read across them; line numbers stay the file's."""
        ends = []
        for start in self._line_starts[1:]:
            before = self.written(max(0, start - 9), start - 1)
            if goes_on_in_lower_case(before, self.written(start, min(start + 8, len(self.analysed.folded)))):
                ends.append(start - 1)
        return ends

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
        """The syllables from ``start`` to ``end``, the first with the gap from ``start``.
        A sentence is tokenised once, when a rule first reads in it (rules read about half
        of a page); a span across sentences, or one that cuts a syllable, as asked."""
        sentence = self.sentence_at(start)
        if not sentence[0] <= start <= end <= sentence[1]:
            return self._tokenise(start, end)
        toks, starts, ends = self._sentence_tokens(sentence)
        i, j = bisect.bisect_left(starts, start), bisect.bisect_right(ends, end)
        if i and ends[i - 1] > start or j < len(starts) and starts[j] < end:
            return self._tokenise(start, end)
        toks = toks[i:j]
        if toks and toks[0].start != start + len(toks[0].sep):
            toks[0] = toks[0]._replace(sep=self.folded[start:toks[0].start])
        return toks

    def _sentence_tokens(self, sentence: tuple[int, int]) -> tuple[list[Tok], list[int], list[int]]:
        made = self._tokenised.get(sentence)
        if made is None:
            toks = self._tokenise(*sentence)
            made = self._tokenised[sentence] = toks, [t.start for t in toks], [t.end for t in toks]
        return made

    @cached_property
    def _tokenised(self) -> dict[tuple[int, int], tuple[list[Tok], list[int], list[int]]]:
        return {}

    def _tokenise(self, start: int, end: int) -> list[Tok]:
        folded, normalised, text = self.folded, self.normalised, self.text
        spans = [match.span() for match in _TOKEN.finditer(folded, start, end)]
        if self.analysed.starts is None:  # folding kept every length: the written word is at the same place
            words = [text[a:b] for a, b in spans]
        else:
            words = [self.written(a, b) for a, b in spans]
        previous = [start, *(b for _, b in spans)][:len(spans)]
        make = tuple.__new__  # a Tok without NamedTuple's keyword handling: thousands an article
        return [make(Tok, (folded[a:b], normalised[a:b], word, a, b, _gap(folded[before:a])))
                for (a, b), word, before in zip(spans, words, previous, strict=True)]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the sentences; a sentence never crosses a line end, save a wrapped one."""
        spans = []
        for line in re.finditer(r"[^\n]+", self.folded):
            start, end = line.span()
            for match in _SENTENCE_END.finditer(self.folded, start, end):
                if self._ends_sentence(match.start(), match.end(), end):
                    spans.append((start, match.end()))
                    start = match.end()
            spans.append((start, end))
        return [_strip(self.folded, a, b) for a, b in spans if self.folded[a:b].strip()]

    def line_pieces(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans cut where a line ends, so that each piece lies on one line of the file
        (a sentence goes on over a wrapped line end)."""
        pieces = []
        for start, end in spans:
            for line in range(self.line_of(start), self.line_of(end - 1) + 1):
                line_start, line_end = self.line_span(line)
                piece = _strip(self.folded, max(start, line_start), min(end, line_end))
                if piece[0] < piece[1]:
                    pieces.append(piece)
        return pieces

    def _ends_sentence(self, mark: int, after: int, line_end: int) -> bool:
        word = re.search(r"[^\W_]*$", self.folded[max(mark - 6, 0):mark]).group()
        if self.folded[mark] == "." and word in DOTTED_ABBREVIATIONS:
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


def _spaced(text: str, positions: list[int]) -> str:
    if not positions:
        return text
    chars = list(text)
    for position in positions:
        chars[position] = " "
    return "".join(chars)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
