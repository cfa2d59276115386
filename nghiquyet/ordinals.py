"""Ordinals as the Party writes them: digits, roman numerals and Vietnamese words.

``lần thứ 20`` = ``lần thứ XX`` = ``lần thứ hai mươi``; ``thứ Nhất`` = 1. Word forms are
read from folded syllables (``hai muoi lam`` = 25).
"""

from __future__ import annotations

import re

from .text import fold

_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_DIGIT_WORDS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
    "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}
# Words that only stand for a number after "thứ": thứ nhất, thứ nhì.
_ORDINAL_ONLY = {"nhat": 1, "nhi": 2}
MAX_WORDS = 5  # "một trăm linh năm", "hai mươi lăm"


def from_roman(text: str) -> int | None:
    """``"XIX"`` -> 19; ``None`` unless ``text`` is a well-formed upper-case numeral."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    value, rest = 0, text
    for number, numeral in _ROMAN_VALUES:
        while rest.startswith(numeral):
            value += number
            rest = rest[len(numeral):]
    return value


def to_roman(number: int) -> str:
    parts = []
    for value, numeral in _ROMAN_VALUES:
        count, number = divmod(number, value)
        parts.append(numeral * count)
    return "".join(parts)


def from_words(syllables: list[str]) -> tuple[int, int] | None:
    """The number that the leading folded syllables spell, and how many they are.

    ``["hai", "muoi", "lam", "nam"]`` -> ``(25, 3)``; ``["nhat"]`` -> ``(1, 1)``.
    """
    if syllables and syllables[0] in _ORDINAL_ONLY:
        return _ORDINAL_ONLY[syllables[0]], 1
    words = syllables[:MAX_WORDS]
    value, used = _hundreds(words)
    rest = words[used:]
    if used and rest[:1] and rest[0] in ("linh", "le"):
        unit = _DIGIT_WORDS.get(rest[1]) if len(rest) > 1 else None
        return (value + unit, used + 2) if unit else (value, used)
    tens, used_tens = _tens(rest)
    if not used and not used_tens:
        return None
    return value + tens, used + used_tens


def _hundreds(words: list[str]) -> tuple[int, int]:
    if len(words) >= 2 and words[1] == "tram" and words[0] in _DIGIT_WORDS:
        return _DIGIT_WORDS[words[0]] * 100, 2
    return 0, 0


def _tens(words: list[str]) -> tuple[int, int]:
    """Up to 99 from words like ``muoi lam``, ``hai muoi mot``, ``bay``."""
    if not words:
        return 0, 0
    if words[0] == "muoi":  # mười: ten, then an optional unit
        unit = _unit_after_tens(words[1:2])
        return 10 + unit, 1 + bool(unit)
    first = _DIGIT_WORDS.get(words[0])
    if first is None:
        return 0, 0
    if words[1:2] == ["muoi"]:  # hai mươi ...
        unit = _unit_after_tens(words[2:3])
        return first * 10 + unit, 2 + bool(unit)
    return first, 1


def _unit_after_tens(words: list[str]) -> int:
    return _DIGIT_WORDS.get(words[0], 0) if words else 0


def parse(token: str, following: list[str] | None = None) -> tuple[int, int] | None:
    """An ordinal written at ``token`` (as written, for roman case), and the syllables used.

    ``following`` are the folded syllables after ``token``, for word forms.
    """
    if token.isdigit():
        return int(token), 1
    roman = from_roman(token)
    if roman:
        return roman, 1
    return from_words([fold(token), *(following or [])])
