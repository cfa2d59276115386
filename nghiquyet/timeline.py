"""Meetings in the order they were held, grouped by the term (nhiệm kỳ) they belong to.

Within a term, meetings run by date; a date known only to the year comes after the
days of that year, and a day and month of no known year after every dated meeting.
Meetings with a date but no term come after the terms, and meetings without any usable
date last, in a group of their own.

With a person, a career: their meetings by date alone, since the terms of the bodies they
sit on overlap (a national term of 2021-2026 beside a province's of 2025-2030); each run
of meetings of one term is a group, so a term may come back after another.

Meetings held and meetings to come (announced or being prepared) are listed; those
only named in passing when asked for, or when they acted on the resolution asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .filters import Catalog, paper_texts
from .models import DateValue, Meeting
from .text import normalise

NO_TERM = "nhiệm kỳ chưa rõ"
NO_DATE = "chưa rõ ngày"


@dataclass(slots=True)
class Entry:
    meeting: Meeting
    resolutions: list[str] = field(default_factory=list)  # labels of what it discussed
    titles: list[str] = field(default_factory=list)  # with --person: the titles held then
    roles: list[str] = field(default_factory=list)  # with --person: what they did there
    actions: list[str] = field(default_factory=list)  # with --resolution: what was done with it


@dataclass(slots=True)
class Group:
    term: str | None
    heading: str
    entries: list[Entry]


def timeline(catalog: Catalog, meeting_ids: set[str] | None = None, include_mentioned: bool = False
             ) -> list[Group]:
    """The meetings that pass the filters (and are in ``meeting_ids`` when given)."""
    resolution_links = _resolution_links(catalog) if catalog.resolution else {}
    entries = []
    shown_as = catalog.shown_as
    if meeting_ids is not None:
        meeting_ids = {shown_as.get(i, i) for i in meeting_ids}
    for meeting in catalog.meetings.values():
        if shown_as[meeting.id] != meeting.id or meeting_ids is not None and meeting.id not in meeting_ids:
            continue
        linked = meeting.id in resolution_links
        if not (meeting.status != "mentioned" or include_mentioned or linked):
            continue
        if not catalog.keeps_meeting(meeting, resolution_checked=linked):
            continue
        entries.append(_entry(catalog, meeting, resolution_links.get(meeting.id, [])))
    if catalog.person:
        return _runs(sorted(entries, key=lambda e: _by_date(e.meeting)))
    return _grouped(sorted(entries, key=lambda e: _order(e.meeting)))


def _resolution_links(catalog: Catalog) -> dict[str, list[str]]:
    """Meeting id (as shown) -> what it did with a resolution matching ``--resolution``."""
    links: dict[str, list[str]] = {}
    shown_as = catalog.shown_as
    for paper in catalog.papers.values():
        if not catalog.resolution.found_in(paper_texts(paper)):
            continue
        if paper.meeting_id:
            links.setdefault(shown_as.get(paper.meeting_id, paper.meeting_id), []).append("ban hành")
        for mention in paper.mentions:
            if mention.meeting_id:
                shown = shown_as.get(mention.meeting_id, mention.meeting_id)
                links.setdefault(shown, []).append(mention.action or "nhắc đến")
    return {k: list(dict.fromkeys(v)) for k, v in links.items()}


def _entry(catalog: Catalog, meeting: Meeting, actions: list[str]) -> Entry:
    labels = [catalog.papers[i].label for i in meeting.resolutions if i in catalog.papers]
    entry = Entry(meeting, labels, actions=actions)
    if catalog.person:
        for person in meeting.people:
            if catalog.person.found_in([person.name]):
                entry.roles = person.roles
                entry.titles = _titles_at(catalog, person.person_id, meeting)
    return entry


def _titles_at(catalog: Catalog, person_id: str, meeting: Meeting) -> list[str]:
    """The titles the meeting's articles write beside the person, but those of a career they
    tell, dated before it."""
    person = catalog.index.get(person_id)
    files = {s.file for s in meeting.mentions} | {meeting.source.file}
    titles = [t.title for t in person.titles if t.source.file in files and not _before(t.date, meeting.date)
              ] if person else []
    return list(dict.fromkeys(titles))


def _before(date: DateValue, than: DateValue) -> bool:
    """Whether one dated day, month or year is earlier than another, to the less precise of the two."""
    if date.year is None or than.year is None:
        return False
    size = min(len(date.value), len(than.value))
    return date.value[:size] < than.value[:size]


def meetings_mentioning(catalog: Catalog, query: str) -> set[str]:
    """Meetings a free query selects: found themselves, or through a person who attended,
    a resolution they discussed, or a passage of the article that reports them."""
    from .search import search

    reported = catalog.reported_by_file
    ids: set[str] = set()
    for hit in search(catalog.index, query, limit=10_000, keep=catalog.keeps):
        record = hit.record
        if hit.kind == "meeting":
            ids.add(hit.id)
        elif hit.kind == "person":
            ids.update(a.meeting_id for a in record.meetings)
        elif hit.kind in ("resolution", "document"):
            ids.update(m.meeting_id for m in record.mentions if m.meeting_id)
        elif hit.source.file in reported:
            ids.add(_reporting(reported[hit.source.file], hit.source.line).id)
    return ids


def _reporting(meetings: list[Meeting], line: int) -> Meeting:
    """Of the meetings a file reports, the one a line is about: the last named before it
    (the article's own comes first; a paragraph may report another beside it)."""
    ordered = sorted(meetings, key=lambda m: m.source.line)
    return next((m for m in reversed(ordered) if m.source.line <= line), ordered[0])


def _order(meeting: Meeting):
    term_start = int(meeting.term[:4]) if meeting.term else 9999
    return (meeting.date.sort_key()[0], term_start, meeting.date.sort_key(), normalise(meeting.label), meeting.id)


def _by_date(meeting: Meeting):
    return (meeting.date.sort_key(), normalise(meeting.label), meeting.id)


def _grouped(entries: list[Entry]) -> list[Group]:
    groups: dict[tuple, Group] = {}
    for entry in entries:
        key, heading, term = _group_of(entry.meeting)
        groups.setdefault(key, Group(term, heading, [])).entries.append(entry)
    return [groups[k] for k in sorted(groups)]


def _runs(entries: list[Entry]) -> list[Group]:
    """The entries in their order, a group for each run of one term."""
    groups: list[Group] = []
    last = None
    for entry in entries:
        key, heading, term = _group_of(entry.meeting)
        if key != last:
            groups.append(Group(term, heading, []))
            last = key
        groups[-1].entries.append(entry)
    return groups


def _group_of(meeting: Meeting) -> tuple[tuple, str, str | None]:
    if not meeting.date.value:
        return (2, ""), NO_DATE, None
    if meeting.term:
        return (0, meeting.term), f"Nhiệm kỳ {meeting.term}", meeting.term
    return (1, ""), NO_TERM, None
