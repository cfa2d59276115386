"""Find records and passages however the query is typed, and rank them as a reader would.

A query becomes a list of terms (``analyse_query``); each term is one syllable or a
run of them, with its equivalents: ``BCH`` = ``Ban Chấp hành``, ``XX`` = ``20`` =
``hai mươi``. A hit holds every term. Its score says how well: the text as typed
(diacritics included) beats the folded text, which beats an equivalent, which beats a
near spelling; then a hit whose terms stand together in its name beats one where they
are spread out, and a record beats a passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from . import ordinals, spelling
from .lexicon import ABBREVIATIONS
from .models import Passage, Source, record_id, to_dict
from .searchable import fields
from .text import Analysed, analyse

EXACT, FOLDED, EQUIVALENT, TYPO = range(4)
LEVEL_NAMES = ("exact", "folded", "equivalent", "typo")
TIER_STEP = 12  # score points between levels; the other penalties add up to less
RECORD_KINDS = ("meeting", "person", "resolution", "document")
KIND_ORDER = {kind: i for i, kind in enumerate((*RECORD_KINDS, "passage"))}
DEFAULT_LIMIT = 20
CANDIDATES = 2000
SNIPPET_WIDTH = 160

_EXPANSIONS = {tuple(v.split()): tuple(k.split()) for k, v in ABBREVIATIONS.items()}
_ABBREVIATED = {tuple(k.split()): tuple(v.split()) for k, v in ABBREVIATIONS.items()}
_ORDINAL_CUES = ("thu", "khoa", "hoi", "lan")  # words after which xx, iv are numerals
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Alternative:
    syllables: tuple[str, ...]  # folded
    level: int


@dataclass(frozen=True, slots=True)
class Term:
    typed: tuple[str, ...]  # normalised, as typed
    alternatives: tuple[Alternative, ...]
    may_be_misspelt: bool


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    terms: tuple[Term, ...]

    @property
    def typo_budget(self) -> int:
        """Near spellings a query may hold: none for short ones, so "toa" is not "toàn"."""
        letters = sum(len(s) for t in self.terms for s in t.typed)
        return 0 if letters < 8 else 1 if letters < 16 else 2


@dataclass(slots=True)
class Hit:
    kind: str
    id: str
    label: str
    score: int
    snippet: str
    highlights: list[tuple[int, int]]
    source: Source
    record: object
    level: str

    def to_dict(self) -> dict:
        record = to_dict(self.record)
        return {"kind": self.kind, "id": self.id, "label": self.label, "score": self.score,
                "snippet": self.snippet, "highlights": [list(h) for h in self.highlights],
                "match": self.level, "source": to_dict(self.source),
                "record": {"text": record["text"], "paragraph": record["paragraph"]} if self.kind == "passage"
                else record}


# -- the query -------------------------------------------------------------------------------

def analyse_query(text: str) -> Query:
    """Terms of a query; never raises, whatever the text."""
    analysed = analyse(text)
    spans = [m.span() for m in _TOKEN.finditer(analysed.folded)]
    folded = [analysed.folded[a:b] for a, b in spans]
    typed = [analysed.normalised[a:b] for a, b in spans]
    written = [analysed.original[slice(*analysed.original_span(a, b))] for a, b in spans]
    terms, i = [], 0
    while i < len(folded):
        term, used = _term_at(folded, typed, written, i)
        terms.append(term)
        i += used
    return Query(text, tuple(terms))


def _term_at(folded: list[str], typed: list[str], written: list[str], i: int) -> tuple[Term, int]:
    for size in (4, 3, 2):  # an expansion typed out: "ban chap hanh" is also "bch"
        run = tuple(folded[i:i + size])
        if len(run) == size and run in _EXPANSIONS:
            return Term(tuple(typed[i:i + size]), (Alternative(run, EXACT), Alternative(_EXPANSIONS[run], EQUIVALENT)),
                        False), size
    for size in (2, 1):
        run = tuple(folded[i:i + size])
        if len(run) == size and run in _ABBREVIATED:
            return Term(tuple(typed[i:i + size]), (Alternative(run, EXACT), Alternative(_ABBREVIATED[run], EQUIVALENT)),
                        False), size
    number = _number_at(folded, written, i)
    if number:
        value, used = number
        return Term(tuple(typed[i:i + used]), _number_alternatives(tuple(folded[i:i + used]), value), False), used
    word = folded[i]
    return Term((typed[i],), (Alternative((word,), EXACT),), spelling.can_vary(word)), 1


def _number_at(folded: list[str], written: list[str], i: int) -> tuple[int, int] | None:
    """An ordinal at ``i``: digits, a roman numeral (upper case, or after "thứ", "khóa"),
    or words after "thứ" (``thứ hai mươi``)."""
    word = folded[i]
    if word.isdigit():
        return (int(word), 1) if len(word) <= 3 else None
    after_cue = i > 0 and folded[i - 1] in _ORDINAL_CUES
    roman = ordinals.from_roman(written[i].upper() if after_cue else written[i])
    if roman:
        return roman, 1
    if after_cue and folded[i - 1] == "thu":
        return ordinals.from_words(folded[i:i + ordinals.MAX_WORDS])
    return None


def _number_alternatives(as_typed: tuple[str, ...], value: int) -> tuple[Alternative, ...]:
    forms = [(str(value),), (ordinals.to_roman(value).lower(),)] if 0 < value < 4000 else [(str(value),)]
    forms += [tuple(w.split()) for w in _number_words(value)]
    alternatives = [Alternative(as_typed, EXACT)]
    alternatives += [Alternative(form, EQUIVALENT) for form in dict.fromkeys(forms) if form != as_typed]
    return tuple(alternatives)


def _number_words(value: int) -> list[str]:
    """How an ordinal under 100 is written in words: 25 -> "hai muoi lam", "hai muoi nam"."""
    units = ["", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin"]
    if value == 1:
        return ["nhat", "mot"]
    if value == 4:
        return ["tu", "bon"]
    if 0 < value < 10:
        return [units[value]]
    if not 10 <= value < 100:
        return []
    tens, unit = divmod(value, 10)
    head = "muoi" if tens == 1 else f"{units[tens]} muoi"
    tails = {0: [""], 4: ["tu", "bon"], 5: ["lam", "nam"]}.get(unit, [units[unit]])
    return [f"{head} {tail}".strip() for tail in tails]


# -- matching --------------------------------------------------------------------------------

@dataclass(slots=True)
class _Field:
    analysed: Analysed
    spans: list[tuple[int, int]]
    folded: list[str]
    normalised: list[str]

    @classmethod
    def of(cls, text: str) -> _Field:
        analysed = analyse(text)
        spans = [m.span() for m in _TOKEN.finditer(analysed.folded)]
        return cls(analysed, spans, [analysed.folded[a:b] for a, b in spans],
                   [analysed.normalised[a:b] for a, b in spans])


@dataclass(slots=True)
class _Found:
    level: int
    field: int
    start: int  # syllable index
    end: int


@dataclass(slots=True)
class Match:
    level: int  # the worst level among the terms
    score: int
    field: int
    highlights: list[tuple[int, int]] = field(default_factory=list)  # in the original of that field


def match(query: Query, texts: list[str], near: dict[str, set[str]] | None = None, passage: bool = False
          ) -> Match | None:
    """How ``texts`` (a record's fields, its name first) answer ``query``, or ``None``.

    ``near`` gives, for a term that may be misspelt, the words of the index one typo away.
    """
    if not query.terms:
        return None
    parsed = [_Field.of(t) for t in texts]
    found = [_best(term, parsed, near or {}) for term in query.terms]
    if any(f is None for f in found):
        return None
    typos = sum(f.level == TYPO for f in found)
    if typos > query.typo_budget:
        return None
    level = max(f.level for f in found)
    home = found[0].field
    together = all(f.field == home for f in found) and all(
        b.start == a.end for a, b in zip(found, found[1:]))
    target = parsed[home]
    covered = sum(f.end - f.start for f in found if f.field == home) / max(len(target.folded), 1)
    score = (100 - TIER_STEP * level - 3 * max(typos - 1, 0) - (0 if together else 4) - (2 if home else 0)
             - (2 if passage else 0) - round(2 * (1 - min(covered, 1))))
    highlights = [target.analysed.original_span(target.spans[f.start][0], target.spans[f.end - 1][1])
                  for f in found if f.field == home]
    return Match(level, max(score, 1), home, sorted(set(highlights)))


def _best(term: Term, parsed: list[_Field], near: dict[str, set[str]]) -> _Found | None:
    best = None
    for index, text in enumerate(parsed):
        for found in _occurrences(term, text, index, near):
            if best is None or (found.level, found.field, found.start) < (best.level, best.field, best.start):
                best = found
    return best


def _occurrences(term: Term, text: _Field, index: int, near: dict[str, set[str]]):
    words = text.folded
    for alternative in term.alternatives:
        size = len(alternative.syllables)
        for start in range(len(words) - size + 1):
            if tuple(words[start:start + size]) == alternative.syllables:
                level = alternative.level
                if level == EXACT and term.typed != alternative.syllables and \
                        tuple(text.normalised[start:start + size]) != term.typed:
                    level = FOLDED  # typed with diacritics, found with others
                yield _Found(level, index, start, start + size)
    if term.may_be_misspelt:
        close = near.get(term.alternatives[0].syllables[0], set())
        for start, word in enumerate(words):
            if word in close:
                yield _Found(TYPO, index, start, start + 1)


# -- searching an index ----------------------------------------------------------------------

def search(index, query_text: str, kinds: list[str] | None = None, limit: int = DEFAULT_LIMIT,
           keep=lambda record: True) -> list[Hit]:
    """The best ``limit`` hits for a query, records and passages in one ranked list."""
    query = analyse_query(query_text)
    if not query.terms:
        return []
    kinds = list(kinds or (*RECORD_KINDS, "passage"))
    near = _near_spellings(index, query)
    hits = []
    record_kinds = [k for k in kinds if k != "passage"]
    if record_kinds:
        for record in index.matching_records(fts_expression(query, near), record_kinds, CANDIDATES):
            hit = _record_hit(query, record, near)
            if hit and keep(record):
                hits.append(hit)
    if "passage" in kinds:
        hits += [h for h in _passage_hits(index, query, near) if keep(h.record)]
    hits.sort(key=lambda h: (-h.score, KIND_ORDER[h.kind], h.label, h.id))
    return hits[:limit]


def _near_spellings(index, query: Query) -> dict[str, set[str]]:
    if not query.typo_budget:
        return {}
    near = {}
    for term in query.terms:
        if term.may_be_misspelt:
            word = term.alternatives[0].syllables[0]
            candidates = index.spelled_like(spelling.variants(word)) - {word}
            near[word] = _one_typo_away(word, candidates)
    return near


def _one_typo_away(word: str, candidates: set[str]) -> set[str]:
    from rapidfuzz.distance import Levenshtein

    return {c for c in candidates if Levenshtein.distance(word, c, score_cutoff=1) <= 1}


def fts_expression(query: Query, near: dict[str, set[str]], phrase: bool = False) -> str:
    """The full-text query that finds every candidate: each term (in any of its forms,
    or a near spelling) must be there; with ``phrase``, all of them in a row."""
    if phrase:
        options = product(*[[a.syllables for a in t.alternatives] for t in query.terms])
        return " OR ".join(_quoted(sum(option, ())) for option in list(options)[:64])
    parts = []
    for term in query.terms:
        forms = [_quoted(a.syllables) for a in term.alternatives]
        if term.may_be_misspelt:
            forms += [_quoted((w,)) for w in sorted(near.get(term.alternatives[0].syllables[0], ()))]
        parts.append("(" + " OR ".join(forms) + ")")
    return " AND ".join(parts)


def _quoted(syllables: tuple[str, ...]) -> str:
    return '"' + " ".join(syllables) + '"'


def _record_hit(query: Query, record, near) -> Hit | None:
    data = to_dict(record)
    texts = fields(data)
    found = match(query, texts, near)
    if not found:
        return None
    return _hit(record.kind, record.id, record.label, texts[found.field], found, record.source, record)


def _passage_hits(index, query: Query, near) -> list[Hit]:
    rows, seen = [], set()
    for phrase in (True, False):
        for row in index.matching_sentences(fts_expression(query, near, phrase), CANDIDATES):
            if row.id not in seen:
                seen.add(row.id)
                rows.append(row)
        if len(rows) >= CANDIDATES:
            break
    hits = []
    for row in rows:
        text = row.text[row.start:row.end]
        found = match(query, [text], near, passage=True)
        if found:
            source = Source(row.file, row.line)
            passage = Passage(record_id("passage", row.file, row.line, row.start), f"{row.file}:{row.line}",
                              source, text, row.text)
            hits.append(_hit("passage", passage.id, passage.label, text, found, source, passage))
    return hits


def _hit(kind, id_, label, text, found: Match, source, record) -> Hit:
    snippet, highlights = _window(text, found.highlights)
    return Hit(kind, id_, label, found.score, snippet, highlights, source, record, LEVEL_NAMES[found.level])


def _window(text: str, highlights: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """At most SNIPPET_WIDTH characters around the first highlight, cut at spaces."""
    if len(text) <= SNIPPET_WIDTH or not highlights:
        return text[:SNIPPET_WIDTH * 2], highlights
    first = highlights[0][0]
    start = max(0, min(first - SNIPPET_WIDTH // 3, len(text) - SNIPPET_WIDTH))
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + SNIPPET_WIDTH)
    end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
    prefix = "…" if start else ""
    shift = len(prefix) - start
    kept = [(a + shift, b + shift) for a, b in highlights if a >= start and b <= end]
    return prefix + text[start:end] + ("…" if end < len(text) else ""), kept
