"""Find records and passages however the query is typed, ranked as a reader would.

The store's full-text index (over folded text) finds the candidates that hold every
term in one of its forms (``query``), asked as a ``storage.Lookup`` that each engine
turns into its own expression; ``matching`` then scores each, and hits come out best
first: by score, then records before passages, then by label, so ties keep one order.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from itertools import islice, product

from . import ordinals
from .filters import shown_as
from .matching import BEST_PASSAGE_SCORE, Match, best_possible, match
from .models import RECORD_CLASSES, Passage, Source, from_dict, to_dict
from .query import LEVEL_NAMES, NUMBER, ORDINAL_WORDS, Query, analyse_query
from .searchable import fields
from .storage import Lookup

RECORD_KINDS = ("meeting", "person", "resolution", "document")
KIND_ORDER = {kind: i for i, kind in enumerate((*RECORD_KINDS, "passage"))}
DEFAULT_LIMIT = 20
CANDIDATES_PER_HIT = 10  # candidates the full-text index hands over for each hit asked for
MIN_CANDIDATES, MAX_CANDIDATES = 200, 5000
MAX_PHRASES = 64  # ways of writing the whole query looked up as phrases
SNIPPET_WIDTH = 160


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


# -- searching an index ----------------------------------------------------------------------

def search(index, query_text: str, kinds: list[str] | None = None, limit: int = DEFAULT_LIMIT,
           keep=lambda record: True) -> list[Hit]:
    """The best ``limit`` hits for a query, records and passages in one ranked list.

    ``keep`` (the filters) sees the candidates; while it turns some away and there may
    be more, more are fetched, so that a filter never hides a hit the cap left out."""
    query = analyse_query(query_text)
    if not query.terms:
        return []
    kinds = list(kinds or (*RECORD_KINDS, "passage"))
    near = near_spellings(index, query)
    budget = min(max(limit * CANDIDATES_PER_HIT, MIN_CANDIDATES), MAX_CANDIDATES)
    hits, more = _hits(index, query, kinds, near, budget, keep, limit)
    while more and len(hits) < limit:
        budget *= 4
        hits, more = _hits(index, query, kinds, near, budget, keep, limit)
    hits.sort(key=_rank)
    return hits[:limit]


def _rank(hit: Hit) -> tuple:
    return _ranked(hit.score, hit.kind, hit.label, hit.id)


def _ranked(score: int, kind: str, label: str, id_: str) -> tuple:
    """Where a hit stands: by score, then records before passages, then by label."""
    return -score, KIND_ORDER[kind], label, id_


class _Bar:
    """The ``limit`` best places among the hits kept so far that will be shown as they are.
    A candidate whose best possible place is behind all of them cannot be shown, and is
    not matched."""

    def __init__(self, limit: int):
        self.limit = limit
        self.places: list[tuple] = []

    def add(self, hit: Hit) -> None:
        insort(self.places, _rank(hit))
        del self.places[self.limit:]

    def has_room(self) -> bool:
        return not self.places or len(self.places) < self.limit

    def clears(self, best_place: tuple) -> bool:
        return best_place < self.places[-1]


@dataclass(slots=True)
class _Unit:
    """Candidates that take one place in the list: a record or a passage, or the records of
    one meeting, which ``_one_a_meeting`` shows as one hit (the best score of any, under
    one of them). Once all are matched, its hits are final: then they set the bar."""

    kind: str
    members: list[tuple[list[str], str, str]] = field(default_factory=list)  # texts, label, id
    left: int = 0  # candidates not matched yet
    kept: list[Hit] = field(default_factory=list)
    wanted: bool | None = None

    def add(self, texts: list[str], label: str, id_: str) -> None:
        self.members.append((texts, label, id_))
        self.left += 1

    def still_wanted(self, bar: _Bar, query: Query, near) -> bool:
        """Whether its hits may be shown: decided at its first candidate, for all of them."""
        if self.wanted is None:
            self.wanted = bar.has_room() or bar.clears(self._best_place(query, near))
        return self.wanted

    def _best_place(self, query: Query, near) -> tuple:
        """A place no hit of it can beat: the best score any may have, under the least label."""
        passage = self.kind == "passage"
        score = max(best_possible(query, texts, near, passage) for texts, _, _ in self.members)
        return _ranked(score, self.kind, *min((label, id_) for _, label, id_ in self.members))

    def matched(self, bar: _Bar) -> None:
        self.left -= 1
        if not self.left:
            for hit in _one_a_meeting(self.kept):
                bar.add(hit)


def _units(found: list, passages: bool) -> list[_Unit]:
    """The unit of each candidate. When a meeting is said to be the same as one that is
    itself said to be another's, all meetings are one unit."""
    if passages:
        return [_passage_unit(passage_of(row)) for row in found]
    meetings = [data for data in found if data["kind"] == "meeting"]
    chained = bool({m["id"] for m in meetings if m.get("same_as")} & {m.get("same_as") for m in meetings})
    groups: dict[str, _Unit] = {}
    units = []
    for data in found:
        if data["kind"] == "meeting":
            unit = groups.setdefault("" if chained else data.get("same_as") or data["id"], _Unit("meeting"))
        else:
            unit = _Unit(data["kind"])
        unit.add(fields(data), data["label"], data["id"])
        units.append(unit)
    return units


def _passage_unit(passage: Passage) -> _Unit:
    unit = _Unit("passage")
    unit.add([passage.text], passage.label, passage.id)
    return unit


def _hits(index, query: Query, kinds: list[str], near, budget: int, keep, limit: int) -> tuple[list[Hit], bool]:
    """The kept hits among ``budget`` candidates of each kind, and whether more may be
    found: ``keep`` turned some away and the candidates filled the budget. Passages are
    not looked for when ``limit`` records already score what no passage can beat (a tie
    goes to the record)."""
    record_kinds = [k for k in kinds if k != "passage"]
    sources = [(lambda e, n: index.matching_records(e, record_kinds, n), _record_hit)] if record_kinds else []
    if "passage" in kinds:
        sources.append((index.matching_sentences, _passage_hit))
    hits, turned_away, full, bar = [], False, False, _Bar(limit)
    for fetch, hit_of in sources:
        if hit_of is _passage_hit and sum(h.score >= BEST_PASSAGE_SCORE for h in _one_a_meeting(hits)) >= limit:
            break
        found = _candidates(fetch, query, near, budget)
        full = full or len(found) >= budget
        for item, unit in zip(found, _units(found, hit_of is _passage_hit), strict=True):
            if not unit.still_wanted(bar, query, near):
                continue
            hit = hit_of(query, item, near)
            if hit and keep(hit.record):
                hits.append(hit)
                unit.kept.append(hit)
            elif hit:
                turned_away = True
            unit.matched(bar)
    shown = _one_a_meeting(hits)
    return shown, (turned_away or len(shown) < len(hits)) and full


def _one_a_meeting(hits: list[Hit]) -> list[Hit]:
    """One hit for a meeting however many articles name it: the record listings show it
    by (``filters.shown_as``), with the best score any of its records had."""
    shown = shown_as(hit.record for hit in hits if hit.kind == "meeting")
    top: dict[str, int] = {}
    for hit in hits:
        if hit.kind == "meeting":
            top[shown[hit.id]] = max(top.get(shown[hit.id], hit.score), hit.score)
    kept = [hit for hit in hits if hit.kind != "meeting" or shown[hit.id] == hit.id]
    for hit in kept:
        if hit.kind == "meeting":
            hit.score = top[hit.id]
    return kept


def _candidates(fetch, query: Query, near, budget: int) -> list:
    """What the full-text index finds: first the best of those that hold the query as a
    phrase, then those that hold each term somewhere."""
    found, seen = [], set()
    for phrase in (True, False):
        for item in fetch(lookup(query, near, phrase), budget - len(found)):
            key = item["id"] if isinstance(item, dict) else item.pid
            if key not in seen:
                seen.add(key)
                found.append(item)
        if len(found) >= budget:
            break
    return found


def near_spellings(index, query: Query) -> dict[str, set[str]]:
    """For each term that may be misspelt, the words of the index one typo away (a
    letter added, dropped, changed, or two swapped)."""
    if not query.typo_budget or not any(term.may_be_misspelt for term in query.terms):
        return {}
    from rapidfuzz.distance import OSA

    near = {}
    for term in query.terms:
        if term.may_be_misspelt:
            candidates = index.near_words(term.word) - {term.word}
            near[term.word] = {c for c in candidates if OSA.distance(term.word, c, score_cutoff=1) <= 1}
    return near


def lookup(query: Query, near: dict[str, set[str]], phrase: bool = False) -> Lookup:
    """What the full-text index is asked for every candidate: each term (in any of its
    forms, or a near spelling) must be there; with ``phrase``, all of them in a row."""
    spelled = [_spellings(term, near) for term in query.terms]
    if phrase:
        return [tuple(sum(option, ()) for option in islice(product(*spelled), MAX_PHRASES))]
    return [tuple(forms) for forms in spelled]


def _spellings(term, near: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The syllables each form of a term can be written with."""
    spellings = []
    for form in term.forms:
        if form.how == NUMBER:
            digits = len(str(form.value))
            spellings += [(f"{form.value:0{width}d}",) for width in range(digits, max(digits, 3) + 1)]
        elif form.how == ORDINAL_WORDS:
            spellings += ordinals.to_words(form.value)
        else:
            spellings.append(form.syllables)
    if term.may_be_misspelt:
        spellings += [(word,) for word in sorted(near.get(term.word, ()))]
    return list(dict.fromkeys(spellings))


def _record_hit(query: Query, data: dict, near) -> Hit | None:
    texts = fields(data)
    found = match(query, texts, near)
    if not found:
        return None
    record = from_dict(RECORD_CLASSES[data["kind"]], data)
    return _hit(record.kind, record.id, record.label, texts[found.field], found, record.source, record)


def _passage_hit(query: Query, row, near) -> Hit | None:
    passage = passage_of(row)
    found = match(query, [passage.text], near, passage=True)
    if not found:
        return None
    return _hit("passage", passage.id, passage.label, passage.text, found, passage.source, passage)


def passage_of(row) -> Passage:
    """The passage record of a sentence row: the sentence, in its paragraph."""
    return Passage(row.pid, f"{row.file}:{row.line}", Source(row.file, row.line, row.page), row.text[row.start:row.end],
                   row.text)


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
