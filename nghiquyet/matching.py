"""How well a text answers a query: where each term stands, at what level, and a score.

The terms are placed together where they can be: as a phrase in one field, else close
together in one field, else spread over fields. The score (0-100) falls by a level for
each step from the text as typed to the folded text, an equivalent form and a near
spelling; then with how far apart the terms stand, and for a match outside the record's
name or in a passage. A near spelling counts only inside a phrase, so that typo
tolerance cannot gather a query's words from all over a text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import ordinals
from .query import CAPITALS, EQUIVALENT, EXACT, FOLDED, NUMBER, ORDINAL_WORDS, TYPO, Query, Term
from .text import Analysed, analyse

TIER_STEP = 12  # score points a level costs; the penalties below add up to less
SPREAD, FAR, ACROSS = 5, 10, 14  # terms close together, far apart, in different fields
CLOSE = 4  # syllables between terms that still count as close
PASSAGE = 3  # score points a passage costs against a record
BEST_PASSAGE_SCORE = 100 - PASSAGE
PREPARED_TEXTS = 1024  # fields kept analysed: candidates share their types, bodies, provinces and titles


@dataclass(slots=True)
class Match:
    level: int  # the worst level among the terms
    score: int
    field: int  # the field that holds the terms (the first, when they are spread)
    highlights: list[tuple[int, int]] = field(default_factory=list)  # in the original of that field


@dataclass(frozen=True, slots=True)
class _Found:
    level: int
    field: int
    start: int  # syllable index
    end: int


class _Text:
    """A field ready for matching: its syllables folded, normalised and as written."""

    def __init__(self, text: str):
        self.analysed: Analysed = analyse(text)
        self.spans = self.analysed.tokens()
        self.folded = [self.analysed.folded[a:b] for a, b in self.spans]
        self.normalised = [self.analysed.normalised[a:b] for a, b in self.spans]

    def written(self, index: int) -> str:
        return self.analysed.original[slice(*self.analysed.original_span(*self.spans[index]))]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.analysed.original_span(self.spans[start][0], self.spans[end - 1][1])

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        where: dict[str, list[int]] = {}
        for i, word in enumerate(self.folded):
            where.setdefault(word, []).append(i)
        return where


@lru_cache(maxsize=PREPARED_TEXTS)
def _prepared(text: str) -> _Text:
    return _Text(text)


def match(query: Query, texts: list[str], near: dict[str, set[str]] | None = None, passage: bool = False
          ) -> Match | None:
    """How ``texts`` (a record's fields, its name first) answer ``query``, or ``None``.

    ``near`` gives, for a term that may be misspelt, the words of the index one typo away.
    """
    if not query.terms:
        return None
    prepared = [_prepared(t) for t in texts]
    found = [[o for i, text in enumerate(prepared) for o in _occurrences(term, text, i, near or {}, query.marked)]
             for term in query.terms]
    if not all(found):
        return None
    candidates = [_placed(query, [[o for o in options if o.field == i] for options in found], prepared, passage)
                  for i in range(len(prepared))]
    candidates.append(_placed(query, found, prepared, passage))
    scored = [c for c in candidates if c]
    return max(scored, key=lambda m: (m.score, -m.field)) if scored else None


def best_possible(query: Query, texts: list[str], near: dict[str, set[str]], passage: bool = False) -> int:
    """A score that ``match`` cannot beat on ``texts`` (0: it finds nothing), known without
    placing the terms: each at the best level of a form whose first syllable a field holds,
    the terms together in one field, covering as much of it as those forms can; else
    spread over fields."""
    prepared = [_prepared(t) for t in texts]
    options = [[_best_form(term, text, near) for term in query.terms] for text in prepared]
    scores = [100 - TIER_STEP * max(level for level, _ in found) - (1 if i else 0)
              - round(2 * (1 - min(sum(length for _, length in found) / max(len(text.folded), 1), 1)))
              for i, (text, found) in enumerate(zip(prepared, options, strict=True)) if all(found)]
    anywhere = [[found[k] for found in options if found[k]] for k in range(len(query.terms))]
    if all(anywhere):
        scores.append(100 - TIER_STEP * max(min(found)[0] for found in anywhere) - ACROSS - 2)
    return max(scores) - (PASSAGE if passage else 0) if scores else 0


def _best_form(term: Term, text: _Text, near: dict[str, set[str]]) -> tuple[int, int] | None:
    """The best level at which ``term`` may be in ``text``, and the most syllables it may
    span there; None when it cannot be (no form's first syllable is there)."""
    found = [(form.level, _longest(form)) for form in term.forms if _may_hold(text, form)]
    if term.may_be_misspelt and not text.positions.keys().isdisjoint(near.get(term.word, ())):
        found.append((TYPO, 1))
    return (min(level for level, _ in found), max(length for _, length in found)) if found else None


def _may_hold(text: _Text, form) -> bool:
    if form.how == NUMBER:
        return True
    return ("thu" if form.how == ORDINAL_WORDS else form.syllables[0]) in text.positions


def _longest(form) -> int:
    """The most syllables an occurrence of ``form`` can span."""
    if form.how == ORDINAL_WORDS:
        return ordinals.MAX_WORDS
    return 1 if form.how == NUMBER else len(form.syllables)


def _placed(query: Query, options: list[list[_Found]], prepared: list[_Text], passage: bool) -> Match | None:
    if not all(options):
        return None
    chosen = _phrase(options)
    together = chosen is not None
    chosen = chosen or _closest(options)
    typos = sum(f.level == TYPO for f in chosen)
    if typos > query.typo_budget or typos and not _plausibly_misspelt(query, chosen, together, prepared):
        return None
    home = chosen[0].field
    fields = {f.field for f in chosen}
    length = sum(f.end - f.start for f in chosen)
    spread = max(f.end for f in chosen) - min(f.start for f in chosen) - length
    penalty = 0 if together else ACROSS if len(fields) > 1 else SPREAD if spread <= CLOSE else FAR
    covered = length / max(len(prepared[home].folded), 1) if len(fields) == 1 else 0
    level = max(f.level for f in chosen)
    score = (100 - TIER_STEP * level - penalty - 3 * max(typos - 1, 0) - (1 if home else 0)
             - (PASSAGE if passage else 0) - round(2 * (1 - min(covered, 1))))
    text = prepared[home]
    highlights = sorted({text.original_span(f.start, f.end) for f in chosen if f.field == home})
    return Match(level, max(score, 1), home, highlights)


def _plausibly_misspelt(query: Query, chosen: list[_Found], together: bool, prepared: list[_Text]) -> bool:
    """A near spelling counts inside a phrase whose capitals are those typed, or all
    alike (a name); never in words gathered from a text or across case, as "nguyen thanh
    tung" in "Thái Nguyên thành trung tâm"."""
    if len(chosen) == 1:
        return True
    if not together:
        return False
    text = prepared[chosen[0].field]
    found = [text.written(i)[:1].isupper() for f in chosen for i in range(f.start, f.end)]
    typed = [c for term in query.terms for c in term.capitals]
    return len(set(found)) == 1 or found == typed


def _phrase(options: list[list[_Found]]) -> list[_Found] | None:
    """The best run of occurrences that follow one another, term after term."""
    best = {o: ((o.level, o.level), [o]) for o in options[0]}
    for later in options[1:]:
        following = {}
        for o in later:
            before = [best[p] for p in best if p.field == o.field and p.end == o.start]
            if before:
                (worst, total), run = min(before, key=lambda b: b[0])
                following[o] = ((max(worst, o.level), total + o.level), run + [o])
        if not following:
            return None
        best = following
    return min(best.values(), key=lambda b: (b[0], b[1][0].start))[1]


def _closest(options: list[list[_Found]]) -> list[_Found]:
    """For each term, the best occurrence, as near as can be to the rarest term's."""
    rarest = min(range(len(options)), key=lambda k: len(options[k]))

    def around(anchor: _Found) -> list[_Found]:
        return [anchor if k == rarest else min(opts, key=lambda o: (o.level, o.field != anchor.field,
                                                                     abs(o.start - anchor.start)))
                for k, opts in enumerate(options)]

    def cost(chosen: list[_Found]):
        same = all(o.field == chosen[0].field for o in chosen)
        return (max(o.level for o in chosen), not same, max(o.end for o in chosen) - min(o.start for o in chosen))

    return min((around(anchor) for anchor in options[rarest]), key=cost)


def _occurrences(term: Term, text: _Text, index: int, near: dict[str, set[str]], marked: bool):
    for form in term.forms:
        if form.how == NUMBER:
            found = [(i, i + 1) for i, w in enumerate(text.folded) if w.isdecimal() and int(w) == form.value]
            for start, end in found:  # 05 for 5 is the same number written another way
                yield _Found(form.level if text.folded[start] == str(form.value) else max(form.level, EQUIVALENT),
                             index, start, end)
            continue
        elif form.how == ORDINAL_WORDS:
            found = _ordinal_words(text, form.value)
        else:
            found = _in_a_row(text, form.syllables)
            if form.how == CAPITALS:
                found = [(a, b) for a, b in found if text.written(a).isupper()]
        for start, end in found:
            level = form.level
            if level == EXACT and _marks_differ(term, text, start, end, marked):
                level = FOLDED
            yield _Found(level, index, start, end)
    if term.may_be_misspelt:
        close = near.get(term.word, ())
        for word in close:
            for i in text.positions.get(word, ()):
                yield _Found(TYPO, index, i, i + 1)


def _in_a_row(text: _Text, syllables: tuple[str, ...]) -> list[tuple[int, int]]:
    size = len(syllables)
    return [(i, i + size) for i in text.positions.get(syllables[0], ())
            if tuple(text.folded[i:i + size]) == syllables]


def _ordinal_words(text: _Text, value: int) -> list[tuple[int, int]]:
    """``hai mươi`` where it is the whole ordinal after ``thứ``, not part of ``hai mươi lăm``."""
    found = []
    for i in text.positions.get("thu", ()):
        start = i + 1
        words = ordinals.from_words(text.normalised[start:start + ordinals.MAX_WORDS]) or ordinals.from_words(
            text.folded[start:start + ordinals.MAX_WORDS], loose=True)
        if words and words[0] == value:
            found.append((start, start + words[1]))
    return found


def _marks_differ(term: Term, text: _Text, start: int, end: int, marked: bool) -> bool:
    """A query typed with diacritics wants them as typed, and its plain letters plain."""
    if not marked:
        return False
    return tuple(text.normalised[start:end]) != term.typed
