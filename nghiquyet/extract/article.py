"""From one article to its records: the meeting it reports, the meetings it only names,
its people, resolutions, documents and sentences.

The article's own meeting is the one its anaphora points at (``Tại hội nghị``, ``bế mạc
Đại hội``) and that it does not speak of as prepared, awaited or quoted. Its date and
term come from the text next to it when written, else from the rest of the article,
and then say so (``inferred``, ``basis``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

from ..lexicon import (
    COMMITTEE_ELECTIONS,
    COMMITTEE_OFFICES,
    COMMITTEES,
    DISSEMINATES,
    DOCUMENT_TYPES,
    FAMILY_TYPES,
    GENERIC_BODIES,
    HANDING_OVER,
    LOCAL_BRIDGES,
    MEETING_LABEL_WORDS,
    MEETING_WORDS,
    PLENUM_SIGNS,
    PROVINCE_BY_KEY,
    PROVINCE_CUES,
    PROVINCES_NAMED_AFTER_PEOPLE,
    SESSION_HOLDER,
    WORD_CHAR,
    alternation,
)
from ..merge import merge_paper, merge_unnamed
from ..models import (
    Attendance,
    DateValue,
    Meeting,
    Mention,
    Participant,
    Person,
    Resolution,
    Source,
    TitleHeld,
    UnnamedRole,
    record_id,
)
from ..ordinals import from_roman, to_roman
from ..text import fold, normalise
from .dates import (
    DateMention,
    find_dates,
    likely_year,
    publication_date,
    relative_days,
    year_after_papers,
    year_near,
    year_ranges,
)
from .meetings import MeetingMention, canonical_body, find_meetings
from .page import Page
from .people import find_byline, find_people
from .resolutions import UNKNOWN_LEVEL, PaperMention, find_papers, paper_family

TERM_YEARS = 5
_YEAR_FORMS = ("month", "quarter", "year")  # dates that give a year without a day
_BRACKET_AFTER = re.compile(r"\s*\((?P<inside>[^()\n]{1,80})\)")
NEW_TERM_MONTH = 11  # provincial congresses end by October: later meetings of that year open the new term
FIRST_MEETINGS = 3  # plenums and standing-committee meetings numbered this low follow a congress
CONGRESS_TIED = ("dai_hoi", "hoi_nghi_quan_triet")  # held when a term opens, or just after
FIRST_OF_TERM = ("hoi_nghi_bch", "hoi_nghi_btv")  # their first meeting follows the congress that opens the term
FIRST_SESSIONS = 2  # a council holds its first two sessions in the year its term opens
# Meetings that take up papers just issued: the latest paper dated bounds their year, as it
# does for one that hands a paper over (HANDING_OVER). Others review or amend papers years
# old ("tổng kết thực hiện Nghị quyết số 10-NQ/TW ngày 18/1/2002").
TAKES_UP_NEW_PAPERS = ("hoi_nghi_quan_triet",)
_HANDS_OVER = re.compile(rf"{alternation(HANDING_OVER, WORD_CHAR)}\s+(?:cac\s+)?"
                         rf"{alternation([fold(t) for t in (*DOCUMENT_TYPES, 'Nghị quyết')])}\b")
# The Party's national congresses since the sixth, in 1986, meet every five years and open
# the term they are held in: the Nth opens the one from 1986 + 5 × (N - 6).
NATIONAL_CONGRESS = (6, 1986)
_PROVINCES = re.compile(rf"({alternation(PROVINCE_BY_KEY, WORD_CHAR)})(?!\w)")
_LOCAL_BRIDGE = re.compile(alternation(LOCAL_BRIDGES, WORD_CHAR))
_PROVINCE_CUE = re.compile(rf"(?<!\w){alternation(PROVINCE_CUES)}\s*\.?\s*$")
# Between two provinces of a list: "các tỉnh Gia Lai, Kon Tum và Đắk Lắk", "Hà Nội và Thành phố Hồ Chí Minh".
_LISTED_WITH = re.compile(rf"\s*(?:,|và)\s*(?:{alternation(PROVINCE_CUES)}\s*\.?\s*)?")
_DISSEMINATION = alternation(DISSEMINATES)
_CONFERENCE = alternation(w for w, family in MEETING_WORDS.items() if family == "hoi nghi")
_DISSEMINATES = re.compile(rf"\b(?:{_CONFERENCE} (?:[a-z]+\W+){{0,8}}?(?:hoc tap\W+(?:va\W+)?)?{_DISSEMINATION}|"
                           rf"(?:duoc|da|hoc tap,?(?: va)?) {_DISSEMINATION} nghi quyet)"
                           rf"|^(?:hoc tap, )?{_DISSEMINATION}\b")
_PLENUM = re.compile(rf"\b{alternation(PLENUM_SIGNS)}\b|\b{alternation(COMMITTEE_ELECTIONS)}\b[^.;:\n]{{0,30}}?"
                     rf"\b{alternation(COMMITTEE_OFFICES)}\b")
_KHOA_BEFORE_TERM = re.compile(r"\bkhoa\s+(?P<khoa>[ivxlcdm]+)\s*,?\s*nhiem ky\s*\(?\s*$")
_NATIONAL_TERM_BODIES = re.compile(r"^(?:dang|hoi dong nhan dan.*|quoc hoi)$")

@dataclass(frozen=True, slots=True)
class Sentence:
    line: int
    start: int  # offsets within the line as written
    end: int
    folded: str
    page: int | None = None  # of a PDF


@dataclass(slots=True)
class ArticleFacts:
    file: str
    meetings: list[Meeting] = field(default_factory=list)  # the reported one first
    people: list[Person] = field(default_factory=list)
    papers: list[Resolution] = field(default_factory=list)  # resolutions and documents
    sentences: list[Sentence] = field(default_factory=list)
    province: str | None = None


def extract(file: str, text: str, first_line: int = 1, published: dt.date | None = None,
            page_starts: tuple[int, ...] = ()) -> ArticleFacts:
    """The records of an article: a file, or the part of a file that starts at ``first_line``.
    ``published``: the date the file's metadata gives it (a saved page's), which dates it
    as a publication line at its top would; ``page_starts``: the line each page of a PDF
    begins on, for its sources to name the page."""
    return _Extraction(file, text, first_line, published, page_starts).facts


@dataclass(slots=True)
class _Group:
    """The mentions of one meeting in the article."""

    mentions: list[MeetingMention]

    @property
    def first(self) -> MeetingMention:
        return self.mentions[0]

    def value(self, attribute: str):
        return next((getattr(m, attribute) for m in self.mentions if getattr(m, attribute)), None)

    @property
    def type(self) -> str:
        """The type its mentions give, a body's over a conference named by no body."""
        return next((m.type for m in self.mentions if not _untyped(m)), self.first.type)

    @property
    def body(self) -> str | None:
        bodies = [m.body for m in self.mentions if m.body]
        # the fullest, preferring one written with its marks to one typed without them
        return max(bodies, key=lambda body: (not body.isascii(), len(body))) if bodies else None

    @property
    def reported(self) -> bool:
        return any(not m.referenced_by_context for m in self.mentions)

    @property
    def national(self) -> bool:
        return any(m.national for m in self.mentions)

    @property
    def nationwide(self) -> bool:
        """Of the whole country, the Party's or an organisation's: of no province."""
        return any(m.national or m.nationwide for m in self.mentions)

    @property
    def upcoming(self) -> bool:
        """Every mention that is neither a paper's source nor a subject spoken about
        ("họp báo về Đại hội ...") announces it."""
        events = [m for m in self.mentions if m.cue not in ("document", "about")]
        return bool(events) and all(m.cue == "upcoming" for m in events)

    @property
    def event(self) -> bool:
        """Spoken of as an event at least once, not only as the source of a paper
        (``Nghị quyết Đại hội XIII``)."""
        return any(m.cue != "document" for m in self.mentions)


@dataclass(frozen=True, slots=True)
class _Dating:
    """What dates a meeting: the date written for it, and what may give that date a year."""

    written: DateMention | None
    type_: str
    term: str | None
    ordinal: int | None
    beside: DateMention | None = None  # a year in the brackets after its name
    subject_term: str | None = None  # the term of the congress it is about


class _Extraction:
    def __init__(self, file: str, text: str, first_line: int = 1, published: dt.date | None = None,
                 page_starts: tuple[int, ...] = ()):
        self.file = file
        self.first_line = first_line
        self.page_starts = page_starts
        self.scope = file if first_line == 1 else f"{file}:{first_line}"  # what file-bound keys hold
        self.page = Page(text)
        self.authors, byline_line = find_byline(self.page)
        self.dates = find_dates(self.page)
        self.published, self.published_basis = _publication(self.page, self.dates, published)
        self.dates = sorted(self.dates + relative_days(self.page, self.published), key=lambda d: d.start)
        self.mentions = find_meetings(self.page)
        self.papers = find_papers(self.page, self.mentions)
        self.people, self.offices = find_people(self.page, byline_line, self.mentions)
        self.province = _article_province(self.page)
        self.groups = _groups([m for m in self.mentions if m.specific])
        self.facts = ArticleFacts(file, province=self.province, sentences=self._sentences())
        self._build()

    def _build(self) -> None:
        primary = self._primary_meeting()
        referenced = [(g, self._referenced_meeting(g)) for g in self.groups if g is not self.primary_group and g.event]
        referenced = [(g, m) for g, m in referenced if m]
        plenum = self._plenum_within(primary) if primary else None
        self.facts.meetings = ([primary] if primary else []) + [m for _, m in referenced] + (
            [plenum] if plenum else [])
        own = [(self.primary_group, primary)] if self.primary_group and primary else []
        named = {m.start: meeting for group, meeting in own + referenced for m in group.mentions}
        self.facts.people = self._people(primary, self._reported_beside(referenced), named)
        self.facts.papers = self._papers(primary)

    def _reported_beside(self, referenced: list[tuple[_Group, Meeting]]) -> dict[int, Meeting]:
        """Paragraphs (by their first position) that report another meeting than the
        article's own: they date it and do not name the article's meeting (a round-up's
        "Ngày 21/10, tại Hội nghị ... tỉnh B, đồng chí X được bầu ..."), or later call it by
        a word only it answers to. People named there were at that meeting; it is held,
        and known by its own id."""
        own = (self.primary_group.mentions if self.primary_group else []) + [
            m for m in self._reporting_anaphora if m.anchor == self.primary_family]
        beside: dict[int, Meeting] = {}
        for group, meeting in referenced:
            day = self._clause_day(group)
            if day is None or group.upcoming:
                continue
            start, end = self._paragraph(day.start)
            if any(start <= m.start < end for m in own) or start in beside or not any(
                    start <= m.start < end and m.cue is None for m in group.mentions):
                continue
            meeting.id, meeting.same_as, meeting.reported = meeting.same_as, None, True
            beside[start] = meeting
            for anaphora in self._anaphora_of(group):  # "Hội nghị cũng đã bầu ...", later on
                start, end = self._paragraph(anaphora.start)
                if not any(start <= m.start < end for m in own):
                    beside.setdefault(start, meeting)
        return beside

    def _paragraph(self, position: int) -> tuple[int, int]:
        return self.page.line_span(self.page.line_of(position))

    # -- the article's own meeting --------------------------------------------------------

    def _primary_meeting(self) -> Meeting | None:
        self.primary_group = group = self._primary_group()
        self.primary_family = family = group.first.anchor if group else self._anaphora()
        if family is None:
            return None
        if group:
            type_, body = group.type, group.body
            if type_ == "hoi_nghi" and self._committee_plenum(group):
                type_ = "hoi_nghi_bch"
            ordinal, khoa, stated_term = group.value("ordinal"), group.value("khoa"), group.value("term")
        else:
            type_ = self._conference_type() if family == "hoi nghi" else FAMILY_TYPES[family]
            ordinal, khoa, stated_term = None, None, None
            # "triệu tập hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng": named by no number, but by its body
            body = next((m.body for m in self.mentions
                         if m.type == type_ and m.body and not (m.referenced_by_context or m.national)), None)
        khoa = _khoa(type_, ordinal, khoa)
        self.primary_ordinal = ordinal
        national = bool(group and group.national)
        term, term_basis = stated_term, None
        if not term and national and khoa:
            term, term_basis = _national_term(from_roman(khoa))
        if not term and khoa:
            term, term_basis = self._term_of_khoa(khoa, body)
        if not term and type_ in CONGRESS_TIED:  # their term does not depend on their date
            term, term_basis = self._infer_term(type_, body, DateValue())
        date = self._meeting_date(group, type_, term)
        if not term:
            term, term_basis = self._infer_term(type_, body, date)
        province = (group.value("province") if group else None) or self.province
        if type_ == "hoi_nghi" and group and group.first.topic and not ordinal:
            label = _capitalised(group.first.name)  # "Hội nghị thông báo nhanh ...", whoever held it
        else:
            label = meeting_label(type_, body, ordinal, khoa, self._fallback_label(type_), national,
                                  self._called(type_, group) if type_ == "hoi_nghi" else None)
        key = self._meeting_key(type_, body, province, ordinal, khoa, term, national) if group and (
            ordinal or khoa) else ("primary", self.scope)
        first = self._source(group.first.start if group else self._first_anaphora())
        mentions = [self._source(m.start) for m in group.mentions] if group else []
        return Meeting(
            id=record_id("meeting", *key), label=label, source=first, type=type_,
            body=body, province=None if group and group.nationwide and not self._followed_locally(key) else province,
            ordinal=ordinal, khoa=khoa, term=term,
            date=date, reported=True, upcoming=bool(group and group.upcoming and not any(
                m.anchor == family for m in self._reporting_anaphora)), term_basis=term_basis,
            authors=self.authors, mentions=mentions or [first],
        )

    def _followed_locally(self, key: tuple) -> bool:
        """Whether the article reports its province's bridge of a national conference that
        is its own record ("Toàn tỉnh có 48 điểm cầu"), not the one the nation held."""
        return key[0] == "primary" and _LOCAL_BRIDGE.search(self.page.folded) is not None

    def _primary_group(self) -> _Group | None:
        """The meeting the article reports, of the kind it keeps calling "the meeting" if
        it reports one; else the one it announces."""
        family = self._anaphora()
        reported = [g for g in self.groups if g.reported]
        candidates = [g for g in reported if g.first.anchor == family] or reported
        if self.province and all(g.national for g in candidates):
            # a provincial article that keeps saying "the congress" reports its own, even
            # when it names it only as its papers' source, before a national one it names
            local = [g for g in self.groups if g.first.anchor == family and not g.national]
            candidates = local[:1] or candidates
        if candidates:
            return min(candidates, key=lambda g: (self.province is not None and g.national, min(
                (m.start for m in g.mentions if not m.referenced_by_context), default=g.first.start)))
        announced = [g for g in self.groups if g.upcoming and (family is None or g.first.anchor == family)]
        return announced[0] if announced else None  # else a meeting it only calls "the meeting"

    def _anaphora(self) -> str | None:
        """The kind of meeting the article keeps calling "the meeting" (hội nghị, đại hội...);
        the kind of the one its lead says a body held that day, when it calls that one so
        too ("Chiều 18/8, Đảng ủy phường tổ chức Hội nghị ... tham dự Đại hội ...", whose
        delegates it then speaks of the congress to come)."""
        counts = Counter(m.anchor for m in self._reporting_anaphora)
        if not counts:
            return None
        held = self._held_in_lead()
        if held is not None and counts[held.anchor]:
            return held.anchor
        best = max(counts.values())
        return next(m.anchor for m in self._reporting_anaphora if counts[m.anchor] == best)

    def _held_in_lead(self) -> MeetingMention | None:
        """The first meeting the lead names as held by a body on a day it writes; the lead is
        the first of its sentences to write a day (a long headline writes none)."""
        for start, end in self._lead_sentences:
            days = [d for d in self.dates if start <= d.start < end and d.form in ("day", "range")]
            if days:
                return next((m for m in self.mentions if start <= m.start < end and m.held_by and not m.cue
                             and any(d.start < m.start for d in days)), None)
        return None

    @cached_property
    def _reporting_anaphora(self) -> list[MeetingMention]:
        """``Tại hội nghị``: bare mentions not said to be coming, past or a paper's source."""
        return [m for m in self.mentions if m.bare and not m.referenced_by_context]

    def _first_anaphora(self) -> int:
        return next(m.start for m in self._reporting_anaphora)

    def _conference_type(self) -> str:
        """The type of a conference the article names by no body: what it disseminates, or
        what its own sentences show of a plenum (its members present, the standing
        committee elected)."""
        lead = self.page.folded[:2000]
        if _DISSEMINATES.search(lead):
            return "hoi_nghi_quan_triet"
        return "hoi_nghi_bch" if self._shows_plenum(self._reporting_anaphora) else "hoi_nghi"

    def _committee_plenum(self, group: _Group) -> bool:
        """Whether a conference a Party committee holds, named by no topic, shows that it is
        the committee's plenum: "tại hội nghị ..., do Tỉnh ủy tổ chức", where it elects its
        deputy secretary."""
        body = fold(group.body or "")
        return body.startswith(COMMITTEES) and not any(m.topic for m in group.mentions) and self._shows_plenum(
            group.mentions)

    def _shows_plenum(self, mentions: list[MeetingMention]) -> bool:
        """Whether the sentences naming a conference show a plenum (``PLENUM_SIGNS``)."""
        return any(_PLENUM.search(self.page.folded[slice(*self.page.sentence_at(m.start))]) for m in mentions)

    def _fallback_label(self, type_: str) -> str:
        """What the article calls a meeting it names by no number: what it disseminates, how
        its headline names a meeting of its type (never the headline itself), or for a plain
        conference the word it keeps calling it by (``Họp báo``, ``Buổi làm việc``)."""
        if type_ == "hoi_nghi_quan_triet":
            disseminated = next((p for p in self.papers if p.kind == "resolution"), None)
            if disseminated:
                return f"Hội nghị quán triệt {disseminated.label}"
        start, end = self.page.line_span(self.page.paragraphs[0])
        named = next((m for m in self.mentions
                      if start <= m.start < end and m.type == type_ and not (m.bare or m.verb)), None)
        if named:
            return _capitalised(named.written)
        return (self._called(type_) if type_ == "hoi_nghi" else None) or MEETING_LABEL_WORDS[type_]

    def _called(self, type_: str, group: _Group | None = None) -> str | None:
        """The word the article keeps calling a meeting of this type by, if any; else the
        word that names the ``group``'s ("buổi làm việc của Thường trực Tỉnh ủy")."""
        called = [m.written for m in self._reporting_anaphora if m.type == type_] or [
            m.word for m in (group.mentions if group else []) if m.word]
        if not called:
            return None
        most = Counter(map(fold, called)).most_common(1)[0][0]
        return _capitalised(next(word for word in called if fold(word) == most))

    def _meeting_key(self, type_, body, province, ordinal, khoa, term, national) -> tuple:
        """What tells this meeting from every other; without a province (or khóa, or term)
        the article is part of it, so that two provinces' 26th sessions stay apart."""
        period = "" if type_ == "dai_hoi" else (term or (f"khoa {khoa}" if khoa else self.scope))
        where = "" if national else fold(province or "") or self.scope
        body_key = "dang" if national else canonical_body(body) or ""  # one Party, however an article names it
        return (type_, body_key, where, ordinal or "", period)

    # -- dates and terms ------------------------------------------------------------------

    def _meeting_date(self, group: _Group | None, type_: str, term: str | None) -> DateValue:
        """The date written beside the meeting or in the lead, completed (``_completed``)."""
        return self._completed(_Dating(self._written_date(group), type_, term,
                                       group.value("ordinal") if group else None, self._year_in_brackets(group),
                                       self._subject_term(group)))

    def _completed(self, dating: _Dating) -> DateValue:
        """A written date, its year taken when missing from the first of ``_YEAR_SOURCES``
        that gives one; a day and month nothing dates stay so."""
        written = dating.written
        if written and written.year:
            return written.value()
        year = next((found for source in self._YEAR_SOURCES if (found := source(self, dating))), None)
        if year is None:
            return written.value() if written else DateValue()
        if written:
            value = written.value(year[0])
            return replace(value, inferred=True, basis=f"'{written.written}', in {year[0]}: {year[1]}")
        return DateValue(str(year[0]), "year", True, year[1])

    def _year_beside(self, dating: _Dating) -> tuple[int, str] | None:
        """A year written beside the meeting: "Kỳ họp thứ 9 (kỳ họp thường lệ giữa năm 2021)"."""
        if dating.written and dating.written.day and dating.beside and dating.beside.year:
            return dating.beside.year, f"the year written beside it ('{dating.beside.written}')"
        return None

    def _year_published(self, dating: _Dating) -> tuple[int, str] | None:
        """The year that puts the day nearest the page's publication line."""
        if dating.written and dating.written.day and self.published:
            return year_near(dating.written, self.published), self.published_basis
        return None

    def _year_term_opens(self, dating: _Dating) -> tuple[int, str] | None:
        """The first year of the term a congress, first plenum or first council session opens."""
        type_, ordinal = dating.type_, dating.ordinal
        opens_term = (type_ == "dai_hoi" or type_ in FIRST_OF_TERM and ordinal == 1
                      or type_ == "ky_hop" and ordinal and ordinal <= FIRST_SESSIONS)
        opened = (dating.term or self._only_term) if opens_term else None
        return (int(opened[:4]), _congress_basis(opened, type_)) if opened else None

    def _year_of_subject(self, dating: _Dating) -> tuple[int, str] | None:
        """The first year of the term of the congress a meeting is about, held days before it."""
        if dating.written and dating.subject_term:
            return int(dating.subject_term[:4]), f"it is about the congress that opens the term {dating.subject_term}"
        return None

    def _year_named(self, dating: _Dating) -> tuple[int, str] | None:
        """The year the article speaks from, judged by the years it names (``likely_year``)."""
        month = dating.written.month if dating.written else None
        return likely_year(self.dates, _years_of(dating.term, month), month)

    def _year_after_papers(self, dating: _Dating) -> tuple[int, str] | None:
        """For a meeting that takes up new papers or hands one over, the first year on or
        after the papers its day's sentence dates; not ones recalled after."""
        written = dating.written
        if not written or not (dating.type_ in TAKES_UP_NEW_PAPERS or self._hands_over(written)):
            return None
        start, end = self.page.sentence_at(written.start)
        return year_after_papers(written, [d for d in self.dates if start <= d.start < end])

    def _year_congress_tied(self, dating: _Dating) -> tuple[int, str] | None:
        """The first year of the term of a meeting held when a term opens, or just after."""
        if dating.term and dating.type_ in CONGRESS_TIED:
            return int(dating.term[:4]), _congress_basis(dating.term, dating.type_)
        return None

    _YEAR_SOURCES = (_year_beside, _year_published, _year_term_opens, _year_of_subject, _year_named, _year_after_papers,
                     _year_congress_tied)

    def _hands_over(self, day: DateMention) -> bool:
        """Whether the sentence of a meeting's day hands a paper over."""
        return bool(_HANDS_OVER.search(self.page.folded, *self.page.sentence_at(day.start)))

    def _written_date(self, group: _Group | None) -> DateMention | None:
        """A date written in the sentence that names the meeting, or a day in the lead;
        a bare year or quarter counts only beside the meeting itself."""
        own = self._own_spans(group)
        # the days it lasts, written beside it, over the day it opened: "diễn ra trong ba ngày (14-16/10)"
        searches = [(own, ("range",)), (own + self._lead_sentences, ("day", "range")), (own, _YEAR_FORMS)]
        return next((date for spans, forms in searches for date in self._dates_in(spans, forms)), None)

    def _year_in_brackets(self, group: _Group | None) -> DateMention | None:
        """A year the brackets right after the meeting's name give it: "Kỳ họp thứ 9 (kỳ họp
        thường lệ giữa năm 2021)"; not one elsewhere in its sentence, which may be what it
        plans ("giao chỉ tiêu năm 2024")."""
        for mention in group.mentions if group else []:
            opened = _BRACKET_AFTER.match(self.page.folded, mention.end)
            if opened:
                return next(self._dates_in([opened.span("inside")], _YEAR_FORMS), None)
        return None

    def _subject_term(self, group: _Group | None) -> str | None:
        """The term of a congress that a meeting's sentence names as its subject: "họp báo
        thông tin về Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 – 2030"."""
        for mention in group.mentions if group else []:
            start, end = self.page.sentence_at(mention.start)
            subject = next((m for m in self.mentions if mention.start < m.start < end and m.cue == "about"
                            and m.type == "dai_hoi" and m.term), None)
            if subject:
                return subject.term
        return None

    def _own_spans(self, group: _Group | None) -> list[tuple[int, int]]:
        return [self._own_span(m) for m in (group.mentions if group else self._reporting_anaphora[:1])
                if not m.referenced_by_context or m.cue == "upcoming"]

    def _dates_in(self, spans: list[tuple[int, int]], forms: tuple[str, ...]) -> Iterator[DateMention]:
        """The event dates of each form in turn, in the spans in turn."""
        for form in forms:
            for a, b in spans:
                for date in self.dates:
                    if a <= date.start < b and date.form == form and date.context == "event" and (
                            date is not self.published):
                        yield date

    def _own_span(self, mention: MeetingMention) -> tuple[int, int]:
        """The sentence naming a meeting; for one announced, only what follows it ("Đại hội
        ... sẽ khai mạc sáng mai (14/10)", not "Ngày 5/3, ... tiến tới Đại hội XIV")."""
        start, end = self.page.sentence_at(mention.start)
        return (mention.end, end) if mention.cue == "upcoming" else (start, end)

    def _clause_day(self, group: _Group, forms: tuple[str, ...] = ("day", "range"),
                    mentions: list[MeetingMention] | None = None) -> DateMention | None:
        """A day (or another of ``forms``) written in the sentence of a meeting's mention (of
        ``mentions``, else any), with no other meeting between them: ``Ngày 22/10, Hội nghị lần
        thứ nhất ...``, ``... (diễn ra chiều 23-9)``; only after it when the words before it say
        it is coming or past."""
        for mention in group.mentions + self._anaphora_of(group) if mentions is None else mentions:
            start, end = self.page.sentence_at(mention.start)
            others = [m.start for m in self.mentions if start <= m.start < end and m is not mention]
            if mention.referenced_by_context:
                start = mention.end  # "tiến tới Đại hội XIV": a day before it is another meeting's
            for date in self.dates:
                if start <= date.start < end and date.form in forms and date.context == "event" and not any(
                        min(date.start, mention.start) < o < max(date.start, mention.start) for o in others):
                    return date
        return None

    def _anaphora_of(self, group: _Group) -> list[MeetingMention]:
        """``Đại hội diễn ra từ ngày 9-11/10``: bare mentions that can only mean this
        meeting, the one of its kind in an article that reports another kind."""
        family = group.first.anchor
        alone = sum(g.first.anchor == family for g in self.groups) == 1
        if not alone or self.primary_group is None or self.primary_group.first.anchor == family:
            return []
        return [m for m in self.mentions if m.bare and m.anchor == family and not m.referenced_by_context]

    @cached_property
    def _lead_sentences(self) -> list[tuple[int, int]]:
        """The first sentence of each of the first two paragraphs long enough to be a lead
        (a headline is too short to count)."""
        lead = []
        for line in self.page.paragraphs:
            start, end = self.page.line_span(line)
            text = self.page.folded[start:end]
            if len(text.split()) >= 12:
                lead.append(self.page.sentence_at(start + len(text) - len(text.lstrip())))
            if len(lead) == 2:
                break
        return lead

    def _term_of_khoa(self, khoa: str, body: str | None) -> tuple[str | None, str | None]:
        """The term the article writes beside the same khóa, of a body in the same five-year
        cycle: "Bí thư Thành ủy khóa XVII, nhiệm kỳ 2020 – 2025" dates a plenum of khóa XVII."""
        cycle = 1 if _NATIONAL_TERM_BODIES.match(canonical_body(body) if body else "") else 0
        terms = {(first, last) for written, first, last in self._khoa_terms
                 if written == khoa.lower() and first % TERM_YEARS == cycle}
        if len(terms) != 1:
            return None, None
        first, last = terms.pop()
        return f"{first}-{last}", f"the article writes khóa {khoa} with the term {first}-{last}"

    @cached_property
    def _khoa_terms(self) -> list[tuple[str, int, int]]:
        """Every khóa written with its term: "khóa XVII, nhiệm kỳ 2020 – 2025"."""
        return [(match["khoa"], first, last) for start, _, first, last in self._year_ranges
                if (match := _KHOA_BEFORE_TERM.search(self.page.folded, max(0, start - 40), start))]

    @cached_property
    def _year_ranges(self) -> list[tuple[int, int, int, int]]:
        return year_ranges(self.page)

    def _infer_term(self, type_: str, body: str | None, date: DateValue) -> tuple[str | None, str | None]:
        terms = self._term_mentions()
        if type_ == "hoi_nghi_quan_triet":
            paper = next((p for p in self.papers if p.term), None)
            if paper:
                return paper.term, f"the term of the resolution it disseminates ({paper.label})"
        if type_ == "dai_hoi" and terms:
            first, last = max(terms)
            return f"{first}-{last}", "the term named in the article, which the congress opens"
        if date.year is None or type_ == "hoi_nghi" and not body and not terms:
            return None, None
        month = int(date.value[5:7]) if date.precision in ("day", "month") else None
        # a congress opens a term, and so do the first meetings of the committee or council elected then
        first = {"hoi_nghi_bch": FIRST_MEETINGS, "hoi_nghi_btv": FIRST_MEETINGS, "ky_hop": FIRST_SESSIONS}.get(type_, 0)
        opens = type_ == "dai_hoi" or month is not None and month >= NEW_TERM_MONTH or (
            self.primary_ordinal or 99) <= first
        body_key = canonical_body(body) if body else SESSION_HOLDER if type_ == "ky_hop" else ""
        return _term_of_year(date.year, terms, body_key, opens)

    @cached_property
    def _only_term(self) -> str | None:
        """The term the article names, when it names one alone."""
        terms = set(self._term_mentions())
        return f"{min(terms)[0]}-{min(terms)[1]}" if len(terms) == 1 else None

    def _term_mentions(self) -> list[tuple[int, int]]:
        return [(a, b) for start, _, a, b in self._year_ranges
                if re.search(r"nhiem ky\s*\(?\s*$", self.page.folded[max(0, start - 12):start])]

    def _plenum_within(self, congress: Meeting) -> Meeting | None:
        """``Hội nghị đã bầu Ban Thường vụ Tỉnh ủy khóa XX`` in the report of a provincial
        congress: the plenum of the committee the congress elected, named only as "the
        conference"."""
        named = [g for g in self.groups if g.type == "hoi_nghi_bch"]
        if congress.type != "dai_hoi" or congress.province is None or any(
                g.value("ordinal") or g.value("khoa") or g.value("term") for g in named):
            return None  # the article names the plenum itself, and it is recorded as named
        unnamed = self._reporting_anaphora + [m for g in named for m in g.mentions]  # "Tại hội nghị, Ban Chấp hành"
        signs = [m for m in unnamed if m.anchor == "hoi nghi" and self._shows_plenum([m])]
        if not signs:
            return None
        body = f"Ban Chấp hành {congress.body}" if congress.body else None
        source = self._source(signs[0].start)
        return Meeting(
            id=record_id("meeting", "plenum of", congress.id), label=meeting_label("hoi_nghi_bch", body, None, None,
                                                                                  MEETING_LABEL_WORDS["hoi_nghi_bch"]),
            source=source, type="hoi_nghi_bch", body=body, province=congress.province, ordinal=None, khoa=None,
            term=congress.term, term_basis=congress.term and "the committee the congress elected holds it",
            date=DateValue(), reported=True, mentions=[self._source(m.start) for m in signs],
        )

    # -- meetings it only names -----------------------------------------------------------

    def _referenced_meeting(self, group: _Group) -> Meeting | None:
        first = group.first
        ordinal, khoa, term = group.value("ordinal"), group.value("khoa"), group.value("term")
        year = next((d for d in self.dates if first.start <= d.start < first.end
                     and d.form == "year" and d.context != "target"), None)
        day = self._clause_day(group)
        dated_topic = day is not None and any(m.topic for m in group.mentions)  # "Ngày 21/12, Hội nghị tọa đàm ..."
        # "Kỳ họp thứ 9 ... dự kiến diễn ra đầu tháng 12/2018": the month it is announced for
        month = None if day else self._clause_day(group, ("month",), [m for m in group.mentions if m.cue == "upcoming"])
        if not (ordinal or khoa or term or year or dated_topic):
            return None
        if not (ordinal or khoa or year or dated_topic) and canonical_body(group.body) in GENERIC_BODIES:
            return None  # named by a term alone, held by no body in particular
        type_ = group.type
        khoa = _khoa(type_, ordinal, khoa)
        national, term_basis = group.national, None
        if not term and national and khoa:
            term, term_basis = _national_term(from_roman(khoa))
        province = None if group.nationwide else (group.value("province") or self.province)
        date = self._completed(_Dating(day, type_, term, ordinal, self._year_in_brackets(group))) if day else (
            year or month).value() if (year or month) else DateValue()
        if not date.value and type_ == "dai_hoi" and term:
            date = _congress_year(term)
        key = self._meeting_key(type_, group.body, province, ordinal, khoa, term, national)
        if not (ordinal or khoa):
            key += (fold(first.written),)  # told apart by what it is about
        return Meeting(
            id=record_id("meeting", *key, self.scope), same_as=record_id("meeting", *key),
            label=first.name if type_ == "hoi_nghi" and first.topic and not ordinal else meeting_label(
                type_, group.body, ordinal, khoa, first.name, national),  # a topic names it, whoever held it
            source=self._source(first.start), type=type_, body=group.body,
            province=province, ordinal=ordinal, khoa=khoa, term=term, date=date, reported=False,
            upcoming=group.upcoming, term_basis=term_basis,
            mentions=[self._source(m.start) for m in group.mentions],
        )

    # -- people ---------------------------------------------------------------------------

    def _date_told(self, position: int) -> DateValue:
        """The date a career tells before an office it gives, if it tells one with a year:
        "Tháng 3/2021, ông về Bộ Nội vụ với cương vị Thứ trưởng" is dated by it, not by
        the article's meeting; "từng là giảng viên" by nothing."""
        start = self.page.sentence_at(position)[0]
        told = [d for d in self.dates if start <= d.start < position and d.year and d.context in ("event", "current")
                and d is not self.published]
        return told[-1].value() if told else DateValue()

    def _people(self, meeting: Meeting | None, beside: dict[int, Meeting], named: dict[int, Meeting]) -> list[Person]:
        """Everyone the article names, at its meeting or at the one a paragraph reports
        beside it (``_reported_beside``), with the titles written there dated by it. What
        a person did at a meeting the sentence names (``bài phát biểu của X tại Hội nghị
        Trung ương 10``) is done there, and said of no other meeting."""
        people: dict[str, Person] = {}
        titled: dict[str, set[str]] = {}  # each person's titles so far, normalised
        roles: dict[tuple[str, str | None], list[str]] = {}
        for mention in self.people:
            at = beside.get(self._paragraph(mention.start)[0], meeting)
            date = at.date if at else DateValue()
            person_id, source = _person_id(mention.name), self._source(mention.start)
            person = people.setdefault(person_id, Person(person_id, mention.name, source, mention.name))
            known = titled.setdefault(person_id, set())
            for title in mention.titles:
                if (key := normalise(title)) not in known:
                    known.add(key)
                    told = mention.told.get(title)
                    person.titles.append(TitleHeld(title, source, date if told is None else self._date_told(told)))
            done_at = named.get(mention.held_at) if mention.held_at is not None else at
            if done_at is not at:
                roles.setdefault((person.id, at.id if at else None), [])
            if done_at is not None or mention.held_at is None:
                roles.setdefault((person.id, done_at.id if done_at else None), []).extend(mention.roles)
        if meeting:  # at a meeting beside, and named here with no role (a caption): not here too
            for person_id in {person_id for person_id, at in roles if at != meeting.id}:
                if roles.get((person_id, meeting.id)) == []:
                    del roles[(person_id, meeting.id)]
        if meeting:
            own = {person_id: said for (person_id, at), said in roles.items() if at == meeting.id}
            meeting.unnamed_roles = self._unnamed_roles([people[p] for p in own], own)
        meetings = {m.id: m for m in ([meeting] if meeting else []) + list(beside.values()) + list(named.values())
                    if any(there == m.id for _, there in roles)}  # once each
        for at in meetings.values():
            at.people = [Participant(person_id, people[person_id].name, list(dict.fromkeys(said)))
                         for (person_id, there), said in roles.items() if there == at.id]
            for participant in at.people:
                people[participant.person_id].meetings.append(Attendance(at.id, participant.roles))
        return list(people.values())

    def _unnamed_roles(self, people, roles: dict[str, list[str]]) -> list[UnnamedRole]:
        unnamed = merge_unnamed([UnnamedRole(o.title, o.roles, self._source(o.start)) for o in self.offices])
        for role in unnamed:
            holder = _holder(role.title, people)
            if holder:
                role.person_id = holder.id
                roles[holder.id].extend(role.roles)
        return unnamed

    # -- resolutions and documents --------------------------------------------------------

    def _papers(self, meeting: Meeting | None) -> list[Resolution]:
        records: dict[str, Resolution] = {}
        congresses = {m.same_as or m.id: m.id for m in self.facts.meetings if m.type == "dai_hoi"}
        for paper in self.papers:
            if paper.adopted_here or paper.congress and paper.congress.bare:
                if meeting is None or paper.congress and paper.congress.anchor != self.primary_family:
                    continue  # "Nghị quyết đại hội" in an article about another kind of meeting: which one?
                key, congress_id, label = ("of", meeting.id), meeting.id, f"{paper.type} {meeting.label}"
            else:
                (key, congress_id), label = self._paper_key(paper, congresses), paper.label
            record_key = record_id(paper.kind, *key)
            record = records.get(record_key)
            if record is None:
                record = records[record_key] = Resolution(
                    record_key, label, self._source(paper.start), paper.number, paper.issuer,
                    paper.subject, paper.term, type=paper.type, meeting_id=congress_id, kind=paper.kind)
            else:
                merge_paper(record, Resolution(record_key, label, record.source, paper.number, paper.issuer,
                                               paper.subject, paper.term))
            record.mentions.append(Mention(meeting.id if meeting else None, self._source(paper.start), paper.action))
        if meeting:
            meeting.resolutions = [r.id for r in records.values() if r.kind == "resolution"]
            meeting.documents = [r.id for r in records.values() if r.kind == "document"]
        return list(records.values())

    def _paper_key(self, paper: PaperMention, congresses: dict[str, str]) -> tuple[tuple, str | None]:
        if paper.number:
            return self._numbered_family(paper) + (paper.khoa or "",), None
        if paper.congress and paper.congress.ordinal:
            group = next(g for g in self.groups if paper.congress in g.mentions)
            national = paper.congress.national
            province = None if national else (group.value("province") or self.province)
            key = self._meeting_key("dai_hoi", group.body, province, group.value("ordinal"), None, None, national)
            congress_id = record_id("meeting", *key)
            return ("congress",) + key, congresses.get(congress_id)
        return (self.scope, fold(paper.label)), None

    def _numbered_family(self, paper: PaperMention) -> tuple:
        """The paper's family; a number written bare ("Kết luận số 21") is the one paper of
        its type and number the article writes whole ("Kết luận số 21-KL/TW"), if one."""
        family = paper_family(paper.type, paper.number, paper.issuer, self.province)
        if family[2] != UNKNOWN_LEVEL:
            return family
        whole = {f for f in (paper_family(p.type, p.number, p.issuer, self.province) for p in self.papers if p.number)
                 if f[:2] == family[:2] and f[2] != UNKNOWN_LEVEL}
        return whole.pop() if len(whole) == 1 else family

    # -- helpers --------------------------------------------------------------------------

    def _source(self, position: int) -> Source:
        line = self.first_line - 1 + self.page.line_of(position)
        return Source(self.file, line, self._page_of(line))

    def _page_of(self, line: int) -> int | None:
        return bisect.bisect_right(self.page_starts, line) or None

    def _sentences(self) -> list[Sentence]:
        sentences = []
        for start, end in self.page.line_pieces(self.page.sentences):
            written_start, written_end = self.page.analysed.original_span(start, end)  # folding may change lengths
            line_start = self.page.text.rfind("\n", 0, written_start) + 1
            line = self.first_line - 1 + self.page.line_of(start)
            sentences.append(Sentence(line, written_start - line_start, written_end - line_start,
                                      self.page.folded[start:end], self._page_of(line)))
        return sentences


def _groups(mentions: list[MeetingMention]) -> list[_Group]:
    """Mentions of one meeting together, however differently written: same type, and no
    ordinal, province or body that tells them apart (``kỳ họp thứ 13, HĐND khóa X`` is
    ``Kỳ họp thứ 13, HĐND tỉnh khóa X``). A mention that fits several meetings starts
    its own unless one has its very body."""
    groups: list[_Group] = []
    for mention in sorted(mentions, key=lambda m: (m.ordinal is None, m.body is None, m.start)):
        # "Đại hội XIII", named by no body, is the Party's of that number when no other fits
        fitting = [g for g in groups if _fits(mention, g)] or [
            g for g in groups if mention.body is None and g.national and _fits(mention, g, nationwide=True)]
        if mention.cue != "document":  # "Nghị quyết Đại hội XVII" is an earlier congress
            fitting = [g for g in fitting if g.event or g.value("ordinal") == mention.ordinal]
        if mention.ordinal is not None:
            fitting = [g for g in fitting if g.value("ordinal") == mention.ordinal]
        if len(fitting) > 1 and mention.cue != "document":
            fitting = [g for g in fitting if g.event] or fitting
        if len(fitting) > 1 and mention.term:  # "đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025": the one of that term
            fitting = [g for g in fitting if g.value("term") == mention.term] or fitting
        if len(fitting) > 1:
            key = canonical_body(mention.body)
            fitting = [g for g in fitting if any(canonical_body(m.body) == key for m in g.mentions)]
        if len(fitting) == 1:
            fitting[0].mentions = sorted(fitting[0].mentions + [mention], key=lambda m: m.start)
        else:
            groups.append(_Group([mention]))
    return sorted(groups, key=lambda g: g.first.start)


def _fits(mention: MeetingMention, group: _Group, nationwide: bool = False) -> bool:
    """Whether a mention may be of the group's meeting; ``nationwide``: of the Party's, though
    nothing in it says so."""
    return all(
        not _other_topic(mention, other) and not _other_topic(other, mention)
        and _same_type(mention, other) and (nationwide or mention.national == other.national)
        and (mention.province is None or other.province in (None, mention.province))
        and (mention.ordinal is None or other.ordinal in (None, mention.ordinal))
        and (mention.term is None or other.term is None or mention.term[:4] == other.term[:4])  # "2025-2033", a slip
        and _same_body(mention.body, other.body)
        for other in group.mentions)


def _same_type(mention: MeetingMention, other: MeetingMention) -> bool:
    """One type, or a conference named by no body and a typed one: ``phiên họp thứ nhất`` is
    the ``phiên họp thứ nhất`` at which ``Ban Chấp hành Đảng bộ tỉnh`` elected ..."""
    return mention.type == other.type or mention.anchor == other.anchor and (_untyped(mention) or _untyped(other))


def _untyped(mention: MeetingMention) -> bool:
    return mention.type == "hoi_nghi" and mention.body is None and not mention.topic


def _other_topic(mention: MeetingMention, other: MeetingMention) -> bool:
    """A conference named by its topic is not one named by another topic or a number:
    ``Hội nghị tọa đàm ...`` is not ``Hội nghị lần thứ 12``."""
    return mention.topic and (other.ordinal is not None and not other.topic or other.topic and fold(
        mention.written).split()[:4] != fold(other.written).split()[:4])


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _same_body(one: str | None, other: str | None) -> bool:
    """Whether two ways of writing a body may be one body: either holds the other's words
    in a row (``HĐND`` and ``HĐND tỉnh``; not ``Đảng bộ tỉnh`` and ``Đảng bộ UBND tỉnh``)."""
    a, b = f" {canonical_body(one)} ".replace("  ", " "), f" {canonical_body(other)} ".replace("  ", " ")
    return a in b or b in a


def meeting_label(type_: str, body: str | None, ordinal: int | None, khoa: str | None, fallback: str,
                  national: bool = False, called: str | None = None) -> str:
    """``Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25, khóa XIX``; ``Kỳ họp thứ 4, HĐND
    tỉnh khóa XIV``; ``Đại hội Đảng bộ tỉnh lần thứ XX``; a conference by the word the
    article ``called`` it, ``Họp báo Tỉnh ủy``."""
    # A quán triệt conference without an ordinal is told apart by what it disseminates
    # (or its headline), not by who held it.
    if not ordinal and (not body or type_ == "hoi_nghi_quan_triet"):
        return fallback
    if type_ == "dai_hoi" and national and ordinal:
        return f"Đại hội đại biểu toàn quốc lần thứ {to_roman(ordinal)} của Đảng"
    if type_ == "ky_hop":
        return f"Kỳ họp thứ {ordinal or '?'}" + (f", {body}" if body else "") + (f" khóa {khoa}" if khoa else "")
    number = to_roman(ordinal) if type_ == "dai_hoi" and ordinal else ordinal
    head = called or MEETING_LABEL_WORDS[type_]
    label = " ".join(filter(None, (head, body, f"lần thứ {number}" if ordinal else None)))
    return label + (f", khóa {khoa}" if khoa and type_ != "dai_hoi" else "")


def _publication(page: Page, dates: list[DateMention], metadata: dt.date | None
                 ) -> tuple[DateMention | None, str | None]:
    """The page's publication date, and what gives it: its metadata, else a line at its top."""
    if metadata:
        stated = DateMention(0, 0, "day", metadata.year, metadata.month, metadata.day, "event", metadata.isoformat())
        return stated, f"the page's publication date in its metadata, {metadata.isoformat()}"
    line = publication_date(page, dates)
    return line, line and f"the page's publication line '{line.written}'"


def _congress_basis(term: str, type_: str = "dai_hoi") -> str:
    why = f"a congress opens its term ({term})"
    if type_ == "hoi_nghi_quan_triet":
        why = f"it disseminates the resolution of the congress that opened the term {term}; {why}"
    elif type_ == "ky_hop":
        why = f"a council holds its first sessions in the year its term ({term}) opens"
    elif type_ != "dai_hoi":
        why = f"the first plenum follows the congress that opens its term ({term})"
    return why


def _national_term(ordinal: int | None) -> tuple[str | None, str | None]:
    """The term a national congress opens, from its number, and why: the term of the
    Central Committee of that khóa."""
    first_number, first_year = NATIONAL_CONGRESS
    if not ordinal or ordinal < first_number:
        return None, None
    start = first_year + TERM_YEARS * (ordinal - first_number)
    return f"{start}-{start + TERM_YEARS}", f"national congresses meet every {TERM_YEARS} years since {first_year}"


def _congress_year(term: str) -> DateValue:
    return DateValue(term[:4], "year", True, _congress_basis(term))


def _khoa(type_: str, ordinal: int | None, khoa: str | None) -> str | None:
    """A congress lần thứ N elects the committee of khóa N."""
    return khoa or (to_roman(ordinal) if type_ == "dai_hoi" and ordinal else None)


def _range(term: str | None) -> tuple[int, int] | None:
    return (int(term[:4]), int(term[5:9])) if term else None


def _years_of(term: str | None, month: int | None) -> tuple[int, int] | None:
    """The years a meeting of ``term`` held in ``month`` may fall in: late in the term's last
    year the next term has begun (``Chiều 21/12``, khóa XI: not December 2016)."""
    years = _range(term)
    return (years[0], years[1] - 1) if years and month and month >= NEW_TERM_MONTH else years


def _term_of_year(year: int, terms: list[tuple[int, int]], body_key: str, opens: bool
                  ) -> tuple[str | None, str | None]:
    """The term that holds ``year``: one the article names, or one of its series moved by
    whole terms (a meeting of 2019 in an article preparing the 2020-2025 congress belongs
    to 2015-2020); without any, the five-year cycle of the body. In the year a term turns,
    a meeting belongs to the old term unless it ``opens`` the new one (held late in the
    year, or among the first meetings of the new committee)."""
    cycle = 1 if _NATIONAL_TERM_BODIES.match(body_key) else 0  # councils and the national party: 2016, 2021...
    for first, last in sorted(set(terms), key=lambda t: t[0], reverse=True):
        length = last - first
        if length != TERM_YEARS or first % TERM_YEARS != cycle:
            continue  # another body's term
        start = first + ((year - first - 1 + opens) // length) * length
        named = start == first
        why = "named in the article" if named else (
            f"counted in five-year steps from {first}-{last}, named in the article")
        return f"{start}-{start + length}", f"the term holding {year}: {why}"
    start = year - ((year - cycle - 1 + opens) % TERM_YEARS) - 1 + opens
    cycle_of = "congresses" if body_key == "dang" or not cycle else "councils and the National Assembly"
    return f"{start}-{start + TERM_YEARS}", f"the term holding {year} in the five-year cycle of {cycle_of}"


def _article_province(page: Page) -> str | None:
    """The province the article names most, a name after its level's word counting more; a
    name that is a person's as well counts only after that word ("Đoàn TNCS Hồ Chí Minh" is
    his), and provinces listed together count for none: they are many places, not the one."""
    votes: Counter[str] = Counter()
    text = page.normalised
    matches = list(_PROVINCES.finditer(text))
    joined = [False, *(bool(_LISTED_WITH.fullmatch(text, one.end(), other.start()))
                       for one, other in pairwise(matches)), False]  # joined[i]: to the one before
    for i, match in enumerate(matches):
        cued = bool(_PROVINCE_CUE.search(text[max(0, match.start() - 12):match.start()]))
        if joined[i] or joined[i + 1] or match.group(1) in PROVINCES_NAMED_AFTER_PEOPLE and not cued:
            continue
        votes[PROVINCE_BY_KEY[match.group(1)]] += 3 if cued else 1
    return max(votes, key=votes.get) if votes else None  # ties: the first named


def _person_id(name: str) -> str:
    """People are one when their names are: Nguyễn Thành Hậu is not Nguyễn Thanh Hậu."""
    return record_id("person", normalise(name))


def _holder(title: str, people) -> Person | None:
    """The person named in the article who holds the office an unnamed mention names."""
    wanted = normalise(title)
    holders = [p for p in people if any(wanted.startswith(normalise(t.title)) and normalise(t.title)
                                        for t in p.titles)]
    return holders[0] if len(holders) == 1 else None
