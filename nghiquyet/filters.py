"""The filters every query command shares: kind, term, dates, person, resolution,
province.

A record passes when what it is linked to passes: a person by the meetings they
attended, a resolution by the meetings that discussed it, a passage by the meeting its
article reports.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from .models import KINDS, MEETING_TYPES, DateValue, Meeting, Record
from .text import analyse

_TERM = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_WRITTEN = re.compile(r"^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$")
# Folded words that may lead a province as people type it ("tỉnh Lào Cai", "TP. Cần Thơ")
# where meetings hold the bare name.
_PLACE_WORDS = (("tinh",), ("thanh", "pho"), ("tp",))


class FilterError(ValueError):
    """An option value that cannot be used; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Filters:
    kinds: tuple[str, ...] = ()  # record kinds: meeting, person, ...
    types: tuple[str, ...] = ()  # meeting types: dai_hoi, hoi_nghi_bch, ...
    term: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    person: str | None = None
    resolution: str | None = None
    province: str | None = None

    @classmethod
    def parse(cls, kinds=None, term=None, since=None, until=None, person=None, resolution=None,
              province=None) -> Filters:
        kinds = [k.strip().lower() for k in kinds or ()]
        unknown = sorted(set(kinds) - set(KINDS) - set(MEETING_TYPES))
        if unknown:
            raise FilterError(f"unknown --kind {', '.join(unknown)}; choose from {', '.join(KINDS)} "
                              f"or a meeting type: {', '.join(MEETING_TYPES)}")
        types = tuple(dict.fromkeys(k for k in kinds if k in MEETING_TYPES))
        record_kinds = tuple(dict.fromkeys(k for k in kinds if k in KINDS))
        if types and not record_kinds:
            record_kinds = ("meeting",)
        first = parse_date(since, end=False, option="--since") if since is not None else None
        last = parse_date(until, end=True, option="--until") if until is not None else None
        if first and last and first > last:
            raise FilterError(f"--since {since} is after --until {until}")
        return cls(record_kinds, types, parse_term(term) if term is not None else None, first, last,
                   _blank_is_none(person, "--person"), _blank_is_none(resolution, "--resolution"),
                   _without_place_word(_blank_is_none(province, "--province")))

    @property
    def narrows_meetings(self) -> bool:
        return bool(self.by_meeting_facts or self.person or self.resolution)

    @property
    def by_meeting_facts(self) -> bool:
        """Whether a filter asks what a meeting itself says: its type, term, date or province."""
        return bool(self.types or self.term or self.since or self.until or self.province)

    def wants(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds


def parse_term(text: str) -> str:
    match = _TERM.match(text)
    if not match or not int(match[1]) < int(match[2]) <= int(match[1]) + 10:
        raise FilterError(f"--term takes a term like 2020-2025, not {text!r}")
    return f"{match[1]}-{match[2]}"


def parse_date(text: str, end: bool, option: str) -> dt.date:
    """``2020``, ``2020-10``, ``2020-10-31``, ``31/10/2020`` or ``10/2020`` -> the first
    (or, for an ``end``, the last) day it covers."""
    text = text.strip()
    iso, written = _ISO.match(text), _WRITTEN.match(text)
    if iso:
        year, month, day = int(iso[1]), iso[2] and int(iso[2]), iso[3] and int(iso[3])
    elif written:
        year, month, day = int(written[3]), int(written[2]), written[1] and int(written[1])
    else:
        raise FilterError(f"{option} takes a date like 2020, 2020-10, 2020-10-31 or 31/10/2020, not {text!r}")
    try:
        return _bound(year, month or None, day or None, end)
    except ValueError as error:
        raise FilterError(f"{option} {text!r} is not a date ({error})") from error


def _bound(year: int, month: int | None, day: int | None, end: bool) -> dt.date:
    if day:
        return dt.date(year, month, day)
    if month:
        return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def date_span(date: DateValue) -> tuple[dt.date, dt.date] | None:
    """The days a date may fall on: one day, a month or a year; ``None`` when its year is
    not known, so that no bound of --since or --until can be met."""
    if date.year is None:
        return None
    parts = [int(p) for p in date.value.split("-")]
    year, month, day = (*parts, None, None)[:3]
    return _bound(year, month, day, end=False), _bound(year, month, day, end=True)


def _blank_is_none(text: str | None, option: str) -> str | None:
    if text is None:
        return None
    if not re.search(r"[^\W_]", text):
        raise FilterError(f"{option} needs a word to look for")
    return text


def _without_place_word(text: str | None) -> str | None:
    """``tỉnh Lào Cai`` -> ``Lào Cai``; a place word alone stays as typed."""
    if text is None:
        return None
    analysed = analyse(text)
    spans = analysed.tokens()
    words = tuple(analysed.folded[start:end] for start, end in spans)
    for lead in _PLACE_WORDS:
        if words[:len(lead)] == lead and len(words) > len(lead):
            return text[analysed.original_span(*spans[len(lead)])[0]:]
    return text


class Catalog:
    """Everything a filter looks through, loaded once per command."""

    def __init__(self, index, filters: Filters):
        self.index = index
        self.filters = filters

    @cached_property
    def meetings(self) -> dict[str, Meeting]:
        return {m.id: m for m in self.index.meetings()}

    @cached_property
    def papers(self) -> dict:
        return {r.id: r for kind in ("resolution", "document") for r in self.index.papers(kind)}

    @cached_property
    def shown_as(self) -> dict[str, str]:
        return shown_as(self.meetings.values())

    @cached_property
    def reported_by_file(self) -> dict[str, list[Meeting]]:
        """The meetings each file reports: its own, and any a paragraph reports beside it."""
        reported: dict[str, list[Meeting]] = {}
        for meeting in self.meetings.values():
            if meeting.reported:
                reported.setdefault(meeting.source.file, []).append(meeting)
        return reported

    @cached_property
    def person(self) -> Wanted | None:
        if not self.filters.person:
            return None
        return Wanted(self.index, self.filters.person, self._names())

    def _names(self) -> Iterator[list[str]]:
        """Every person's name: those at meetings first, the rest only if still wanted."""
        for meeting in self.meetings.values():
            for person in meeting.people:
                yield [person.name]
        for person in self.index.people():
            yield [person.name]

    @cached_property
    def resolution(self) -> Wanted | None:
        if not self.filters.resolution:
            return None
        return Wanted(self.index, self.filters.resolution, map(paper_texts, self.papers.values()))

    @cached_property
    def province(self) -> Wanted | None:
        if not self.filters.province:
            return None
        return Wanted(self.index, self.filters.province, (province_texts(m) for m in self.meetings.values()))

    def keeps(self, record) -> bool:
        """Whether a record (meeting, person, resolution, document or passage) passes."""
        kind = record.kind
        if kind == "meeting":
            return self.keeps_meeting(record)
        if kind == "person":
            if self.person and not self.person.found_in([record.name]):
                return False
            linked = [self.meetings.get(a.meeting_id) for a in record.meetings]
            return self._any_linked(linked, person_checked=True)
        if kind in ("resolution", "document"):
            if self.resolution and not self.resolution.found_in(paper_texts(record)):
                return False
            linked = [self.meetings.get(m.meeting_id) for m in record.mentions if m.meeting_id]
            return self._any_linked(linked, resolution_checked=True)
        return self._any_linked(self.reported_by_file.get(record.source.file, []))

    def _any_linked(self, meetings, person_checked=False, resolution_checked=False) -> bool:
        if not (self.filters.by_meeting_facts
                or self.person and not person_checked or self.resolution and not resolution_checked):
            return True
        return any(m and self.keeps_meeting(m, person_checked, resolution_checked) for m in meetings)

    def keeps_meeting(self, meeting: Meeting, person_checked=False, resolution_checked=False) -> bool:
        filters = self.filters
        if filters.types and meeting.type not in filters.types:
            return False
        if filters.term and meeting.term != filters.term:
            return False
        if filters.since or filters.until:
            span = date_span(meeting.date)
            if span is None or filters.since and span[1] < filters.since or filters.until and span[0] > filters.until:
                return False
        if self.province and not self.province.found_in(province_texts(meeting)):
            return False
        if self.person and not person_checked and not any(self.person.found_in([p.name]) for p in meeting.people):
            return False
        if self.resolution and not resolution_checked and not any(
                self.resolution.found_in(paper_texts(self.papers[i]))
                for i in [*meeting.resolutions, *meeting.documents] if i in self.papers):
            return False
        return True


class Wanted:
    """What ``--person``, ``--resolution`` or ``--province`` asks for, found as search
    finds it: typed any way; with a letter or two wrong only when nothing answers it as
    typed, so that "nguyen thanh ha" is not also Nguyễn Thanh Hải."""

    def __init__(self, index, text: str, candidates: Iterable[list[str]]):
        from .query import analyse_query
        from .search import near_spellings

        self.query = analyse_query(text)
        self.near: dict[str, set[str]] = {}
        if not any(self.found_in(texts) for texts in candidates):
            self.near = near_spellings(index, self.query)

    def found_in(self, texts: list[str]) -> bool:
        from .matching import match

        return match(self.query, texts, self.near) is not None


def shown_as(meetings: Iterable[Meeting]) -> dict[str, str]:
    """The id each meeting is shown under, so that one meeting is one row however many
    articles name it: a meeting an article only names, under the record of an article
    that reports it when ``meetings`` hold one, else under the record of an article that
    announces it, else under the first (in file order); every other meeting under its own id."""
    meetings = sorted(meetings, key=lambda m: (m.status != "upcoming", m.source.file, m.source.line))
    ids = {m.id for m in meetings}
    shown: dict[str, str] = {}
    first_named: dict[str, str] = {}
    for meeting in meetings:
        if meeting.same_as is None:
            shown[meeting.id] = meeting.id
        elif meeting.same_as in ids:
            shown[meeting.id] = meeting.same_as
        else:
            shown[meeting.id] = first_named.setdefault(meeting.same_as, meeting.id)
    return shown


def one_per_meeting(records: list[Record]) -> list[Record]:
    """``records`` without the meetings shown under another of them (``shown_as``)."""
    shown = shown_as(r for r in records if r.kind == "meeting")
    return [r for r in records if r.kind != "meeting" or shown[r.id] == r.id]


def paper_texts(paper) -> list[str]:
    return [t for t in (paper.label, paper.number, paper.issuer, paper.subject) if t]


def province_texts(meeting: Meeting) -> list[str]:
    return [meeting.province] if meeting.province else []
