"""The columns of each listing, shared by the Rich table and the tab-separated lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    value: Callable[[Any], str]
    style: str | None = None
    highlights: Callable[[Any], list[tuple[int, int]]] | None = None
    wide: bool = False  # takes the room left; the others keep their width


def where(source) -> str:
    return f"{source.file}:{source.line}"


def date(value) -> str:
    """``2019-10-31``; ``~2020`` when inferred; empty when unknown."""
    return value.shown() if value.value else ""


def meeting_kind(meeting) -> str:
    return meeting.type if meeting.reported else f"{meeting.type} (nhắc đến)"


HITS = (
    Column("kind", lambda h: h.kind, "cyan"),
    Column("score", lambda h: str(h.score), "magenta"),
    Column("where", lambda h: where(h.source), "dim"),
    Column("id", lambda h: h.id, "dim"),
    Column("match", lambda h: h.snippet, highlights=lambda h: h.highlights, wide=True),
)

TIMELINE = (
    Column("date", lambda e: date(e.meeting.date), "green"),
    Column("meeting", lambda e: e.meeting.label, "bold", wide=True),
    Column("type", lambda e: meeting_kind(e.meeting), "cyan"),
    Column("chair", lambda e: ", ".join(e.meeting.chairs)),
    Column("resolutions", lambda e: "; ".join(e.resolutions), wide=True),
    Column("where", lambda e: where(e.meeting.source), "dim"),
    Column("id", lambda e: e.meeting.id, "dim"),
)
CAREER = (  # timeline --person: the titles held at each meeting and what they did
    Column("titles", lambda e: "; ".join(e.titles)),
    Column("roles", lambda e: ", ".join(e.roles)),
)
ACTIONS = (Column("done", lambda e: ", ".join(e.actions)),)  # timeline --resolution

MEETINGS = (
    Column("id", lambda m: m.id, "dim"),
    Column("date", lambda m: date(m.date), "green"),
    Column("type", meeting_kind, "cyan"),
    Column("meeting", lambda m: m.label, "bold", wide=True),
    Column("term", lambda m: m.term or ""),
    Column("where", lambda m: where(m.source), "dim"),
)
PEOPLE = (
    Column("id", lambda p: p.id, "dim"),
    Column("name", lambda p: p.name, "bold"),
    Column("titles", lambda p: "; ".join(dict.fromkeys(t.title for t in p.titles)), wide=True),
    Column("meetings", lambda p: str(len(p.meetings)), "magenta"),
    Column("where", lambda p: where(p.source), "dim"),
)
PAPERS = (
    Column("id", lambda r: r.id, "dim"),
    Column("number", lambda r: r.number or ""),
    Column("label", lambda r: r.label, "bold", wide=True),
    Column("issuer", lambda r: r.issuer or ""),
    Column("mentions", lambda r: str(len(r.mentions)), "magenta"),
    Column("where", lambda r: where(r.source), "dim"),
)
LISTINGS = {"meeting": MEETINGS, "person": PEOPLE, "resolution": PAPERS, "document": PAPERS}
