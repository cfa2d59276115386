"""The records of the index, shaped as the JSON contract of SPEC.md.

``to_dict`` gives the JSON object of a record; ``from_dict`` reads one back from the
cache (JSON only: nothing stored can run code when it is loaded).
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar

KINDS = ("meeting", "person", "resolution", "document", "passage")
MEETING_TYPES = ("dai_hoi", "hoi_nghi_bch", "hoi_nghi_btv", "hoi_nghi_quan_triet", "ky_hop", "hoi_nghi")
MEETING_TYPE_NAMES = {  # how Vietnamese names each type
    "dai_hoi": "Đại hội", "hoi_nghi_bch": "Hội nghị Ban Chấp hành", "hoi_nghi_btv": "Hội nghị Ban Thường vụ",
    "hoi_nghi_quan_triet": "Hội nghị quán triệt", "ky_hop": "Kỳ họp", "hoi_nghi": "Hội nghị",
}
MEETING_TYPE_SHORT_NAMES = {  # where a chart has little room
    "dai_hoi": "Đại hội", "hoi_nghi_bch": "Hội nghị BCH", "hoi_nghi_btv": "Hội nghị BTV",
    "hoi_nghi_quan_triet": "Quán triệt", "ky_hop": "Kỳ họp", "hoi_nghi": "Hội nghị",
}
# From the most to the least anchored in time: a day and month without a year
# ("--10-16") cannot be placed on a timeline the way a bare year can.
PRECISIONS = ("day", "month", "year", "month_day", "unknown")


ID_PREFIXES = {"meeting": "m", "person": "p", "resolution": "r", "document": "d", "passage": "t"}


def record_id(kind: str, *key: object) -> str:
    """A short id that depends only on what identifies the record, so it is stable; its
    letter tells the kind (t for a passage of text)."""
    digest = hashlib.sha1("\x1f".join(map(str, key)).encode()).hexdigest()[:10]
    return f"{ID_PREFIXES[kind]}-{digest}"


@dataclass(frozen=True, slots=True)
class Source:
    file: str
    line: int  # of the file, or of the text extracted from a saved page, Word file or PDF
    page: int | None = None  # of a PDF

    omitted_when_none: ClassVar[tuple[str, ...]] = ("page",)  # a text file's sources stay {file, line}


@dataclass(frozen=True, slots=True)
class DateValue:
    """``value`` is ISO 8601 cut to ``precision``; ``inferred`` when context supplied any part."""

    value: str | None = None
    precision: str = "unknown"
    inferred: bool = False
    basis: str | None = None
    until: str | None = None  # the last day of a span, as precise as ``value``: "từ ngày 4 đến 6/12"

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value and self.precision != "month_day" else None

    def sort_key(self) -> tuple[int, int, int, int]:
        """Known dates in order, a bare year after the days within it; then the dates
        without a year, a day and month by month and day, unknown last."""
        if not self.value:
            return (1, 13, 32, 0)
        if self.precision == "month_day":
            month, day = (int(p) for p in self.value[2:].split("-"))
            return (1, month, day, 0)
        parts = [int(p) for p in self.value.split("-")]
        year, month, day = (*parts, 13, 32)[:3]
        return (0, year, month, day)

    def shown(self) -> str:
        """``2019-10-31``, ``~2020`` for an inferred value, ``--10-16`` for a day and
        month of no known year, ``?`` for none."""
        if not self.value:
            return "?"
        return ("~" if self.inferred else "") + self.value


@dataclass(frozen=True, slots=True)
class Merged:
    """A record a correction merged into another: its id (which still finds the merged
    record) and its label."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Corrected:
    """What a correction of the user's changed in a record, and where it is written."""

    correction: str  # merge, set, title (a title that belongs to this person), drop (of a linked record)
    field: str | None
    file: str
    line: int
    note: str | None = None
    merged: list[Merged] | None = None  # a merge: the records merged into this one

    omitted_when_none: ClassVar[tuple[str, ...]] = ("merged",)


@dataclass(slots=True)
class Participant:
    person_id: str
    name: str
    roles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class UnnamedRole:
    title: str
    roles: list[str]
    source: Source
    person_id: str | None = None  # the named person of the article who holds this title


@dataclass(slots=True)
class Meeting:
    id: str
    label: str
    source: Source
    type: str
    body: str | None
    province: str | None
    ordinal: int | None
    khoa: str | None
    term: str | None
    date: DateValue
    reported: bool  # an article reports it (held, or announced); otherwise articles only mention it
    upcoming: bool = False  # announced or being prepared: not held yet, whatever reported says
    term_basis: str | None = None  # why the term was inferred, when it was not written
    # A meeting an article only names (or announces) is that article's own record; this is
    # the id the meeting has where an article reports it, which the same names share.
    same_as: str | None = None
    people: list[Participant] = field(default_factory=list)
    unnamed_roles: list[UnnamedRole] = field(default_factory=list)
    resolutions: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    mentions: list[Source] = field(default_factory=list)
    kind: str = "meeting"
    corrections: list[Corrected] | None = None  # what the user's corrections changed (``corrections``)
    derived: ClassVar[tuple[str, ...]] = ("status",)  # what to_dict adds to the fields
    omitted_when_none: ClassVar[tuple[str, ...]] = ("corrections",)

    @property
    def status(self) -> str:
        """``held``, ``upcoming`` or ``mentioned``: an article that announces a meeting
        does not report it held."""
        if self.upcoming:
            return "upcoming"
        return "held" if self.reported else "mentioned"

    @property
    def chairs(self) -> list[str]:
        return [p.name for p in self.people if "chủ trì" in p.roles]


@dataclass(slots=True)
class TitleHeld:
    title: str
    source: Source
    date: DateValue


@dataclass(slots=True)
class Attendance:
    meeting_id: str
    roles: list[str]


@dataclass(slots=True)
class Person:
    id: str
    label: str
    source: Source
    name: str
    titles: list[TitleHeld] = field(default_factory=list)
    meetings: list[Attendance] = field(default_factory=list)
    kind: str = "person"
    corrections: list[Corrected] | None = None
    omitted_when_none: ClassVar[tuple[str, ...]] = ("corrections",)


@dataclass(slots=True)
class Mention:
    meeting_id: str | None
    source: Source
    action: str | None


@dataclass(slots=True)
class Resolution:
    """A Nghị quyết (kind ``resolution``) or another Party document (kind ``document``)."""

    id: str
    label: str
    source: Source
    number: str | None
    issuer: str | None
    subject: str | None
    term: str | None
    mentions: list[Mention] = field(default_factory=list)
    type: str = "Nghị quyết"
    meeting_id: str | None = None  # the congress whose resolution it is
    kind: str = "resolution"
    corrections: list[Corrected] | None = None
    omitted_when_none: ClassVar[tuple[str, ...]] = ("corrections",)


@dataclass(slots=True)
class Passage:
    id: str
    label: str
    source: Source
    text: str
    paragraph: str
    kind: str = "passage"


Record = Meeting | Person | Resolution | Passage
RECORD_CLASSES = {"meeting": Meeting, "person": Person, "resolution": Resolution,
                  "document": Resolution, "passage": Passage}


def to_dict(record) -> dict:
    """The JSON object of a record (nested records become objects too), with the values
    derived from its fields that the JSON contract names (a meeting's ``status``)."""
    names = (*_field_names(type(record)), *getattr(type(record), "derived", ()))
    data = {name: _plain(getattr(record, name)) for name in names}
    for name in getattr(type(record), "omitted_when_none", ()):
        if data[name] is None:
            del data[name]
    return data


def _plain(value):
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return to_dict(value)
    return value


def from_dict(cls: type, data: dict):
    """Rebuild a record (and the records nested in it) from its ``to_dict`` form; a field
    the data lacks (written by an older version) takes its default, and derived values
    are left out, being derived again."""
    readers = _readers(cls)
    return cls(**{name: readers[name](value) for name, value in data.items() if name in readers})


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _readers(cls: type) -> dict:
    hints = typing.get_type_hints(cls)
    return {f.name: _reader(hints[f.name]) for f in dataclasses.fields(cls)}


def _reader(hint):
    """A function that turns a JSON value into the value of a field of type ``hint``."""
    if isinstance(hint, types.UnionType):  # "X | None"
        inner = _reader(next(arg for arg in typing.get_args(hint) if arg is not type(None)))
        return lambda value: None if value is None else inner(value)
    if dataclasses.is_dataclass(hint):
        return lambda value: from_dict(hint, value)
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        if dataclasses.is_dataclass(item):
            return lambda values: [from_dict(item, v) for v in values]
    return _same


def _same(value):
    return value
