"""Ordinals as the Party writes them: digits, roman numerals and Vietnamese words.

``lần thứ 20`` = ``lần thứ XX`` = ``lần thứ hai mươi``; ``thứ Nhất`` = 1. Words are read
from normalised syllables (so that "sau", after, is not "sáu", six) or, for what people
type, from folded ones (``hai muoi lam`` = 25).
"""

from __future__ import annotations

import re

from .text import fold

_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
          "bẩy": 7, "tám": 8, "chín": 9}
_ORDINAL_ONLY = {"nhất": 1, "nhì": 2}  # only after "thứ": thứ nhất, thứ nhì
_TEN, _TENS, _HUNDRED, _ZERO = {"mười"}, {"mươi"}, {"trăm"}, {"linh", "lẻ"}
_LOOSE = {fold(w): w for w in (*_UNITS, *_ORDINAL_ONLY, "trăm", "linh", "lẻ")} | {"muoi": "mươi"}
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


def from_words(syllables: list[str], loose: bool = False) -> tuple[int, int] | None:
    """The number that the leading normalised syllables spell, and how many they are:
    ``["hai", "mươi", "lăm", "năm"]`` -> ``(25, 3)``. ``loose`` reads folded syllables,
    as people type them (``hai muoi lam``)."""
    words = [_LOOSE.get(w, w) if loose else w for w in syllables[:MAX_WORDS]]
    if words and words[0] in _ORDINAL_ONLY:
        return _ORDINAL_ONLY[words[0]], 1
    if loose and words[:1] == ["mươi"]:
        words[0] = "mười"  # folded, mười and mươi are one word; first, it is ten
    value, used = _hundreds(words)
    rest = words[used:]
    if used and rest[:1] and rest[0] in _ZERO:
        unit = _UNITS.get(rest[1]) if len(rest) > 1 else None
        return (value + unit, used + 2) if unit else (value, used)
    tens, used_tens = _tens(rest)
    if not used and not used_tens:
        return None
    return value + tens, used + used_tens


def _hundreds(words: list[str]) -> tuple[int, int]:
    if len(words) >= 2 and words[1] in _HUNDRED and words[0] in _UNITS:
        return _UNITS[words[0]] * 100, 2
    return 0, 0


def _tens(words: list[str]) -> tuple[int, int]:
    """Up to 99 from words like ``mười lăm``, ``hai mươi mốt``, ``bảy``."""
    if not words:
        return 0, 0
    if words[0] in _TEN:
        unit = _unit_after_tens(words[1:2])
        return 10 + unit, 1 + bool(unit)
    first = _UNITS.get(words[0])
    if first is None:
        return 0, 0
    if words[1:2] and words[1] in _TENS:
        unit = _unit_after_tens(words[2:3])
        return first * 10 + unit, 2 + bool(unit)
    return first, 1


def _unit_after_tens(words: list[str]) -> int:
    return _UNITS.get(words[0], 0) if words else 0


def to_words(value: int) -> list[tuple[str, ...]]:
    """The folded ways an ordinal is written in words: 25 -> ``hai muoi lam``, ``hai muoi
    nam``; 1 -> ``nhat``, ``mot``; 105 -> ``mot tram linh nam``..."""
    if value == 1:
        return [("nhat",), ("mot",)]
    if value == 2:
        return [("nhi",), ("hai",)]
    if not 0 < value < 1000:
        return []
    hundreds, rest = divmod(value, 100)
    head = [(_UNIT_WORDS[hundreds][0], "tram")] if hundreds else [()]
    if hundreds and 0 < rest < 10:
        tails = [("linh", unit) for (unit,) in _unit_forms(rest)] + [("le", unit) for (unit,) in _unit_forms(rest)]
    else:
        tails = _tens_forms(rest)
    return [h + t for h in head for t in tails if h + t]


_UNIT_WORDS = {1: ("mot",), 2: ("hai",), 3: ("ba",), 4: ("bon", "tu"), 5: ("nam",), 6: ("sau",), 7: ("bay",),
               8: ("tam",), 9: ("chin",)}


def _unit_forms(unit: int) -> list[tuple[str, ...]]:
    return [(w,) for w in _UNIT_WORDS[unit]]


def _tens_forms(value: int) -> list[tuple[str, ...]]:
    if value == 0:
        return [()]
    if value < 10:
        return _unit_forms(value)
    tens, unit = divmod(value, 10)
    head = ("muoi",) if tens == 1 else (_UNIT_WORDS[tens][0], "muoi")
    tails = {0: [()], 1: [("mot",)], 4: [("tu",), ("bon",)], 5: [("lam",), ("nam",)]}.get(
        unit, _unit_forms(unit) if unit else [()])
    return [head + tail for tail in tails]


def parse(token: str, following: list[str] | None = None) -> tuple[int, int] | None:
    """An ordinal written at ``token`` (as written, for roman case) with the normalised
    syllables ``following`` it, and how many syllables it takes."""
    if token.isdecimal():
        return int(token), 1
    roman = from_roman(token)
    if roman:
        return roman, 1
    return from_words([token.lower(), *(following or [])])
