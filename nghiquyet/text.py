"""Vietnamese text in the forms that matching needs, with a way back to the original.

- *normalised*: NFC, case-folded, one tone-mark placement for open oa/oe/uy syllables
  (``hoà`` -> ``hòa``, ``uỷ`` -> ``ủy``; ``quý``, ``hoàn`` untouched), every dash ``-``
  and every kind of space but the line feed ``" "``.
- *folded*: normalised, then no diacritics and ``đ`` -> ``d``.

``analyse`` returns both forms aligned character for character, and maps any span of
them back to the span of the original it came from, so a match found in the folded
form is highlighted on the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Every character str.isspace() accepts but the line feed, which stays so that rules can
# see line ends, plus the zero-width space and a stray BOM that web pages leave in text.
SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"
)


def _compose(base: str, mark: str) -> str:
    return unicodedata.normalize("NFC", base + mark)


def _tone_moves() -> dict[str, str]:
    """``oà`` -> ``òa`` for every tone on the open pairs oa, oe and uy."""
    moves = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in TONE_MARKS:
            moves[first + _compose(second, mark)] = _compose(first, mark) + second
    return moves


_MOVES = _tone_moves()
# Only where the syllable ends after the pair (hoàn, khuyến keep their mark) and not
# after q, where u belongs to the consonant (quý, quỳnh).
_TONE_ON_SECOND = re.compile(r"(?<!q)(?:" + "|".join(_MOVES) + r")(?![^\W\d_]|[\u0300-\u036f])")
# Combining marks that NFC could not join to a letter (a doubled tone mark, a mark on a
# digit): the forms drop them, as they drop the marks NFC did join.
_STRAY_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if len(bare) == 1 and bare != chr(code):
            table[code] = bare
    return table


_FOLD = str.maketrans(_fold_table())
_DASH = re.compile(f"[{DASHES}]")
_ODD_SPACE = re.compile(f"[{re.escape(SPACES.replace(' ', ''))}]")
_NOT_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff]")
_MARK = re.compile("[\u0300-\u036f]")
_TOKEN = re.compile(r"[^\W_]+")


def _place_tones(lowered: str) -> str:
    return _TONE_ON_SECOND.sub(lambda m: _MOVES[m.group()], lowered)


def _unified(text: str) -> str:
    """Every dash as ``-``, every space as ``" "`` and the eth some pages type for đ as đ
    ("Ðảng"): scans in C, three times faster than ``str.translate``, which looks each
    character up in a dict."""
    return _ODD_SPACE.sub(" ", _DASH.sub("-", text)).replace("\u00f0", "đ")


def _folded(normalised: str) -> str:
    """Without diacritics. Latin text is decomposed and its marks dropped, faster than the
    table; other scripts go through the table, since decomposing would split more than
    marks off them (Hangul into jamo) and change the length."""
    if _NOT_LATIN.search(normalised):
        return normalised.translate(_FOLD)
    return _MARK.sub("", unicodedata.normalize("NFD", normalised)).replace("đ", "d").replace("Đ", "D")


@dataclass(frozen=True, slots=True)
class Analysed:
    """A text with its normalised and folded forms, which have the same length.

    ``starts[i]``/``ends[i]`` give the span of the original that character ``i`` of
    the forms came from; both are ``None`` when the forms line up with the original.
    """

    original: str
    normalised: str
    folded: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` behind ``[start, end)`` of the normalised/folded forms."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def tokens(self) -> list[tuple[int, int]]:
        """Spans of the syllables (runs of letters and digits) in the folded form."""
        return [m.span() for m in _TOKEN.finditer(self.folded)]


def analyse(text: str) -> Analysed:
    if unicodedata.is_normalized("NFC", text) and not _STRAY_MARK.search(text):
        folded_case = text.casefold()
        if len(folded_case) == len(text):
            normalised = _place_tones(_unified(folded_case))
            return Analysed(text, normalised, _folded(normalised))
    return _analyse_by_cluster(text)


def _analyse_by_cluster(text: str) -> Analysed:
    """The slow path, for text that is not NFC, holds stray marks or changes length
    when case-folded: each cluster of the original becomes its own piece."""
    pieces, starts, ends = [], [], []
    for start, end in _clusters(text):
        piece = _STRAY_MARK.sub("", unicodedata.normalize("NFC", text[start:end]).casefold())
        pieces.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))
    normalised = _place_tones(_unified("".join(pieces)))
    return Analysed(text, normalised, _folded(normalised), tuple(starts), tuple(ends))


def _clusters(text: str):
    """Spans of the runs that NFC may join: a character with the marks after it, and
    Hangul jamo or Indic vowel signs that compose with the character before them."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not (unicodedata.combining(text[i]) or _composes(text[start:i], text[i])):
            yield start, i
            start = i


def _composes(run: str, char: str) -> bool:
    return len(unicodedata.normalize("NFC", run + char)) <= len(unicodedata.normalize("NFC", run))

@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The normalised form with runs of space collapsed: a key for comparing text."""
    return " ".join(analyse(text).normalised.split())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The folded form with runs of space collapsed: a key for loose comparison."""
    return " ".join(analyse(text).folded.split())


def syllables(text: str) -> list[str]:
    """The folded syllables of a text: ``"Đảng bộ, UBND"`` -> ``["dang", "bo", "ubnd"]``."""
    return _TOKEN.findall(fold(text))


def has_diacritics(text: str) -> bool:
    """Whether folding changes the text: ``"khóa"`` has, ``"khoa"`` has not."""
    return normalise(text) != fold(text)


def goes_on_in_lower_case(line: str, following: str) -> bool:
    """Whether a line end falls inside a sentence, seen from the text alone: the line ends
    in a letter and the next goes on in lower case (``chủ`` / ``trì``), not with a list's
    ``a)`` or ``b.``. Every wrapped text is read across such an end, plain text or PDF."""
    last, first = line.rstrip(" \t")[-1:], following.lstrip(" \t")[:2]
    return last.isalpha() and first[:1].islower() and first[1:2] not in (")", ".")
