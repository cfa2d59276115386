"""``export --format ftm``: the index as FollowTheMoney entities, one JSON object a line
(the line format that ``ftm`` and Aleph's tools read), built and cleaned by the
``followthemoney`` library (the extra ``nghiquyet[ftm]``), so that every entity is valid
by its schema.

- a person: ``Person``; each title written beside a name: a ``Position`` (one per title
  as written) and an ``Occupancy`` of it by the person, dated when the text dates it;
- a meeting: an ``Event`` (``involved``: the people at it; ``organizer``: those who
  chaired it), and each person's roles there an ``UnknownLink`` (role: chủ trì, ...);
- a resolution or document: a ``Document`` (title, issuer as ``publisher``, subject as
  ``summary``, its type and number as ``keywords``), and each meeting that acted on it a ``Documentation`` whose role is
  what was done (ban hành, quán triệt, ...).

Ids are nghiquyet's, prefixed ``nghiquyet-``, or derived from them: the same corpus
gives the same entities.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from . import MissingExtra, Selection

PREFIX = "nghiquyet"
EXTRA = "pip install 'nghiquyet[ftm]'"


def entities(selection: Selection) -> Iterator[dict]:
    """Every entity of the selection, as the dicts ``EntityProxy.to_dict`` gives."""
    try:
        from followthemoney import model
    except ImportError as error:
        raise MissingExtra(f"FollowTheMoney export needs the ftm extra: {EXTRA}") from error
    meetings = selection.records("meeting")
    people = selection.records("person")
    present, shown = {p.id for p in people}, {m.id for m in meetings}
    made = [_person(model, p) for p in people] + [_meeting(model, m, present) for m in meetings] + \
        [_paper(model, r, shown) for r in selection.records("resolution") + selection.records("document")]
    written = set()  # a title many people held is one Position
    for entity in (e for each in made for e in each):
        if entity["id"] not in written:
            written.add(entity["id"])
            yield entity


def entity_id(*key: str) -> str:
    """A nghiquyet id as an entity's (``nghiquyet-m-...``), or one derived from several parts."""
    if len(key) == 1:
        return f"{PREFIX}-{key[0]}"
    return f"{PREFIX}-{key[0]}-" + hashlib.sha1("\x1f".join(key[1:]).encode()).hexdigest()[:16]


def _make(model, schema: str, key: str | tuple, **properties) -> dict:
    entity = model.make_entity(schema)
    entity.id = entity_id(*key) if isinstance(key, tuple) else entity_id(key)
    for name, values in properties.items():
        for value in values if isinstance(values, list) else [values]:
            if value is not None and value != "":
                entity.add(name, value)
    return entity.to_dict()


def _date(value, text: str | None = None) -> str | None:
    """The ISO date (or ``text``, a span's last day, as precise as it), as precise as it
    is; none for a day and month of no known year."""
    text = value.value if text is None else text
    return text if text and value.precision in ("day", "month", "year") else None


def _where(source) -> str:
    return f"{source.file}:{source.line}" + (f" (page {source.page})" if source.page else "")


def _person(model, person) -> Iterator[dict]:
    yield _make(model, "Person", person.id, name=person.name, notes=f"first named in {_where(person.source)}")
    for held in person.titles:
        position = ("position", held.title)
        yield _make(model, "Position", position, name=held.title)
        when = _date(held.date)
        yield _make(model, "Occupancy", ("occupancy", person.id, held.title, when or "", _where(held.source)),
                    holder=entity_id(person.id), post=entity_id(*position), date=when,
                    description=f"{held.title}, as written in {_where(held.source)}")


def _meeting(model, meeting, present: set[str]) -> Iterator[dict]:
    people = [p for p in meeting.people if p.person_id in present]
    yield _make(model, "Event", meeting.id, name=meeting.label, date=_date(meeting.date),
                endDate=_date(meeting.date, meeting.date.until),
                location=meeting.province, summary=f"{meeting.type}, {meeting.status}",
                involved=[entity_id(p.person_id) for p in people],
                organizer=[entity_id(p.person_id) for p in people if "chủ trì" in p.roles],
                notes=f"named in {_where(meeting.source)}")
    for participant in people:
        if participant.roles:
            yield _make(model, "UnknownLink", ("role", meeting.id, participant.person_id),
                        subject=entity_id(participant.person_id), object=entity_id(meeting.id),
                        role=participant.roles)


def _paper(model, paper, meetings: set[str]) -> Iterator[dict]:
    yield _make(model, "Document", paper.id, title=paper.label, name=paper.label, publisher=paper.issuer,
                summary=paper.subject, keywords=[paper.type, paper.number],
                notes=f"first named in {_where(paper.source)}")
    for mention in paper.mentions:
        if mention.meeting_id in meetings:
            yield _make(model, "Documentation", ("mention", paper.id, mention.meeting_id, _where(mention.source)),
                        document=entity_id(paper.id), entity=entity_id(mention.meeting_id), role=mention.action,
                        summary=f"{_where(mention.source)}")
