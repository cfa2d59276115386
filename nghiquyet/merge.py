"""One record per meeting, person, resolution and document across all articles.

Each article's records already carry ids that depend only on what identifies them
(see ``extract.article``), so records with one id are one thing seen from several
articles. A numbered paper whose khóa an article does not write joins the one paper
of its number and issuer that another article dates, when there is exactly one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .models import DateValue, Meeting, Participant, Person, Resolution, UnnamedRole
from .text import normalise

if TYPE_CHECKING:
    from .extract.article import ArticleFacts

PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


@dataclass(slots=True)
class Merged:
    meetings: dict[str, Meeting] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    papers: dict[str, Resolution] = field(default_factory=dict)

    def records(self) -> Iterable[Meeting | Person | Resolution]:
        yield from self.meetings.values()
        yield from self.people.values()
        yield from self.papers.values()


def merge(articles: Iterable[ArticleFacts]) -> Merged:
    """Merge articles, given in the order of their file names so that the result is
    stable; they are taken one at a time, never all in memory."""
    merged = Merged()
    provinces: dict[str, str | None] = {}
    for facts in articles:
        for meeting in facts.meetings:
            _add(merged.meetings, meeting, _merge_meeting)
        for person in facts.people:
            _add(merged.people, person, _merge_person)
        for paper in facts.papers:
            provinces.setdefault(paper.id, facts.province)
            _add(merged.papers, paper, merge_paper)
    _join_undated_papers(merged, provinces)
    return merged


def _add(records: dict, record, combine) -> None:
    if record.id in records:
        combine(records[record.id], record)
    else:
        records[record.id] = record


def _merge_meeting(into: Meeting, other: Meeting) -> None:
    """What an article that reports the meeting says wins over what one that only names it
    says; between two reports, a written date or term over an inferred one."""
    if other.reported and not into.reported:
        _take_fields(into, other, ("label", "source", "type", "body", "ordinal", "khoa"))
        into.reported = True
        into.date, into.term, into.term_basis = other.date, other.term or into.term, other.term_basis
    elif other.reported or not into.reported:
        into.date = better_date(into.date, other.date)
        if other.term and (not into.term or into.term_basis and not other.term_basis):
            into.term, into.term_basis = other.term, other.term_basis
    for name in ("body", "province", "ordinal", "khoa"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    into.people = _merge_participants(into.people + other.people)
    into.unnamed_roles = _merge_unnamed(into.unnamed_roles + other.unnamed_roles)
    into.resolutions = _union(into.resolutions, other.resolutions)
    into.documents = _union(into.documents, other.documents)
    into.authors = _union(into.authors, other.authors)
    into.mentions = _union(into.mentions, other.mentions)


def _merge_person(into: Person, other: Person) -> None:
    known = {(normalise(t.title), t.source) for t in into.titles}
    into.titles += [t for t in other.titles if (normalise(t.title), t.source) not in known]
    by_meeting = {a.meeting_id: a for a in into.meetings}
    for attendance in other.meetings:
        if attendance.meeting_id in by_meeting:
            by_meeting[attendance.meeting_id].roles = _union(by_meeting[attendance.meeting_id].roles,
                                                             attendance.roles)
        else:
            into.meetings.append(attendance)


def merge_paper(into: Resolution, other: Resolution) -> None:
    if len(other.label) > len(into.label):
        into.label = other.label
    for name in ("number", "issuer", "subject", "term", "meeting_id"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    into.mentions += [m for m in other.mentions if m not in into.mentions]


def _join_undated_papers(merged: Merged, provinces: dict[str, str | None]) -> None:
    """``Nghị quyết 18-NQ/TW`` joins ``Nghị quyết số 18 của BCH Trung ương khóa XII`` when
    no other khóa has a resolution 18."""
    from .extract.resolutions import paper_family

    families: dict[tuple, list[Resolution]] = defaultdict(list)
    for paper in merged.papers.values():
        if paper.number:
            families[paper_family(paper.type, paper.number, paper.issuer, provinces.get(paper.id))].append(paper)
    renamed: dict[str, str] = {}
    for papers in families.values():
        dated = [p for p in papers if _khoa_of(p)]
        if len({_khoa_of(p) for p in dated}) != 1:
            continue
        target = dated[0]
        for paper in papers:
            if paper is not target and paper.id in merged.papers:
                merge_paper(target, merged.papers.pop(paper.id))
                renamed[paper.id] = target.id
    if renamed:
        for meeting in merged.meetings.values():
            meeting.resolutions = _union([], [renamed.get(i, i) for i in meeting.resolutions])
            meeting.documents = _union([], [renamed.get(i, i) for i in meeting.documents])


def _khoa_of(paper: Resolution) -> str | None:
    words = normalise(paper.issuer or "").split()
    return words[words.index("khóa") + 1] if "khóa" in words[:-1] else None


def better_date(a: DateValue, b: DateValue) -> DateValue:
    """A written date over an inferred one, then the more precise."""
    def rank(d: DateValue):
        return (d.value is not None, not d.inferred, PRECISION_RANK[d.precision])
    return b if rank(b) > rank(a) else a


def _take_fields(into, other, names) -> None:
    for name in names:
        value = getattr(other, name)
        if value is not None:
            setattr(into, name, value)


def _merge_participants(people: list[Participant]) -> list[Participant]:
    merged: dict[str, Participant] = {}
    for person in people:
        if person.person_id in merged:
            merged[person.person_id].roles = _union(merged[person.person_id].roles, person.roles)
        else:
            merged[person.person_id] = Participant(person.person_id, person.name, list(person.roles))
    return list(merged.values())


def _merge_unnamed(roles: list[UnnamedRole]) -> list[UnnamedRole]:
    merged: dict[str, UnnamedRole] = {}
    for role in roles:
        key = normalise(role.title)
        if key in merged:
            merged[key].roles = _union(merged[key].roles, role.roles)
            merged[key].person_id = merged[key].person_id or role.person_id
        else:
            merged[key] = UnnamedRole(role.title, list(role.roles), role.source, role.person_id)
    return list(merged.values())


def _union(first: list, second: list) -> list:
    return list(dict.fromkeys([*first, *second]))
