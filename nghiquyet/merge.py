"""One record per meeting, person, resolution and document across all articles.

Each article's records already carry ids that depend only on what identifies them
(see ``extract.article``): the records of one id, from several articles, are one thing
seen from each, and ``combine`` makes them one, taking articles in file order so that
the result never depends on which was read first. A numbered paper whose khóa no
article writes joins the one paper of its number and issuer that an article dates,
when there is exactly one (``undated_joins``).
"""

from __future__ import annotations

from .models import PRECISIONS, Attendance, DateValue, Meeting, Participant, Person, Resolution, UnnamedRole
from .text import normalise

PRECISION_RANK = {precision: -rank for rank, precision in enumerate(PRECISIONS)}  # day highest
MENTIONED, ANNOUNCED, HELD = range(3)  # how much an article's account of a meeting counts


def combine(records: list):
    """One record from the records of one id, in the order of their articles' files.

    Lists are only added to here, so that a record named by thousands of articles costs
    no more to merge than one named twice; ``tidy`` takes the repeats out once at the end.
    """
    first, *others = records
    merge_into = {"meeting": _merge_meeting, "person": _merge_person}.get(first.kind, merge_paper)
    for other in others:
        merge_into(first, other)
    return first


def tidy(record) -> None:
    """Each thing once in the lists of a merged record, in the order first seen."""
    if record.kind == "meeting":
        record.people = _merge_participants(record.people)
        record.unnamed_roles = merge_unnamed(record.unnamed_roles)
        for name in ("resolutions", "documents", "authors", "mentions"):
            setattr(record, name, list(dict.fromkeys(getattr(record, name))))
    elif record.kind == "person":
        titles = {}
        for title in record.titles:
            titles.setdefault((normalise(title.title), title.source), title)
        record.titles = list(titles.values())
        attended: dict[str, Attendance] = {}
        for attendance in record.meetings:
            if attendance.meeting_id in attended:
                attended[attendance.meeting_id].roles = _union(attended[attendance.meeting_id].roles,
                                                               attendance.roles)
            else:
                attended[attendance.meeting_id] = Attendance(attendance.meeting_id, list(attendance.roles))
        record.meetings = list(attended.values())
    else:
        record.mentions = list({(m.meeting_id, m.source, m.action): m for m in record.mentions}.values())


def _merge_meeting(into: Meeting, other: Meeting) -> None:
    """What an article that reports the meeting held says wins over what one that
    announces it says, and that over what one that only names it says; between two of
    a kind, a written date or term over an inferred one."""
    if _standing(other) > _standing(into):
        _take_fields(into, other, ("label", "source", "type", "body", "ordinal", "khoa"))
        into.date, into.term, into.term_basis = other.date, other.term or into.term, other.term_basis
    elif _standing(other) == _standing(into):
        into.date = better_date(into.date, other.date)
        if other.term and (not into.term or into.term_basis and not other.term_basis):
            into.term, into.term_basis = other.term, other.term_basis
    held = _standing(into) == HELD or _standing(other) == HELD
    into.reported = into.reported or other.reported
    into.upcoming = not held and (into.upcoming or other.upcoming)
    for name in ("body", "province", "ordinal", "khoa"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    for name in ("people", "unnamed_roles", "resolutions", "documents", "authors", "mentions"):
        getattr(into, name).extend(getattr(other, name))


def _standing(meeting: Meeting) -> int:
    """How much an article's account of a meeting counts: one that reports it held, over
    one that reports it coming, over one that names it in passing."""
    if not meeting.reported:
        return MENTIONED
    return ANNOUNCED if meeting.upcoming else HELD


def _merge_person(into: Person, other: Person) -> None:
    into.titles.extend(other.titles)
    into.meetings.extend(other.meetings)


def merge_paper(into: Resolution, other: Resolution) -> None:
    if len(other.label) > len(into.label):
        into.label = other.label
    for name in ("number", "issuer", "subject", "term", "meeting_id"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    into.mentions.extend(other.mentions)


def undated_joins(papers: list[Resolution]) -> dict[str, str]:
    """Within one family of papers (one number, one issuer level), the undated ones that
    join the dated one: id -> id. Nothing joins when no khóa, or several, is written."""
    dated = {_khoa_of(p) for p in papers if _khoa_of(p)}
    if len(dated) != 1:
        return {}
    target = min((p for p in papers if _khoa_of(p)), key=lambda p: p.id)
    return {p.id: target.id for p in papers if p.id != target.id}


def _khoa_of(paper: Resolution) -> str | None:
    words = normalise(paper.issuer or "").split()
    return words[words.index("khóa") + 1] if "khóa" in words[:-1] else None


def better_date(a: DateValue, b: DateValue) -> DateValue:
    """A date with a year over one without (a day and month alone), then a written date
    over an inferred one, then the more precise."""
    def rank(d: DateValue):
        return (d.value is not None, d.year is not None, not d.inferred, PRECISION_RANK[d.precision])
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


def merge_unnamed(roles: list[UnnamedRole]) -> list[UnnamedRole]:
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
