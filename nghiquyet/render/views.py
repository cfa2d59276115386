"""The columns of each listing, shared by the Rich table and the tab-separated lines.

A column's ``detail`` holds facts that a table shows dim under the value (type, source,
id) and a pipe gets as fields of their own after it. A pipe's fields keep their places
from one version to the next: a new column goes last. A CSV has the same fields, under
a header row of the columns' names (``headers``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    value: Callable[[Any], str]
    style: str | None = None
    highlights: Callable[[Any], list[tuple[int, int]]] | None = None
    detail: Callable[[Any], tuple[str, ...]] | None = None
    share: int = 0  # its share of the room left, wrapping; 0: it keeps its width
    for_people: Callable[[Any], str] | None = None  # what a table shows, when a pipe's value reads badly
    detail_headers: tuple[str, ...] = ()  # a CSV header's names for the fields of ``detail``


def headers(columns: tuple[Column, ...]) -> list[str]:
    """The names of a pipe's fields, in their order: each column, then its details."""
    return [name for column in columns for name in (column.header, *column.detail_headers)]


def where(source) -> str:
    return f"{source.file}:{source.line} (page {source.page})" if source.page else f"{source.file}:{source.line}"


def date(value) -> str:
    """``2019-10-31``; ``~2020`` when inferred; ``--10-16`` for a day and month of no
    known year; empty when unknown."""
    return value.shown() if value.value else ""


def date_for_people(value) -> str:
    """As ``date``, but a day and month of no known year as ``16/10 (year unknown)``."""
    if value.precision != "month_day":
        return date(value)
    month, day = value.value[2:].split("-")
    return f"{'~' if value.inferred else ''}{day}/{month} (year unknown)"


STATUS_MARKS = {"held": "", "upcoming": " (upcoming)", "mentioned": " (mentioned)"}


def meeting_kind(meeting) -> str:
    """The type, and whether the meeting is still to come or only named in passing."""
    return meeting.type + STATUS_MARKS[meeting.status]


MEETING_DETAIL = ("type", "source", "id")


def _meeting_detail(meeting) -> tuple[str, ...]:
    return meeting_kind(meeting), where(meeting.source), meeting.id


HITS = (  # a record's name first: the matched words alone may be a title many people held
    Column("score", lambda h: str(h.score), "magenta"),
    Column("kind", lambda h: h.kind, "cyan"),
    Column("record", lambda h: "" if h.kind == "passage" else h.label, "bold", share=1),
    Column("match", lambda h: h.snippet, highlights=lambda h: h.highlights,
           detail=lambda h: (where(h.source), h.id), share=2,
           detail_headers=("source", "id")),
)


def tagged(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns of items given as ``(query, item)`` pairs, led by the query's own
    (``search --queries``)."""
    def of_item(function):
        return (lambda pair: function(pair[1])) if function else None

    return (Column("query", lambda pair: pair[0], "cyan"),
            *(replace(c, value=of_item(c.value), highlights=of_item(c.highlights), detail=of_item(c.detail),
                      for_people=of_item(c.for_people)) for c in columns))


def _date_column(meeting_of) -> Column:
    return Column("date", lambda item: date(meeting_of(item).date), "green",
                  for_people=lambda item: date_for_people(meeting_of(item).date))


def _province_column(meeting_of) -> Column:
    return Column("province", lambda item: meeting_of(item).province or "")


TIMELINE = (
    _date_column(lambda e: e.meeting),
    Column("meeting", lambda e: e.meeting.label, "bold", detail=lambda e: _meeting_detail(e.meeting), share=1,
           detail_headers=MEETING_DETAIL),
    Column("chair", lambda e: ", ".join(e.meeting.chairs)),
    Column("resolutions", lambda e: "; ".join(e.resolutions), share=1),
)
CAREER = (  # timeline --person: the titles held at each meeting and what they did
    Column("titles", lambda e: "; ".join(e.titles), share=1),
    Column("roles", lambda e: ", ".join(e.roles)),
)
ACTIONS = (Column("done", lambda e: ", ".join(e.actions)),)  # timeline --resolution
TIMELINE_END = (_province_column(lambda e: e.meeting),)  # after CAREER and ACTIONS too

MEETINGS = (
    _date_column(lambda m: m),
    Column("meeting", lambda m: m.label, "bold", detail=_meeting_detail, share=1, detail_headers=MEETING_DETAIL),
    Column("term", lambda m: m.term or ""),
    _province_column(lambda m: m),
)
PEOPLE = (
    Column("name", lambda p: p.name, "bold", detail=lambda p: (p.id,), detail_headers=("id",)),
    Column("titles", lambda p: "; ".join(dict.fromkeys(t.title for t in p.titles)), share=1),
    Column("meetings", lambda p: str(len(p.meetings)), "magenta"),
    Column("first seen", lambda p: where(p.source), "dim"),
)
PAPERS = (
    Column("number", lambda r: r.number or ""),
    Column("label", lambda r: r.label, "bold", detail=lambda r: (where(r.source), r.id), share=1,
           detail_headers=("source", "id")),
    Column("issuer", lambda r: r.issuer or "", share=1),
    Column("mentions", lambda r: str(len(r.mentions)), "magenta"),
)
LISTINGS = {"meeting": MEETINGS, "person": PEOPLE, "resolution": PAPERS, "document": PAPERS}
CORRECTIONS = (  # correct list: one row a correction (``corrections.adding.listed``)
    Column("where", lambda c: f"{c['file']}:{c['line']}", "dim"),
    Column("correction", lambda c: _correction_text(c), "bold", share=1),
    Column("note", lambda c: c["note"] or "", share=1),
    Column("applies", lambda c: (c["reason"] or "yes") if c["applied"] else f"no: {c['reason']}", share=1),
)


def _correction_text(row: dict) -> str:
    action = row["correction"].replace("_", "-")
    if action == "set":
        value = ", ".join(row["value"]) if isinstance(row["value"], list) else str(row["value"])
        at = f" at {row['meeting']}" if row["meeting"] else ""
        return f"set {row['records'][0]} {row['field']}{at} = {value}"
    if action == "title":
        return f"title {row['value']} at {row['meeting']}: {row['records'][0]}"
    return f"{action} {' '.join(row['records'])}"


def size(count: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if count < 1024 or unit == "MB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    return ""


def _when(seconds: float) -> str:
    import time

    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


STORES = (  # nghiquyet cache
    Column("corpus", lambda s: "; ".join(s.corpus) if s.corpus is not None else "(unknown)", "bold", share=1,
           detail=lambda s: (" ".join(s.extensions), "corpus gone" if s.corpus_gone else ""),
           detail_headers=("extensions", "state")),
    Column("size", lambda s: size(s.size), "magenta"),
    Column("last used", lambda s: _when(s.last_used), "green"),
    Column("store", lambda s: s.path.name, "dim"),
)
