"""The user's corrections laid over the merged records, as they are read.

The store holds what extraction found, merged across articles; corrections are applied
to each record on its way out of the index (``Index``), the same for the embedded store
and a shared database. So they hold through any rebuild: a re-indexed corpus, a changed
article, new rules. A correction names records by id; an id that a merge took away still
finds the merged record, and a correction whose records are gone is reported, with why,
never applied to something else.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..models import Attendance, Corrected, DateValue, Merged, Participant, TitleHeld
from ..text import normalise
from .file import FIELDS, RECORD_ID, Correction, kind_of, no_field

RECORD_KINDS = ("meeting", "person", "resolution", "document")


@dataclass(frozen=True, slots=True)
class Unapplied:
    correction: Correction
    reason: str


class NotApplicable(Exception):
    """Why one correction cannot apply to the index as it stands."""


class Overlay:
    """The corrections, resolved against an index: ``get`` and ``records`` give records
    as corrected. ``read`` gives a stored record by id (or None), ``read_kinds`` every
    stored record of some kinds; both as extraction left them."""

    def __init__(self, corrections: list[Correction], read: Callable, read_kinds: Callable):
        self.corrections = corrections
        self._read = read
        self._read_kinds = read_kinds
        self._resolved = False
        self._by_label: dict[str, dict[str, list]] = {}
        self._cache: dict[str, object] = {}
        self.kind: dict[str, str] = {}  # of each record named, by id
        self.label: dict[str, str] = {}

    # -- resolving: what each correction names, and whether it can apply ----------------------

    def _resolve(self) -> None:
        if self._resolved:
            return
        self._resolved = True
        self.unapplied: list[Unapplied] = []
        self.parent: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.merges: dict[str, list[Correction]] = {}
        self.merged_by: dict[tuple[str, int], list[str]] = {}  # a merge's (file, line) -> the ids it names
        self.holder: dict[tuple[str, int], str] = {}  # a [[title]]'s (file, line) -> the person who holds it
        self.offices: dict[tuple[str, int], set[str]] = {}  # a [[title]]'s -> the unnamed offices it names
        self.found_again: dict[tuple[str, int], dict[str, str]] = {}  # a correction's -> {id it names: id now}
        self.dropped: dict[str, Correction] = {}
        self.edits: dict[str, list[tuple[Correction, str | None]]] = {}  # record -> (set or title, meeting)
        steps = {"merge": self._merge, "drop": self._drop, "not_person": self._drop, "set": self._set,
                 "title": self._title}
        # Merges and drops first, in the order written (of two that clash, the later is refused); then sets, titles.
        phase = {"merge": 0, "drop": 0, "not_person": 0, "set": 1, "title": 2}
        for correction in sorted(self.corrections, key=lambda c: phase[c.action]):
            try:
                steps[correction.action](correction)
            except NotApplicable as why:
                self.unapplied.append(Unapplied(correction, str(why)))
        self.unapplied.sort(key=lambda u: (u.correction.file, u.correction.line))
        self.touched = {self.find(i) for i in [*self.merges, *self.edits]}

    def named(self, name: str, kinds: tuple[str, ...] = RECORD_KINDS, correction: Correction | None = None) -> str:
        """The id of the record ``name`` names (an id, or a label only it has), of one of ``kinds``;
        an id no record has any longer, the record the correction's hint finds again."""
        if RECORD_ID.match(name):
            record = self._read(name) or self._found_again(name, correction)
        else:
            found = [r for kind in kinds for r in self._labelled(kind).get(normalise(name), [])]
            if not found:
                raise NotApplicable(f"no record is labelled {name!r} (its article may have changed)")
            if len(found) > 1:
                raise NotApplicable(f"{len(found)} records are labelled {name!r}: name one by its id "
                                    f"({', '.join(sorted(r.id for r in found)[:3])})")
            record = found[0]
        if record.kind not in kinds:
            raise NotApplicable(f"{name} is a {record.kind}, not a {' or '.join(kinds)}")
        self.kind[record.id] = record.kind
        self.label.setdefault(record.id, record.label)
        return record.id

    def _found_again(self, old_id: str, correction: Correction | None):
        """The record that an id no record has now was given, by what identified it when the
        correction was written: of its kind and label, the one in the same file; if none is
        there any longer (the file moved), the only one. Never a guess between several."""
        hint = correction and correction.hint(old_id)
        if hint is None:
            raise NotApplicable(f"no record has the id {old_id} (its article may have changed)")
        kind = kind_of(old_id)
        same = self._labelled(kind).get(normalise(hint.label), [])
        there, where = [r for r in same if hint.file in _files(r)], f"in {hint.file}"
        if not there and hint.file not in self._files_of_kind(kind):  # its file is gone, or moved
            there, where = same, f"in the index ({hint.file} is gone)" if hint.file else "in the index"
        if len(there) != 1:
            found = f"{len(there)} {kind} records are" if there else f"no {kind} is"
            which = f" ({', '.join(sorted(r.id for r in there)[:3])})" if there else ""
            raise NotApplicable(f"no record has the id {old_id}, and {found} labelled {hint.label!r} {where}{which}")
        self.found_again.setdefault((correction.file, correction.line), {})[old_id] = there[0].id
        return there[0]

    def _files_of_kind(self, kind: str) -> set[str]:
        return {file for records in self._labelled(kind).values() for r in records for file in _files(r)}

    def _labelled(self, kind: str) -> dict[str, list]:
        if kind not in self._by_label:
            labels: dict[str, list] = {}
            for record in self._read_kinds([kind]):
                labels.setdefault(normalise(record.label), []).append(record)
            self._by_label[kind] = labels
        return self._by_label[kind]

    def find(self, record_id: str) -> str:
        """The id a record is shown under: the first of those merged with it."""
        while self.parent.get(record_id, record_id) != record_id:
            record_id = self.parent[record_id]
        return record_id

    def _merge(self, correction: Correction) -> None:
        ids = [self.named(name, correction=correction) for name in correction.names]
        kinds = {self.kind[i] for i in ids}
        if len(kinds) > 1:
            raise NotApplicable(f"records of different kinds cannot be one ({', '.join(sorted(kinds))})")
        roots = list(dict.fromkeys(self.find(i) for i in ids))
        dropped = [r for r in roots if r in self.dropped]
        if dropped:
            raise NotApplicable(f"{dropped[0]} is dropped")
        if len(roots) < 2:
            raise NotApplicable("these records are one already")
        for i in ids:
            self.order.setdefault(i, len(self.order))
        first = min(roots, key=lambda r: self.order[r])
        for root in roots:
            if root != first:
                self.parent[root] = first
        self.merges.setdefault(first, []).append(correction)
        self.merged_by[(correction.file, correction.line)] = ids

    def _drop(self, correction: Correction) -> None:
        kinds = ("person",) if correction.action == "not_person" else RECORD_KINDS
        root = self.find(self.named(correction.names[0], kinds, correction))
        if root in self.dropped:
            raise NotApplicable(f"{root} is dropped already ({self.dropped[root].where})")
        self.dropped[root] = correction

    def _set(self, correction: Correction) -> None:
        field = FIELDS[correction.field]
        root = self._live(self.named(correction.names[0], correction=correction))
        if self.kind[root] not in field.kinds:
            raise NotApplicable(no_field(self.kind[root], correction.field))
        meeting = self._live(self.named(correction.meeting, ("meeting",), correction)) if field.at_meeting else None
        self.edits.setdefault(root, []).append((correction, meeting))
        if meeting:
            self.edits.setdefault(meeting, []).append((correction, root))

    def _title(self, correction: Correction) -> None:
        person = self._live(self.named(correction.names[0], ("person",), correction))
        meeting = self._live(self.named(correction.meeting, ("meeting",), correction))
        giver = self._live(self.named(correction.giver, ("person",), correction)) if correction.giver else None
        self.offices[(correction.file, correction.line)] = self._office_at(correction, meeting, giver)
        self.holder[(correction.file, correction.line)] = person
        self.edits.setdefault(meeting, []).append((correction, person))
        for record_id in (person, giver):
            if record_id:
                self.edits.setdefault(record_id, []).append((correction, meeting))

    def _office_at(self, correction: Correction, meeting: str, giver: str | None) -> set[str]:
        """The offices the meeting names without a name that a [[title]] gives (as written, or
        they begin with it, as extraction finds the holder of one); NotApplicable when no one
        there has the title, or ``from`` does not."""
        title = normalise(correction.value)
        meetings = self._stored_members(meeting)
        offices = {normalise(u.title) for m in meetings for u in m.unnamed_roles}
        named = {title} & offices or {o for o in offices if _is_office(o, title)}
        if len(named) > 1:
            raise NotApplicable(f"{meeting} names several offices {correction.value!r} may be: "
                                f"{'; '.join(sorted(named))}: give the one meant in full")
        files = set().union(*map(_files_of, meetings))
        linked = {self.find(u.person_id) for m in meetings for u in m.unnamed_roles
                  if u.person_id and normalise(u.title) in named}  # by extraction, to the one it named
        if giver and giver not in linked and not self._holds(giver, title, meeting, files):
            raise NotApplicable(f"{self.label.get(giver, giver)} ({giver}) holds no title {correction.value!r} "
                                f"at {meeting}")
        people = {self.find(p.person_id) for m in meetings for p in m.people}
        if not named and not giver and not any(self._holds(p, title, meeting, files) for p in people):
            unnamed = "; ".join(sorted({u.title for m in meetings for u in m.unnamed_roles})) or "none"
            raise NotApplicable(f"no one at {meeting} is named only by the title {correction.value!r}, nor holds "
                                f"it there (its offices named without a name: {unnamed}); a person's title at "
                                "a meeting is set with: correct set PERSON title TITLE --meeting MEETING")
        return named

    def _stored_members(self, root: str) -> list:
        """The stored records shown as one (a record and those merged into it)."""
        ids = [root, *(i for i in self.parent if self.find(i) == root)]
        return [r for r in map(self._read, ids) if r is not None]

    def _holds(self, person: str, title: str, meeting: str, files: set[str]) -> bool:
        """Whether the person holds the title at the meeting: in its articles, or by a correction."""
        written = any(_is_office(normalise(t.title), title) and t.source.file in files
                      for record in self._stored_members(person) for t in record.titles)
        return written or any(c.action == "set" and c.field == "title" and at == meeting and
                              _is_office(normalise(c.value), title) for c, at in self.edits.get(person, []))

    def _live(self, record_id: str) -> str:
        root = self.find(record_id)
        if root in self.dropped:
            raise NotApplicable(f"{record_id} is dropped ({self.dropped[root].where})")
        return root

    # -- reading through the corrections ------------------------------------------------------

    @property
    def problems(self) -> list[Unapplied]:
        self._resolve()
        return self.unapplied

    def found_elsewhere(self) -> list[tuple[Correction, str]]:
        """The corrections that apply to a record found again by their hints, its id having
        changed, each with ``applied to NEW_ID (was OLD_ID)``."""
        self._resolve()
        unapplied = {id(u.correction) for u in self.unapplied}
        return [(c, "applied to " + ", ".join(f"{new} (was {old})" for old, new in moved.items()))
                for c in self.corrections if id(c) not in unapplied
                and (moved := self.found_again.get((c.file, c.line)))]

    def dropped_by(self, record_id: str) -> Correction | None:
        self._resolve()
        return self.dropped.get(self.find(record_id))

    def shown_id(self, record_id: str) -> str | None:
        """The id a stored record is shown under; None when a correction drops it."""
        self._resolve()
        root = self.find(record_id)
        return None if root in self.dropped else root

    def get(self, record):
        """A stored record as corrected (the merged record, for one merged into another);
        None when dropped."""
        root = self.shown_id(record.id)
        if root is None:
            return None
        if root in self.touched:
            return self._corrected(root)
        return self._relinked(record)

    def records(self, records: Iterable) -> list:
        """Stored records as corrected: each merged record once, in the place of the first
        of its records met; the dropped left out."""
        self._resolve()
        out, seen = [], set()
        for record in records:
            root = self.find(record.id)
            if root in seen or root in self.dropped:
                continue
            seen.add(root)
            out.append(self._corrected(root) if root in self.touched else self._relinked(record))
        return out

    def corrected_records(self, kinds: Iterable[str]) -> list:
        """Every record a correction changed, of these kinds (a search looks at them as
        corrected, besides those its full-text index finds)."""
        self._resolve()
        return [self._corrected(r) for r in sorted(self.touched) if r not in self.dropped and self.kind[r] in kinds]

    def removed_counts(self) -> Counter:
        """Records per kind that corrections take away (dropped, or merged into another)."""
        self._resolve()
        return Counter(self.kind[i] for i in [*self.parent, *self.dropped])  # merged away, and dropped

    def hidden_ids(self) -> set[str]:
        self._resolve()
        return {i for i in [*self.parent, *self.dropped] if self.find(i) in self.dropped}

    # -- applying -------------------------------------------------------------------------------

    def _corrected(self, root: str):
        if root not in self._cache:
            self._cache[root] = self._build(root)
        return copy.deepcopy(self._cache[root])

    def _build(self, root: str):
        members = sorted((i for i in self.parent if i != root and self.find(i) == root), key=self.order.get)
        record = self._read(root)
        merged = [m for m in map(self._read, members) if m is not None]
        if merged:
            from ..merge import combine, tidy

            labels = [Merged(m.id, m.label) for m in merged]
            record = combine([record, *merged])
            tidy(record)
            record.id = root
            for correction in self.merges[root]:
                named = self.merged_by[(correction.file, correction.line)]
                _mark(record, correction, None, merged=[m for m in labels if m.id in named])
        record = self._relinked(record)
        for correction, other in self.edits.get(root, []):
            self._edit(record, correction, other)
        return record

    def _relinked(self, record):
        """A record whose links (people, meetings, papers) point at records as corrected:
        at the merged record for one merged away, nowhere for one dropped."""
        if not (self.parent or self.dropped):
            return record
        kind = record.kind
        if kind == "meeting":
            record.people = self._joined(record.people, "person_id",
                                         lambda pid, p: Participant(pid, self._name(pid, p.name), list(p.roles)))
            for role in record.unnamed_roles:
                role.person_id = role.person_id and self.shown_id(role.person_id)
            record.resolutions = self._ids(record.resolutions)
            record.documents = self._ids(record.documents)
            if record.same_as:
                shown = self.find(record.same_as)
                record.same_as = None if shown == record.id else shown
        elif kind == "person":
            record.meetings = self._joined(record.meetings, "meeting_id", lambda mid, a: Attendance(mid, list(a.roles)))
        elif kind in ("resolution", "document"):
            for mention in record.mentions:
                mention.meeting_id = mention.meeting_id and self.shown_id(mention.meeting_id)
            record.meeting_id = record.meeting_id and self.shown_id(record.meeting_id)
        return record

    def _joined(self, items: list, key: str, make: Callable) -> list:
        """A meeting's people, or a person's meetings, under the ids they are shown by:
        those of a dropped record left out, those now of one record made one, their roles
        together."""
        joined: dict[str, object] = {}
        for item in items:
            shown = self.shown_id(getattr(item, key))
            if shown is None:
                continue
            if shown in joined:
                joined[shown].roles = list(dict.fromkeys([*joined[shown].roles, *item.roles]))
            else:
                joined[shown] = make(shown, item)
        return list(joined.values())

    def _ids(self, ids: list[str]) -> list[str]:
        return list(dict.fromkeys(s for s in map(self.shown_id, ids) if s is not None))

    def _name(self, person_id: str, written: str) -> str:
        """A person's name at a meeting: as a correction sets it, else the kept record's of
        those merged, else as written. (Read from the corrections, not from the person
        corrected: that may need this meeting corrected first.)"""
        names = [c.value for c, _ in self.edits.get(person_id, []) if c.action == "set" and c.field == "name"]
        if names:
            return names[-1]
        return self.label[person_id] if person_id in self.merges else written

    def _edit(self, record, correction: Correction, other: str | None) -> None:
        if correction.action == "title":
            self._give_title(record, correction, other)
            return
        field = correction.field
        if FIELDS[field].at_meeting:
            (_person_at if record.kind == "person" else _meeting_with)(self, record, correction, other)
            return
        basis = f"correction: {correction.where}"
        if field == "date":
            value, precision = correction.value
            record.date = DateValue(value, precision, False, basis)
        elif field == "term":
            record.term = correction.value
            if record.kind == "meeting":
                record.term_basis = basis
        elif field == "status":
            record.reported, record.upcoming = correction.value != "mentioned", correction.value == "upcoming"
        elif field == "name":
            record.name = record.label = correction.value
        else:
            setattr(record, field, correction.value)
        _mark(record, correction, field)

    def _give_title(self, record, correction: Correction, other: str) -> None:
        """``[[title]]``: at the meeting, the office holder named by title is the person;
        the person holds the title there; the person it was given to does not."""
        title, offices = normalise(correction.value), self.offices[(correction.file, correction.line)]
        if record.kind == "meeting":
            roles: list[str] = []
            for role in record.unnamed_roles:
                if normalise(role.title) in offices:
                    role.person_id = other
                    roles += role.roles
            _attend(record.people, other, self._name(other, self.label.get(other, other)), roles)
            _mark(record, correction, "people")
            return
        meeting = self._corrected(other)
        files = _files_of(meeting)
        if record.id == self.holder[(correction.file, correction.line)]:
            held = [r for r in meeting.unnamed_roles if normalise(r.title) in offices]
            source = held[0].source if held else meeting.source
            if not any(normalise(t.title) == title and t.source.file in files for t in record.titles):
                record.titles.append(TitleHeld(correction.value, source, meeting.date))
            roles = [role for r in held for role in r.roles]
            attended = next((a for a in record.meetings if a.meeting_id == meeting.id), None)
            if attended is None:
                record.meetings.append(Attendance(meeting.id, roles))
            else:
                attended.roles = list(dict.fromkeys([*attended.roles, *roles]))
        else:
            record.titles = [t for t in record.titles
                             if not (_is_office(normalise(t.title), title) and t.source.file in files)]
        _mark(record, correction, "titles")


def _person_at(overlay: Overlay, person, correction: Correction, meeting_id: str) -> None:
    """A person's title, or roles, at a meeting."""
    if correction.field == "title":
        meeting = overlay._corrected(meeting_id)
        files = _files_of(meeting)
        person.titles = [t for t in person.titles if t.source.file not in files]
        person.titles.append(TitleHeld(correction.value, meeting.source, meeting.date))
        _mark(person, correction, "titles")
        return
    attended = next((a for a in person.meetings if a.meeting_id == meeting_id), None)
    if attended is None:
        person.meetings.append(Attendance(meeting_id, list(correction.value)))
    else:
        attended.roles = list(correction.value)
    _mark(person, correction, "meetings")


def _meeting_with(overlay: Overlay, meeting, correction: Correction, person_id: str) -> None:
    """A meeting's side of a person's roles there (a title is the person's alone)."""
    if correction.field != "role":
        return
    present = next((p for p in meeting.people if p.person_id == person_id), None)
    if present is None:
        meeting.people.append(Participant(person_id, overlay._name(person_id, overlay.label.get(person_id, "")),
                                          list(correction.value)))
    else:
        present.roles = list(correction.value)
    _mark(meeting, correction, "people")


def _attend(people: list[Participant], person_id: str, name: str, roles: list[str]) -> None:
    present = next((p for p in people if p.person_id == person_id), None)
    if present is None:
        people.append(Participant(person_id, name, list(dict.fromkeys(roles))))
    else:
        present.roles = list(dict.fromkeys([*present.roles, *roles]))


def _files_of(meeting) -> set[str]:
    return {meeting.source.file, *(s.file for s in meeting.mentions)}


def _files(record) -> set[str]:
    """The files a stored record is found in."""
    sources = [record.source, *(getattr(m, "source", m) for m in getattr(record, "mentions", []))]
    return {s.file for s in sources}


def _is_office(written: str, given: str) -> bool:
    """Whether an office, as written, is the one given (normalised): the same, or more of it
    ("Phó Bí thư Thường trực Tỉnh ủy" is a "Phó Bí thư Thường trực")."""
    return written == given or written.startswith(given + " ")


def _mark(record, correction: Correction, field: str | None, merged: list[Merged] | None = None) -> None:
    mark = Corrected(correction.action, field, correction.file, correction.line, correction.note, merged)
    record.corrections = [*(record.corrections or []), mark]

