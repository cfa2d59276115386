"""``timeline --html FILE`` and ``timeline --chart``: the timeline as a picture.

The page is checked as a browser would take it: every meeting of the selection there
(a mark and a row), nothing it would fetch, article text escaped, and, drawn by headless
Chromium, a screenshot of the size asked for with the marks' colours in it. The chart is
checked against a golden file at 80 columns, drawn from records made here (so that a
change of the extraction rules does not move it)."""

from __future__ import annotations

import io
import math
import os
import re
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cli_runs import invoke, parse_json, run_in_terminal
from rich.console import Console

from nghiquyet.chart import picture, step_of
from nghiquyet.filters import Catalog, Filters
from nghiquyet.models import DateValue, Meeting, Mention, Participant, Person, Resolution, Source, TitleHeld
from nghiquyet.render import views
from nghiquyet.render.timeline_chart import draw
from nghiquyet.render.timeline_html import page
from nghiquyet.timeline import timeline

GOLDEN = Path(__file__).parent / "data" / "timeline_chart_80.txt"
CHROMIUM = "/usr/bin/chromium"
HOSTILE = "Kỳ họp thứ 4 <script>alert('x')</script> & <img src=//evil.example/x.png> “khóa XIV”"
# Attributes through which a page loads something, and CSS that does.
LOADING = ("src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data", "background")
CSS_LOADS = re.compile(r"url\s*\(|@import", re.I)


# -- records made here ---------------------------------------------------------------------------

def _meeting(id_, label, type_, date, term, *, precision="day", inferred=False, upcoming=False, reported=True,
             people=(), papers=()):
    return Meeting(id_, label, Source(f"{id_}.txt", 1), type_, None, "Thái Nguyên", None, None, term,
                   DateValue(date, precision if date else "unknown", inferred, "năm 2020 in the article" if inferred
                             else None), reported, upcoming, people=list(people), resolutions=list(papers))


CHAIR = Participant("p-a", "Trần Văn An", ["chủ trì"])
MEETINGS = [
    _meeting("m-1", "Đại hội Đảng bộ tỉnh lần thứ XIX", "dai_hoi", "2015-10-01", "2015-2020",
             people=[Participant("p-a", "Trần Văn An", ["phát biểu"])]),
    _meeting("m-2", "Đại hội Đảng bộ tỉnh lần thứ XX", "dai_hoi", "2020-10-14", "2020-2025", people=[CHAIR],
             papers=["r-1"]),
    _meeting("m-3", "Hội nghị quán triệt Nghị quyết Đại hội XX", "hoi_nghi_quan_triet", "2020-12", "2020-2025",
             precision="month", inferred=True),
    _meeting("m-4", "Đại hội đại biểu toàn quốc lần thứ XIII", "dai_hoi", "2021-01-25", "2021-2026"),
    _meeting("m-5", "Hội nghị Ban Chấp hành lần thứ 5", "hoi_nghi_bch", "2021", "2020-2025", precision="year",
             inferred=True),
    *(_meeting(f"m-6{i}", f"Hội nghị Ban Thường vụ lần thứ {40 + i}", "hoi_nghi_btv", f"2023-06-2{i}", "2020-2025",
               people=[CHAIR] if i == 0 else ()) for i in range(3)),
    _meeting("m-7", "Hội nghị Ban Chấp hành tổng kết", "hoi_nghi_bch", "2025-12", "2020-2025", precision="month",
             upcoming=True),
    _meeting("m-8", HOSTILE, "ky_hop", None, None, reported=False),
    _meeting("m-9", "Hội nghị Ban Thường vụ ngày 16/10", "hoi_nghi_btv", "--10-16", "2015-2020", precision="month_day"),
]
RESOLUTION = Resolution("r-1", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", Source("m-2.txt", 5), None, None, None,
                        "2020-2025", meeting_id="m-2", mentions=[
                            Mention("m-3", Source("m-3.txt", 2), "quán triệt"),
                            Mention("m-5", Source("m-5.txt", 2), "triển khai thực hiện"),
                            Mention("m-60", Source("m-60.txt", 2), "sơ kết"),
                            Mention("m-7", Source("m-7.txt", 2), "tổng kết")])
PERSON = Person("p-a", "Trần Văn An", Source("m-1.txt", 2), "Trần Văn An", titles=[
    TitleHeld("Phó Bí thư Tỉnh ủy", Source("m-1.txt", 2), DateValue("2015-10-01", "day")),
    TitleHeld("Bí thư Tỉnh ủy", Source("m-2.txt", 2), DateValue("2020-10-14", "day")),
    TitleHeld("Bí thư Tỉnh uỷ", Source("m-60.txt", 3), DateValue("2023-06-20", "day")),
    TitleHeld("Ủy viên Trung ương Đảng", Source("m-2.txt", 2), DateValue()),
])


class Records:
    """The part of an index a timeline reads, holding the records above."""

    def meetings(self):
        return MEETINGS

    def papers(self, kind):
        return [RESOLUTION] if kind == "resolution" else []

    def people(self):
        return [PERSON]

    def get(self, record_id):
        return {PERSON.id: PERSON, RESOLUTION.id: RESOLUTION, **{m.id: m for m in MEETINGS}}.get(record_id)


def drawn(**filters):
    catalog = Catalog(Records(), Filters.parse(**filters))
    return picture(timeline(catalog, include_mentioned=True), catalog)


def columns(**filters):
    return (views.TIMELINE + (views.CAREER if filters.get("person") else ())
            + (views.ACTIONS if filters.get("resolution") else ()) + views.TIMELINE_END)


def chart_text(width: int = 80, **filters) -> str:
    out = io.StringIO()
    draw(Console(file=out, width=width, color_system=None, force_terminal=False), drawn(**filters))
    return out.getvalue()


# -- reading a page ------------------------------------------------------------------------------

class Page(HTMLParser):
    """What a page holds: its elements' attributes, its text, its styles and scripts."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.inside: list[str] = []
        self.styles: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self.inside.append(tag)

    def handle_endtag(self, tag):
        if tag in self.inside:
            del self.inside[len(self.inside) - 1 - self.inside[::-1].index(tag):]

    def handle_data(self, data):
        (self.styles if self.inside[-1:] == ["style"] else self.text).append(data)

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.elements if "id" in attrs}

    def marked(self) -> set[str]:
        """The rows the marks of the chart stand for."""
        return {attrs["aria-describedby"] for tag, attrs in self.elements if tag == "a" and "aria-describedby" in attrs}

    def loads(self) -> list[str]:
        """Every value through which the page would fetch something that is not in it."""
        found = [f"{tag} {name}={value}" for tag, attrs in self.elements for name, value in attrs.items()
                 if name in LOADING and value is not None and not value.startswith("#")]
        found += [f"{tag} style" for tag, attrs in self.elements if CSS_LOADS.search(attrs.get("style") or "")]
        found += [f"<{tag}>" for tag, attrs in self.elements if tag in ("link", "iframe", "object", "embed", "img")]
        found += ["<style> url()" for style in self.styles if CSS_LOADS.search(style)]
        return found


@pytest.fixture(scope="module")
def seeds_pages(tmp_path_factory) -> dict:
    """The bundled articles' timelines, as JSON and as pages: every meeting, one
    person's, one resolution's."""
    folder = tmp_path_factory.mktemp("pages")
    cache = folder / "cache"
    selections = {"all": ["--all"], "person": ["--person", "tran quoc to"],
                  "resolution": ["--resolution", "dai hoi XX"]}
    pages = {}
    for name, args in selections.items():
        path = folder / f"{name}.html"
        done = invoke(["timeline", *args, "--html", str(path)], cache)
        assert (done.code, done.stdout, done.stderr) == (0, "", ""), done
        ids = [m["id"] for m in parse_json(invoke(["timeline", *args, "--json"], cache))]
        pages[name] = (path, path.read_text(encoding="utf-8"), ids)
    return pages


# -- the page ------------------------------------------------------------------------------------

@pytest.mark.parametrize("selection", ["all", "person", "resolution"])
def test_every_meeting_of_the_selection_has_a_row_and_a_mark(seeds_pages, selection):
    _, text, ids = seeds_pages[selection]
    parsed = Page(text)
    assert ids and set(ids) <= parsed.ids()
    assert parsed.marked() >= set(ids)
    assert parsed.ids() & {f"x{i}" for i in ids} == set()  # no id of a meeting stands for anything else


@pytest.mark.parametrize("selection", ["all", "person", "resolution"])
def test_the_page_fetches_nothing(seeds_pages, selection):
    _, text, _ = seeds_pages[selection]
    parsed = Page(text)
    assert parsed.loads() == []
    assert not re.search(r"https?:|//[\w.-]+\.\w", text)
    assert "default-src 'none'" in text  # and the browser is told to refuse any request


def test_article_text_is_shown_as_written_never_as_markup():
    text = page(drawn(), columns())
    parsed = Page(text)
    assert [tag for tag, _ in parsed.elements if tag in ("img", "script")] == ["script"]  # the page's own
    assert HOSTILE in "".join(parsed.text)
    assert parsed.loads() == []


def test_a_person_s_titles_are_lanes_and_the_meetings_they_attended_carry_their_roles():
    shown = drawn(person="tran van an")
    assert [(lane.title, lane.start is not None) for lane in shown.lanes] == [
        ("Phó Bí thư Tỉnh ủy", True), ("Bí thư Tỉnh ủy", True), ("Ủy viên Trung ương Đảng", False)]
    assert shown.lanes[1].end > 2023  # "Tỉnh uỷ" and "Tỉnh ủy" are one title, held from 2020 to 2023
    text = page(shown, columns(person="tran van an"))
    assert text.count('<g class="career">') == 3
    assert "Đại hội Đảng bộ tỉnh lần thứ XX, 2020-10-14, chủ trì" in text  # the mark's text alternative
    assert {m.entry.meeting.id for m in (*shown.marks, *shown.undated)} == {"m-1", "m-2", "m-60"}


def test_a_resolution_s_life_runs_through_its_steps_in_date_order():
    shown = drawn(resolution="nghi quyet dai hoi dang bo tinh lan thu XX")
    assert [(m.entry.meeting.id, m.step) for m in shown.steps] == [
        ("m-2", "ban hành"), ("m-3", "quán triệt"), ("m-5", "thực hiện"), ("m-60", "sơ kết"), ("m-7", "tổng kết")]
    text = page(shown, columns(resolution="x"))
    assert text.count('<g class="step">') == 5


@pytest.mark.parametrize(("actions", "step"), [
    (["ban hành"], "ban hành"), (["thông qua"], "ban hành"), (["học tập", "quán triệt"], "quán triệt"),
    (["triển khai thực hiện", "quán triệt"], "quán triệt"), (["cụ thể hoá"], "thực hiện"),
    (["sơ kết", "triển khai"], "sơ kết"), (["tổng kết"], "tổng kết"), (["nhắc đến"], None), ([], None)])
def test_the_step_a_meeting_is_in_a_resolution_s_life(actions, step):
    assert step_of(actions) == step


def test_meetings_of_no_known_year_are_below_the_axis_not_dropped():
    shown = drawn()
    assert {m.entry.meeting.id for m in shown.undated} == {"m-8", "m-9"}
    text = page(shown, columns())
    assert "No known year (2)" in text
    assert {"m-8", "m-9"} <= Page(text).marked()


def drawn_marks(text: str) -> list[tuple[str, tuple[str, dict]]]:
    """Each mark of a page: the meeting it stands for, its shape's tag and attributes (a
    meeting on a lane and on a resolution's life is two marks)."""
    elements = Page(text).elements
    return [(attrs["aria-describedby"], elements[i + 2]) for i, (tag, attrs) in enumerate(elements)
            if tag == "a" and "aria-describedby" in attrs]


def centre(shape: tuple[str, dict]) -> tuple[float, float]:
    tag, attrs = shape
    return (float(attrs["cx"]), float(attrs["cy"])) if tag == "circle" else (float(attrs["x"]), float(attrs["y"]))


def apart(points: list[tuple[float, float]]) -> float:
    """The least distance between two of ``points``."""
    return min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])


class Undated(Records):
    """Thirty meetings of no known year, of one type."""

    def meetings(self):
        return MEETINGS[:2] + [_meeting(f"u-{i}", f"Hội nghị cán bộ chủ chốt số {i}", "hoi_nghi", None, None)
                               for i in range(30)]


def test_meetings_of_no_known_year_are_marks_apart_each_with_its_name():
    catalog = Catalog(Undated(), Filters())
    text = page(picture(timeline(catalog), catalog), columns())
    undated = [centre(shape) for meeting, shape in drawn_marks(text) if meeting.startswith("u-")]
    assert len(undated) == 30
    assert apart(undated) >= 14  # a mark is 11 pixels across with its outline: a gap between each two
    assert "<title>Hội nghị cán bộ chủ chốt số 29, date unknown</title>" in text


class SameDay(Records):
    """A resolution issued, then disseminated at one meeting and set to work at another on
    the same day."""

    def meetings(self):
        return [_meeting("d-1", "Đại hội Đảng bộ huyện lần thứ VII", "dai_hoi", "2020-08-01", "2020-2025"),
                _meeting("d-2", "Hội nghị quán triệt Nghị quyết Đại hội VII", "hoi_nghi_quan_triet", "2020-09-10",
                         "2020-2025"),
                _meeting("d-3", "Hội nghị Ban Chấp hành lần thứ 2", "hoi_nghi_bch", "2020-09-10", "2020-2025")]

    def papers(self, kind):
        return [Resolution("r-7", "Nghị quyết Đại hội Đảng bộ huyện lần thứ VII", Source("d-1.txt", 3), None, None,
                           None, "2020-2025", meeting_id="d-1", mentions=[
                               Mention("d-2", Source("d-2.txt", 2), "quán triệt"),
                               Mention("d-3", Source("d-3.txt", 2), "triển khai thực hiện")])] \
            if kind == "resolution" else []


def test_two_steps_of_a_resolution_s_life_on_one_day_are_both_seen():
    catalog = Catalog(SameDay(), Filters.parse(resolution="nghi quyet dai hoi dang bo huyen lan thu VII"))
    text = page(picture(timeline(catalog), catalog), columns(resolution="x"))
    steps = [shape for _, shape in drawn_marks(text) if shape[0] == "circle"]
    assert len(steps) == 3
    assert apart([centre(s) for s in steps]) >= 12  # a step is 12 pixels across


def test_the_page_s_headings_are_in_one_language():
    text = page(drawn(), columns())
    headings = re.findall(r'<th colspan="\d+" scope="rowgroup">([^<]*)</th>', text)
    assert headings == ["Term 2015-2020", "Term 2020-2025", "Term 2021-2026", "No known date"]
    assert "Nhiệm kỳ" not in text


def test_inferred_upcoming_and_mentioned_meetings_are_drawn_apart():
    marks = drawn_marks(page(drawn(), columns()))
    assert {tag for _, (tag, _) in marks} == {"use"}  # <a><title/><use/></a>
    classes = {meeting: attrs.get("class", "") for meeting, (_, attrs) in marks}
    assert classes["m-2"] == ""  # held, its day written
    assert classes["m-3"] == "i"  # its date inferred: hollow
    assert classes["m-7"] == "u"  # upcoming: dashed
    assert "n" in classes["m-8"].split()  # only mentioned: faint


def test_two_thousand_meetings_make_a_page_under_two_megabytes():
    """Each with a chair, two resolutions of 90 letters and a date inferred or not: about
    what a generated corpus holds (bench/generate.py: 1.4 MB for its first 2,000)."""
    resolutions = [f"Nghị quyết số {n:02d}-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội "
                   "giai đoạn 2021-2025" for n in range(2)]
    meetings = [Meeting(f"m-{i:010x}", f"Hội nghị Ban Chấp hành Đảng bộ tỉnh Thừa Thiên Huế lần thứ {i}, khóa XVI",
                        Source(f"thua-thien-hue/{i:06d}.txt", 12), ("hoi_nghi_bch", "hoi_nghi_btv", "dai_hoi")[i % 3],
                        None, "Thừa Thiên Huế", i, "XVI", "2020-2025",
                        DateValue(f"{2010 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}", "day", i % 2 == 0,
                                  "'ngày 14/7', in 2023: the years the article names: năm 2023; quý III năm 2023"),
                        True, people=[Participant("p-1", "Nguyễn Văn Thành", ["chủ trì"])],
                        resolutions=["r-1", "r-2"]) for i in range(2000)]

    class Many(Records):
        def meetings(self):
            return meetings

        def papers(self, kind):
            return [Resolution(f"r-{n + 1}", label, Source("a.txt", 1), None, None, None, None)
                    for n, label in enumerate(resolutions)] if kind == "resolution" else []

    catalog = Catalog(Many(), Filters())
    text = page(picture(timeline(catalog), catalog), columns())
    assert len(Page(text).marked()) == 2000
    assert len(text.encode()) < 2_000_000


def test_the_page_is_written_whole_or_a_one_line_error(tmp_path):
    target = tmp_path / "timeline.html"
    target.write_text("the page before")
    done = invoke(["timeline", "--html", str(tmp_path / "no-such-folder" / "t.html")], tmp_path / "cache")
    assert done.code == 2 and done.stdout == ""
    assert done.stderr_lines == [f"nghiquyet: error: cannot write {tmp_path / 'no-such-folder' / 't.html'}: "
                                 "No such file or directory"]
    done = invoke(["timeline", "--html", str(tmp_path)], tmp_path / "cache")
    assert done.code == 2 and len(done.stderr_lines) == 1 and "Is a directory" in done.stderr
    assert invoke(["timeline", "--html", str(target)], tmp_path / "cache").code == 0
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "timeline.html"]  # nothing half-written left


@pytest.mark.parametrize("args", [["--html", "t.html", "--json"], ["--chart", "--jsonl"],
                                  ["--html", "t.html", "--chart"], ["--html", "t.html", "--csv"]])
def test_drawing_with_json_or_both_drawings_is_a_one_line_error(tmp_path, args):
    done = invoke(["timeline", *args], tmp_path / "cache")
    assert done.code == 2 and len(done.stderr_lines) == 1 and done.stdout == ""


# -- in a browser --------------------------------------------------------------------------------

def chromium() -> str:
    """Chromium, which CI installs (.ci/run); elsewhere its absence skips these tests."""
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs the Debian package chromium")
    pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")


def headless(*args: str, tmp_path: Path) -> None:
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={tmp_path / 'profile'}", *args], capture_output=True, timeout=120, check=True)


def read_png(path: Path) -> tuple[int, int, list[bytearray]]:
    """Width, height and rows of RGB(A) bytes of an 8-bit, non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, compressed = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed += body
    assert depth == 8 and colour in (2, 6) and interlace == 0
    size = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(compressed), width * (3 if colour == 2 else 4)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        _unfilter(kind, line, previous, size)
        rows.append(line)
        previous = line
    return width, height, [row if size == 3 else _rgb(row) for row in rows]


def _unfilter(kind: int, line: bytearray, previous: bytearray, size: int) -> None:
    for i in range(len(line)):
        left = line[i - size] if i >= size else 0
        up, corner = previous[i], previous[i - size] if i >= size else 0
        if kind == 1:
            line[i] = (line[i] + left) & 255
        elif kind == 2:
            line[i] = (line[i] + up) & 255
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 255
        elif kind == 4:
            guess = left + up - corner
            near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner))
            line[i] = (line[i] + near[2]) & 255


def _rgb(row: bytearray) -> bytearray:
    return bytearray(b for i, b in enumerate(row) if i % 4 != 3)


def pixels_near(rows: list[bytearray], colour: tuple[int, int, int], within: int = 40) -> int:
    return sum(1 for row in rows for i in range(0, len(row), 3)
               if all(abs(row[i + k] - colour[k]) <= within for k in range(3)))


def test_a_browser_draws_the_page_with_its_marks(seeds_pages, tmp_path):
    path, _, _ = seeds_pages["all"]
    shot = tmp_path / "page.png"
    headless(f"--screenshot={shot}", "--window-size=900,600", path.as_uri(), tmp_path=tmp_path)
    width, height, rows = read_png(shot)
    assert (width, height) == (900, 600)
    drawn_pixels = sum(1 for row in rows for i in range(0, len(row), 3) if min(row[i:i + 3]) < 235)
    assert drawn_pixels > 0.05 * width * height
    assert pixels_near(rows, (0xC8, 0x43, 0x00)) > 20  # a congress's mark (render/timeline.html)
    assert pixels_near(rows, (0x00, 0x80, 0x5C)) > 20  # a standing committee's


class Wide(Records):
    """A congress every year from 2000 to 2026, the last year's a standing committee's
    meeting too, eighty plenums in 2001 (a busy year needs room), and ten sessions of no
    known year: drawn at its natural size, wider than a 1,400-pixel window."""

    def meetings(self):
        congresses = [_meeting(f"w-{year}", f"Đại hội lần {year}", "dai_hoi", f"{year}-06-01", None)
                      for year in range(2000, 2027)]
        busy = [_meeting(f"b-{i}", f"Hội nghị số {i}", "hoi_nghi", f"2001-{1 + i % 12:02d}-{1 + i % 28:02d}", None)
                for i in range(80)]
        last = [_meeting("w-last", "Hội nghị Ban Thường vụ cuối năm", "hoi_nghi_btv", "2026-12-20", None)]
        sessions = [_meeting(f"s-{i}", f"Kỳ họp thứ {i}", "ky_hop", None, None) for i in range(10)]
        return congresses + busy + last + sessions


@pytest.mark.parametrize("window", [1400, 1024])
def test_a_wide_picture_fits_the_window(tmp_path, window):
    catalog = Catalog(Wide(), Filters())
    path = tmp_path / "wide.html"
    path.write_text(page(picture(timeline(catalog), catalog), columns()), encoding="utf-8")
    shot = tmp_path / "wide.png"
    headless(f"--screenshot={shot}", f"--window-size={window},900", path.as_uri(), tmp_path=tmp_path)
    width, _, rows = read_png(shot)
    top = next(y for y, row in enumerate(rows) if pixels_near([row], (0xDD, 0xDD, 0xDD), 4) > 0.8 * width)
    chart = rows[top:]  # the chart's box (its border), below the legend's marks
    assert pixels_near(chart, (0x00, 0x80, 0x5C), 20) > 20  # the last year's meeting
    assert pixels_near(chart, (0xB9, 0x7C, 0x00), 20) > 20  # the sessions of no known year


def test_the_page_prints_on_a4(seeds_pages, tmp_path):
    path, _, _ = seeds_pages["person"]
    pdf = tmp_path / "page.pdf"
    headless(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", path.as_uri(), tmp_path=tmp_path)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
    assert boxes and all(round(float(w)) == 842 and round(float(h)) == 595 for w, h in boxes)  # A4 landscape


# -- on a terminal -------------------------------------------------------------------------------

class Crowded(Records):
    """Plenums every five years from ``first``, and in 2020 four, seven, eight and seven
    meetings two months apart: on a short axis, marks in neighbouring columns."""

    def __init__(self, first: int):
        self.first = first

    def meetings(self):
        plenums = [_meeting(f"d-{year}", f"Đại hội lần {year}", "dai_hoi", f"{year}-10-01", f"{year}-{year + 5}")
                   for year in range(self.first, 2025, 5)]
        crowd = [_meeting(f"c-{month}-{i}", f"Hội nghị tháng {month} số {i}", "hoi_nghi_btv",
                          f"2020-{month:02d}-{i + 1:02d}", "2020-2025")
                 for month, count in ((1, 4), (3, 7), (5, 8), (7, 7)) for i in range(count)]
        return plenums + crowd


def crowded_chart(first: int, width: int = 80) -> list[str]:
    out = io.StringIO()
    catalog = Catalog(Crowded(first), Filters.parse())
    draw(Console(file=out, width=width, color_system=None, force_terminal=False),
         picture(timeline(catalog, include_mentioned=True), catalog))
    return out.getvalue().splitlines()


def test_counts_in_neighbouring_columns_do_not_run_together():
    (row,) = [line for line in crowded_chart(2015) if line.startswith("Hội nghị BTV")]
    marks = row[16:]
    assert not re.search(r"[\d+][\d+]", marks), row  # "4787" would read as one number
    assert len(re.findall(r"[\d+]", marks)) >= 2, row  # the months still apart where the columns allow


def test_a_band_too_short_for_its_term_shows_it_shortened():
    (terms,) = [line for line in crowded_chart(1990) if line.startswith("terms")]
    assert "95-00" in terms and "1995-2000" not in terms, terms


def test_the_chart_at_80_columns_is_the_golden_one():
    """Drawn again with: python -c 'import test_timeline_picture as t; print(t.golden(), end="")' from tests/."""
    assert golden() == GOLDEN.read_text(encoding="utf-8")


def golden() -> str:
    return "".join(f"$ timeline --chart {name}\n{chart_text(80, **filters)}\n" for name, filters in (
        ("--all", {}), ("--person 'tran van an'", {"person": "tran van an"}),
        ("--resolution 'nghi quyet dai hoi XX'", {"resolution": "nghi quyet dai hoi dang bo tinh lan thu XX"})))


@pytest.mark.parametrize("width", [40, 80, 200])
def test_the_chart_fits_the_width(width):
    lines = chart_text(width).splitlines()
    assert max(len(line) for line in lines) <= width
    assert sum(line.startswith("terms") for line in lines) == 1


def test_piped_the_chart_is_the_ordinary_timeline(tmp_path):
    plain = invoke(["timeline", "--all"], tmp_path / "cache")
    charted = invoke(["timeline", "--all", "--chart"], tmp_path / "cache")
    assert charted.code == plain.code == 0 and charted.stdout == plain.stdout


def test_on_a_terminal_the_chart_is_drawn_to_its_width(tmp_path):
    done = run_in_terminal(["timeline", "--all", "--chart", "--color", "never"], tmp_path / "cache", columns=100)
    lines = done.stdout.splitlines()
    assert done.code == 0 and lines[0].startswith("Timeline: 9 meetings")
    assert any(line.startswith("terms") for line in lines) and "Hội nghị Ban Thường vụ" not in done.stdout
    assert max(len(line) for line in lines) <= 100

