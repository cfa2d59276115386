"""Mentions of meetings: which kind, which body met, its ordinal, khóa and term.

A mention starts at ``Hội nghị``, ``Đại hội`` or ``Kỳ họp`` and reads the phrase after
it: the body (``Ban Chấp hành Đảng bộ tỉnh``), ``lần thứ 25`` / ``XX`` / ``hai mươi``,
``khóa XIX``, ``nhiệm kỳ 2015 - 2020``, ``của <body>`` a few words on. Whether the
article reports the meeting or only names it is decided in ``article``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, takewhile

from .. import ordinals
from ..lexicon import (
    ABBREVIATIONS,
    ASPECT_WORDS,
    BARE_NUMBER_AFTER,
    BODY_COMPOUNDS,
    BODY_DELIBERATIONS,
    BODY_TYPES,
    BODY_WORDS,
    COMMITTEE_ELECTIONS,
    COMMITTEES,
    CUES_BEFORE_A_VERB,
    DASHES,
    DATE_LEADS,
    DATED_EVENTS,
    DISSEMINATES,
    DOCUMENT_TYPES,
    FAMILY_TYPES,
    FIRST_WORDS,
    GOALS_SET,
    GOALS_SET_BY,
    HELD_BY_AFTER,
    HOLDING_VERBS,
    LEADING_UP_TO,
    MASS_ORGANISATIONS,
    MEETING_ABBREVIATIONS,
    MEETING_CUES,
    MEETING_HOLDERS,
    MEETING_KINDS,
    MEETING_TOPICS,
    MEETING_VERBS,
    MEETING_WORD_SPELLINGS,
    MEETING_WORDS,
    NOT_A_BODY_MEETING,
    NOT_CUES,
    ORDINAL_BEFORE,
    PAPERS_NAMING_A_MEETING,
    PAPERS_SUBMITTED,
    PAPERS_WHEN_NUMBERED,
    PARTY_NAMES,
    PLACE_ABBREVIATIONS,
    PLACE_WORDS,
    PROVINCE_BY_KEY,
    PROVINCE_CUES,
    PROVINCES_NAMED_AFTER_PEOPLE,
    PURPOSE_LEADS,
    SCHOOL_WORDS,
    SESSION_TOPICS,
    SUBJECT_CLAUSE_OPENERS,
    TITLE_HEADS,
    TITLED_WRITINGS,
    TOPIC_ENDS,
    UPCOMING_AFTER,
    WORD_CHAR,
    alternation,
    is_surname,
)
from ..text import fold, normalise
from .dates import DAY_CUE
from .page import Page, Tok

_WORD = re.compile(r"\w+")
_ANCHOR = re.compile(rf"({alternation({**MEETING_WORDS, **MEETING_ABBREVIATIONS}, WORD_CHAR)})\b")
# "Ban Thường vụ Tỉnh ủy họp": a body meeting, named by the verb; not "họp báo", "họp mặt",
# "họp hội nghị" (the noun names it) or "Đại hội ... đã họp phiên trù bị" (a session of one).
_VERB_ANCHOR = re.compile(rf"{alternation(MEETING_VERBS, WORD_CHAR)}\b")  # on the normalised text
_NOT_A_BODY_MEETING = re.compile(rf"\s+(?:{alternation(NOT_A_BODY_MEETING)}|(?:[a-z]+\s+){{0,2}}?"
                                 rf"{alternation(MEETING_WORDS)})\b")
_BODY_WORDS_UNMARKED = frozenset(fold(w) for w in BODY_WORDS)
_BODY_COMPOUNDS_UNMARKED = tuple(tuple(fold(w) for w in compound) for compound in BODY_COMPOUNDS)
_COMPOUND_GO_ON = frozenset(word for compound in BODY_COMPOUNDS for word in compound[1:])
_COMPOUND_GO_ON_UNMARKED = frozenset(word for compound in _BODY_COMPOUNDS_UNMARKED for word in compound[1:])


def is_body_word(tok: Tok, unmarked: bool) -> bool:
    """A lower-case word of a body's name, written with its marks or, in a phrase typed
    without any (``unmarked``), without them ("hoi nghi ban thuong vu tinh uy lan thu 18")."""
    return tok.norm in BODY_WORDS or unmarked and tok.text in _BODY_WORDS_UNMARKED


def _in_body(tok: Tok, unmarked: bool, before: list[Tok]) -> bool:
    """A word of a body's name: a capital, a body word, or one that goes on the name of a body
    the words ``before`` it begin (``Công đoàn``, ``Liên đoàn lao động``)."""
    return tok.capitalised or is_body_word(tok, unmarked) or _goes_on_compound(tok, unmarked, before)


def _goes_on_compound(tok: Tok, unmarked: bool, before: list[Tok]) -> bool:
    if (tok.text if unmarked else tok.norm) not in (_COMPOUND_GO_ON_UNMARKED if unmarked else _COMPOUND_GO_ON):
        return False  # a word no compound goes on with
    words = [t.text if unmarked else t.norm for t in before] + [tok.text if unmarked else tok.norm]
    for compound in _BODY_COMPOUNDS_UNMARKED if unmarked else BODY_COMPOUNDS:
        if any(words[-size:] == list(compound[:size]) for size in range(2, min(len(words), len(compound)) + 1)):
            return True
    return False


def _ends_body(toks: list[Tok], tok: Tok) -> bool:
    """A word that is no part of a body's name, unless it is a place's, written with a capital
    after the word for its level ("Đảng bộ huyện Năm Căn")."""
    if tok.norm in _ATTRIBUTE_WORDS:
        return True
    return tok.norm in _NOT_BODY and not (tok.capitalised and toks and toks[-1].norm in PLACE_WORDS)


def typed_unmarked(toks: list[Tok]) -> bool:
    return all(tok.word.isascii() for tok in toks)


_VENUE_BEFORE = re.compile(r"\b(?:trung tam|hoi truong|nha)\s+$")  # "Trung tâm Hội nghị tỉnh" is a place
_SCHOOL_BEFORE = re.compile(rf"{alternation(SCHOOL_WORDS, WORD_CHAR)}\s+$")
_ORG_WORD = re.compile(r"\b(?:ban|bch|btv|tw|dang|uy|hdnd|ubnd|hoi dong|uy ban|thuong truc|trung uong|toan quoc|"
                       rf"doan|{alternation(MASS_ORGANISATIONS)})\b")
_LONGEST_PHRASE = 240  # characters a meeting's name may run on after its first word
_HELD_BY_REACH = 200  # characters before a meeting's name that may name the body holding it
# A mark, or a dash between spaces, not between figures; the pattern opens on one character
# class so that the regex engine jumps from candidate to candidate.
_CLAUSE_END = re.compile(r"[.;:\n\"“”\s](?:(?<=[.;:\n\"“”])|(?<!\d\s)(?<=\s)-\s(?!\d))")
_GLUED_DOT = re.compile(r"\.[^\W\d_]")
_PLACE_SHORT = re.compile(rf"{alternation(PLACE_ABBREVIATIONS, WORD_CHAR)}$")  # before its dot: "TP."
_ATTRIBUTE_WORDS = frozenset(normalise(w) for w in "lần thứ khóa nhiệm kỳ".split())  # even with a capital
_NOT_BODY = _ATTRIBUTE_WORDS | frozenset(normalise(w) for w in
                                        "là đã sẽ vào ngày năm của tại và với về để nhằm".split())
_CUES_BEFORE = {kind: re.compile(rf"(?P<cue>{alternation(words, WORD_CHAR)})\s*"
                                 + (r"(?:[a-z]+\s+){0,2}?" if kind in CUES_BEFORE_A_VERB else "") + r"(?:cac\s+)?$")
                for kind, words in MEETING_CUES.items()}
_ANNOUNCED_AFTER = re.compile(rf"\s*,?\s*(?:[a-z]+\s+){{0,2}}?{alternation(UPCOMING_AFTER)}\b")
# "Ban Chấp hành Đảng bộ tỉnh X khóa XIV, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị ...": the
# body that holds the meeting, written before it.
# "Đảng bộ thành phố Buôn Hồ, tỉnh Đắk Lắk tổ chức ...": its province may follow after a comma.
_HOLDING_BODY = (rf"(?P<body>{alternation(MEETING_HOLDERS, WORD_CHAR)}\b[^,.;:\n]*?"
                 rf"(?:,\s*{alternation([fold(c) for c in PROVINCE_CUES])}\s[^,.;:\n]*?)?)"
                 r"(?:\s+khoa\s+(?:(?P<khoa>[ivxlcdm]+)|moi))?"  # "khóa mới": the new term's
                 r"(?:\s*,?\s*nhiem ky\s+(?P<first>\d{4})\s*-\s*(?P<last>\d{4}))?")
_HOLDING_VERB = (r"(?:(?:to chuc|khai mac|hop|tien hanh|be mac|(?:da )?co)\s+)+"
                 r"(?:(?:phien|buoi) (?:tru bi|khai mac|be mac|thu nhat|dau tien)\s+)?$")
_HELD_BY = re.compile(
    _HOLDING_BODY + rf"\s*,?\s*(?:{alternation(ASPECT_WORDS)} )?(?:long trong |trong the )?" + _HOLDING_VERB)
_HOLDING_VERB_BEFORE = re.compile(_HOLDING_VERB)  # looked for first: most meetings are named after none
_HELD_AFTER = re.compile(rf"{alternation(HELD_BY_AFTER)}\s+" + _HOLDING_BODY
                         + rf"\s+{alternation(HOLDING_VERBS)}\b")
# "Tại phiên họp ngày 9/5, Ban Thường vụ Tỉnh ủy thống nhất ...": the body that met, as the
# subject of the clause right after a meeting named bare, when only its day comes between.
_DAY_WORDS = rf"{DAY_CUE}|\d{{1,2}}(?:\s*[/.-]\s*\d{{1,4}}){{1,2}}"
_SUBJECT_AFTER = re.compile(rf"(?:\s+(?:{_DAY_WORDS}))*\s*,\s*(?={alternation(MEETING_HOLDERS)}\b)")
_HOLDER = re.compile(rf"{alternation(MEETING_HOLDERS)}\b")
_CLAUSE_BREAK = re.compile(r"[,;:.\n]")  # between a meeting's name and a body: the body is not in it
_BODY_BEFORE_VERB = re.compile(_HOLDING_BODY + rf"\s+(?:{alternation(ASPECT_WORDS)} )?$")
_ORDINAL_BEFORE = re.compile(rf"{alternation(ORDINAL_BEFORE, WORD_CHAR)}\s+thu\s+(?P<number>[a-z0-9]+)\s+$")
# "Ban Chấp hành khóa mới họp phiên đầu tiên": a body's first sitting, its first meeting of the term
_FIRST_SITTING_AFTER = re.compile(rf"\s+{alternation(ORDINAL_BEFORE, WORD_CHAR)}\s+"
                                  rf"(?:{alternation(FIRST_WORDS)}|thu\s+nhat)\b")
_PAPER_THEN_ABOUT = (rf"\b(?:{alternation([fold(t) for t in (*DOCUMENT_TYPES, 'Nghị quyết')])}|"
                     rf"{alternation(PAPERS_WHEN_NUMBERED)}(?=\s+so\s))\b(?:\s+(?:so\s+\S+|\d\S*))?"
                     r"(?:\s*,?\s*\(?\s*ngay\s+[\d/.-]+\s*\)?\s*,?)?(?:\s+cua\s+[^.;:\n]{0,50}?)?\s+ve\b")
_PAPER_ABOUT = re.compile(_PAPER_THEN_ABOUT + r"\s*$")
# "Kết luận số 190-KL/TW ... về tiếp tục tăng cường lãnh đạo, chỉ đạo công tác tổ chức đại hội ...":
# a subject in lower-case words, with no new clause after a comma, runs on to the meeting.
_PAPER_SUBJECT = re.compile(_PAPER_THEN_ABOUT + r"(?P<subject>[^.;:\n]+)$")
_GOALS_SET_BY = re.compile(rf"{alternation(GOALS_SET_BY, WORD_CHAR)}\s+$")
_GOALS_SET = re.compile(rf"\s+(?:{alternation(ASPECT_WORDS)}\s+)?{alternation(GOALS_SET)}\b")
_NEW_CLAUSE = re.compile(rf",\s*{alternation(SUBJECT_CLAUSE_OPENERS)}\b|,\s*$")
_AFTER_A_KIND = ("cua", "lan", "thu")  # "kỳ họp chuyên đề của ...", "kỳ họp bất thường lần thứ 2"
_SUBJECT_SYLLABLES = 16  # of a paper's subject before the meeting it runs on to
# "Chỉ thị ... về đại hội đảng bộ các cấp tiến tới Đại hội XIV": the meeting led up to is the
# paper's subject too.
_LEADING_UP_TO = re.compile(rf"\s*,?\s*{alternation(LEADING_UP_TO)}\s+")
_RENAMED = re.compile(rf"\s*{alternation(DASHES)}\s*")
_DATED_EVENT = re.compile(rf"{alternation(DATED_EVENTS, WORD_CHAR)}\b")
_DELIBERATES = re.compile(rf"{alternation(BODY_DELIBERATIONS, WORD_CHAR)}\b")
_ELECTS = re.compile(rf"{alternation(COMMITTEE_ELECTIONS, WORD_CHAR)}\b")
_COMMITTEE_MEETINGS = ("hoi_nghi_bch", "hoi_nghi_btv")
_DAY_OPENS = re.compile(rf"\W*{DAY_CUE}\s*\(?\s*\d")  # "Ngày 16/9, ...", "Sáng nay (16/10), ..."
_NATIONAL = re.compile(r"\b(?:trung uong|toan quoc|tw)\b")
_MASS_ORGANISATION = re.compile(rf"\b{alternation(MASS_ORGANISATIONS)}\b")
_SUBMITTED = re.compile(rf"{alternation(PAPERS_SUBMITTED, WORD_CHAR)}\b[^.;:\n]*\btrinh\s*$")
_PAPER_NAMED = re.compile(rf"{alternation(PAPERS_NAMING_A_MEETING, WORD_CHAR)}(?:\s+[a-z]+){{1,4}}\s*$")
_QUOTED_TITLE = re.compile(rf"{alternation(TITLED_WRITINGS, WORD_CHAR)}\b[^.;\n\"“”]*[\"“][^\"“”]*$")
_PAPER_NAME_REACH = 40  # characters from a paper's first word to the meeting its name runs on to
_TOPIC_END = re.compile(rf",|\s{alternation(TOPIC_ENDS)}\s")  # on the normalised text
_DAY_AFTER = re.compile(rf"(?:\s+{alternation(DATE_LEADS)})?\s+{DAY_CUE}\s*\(?\s*\d")
# What a conference without a body is about: "Hội nghị tổng kết công tác năm 2023".
_TOPIC = re.compile(rf"{alternation(MEETING_TOPICS)}\b")
# A conference that disseminates a resolution says so within its first words:
# "hội nghị (trực tiếp kết hợp trực tuyến) học tập, quán triệt ...".
_QUAN_TRIET = re.compile(r"^\W*(?:[a-z]+\W+){0,8}?(?:nghien cuu\W+)?(?:hoc tap\W+(?:va\W+)?)?"
                         + alternation(DISSEMINATES))
# The purpose a meeting is held for, as written ("để", not the "đề" of "vấn đề"), whose first
# aim, or one joined by "và", disseminates: "để thông báo nhanh ... và quán triệt ...", not
# "nhằm tổng kết 10 năm triển khai thực hiện Nghị quyết".
_PURPOSE = re.compile(rf"\s(?:{'|'.join(PURPOSE_LEADS)})\s")  # on the normalised text
_DISSEMINATING_AIM = re.compile(rf"(?:[^.;:\n]*?\sva\s)?{alternation(DISSEMINATES)}")


# Offices that start no body's name, after a meeting's name ("đại biểu" starts the delegates'
# congress's: "Đại hội đại biểu Đảng bộ").
_OFFICE_HEADS = frozenset(head for head in TITLE_HEADS if head[0] != normalise("đại"))
_LONGEST_OFFICE_HEAD = max(map(len, _OFFICE_HEADS))


@dataclass(slots=True)
class MeetingMention:
    anchor: str  # the family of the word that names it: hoi nghi, dai hoi, ky hop
    start: int
    end: int
    type: str
    body: str | None
    ordinal: int | None
    khoa: str | None
    term: str | None
    province: str | None
    national: bool  # the Party's, nationwide
    cue: str | None  # what the words around say of it: document, upcoming, past, about (MEETING_CUES)
    written: str

    topic: bool = False  # "Hội nghị tổng kết ...": named by what it is about
    held_by: bool = False  # the body was named as holding it: "Ban Thường vụ ... tổ chức hội nghị"
    verb: bool = False  # named by a verb, not a meeting word: "Ban Thường vụ Tỉnh ủy họp", "công bố quyết định"
    nationwide: bool = False  # of the whole country, the Party's or an organisation's ("toàn quốc MTTQ")
    called: str = ""  # the noun that names an event known by its act: "buổi" (làm việc với ...)
    word: str = ""  # the word that names it, as written: "Hội nghị", "buổi làm việc"; none for a verb

    @property
    def name(self) -> str:
        """What it is called: as written, after the noun of an event known by its act ("buổi
        làm việc với Ban Thường vụ Huyện ủy")."""
        return f"{self.called} {self.written}" if self.called else self.written

    @property
    def referenced_by_context(self) -> bool:
        """The words around say it is prepared, awaited, past or a paper's source."""
        return self.cue is not None

    @property
    def bare(self) -> bool:
        """``Tại hội nghị``, ``trước Đại hội``: the article's own meeting, by anaphora."""
        return not (self.body or self.ordinal or self.khoa or self.term or self.topic)

    @property
    def specific(self) -> bool:
        """Names one meeting: an ordinal, a term or khóa, or a body written as a name or
        by its province ("đại hội Đảng bộ tỉnh Lạng Sơn")."""
        if self.generic:
            return False
        named = self.held_by or self.topic or self.body and (self.written[:1].isupper() or self.province)
        return bool(self.ordinal or self.khoa or self.term or named)

    @property
    def generic(self) -> bool:
        """``đại hội đảng bộ các cấp``: many meetings, none in particular."""
        return bool(self.body) and bool(re.search(r"\bcac cap\b", self.body_key))

    @property
    def body_key(self) -> str:
        return fold(self.body or "")


_BODY_SAME = (  # ways to write one body -> one key
    (re.compile(r"\b(?:ban chap hanh|ban thuong vu|dai bieu|cua)\b"), ""),
    (re.compile(r"\btoan quoc\b"), "dang"),
    (re.compile(r"\btinh uy\b"), "dang bo tinh"),
    (re.compile(r"\bthanh uy\b"), "dang bo thanh pho"),
    (re.compile(r"\bhuyen uy\b"), "dang bo huyen"),
    (re.compile(r"\bthi uy\b"), "dang bo thi xa"),
    (re.compile(r"\bdang uy\b"), "dang bo"),
    (re.compile(r"^(?:trung uong(?: dang)?|dang)$"), "dang"),
)


@lru_cache(maxsize=4096)
def canonical_body(body: str | None) -> str:
    """One key for the ways a body is written: ``Ban Thường vụ Tỉnh ủy Thái Nguyên`` and
    ``BCH Đảng bộ tỉnh`` are both ``dang bo tinh`` (the meeting type tells them apart)."""
    key = " " + normalise(body or "") + " "
    for name in PROVINCE_BY_KEY:
        key = key.replace(f" {name} ", " ")
    key = " ".join(ABBREVIATIONS.get(w, w) for w in _WORD.findall(fold(key)))  # "TP." is "thành phố"
    for pattern, replacement in _BODY_SAME:
        key = " ".join(pattern.sub(replacement, key).split())
    return key


def find_meetings(page: Page) -> list[MeetingMention]:
    mentions, named = [], set()
    for match in _ANCHOR.finditer(page.folded):
        mention = _meeting_at(page, match)
        if mention is None:
            continue
        named.update(range(*match.span()))
        if not _VENUE_BEFORE.search(page.folded, max(0, match.start() - 16), match.start()):
            mentions.append(mention)
    for match in _VERB_ANCHOR.finditer(page.normalised):
        if match.start() not in named and not _NOT_A_BODY_MEETING.match(page.folded, match.end()) and _body_meets(
                page, match.start(), named):  # not "kỳ họp", "họp báo"
            mentions.append(_read(page, match, "hoi nghi", verb=True))
    _chain_cues(page, sorted(mentions, key=lambda m: m.start))
    dated = [(start, end) for start, end in page.sentences if _DAY_OPENS.match(page.folded, start)]
    for sentence_start, sentence_end in dated:
        for match in _DATED_EVENT.finditer(page.folded, sentence_start, sentence_end):
            if not named & set(range(sentence_start, match.start())):
                mentions.append(_dated_event(page, match))
    mentions.extend(_deliberations(page, mentions, named, dated))
    return _without_appositions(page, sorted(mentions, key=lambda m: m.start))


def _without_appositions(page: Page, mentions: list[MeetingMention]) -> list[MeetingMention]:
    """Without a meeting said again in brackets right after its name, by no number: "Kỳ họp
    thứ 15 (kỳ họp chuyên đề)" is one session."""
    return mentions[:1] + [m for before, m in pairwise(mentions) if not (
        m.anchor == before.anchor and m.ordinal is None and page.folded[before.end:m.start].strip() == "(")]


def _meeting_at(page: Page, match: re.Match) -> MeetingMention | None:
    """The meeting a meeting word names; none when it is another word written alike: one that
    folds as it does ("Hội thao"), or "ĐH" of a school or followed by nothing that names a congress."""
    word = match.group(1)
    if word in MEETING_WORD_SPELLINGS:
        written = page.normalised[match.start():match.end()]
        if written != MEETING_WORD_SPELLINGS[word] and not written.isascii():
            return None
    if word in MEETING_WORDS:
        return _read(page, match, MEETING_WORDS[word])
    if not page.written(*match.span()).isupper() or _SCHOOL_BEFORE.search(
            page.folded, max(0, match.start() - 12), match.start()):
        return None
    mention = _read(page, match, MEETING_ABBREVIATIONS[word])
    return mention if mention.body or mention.ordinal or mention.khoa or mention.term else None


def _deliberations(page: Page, mentions: list[MeetingMention], named: set[int],
                   dated: list[tuple[int, int]]) -> list[MeetingMention]:
    """``Chiều 20/5, Ban Thường vụ Tỉnh ủy thảo luận ...``: a body's meeting known by what it
    did there, in a sentence that opens with its day (one of ``dated``) and names no meeting;
    a committee's election (``Ban Chấp hành Đảng bộ tỉnh đã bầu ...``) on any day."""
    found = []
    for match, is_dated in _deliberating_words(page, dated):
        start, end = page.sentence_at(match.start())
        if any(start <= m.start < end for m in mentions + found) or not _body_meets(page, match.start(), named):
            continue
        mention = _read(page, match, "hoi nghi", verb=True)
        if is_dated or mention.type in _COMMITTEE_MEETINGS:
            found.append(mention)
    return found


def _deliberating_words(page: Page, dated: list[tuple[int, int]]) -> list[tuple[re.Match, bool]]:
    """What bodies do at their meetings, in order: any such word in the ``dated`` sentences, an
    election in any other (whether it opens a sentence with its day)."""
    words = [(match, True) for start, end in dated for match in _DELIBERATES.finditer(page.folded, start, end)]
    in_dated = {match.start() for match, _ in words}
    words += [(match, False) for match in _ELECTS.finditer(page.folded) if match.start() not in in_dated]
    return sorted(words, key=lambda word: word[0].start())


def _chain_cues(page: Page, mentions: list[MeetingMention]) -> None:
    """What the words before a meeting say of it holds for the meeting it leads up to, when it
    is a paper's source, and for its other name after a dash ("trình kỳ họp thứ 12 - kỳ họp
    chuyên đề của HĐND tỉnh")."""
    for before, mention in pairwise(mentions):
        if before.cue == "document" and _LEADING_UP_TO.fullmatch(page.folded, before.end, mention.start) or (
                before.cue and _RENAMED.fullmatch(page.folded, before.end, mention.start)):
            mention.cue = before.cue


def _dated_event(page: Page, match: re.Match) -> MeetingMention:
    """``công bố quyết định ...`` in a sentence that opens with its day: a ceremony known by
    what was done at it."""
    end = _topic_end(page, match.end(), _phrase_end(page, match, page.sentence_at(match.start())[1]))
    return MeetingMention(anchor="hoi nghi", start=match.start(), end=end, type="hoi_nghi", body=None, ordinal=None,
                          khoa=None, term=None, province=None, national=False, cue=None,
                          written=page.written(match.start(), end), topic=True, verb=True,
                          called=DATED_EVENTS[match.group()])


def _phrase_end(page: Page, anchor: re.Match, sentence_end: int) -> int:
    limit = min(sentence_end, anchor.end() + _LONGEST_PHRASE)
    end = _clause_end(page.folded, anchor.end(), limit)
    while _abbreviation_dot(page, end):
        end = _clause_end(page.folded, end + 1, limit)
    return end


def find_meeting_at(mentions: list[MeetingMention], text: str, position: int) -> MeetingMention | None:
    """The meeting named right at ``position`` (after ``của``): ``Nghị quyết Đại hội ...``,
    or a bare ``Nghị quyết đại hội``: the article's own."""
    at = re.compile(r"\s+(?:cua\s+)?").match(text, position)
    start = at.end() if at else position
    return next((m for m in mentions if m.start == start), None)


def _abbreviation_dot(page: Page, position: int) -> bool:
    """A dot inside a name: after a capital with a letter right after it (``Đảng bộ TP.HCM``),
    or after a place's level written short in capitals, before its name (``Đảng bộ TP. Cần
    Thơ``); not a sentence whose space after the dot was lost (``trên địa bàn tỉnh.Các đồng chí``)."""
    if page.folded[position:position + 1] != "." or not page.written(position - 1, position).isupper():
        return False
    if _GLUED_DOT.match(page.folded, position):
        return True
    return bool(_PLACE_SHORT.search(page.folded, max(0, position - 4), position)) and page.written(
        position + 1, position + 3).strip()[:1].isupper()


def _clause_end(text: str, start: int, limit: int) -> int:
    stop = _CLAUSE_END.search(text, start, limit)
    return stop.start() if stop else limit


def _read(page: Page, anchor: re.Match, kind: str, verb: bool = False) -> MeetingMention:
    sentence_start, sentence_end = page.sentence_at(anchor.start())
    end = _phrase_end(page, anchor, sentence_end)
    toks = page.tokens(anchor.end(), end)
    reader = _Reader(toks)
    reader.skip_filler()
    body_toks = reader.body() if toks and toks[0].sep == " " and not verb else []
    reader.named_body = not body_toks or bool(_ORG_WORD.search(" ".join(t.text for t in body_toks)))
    reader.attributes()
    reader.ordinal = reader.ordinal or _ordinal_before(page, anchor.start()) or (
        1 if verb and _FIRST_SITTING_AFTER.match(page.folded, anchor.end()) else None)
    body_toks = body_toks or reader.later_body or []
    if body_toks and not _ORG_WORD.search(" ".join(t.text for t in body_toks)):
        body_toks = []  # "Hội nghị tỉnh": a place, not a body
    topic = not body_toks and bool(toks) and toks[0].sep == " " and bool(
        _TOPIC.match(" ".join(t.text for t in toks[:3])))
    held_by = None if body_toks else _held_by(page, anchor.start(), _BODY_BEFORE_VERB if verb else _HELD_BY,
                                              sentence_start)
    if not (body_toks or held_by or verb):
        held_by = _held_after(page, anchor.end(), sentence_end)
    if not (body_toks or held_by or reader.last or topic):
        held_by = _subject_after(page, anchor.end(), end)
    if held_by:
        body_toks, reader.khoa, reader.term = held_by[0], reader.khoa or held_by[1], reader.term or held_by[2]
    body = _written(page, body_toks)
    body_key = " ".join(t.text for t in body_toks)
    before = page.folded[max(0, anchor.start() - 40):anchor.start()]
    nationwide = bool(_NATIONAL.search(body_key))
    national = (nationwide or reader.of_party or body_key in PARTY_NAMES  # "Đại hội Đảng 12"
                ) and not _MASS_ORGANISATION.search(body_key)
    last = reader.last or anchor
    end_at = last.end if isinstance(last, Tok) else last.end()
    if topic:  # "Hội nghị xúc tiến đầu tư tỉnh Thái Nguyên năm 2018": the phrase names it
        end_at = _topic_end(page, anchor.end(), end)
    return MeetingMention(
        anchor=kind,
        start=anchor.start(),
        end=end_at,
        type=_type(kind, body_key, page.folded[anchor.end():end], bool(held_by), reader.ordinal,
                   _held_to_disseminate(page, anchor.end(), sentence_end)),
        body=body if body_toks else ("Đảng" if reader.of_party else None),
        ordinal=reader.ordinal,
        khoa=reader.khoa,
        term=reader.term,
        province=None if national or not body else _province(body),
        nationwide=nationwide,
        national=national,
        cue=_cue(before, page.folded, end_at, page.folded[sentence_start:anchor.start()],
                 in_paper=bool(body_toks or reader.ordinal or reader.khoa or reader.term) and _in_paper(
                     page, anchor.start(), sentence_start)),
        written=page.written(anchor.start(), end_at),
        topic=topic,
        held_by=bool(held_by),
        verb=verb,
        word="" if verb else page.written(anchor.start(), anchor.end()),
    )


def _body_meets(page: Page, verb_start: int, named: set[int]) -> bool:
    """A body that holds meetings before ``họp``, and not inside a meeting's name: "Ban
    Thường vụ Tỉnh ủy họp phiên thường kỳ", not "Đại hội đại biểu Đảng bộ tỉnh ... đã họp
    phiên trù bị" (a sitting of the congress, named already)."""
    sentence_start = page.sentence_at(verb_start)[0]
    held_by = _held_by(page, verb_start, _BODY_BEFORE_VERB, sentence_start)
    if not held_by:
        return False
    body_start = held_by[0][0].start
    before = [at for at in named if sentence_start <= at < body_start]
    return not before or bool(_CLAUSE_BREAK.search(page.folded, max(before), body_start))


def _held_by(page: Page, anchor_start: int, pattern: re.Pattern, sentence_start: int):
    """The body, khóa and term written before ``tổ chức Hội nghị`` (or ``họp``), when they are."""
    start = max(sentence_start, anchor_start - _HELD_BY_REACH)
    if pattern is _HELD_BY and not _HOLDING_VERB_BEFORE.search(page.folded, start, anchor_start):
        return None
    return _holding_body(page, pattern.search(page.folded, start, anchor_start))


def _held_after(page: Page, anchor_end: int, sentence_end: int):
    """The body, khóa and term written after a meeting's name, before ``tổ chức``, in its
    sentence and with no other meeting between: "tại hội nghị ..., do Tỉnh ủy tổ chức"."""
    match = _HELD_AFTER.search(page.folded, anchor_end, sentence_end)
    if match is None or _ANCHOR.search(page.folded, anchor_end, match.start()):
        return None
    return _holding_body(page, match)


def _holding_body(page: Page, match: re.Match | None):
    if not match or not page.written(match.start("body"), match.start("body") + 1).isupper():
        return None
    body = page.tokens(match.start("body"), match.end("body"))
    if not _Reader(body).all_body():
        return None  # "Bí thư Tỉnh ủy X Trần Văn A phát biểu khai mạc đại hội": a person's title, not a body
    khoa = page.written(*match.span("khoa")).upper() if match["khoa"] else None
    term = f"{match['first']}-{match['last']}" if match["first"] else None
    return body, khoa, term


def _ordinal_before(page: Page, anchor_start: int) -> int | None:
    """``phiên thứ nhất Hội nghị Ban Chấp hành ...``: the first plenum after a congress; a
    later "phiên" is a sitting of some plenum, not its number."""
    match = _ORDINAL_BEFORE.search(page.folded, max(0, anchor_start - 24), anchor_start)
    parsed = ordinals.parse(page.written(*match.span("number"))) if match else None
    return 1 if parsed and parsed[0] == 1 else None


def _subject_after(page: Page, anchor_end: int, clause_end: int):
    """The body named as the subject right after a bare meeting, when it is; not a title
    before a name (``Tại hội nghị, Thường trực Ban Bí thư Võ Văn An nhấn mạnh``)."""
    match = _SUBJECT_AFTER.match(page.folded, anchor_end, clause_end)
    if not match:
        return None
    reader = _Reader(page.tokens(match.end(), clause_end))
    body = reader.body()
    after = reader.peek()
    if not body or not body[0].capitalised or after and after.capitalised or not _HOLDER.match(
            " ".join(t.text for t in body)):
        return None
    return body, None, None


def _topic_end(page: Page, start: int, limit: int) -> int:
    """Where a topic ends: at a comma, a word that goes on with something else (``TOPIC_ENDS``)
    or the day it was held ("kỳ họp chuyên đề ... vào sáng 28/4")."""
    stops = [stop.start() for stop in (_TOPIC_END.search(page.normalised, start, limit),
                                       _DAY_AFTER.search(page.folded, start, limit)) if stop]
    return min(stops, default=limit)


def _held_to_disseminate(page: Page, start: int, end: int) -> bool:
    """Whether the purpose written after a meeting, up to ``end``, is to disseminate."""
    purpose = _PURPOSE.search(page.normalised, start, end)
    return bool(purpose) and bool(_DISSEMINATING_AIM.match(page.folded, purpose.end(), end))


def _type(family: str, body_key: str, rest: str, held_by: bool, ordinal: int | None, disseminates: bool) -> str:
    """The meeting type; a conference a body holds to disseminate a resolution, or for a
    purpose that includes it, is a quán triệt conference whoever holds it."""
    if family != "hoi nghi":
        return FAMILY_TYPES[family]
    if held_by and (_QUAN_TRIET.match(rest) or disseminates):
        return "hoi_nghi_quan_triet"
    if held_by and _TOPIC.match(rest.lstrip()) and not rest.lstrip().startswith(SESSION_TOPICS):
        return "hoi_nghi"  # "Ban Thường vụ tổ chức hội nghị thông báo nhanh ...": held for others
    for start, type_ in BODY_TYPES:
        if body_key == start or body_key.startswith(start + " "):
            return type_
    if ordinal and any(body_key == c or body_key.startswith(c + " ") for c in COMMITTEES):
        return "hoi_nghi_bch"
    if _QUAN_TRIET.match(rest):
        return "hoi_nghi_quan_triet"
    return "hoi_nghi"


def _in_paper(page: Page, anchor_start: int, sentence_start: int) -> bool:
    """Whether the meeting is named inside a paper's name, subject or quoted title."""
    return any(inside(page, anchor_start, sentence_start)
               for inside in (_in_paper_name, _in_paper_subject, _in_quoted_title))


def _in_paper_name(page: Page, anchor_start: int, sentence_start: int) -> bool:
    """Whether a paper's name written just before runs on to the meeting: ``Quy chế làm việc
    của Đại hội XV``; a capital opening the sentence says nothing ("Báo cáo tại hội nghị, ...")."""
    match = _PAPER_NAMED.search(page.folded, max(sentence_start + 1, anchor_start - _PAPER_NAME_REACH), anchor_start)
    return bool(match) and page.written(match.start(), match.start() + 1).isupper() and not _ANCHOR.search(
        page.folded, match.start() + 1, anchor_start)


def _in_quoted_title(page: Page, anchor_start: int, sentence_start: int) -> bool:
    """Whether the meeting is named in the quoted title of a writing named before it in the
    sentence: 'bài viết ...: "Chuẩn bị ... tiến tới Đại hội XIV"'."""
    return bool(_QUOTED_TITLE.search(page.folded, sentence_start, anchor_start))


def _in_paper_subject(page: Page, anchor_start: int, sentence_start: int) -> bool:
    """Whether the meeting is named inside what a paper written before is about: a subject in
    lower-case words, no figure and no new clause between ``về`` and the meeting."""
    match = _PAPER_SUBJECT.search(page.folded, sentence_start, anchor_start)
    if not match:
        return False
    subject = page.written(match.start("subject"), anchor_start)
    return len(subject.split()) <= _SUBJECT_SYLLABLES and subject == subject.lower() and not any(
        char.isdigit() for char in subject) and not _NEW_CLAUSE.search(match["subject"])


def _cue(before: str, text: str, end: int, clause: str, in_paper: bool = False) -> str | None:
    last_words = before.rstrip()
    if last_words.endswith(NOT_CUES):
        return None
    # "Chỉ thị của Bộ Chính trị về Đại hội XIV": the paper's subject
    if in_paper or clause.rstrip().endswith("ve") and _PAPER_ABOUT.search(clause):
        return "document"
    if _GOALS_SET.match(text, end) and _GOALS_SET_BY.search(before):  # "mục tiêu mà Đại hội X đề ra": their source
        return "document"
    if last_words.endswith("trinh") and _SUBMITTED.search(clause):
        return "document"
    # the cue nearest the meeting: "trước và sau Kỳ họp thứ 6" is after it; one inside a longer
    # one is none ("Chương trình Đại hội XIV" is no "trình Đại hội")
    found = [(match.start(), match.end("cue"), kind) for kind, pattern in _CUES_BEFORE.items()
             if (match := pattern.search(before))]
    cues = [(start, kind) for start, _, kind in found if not any(a < start < b for a, b, _ in found)]
    if cues:
        return max(cues, key=lambda cue: cue[0])[1]
    return "upcoming" if _ANNOUNCED_AFTER.match(text, end) else None


@lru_cache(maxsize=4096)
def _province(body: str) -> str | None:
    """The province a body's name holds; a name that is a person's as well only after its
    level's word ("Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai" is of Lào Cai)."""
    words = normalise(body).split()
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            key = " ".join(words[i:i + size])
            if key in PROVINCE_BY_KEY and (key not in PROVINCES_NAMED_AFTER_PEOPLE or " ".join(words[:i]).endswith(
                    PROVINCE_CUES)):
                return PROVINCE_BY_KEY[key]
    return None


def _written(page: Page, toks: list[Tok]) -> str:
    """A body as written, without a word typed twice ("Đảng bộ bộ Bộ đội Biên phòng"); a
    word repeated with another case is two words ("Đảng bộ Bộ Quốc phòng")."""
    return _once_each(page.written(toks[0].start, toks[-1].end)) if toks else ""


@lru_cache(maxsize=4096)
def _once_each(written: str) -> str:
    return _TYPED_TWICE.sub(r"\1", written)


_TYPED_TWICE = re.compile(r"\b(\w+)(?: \1\b)+")


class _Reader:
    """Walks the syllables after the anchor and keeps the attributes it recognises."""

    def __init__(self, toks: list[Tok]):
        self.toks = toks
        self.texts = [tok.text for tok in toks]
        self.unmarked = typed_unmarked(toks)
        self.i = 0
        self.ordinal: int | None = None
        self.khoa: str | None = None
        self.term: str | None = None
        self.later_body: list[Tok] | None = None
        self.of_party = False
        self.last: Tok | None = None
        self.named_body = True  # what was read as a body names one: "HỘI NGHỊ TRỰC TUYẾN NGHỊ QUYẾT 12" has no ordinal

    def peek(self, offset: int = 0) -> Tok | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def words(self, count: int) -> str:
        return " ".join(self.texts[self.i:self.i + count])

    def take(self, count: int) -> list[Tok]:
        taken = self.toks[self.i:self.i + count]
        self.i += count
        if taken:
            self.last = taken[-1]
        return taken

    def skip_filler(self) -> None:
        """Over words that say what kind of meeting it is, before its body: "Hội nghị đại
        biểu", "mở rộng"; "kỳ họp chuyên đề của HĐND tỉnh", "kỳ họp đột xuất lần thứ sáu"
        (before "của" or its number only: a topic else)."""
        while self.words(2) in ("dai bieu", "mo rong") or self.words(2) in MEETING_KINDS and (
                self.peek(2) and self.peek(2).text in _AFTER_A_KIND):
            self.i += 2

    def body(self) -> list[Tok]:
        """The body that met, when it follows the anchor: capitals and body words; not an
        office written after it with the comma left out ("điều hành Đại hội Ủy viên Trung
        ương Đảng, Bí thư Tỉnh ủy A")."""
        toks = []
        if self._office_here():
            return toks
        while (tok := self.peek()) and not _ends_body(toks, tok) and _in_body(tok, self.unmarked, toks):
            if toks and tok.sep.strip() not in ("", ".") or self._roman_here(tok) or toks and self._name_here():
                break
            toks.append(tok)
            self.i += 1
        if toks:
            self.last = toks[-1]
        return toks

    def all_body(self) -> bool:
        """Capitals and body words throughout ("Tỉnh ủy Bà Rịa - Vũng Tàu"), and no one's name."""
        for i, tok in enumerate(self.toks):
            self.i = i
            if not _in_body(tok, self.unmarked, self.toks[:i]) or i and self._name_here():
                return False
        return True

    def _office_here(self) -> bool:
        toks = (self.peek(i) for i in range(_LONGEST_OFFICE_HEAD))
        words = [tok.norm for tok in takewhile(lambda tok: tok is not None and tok.sep == " ", toks)]
        return any(tuple(words[:size]) in _OFFICE_HEADS for size in range(1, len(words) + 1))

    def _name_here(self) -> bool:
        """Whether a person's name starts here, not a place: ``Hội nghị Tỉnh ủy Phạm Văn
        Tư phát biểu`` (but ``Tỉnh ủy Thái Nguyên``)."""
        run = []
        while (tok := self.peek(len(run))) and tok.capitalised and tok.sep == " " and len(run) < 4:
            run.append(tok)
        if len(run) < 3 or not is_surname(run[0].text, run[0].norm):
            return False  # "Ban chấp hành Trung ương Đảng Khóa XIII": Đảng is no Đặng
        return not any(" ".join(t.norm for t in run[:size]) in PROVINCE_BY_KEY for size in (2, 3))

    def _roman_here(self, tok: Tok) -> bool:
        return ordinals.from_roman(tok.word) is not None and tok.all_caps

    def attributes(self) -> None:
        """``lần thứ N``, ``thứ N``, a bare roman ``XIII``, ``khóa X``, ``nhiệm kỳ A-B``, ``của X``."""
        while (tok := self.peek()) is not None:
            if tok.sep.strip(" ,()"):  # a dash or other mark ends the phrase, but for a body after a number
                if tok.sep.strip() in DASHES and self._body_after_comma():  # "Kỳ họp thứ 17 - HĐND tỉnh khóa XIX"
                    continue
                break
            found = self._ordinal() or self._roman() or self._khoa() or self._term() or self._of()
            if not (found or self._body_after_comma() or self._skip_to_of()):
                break

    def _roman(self) -> bool:
        """A bare numeral right after the name: ``Đại hội XIII``, ``Đại hội 13 của Đảng``,
        ``Hội nghị Trung ương 10``; not a count (``hội nghị 3 cấp``) or a year."""
        tok = self.peek()
        if self.ordinal is not None or self.khoa is not None:
            return False
        following = self.peek(1)
        arabic = self.named_body and tok.text.isdecimal() and len(tok.text) <= 3 and tok.sep == " " and (
            following is None or following.sep.strip() or following.capitalised or following.text in BARE_NUMBER_AFTER)
        if self._roman_here(tok) or arabic:
            self.ordinal = int(tok.text) if arabic else ordinals.from_roman(tok.word)
            self.take(1)
            return True
        return False

    def _body_after_comma(self) -> bool:
        """``Kỳ họp thứ 4, HĐND tỉnh khóa XIV``: the body after the ordinal."""
        tok = self.peek()
        if self.later_body is not None or not self.ordinal or self.of_party or not tok.capitalised:
            return False
        body = self.body()
        if body:
            self.later_body = body
        return bool(body)

    def _skip_to_of(self) -> bool:
        """Jump to a near ``của`` over what the meeting is said to be: ``Hội nghị lần thứ 25 là
        phiên họp cuối cùng của ...``; not over what it does (``thảo luận các tờ trình của``)."""
        if not (self.ordinal or self.khoa or self.term):
            return False
        ahead = self.toks[self.i:self.i + 7]
        if not ahead or ahead[0].text != "la":
            return False
        for j, tok in enumerate(ahead):
            if tok.sep != " " or tok.text in ("va", "hoi", "dai", "ky"):
                return False
            if tok.text == "cua" and j:
                self.i += j
                return True
        return False

    def _ordinal(self) -> bool:
        if self.ordinal is not None:
            return False
        first = next((len(w.split()) for w in FIRST_WORDS if self.words(len(w.split())) == w), 0)
        if first:  # "phiên họp đầu tiên"
            self.ordinal = 1
            self.take(first)
            return True
        if self.words(2) == "lan thu":
            width = 2
        elif self.words(1) in ("thu", "lan"):  # "thứ 4", "lần I"
            width = 1
        else:
            return False
        return self._number_after(width)

    def _number_after(self, width: int) -> bool:
        tok = self.peek(width)
        if tok is None:
            return False
        following = [t.norm for t in self.toks[self.i + width + 1:self.i + width + ordinals.MAX_WORDS]]
        parsed = ordinals.parse(tok.word, following)
        if not parsed:
            return False
        self.ordinal, used = parsed
        self.take(width + used)
        return True

    def _khoa(self) -> bool:
        tok = self.peek(1)
        if self.khoa is None and self.words(1) == "khoa" and tok and (
                ordinals.from_roman(tok.word) or tok.text.isdecimal()):
            self.khoa = tok.word if not tok.text.isdecimal() else ordinals.to_roman(int(tok.text))
            self.take(2)
            return True
        return False

    def _term(self) -> bool:
        if self.term is None and self.words(2) == "nhiem ky":
            first, second = self.peek(2), self.peek(3)
            if first and second and first.text.isdecimal() and second.text.isdecimal() and len(first.text) == 4:
                self.term = f"{first.text}-{second.text}"
                self.take(4)
                return True
        return False

    def _of(self) -> bool:
        """``của Ban Chấp hành Đảng bộ tỉnh`` / ``của Đảng``, a few words after the anchor."""
        tok = self.peek(1)
        if self.words(1) != "cua" or tok is None or tok.sep != " ":
            return False
        if tok.text == "dang" and tok.capitalised and not (self.peek(2) and self.peek(2).text == "bo"):
            self.of_party = True
            self.take(2)
            return True
        self.i += 1
        body = self.body()
        if body and self.later_body is None:
            self.later_body = body
        return bool(body)
