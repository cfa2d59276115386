"""Dates as articles write them, and the year an article is about when none is written.

Forms: ``31/10/2019``, ``ngày 23-10-2024``, ``ngày 5 tháng 8 năm 2023``, ``ngày 31/10``,
``sáng 12/1``, ``chiều 16 và sáng 17.10``, ``tháng 9/2020``, ``quý II/2024``,
``năm 2021``. A day that a month does not have (``31/02``) is not a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..lexicon import (
    DATE_CONTEXTS,
    DAY_RELATIVE,
    DAY_WORD,
    LETTER,
    NEW_PERIODS,
    RELATIVE_DAYS,
    SAME_DAY,
    SAME_DAY_MARKED,
    SPAN_JOINS,
    SPAN_OPENERS,
    TIMES_OF_DAY,
    WEEKDAYS,
    WORD_CHAR,
    alternation,
)
from ..models import DateValue
from ..ordinals import from_roman
from .page import Page

_RELATIVE = alternation(RELATIVE_DAYS)


_DAY_CUES = (DAY_WORD, *(f"{DAY_WORD} {word}" for word in DAY_RELATIVE), *TIMES_OF_DAY,
             *(f"{time} {word}" for time in TIMES_OF_DAY for word in (*RELATIVE_DAYS, DAY_WORD)))


def _day_cue(not_after: str | None = None, openers: tuple[str, ...] = ()) -> str:
    """One trie of every cue (and the ``openers`` of a span): a pattern that opens on it lets the
    regex engine jump to the letters its words start with instead of trying every position."""
    return alternation((*_DAY_CUES, *openers), not_after, space=r"\s+")


# What stands before a day: "ngày 5/8", "sáng 12/1", "sáng nay (16/10)", "ngày mai (28/10)";
# not "vượt qua 2/3".
DAY_CUE = _day_cue()
# The same after no letter; a stamp's digits may run into it: "14/12/2021Ngày 13/12".
_CUE = _day_cue(LETTER)
_CUE_OR_OPENER = _day_cue(LETTER, SPAN_OPENERS)  # "từ 12-14/10"
_RELATIVE_CUE = alternation([f"{time} {word}" for time in TIMES_OF_DAY for word in RELATIVE_DAYS], LETTER,
                            space=r"\s+")
# A number's first digit, after no digit, slash, dot, comma or dash; the check follows
# the digit so that the pattern opens on it (see ``alternation``).
_FIRST_DIGIT = r"\d(?<![\d/.,-]\d)"
_SEP = r"\s*[/.-]\s*"
_PATTERNS = (  # most specific first: a later match inside an earlier one is dropped
    ("range", re.compile(  # "từ ngày 30/9 đến hết ngày 2/10/2020": the days a meeting lasts, each with its month
        rf"{_CUE_OR_OPENER}\s*\(?\s*(?:{DAY_CUE}\s+)?(?P<day>\d{{1,2}}){_SEP}"
        rf"(?P<month>\d{{1,2}})\s*{alternation(SPAN_JOINS)}\s*(?:{DAY_CUE}\s+)?(?P<day2>\d{{1,2}}){_SEP}"
        rf"(?P<month2>\d{{1,2}})(?:{_SEP}(?P<year>\d{{4}}))?(?![\d/])")),
    ("range", re.compile(
        rf"{_CUE_OR_OPENER}\s*\(?\s*(?P<day>\d{{1,2}})\s*(?:va|den|-|,)\s*"
        rf"(?:{DAY_CUE}\s+)?(?P<day2>\d{{1,2}})"
        rf"{_SEP}(?P<month>\d{{1,2}})(?:{_SEP}(?P<year>\d{{4}}))?(?![\d/])")),
    ("day", re.compile(
        rf"(?P<day>{_FIRST_DIGIT}\d?)\s*(?P<s>[/.-])\s*(?P<month>\d{{1,2}})\s*(?P=s)\s*(?P<year>\d{{4}})"
        r"(?![\d/])")),
    ("day", re.compile(  # "ngày 5 tháng 8 năm 2023", "từ ngày 12 đến ngày 15 tháng 10 năm 2020"
        rf"{alternation([DAY_WORD], WORD_CHAR)}\s+(?P<day>\d{{1,2}})"
        r"(?:\s*(?:va|den|-)\s*(?:ngay\s+)?(?P<day2>\d{1,2}))?\s+thang\s+"
        r"(?P<month>\d{1,2})(?:\s*(?:,\s*)?nam\s+(?P<year>\d{4}))?")),
    ("day", re.compile(rf"{_CUE}\s*\(?\s*(?P<day>\d{{1,2}})\s*[/.-]\s*(?P<month>\d{{1,2}})"
                       r"(?![\d/]|[.-]\d)\)?")),
    # "Sáng nay, 4-3, ...": the day after a relative one and a comma, a clause of its own
    ("day", re.compile(rf"{_RELATIVE_CUE}\s*,\s*(?P<day>\d{{1,2}})\s*[/.-]\s*(?P<month>\d{{1,2}})(?=\s*,)")),
    # "tháng 9/2020", "tháng 1.2018"
    ("month", re.compile(r"thang(?<!\wthang)\s+(?P<month>\d{1,2})\s*(?:/|-|\.|nam)\s*(?P<year>\d{4})\b")),
    # "9/2020", not a paper's number "03/2022/NQ-HĐND"
    ("month", re.compile(rf"(?P<month>{_FIRST_DIGIT}\d?)/(?P<year>\d{{4}})\b(?!\s*[-/]\s*[a-z])")),
    ("quarter", re.compile(r"quy(?<!\wquy)\s+(?P<quarter>iv|iii|ii|i|[1-4])\s*(?:/|-|nam)\s*(?P<year>\d{4})\b")),
    ("year", re.compile(r"nam(?<!\wnam)\s+(?P<year>\d{4})\b(?!\s*-\s*\d{4})")),
    # "năm học mới 2023 - 2024": the year the new period opens
    ("year", re.compile(rf"{alternation(NEW_PERIODS, WORD_CHAR)}\s+(?P<year>\d{{4}})(?=\s*-\s*\d{{4}}\b)")),
)
_YEAR_RANGE = re.compile(r"(?P<a>\d(?<!\w\d)\d{3})\s*-\s*(?P<b>\d{4})\b")
# A paper's number right before a date makes the date the paper's: "18-NQ/TW ngày ...",
# "03/2022/NQ-HĐND ngày ...".
_PAPER_NUMBER = r"\d+(?:\s*/\s*\d{4})?(?:\s*[-/]\s*[a-z]+){2,}"
_DOCUMENT_BEFORE = re.compile(rf"{_PAPER_NUMBER}\s*(?:,\s*)?\(?\s*(?:ngay\s*)?$")


_CUE_REACH = 90  # characters before a date that may say what it is: a plan's, a review's, a deadline
_CONTEXT_BEFORE = {  # the words that end the text before a date
    "deadline": re.compile(rf"\b{alternation(DATE_CONTEXTS['deadline'])}\s+(?:ngay\s*)?$"),  # "trước ngày"
    "target": re.compile(rf"\b{alternation(DATE_CONTEXTS['target'])}\s*$"),
    "current": re.compile(rf"\b{alternation(DATE_CONTEXTS['current'])}\s*$"),
    "current_year": re.compile(rf"\b{alternation(DATE_CONTEXTS['current_year'])}\s*$"),
    "birth": re.compile(rf"\b{alternation(DATE_CONTEXTS['birth'])}\s*$"),
    "planned": re.compile(rf"\b(?:(?P<cue>{alternation(DATE_CONTEXTS['planned'])})\s*"
                          rf"|(?P<ahead>{alternation(DATE_CONTEXTS['planned_ahead'])})"
                          r"\b[^.;,\n]{0,40})$"),
    # "tổng kết ... năm 2021"
    "reviewed": re.compile(rf"\b(?P<cue>{alternation(DATE_CONTEXTS['reviewed'])})\b[^.;\n]{{0,{_CUE_REACH - 20}}}$"),
}
_SAME_DAY = re.compile(rf"{alternation(SAME_DAY, WORD_CHAR)}\b")
_SAME_DAY_MARKED = re.compile(rf"{alternation(SAME_DAY_MARKED, WORD_CHAR)}\b")  # on the normalised text
_RELATIVE_DAY = re.compile(rf"(?:{alternation(TIMES_OF_DAY, WORD_CHAR)}\s+(?P<which>{_RELATIVE})"
                           rf"|{alternation([DAY_WORD], WORD_CHAR)}\s+(?P<day>{alternation(DAY_RELATIVE)}))"
                           r"\b(?!\s*\(?\s*\d|\s*,\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*,)")
_SHIFTS = dict(zip(RELATIVE_DAYS, (0, -1, 1), strict=True))  # nay, qua, mai
_TOP_LINES = 10  # a page stamps its date within its first lines (after menus, headline, lead-in)
_CLOCK_AFTER = re.compile(r"\s*,?\s*(?:luc\s*)?\d{1,2}\s*[:h]\s*\d{2}\b")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?\s*,?\s*$")  # "04:35 15/03/2016"
_GLUED_AFTER = re.compile(r"[^\W\d_]")  # "14/12/2021Ngày 13/12, ...": a stamp run into the first line
_WEEKDAY_BEFORE = re.compile(rf"\b{alternation(WEEKDAYS)}\s*,?\s*$")
EARLY_MONTHS = 3  # a meeting in January to March reviews the year before and plans this one
MEETING_DAYS = 7  # the longest a meeting lasts: a longer span is a period


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    form: str  # range, day, month, quarter, year
    year: int | None
    month: int | None
    day: int | None
    context: str  # event, deadline, document, target, current, planned, reviewed
    written: str
    relative: bool = False  # "hôm nay", "chiều qua": counted from the page's date
    last_day: int | None = None  # of a span: "từ ngày 4 đến 6/12"
    last_month: int | None = None  # of a span into the next month: "từ ngày 30/9 đến 2/10"

    def value(self, year: int | None = None) -> DateValue:
        """As a DateValue; ``year`` completes a day or month written without one, and a day
        and month that nothing dates stay a day and month (``--10-16``). A span gives its
        first day, and its last as ``until``."""
        year = self.year or year
        if year is None:
            if self.day and valid_day(None, self.month, self.day):
                return DateValue(f"--{self.month:02d}-{self.day:02d}", "month_day", until=self._until("-"))
            return DateValue()
        if self.relative:
            return DateValue(f"{year:04d}-{self.month:02d}-{self.day:02d}", "day", True,
                             f"'{self.written}', counted from the page's date")
        if self.day and valid_day(year, self.month, self.day):
            return DateValue(f"{year:04d}-{self.month:02d}-{self.day:02d}", "day", self.year is None,
                             until=self._until(f"{year:04d}"))
        inferred = self.year is None
        if self.month and self.form != "quarter":
            return DateValue(f"{year:04d}-{self.month:02d}", "month", inferred)
        return DateValue(f"{year:04d}", "year", inferred)


    def _until(self, year: str) -> str | None:
        month = self.last_month or self.month
        valid = self.last_day and (month, self.last_day) > (self.month, self.day or 0) and valid_day(
            None if year == "-" else int(year), month, self.last_day)
        return f"{year}-{month:02d}-{self.last_day:02d}" if valid else None


def valid_day(year: int | None, month: int | None, day: int | None) -> bool:
    if not month or not 1 <= month <= 12 or not day:
        return False
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]  # 2000: 29/2 may be


def find_dates(page: Page) -> list[DateMention]:
    text = page.folded
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for form, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            mention = _mention(page, form, match)
            if mention:
                found.append(mention)
                taken.append(span)
    found.sort(key=lambda d: d.start)
    return sorted(found + _same_days(page, found), key=lambda d: d.start)


def _same_days(page: Page, dates: list[DateMention]) -> list[DateMention]:
    """``Cùng ngày``, ``ngay sau đó``: the day of the date written last before it."""
    same = []
    for match in (*_SAME_DAY.finditer(page.folded), *_SAME_DAY_MARKED.finditer(page.normalised)):
        before = [d for d in dates if d.end <= match.start() and d.day and d.context == "event"]
        if before:
            day = before[-1]
            same.append(DateMention(match.start(), match.end(), "day", day.year, day.month, day.day, "event",
                                    page.written(*match.span())))
    return same


def publication_date(page: Page, dates: list[DateMention]) -> DateMention | None:
    """The date a page stamps at its top, with the time or the weekday beside it, on a
    line of its own, or run into the line it opens (``12/08/2024 09:15``, ``09:15 12/08/2024``,
    ``Thứ Hai, 12/08/2024``, ``12/08/2024Ngày 11/8, ...``): when it was written. A stamp on the page's
    first line with another below it is the site's clock, above the article's headline."""
    lines = page.paragraphs[:_TOP_LINES]
    top = page.line_span(lines[-1])[1] if lines else 0
    stamps = [d for d in dates if d.start < top and d.year and d.day and _stamped(page, d)][:2]
    if len(stamps) == 2 and page.line_of(stamps[0].start) == lines[0] < page.line_of(stamps[1].start):
        return stamps[1]
    return stamps[0] if stamps else None


def _stamped(page: Page, date: DateMention) -> bool:
    text, (start, end) = page.folded, (date.start, date.end)
    line = text[slice(*page.line_span(page.line_of(start)))].strip()
    return bool(_CLOCK_AFTER.match(text, end) or _CLOCK_BEFORE.search(text, max(0, start - 12), start)
                or line == text[start:end]
                or _GLUED_AFTER.match(text, end) and line.startswith(text[start:end])
                or _WEEKDAY_BEFORE.search(text, max(0, start - 16), start))


def relative_days(page: Page, published: DateMention | None) -> list[DateMention]:
    """``Hôm nay``, ``chiều qua``, ``sáng mai`` with no date beside them: days counted from
    the page's publication date."""
    if published is None:
        return []
    found = []
    for match in _RELATIVE_DAY.finditer(page.folded):
        shift = _SHIFTS[match["which"] or match["day"]]
        day = dt.date(published.year, published.month, published.day) + dt.timedelta(days=shift)
        before = page.folded[max(0, match.start() - 40):match.start()]
        found.append(DateMention(match.start(), match.end(), "day", day.year, day.month, day.day,
                                 _context(before, "day"), page.written(*match.span()), relative=True))
    return found


def year_near(day: DateMention, published: DateMention) -> int:
    """The year that puts a day and month nearest the publication date."""
    def distance(year: int) -> int:
        return abs((year - published.year) * 372 + (day.month - published.month) * 31 + day.day - published.day)
    return min((published.year - 1, published.year, published.year + 1), key=distance)


def year_after_papers(day: DateMention, dates: list[DateMention]) -> tuple[int, str] | None:
    """The first year in which a day and month fall on or after the latest paper of ``dates``
    (those of the day's sentence), and why: a meeting takes up papers already issued
    ("quán triệt Kế hoạch số 45-KH/TU, ngày 3/6/2021")."""
    papers = [d for d in dates if d.context == "document" and d.year and d.month and d.day]
    if not papers or not day.month or not day.day:
        return None
    latest = max(papers, key=lambda d: (d.year, d.month, d.day))
    year = latest.year + ((day.month, day.day) < (latest.month, latest.day))
    return year, f"on or after the latest paper its sentence dates ({latest.written})"


def _mention(page: Page, form: str, match: re.Match) -> DateMention | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if year is not None and not 1900 <= year <= 2100:
        return None
    month = int(groups["month"]) if groups.get("month") else None
    if form == "quarter":
        quarter = int(groups["quarter"]) if groups["quarter"].isdigit() else from_roman(groups["quarter"].upper())
        month = 3 * quarter - 2
    day = int(groups["day"]) if groups.get("day") else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not valid_day(year, month, day):
        return None
    start, end = match.span()
    before = page.folded[max(0, start - _CUE_REACH):start]
    last_day = int(groups["day2"]) if groups.get("day2") else None
    last_month = int(groups["month2"]) if groups.get("month2") else None
    if last_month and not _lasts_days(year, month, day, last_month, last_day):
        return None  # "từ ngày 1/7 đến 31/12": a period, not the days of a meeting
    form = "range" if last_day else form
    return DateMention(start, end, form, year, month, day, _context(before, form), page.written(start, end),
                       last_day=last_day, last_month=last_month)


def _lasts_days(year: int | None, month: int, day: int, last_month: int, last_day: int) -> bool:
    """Whether a span from one day to another (of the same year, or into the next) is as long
    as a meeting lasts."""
    if not valid_day(year, last_month, last_day):
        return False
    first = dt.date(year or 2000, month, day)
    last = dt.date((year or 2000) + (last_month < month), last_month, last_day)
    return 0 < (last - first).days <= MEETING_DAYS


def _context(before: str, form: str) -> str:
    if _DOCUMENT_BEFORE.search(before):
        return "document"
    if _CONTEXT_BEFORE["birth"].search(before):
        return "birth"
    if form == "range":  # "từ ngày 9 đến ngày 10/5": the days it lasts
        return "event"
    if _CONTEXT_BEFORE["deadline"].search(before):
        return "deadline" if form != "year" else "target"
    for context in ("target", "current"):
        if (form == "year" or context == "current") and _CONTEXT_BEFORE[context].search(before):
            return context
    if form == "year" and _CONTEXT_BEFORE["current_year"].search(before):
        return "current"
    if form == "year":  # the cue nearer the year tells: "đánh giá kết quả thực hiện kế hoạch năm 2020"
        cues = [(span[1], span[1] - span[0], context) for context in ("planned", "reviewed")
                if (span := _last_cue(_CONTEXT_BEFORE[context], before))]
        if cues:
            return max(cues)[2]
    return "event"


def _last_cue(pattern: re.Pattern, before: str) -> tuple[int, int] | None:
    """The span of the last cue that ``pattern`` finds before a date."""
    found, at = None, 0
    while (match := pattern.search(before, at)) is not None:
        found, at = match.span(match.lastgroup), match.start() + 1
    return found


def year_ranges(page: Page) -> list[tuple[int, int, int, int]]:
    """``(start, end, first_year, last_year)`` of every ``2020-2025`` in the article."""
    return [(m.start(), m.end(), int(m["a"]), int(m["b"])) for m in _YEAR_RANGE.finditer(page.folded)
            if 0 < int(m["b"]) - int(m["a"]) <= 10]


def likely_year(dates: list[DateMention], within: tuple[int, int] | None = None, month: int | None = None
                ) -> tuple[int, str] | None:
    """The year the article speaks from, judged by the years it names, and why.

    A year named as the present (``từ nay đến hết năm 2021``) counts most, a deadline
    or a dated event next, a plain ``năm 2021`` once; directions set for a year
    (``phương hướng, nhiệm vụ năm 2022``) point at the year before, unless the meeting
    is known to fall early in a year (``month``), when they point at that year and a
    year under review (``tổng kết năm 2021``) at the one after. Targets do not count.
    """
    early = month is not None and month <= EARLY_MONTHS
    votes: Counter[int] = Counter()
    for date in dates:
        if date.year is None or date.context in ("target", "document", "birth"):
            continue
        weight = {"current": 5, "deadline": 2, "event": 2 if date.form != "year" else 1}.get(date.context, 1)
        shift = {"planned": 0 if early else -1, "reviewed": 1 if early else 0}.get(date.context, 0)
        votes[date.year + shift] += weight * (2 if shift else 1)
    if within:
        votes = Counter({y: v for y, v in votes.items() if within[0] <= y <= within[1]})
    if not votes:
        return None
    best = max(votes.values())
    year = min(y for y, v in votes.items() if v == best)  # a tie goes to the earlier year
    named = [d.written for d in dates if d.year in (year - 1, year, year + 1) and d.context not in (
        "target", "document", "birth")]
    return year, "the years the article names: " + "; ".join(dict.fromkeys(named))
