"""One record in full, for ``show``: its fields, and every place the corpus names it
with the line as written."""

from __future__ import annotations

from dataclasses import dataclass

from .models import DateValue, Meeting, Passage, Person, Resolution, Source

STATUS_WORDS = {"held": "held (an article reports it)", "upcoming": "upcoming (announced or being prepared)",
                "mentioned": "mentioned (named in passing)"}


@dataclass(frozen=True, slots=True)
class Place:
    source: Source
    note: str  # what happened there: a role, an action, a title
    line: str  # the line as written


@dataclass(frozen=True, slots=True)
class Details:
    record: object
    fields: list[tuple[str, str]]
    places: list[Place]


def details(index, record) -> Details:
    if isinstance(record, Passage):
        fields, places = [("id", record.id), ("passage", record.text), ("paragraph", record.paragraph)], [
            (record.source, "")]
    elif isinstance(record, Meeting):
        fields, places = _meeting(index, record)
    elif isinstance(record, Person):
        fields, places = _person(index, record)
    else:
        fields, places = _paper(index, record)
    quoted = [Place(s, note, index.line(s.file, s.line) or "") for s, note in places]
    return Details(record, _marked([(k, v) for k, v in fields if v], record), quoted)


# The row of ``show`` that holds each field a correction may set (by the field's name).
CORRECTED_ROWS = {"khóa": "khoa", "meeting": "label", "resolution": "label", "document": "label"}


def _marked(fields: list[tuple[str, str]], record) -> list[tuple[str, str]]:
    """Each value a correction set marked so, and a row for each correction: which, where
    it is written, and its note."""
    corrections = getattr(record, "corrections", None) or []
    corrected = {c.field for c in corrections}
    marked = [(k, f"{v} (corrected)" if CORRECTED_ROWS.get(k, k) in corrected else v) for k, v in fields]
    return marked + [("corrected", _correction_line(c)) for c in corrections]


def _correction_line(c) -> str:
    what = f"merged {', '.join(f'{m.label} ({m.id})' for m in c.merged)}" if c.merged else \
        f"{c.field} ({c.correction})"
    return f"{what}: {c.file} line {c.line}" + (f" — {c.note}" if c.note else "")


def _meeting(index, m: Meeting):
    resolutions = [index.get(i) for i in m.resolutions]
    documents = [index.get(i) for i in m.documents]
    same = m.same_as if m.same_as and index.get(m.same_as) else ""
    same_meeting = {m.id, m.same_as} - {None}
    named_elsewhere = [other for other in index.meetings() if other.same_as in same_meeting and other.id != m.id]
    fields = [
        ("id", m.id), ("meeting", m.label), ("type", m.type), ("status", STATUS_WORDS[m.status]),
        ("same meeting as", same),
        ("body", m.body or ""), ("province", m.province or ""), ("ordinal", str(m.ordinal or "")),
        ("khóa", m.khoa or ""), ("term", m.term or ""), ("term basis", m.term_basis or ""),
        ("date", _date(m.date)),
        ("date basis", m.date.basis or ""),
        ("people", "; ".join(f"{p.name} ({', '.join(p.roles)})" if p.roles else p.name for p in m.people)),
        ("unnamed", "; ".join(f"{u.title} ({', '.join(u.roles)})" if u.roles else u.title
                              for u in m.unnamed_roles if not u.person_id)),  # a holder found is among the people
        ("resolutions", "; ".join(p.label for p in resolutions if p)),
        ("documents", "; ".join(p.label for p in documents if p)),
        ("authors", ", ".join(m.authors)),
    ]
    places = [m.source, *m.mentions, *(s for other in named_elsewhere for s in (other.source, *other.mentions))]
    return fields, [(s, "") for s in dict.fromkeys(places)]


def _date(date: DateValue) -> str:
    """``2019-10-31 (day, inferred)``; ``--10-16 (month_day: year unknown)``."""
    if not date.value:
        return "unknown"
    year_unknown = ": year unknown" if date.precision == "month_day" else ""
    return f"{date.value} ({date.precision}{year_unknown}{', inferred' if date.inferred else ''})"


def _person(index, p: Person):
    meetings = [(index.get(a.meeting_id), a.roles) for a in p.meetings]
    fields = [("id", p.id), ("name", p.name),
              ("meetings", "; ".join(f"{m.label} ({', '.join(r)})" if r else m.label for m, r in meetings if m))]
    return fields, [(t.source, t.title + (f" — {t.date.shown()}" if t.date.value else "")) for t in p.titles] or [
        (p.source, "")]


def _paper(index, r: Resolution):
    fields = [("id", r.id), (r.kind, r.label), ("type", r.type), ("number", r.number or ""),
              ("issuer", r.issuer or ""), ("subject", r.subject or ""), ("term", r.term or "")]
    return fields, [(m.source, m.action or "") for m in r.mentions]
