"""The corrections file: where it is, what it may say, and each correction read from it
with the line it is written on.

A corrections file is TOML (read with the standard library's ``tomllib``), made of
arrays of tables, one table a correction::

    [[merge]]                      # these records are one; the first id is kept
    records = ["p-1a2b3c4d5e", "Nguyễn Văn An"]
    note = "two spellings of one man"

    [[drop]]                       # this record does not exist
    record = "m-0123456789"

    [[not_person]]                 # this is not a person (a district taken for one)
    record = "p-0123456789"

    [[set]]                        # this field of this record is this value
    record = "m-0123456789"
    field = "date"
    value = "2020-10-31"

    [[title]]                      # this title, at this meeting, belongs to that person
    meeting = "m-0123456789"
    title = "Bí thư Tỉnh ủy"
    person = "p-0123456789"

A record is named by its id or by a label that only it has. What the file cannot mean
(bad TOML, an unknown table, key or field, a value of the wrong type) is an error that
names the file and the line; a correction whose record is not in the index is only
reported (``overlay``), since an article may have changed since it was written.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..models import ID_PREFIXES, MEETING_TYPES
from ..ordinals import from_roman, to_roman

ACTIONS = ("merge", "drop", "not_person", "set", "title")
# The keys of each kind of correction: required, then optional.
KEYS = {
    "merge": (("records",), ("note", "hints")),
    "drop": (("record",), ("note", "hints")),
    "not_person": (("record",), ("note", "hints")),
    "set": (("record", "field", "value"), ("meeting", "note", "hints")),
    "title": (("meeting", "title", "person"), ("from", "note", "hints")),
}
# The kind of record a key names, when it names one kind only.
KEY_KINDS = {("not_person", "record"): "person", ("set", "meeting"): "meeting", ("title", "meeting"): "meeting",
             ("title", "person"): "person", ("title", "from"): "person"}
_TERM = re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$")
_DATE_FORMS = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"), (re.compile(r"^\d{4}-\d{2}$"), "month"),
               (re.compile(r"^\d{4}$"), "year"), (re.compile(r"^--\d{2}-\d{2}$"), "month_day"))
STATUSES = ("held", "upcoming", "mentioned")
RECORD_ID = re.compile(r"^[mprd]-[0-9a-f]{10}$")
KIND_OF_PREFIX = {prefix: kind for kind, prefix in ID_PREFIXES.items()}


def kind_of(name: str) -> str | None:
    """The kind of record an id names (``m-...``: a meeting); None for a label."""
    return KIND_OF_PREFIX[name[0]] if RECORD_ID.match(name) else None


class CorrectionsError(ValueError):
    """A corrections file that cannot be used; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class Hint:
    """What identified a record when a correction naming it was written: its label and the
    file it was found in, by which it is found again if its id changes (an article dated,
    or moved to another folder, gives a meeting known by its article another id)."""

    id: str
    label: str
    file: str | None = None


@dataclass(frozen=True, slots=True)
class Correction:
    action: str  # one of ACTIONS
    names: tuple[str, ...]  # the records it names (ids or labels): merged, dropped, set; a title's person
    file: str
    line: int
    field: str | None = None  # set
    value: object = None  # set: the value, checked and in its stored form; title: the title
    meeting: str | None = None  # set (a title or role): the meeting; title: the meeting
    giver: str | None = None  # title: the person the title was wrongly given to ("from")
    note: str | None = None
    hints: tuple[Hint, ...] = ()

    def hint(self, record_id: str) -> Hint | None:
        return next((h for h in self.hints if h.id == record_id), None)

    @property
    def where(self) -> str:
        return f"{self.file} line {self.line}"

    def describe(self) -> str:
        """One line that says what the correction asks, for messages and listings."""
        if self.action == "merge":
            return "merge " + " ".join(self.names)
        if self.action == "set":
            at = f" at {self.meeting}" if self.meeting else ""
            return f"set {self.names[0]} {self.field}{at} = {shown_value(self.value)}"
        if self.action == "title":
            return f"title {self.value!r} at {self.meeting} belongs to {self.names[0]}"
        return f"{self.action.replace('_', '-')} {self.names[0]}"


@dataclass(frozen=True, slots=True)
class Field:
    kinds: tuple[str, ...]
    read: object  # the value as TOML gives it -> its stored form; ValueError says what it takes
    at_meeting: bool = False  # a person's title or role: at which meeting


def shown_value(value) -> str:
    if isinstance(value, tuple):  # a date
        return value[0] or "unknown"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


# -- values -------------------------------------------------------------------------------------

def _text(value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("takes some text" if isinstance(value, str) else "takes some text (in quotes)")
    return unicodedata.normalize("NFC", " ".join(value.split()))


def _date(value) -> tuple[str | None, str]:
    """(value, precision): ``2019-10-31``, ``2019-10``, ``2019``, ``--10-31`` or ``unknown``
    (a TOML date is a day)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat(), "day"
    if _is_whole(value) and 1000 <= value <= 9999:  # value = 2019: a year
        return str(value), "year"
    if isinstance(value, str):
        text = value.strip()
        if text.lower() == "unknown":
            return None, "unknown"
        for pattern, precision in _DATE_FORMS:
            if pattern.match(text) and _is_calendar_date(text, precision):
                return text, precision
    raise ValueError("takes a date: 2019-10-31 (a day), 2019-10 (a month), 2019 (a year), "
                     "--10-31 (a day and month of unknown year) or unknown")


def _is_calendar_date(text: str, precision: str) -> bool:
    try:
        if precision == "day":
            dt.date.fromisoformat(text)
        elif precision == "month":
            dt.date(int(text[:4]), int(text[5:7]), 1)
        elif precision == "month_day":
            dt.date(2000, int(text[2:4]), int(text[5:7]))  # a leap year: 29 February may be meant
    except ValueError:
        return False
    return True


def _term(value) -> str:
    match = _TERM.match(value.strip()) if isinstance(value, str) else None
    if not match or not int(match[1]) < int(match[2]) <= int(match[1]) + 10:
        raise ValueError("takes a term like 2020-2025")
    return f"{match[1]}-{match[2]}"


def _is_whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ordinal(value) -> int:
    if not _is_whole(value) or value < 1:
        raise ValueError("takes a whole number from 1 (an integer, not text)")
    return value


def _khoa(value) -> str:
    if _is_whole(value) and value >= 1:
        return to_roman(value)
    if isinstance(value, str) and from_roman(value.strip().upper()):
        return value.strip().upper()
    raise ValueError("takes a khóa in roman numerals (XIX) or a whole number")


def _choice(choices: tuple[str, ...]):
    def read(value) -> str:
        if not isinstance(value, str) or value.strip() not in choices:
            raise ValueError(f"takes one of {', '.join(choices)}")
        return value.strip()
    return read


def _roles(value) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        raise ValueError("takes a role or a list of roles, such as \"chủ trì\" or [\"chủ trì\", \"kết luận\"]")
    return list(dict.fromkeys(_text(i) for i in items))


MEETING, PERSON, PAPERS = ("meeting",), ("person",), ("resolution", "document")
FIELDS = {
    "date": Field(MEETING, _date), "term": Field(MEETING + PAPERS, _term), "province": Field(MEETING, _text),
    "khoa": Field(MEETING, _khoa), "ordinal": Field(MEETING, _ordinal), "type": Field(MEETING, _choice(MEETING_TYPES)),
    "status": Field(MEETING, _choice(STATUSES)), "body": Field(MEETING, _text),
    "label": Field(MEETING + PAPERS, _text), "number": Field(PAPERS, _text), "issuer": Field(PAPERS, _text),
    "subject": Field(PAPERS, _text),
    "name": Field(PERSON, _text), "title": Field(PERSON, _text, at_meeting=True),
    "role": Field(PERSON, _roles, at_meeting=True),
}


def field_value(field: str, value):
    """A field's value in its stored form; ValueError (``field ... takes ...``) when it
    is not one."""
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}; fields: {', '.join(FIELDS)}")
    try:
        return FIELDS[field].read(value)
    except ValueError as problem:
        raise ValueError(f"field {field!r} {problem}, not {given(value)}") from None


def given(value) -> str:
    """A value as the file wrote it, by its type when that is what is wrong: ``the number 2023``."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return f"the TOML boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dt.date | dt.time):
        return f"the TOML date and time {value.isoformat()}"
    return {list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def toml_value(field: str, text: str):
    """What a value typed on the command line is in the file: a number for an ordinal,
    a list for roles, else the text."""
    text = text.strip()
    if field == "ordinal":
        number = int(text) if text.isdecimal() else from_roman(text.upper())
        return number if number is not None else text
    if field == "khoa" and text.isdecimal():
        return int(text)
    if field == "role":
        return [part.strip() for part in text.split(",")]
    return text


# -- the file -----------------------------------------------------------------------------------

def load(paths: Iterable[Path], missing_ok: bool = False) -> list[Correction]:
    corrections: list[Correction] = []
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError:
            if missing_ok:
                continue
            raise CorrectionsError(f"{path}: no such corrections file") from None
        except (OSError, UnicodeDecodeError) as problem:
            raise CorrectionsError(f"{path}: cannot read the corrections file ({_reason(problem)})") from None
        corrections += parse(text, str(path))
    return corrections


def _reason(problem: Exception) -> str:
    return problem.strerror if isinstance(problem, OSError) and problem.strerror else "not UTF-8"


def parse(text: str, file: str) -> list[Correction]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        raise CorrectionsError(f"{file}: not valid TOML: {problem}") from None
    headers = table_lines(text)
    corrections = []
    for action, tables in document.items():
        line = headers.get(action, [_key_line(text, action)])[0]
        if action not in ACTIONS:
            raise CorrectionsError(f"{file}, line {line}: unknown table {action!r}; a correction is one of "
                                   f"{', '.join(f'[[{a}]]' for a in ACTIONS)}")
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise CorrectionsError(f"{file}, line {line}: write each {action} as a table of its own, [[{action}]]")
        lines = headers.get(action, [])
        for number, table in enumerate(tables):
            at = lines[number] if number < len(lines) else line
            corrections.append(_correction(action, table, file, at))
    return sorted(corrections, key=lambda c: c.line)


def _correction(action: str, table: dict, file: str, line: int) -> Correction:
    def fail(message: str):
        raise CorrectionsError(f"{file}, line {line}: [[{action}]] {message}")

    required, optional = KEYS[action]
    unknown = sorted(set(table) - set(required) - set(optional))
    if unknown:
        fail(f"has an unknown key {unknown[0]!r}; its keys: {', '.join(required + optional)}")
    missing = [k for k in required if k not in table]
    if missing:
        fail(f"needs {missing[0]!r}")
    for key in set(table) - {"records", "value", "hints"}:
        if not isinstance(table[key], str) or not table[key].strip():
            fail(f"{key!r} takes some text, not {given(table[key])}")
        wanted, kind = KEY_KINDS.get((action, key)), kind_of(table[key].strip())
        if wanted and kind and kind != wanted:
            fail(f"{key!r} names a {wanted} ({ID_PREFIXES[wanted]}-...), not {table[key].strip()}")
    note, hints = table.get("note"), _hints(table.get("hints", []), fail)
    if action == "merge":
        names = table["records"]
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            fail(f"'records' takes a list of ids or labels, not {given(names)}")
        if len(set(names)) < 2:
            fail("'records' needs two records or more")
        kinds = list(dict.fromkeys(filter(None, (kind_of(n.strip()) for n in names))))
        if len(kinds) > 1:
            fail(f"'records' names records of different kinds ({', '.join(f'a {k}' for k in kinds)}): "
                 "only records of one kind can be one")
        return Correction(action, tuple(n.strip() for n in names), file, line, note=note, hints=hints)
    if action in ("drop", "not_person"):
        return Correction(action, (table["record"].strip(),), file, line, note=note, hints=hints)
    if action == "title":
        return Correction(action, (table["person"].strip(),), file, line, value=_text(table["title"]),
                          meeting=table["meeting"].strip(), giver=table.get("from", "").strip() or None, note=note,
                          hints=hints)
    field = table["field"].strip()
    try:
        value = field_value(field, table["value"])
    except ValueError as problem:
        fail(str(problem))
    kind = kind_of(table["record"].strip())
    if kind and kind not in FIELDS[field].kinds:
        fail(no_field(kind, field))
    if FIELDS[field].at_meeting and "meeting" not in table:
        fail(f"field {field!r} is a person's at a meeting: add meeting = \"m-...\"")
    if not FIELDS[field].at_meeting and "meeting" in table:
        fail(f"field {field!r} takes no meeting")
    return Correction(action, (table["record"].strip(),), file, line, field, value,
                      table.get("meeting", "").strip() or None, note=note, hints=hints)


def no_field(kind: str, field: str) -> str:
    return f"a {kind} has no field {field!r} (that is a {' or '.join(FIELDS[field].kinds)}'s)"


def _hints(value, fail) -> tuple[Hint, ...]:
    """``hints = [{ id = "m-...", label = "...", file = "..." }]``, as ``correct`` writes them."""
    shape = "a list of { id = \"m-...\", label = \"...\", file = \"...\" }"
    if not isinstance(value, list) or not all(isinstance(h, dict) for h in value):
        fail(f"'hints' takes {shape}, not {given(value)}")
    hints = []
    for hint in value:
        texts = all(isinstance(v, str) and v.strip() for v in hint.values())
        if not texts or set(hint) - {"id", "label", "file"} or not {"id", "label"} <= set(hint) or not kind_of(
                hint["id"].strip()):
            fail(f"'hints' takes {shape}, not {hint!r}")
        hints.append(Hint(hint["id"].strip(), hint["label"], hint.get("file")))
    return tuple(hints)


_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]\s*(?:#.*)?$")


def table_lines(text: str) -> dict[str, list[int]]:
    """The line of each ``[[name]]`` header, in order, outside multi-line strings."""
    found: dict[str, list[int]] = {}
    quote = None
    for number, line in enumerate(text.splitlines(), 1):
        if quote is None:
            match = _HEADER.match(line)
            if match:
                found.setdefault(match[1], []).append(number)
                continue
        for delimiter in re.findall(r'"""|\'\'\'', line):
            quote = delimiter if quote is None else (None if delimiter == quote else quote)
    return found


def _key_line(text: str, key: str) -> int:
    pattern = re.compile(rf"^\s*\[*\s*{re.escape(key)}\b")
    return next((n for n, line in enumerate(text.splitlines(), 1) if pattern.match(line)), 1)
