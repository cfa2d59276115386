"""The timeline drawn on a terminal with Rich, fitted to its width: a year axis, the terms
as bands, a person's titles or a resolution's life, then a row for each meeting type with
a mark in the column of each meeting's date, and beside them the count of meetings of no
known year. Article text goes into ``Text`` objects only, never markup."""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import groupby

from rich.text import Text

from ..chart import STEPS, Mark, Picture, step_of
from ..models import MEETING_TYPE_SHORT_NAMES

LABEL = 16  # the row names
UNDATED = 5  # " ?123": the meetings of no known year
GLYPHS = {"held": "●", "inferred": "○", "upcoming": "◌", "mentioned": "·"}
STEP_LETTERS = dict(zip(STEPS, "BQTSK", strict=True))
TYPE_STYLES = {"dai_hoi": "red", "hoi_nghi_bch": "blue", "hoi_nghi_btv": "green", "hoi_nghi_quan_triet": "magenta",
               "ky_hop": "yellow", "hoi_nghi": "white"}
BAND_STYLES = ("cyan", "bright_magenta")


def draw(console, picture: Picture) -> None:
    drawing = _Drawing(picture, console.width)
    for line in drawing.lines():
        console.print(line, no_wrap=True, overflow="crop", crop=True)
    for line in drawing.legend():
        console.print(line)


class _Row:
    """One line of the axis, a character and a style a column."""

    def __init__(self, width: int):
        self.chars = [" "] * width
        self.styles = [""] * width

    def put(self, column: int, text: str, style: str = "") -> None:
        for i, char in enumerate(text, column):
            if 0 <= i < len(self.chars):
                self.chars[i], self.styles[i] = char, style

    def text(self) -> Text:
        text, start = Text(), 0
        for style, run in groupby(self.styles):
            length = len(list(run))
            text.append("".join(self.chars[start:start + length]), style)
            start += length
        return text


class _Drawing:
    def __init__(self, picture: Picture, width: int):
        self.picture = picture
        self.undated = UNDATED if picture.undated else 0
        self.axis = max(width - LABEL - self.undated, 10)
        self.years = (picture.last - picture.first) if picture.first is not None else 0

    def column(self, year: float) -> int:
        return min(max(math.floor((year - self.picture.first) / self.years * self.axis), 0), self.axis - 1)

    def lines(self) -> list[Text]:
        picture = self.picture
        span = f", {picture.first}–{picture.last}" if picture.first is not None else ""
        lines = [Text(f"Timeline: {picture.count} meeting{'s' * (picture.count != 1)}{span}", style="bold")]
        if self.years:
            lines += self._axis() + self._bands() + self._careers() + self._life()
        return lines + [self._type(kind) for kind in picture.types]

    def _line(self, label: str, row: _Row | None, undated: str = "", style: str = "") -> Text:
        name = Text(label, style=style)
        name.truncate(LABEL - 1, overflow="ellipsis", pad=True)
        line = Text.assemble(name, " ", row.text() if row else Text(" " * self.axis))
        if self.undated:
            line.append(undated.rjust(self.undated), style="dim")
        return line

    def _axis(self) -> list[Text]:
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if s * self.axis / self.years >= 6)
        labels, ticks = _Row(self.axis), _Row(self.axis)
        ticks.put(0, "─" * self.axis, "dim")
        for year in range(self.picture.first, self.picture.last):
            if year % step == 0 and self.column(year) + 4 <= self.axis:
                labels.put(self.column(year), str(year))
                ticks.put(self.column(year), "┬", "dim")
        return [self._line("", labels, "?" if self.undated else ""), self._line("", ticks)]

    def _bands(self) -> list[Text]:
        picture = self.picture
        rows: dict[int, _Row] = defaultdict(lambda: _Row(self.axis))
        for i, band in enumerate(picture.bands):
            if band.end <= picture.first or band.start >= picture.last:
                continue
            left = self.column(max(band.start, picture.first))
            right = max(self.column(band.end) - 1, left) if band.end < picture.last else self.axis - 1
            style = BAND_STYLES[i % 2]
            row = rows[band.row]
            ends = ("├" if band.start >= picture.first else "─", "┤" if band.end <= picture.last else "─")
            row.put(left, ends[0] + "─" * (right - left - 1) + ends[1] if right > left else "│", style)
            label = next((text for text in (band.term, _short_term(band.term)) if right - left - 1 >= len(text) + 2),
                         None)
            if label:
                row.put(left + (right - left + 1 - len(label)) // 2, label, style)
        return [self._line("terms" if i == 0 else "", rows[i]) for i in sorted(rows)]

    def _careers(self) -> list[Text]:
        lines = []
        for lane in self.picture.lanes:
            row = _Row(self.axis)
            if lane.spans:
                left, right = self.column(lane.start), self.column(lane.end - 1e-9)
                row.put(left, "━" * (right - left + 1), "bold")
            else:
                row.put(0, "(date unknown)", "dim")
            lines.append(self._line(lane.title, row))
        return lines

    def _life(self) -> list[Text]:
        marks = self.picture.marks if self.picture.follows_resolution else []
        if not marks:
            return []
        row = _Row(self.axis)
        first, last = self.column(marks[0].at), self.column(marks[-1].at)
        row.put(first, "─" * (last - first + 1), "dim")
        at: dict[int, list[str]] = defaultdict(list)
        for mark in marks:
            at[self.column(mark.at)].extend(mark.entry.actions)
        for column, actions in at.items():
            step = step_of(actions)
            row.put(column, STEP_LETTERS[step] if step else "•", "bold")
        return [self._line("resolution", row)]

    def _type(self, kind: str) -> Text:
        style = TYPE_STYLES.get(kind, "")
        dated = [m for m in self.picture.marks if m.entry.meeting.type == kind]
        undated = sum(m.entry.meeting.type == kind for m in self.picture.undated)
        row = None
        if self.years:
            row = _Row(self.axis)
            at: dict[int, list[Mark]] = defaultdict(list)
            for mark in dated:
                at[self.column(mark.at)].append(mark)
            for column, marks in _apart(at).items():
                row.put(column, _glyph(marks), style)
        return self._line(MEETING_TYPE_SHORT_NAMES.get(kind, kind), row, str(undated) if undated else "", style)

    def legend(self) -> list[Text]:
        keys = [f"{GLYPHS['held']} held", f"{GLYPHS['inferred']} date inferred", f"{GLYPHS['upcoming']} upcoming",
                f"{GLYPHS['mentioned']} only mentioned", "2-9,+ several close together"]
        if self.undated:
            keys.append("? no known year")
        legend = [Text("  ".join(keys), style="dim")]
        if self.picture.follows_resolution:
            steps = "  ".join(f"{letter} {step}" for step, letter in STEP_LETTERS.items())
            legend.append(Text(f"{steps}  • other", style="dim"))
        return legend


def _apart(at: dict[int, list[Mark]]) -> dict[int, list[Mark]]:
    """The marks by column, those of a column of several next to another of several drawn
    as one count in the first: two counts side by side would read as one number ("47")."""
    kept: dict[int, list[Mark]] = {}
    for column in sorted(at):
        before = kept.get(column - 1)
        if before is not None and len(before) > 1 and len(at[column]) > 1:
            kept[column - 1] = before + at[column]
        else:
            kept[column] = at[column]
    return kept


def _short_term(term: str) -> str:
    """``2020-2025`` as ``20-25``, for a band too short to hold the whole."""
    first, _, last = term.partition("-")
    return f"{first[-2:]}-{last[-2:]}" if len(first) == len(last) == 4 else term


def _glyph(marks: list[Mark]) -> str:
    if len(marks) > 1:
        return str(len(marks)) if len(marks) < 10 else "+"
    meeting = marks[0].entry.meeting
    if meeting.status != "held":
        return GLYPHS[meeting.status]
    return GLYPHS["inferred" if meeting.date.inferred else "held"]
