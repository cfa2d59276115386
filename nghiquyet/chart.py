"""The timeline as a picture: where each meeting falls on a time axis of years, the terms
(nhiệm kỳ) as bands, and, when the timeline follows one person or one resolution, the
titles held as lanes over time or the steps of the resolution's life.

Times are years as numbers (2019.83 is late October 2019), so that a day, a month and a
bare year are each a span: a meeting sits in the middle of the span its date allows.
Meetings whose year is unknown have no place on the axis and are kept apart, never
dropped. Nothing here draws: ``render.timeline_html`` and ``render.timeline_chart`` do.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from .filters import Catalog, Filters, date_span
from .lexicon import RESOLUTION_STEPS
from .models import MEETING_TYPES, DateValue, Source
from .text import normalise
from .timeline import Entry, Group

STEPS = tuple(RESOLUTION_STEPS)
_STEP_OF_ACTION = {normalise(action): step for step, actions in RESOLUTION_STEPS.items() for action in actions}
_MOST_TELLING = ("tổng kết", "sơ kết", "ban hành", "quán triệt", "thực hiện")
_TERM = re.compile(r"^(\d{4})-(\d{4})$")


@dataclass(slots=True)
class Mark:
    entry: Entry
    start: float | None = None  # the span of years its date allows; None when its year is unknown
    end: float | None = None
    step: str | None = None  # with --resolution: the step of the resolution's life it is

    @property
    def at(self) -> float | None:
        return None if self.start is None else (self.start + self.end) / 2


@dataclass(slots=True)
class Band:
    term: str
    start: int
    end: int
    row: int  # terms that overlap (a province's and the nation's) go in rows of their own
    meetings: int


@dataclass(slots=True)
class Lane:
    """One title a person held, over the times articles wrote it."""

    person: str
    title: str  # as first written
    spans: list[tuple[float, float]] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def start(self) -> float | None:
        return min((s for s, _ in self.spans), default=None)

    @property
    def end(self) -> float | None:
        return max((e for _, e in self.spans), default=None)


@dataclass(slots=True)
class Picture:
    groups: list[Group]  # the timeline drawn, as it lists it
    marks: list[Mark]  # placed on the axis, in date order
    undated: list[Mark]  # no known year: listed apart from the axis
    bands: list[Band]
    lanes: list[Lane]  # with --person
    types: list[str]  # the meeting types present, in MEETING_TYPES order
    selection: list[tuple[str, str]]  # the filters that chose the meetings, as typed
    follows_resolution: bool = False
    first: int | None = None  # the axis: whole years, first to last
    last: int | None = None

    @property
    def count(self) -> int:
        return len(self.marks) + len(self.undated)

    @property
    def steps(self) -> list[Mark]:
        return [m for m in self.marks if m.step]


def picture(groups: list[Group], catalog: Catalog, query: str | None = None) -> Picture:
    """The picture of a timeline (``timeline.timeline``'s groups)."""
    follows_resolution = bool(catalog.filters.resolution)
    marks, undated = [], []
    for group in groups:
        for entry in group.entries:
            mark = _mark(entry, follows_resolution)
            (marks if mark.start is not None else undated).append(mark)
    marks.sort(key=lambda m: m.at)
    entries = [m.entry for m in (*marks, *undated)]
    lanes = _lanes(catalog, entries) if catalog.person else []
    bands = _bands(entries)
    types = [t for t in MEETING_TYPES if any(e.meeting.type == t for e in entries)]
    first, last = _axis(marks, bands, lanes)
    return Picture(groups, marks, undated, bands, lanes, types, _selection(catalog.filters, query), follows_resolution,
                   first, last)


def years(date: DateValue) -> tuple[float, float] | None:
    """The span of years a date allows (with the last day of a ``until``), or None."""
    days = date_span(date)
    if days is None:
        return None
    first, last = days
    if date.until:
        until = date_span(DateValue(date.until, date.precision))
        last = max(last, until[1]) if until else last
    return _year_number(first), _year_number(last + dt.timedelta(days=1))


def step_of(actions: list[str]) -> str | None:
    """The step of a resolution's life that a meeting's actions name most tellingly: a
    review, else the issuing, else the dissemination, else the implementation, which
    articles name beside each of the others ("quán triệt và triển khai thực hiện")."""
    steps = {_STEP_OF_ACTION.get(normalise(a)) for a in actions}
    return next((s for s in _MOST_TELLING if s in steps), None)


def _mark(entry: Entry, follows_resolution: bool) -> Mark:
    span = years(entry.meeting.date)
    step = step_of(entry.actions) if follows_resolution else None
    return Mark(entry, *(span or (None, None)), step=step)


def _year_number(day: dt.date) -> float:
    start = dt.date(day.year, 1, 1)
    return day.year + (day - start).days / (dt.date(day.year + 1, 1, 1) - start).days


def _bands(entries: list[Entry]) -> list[Band]:
    counts: dict[str, int] = {}
    for entry in entries:
        term = entry.meeting.term
        if term and _TERM.match(term):
            counts[term] = counts.get(term, 0) + 1
    bands: list[Band] = []
    row_ends: list[int] = []
    for term in sorted(counts):
        start, end = int(term[:4]), int(term[5:])
        row = next((i for i, last in enumerate(row_ends) if last <= start), len(row_ends))
        if row == len(row_ends):
            row_ends.append(end)
        row_ends[row] = end
        bands.append(Band(term, start, end, row, counts[term]))
    return bands


def _lanes(catalog: Catalog, entries: list[Entry]) -> list[Lane]:
    """Each title of each person the timeline follows, over the dates articles gave it."""
    people = {}
    for entry in entries:
        for participant in entry.meeting.people:
            if participant.person_id not in people and catalog.person.found_in([participant.name]):
                people[participant.person_id] = catalog.index.get(participant.person_id)
    lanes: dict[tuple[str, str], Lane] = {}
    for person in filter(None, people.values()):
        for held in person.titles:
            lane = lanes.setdefault((person.id, normalise(held.title)), Lane(person.name, held.title))
            span = years(held.date)
            if span:
                lane.spans.append(span)
            lane.sources.append(held.source)
    return sorted(lanes.values(), key=lambda lane: (lane.person, lane.start is None, lane.start or 0))


def _axis(marks: list[Mark], bands: list[Band], lanes: list[Lane]) -> tuple[int | None, int | None]:
    """The years the meetings and titles span, whole; the terms' when nothing else has a year
    (terms reach past the meetings they hold, and would leave the axis empty at its ends)."""
    starts = [m.start for m in marks] + [lane.start for lane in lanes if lane.spans]
    ends = [m.end for m in marks] + [lane.end for lane in lanes if lane.spans]
    if not starts:
        starts, ends = [b.start for b in bands], [b.end for b in bands]
    if not starts:
        return None, None
    first, last = math.floor(min(starts)), math.ceil(max(ends))
    return first, max(last, first + 1)


def _selection(filters: Filters, query: str | None) -> list[tuple[str, str]]:
    chosen = [("query", query), ("person", filters.person), ("resolution", filters.resolution),
              ("province", filters.province), ("term", filters.term),
              ("since", filters.since and filters.since.isoformat()),
              ("until", filters.until and filters.until.isoformat()), ("type", ", ".join(filters.types))]
    return [(name, value) for name, value in chosen if value]
