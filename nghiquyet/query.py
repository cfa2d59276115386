"""What a query asks for: its terms, each with the forms that count as the same words.

A term is one syllable, or a run of them with its equivalents: ``BCH`` = ``Ban Chấp
hành``, ``XX`` = ``20`` = ``hai mươi``, ``TƯ`` = ``Trung ương``. Each form says how
good a match through it is (the form as typed, or an equivalent) and how it is found
in a text (syllables in a row, a number's value, a word written in capitals).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import ordinals, spelling
from .lexicon import ABBREVIATIONS, I_Y_INITIALS
from .text import analyse

EXACT, FOLDED, EQUIVALENT, TYPO = range(4)
LEVEL_NAMES = ("exact", "folded", "equivalent", "typo")

SYLLABLES = "syllables"  # these folded syllables in a row
NUMBER = "number"  # any number written with these digits' value: 5 is 05
ORDINAL_WORDS = "words"  # the number in words, whole, after "thứ": thứ hai mươi, not hai mươi lăm
CAPITALS = "capitals"  # this syllable written in capitals: TƯ, not tư (four)

_ORDINAL_CUES = ("thu", "khoa", "hoi", "lan")  # after them, xx and iv are numerals
_UPPER_ONLY = {("tu",): ("trung", "uong")}  # TƯ; tư, từ and tự fold alike
_UPPER_TYPED = {"tư"}  # and TU is Tỉnh ủy, not Trung ương


def _expansions() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Written-out form -> every abbreviation of it: "uy vien trung uong" -> UVTW, UVT.Ư."""
    expansions: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for short, long in ABBREVIATIONS.items():
        expansions.setdefault(tuple(long.split()), []).append(tuple(short.split()))
    return expansions


_EXPANSIONS = _expansions()
_ABBREVIATED = {tuple(short.split()): tuple(long.split()) for short, long in ABBREVIATIONS.items()}
_LONGEST = max(len(words) for words in _EXPANSIONS)


@dataclass(frozen=True, slots=True)
class Form:
    syllables: tuple[str, ...]  # folded (for a number in words, one way to write it)
    level: int
    how: str = SYLLABLES
    value: int | None = None  # for NUMBER and ORDINAL_WORDS


@dataclass(frozen=True, slots=True)
class Term:
    typed: tuple[str, ...]  # normalised, as typed
    forms: tuple[Form, ...]
    may_be_misspelt: bool
    capitals: tuple[bool, ...] = ()  # which typed syllables start with a capital

    @property
    def word(self) -> str:
        """The folded syllable a misspelt term stands for."""
        return self.forms[0].syllables[0]


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    terms: tuple[Term, ...]
    marked: bool  # typed with diacritics: then plain letters mean letters without marks

    @property
    def typo_budget(self) -> int:
        """Near spellings a query may hold: none for short ones, so "toa" is not "toàn"."""
        letters = sum(len(s) for t in self.terms for s in t.typed)
        return 0 if letters < 8 else 1 if letters < 16 else 2


def analyse_query(text: str) -> Query:
    """The terms of a query; never raises, whatever the text."""
    analysed = analyse(text)
    spans = analysed.tokens()
    folded = [analysed.folded[a:b] for a, b in spans]
    typed = [analysed.normalised[a:b] for a, b in spans]
    written = [analysed.original[slice(*analysed.original_span(a, b))] for a, b in spans]
    terms, i = [], 0
    while i < len(folded):
        term, used = _term_at(folded, typed, written, i)
        terms.append(replace(term, capitals=tuple(w[:1].isupper() for w in written[i:i + used])))
        i += used
    return Query(text, tuple(terms), typed != folded)  # folding took a mark away


def _term_at(folded: list[str], typed: list[str], written: list[str], i: int) -> tuple[Term, int]:
    for size in range(_LONGEST, 1, -1):  # written out: "ban chap hanh" is also "bch"
        run = tuple(folded[i:i + size])
        if len(run) == size and run in _EXPANSIONS:
            shorts = [Form(short, EQUIVALENT) for short in _EXPANSIONS[run]]
            capitals = [Form(short, EQUIVALENT, CAPITALS) for short, long in _UPPER_ONLY.items() if long == run]
            return Term(tuple(typed[i:i + size]), (Form(run, EXACT), *shorts, *capitals), False), size
    for size in (2, 1):  # an abbreviation: "bch" is also "ban chap hanh"
        run = tuple(folded[i:i + size])
        if len(run) == size and run in _ABBREVIATED:
            long = _ABBREVIATED[run]
            capitals = [Form(short, EQUIVALENT, CAPITALS) for short, same in _UPPER_ONLY.items() if same == long]
            return Term(tuple(typed[i:i + size]), (Form(run, EXACT), Form(long, EQUIVALENT), *capitals), False), size
    if typed[i] in _UPPER_TYPED and written[i].isupper():
        return Term((typed[i],), (Form((folded[i],), EXACT, CAPITALS),
                                  Form(_UPPER_ONLY[(folded[i],)], EQUIVALENT)), False), 1
    number = _number_at(folded, written, i)
    if number:
        value, used, how = number
        forms = _number_forms(value, how)
        if how == "words" and folded[i - 1] != "thu":  # "hội năm 2020": năm is a year, as typed
            forms = (Form(tuple(folded[i:i + used]), EXACT), *forms[1:])
        return Term(tuple(typed[i:i + used]), forms, False), used
    alike = (Form((other,), EQUIVALENT) for other in _spelt_alike(folded[i]))
    return Term((typed[i],), (Form((folded[i],), EXACT), *alike), spelling.can_vary(folded[i])), 1


def _spelt_alike(syllable: str) -> tuple[str, ...]:
    """The other spelling of a syllable that ends in i or y after an initial that allows
    both: "si" -> "sy", "ky" -> "ki"."""
    initial, final = syllable[:-1], syllable[-1:]
    if initial in I_Y_INITIALS and final in ("i", "y"):
        return (initial + ("y" if final == "i" else "i"),)
    return ()


def _number_at(folded: list[str], written: list[str], i: int) -> tuple[int, int, str] | None:
    """An ordinal at ``i``, and how it was typed: digits, a roman numeral (in capitals,
    or after "thứ", "khóa"...), or words after them (``thứ hai mươi``, ``khóa mười chín``)."""
    word = folded[i]
    if word.isdecimal():
        return (int(word), 1, "digits") if len(word) <= 4 else None
    after_cue = i > 0 and folded[i - 1] in _ORDINAL_CUES
    roman = ordinals.from_roman(written[i].upper() if after_cue else written[i])
    if roman:
        return roman, 1, "roman"
    if after_cue:
        words = ordinals.from_words(folded[i:i + ordinals.MAX_WORDS], loose=True)
        return (*words, "words") if words else None
    return None


def _number_forms(value: int, typed: str) -> tuple[Form, ...]:
    """Digits, roman numeral and words, the one typed first and exact."""
    forms = {"digits": Form((str(value),), EQUIVALENT, NUMBER, value)}
    if 0 < value < 4000:
        forms["roman"] = Form((ordinals.to_roman(value).lower(),), EQUIVALENT)
    spelled = ordinals.to_words(value)
    forms["words"] = Form(spelled[0] if spelled else (str(value),), EQUIVALENT, ORDINAL_WORDS, value)
    first = forms.pop(typed)
    return (Form(first.syllables, EXACT, first.how, first.value), *forms.values())


def batch(text: str) -> list[tuple[int, str]]:
    """The queries of a batch (``search --queries FILE``), each with its line number: one a
    line, blank lines and lines starting with ``#`` left out."""
    lines = (line.strip() for line in text.splitlines())
    return [(number, line) for number, line in enumerate(lines, 1) if line and not line.startswith("#")]
