"""Resolutions (Nghị quyết) and other Party documents, with number, issuer and subject.

Forms: ``Nghị quyết số 01-NQ/TU``, ``Nghị quyết 18-NQ/TW``, ``nghị quyết số 18 và 19 của
Ban Chấp hành Trung ương Đảng khóa XII`` (two), ``Nghị quyết Đại hội đại biểu Đảng bộ
tỉnh lần thứ XX``; ``Đề án số 09``, ``Kế hoạch số 79 của Ban Thường vụ Tỉnh ủy``,
``chương trình hành động của ... thực hiện Nghị quyết``. What was done with each
(``quán triệt``, ``thực hiện``...) is read from the words before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lexicon import (
    ABBREVIATIONS,
    ADOPTING_ACTIONS,
    ATTACHED_TO,
    BARE_NUMBER_AFTER,
    CARRYING_OUT,
    DOCUMENT_TYPES,
    EARLIER_MEETING,
    ISSUING_ACTIONS,
    MEETING_WORDS,
    PAPER_DRAFTS,
    PAPER_LIST_OPENERS,
    PAPER_PLURALS,
    PLENUM_NAMED_BY,
    RESOLUTION_ACTIONS,
    REVIEWING_ACTIONS,
    SUBJECT_CLAUSE_OPENERS,
    SUBJECT_ENDS_AFTER_AND,
    SUBJECT_VERBS,
    WORD_CHAR,
    alternation,
)
from ..text import fold
from .meetings import MeetingMention, canonical_body, find_meeting_at, is_body_word, typed_unmarked
from .page import Page

RESOLUTION = "Nghị quyết"
_TYPES = {fold(t): t for t in (RESOLUTION, *DOCUMENT_TYPES)}
_ANCHOR = re.compile(rf"({alternation(_TYPES, WORD_CHAR)})\b")
_NUMBER = r"\d{1,4}(?:/\d{4})?(?:\s?[-/]\s?[a-z]+\d*){0,3}"
_NUMBERS = re.compile(rf"\s+(?:so\s+)?(?P<first>{_NUMBER})(?P<more>(?:\s*(?:,|va)\s*{_NUMBER})*)")
_MORE_NUMBERS = re.compile(_NUMBER)
_ISSUED = re.compile(r"\s*,?\s*ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_BRACKETED = re.compile(r"\s*\(\s*([a-z]+)\s*\)")
_PLENUM_NUMBER = re.compile(rf"\s+({alternation(PLENUM_NAMED_BY)}\s+(?:\d{{1,2}}|[ivx]+))"
                            rf"(?=\s*(?:[,.;:()\n]|$|{alternation(BARE_NUMBER_AFTER)}\b))")
_KHOA = re.compile(r"\s+khoa\s+([ivxlcdm]+)\b")
_PURPOSE = re.compile(r"\s+(?:(?P<about>ve)|thuc hien|trien khai(?: thuc hien)?|trinh)\s")
_DOES = re.compile(rf"\s+(?={alternation(SUBJECT_VERBS)}\b)")  # "Nghị quyết xác nhận kết quả ..."
# A number's last part written out as the words of an abbreviation: "112/NQ-Hội đồng nhân dân"
_SPELT_OUT = re.compile(rf"(?<=[-/])\s?{alternation(long for long in ABBREVIATIONS.values() if ' ' in long)}\b")
_SHORT_OF = {long: short for short, long in ABBREVIATIONS.items() if " " in long}
_LIST_OPENED = re.compile(rf"\s+{alternation(PAPER_LIST_OPENERS)}\s*:")
# Subject and purpose stops are matched on the normalised text: folded, "để" would be "đề".
_SUBJECT_STOP = re.compile(r"[.,;:\n\"“”()]|\s[-–]\s|\s(?:nhằm|để|đồng thời|tại)\s|"
                           rf"\svà {alternation(SUBJECT_ENDS_AFTER_AND)}\b")
# A subject in quotes runs to the quote that closes it; quotes within it open after a space
# and close before one: về "Nâng cao ..., chống bệnh "hình thức", "xa dân"".
_QUOTE_OPENS = re.compile(r"[\"“](?=\S)")
_QUOTE = re.compile(r"(?P<open>“|(?<!\S)\"(?=\S))|[\"”]|\n")
_LONGEST_QUOTE = 300
# A comma goes on with the subject unless a new clause, a meeting or a name starts after it.
_SUBJECT_GOES_ON = re.compile(r",\s*(?!(?:" + "|".join(SUBJECT_CLAUSE_OPENERS + tuple(MEETING_WORDS)) + r")\b)"
                              r"[^\W\d_]")
_PURPOSE_STOP = re.compile(r"[.,;:\n\"“”()]|\s(?:với|nhằm|để|và|đồng thời|tại)\s")
_ACTIONS = re.compile(r"\b(" + "|".join(sorted((fold(a) for a in RESOLUTION_ACTIONS), key=len, reverse=True))
                      + r")\b")
_ACTION_BY_KEY = {fold(a): a for a in RESOLUTION_ACTIONS}
_REVIEWS, _CARRYING_OUT = frozenset(REVIEWING_ACTIONS), frozenset(CARRYING_OUT)
_ACTION_REACH = 4  # words between an action and its paper: "quán triệt, triển khai thực hiện các Nghị quyết"
_ACTION_WINDOW = 60  # characters before a paper read for its action: the reaches above, with room
_REVIEW_REACH = 4  # words between a review and the carrying out it weighs: "sơ kết giữa nhiệm kỳ thực hiện"
_PLURAL_BEFORE = re.compile(rf"(?<!\w){alternation(PAPER_PLURALS)}\s*$")
_COUNT_BEFORE = re.compile(rf"(?<!\w)(\d{{1,3}})\s*(?:{alternation(PAPER_DRAFTS)}\s+)?$")  # a count, not a year
_COUNT_WINDOW = 16  # characters before a paper read for its count: "24 dự thảo "
_SUBJECT_PARTS = re.compile(r"\s*[,;]\s*|\s+và\s+")  # what parts the subjects of papers counted
_OF = re.compile(r"(?:\s+[^\W_]+){0,5}?\s+cua\s+")  # "Chương trình công tác năm 2024 của ..."
_ALWAYS_NAMED = ("bao cao chinh tri", "chuong trinh hanh dong")
_EARLIER = re.compile(rf"\s+{alternation(EARLIER_MEETING)}\b")
_BARE_END = re.compile(r"\s*(?:[,.;:\n]|$|voi\b)")  # "thông qua Nghị quyết với mục tiêu ...": nothing names it


@dataclass(frozen=True, slots=True)
class PaperMention:
    """One resolution or document as an article names it."""

    kind: str  # resolution or document
    type: str  # Nghị quyết, Kế hoạch, ...
    start: int
    end: int
    number: str | None
    issuer: str | None
    subject: str | None
    khoa: str | None
    term: str | None
    action: str | None
    congress: MeetingMention | None  # "Nghị quyết Đại hội ...": the meeting that adopted it
    written: str
    adopted_here: bool = False  # "Đại hội thông qua Nghị quyết với ...": the article's meeting adopts it

    @property
    def label(self) -> str:
        """``Kế hoạch số 79 của Ban Thường vụ Tỉnh ủy về việc ...``, however it was written,
        on one line."""
        return " ".join(self._label().split())

    def _label(self) -> str:
        if self.number:
            parts = [f"{self.type} số {self.number}"]
            parts += [f"của {self.issuer}"] if self.issuer else []
            parts += [f"về {self.subject}"] if self.subject else []
            return " ".join(parts)
        if self.congress:
            term = f", nhiệm kỳ {self.term}" if self.term and not _names_term(self.congress.written, self.term) else ""
            return f"{self.type} {self.congress.written}{term}"
        return self.written[:1].upper() + self.written[1:]


def find_papers(page: Page, meetings: list[MeetingMention]) -> list[PaperMention]:
    papers: list[PaperMention] = []
    listed: tuple[int, str | None] = (0, None)  # where a list of papers ends, and what was done to them
    for match in _ANCHOR.finditer(page.folded):
        if _LIST_OPENED.match(page.folded, match.end()):  # "các nghị quyết như: A; B"
            listed = (page.sentence_at(match.start())[1], _action(page.folded, match.start()))
        done = listed[1] if match.start() < listed[0] else None
        found = _read(page, match, meetings, done)
        if not found:
            continue
        before = page.folded[max(0, match.start() - _COUNT_WINDOW):match.start()]
        count = _COUNT_BEFORE.search(before)
        plural = bool(count or _PLURAL_BEFORE.search(before))
        each = _each_counted(found, int(count[1])) if count else []
        papers.extend(each or [p for p in found if p.number or not plural])
    return _share_attributes(page, papers)


def _each_counted(found: list[PaperMention], count: int) -> list[PaperMention]:
    """``2 dự thảo Nghị quyết của HĐND về A và B``: the papers a count names when the last
    separators of their subject part it into that many, the head shared by each."""
    if count < 2 or len(found) != 1 or found[0].number or not found[0].subject:
        return []
    paper, subject = found[0], found[0].subject
    cuts = list(_SUBJECT_PARTS.finditer(subject))
    if len(cuts) < count - 1 or not paper.written.endswith(subject):
        return []
    head = paper.written[:len(paper.written) - len(subject)]
    bounds = [0] + [at for cut in cuts[len(cuts) - count + 1:] for at in cut.span()] + [len(subject)]
    parts = [subject[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    return [replace(paper, subject=part, written=head + part) for part in parts]


def _read(page: Page, anchor: re.Match, meetings: list[MeetingMention], listed_action: str | None = None
          ) -> list[PaperMention]:
    """The paper (or papers: ``số 18 và 19``) named from ``anchor``; ``listed_action``, what was
    done to a list it is in."""
    text = page.folded
    type_ = _TYPES[anchor.group(1)]
    kind = "resolution" if type_ == RESOLUTION else "document"
    capitalised = page.written(anchor.start(), anchor.start() + 1).isupper()
    pos = _past_initials(text, anchor)
    numbers: list[tuple[int, int]] = []
    if (m := _NUMBERS.match(text, pos)) and (capitalised or "so" in m.group()[:4] or "-" in m["first"]):
        numbers = [_spelt_out(text, m.span("first"))] + [
            (m.start("more") + n.start(), m.start("more") + n.end()) for n in _MORE_NUMBERS.finditer(m["more"])]
        pos = m.end()
    if numbers and (m := _ISSUED.match(text, pos)):  # "ngày 12/4/2021": the date it was issued
        pos = m.end()
    congress = find_meeting_at(meetings, text, pos) if kind == "resolution" and not numbers else None
    plenum = _plenum(page, pos) if kind == "resolution" and not (numbers or congress) else None
    issuer_span = (congress.start, congress.end) if congress else plenum or _issuer(page, pos)
    pos = issuer_span[1] if issuer_span else pos
    khoa = None
    if m := _KHOA.match(text, pos):
        khoa, pos = page.written(*m.span(1)), m.end()
        issuer_span = (issuer_span[0], pos) if issuer_span else None
    issuer = page.written(*issuer_span) if issuer_span else None
    subject, end = _subject(page, pos, does=kind == "resolution" and pos == anchor.end())
    titled = capitalised and kind == "resolution" and _titled(text, pos)  # Nghị quyết về "Tăng cường ..."
    named = titled or _names_one(kind, anchor.group(1), capitalised, numbers, congress or plenum, issuer, subject, end)
    if not (named or kind == "resolution" and (subject or capitalised)):
        return []  # nothing done to it could make it one paper: the action is not read
    action = _action(text, anchor.start()) or listed_action
    adopted = kind == "resolution" and action in ADOPTING_ACTIONS
    issued = kind == "resolution" and action in ISSUING_ACTIONS
    adopted_here = adopted and capitalised and not (
        numbers or congress or issuer or subject) and bool(_BARE_END.match(text, anchor.end()))
    if not (adopted_here or issued and subject or named):
        return []
    if congress and congress.bare and _EARLIER.match(text, congress.end):
        return []  # "thực hiện Nghị quyết đại hội nhiệm kỳ trước": which one, it does not say
    base = PaperMention(kind, type_, anchor.start(), end or pos, None, issuer, subject, khoa,
                        congress.term if congress else None, action, congress,
                        page.written(anchor.start(), end or pos).strip(), adopted_here)
    if not numbers:
        return [base]
    return [_numbered(page, base, span) for span in numbers]


def _plenum(page: Page, pos: int) -> tuple[int, int] | None:
    """``Trung ương 4``, ``TW 10`` after ``Nghị quyết``: the span of the plenum it is named
    after, the meeting word left out."""
    m = _PLENUM_NUMBER.match(page.folded, pos)
    return m.span(1) if m and page.written(m.start(1), m.start(1) + 1).isupper() else None


def _past_initials(text: str, anchor: re.Match) -> int:
    """Past the type's initials in brackets after it, as a page writes them before using them
    alone: ``Nghị quyết (NQ) 28``, ``Kế hoạch (KH) số 79``."""
    m = _BRACKETED.match(text, anchor.end())
    return m.end() if m and m[1] == "".join(word[0] for word in anchor.group(1).split()) else anchor.end()


def _spelt_out(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a number with its last part written out whole: ``NQ-Hội đồng nhân dân``
    (a newsroom that writes every abbreviation out writes them out in numbers too)."""
    start, end = span
    last = text.rfind("-", start, end), text.rfind("/", start, end)
    spelt = _SPELT_OUT.match(text, max(last) + 1) if max(last) > start else None
    return (start, spelt.end()) if spelt and spelt.end() > end else span


def _names_one(kind, anchor, capitalised, numbers, congress, issuer, subject, purpose_end) -> bool:
    """Whether the mention names one paper, not papers in general (``các nghị quyết``,
    ``theo hướng dẫn của Trung ương``)."""
    if numbers or congress:
        return True
    if anchor in _ALWAYS_NAMED:
        return bool(issuer or purpose_end)
    if kind == "resolution":
        return bool(issuer and subject)
    return capitalised and bool(issuer or subject)


def _names_term(written: str, term: str) -> bool:
    """Whether ``term`` (``2020-2025``) is written in ``written``, with any dash and spacing."""
    return re.sub(r"\D", "", term) in re.sub(r"\D", "", written)


def _numbered(page: Page, base: PaperMention, span: tuple[int, int]) -> PaperMention:
    return replace(base, number=page.written(*span))


def _issuer(page: Page, pos: int) -> tuple[int, int] | None:
    """``của Ban Chấp hành Trung ương Đảng``: the span of the body."""
    m = _OF.match(page.folded, pos)
    if not m:
        return None
    toks = page.tokens(m.end(), min(len(page.folded), m.end() + 120))
    taken, unmarked = [], typed_unmarked(toks)
    for tok in toks:
        if taken and tok.sep != " " or not (tok.capitalised or is_body_word(tok, unmarked)) or tok.text == "khoa":
            break
        taken.append(tok)
    if not taken or not taken[0].capitalised:
        return None
    return taken[0].start, taken[-1].end


def _subject(page: Page, pos: int, does: bool = False) -> tuple[str | None, int | None]:
    """``về Chương trình chuyển đổi số`` / ``thực hiện Nghị quyết``: what it is about; when
    ``does``, also what it does (``xác nhận kết quả bầu cử ...``)."""
    m = _PURPOSE.match(page.folded, pos)
    if not m and does and (m := _DOES.match(page.folded, pos)):
        return _subject_doing(page, m.end())
    if not m:
        return None, None
    if m["about"] and (quoted := _quoted(page.folded, m.end())):  # về “Xây dựng, củng cố ...”
        return page.written(*quoted).strip(), quoted[1] + 1
    end = _subject_end(page, m.end()) if m["about"] else _purpose_end(page.normalised, m.end())
    if end - m.end() < 3:
        return None, None
    return (page.written(m.end(), end).strip() if m["about"] else None), end


def _titled(text: str, pos: int) -> bool:
    """Whether a subject in quotes, a paper's title, follows ``pos``."""
    return bool((m := _PURPOSE.match(text, pos)) and m["about"] and _quoted(text, m.end()))


def _quoted(text: str, start: int) -> tuple[int, int] | None:
    """The span inside the quotes that open at ``start``, quotes within them kept."""
    if not _QUOTE_OPENS.match(text, start):
        return None
    depth = 1
    for quote in _QUOTE.finditer(text, start + 1, start + _LONGEST_QUOTE):
        if quote.group() == "\n":
            return None
        depth += 1 if quote["open"] else -1
        if depth == 0:
            return (start + 1, quote.start()) if quote.start() - start > 3 else None
    return None


def _subject_doing(page: Page, start: int) -> tuple[str | None, int | None]:
    """What a resolution does, to the end of its subject; one that names another paper by
    its number (``sửa đổi, bổ sung Nghị quyết số 12/NQ-HĐND ngày ...``) ends with it, and
    what follows is that paper's."""
    end = _subject_end(page, start)
    inner = _ANCHOR.search(page.folded, start, end)
    if inner and (number := _NUMBERS.match(page.folded, inner.end())):
        end = min(end, _spelt_out(page.folded, number.span("first"))[1])
    return page.written(start, end).strip(), end


def _subject_end(page: Page, start: int) -> int:
    while True:
        stop = _SUBJECT_STOP.search(page.normalised, start)
        if not stop:
            return len(page.normalised)
        if stop.group().strip() in "-–":  # "kinh tế - xã hội" goes on; a headline's "- Góc nhìn" does not
            if page.written(stop.end(), stop.end() + 1).isupper():
                return stop.start()
            start = stop.end()
            continue
        goes_on = _SUBJECT_GOES_ON.match(page.folded, stop.start())
        if not goes_on or page.written(goes_on.end() - 1, goes_on.end()).isupper():
            return stop.start()
        start = stop.end()


def _purpose_end(text: str, start: int) -> int:
    stop = _PURPOSE_STOP.search(text, start)
    return stop.start() if stop else len(text)


def _action(text: str, start: int) -> str | None:
    """The action written last before a paper, within four words of it; a review just
    before that carrying out is what was done (``tổng kết 10 năm thực hiện``)."""
    before = text[max(0, start - _ACTION_WINDOW):start]
    found = list(_ACTIONS.finditer(before))
    near = [m for m in found if len(before[m.end():].split()) <= _ACTION_REACH
            and not before[m.end():].lstrip().startswith(ATTACHED_TO)]
    if not near:
        return None
    last = near[-1]
    action = _ACTION_BY_KEY[last.group(1)]
    if action in _CARRYING_OUT:
        for m in reversed(found[:found.index(last)]):
            between = before[m.end():last.start()]
            if (_ACTION_BY_KEY[m.group(1)] in _REVIEWS and len(between.split()) <= _REVIEW_REACH
                    and not any(mark in between for mark in ",;:.")):
                return _ACTION_BY_KEY[m.group(1)]
    return action


def _share_attributes(page: Page, papers: list[PaperMention]) -> list[PaperMention]:
    """``Đề án số 09 và Kế hoạch số 79 của Ban Thường vụ``, ``Nghị quyết số 18-NQ/TW và Nghị
    quyết số 19-NQ/TW của Ban Chấp hành Trung ương``: both are the body's; in
    ``Nghị quyết A, Nghị quyết B`` the action before A is done to B too."""
    shared = list(papers)
    for i in range(len(shared) - 2, -1, -1):
        first, second = shared[i], shared[i + 1]
        between = page.folded[first.end:second.start].strip(" ,")
        if between not in ("", "va") or second.start < first.end and not first.number:
            continue  # apart, or the subject of the first: "Nghị quyết sửa đổi Nghị quyết số 12"
        if first.kind == second.kind and not first.issuer and second.issuer:
            shared[i] = replace(first, issuer=second.issuer, subject=first.subject or second.subject)
        if second.action is None and first.action:
            shared[i + 1] = replace(second, action=first.action)
    return shared


UNKNOWN_LEVEL = "?"  # a number written bare, by no one named


def paper_family(type_: str, number: str, issuer: str | None, province: str | None) -> tuple:
    """What tells one numbered paper from another with the same number: the number, the
    level of its issuer (``-NQ/TW`` and ``Ban Chấp hành Trung ương`` are one) and, for a
    province's own papers, the province."""
    folded = _SPELT_OUT.sub(lambda m: _SHORT_OF[m.group().strip()], fold(number))
    digits = int(re.match(r"\d+", folded).group())
    year = re.search(r"/(\d{4})\b", folded)  # "06/2012/NQ-HĐND": councils number anew each year
    suffix = re.findall(r"[a-z]+", folded)
    issuer_key = canonical_body(issuer)
    if {"tw"} & set(suffix) or issuer_key == "dang" or "bo chinh tri" in issuer_key \
            or "ban bi thu" in issuer_key:
        level = "tw"
    elif suffix[-1:] == ["cp"] or "chinh phu" in issuer_key:
        level = "cp"
    elif "hdnd" in suffix or "hoi dong nhan dan" in issuer_key:
        level = "hdnd"
    elif suffix or issuer_key:
        level = suffix[-1] if suffix else issuer_key
    else:
        level = UNKNOWN_LEVEL
    local = "" if level in ("tw", "cp") else fold(province or "")
    return (fold(type_), digits, level, local) + ((year.group(1),) if year else ())
