"""The timeline as one self-contained HTML page: an SVG picture drawn here, and a table of
the same records for screen readers, print and search.

Nothing is fetched: the styles and the few lines of script that show a mark's record on
hover or focus are in the page (``timeline.html``), whose Content-Security-Policy forbids
any request. Every mark is a link to its row of the table, so the keyboard reaches each
one (Tab) and opens its record (Enter); its ``<title>`` names it, and its row describes
it. All article text is escaped: it is data, never markup.
"""

from __future__ import annotations

import math
import re
import string
import sys
from collections import Counter
from html import escape
from importlib import resources
from pathlib import Path

from .. import __version__
from ..chart import Lane, Mark, Picture
from ..models import MEETING_TYPE_NAMES
from ..replacing import replacing
from ..timeline import NO_DATE, NO_TERM, Group
from .views import Column, date_for_people, where

LEFT = 200  # the lane names
SLOT = 11  # a mark's room, across and down
MAX_ROWS = 24  # marks of one type that overlap in time stack this deep, deeper when a busy year needs it,
MOST_ROWS = 60  # but no deeper: past that they overlap
AXIS = 1100  # pixels the axis takes, whatever its years: the picture is as wide as a laptop's window
RIGHT = 20  # room for the last year's label
TOP = 30  # the year labels above and below the axis
BAND = 22
CAREER = 18
LIFE = 46
STEP = 14  # a step of a resolution's life, across and down: steps on one day stack
MOST_STEPS = 8
GAP = 6
UNDATED_SLOT = 16  # a mark of no known year and the space around it: a grid of marks that never touch
SHAPES = {  # each meeting type's mark, centred on 0,0
    "dai_hoi": '<path id="shape-dai_hoi" d="M0-5.5 5.5 0 0 5.5-5.5 0Z"/>',
    "hoi_nghi_bch": '<circle id="shape-hoi_nghi_bch" r="4.5"/>',
    "hoi_nghi_btv": '<path id="shape-hoi_nghi_btv" d="M-4-4h8v8h-8Z"/>',
    "hoi_nghi_quan_triet": '<path id="shape-hoi_nghi_quan_triet" d="M0-5 5 4H-5Z"/>',
    "ky_hop": '<path id="shape-ky_hop" d="M0 5 5-4H-5Z"/>',
    "hoi_nghi": '<path id="shape-hoi_nghi" d="M-1.6-4.4h3.2v2.8h2.8v3.2h-2.8v2.8h-3.2v-2.8h-2.8v-3.2h2.8Z"/>',
}
STATUS_CLASSES = {"upcoming": "u", "mentioned": "n"}
STEP_CLASSES = {"ban hành": "s-ban", "quán triệt": "s-qua", "thực hiện": "s-thu", "sơ kết": "s-so",
                "tổng kết": "s-tong"}
GROUP_HEADINGS = {NO_TERM: "No known term", NO_DATE: "No known date"}
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def page(picture: Picture, columns: tuple[Column, ...]) -> str:
    """The whole page; ``columns`` are the timeline's table columns (render.views)."""
    template = string.Template(resources.files(__package__).joinpath("timeline.html").read_text(encoding="utf-8"))
    heading = "Timeline" + "".join(f" · {name} “{value}”" for name, value in picture.selection)
    return template.substitute(
        title=_text(heading), heading=_text(heading), summary=_text(_summary(picture)),
        legend=_legend(picture), chart=_Chart(picture).svg(), careers=_careers(picture.lanes),
        records=_records(picture, columns))


def write(text: str, path: Path) -> None:
    """``text`` to ``path`` whole or not at all (a file beside it, then renamed); ``-``
    is stdout. OSError when it cannot be written."""
    if str(path) == "-":
        sys.stdout.write(text)
        return
    with replacing(path) as part:
        part.write_text(text, encoding="utf-8")


def _text(value: str) -> str:
    """Article text, escaped for HTML, its control characters (never shown) replaced."""
    return escape(_CONTROLS.sub("\ufffd", value), quote=False)


def _attribute(value: str) -> str:
    """Text for an attribute's value in double quotes."""
    return escape(_CONTROLS.sub("\ufffd", value), quote=True)


def _summary(picture: Picture) -> str:
    count = picture.count
    span = f", {picture.first}–{picture.last}" if picture.first is not None else ""
    undated = f"; {len(picture.undated)} with no known year, below the axis" if picture.undated else ""
    return f"{count} meeting{'s' * (count != 1)}{span}{undated}. Written by nghiquyet {__version__}."


def _legend(picture: Picture) -> str:
    types = Counter(m.entry.meeting.type for m in (*picture.marks, *picture.undated))
    items = [_key(f"shape-{t}", f"T-{t}", "", f"{MEETING_TYPE_NAMES.get(t, t)} ({types[t]})") for t in picture.types]
    items += [_key("shape-hoi_nghi_bch", "", "", "held"), _key("shape-hoi_nghi_bch", "", "i", "date inferred"),
              _key("shape-hoi_nghi_bch", "", "u", "upcoming"), _key("shape-hoi_nghi_bch", "", "n", "only mentioned"),
              "<li>— a date known only to its month or year spans it</li>",
              "<li>bands: terms (nhiệm kỳ)</li>"]
    if picture.follows_resolution:
        items += [f'<li><svg aria-hidden="true" viewBox="-7 -7 14 14"><circle r="6" class="{c}"/></svg>{_text(s)}</li>'
                  for s, c in STEP_CLASSES.items()]
    return f'<ul class="legend" aria-label="Legend">{"".join(items)}</ul>'


def _key(shape: str, colour: str, status: str, name: str) -> str:
    return (f'<li><svg aria-hidden="true" viewBox="-7 -7 14 14" class="{colour}"><use href="#{shape}" '
            f'class="{status}"/></svg>{_text(name)}</li>')


def _label(mark: Mark) -> str:
    """A mark's text alternative: the meeting, its date, and whether it is yet to be."""
    meeting = mark.entry.meeting
    date = date_for_people(meeting.date) or "date unknown"
    status = "" if meeting.status == "held" else f", {meeting.status}"
    step = f", {mark.step}" if mark.step else ""
    roles = f", {', '.join(mark.entry.roles)}" if mark.entry.roles else ""
    return _text(f"{meeting.label}, {date}{status}{step}{roles}")


def _status_class(mark: Mark) -> str:
    meeting = mark.entry.meeting
    names = [STATUS_CLASSES.get(meeting.status, "")]
    if meeting.date.inferred and meeting.status != "upcoming":  # upcoming is hollow already
        names.append("i")
    joined = " ".join(n for n in names if n)
    return f' class="{joined}"' if joined else ""


class _Chart:
    """The SVG: the year axis, term bands, a person's titles or a resolution's life, then
    a lane of marks for each meeting type, and below the axis the meetings of no known year.

    It is drawn ``AXIS`` pixels wide whatever the years, and the page shrinks it to its
    window (or to A4) when narrower, so nothing is ever off to the right: a busy year
    stacks its marks deeper rather than widening the axis."""

    def __init__(self, picture: Picture):
        self.picture = picture
        self.first = picture.first if picture.first is not None else 0
        years = (picture.last - picture.first) if picture.first is not None else 0
        self.year_width = AXIS / years if years else 0
        self.depth = _depth(picture, self.year_width)
        self.width = LEFT + AXIS + RIGHT
        self.parts: list[str] = []
        self.y = TOP

    def x(self, year: float) -> float:
        return LEFT + (year - self.first) * self.year_width

    def svg(self) -> str:
        self._bands()
        self._careers()
        self._life()
        for kind in self.picture.types:
            self._lane(kind)
        axis_end = self.y
        self._undated()
        height = math.ceil(self.y + GAP)
        grid = self._grid(axis_end)
        label = _attribute(f"Timeline of {self.picture.count} meetings; each mark links to its row in the table below")
        return (f'<svg id="chart" width="{self.width}" height="{height}" viewBox="0 0 {self.width} {height}" '
                f'role="group" aria-label="{label}"><defs>{"".join(SHAPES.values())}</defs>{grid}'
                f'{"".join(self.parts)}</svg>')

    def _grid(self, axis_end: float) -> str:
        if self.picture.first is None:
            return ""
        step = next(s for s in (1, 2, 5, 10, 20, 50) if s * self.year_width >= 40)
        lines, labels = [], []
        for year in range(self.picture.first, self.picture.last + 1):
            x = round(self.x(year), 1)
            lines.append(f"M{x} {TOP - 6}V{axis_end + 6}")
            if year % step == 0:
                labels.append(f'<text x="{x}" y="{TOP - 10}">{year}</text><text x="{x}" y="{axis_end + 20}">'
                              f'{year}</text>')
        return f'<g class="grid" aria-hidden="true"><path d="{"".join(lines)}"/>{"".join(labels)}</g>'

    def _bands(self) -> None:
        rows = 1 + max((b.row for b in self.picture.bands), default=-1)
        for i, band in enumerate(self.picture.bands):
            if band.end <= self.picture.first or band.start >= self.picture.last:
                continue
            left, right = self.x(max(band.start, self.picture.first)), self.x(min(band.end, self.picture.last))
            y = self.y + band.row * BAND
            name = band.term if right - left > 60 else ""
            self.parts.append(
                f'<g class="band{" odd" * (i % 2)}"><title>{_text(f"Term {band.term}: {band.meetings} meetings")}'
                f'</title><rect x="{left:.1f}" y="{y}" width="{right - left:.1f}" height="{BAND - 4}" rx="3"/>'
                f'<text x="{(left + right) / 2:.1f}" y="{y + 13}">{_text(name)}</text></g>')
        if rows:
            self.parts.append(f'<text class="lab" x="6" y="{self.y + 13}">Terms (nhiệm kỳ)</text>')
        self.y += rows * BAND + (GAP if rows else 0)

    def _careers(self) -> None:
        for lane in self.picture.lanes:
            self.parts.append(self._career(lane))
            self.y += CAREER
        self.y += GAP if self.picture.lanes else 0

    def _career(self, lane: Lane) -> str:
        y = self.y + CAREER / 2
        shown = lane.title if len(lane.title) <= 30 else lane.title[:29] + "…"
        whole = f"{lane.person}: {lane.title}, {_span_text(lane)}"
        marks = "".join(f"M{self.x(s):.1f} {y - 5}v10" for s, _ in lane.spans)
        bar = ""
        if lane.spans:
            left, right = self.x(lane.start), self.x(lane.end)
            bar = f'<rect x="{left:.1f}" y="{y - 3}" width="{max(right - left, 3):.1f}" height="6"/>'
        return (f'<g class="career"><title>{_text(whole)}</title><text x="6" y="{y + 4}">{_text(shown)}</text>'
                f'{bar}<path class="w" d="{marks}"/></g>')

    def _life(self) -> None:
        """With --resolution: the meetings that acted on it, in date order, on one line,
        each at the step of its life it was; steps on one day (or too close to tell apart)
        stack below the line, so that each is seen and reached."""
        marks = self.picture.marks if self.picture.follows_resolution else []
        if not marks:
            return
        y = self.y + LIFE / 2
        rows_of = _pack([(self.x(m.at) - STEP / 2, self.x(m.at) + STEP / 2) for m in marks], MOST_STEPS)
        parts = [f'<text class="lab" x="6" y="{y + 4}">Resolution’s life</text><g class="life">'
                 f'<path d="M{self.x(marks[0].at):.1f} {y}H{self.x(marks[-1].at):.1f}"/></g>']
        label_end, labelled, above = -math.inf, None, None
        for mark, row in zip(marks, rows_of, strict=True):
            x, cy = self.x(mark.at), y + row * STEP
            step_class = STEP_CLASSES.get(mark.step, "")
            circle = f'<circle cx="{x:.1f}" cy="{cy}" r="{6 if mark.step else 3.5}" class="{step_class}"/>'
            text = ""
            if row and mark.step and mark.step != above:  # another step the same day: named beside it
                text = f'<text class="beside" x="{x + 10:.1f}" y="{cy + 4}">{_text(mark.step)}</text>'
            elif not row and mark.step and mark.step != labelled and x - 30 > label_end:  # where the life moves on
                label_end, labelled = x + 30, mark.step
                text = f'<text x="{x:.1f}" y="{y - 10}">{_text(mark.step)}</text>'
            above = mark.step
            parts.append(f'<g class="step">{_link(mark, circle)}{text}</g>')
        self.parts.append("".join(parts))
        self.y += LIFE + max(rows_of) * STEP + GAP

    def _lane(self, kind: str) -> None:
        dated = [m for m in self.picture.marks if m.entry.meeting.type == kind]
        if not dated:
            return
        spans = [self._extent(m) for m in dated]
        rows_of = _pack(spans, self.depth)
        height = (max(rows_of) + 1) * SLOT + 8
        top = self.y + 4 + SLOT / 2
        parts = [self._lane_start(kind, len(dated), height, SLOT)]
        whiskers = []
        for mark, row, (left, right) in zip(dated, rows_of, spans, strict=True):
            y = top + row * SLOT
            if right - left > SLOT:
                whiskers.append(f"M{left:.1f} {y}H{right:.1f}")
            parts.append(_link(mark, _use(kind, self.x(mark.at), y, mark)))
        if whiskers:
            parts.insert(1, f'<path class="w" d="{"".join(whiskers)}"/>')
        self.parts.append("".join(parts) + "</g>")
        self.y += height + 2

    def _lane_start(self, kind: str, count: int, height: float, slot: float) -> str:
        return (f'<g class="lane T-{kind}" lang="vi"><rect class="bg" x="{LEFT - 4}" y="{self.y}" '
                f'width="{self.width - LEFT - 6}" height="{height}"/>'
                f'<text class="lab" x="6" y="{self.y + 4 + slot / 2 + 4}">{_text(MEETING_TYPE_NAMES.get(kind, kind))}'
                f' ({count})</text>')

    def _extent(self, mark: Mark) -> tuple[float, float]:
        """The room a mark takes on its lane: its date's span, or at least the mark."""
        x = self.x(mark.at)
        return min(self.x(mark.start), x - SLOT / 2), max(self.x(mark.end), x + SLOT / 2)

    def _undated(self) -> None:
        """The meetings of no known year, below the axis's labels: a lane a type, its marks
        in rows across the width, apart."""
        if not self.picture.undated:
            return
        self.y += TOP if self.picture.first is not None else 0
        count = len(self.picture.undated)
        self.parts.append(f'<text class="lab" x="6" y="{self.y + 13}">No known year ({count})</text>')
        self.y += 20
        across = (self.width - LEFT - 10) // UNDATED_SLOT
        for kind in self.picture.types:
            marks = [m for m in self.picture.undated if m.entry.meeting.type == kind]
            if not marks:
                continue
            height = math.ceil(len(marks) / across) * UNDATED_SLOT + 4
            top = self.y + 2 + UNDATED_SLOT / 2
            parts = [self._lane_start(kind, len(marks), height, UNDATED_SLOT)]
            parts += [_link(mark, _use(kind, LEFT + UNDATED_SLOT / 2 + (i % across) * UNDATED_SLOT,
                                       top + (i // across) * UNDATED_SLOT, mark)) for i, mark in enumerate(marks)]
            self.parts.append("".join(parts) + "</g>")
            self.y += height + 2


def _use(kind: str, x: float, y: float, mark: Mark) -> str:
    return f'<use href="#shape-{kind}" x="{x:.1f}" y="{y:.1f}"{_status_class(mark)}/>'


def _link(mark: Mark, shape: str) -> str:
    row = _attribute(mark.entry.meeting.id)
    return f'<a href="#{row}" aria-describedby="{row}"><title>{_label(mark)}</title>{shape}</a>'


def _depth(picture: Picture, year_width: float) -> int:
    """How deep marks of one type stack before they overlap: ``MAX_ROWS``, or as deep as
    the busiest year of one type needs on this axis, up to ``MOST_ROWS``."""
    busiest = Counter((m.entry.meeting.type, math.floor(m.at)) for m in picture.marks).most_common(1)
    needed = math.ceil(busiest[0][1] * SLOT * 1.4 / year_width) if busiest and year_width else 0
    return min(max(needed, MAX_ROWS), MOST_ROWS)


def _pack(spans: list[tuple[float, float]], depth: int) -> list[int]:
    """The row of each span (in order of their starts) so that none overlaps another in
    its row, in at most ``depth`` rows; past that, the row that ends first."""
    ends: list[float] = []
    rows = []
    for left, right in spans:
        row = next((i for i, end in enumerate(ends) if end <= left), None)
        if row is None:
            row = len(ends) if len(ends) < depth else min(range(len(ends)), key=ends.__getitem__)
            if row == len(ends):
                ends.append(right)
        ends[row] = max(ends[row], right)
        rows.append(row)
    return rows


def _span_text(lane: Lane) -> str:
    if not lane.spans:
        return "date unknown"
    first, last = math.floor(lane.start), math.ceil(lane.end) - 1
    return f"{first}" if first >= last else f"{first}–{last}"


def _careers(lanes: list[Lane]) -> str:
    if not lanes:
        return ""
    rows = "".join(f"<tr><td>{_text(lane.person)}</td><td>{_text(lane.title)}</td><td>{_span_text(lane)}</td>"
                   f"<td>{_text('; '.join(dict.fromkeys(where(s) for s in lane.sources)))}</td></tr>"
                   for lane in lanes)
    return ('<section aria-labelledby="careers-heading"><h2 id="careers-heading">Titles held</h2><table lang="vi">'
            '<thead><tr><th>person</th><th>title</th><th>years</th><th>sources</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></section>")


def _records(picture: Picture, columns: tuple[Column, ...]) -> str:
    """The table: the timeline's own columns, the date's basis after the date, and with
    --resolution the step of its life each meeting was."""
    steps = {m.entry.meeting.id: m.step for m in picture.marks}
    heads = [columns[0].header, "date basis", *(c.header for c in columns[1:])]
    heads += ["step"] if picture.follows_resolution else []
    bodies = []
    for group in picture.groups:
        rows = [f'<tr><th colspan="{len(heads)}" scope="rowgroup">{_text(_heading(group))}</th></tr>']
        for entry in group.entries:
            cells = [_cell(columns[0], entry), _text(entry.meeting.date.basis or ""),
                     *(_cell(c, entry) for c in columns[1:])]
            cells += [_text(steps.get(entry.meeting.id) or "")] if picture.follows_resolution else []
            rows.append(f'<tr id="{_attribute(entry.meeting.id)}">{"".join(f"<td>{c}</td>" for c in cells)}</tr>')
        bodies.append(f'<tbody lang="vi">{"".join(rows)}</tbody>')
    head = "".join(f'<th scope="col">{_text(h)}</th>' for h in heads)
    return (f'<table id="records"><caption>{_text(_summary(picture))}</caption><thead><tr>{head}</tr></thead>'
            f'{"".join(bodies)}</table>')


def _heading(group: Group) -> str:
    """A group's heading in English, as the page's other headings are (the terminal's table
    keeps the headings it has always printed)."""
    return f"Term {group.term}" if group.term else GROUP_HEADINGS.get(group.heading, group.heading)


def _cell(column: Column, entry) -> str:
    text = _text((column.for_people or column.value)(entry))
    detail = " · ".join(d for d in column.detail(entry) if d) if column.detail else ""
    return text + (f"<small>{_text(detail)}</small>" if detail else "")
