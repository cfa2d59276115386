"""People named in an article and the titles written beside them; what they did there
is read by ``roles.py``.

Forms: ``đồng chí NAME, TITLE, TITLE``, ``đồng chí TITLE NAME``, ``TITLE NAME``,
``NAME (TITLE)``, lists (``các đồng chí: A, TITLE; B, TITLE``) and captions whose
titles run on to the next line. ``đồng chí TITLE`` without a name is an unnamed office
holder. A closing line of names (``Thu Trà - Bá Hoàng``) is the byline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..lexicon import (
    ACTS_GOING_ON,
    AGE_LEADS,
    AGE_WORDS,
    ANNOUNCING_VERBS,
    BODIES_NAMED_BY_OFFICES,
    BYLINE_OPENERS,
    CAREER_ASPECTS,
    CAREER_EXAMPLES,
    CAREER_OPENERS,
    CAREER_POSTS,
    CAREER_WHEN,
    COMMITTEES,
    DASHES,
    DOTTED_ABBREVIATIONS,
    DUTY_VERBS,
    GIVING_ROLES,
    HEADING_QUALIFIERS,
    HEADING_WORDS,
    HONORIFICS,
    LETTER,
    LOCAL_LEVEL_ENDS,
    NOT_IN_NAMES,
    OFFICE_ACTS_TOWARD,
    OFFICE_GIVING,
    OFFICE_LEFT,
    OFFICE_NOT_YET_GIVEN,
    OFFICE_NOUNS,
    PARENT_BODIES,
    PERSONAL_NOTES,
    PLACE_ABBREVIATIONS,
    PLACE_WORDS,
    PLACES_NOT_PROVINCES,
    PREDICATE_OPENERS,
    PROVINCE_BY_KEY,
    PURPOSE_BODIES,
    PURPOSE_OPENERS,
    ROLE_LIST_OPENERS,
    TIME_LEAD_WORDS,
    TITLE_BRACKETED,
    TITLE_CONTINUATIONS,
    TITLE_HEADS,
    TITLE_HEADS_BY_FIRST,
    TITLE_JOINS,
    TITLE_LOWER_WORDS,
    TITLE_NUMBERED,
    TITLE_OWNERS,
    TITLE_PHRASES,
    TITLE_PREFIXES,
    TOWARD,
    VERBS_IN_OFFICE_NAMES,
    WORD_CHAR,
    alternation,
    is_surname,
    phrase_index,
)
from ..ordinals import from_words
from ..text import fold, normalise
from .meetings import MeetingMention
from .page import Page, Tok
from .roles import ROLE_VERB_INDEX, Roles, role_at

_BYLINE = re.compile(r"^\s*(?:\(?(?:" + "|".join(map(re.escape, BYLINE_OPENERS)) + r")\s*:\s*)?"
                     r"(?P<names>[^\W\d_][^\n]{2,70}?)\s*\)?\s*$", re.IGNORECASE)
_BYLINE_NAME = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?(?:\s[^\W\d_]+){0,3}$")


@dataclass(slots=True)
class PersonMention:
    name: str
    start: int
    end: int  # end of the titles written beside the name
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    given: list[str] = field(default_factory=list)  # offices given here: "được bầu giữ chức ..."
    told: dict[str, int] = field(default_factory=dict)  # offices a career tells of, and where each is written
    held_at: int | None = None  # where the roles were done, when the text names it: a meeting mention's start


@dataclass(slots=True)
class OfficeMention:
    """An office holder the article names only by title: ``đồng chí Bí thư Tỉnh ủy``."""

    title: str
    start: int
    end: int
    roles: list[str] = field(default_factory=list)


def find_byline(page: Page) -> tuple[list[str], int | None]:
    """Author names of the closing line, and its line number, when it is a byline."""
    lines = page.paragraphs
    if len(lines) < 3:
        return [], None
    last = lines[-1]
    written = page.written(*page.line_span(last))
    match = _BYLINE.match(written)
    if not match or re.search(r"[.!?:;]$", written.strip()):
        return [], None
    names = [n.strip() for n in re.split(r"\s+[-–—]\s+|,\s*|\s+và\s+", match["names"]) if n.strip()]
    one_word = any(len(n.split()) == 1 for n in names)
    if names and not (one_word and len(names) == 1) and all(
            _BYLINE_NAME.match(n) and all(w[:1].isupper() for w in n.split()) for n in names):
        return names, last
    return [], None


def find_people(page: Page, skip_line: int | None = None, meetings: list[MeetingMention] | None = None
                ) -> tuple[list[PersonMention], list[OfficeMention]]:
    """The people and unnamed office holders of a page; ``meetings``, the meetings it names,
    for a speech given at one of them."""
    people: list[PersonMention] = []
    offices: list[OfficeMention] = []
    listed: list[str] = []  # the roles of the list that ended the sentence before
    subject: PersonMention | None = None  # whom the paragraph's sentences speak of
    for start, end in page.sentences:
        opens_list = page.folded[end - 1] == ":"  # "Đại hội có sự hiện diện của:", a list on the lines below
        if skip_line and page.line_of(start) == skip_line or not (
                opens_list or _MAY_NAME.search(page.normalised, start, end)):
            listed = listed if page.folded[start] in _BULLETS else []  # "- 300 đại biểu ...": the list goes on
            continue
        end = _caption_end(page, end)
        sentence = PeopleSentence(page, start, end, listed, meetings or [])
        people.extend(sentence.people)
        offices.extend(sentence.offices)
        listed = sentence.listed_roles
        if sentence.people:
            subject = sentence.people[0] if sentence.opens_on(sentence.people[0]) else None
        else:
            same_paragraph = subject is not None and page.line_of(subject.start) == page.line_of(start)
            subject = sentence.give_offices_to(subject, same_paragraph, people) or subject
    return _without_repeats(people), offices


def _caption_end(page: Page, end: int) -> int:
    """A caption whose title list breaks after a comma goes on to the next line."""
    text = page.folded
    while end < len(text) and text[end - 1:end] == "," and text[end:end + 1] == "\n":
        following = page.sentence_at(end + 1)
        end = following[1] if following[0] > end else end + 1
    return end


def _without_repeats(people: list[PersonMention]) -> list[PersonMention]:
    """One mention per span: a later reading inside an earlier one adds nothing."""
    kept: list[PersonMention] = []
    for person in sorted(people, key=lambda p: (p.start, -p.end)):
        if kept and person.start < kept[-1].end and normalise(person.name) == normalise(kept[-1].name):
            continue
        kept.append(person)
    return kept


class PeopleSentence:
    """The people of one sentence, read from its syllables."""

    def __init__(self, page: Page, start: int, end: int, listed_before: list[str] | None = None,
                 meetings: list[MeetingMention] | None = None):
        self.page = page
        self.meetings = meetings or []
        self.start = start
        self.toks = page.tokens(start, end)
        self.texts = [t.text for t in self.toks]
        self.norms = [t.norm for t in self.toks]
        self.caps = [t.word[:1].isupper() for t in self.toks]
        self._starts = [t.start for t in self.toks]
        self._heads = self._read_heads()
        self._titles_from: dict[int, tuple] = {}  # the titles from a syllable, read once
        self.people: list[PersonMention] = []
        self.offices: list[OfficeMention] = []
        self.used: set[int] = set()
        self.listed_roles: list[str] = []  # the roles a verb opening a list that ends the sentence gives
        self._read()
        if self.people or self.offices:
            Roles(self).assign(listed_before or [])
        elif page.folded[end - 1] == ":":
            self.listed_roles = Roles(self).opened_list()
        elif self.bulleted():
            self.listed_roles = list(listed_before or [])  # "- 300 đại biểu ...": the list goes on

    def bulleted(self) -> bool:
        """Whether the sentence is an item of a list, after a bullet mark: "- Đồng chí A, TITLE"."""
        return bool(self.toks) and self.toks[0].sep.strip()[:1] in _BULLETS

    def give_offices_to(self, subject: PersonMention | None, same_paragraph: bool,
                        named: list[PersonMention]) -> PersonMention | None:
        """In a sentence that names no one, the career of someone named before: the offices
        given in a sentence of the subject's paragraph that opens on when (``Tháng 2-2017 được
        điều động ... giữ chức TITLE``); those held before, where the sentence speaks of the
        subject by a pronoun, or of anyone ``named`` by their given name (``Đồng chí từng giữ
        chức A``, ``Ông Hải từng kinh qua các chức vụ A, B``). Returns whom the sentence opens
        on, if anyone: the subject of the next."""
        lead = self._lead()
        if lead is None:
            return None
        if subject is not None and same_paragraph and self.texts[lead] in PREDICATE_OPENERS:
            self._offices_given(subject, lead, here=False)  # a career told, not what the meeting did
            return None
        # the person a clause speaks of, at the lead or after a comma: "Nửa năm sau, khi ..., ông được ..."
        opened_on = None
        for at in [lead] + [k for k in range(lead + 1, len(self.toks)) if self._after_mark(k)]:
            person, after = self._spoken_of(at, subject, named)
            opened_on = person if at == lead else opened_on
            if person is None:
                continue
            if (k := self._career_start(after)) is not None:
                self._career(person, k)
                break
            if self._given_office(after) is not None:
                self._offices_given(person, after, here=False)
                break
        return opened_on

    def opens_on(self, person: PersonMention) -> bool:
        """Whether the sentence opens on ``person``, past words of when and an honorific:
        ``Ngày 10/11/2020, ông X ...``."""
        lead = self._lead()
        if person.start == self.start or lead is None:
            return person.start == self.start
        return person.start in (self._pos(lead), self._pos(lead + (self.norms[lead] in HONORIFICS)))

    def _lead(self) -> int | None:
        """The first syllable past the words of when a sentence may open with."""
        return next((k for k, text in enumerate(self.texts) if not (text.isdecimal() or text in TIME_LEAD_WORDS)), None)

    def _spoken_of(self, at: int, subject: PersonMention | None, named: list[PersonMention]
                   ) -> tuple[PersonMention | None, int]:
        """Whom a pronoun or a given name at ``at`` speaks of, and where what is said of them
        starts: ``Ông``, ``Đồng chí`` (the ``subject``); ``ông Hải`` (the last ``named`` whose
        name ends so)."""
        width = 2 if self.texts[at:at + 2] == ["dong", "chi"] else 1 if self.norms[at] in HONORIFICS else 0
        after = at + width
        if not width:
            return None, at
        if after < len(self.toks) and self.caps[after] and not self.capital_at(after + 1):
            given_name = self.norms[after]
            return next((p for p in reversed(named) if normalise(p.name.split()[-1]) == given_name), None), after + 1
        return subject, after

    def _career(self, person: PersonMention, k: int) -> None:
        """The offices of a career from ``k``, one after another between commas."""
        while k < len(self.toks) and self.title_head(k):
            k, neighbour = self._add_title(person, k, told=True)
            k = self._next_comma(k, _LIST_SKIP)
            if neighbour or k >= len(self.toks) or not self._after_mark(k):
                break

    # -- the frames ---------------------------------------------------------------------

    def _read(self) -> None:
        """Try each frame where one can start: a cue word, a title, a surname."""
        done = 0
        for i, tok in enumerate(self.toks):
            if i >= done and (tok.text in _CUE_WORDS or tok.norm in TITLE_HEADS_BY_FIRST or
                              tok.norm in TITLE_PREFIXES or self.caps[i] and _is_surname(tok)):
                done = (self._after_cue(i) or self._heading(i) or self._title_first(i, cue=False)
                        or self._name_first(i) or i + 1)

    def _after_cue(self, i: int) -> int | None:
        cue = self.cue_at(i)
        if cue is None:
            if self.toks[i].text not in ("cac", "nhung"):
                return None
            return self._heading(i + 1, i) or self._plural_titled(i + 1, i)
        width, plural = cue
        j = i + width
        if j < len(self.toks) and self.toks[j].sep.strip() == ":":
            plural = True
        if plural:
            return self._heading(j, i) or self._list(j, i)
        if j < len(self.toks) and self.toks[j].sep.strip(" :"):
            return j  # "gồm 7 đồng chí; Đoàn Thư ký ...": the cue ends its clause
        if self._counted(i):
            return self._heading(j, i) or self._list(j, i)
        if self._bare_name_follows(j):
            return self._list(j, i)  # "gồm: ông A, B, C": one cue before a list of names alone
        return self._title_first(j, cue=True, cue_start=i) or self._named(j, cue_start=i) or j

    def _counted(self, i: int) -> bool:
        """Whether a number stands right before the cue at ``i``: "16 đồng chí Ủy viên Bộ Chính
        trị", "một đồng chí Bí thư Trung ương Đảng" are so many office holders, none of them one."""
        before = self.toks[i - 1] if i else None
        return before is not None and self.toks[i].sep == " " and (
            before.text.isdecimal() or from_words([before.norm]) is not None)

    def _bare_name_follows(self, j: int) -> bool:
        """Whether a name from ``j`` with no title is followed, after a comma or "và", by
        another name alone, as in a list: ``ông A, B và C``."""
        k = self._name_run(j)
        if not self.capital_at(j) or self.title_head(j) or k >= len(self.toks):
            return False
        if self.texts[k] == "va" and self.toks[k].sep == " ":
            k += 1
        elif self.toks[k].sep.strip() != ",":
            return False
        end = self._name_run(k)
        return (self.capital_at(k) and _is_surname(self.toks[k]) and not self.title_head(k)
                and self._looks_like_name(k, end) and (
                    end == len(self.toks) or self.toks[end].sep.strip() in (",", ";", ".")
                    or self.texts[end] == "va" or bool(role_at(self, end)[1])))

    def cue_at(self, i: int) -> tuple[int, bool] | None:
        if i >= len(self.texts) or self.texts[i] not in _CUE_WORDS:
            return None
        words = self.texts[i:i + 3]
        plural = words[:1] in (["cac"], ["nhung"])
        rest = words[1:] if plural else words
        second = self.toks[i + plural + 1].sep if len(rest) > 1 else ""
        # "đồng chí", not the "động chỉ" of "điều động chỉ định"
        comrade = rest[:2] == ["dong", "chi"] and self.norms[i + plural + 1] in ("chí", "chi")
        if comrade and second == " " or rest[:2] == ["d", "c"] and second == "/":
            width = 2  # đồng chí, đ/c
        elif plural and all(norm in HONORIFICS for norm in self.norms[i + 1:i + 3]):
            width = 2  # "các ông, bà A, B và C"
        elif self.norms[i + plural] in HONORIFICS and self.capital_at(i + plural + 1):
            width = 1
        else:
            return None
        return width + plural, plural

    def _heading(self, j: int, cue_start: int | None = None) -> int | None:
        """``Các Ủy viên Bộ Chính trị: A - TITLE; B - TITLE``, ``6 Phó Bí thư, gồm: A, ...``,
        ``các Phó Bí thư Tỉnh ủy gồm ông A, ...``: titles that a colon or ``gồm`` closes
        head the list after them and belong to each in it."""
        if not self.title_head(j):
            return None
        spans, name_start, end = self._read_titles(j)
        if name_start is not None:
            return None
        first = self._list_start(end)
        if first is None:
            return None
        heading = [self._title_text(a, b) for a, b in spans]
        return self._list(first, j if cue_start is None else cue_start, heading)

    def _list_start(self, k: int) -> int | None:
        """Where a list starts after its heading: past a heading word (``gồm``, ``là``,
        ``có``), ``các đồng chí`` and a colon, of which a colon or a heading word must be there."""
        opened = False
        if k < len(self.toks) and self.toks[k].sep.strip() in ("", "("):
            k += self.phrase_at(k, _HEADING_QUALIFIERS)  # "3 Phó Bí thư khác là ...", "... (từ trái sang): ..."
        if k < len(self.toks) and self.toks[k].text in HEADING_WORDS:
            k, opened = k + 1, True
        cue = self.cue_at(k) if k < len(self.toks) else None
        if cue and cue[1]:
            k += cue[0]
        if k < len(self.toks) and ":" in self.toks[k].sep:
            opened = True
        return k if opened and k < len(self.toks) else None

    def _list(self, j: int, cue_start: int, heading: list[str] | None = None) -> int:
        """``các đồng chí: A, TITLE; B, TITLE``, ``có các đồng chí: TITLE A; TITLE B`` or
        ``các đồng chí A, B và C được bầu ...``; what is said after the last of them is said
        of those without titles of their own, and an office given after it (``Ba đồng chí: A,
        TITLE; B, TITLE; C, TITLE được bầu giữ chức ...``) is given to all. A member whose
        titles end in words no rule reads does not end the list: it goes on after the next
        semicolon."""
        members: list[PersonMention] = []
        while j < len(self.toks):
            if members and self.texts[j] == "va" and self._mark_before(j) in (",", ";"):
                j += 1  # "A, TITLE; B, TITLE; và C, TITLE"
            cue = self.cue_at(j) if j < len(self.toks) else None
            if cue and not cue[1]:
                j += cue[0]  # "ông A - ...; ông B - ..."
            person = self._read_named(j, cue_start) or self._title_named(j, cue_start)
            if person is None:
                break
            person.titles[:0] = [t for t in heading or () if t not in person.titles]
            members.append(person)
            j = self._end_index(person)
            if j < len(self.toks) and self.toks[j].text == "va" and self.toks[j].sep.strip(" )") == "":
                j += 1  # "A (TITLE) và đồng chí B (TITLE)"
            elif j < len(self.toks) and self._mark_before(j) not in (",", ";"):
                j = self._next_semicolon(j)
            if j >= len(self.toks) or not (self._mark_before(j) in (",", ";") or self.toks[j - 1].text == "va"):
                break
            if heading and self._mark_before(j) == ";" and all(member.titles == heading for member in members):
                heading = None  # "nguyên Chủ tịch nước: A, B, C; nguyên Thủ tướng D": the heading's names end there
        if members:
            last = members[-1]
            for person in members[:-1]:
                if person.given:
                    continue  # "A được bầu giữ chức X; B được bầu giữ chức Y": each their own
                if not person.titles or last.given:
                    person.roles = list(dict.fromkeys(person.roles + last.roles))
                person.titles += [title for title in last.given if title not in person.titles]
        return j

    def _mark_before(self, j: int) -> str:
        """The mark before ``j``, past a bracket closed there: ``A (TITLE), B``, ``TITLE (nhiệm
        kỳ 2015-2020) - B``."""
        return self.toks[j].sep.strip().removeprefix(")").strip()

    def _next_semicolon(self, j: int) -> int:
        """The syllable after the next semicolon within reach, else ``j``."""
        for k in range(j, min(j + _LIST_SKIP, len(self.toks))):
            if ";" in self.toks[k].sep:
                return k
        return j

    def _plural_titled(self, i: int, cue_start: int) -> int | None:
        """``các Phó Chủ tịch HĐND tỉnh A, B (và C)``: one title before several names."""
        person = self._title_named(i, cue_start)
        if person is None:
            return None
        j = self._end_index(person)
        while j + 1 < len(self.toks) and (self.toks[j].sep.strip() == "," or self.toks[j].text == "va"):
            k = j + (self.toks[j].text == "va")
            name_end = self._name_run(k)
            if not (_is_surname(self.toks[k]) and self.capital_at(k)) or self.title_head(name_end):
                break
            member = self._person(k, name_end, cue_start, list(person.titles), name_end)
            if member is None:
                break
            j = name_end
        return j

    def _named(self, j: int, cue_start: int) -> int | None:
        person = self._read_named(j, cue_start)
        return self._end_index(person) if person else None

    def _name_first(self, i: int) -> int | None:
        """No cue: ``Nguyễn Văn A, Bí thư Huyện ủy``, ``Nguyễn Văn A - Bí thư Huyện ủy`` or
        ``Nguyễn Văn A (Bí thư Huyện ủy)``."""
        tok = self.toks[i]
        if not self.caps[i] or not _is_surname(tok) or (i and self.caps[i - 1]
                                                               and self.toks[i].sep == " "):
            return None
        name_end = self._name_run(i)
        if name_end - i < 2 or name_end >= len(self.toks):
            return None
        following = self.toks[name_end]
        if following.sep.strip() not in _TITLE_OPENERS or not self.title_head(name_end):
            return None
        person = self._read_named(i, i)
        return self._end_index(person) if person else None

    def _title_first(self, i: int, cue: bool, cue_start: int | None = None) -> int | None:
        """``(đồng chí) TITLE, TITLE NAME``; with a cue and no name, an unnamed office holder."""
        if not self.title_head(i) or not (cue or self._capital_title(i)):
            return None
        begin = cue_start if cue_start is not None else i
        person = self._title_named(i, begin)
        if person is not None:
            return self._end_index(person)
        if cue:
            end = self.title_end(i + self.title_head(i))
            self.offices.append(OfficeMention(self._title_text(i, end), self._pos(begin), self._pos_end(end)))
            return end
        return None

    def _title_named(self, i: int, begin: int) -> PersonMention | None:
        """``TITLE, TITLE - TITLE NAME`` from ``i``, then the titles after the name."""
        if not self.title_head(i):
            return None
        spans, name_start, _ = self._read_titles(i)
        if name_start is None:
            return None
        name_end = self._name_run(name_start)
        person = self._person(name_start, name_end, begin, [self._title_text(a, b) for a, b in spans], name_end)
        if person is not None:
            self._titles_after(person, name_end, titled_first=True)
        return person

    def _read_titles(self, k: int) -> tuple[list[tuple[int, int]], int | None, int]:
        """Titles from ``k`` separated by commas or dashes, up to a name written at the end
        of the last: their spans, where the name starts (or None) and where they end."""
        if k not in self._titles_from:
            self._titles_from[k] = self._titles_until_name(k)
        spans, name_start, end = self._titles_from[k]
        return list(spans), name_start, end

    def _titles_until_name(self, k: int) -> tuple[list[tuple[int, int]], int | None, int]:
        # a cue may stand before the name only after titles that open a clause or a list item
        # ("Phát biểu khai mạc, Bí thư Thành ủy, đồng chí X, ...", "Dự có Bí thư Tỉnh ủy, đồng
        # chí X, ..."), not after a body's name ("Ban Bí thư, đồng chí X") or an object
        # ("không bầu trực tiếp Bí thư, ông X")
        cue_allowed = k == 0 or self.toks[k].sep.strip() in (",", ":", ";") or self.texts[k - 1] in ROLE_LIST_OPENERS
        spans = []
        while True:
            head = self.title_head(k) or self._duty_named(k)
            end = self.title_end(k + head)
            name_start = self._name_in_title(k + head, end)
            if name_start is not None:
                spans.append((k, name_start))
                return spans, name_start, name_start
            spans.append((k, end))
            if end < len(self.toks) and self.toks[end].sep.strip() in (",", "-") and (
                    self.title_head(end) or self._duty_named(end)):
                k = end
                continue
            name_start = self._name_after_titles(end, cue_allowed) if end < len(self.toks) else None
            return spans, name_start, end if name_start is None else name_start

    def _duty_named(self, k: int) -> int:
        """The size of a duty over a named body at ``k``, an office in a list of them: "Tỉnh
        ủy viên, Phó Trưởng Đoàn, phụ trách Đoàn Đại biểu Quốc hội tỉnh X"; 0 if none."""
        size = self.phrase_at(k, _DUTY_VERBS)
        return size if size and self.capital_at(k + size) else 0

    def _dashed_name(self, k: int) -> bool:
        """Whether a whole name stands after a dash at ``k``, as a caption or a list that gives
        the titles first writes it: ``Bí thư Tỉnh ủy – Nguyễn Văn A, ...``."""
        return self.toks[k].sep.strip() == "-" and self._name_after_titles(k) is not None

    def _name_after_titles(self, k: int, cue_allowed: bool = False) -> int | None:
        """Where a whole name starts after a dash or a comma at ``k`` that closes a title, a cue
        perhaps before it, or the dot of a degree: ``Bí thư Tỉnh ủy – Nguyễn Văn A, ...``, ``Theo
        Bí thư Tỉnh ủy, Nguyễn Văn A, ...``, ``Bí thư Thành ủy, đồng chí Nguyễn Văn A, nhấn
        mạnh``, ``TS. Nguyễn Văn A``."""
        dotted = self.toks[k].sep.strip() == "." and self.texts[k - 1] in DOTTED_ABBREVIATIONS  # "TS. Lê Văn A"
        if self._mark_before(k) not in ("-", ",") and not dotted:
            return None
        cue = self.cue_at(k) if cue_allowed else None
        j = k + (cue[0] if cue and not cue[1] else 0)
        if j >= len(self.toks) or not (self.capital_at(j) and _is_surname(self.toks[j])):
            return None
        end = self._name_run(j)
        whole = end - j >= 3 and self._looks_like_name(j, end) and (
            self._mark_before(k) == "-" and not self.capital_at(end)  # "TITLE - NAME dành cho ..."
            or end == len(self.toks) or self.toks[end].sep.strip() in (",", ";", ".")
            or self.texts[end] in ("va", "cung") or bool(role_at(self, end)[1]))
        return j if whole else None

    def _read_named(self, j: int, cue_start: int) -> PersonMention | None:
        """``NAME, TITLE, TITLE`` / ``NAME - TITLE`` / ``NAME (TITLE)`` starting at ``j``."""
        if j >= len(self.toks) or not self.capital_at(j) or self.title_head(j):
            return None
        name_end = self._name_run(j)
        if not 2 <= name_end - j <= MAX_NAME_SYLLABLES:
            return None
        person = self._person(j, name_end, cue_start, [], name_end)
        if person is None:
            return None
        self._office_toward(person, cue_start)
        self._titles_after(person, name_end)
        return person

    def _office_toward(self, person: PersonMention, cue_start: int) -> None:
        """An office an act named before ``đối với`` concerns: ``miễn nhiệm Chủ tịch UBND tỉnh,
        nhiệm kỳ 2016-2021 đối với ông X`` (an office left), ``bầu bổ sung Ủy viên UBND tỉnh
        đối với bà Y`` (one given)."""
        end = self._toward_before(cue_start)
        acts: list[tuple[str, str]] = []
        while end is not None and (act := self._act_toward(end)) is not None:
            m, size, head = act
            acts.insert(0, (self._title_text(head, end), OFFICE_ACTS_TOWARD[self.words(m, size)]))
            end = m - 1 if m > 0 and self.texts[m - 1] == "va" else None  # "miễn nhiệm A và cho thôi làm B"
        for title, role in acts:
            person.titles.append(title)
            if role:
                person.roles.append(role)
                person.given.append(title)

    def _act_toward(self, end: int) -> tuple[int, int, int] | None:
        """The act on an office named last before ``end`` in the clause: where it starts, its
        size and where the office's head is."""
        for m in range(end - 1, max(end - _TOWARD_REACH, 0) - 1, -1):
            if self.toks[m + 1].sep.strip() in (";", ":", ".") or self.words(m, len(_TOWARD_WORDS)) == TOWARD:
                return None  # another clause, or an act on someone else: "miễn nhiệm A đối với ông X và bầu B"
            size = self.phrase_at(m, _ACTS_TOWARD)
            head = m + size + self.phrase_at(m + size, _OFFICE_NOUNS) if size else m
            if size and self.title_head(head):
                return m, size, head
        return None

    def _toward_before(self, cue_start: int) -> int | None:
        """Where ``đối với`` stands right before the cue of a name, or before the first of a
        list of them the name is in: ``đối với ông A, TITLE và ông B, TITLE``."""
        width = len(_TOWARD_WORDS)
        if _TOWARD_WORDS[-1] not in self.texts[max(cue_start - _TOWARD_REACH, 0):cue_start]:
            return None
        for k in range(cue_start - width, max(cue_start - _TOWARD_REACH, 0) - 1, -1):
            if self.words(k, width) == TOWARD:
                return k if k + width == cue_start or self._joined_list(k + width, cue_start) else None
            if k + 1 < len(self.toks) and self.toks[k + 1].sep.strip() in (";", ":", "."):
                return None
        return None

    def _joined_list(self, start: int, cue_start: int) -> bool:
        """Whether the name at ``cue_start`` joins, after "và" or a comma, a list of names that
        a cue opens at ``start``: ``đối với ông A, ông B và ông C``."""
        return bool(self.cue_at(start)) and (self.texts[cue_start - 1] == "va" or "," in self.toks[cue_start].sep)

    # -- titles -------------------------------------------------------------------------

    def _titles_after(self, person: PersonMention | None, k: int, titled_first: bool = False) -> int | None:
        """``, TITLE, TITLE``, `` - TITLE`` or `` (TITLE, TITLE)`` after a name, and an office
        it is given in the same clause (``được chỉ định giữ chức TITLE``). After a name
        its titles came before (``TITLE A, TITLE - TITLE B``), titles that end in a name are
        the next person's."""
        if person is None:
            return None
        if titled_first and k < len(self.toks) and self.title_head(k) and self._read_titles(k)[1] is not None:
            person.end = self._pos_end(k)
            return k
        note = self._past_note(k)
        career = self._career_start(note or k)
        unmarked = k if not (note or career) and self._titles_to_item_end(k) else None
        k = career or note or k
        while k < len(self.toks) and (
                k in (career, unmarked) or self.toks[k].sep.strip().removeprefix(")" if k == note else "").strip()
                in _TITLE_OPENERS or career is not None and self._after_mark(k) or self._titles_alone(k)):
            if self.toks[k].text.isdecimal() and self.words(k + 1, 1) in AGE_WORDS:
                k += 2  # "Ông X, 55 tuổi, Chủ tịch ..."
                continue
            if self.phrase_at(k, _PERSONAL_NOTES) and "," in self.toks[k].sep:
                k = self._next_comma(k + 1, _NOTE_REACH)  # "Ông X, sinh năm 1968, dân tộc Dao, Chủ tịch ..."
                continue
            if not self.title_head(k):
                break
            k, neighbour = self._add_title(person, k, named_first=not titled_first)
            if neighbour:
                break
            if career is not None:  # "giảng viên Trường ĐH kiến trúc Hà Nội (1996-2002), phó vụ trưởng ..."
                k = self._next_comma(k, _LIST_SKIP)
        joined = self._past_joined_name(k)
        end = self._offices_given(person, joined)
        if end is not None and joined == k:  # after "và B (...)", B is read next and given them too
            k = max(k, end)
        person.end = self._pos_end(k)
        return k

    def _offices_given(self, person: PersonMention, k: int, here: bool = True) -> int | None:
        """The offices the clause from ``k`` gives (``được bầu giữ chức TITLE, TITLE``), also
        after one it leaves (``thôi giữ chức A, được điều động giữ chức B``); where they end.
        Given ``here``, at the article's meeting, they give the person its roles."""
        given, end = self._given_office(k), None
        while given is not None:
            at, roles, left = given
            person.roles = list(dict.fromkeys(person.roles + roles)) if here else person.roles
            end, neighbour = self._add_title(person, at, told=not here)
            if here and not neighbour and not left:  # "... giữ chức Bí thư Tỉnh ủy Trần Văn B; ..." gives B the office
                person.given.append(person.titles[-1])
            while not neighbour and end < len(self.toks) and self.toks[end].sep.strip() == "," and (
                    self.title_head(end)):
                end, neighbour = self._add_title(person, end, told=not here)
            # "thôi giữ chức A, được điều động giữ chức B", "giữ chức A và sau đó được bầu giữ chức B"
            given = None if neighbour else self._given_office(end)
        return end

    def _after_mark(self, k: int) -> bool:
        """Whether a comma or a semicolon stands before ``k``."""
        return "," in self.toks[k].sep or ";" in self.toks[k].sep

    def _bracket_close(self, k: int) -> int | None:
        """The syllable after the bracket that one opened before ``k`` closes, if it does."""
        return next((i for i in range(k + 1, len(self.toks)) if ")" in self.toks[i].sep), None)

    def _next_comma(self, k: int, reach: int) -> int:
        """``k``, or the next syllable within ``reach`` after a comma (or a semicolon) when
        words no rule reads stand before it; not past the end of the clause."""
        for j in range(k, min(k + reach, len(self.toks))):
            if self._after_mark(j):
                return j
            if j > k and self.toks[j].sep.strip(" ()-/0123456789"):
                break
        return k

    def _past_note(self, k: int) -> int | None:
        """Past a note in brackets after a name that holds no office: ``(50 tuổi, quê Thái
        Bình)``, ``(sinh năm 1975)``."""
        if k >= len(self.toks) or self.toks[k].sep.strip() != "(":
            return None
        aged = self.toks[k].text.isdecimal() and self.words(k + 1, 1) in AGE_WORDS
        if not (aged or self.phrase_at(k, _PERSONAL_NOTES)):
            return None
        close = self._bracket_close(k)
        if close is None or any(self.title_head(i) for i in range(k, close)):
            return None
        return close

    def _career_start(self, k: int) -> int | None:
        """Where a list of offices held before starts after a name: ``năm nay 50 tuổi, từng
        là TITLE, TITLE``."""
        lead = self.phrase_at(k, _AGE_LEADS)
        if lead and k + lead + 1 < len(self.toks) and self.toks[k + lead].text.isdecimal() and (
                self.words(k + lead + 1, 1) in AGE_WORDS):
            k += lead + 2
        k += self.phrase_at(k, _CAREER_WHEN)
        if k < len(self.toks) and self.texts[k] in CAREER_ASPECTS:
            k += 1
        size = self.phrase_at(k, _CAREER)
        start = self._past_posts(k + size) if size else k
        return start if size and self.title_head(start) else None

    def _past_posts(self, k: int) -> int:
        """Past the posts a career names and where they were held, to its first office:
        ``nhiều vị trí tại Bộ Nội vụ như TITLE``, ``các chức vụ: TITLE``."""
        posts = self.phrase_at(k, _CAREER_POSTS)
        if not posts:
            return k
        for m in range(k + posts, min(k + posts + _LIST_SKIP, len(self.toks))):
            if ":" in self.toks[m].sep:
                return m
            if self.texts[m] in CAREER_EXAMPLES:
                return m + 1
        return k + posts

    def _titles_to_item_end(self, k: int) -> bool:
        """Whether titles written right after a name with no mark run to the end of its list
        item, with no other name: ``A, TITLE; B TITLE, TITLE; C, TITLE``."""
        if k >= len(self.toks) or self.toks[k].sep != " " or not self.title_head(k):
            return False
        _, name_start, end = self._read_titles(k)
        return name_start is None and (end >= len(self.toks) or ";" in self.toks[end].sep)

    def _titles_alone(self, k: int) -> bool:
        """``A, TITLE; TITLE; B, ...``: titles between semicolons, with no name, are still A's,
        and so are the last before what is said of A (``A - TITLE; TITLE được chỉ định ...``)."""
        if ";" not in self.toks[k].sep or not self.title_head(k):
            return False
        _, name_start, end = self._read_titles(k)
        return name_start is None and (end >= len(self.toks) or ";" in self.toks[end].sep
                                       or self.texts[end] in PREDICATE_OPENERS)

    def _given_office(self, k: int) -> tuple[int, list[str], bool] | None:
        """Where an office given in this clause starts (``được bầu giữ chức``, ``tái đắc cử``,
        ``được chỉ định làm``), the roles the giving implies and whether it is an office left
        instead (``thôi giữ chức``: held until now, given nothing); none for an office still
        to be filled (``đến khi bầu bổ sung chức danh ...``)."""
        reach = min(k + _GIVEN_REACH, len(self.toks))
        if not any(self.texts[m] in _GIVING for m in range(k, reach)):
            return None
        for m in range(k, reach):
            if (m > k or self.toks[m].sep.strip()) and (
                    ";" in self.toks[m].sep and not self.phrase_at(m, _ACTS_GOING_ON) or ":" in self.toks[m].sep
                    or self.cue_at(m) or self.capital_at(m) and _is_surname(self.toks[m])
                    and not (self.title_head(m) or self._after_place_word(m)) and self._name_run(m) > m + 1):
                return None  # another clause, or another person: "A, B giữ chức ..." is B's
            if self.texts[m] in ("cac", "nhung"):
                return None  # others: "A tặng hoa các đại biểu vừa trúng cử Ủy viên ..."
            if any(self._pos(k) < meeting.start <= self._pos(m) and not meeting.verb for meeting in self.meetings):
                return None  # what a meeting is about: "..., tại hội nghị kiện toàn chức danh Phó Bí thư"
            if self._tells_of(m):
                return None  # what a report or an announcement speaks of
            if self.phrase_at(m, _NOT_YET_GIVEN):
                return None
            size = self.phrase_at(m, _GIVING)
            if size and self.title_head(m + size):
                said = self.words(k, m + size - k)
                if self.norms[m - 1] in OFFICE_LEFT:
                    return m + size, [], True
                return m + size, [role for verb, role in GIVING_ROLES.items() if verb in said], False
        return None

    def _tells_of(self, m: int) -> bool:
        """Whether a verb at ``m`` reports or announces, so that an office given after it is
        what is told of: a role verb other than one of being given an office, or ``công bố``."""
        role = role_at(self, m)[1] if self.texts[m] in ROLE_VERB_INDEX else None
        return role is not None and role not in GIVING_ROLES.values() or bool(self.phrase_at(m, _ANNOUNCING))

    def _past_joined_name(self, k: int) -> int:
        """Past the names joined to one after it, for what the clause says next is said of
        all: ``A (...) và B (...) được bầu giữ chức Phó Bí thư``, ``A, TITLE, bà B và ông C
        được chỉ định ...``, ``bầu A – TITLE, B – TITLE, giữ chức danh ...``; ``k`` when
        neither "và" nor an office given after a comma closes the list."""
        j, joined = k, False
        for _ in range(_JOINED_REACH):
            if j >= len(self.toks) or not (self.texts[j] == "va" or "," in self.toks[j].sep):
                break
            last = self.texts[j] == "va"
            after = self._joined_member(j + last if last else j)
            if after is None:
                break
            j, joined = after, last
            if last:
                break
        closed = joined or k < j < len(self.toks) and "," in self.toks[j].sep and self._given_office(j) is not None
        return j if closed else k

    def _joined_member(self, j: int) -> int | None:
        """Where a member of a list that names people one by one ends, if one starts at ``j``:
        ``(ông) B (TITLE)``, ``(đồng chí) B, TITLE``."""
        cue = self.cue_at(j)
        j += cue[0] if cue and not cue[1] else 0
        if j >= len(self.toks) or not (self.capital_at(j) and _is_surname(self.toks[j])):
            return None
        j = self._name_run(j)
        if j < len(self.toks) and "(" in self.toks[j].sep:
            close = self._bracket_close(j)
            return j if close is None else close
        while j < len(self.toks) and self.toks[j].sep.strip() in (",", *DASHES) and self.title_head(j):
            j = self.title_end(j + self.title_head(j))
        return j

    def _add_title(self, person: PersonMention, k: int, named_first: bool = False, told: bool = False
                   ) -> tuple[int, bool]:
        """The title from ``k`` (``told`` in a career); when it ends in someone else's name
        (``..., Chủ tịch HĐND tỉnh Lã Văn Hòa cùng dự``), that name and title make a new
        person. Returns where it ends and whether a neighbour took it."""
        head = self.title_head(k)
        end = self.title_end(k + head)
        name_start = self._name_in_title(k + head, end)
        if name_start is not None and self._neighbour_at(k, name_start, named_first):
            name_end = self._name_run(name_start)
            neighbour = self._person(name_start, name_end, k, [self._title_text(k, name_start)], name_end)
            if neighbour is not None:
                return self._titles_after(neighbour, name_end) or name_end, True
        title = self._title_text(k, end)
        if told and title not in person.titles:  # an office also written beside the name is held there
            person.told.setdefault(title, self._pos(k))
        person.titles.append(title)
        return end, False

    def _after_place_word(self, k: int) -> bool:
        """Whether a level or a committee stands right before ``k``: ``huyện Nông Cống``,
        ``Bí thư Huyện ủy Tân Biên`` (a two-syllable name there is the place's)."""
        return self.toks[k - 1].norm in PLACE_WORDS or k >= 2 and self.words(k - 2, 2) in COMMITTEES

    def _neighbour_at(self, title_start: int, name_start: int, named_first: bool = False) -> bool:
        """Whether a name closing a title is another person's: it opens with a surname (not
        ``Bí thư Huyện ủy Bắc Mê``), is not inside brackets or after "và" (``Sở Khoa học và
        Đào Tạo``), and is followed by what follows a person. In an entry that opened with
        its person's name, a name after a level or a committee that ends the entry is a
        place named after someone (``A, Bí thư Huyện ủy Trần Văn Thời;``)."""
        name_end = self._name_run(name_start)
        after_place = self._after_place_word(name_start)
        if not _is_surname(self.toks[name_start]) or self.toks[title_start].sep.strip() == "(" or (
                self.toks[name_start - 1].text == "va") or (name_end - name_start < 3 and after_place):
            return False
        if name_end >= len(self.toks) or ";" in self.toks[name_end].sep:
            return not (named_first and after_place)
        following = self.toks[name_end]
        return (following.text in ("cung", "va") or bool(role_at(self, name_end)[1])
                or following.sep.strip() in (",", "-") and bool(self.title_head(name_end)))

    def title_head(self, i: int) -> int:
        """How many syllables of a title head (with ``nguyên``, ``Quyền``) start at ``i``."""
        return self._heads[i] if i < len(self._heads) else 0

    def _read_heads(self) -> list[int]:
        """The title heads of the sentence, read once: the width of the one at each syllable."""
        heads = [self._head_at(i) if norm in TITLE_HEADS_BY_FIRST else 0 for i, norm in enumerate(self.norms)]
        for i, norm in enumerate(self.norms[:-1]):
            if norm in TITLE_PREFIXES and heads[i + 1] and self.toks[i + 1].sep == " ":
                heads[i] = heads[i + 1] + 1
        for i, text in enumerate(self.texts):
            size = self.phrase_at(i, _BODIES_NAMED_BY_OFFICES) if text in _BODIES_NAMED_BY_OFFICES else 0
            if size and self.one_phrase(i, size):
                heads[i + 1:i + size] = [0] * (size - 1)
        return heads

    def one_phrase(self, k: int, size: int) -> bool:
        """Whether the syllables from ``k`` are written as one phrase, with no mark between:
        not "Trung ương Đoàn, chủ tịch Hội đồng Đội"."""
        return all(tok.sep == " " for tok in self.toks[k + 1:k + size])

    def _head_at(self, i: int) -> int:
        if i >= len(self.toks):
            return 0
        norms = self.norms
        second = norms[i + 1] if i + 1 < len(norms) else ""
        for head in _HEADS_BY_TWO.get((norms[i], second)) or _ONE_WORD_HEADS.get(norms[i], ()):
            if tuple(norms[i:i + len(head)]) == head and all(
                    self.toks[k].sep in (" ", ".") for k in range(i + 1, i + len(head))):
                return len(head)
        return 0

    def _capital_title(self, i: int) -> bool:
        return self.caps[i] or self.toks[i].norm in TITLE_PREFIXES and self.capital_at(i + 1)

    def title_end(self, k: int) -> int:
        """Where the organisation part of a title ends: at a mark, a verb, a new title."""
        while k < len(self.toks):
            phrase = self._title_phrase_at(k)
            if phrase:
                k += phrase
                continue
            if self.norms[k] in TITLE_JOINS and self.toks[k].sep == " " and (head := self.title_head(k + 1)):
                k += 1 + head  # "... kiêm Giám đốc Sở Tài chính": one title
                continue
            purpose = self._purpose_end(k) if self.texts[k] in _PURPOSE_BODIES or (
                self.texts[k - 1] in _PURPOSE_BODIES) else None
            if purpose:
                return purpose
            tok = self.toks[k]
            dash = tok.sep.strip() == "-"
            # "Lao động - Thương binh", "Bà Rịa - Vũng Tàu", "nhiệm kỳ 2020 - 2025", "(mới)",
            # "Ủy ban nhân dân (UBND) tỉnh"; not a photo credit ("... Tỉnh ủy - Ảnh: ...")
            joined = dash and (self.caps[k] and not self.title_head(k) and tok.norm not in BYLINE_OPENERS
                               and not self._dashed_name(k) and not self._cut_off(k, k + 1) or self._numbered(k)) or (
                self._continues_office(k) or tok.sep == " (" and (tok.text in TITLE_BRACKETED or self._abbreviation(k))
                or tok.sep == ") " and self._abbreviation(k - 1)
                or tok.sep == " (" and self.phrase_at(k, _TITLE_CONTINUATIONS)  # "Bí thư Tỉnh ủy (nhiệm kỳ 2015-2020)"
                or tok.sep in (". ", ".") and self.texts[k - 1] in PLACE_ABBREVIATIONS and self.caps[k])
            if tok.sep not in (" ", ".") and not joined or tok.sep == "." and not joined and not (
                    tok.all_caps and self.toks[k - 1].all_caps):
                break
            if not (self.caps[k] or tok.norm in TITLE_LOWER_WORDS or self._numbered(k) or self._owner_after(k)
                    or tok.text in TITLE_BRACKETED and tok.sep == " ("):
                break
            if not self.caps[k] and role_at(self, k)[1] or self._verb_in_capitals(k):
                break  # a verb ("du lịch" is not "dự"); "Sở Thông tin" is a name
            if self.phrase_at(k, _DUTY_VERBS) and self.norms[k - 1] in PLACE_WORDS:
                break
            if tok.text == "va" and (self._person_from(k + 1) or self.title_head(k + 1 + (
                    self.words(k + 1, 1) in ("cac", "nhung"))) or self.words(k + 1, 1).isdecimal()):
                break  # "... Chủ tịch HĐND tỉnh và đồng chí B", "... và các Ủy viên Trung ương:", "... và 300 đại biểu"
            k += 1
        return k - 1 if self.texts[k - 1] == "va" else k  # "... Tỉnh ủy Yên Bái và ngay sau đó ..."

    def _purpose_end(self, k: int) -> int | None:
        """Where the name of a body set up for a purpose ends, when one starts at ``k`` and
        its purpose follows (``Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 10-NQ/TW``): at
        a clause mark or a role verb; None when no such name starts there."""
        # the body's first word may close the title's head: "Trưởng Ban" + "chỉ đạo ..."
        start = k if self.texts[k] in _PURPOSE_BODIES else k - 1
        size = self.phrase_at(start, _PURPOSE_BODIES) if start >= 0 else 0
        end = start + size
        if end <= k:
            return None
        owner = end
        while end < min(owner + _OWNER_REACH, len(self.toks)) and self.toks[end].sep == " " and (
                self.caps[end] or self.norms[end] in TITLE_LOWER_WORDS) and not self.phrase_at(end, _PURPOSE_OPENERS):
            end += 1  # whose it is: "Ban Chỉ đạo Trung ương về ...", "Ban Chỉ đạo tỉnh về ..."
        if end >= len(self.toks) or not self.phrase_at(end, _PURPOSE_OPENERS) or self.toks[end].sep != " ":
            return None
        while end < len(self.toks) and not re.search(r"[,;:\n]", self.toks[end].sep) and not (
                role_at(self, end)[1] or self.texts[end] == "cung"):
            end += 1
        return end

    def _verb_in_capitals(self, k: int) -> bool:
        """A role verb a caption writes with a capital after a title ("X - Phó Bí thư Tỉnh ủy
        Báo cáo kết quả ..."): its own syllables and the next in lower case; not an office
        named by one ("Báo cáo viên", "Sở Thông tin và Truyền thông")."""
        size = self.phrase_at(k, ROLE_VERB_INDEX)
        after = k + size
        if size < 2 or after >= len(self.toks) or self.title_head(k) or self.words(k, size) in VERBS_IN_OFFICE_NAMES:
            return False
        return not any(self.caps[k + 1:after + 1]) and self.texts[after] != "va"

    def _abbreviation(self, k: int) -> bool:
        """An abbreviation in brackets: ``(UBND)``, ``(ĐBQH)``."""
        return self.toks[k].all_caps and self.toks[k].sep == " (" and k + 1 <= len(self.toks) and (
            k + 1 == len(self.toks) or self.toks[k + 1].sep.startswith(")"))

    def _title_phrase_at(self, k: int) -> int:
        return self.phrase_at(k, _TITLE_PHRASES) if k < len(self.toks) and self.toks[k].sep == " " else 0

    def _numbered(self, k: int) -> bool:
        """A number that belongs to the office: ``khóa 14``, ``Quân khu 7``, ``2020 - 2025``,
        ``nhiệm kỳ mới 2025-2030``."""
        if not self.toks[k].text.isdecimal() or not k:
            return False
        previous = self.toks[k - 1].text
        return (previous in TITLE_NUMBERED or k > 1 and self.toks[k - 2].text in TITLE_NUMBERED
                or previous.isdecimal() and self.toks[k].sep.strip() == "-")

    def _owner_after(self, k: int) -> bool:
        """``của`` before the body an office belongs to: ``... của Quốc hội``."""
        return self.toks[k].text == "cua" and any(
            " ".join(t.norm for t in self.toks[k + 1:k + 1 + len(owner.split())]) == owner for owner in TITLE_OWNERS)

    def _continues_office(self, k: int) -> bool:
        """Whether a comma at ``k`` is inside an office's name ("Sở Văn hóa, Thể thao và Du
        lịch"), before the body it sits in ("Cục trưởng Cục ..., Bộ Công an") or before the
        years of a term named by its number ("nhiệm kỳ XIX, 2020-2025")."""
        if self.toks[k].sep.strip() != ",":
            return False
        if k + 1 < len(self.toks) and self._numbered(k) and self._numbered(k + 1):
            return True
        return any(self.words(k, len(words.split())) == words for words in TITLE_CONTINUATIONS) or (
            self.texts[k] in PARENT_BODIES and self.caps[k] and not self.title_head(k)
            and self._unit_before(k, PARENT_BODIES[self.texts[k]]))

    def _unit_before(self, k: int, units: tuple[str, ...]) -> bool:
        """Whether the office before the comma at ``k`` names one of ``units`` with a capital."""
        j = k - 1
        while j > 0 and self.toks[j].sep == " ":
            j -= 1
        return any(self.caps[i] and self.words(i, len(unit.split())) == unit
                   for i in range(j, k) for unit in units)

    def _person_from(self, k: int) -> bool:
        """Whether someone is named from ``k`` on: after a cue, as ``NAME, TITLE``, or, after
        an office closed by its level (``UBND tỉnh và``), as a whole name that a role or an
        office given follows (a name alone may be an office's: "Sở Giáo Dục và Đào Tạo")."""
        if k >= len(self.toks):
            return False
        if self.cue_at(k):
            return True
        end = self._name_run(k)
        if not (self.capital_at(k) and _is_surname(self.toks[k]) and self._looks_like_name(k, end)
                and end < len(self.toks)):
            return False
        if self.toks[end].sep.strip() in _TITLE_OPENERS and self.title_head(end):
            return True
        office_closed = k >= 2 and (self.norms[k - 2] in PLACE_WORDS or self.toks[k - 2].all_caps)
        return office_closed and end - k >= 3 and self.toks[end].sep == " " and (
            bool(role_at(self, end)[1]) or self._given_office(end) is not None)

    def _name_in_title(self, start: int, end: int) -> int | None:
        """Where a name starts in the trailing capitals of ``TITLE NAME``, if it does; never
        right after a place word (``huyện Nông Cống``) unless it is a whole name."""
        run = end
        while run > start and self.caps[run - 1] and self.toks[run - 1].sep == " ":
            run -= 1
        run = max(run, start)
        k = self._skip_place(run, end)
        for j in sorted(range(k, end - 1), key=lambda j: _NAME_SHAPES.get(end - j, 9) + (j > k and j - k < 2)):
            if end - j >= (3 if self._names_place(start, j) or self._local_place(j) else 2) and _is_surname(
                    self.toks[j]) and self._looks_like_name(j, end):
                return j
        if self._names_place(start, k) or end - k < 2:
            return None
        return k if self._looks_like_name(k, end) and self._cue_before(start) else None

    def _names_place(self, head_end: int, j: int) -> bool:
        """Whether capitals from ``j`` are where the office is: right after a place word
        that follows the title head (``Bí thư huyện Nông Cống``), not one that ends an
        organisation (``Chủ tịch UBND tỉnh Lê Hưng``)."""
        return j - 1 == head_end and self.toks[j - 1].norm in PLACE_WORDS

    def _local_place(self, j: int) -> bool:
        """Whether two capitals from ``j`` are where the committee or the level before them
        sits (``Bí thư Huyện ủy Lộc Bình``, ``Chủ tịch UBND thành phố Đông Hà``), not a
        two-syllable name."""
        return j >= 2 and (self.words(j - 2, 2) in COMMITTEES or self.toks[j - 1].norm in LOCAL_LEVEL_ENDS)

    def _skip_place(self, k: int, end: int) -> int:
        for size in (4, 3, 2):
            if k + size <= end and " ".join(t.norm for t in self.toks[k:k + size]) in PROVINCE_BY_KEY:
                return k + size
        return k

    def _cue_before(self, i: int) -> bool:
        return any(self.cue_at(j) for j in range(max(0, i - 8), i))

    # -- names --------------------------------------------------------------------------

    def _name_run(self, j: int) -> int:
        """End of the run of capitalised syllables from ``j`` (a name has at most six)."""
        k = j + 1
        while k < len(self.toks) and k - j < MAX_NAME_SYLLABLES and self.toks[k].sep == " " \
                and self.capital_at(k) and not self.title_head(k):
            k += 1
        return k

    def _looks_like_name(self, j: int, end: int) -> bool:
        words = [t.word for t in self.toks[j:end]]
        if not 2 <= len(words) <= MAX_NAME_SYLLABLES or self.norms[j] in NOT_IN_NAMES:
            return False
        if " ".join(self.norms[j:end]) in PROVINCE_BY_KEY or " ".join(self.norms[j:end]) in PLACES_NOT_PROVINCES:
            return False
        if len(words[-1]) == 1 and words[-1].isascii():
            return False  # a name may open with a letter (A Pớt, Y Biêr), a place ends with one: "huyện Châu Thành A"
        return all(not w.isupper() or sum(map(str.isalpha, w)) == 1 for w in words)  # no UBND or TW; A, Y, H' are

    def _person(self, j: int, name_end: int, begin: int, titles: list[str], end: int) -> PersonMention | None:
        if not self._looks_like_name(j, name_end) or set(range(j, name_end)) & self.used or self._cut_off(j, name_end):
            return None
        self.used.update(range(j, name_end))
        person = PersonMention(self._written(j, name_end), self._pos(begin), self._pos_end(end), titles)
        self.people.append(person)
        return person

    def _cut_off(self, j: int, name_end: int) -> bool:
        """Whether the text stops inside the name (or the word) from ``j``: two syllables or
        fewer last on the page with no mark after them, where a whole name has three or more
        ("... Thủ tướng Chính phủ Phạm Min", "Chánh Văn phòng Tỉnh ủy - Trư")."""
        return name_end == len(self.toks) and name_end - j < 3 and not self.page.folded[self.toks[-1].end:].strip()

    # -- helpers ------------------------------------------------------------------------

    def capital_at(self, k: int) -> bool:
        return k < len(self.caps) and self.caps[k]

    def words(self, k: int, count: int) -> str:
        return " ".join(self.texts[k:k + count])

    def phrase_at(self, k: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> int:
        """How many syllables of the longest phrase of ``index`` start at ``k`` (0 if none)."""
        if k >= len(self.texts):
            return 0
        for words in index.get(self.texts[k], ()):
            if tuple(self.texts[k:k + len(words)]) == words:
                return len(words)
        return 0

    def _written(self, a: int, b: int) -> str:
        """Syllables ``a`` to ``b`` as written, with one plain space whatever the page used."""
        return " ".join(self.page.written(self.toks[a].start, self.toks[b - 1].end).split()) if b > a else ""

    def _title_text(self, a: int, b: int) -> str:
        """A title as written, its bracket closed: ``Chủ tịch UBND tỉnh X (mới)``."""
        written = self._written(a, b)
        return written + ")" if written.count("(") > written.count(")") else written

    def _pos(self, k: int) -> int:
        return self.toks[k].start if k < len(self.toks) else self.toks[-1].end

    def _pos_end(self, k: int) -> int:
        return self.toks[k - 1].end if k else self.start

    def _end_index(self, person: PersonMention) -> int:
        return self.index_of(person.end)

    def index_of(self, position: int) -> int:
        """The first syllable that starts at or after ``position``."""
        return bisect.bisect_left(self._starts, position)


_TITLE_OPENERS = (",", "(", "-")
_BULLETS = ("-", "+", "•", "*")  # what opens the items of a list, folded (an en dash reads "-")
_TITLE_PHRASES = phrase_index(TITLE_PHRASES)
_GIVING, _NOT_YET_GIVEN = phrase_index(OFFICE_GIVING), phrase_index(OFFICE_NOT_YET_GIVEN)
_ANNOUNCING = phrase_index(ANNOUNCING_VERBS)
_DUTY_VERBS, _CAREER, _AGE_LEADS = phrase_index(DUTY_VERBS), phrase_index(CAREER_OPENERS), phrase_index(AGE_LEADS)
_CAREER_POSTS, _CAREER_WHEN = phrase_index(CAREER_POSTS), phrase_index(CAREER_WHEN)
_PERSONAL_NOTES = phrase_index(PERSONAL_NOTES)
_TITLE_CONTINUATIONS = phrase_index(TITLE_CONTINUATIONS)
_BODIES_NAMED_BY_OFFICES = phrase_index(BODIES_NAMED_BY_OFFICES)
_PURPOSE_BODIES, _PURPOSE_OPENERS = phrase_index(PURPOSE_BODIES), phrase_index(PURPOSE_OPENERS)
_ACTS_GOING_ON, _HEADING_QUALIFIERS = phrase_index(ACTS_GOING_ON), phrase_index(HEADING_QUALIFIERS)
_ACTS_TOWARD, _OFFICE_NOUNS = phrase_index(tuple(OFFICE_ACTS_TOWARD)), phrase_index(OFFICE_NOUNS)
_TOWARD_WORDS = tuple(TOWARD.split())
# Title heads by their first two words, the one-word heads of the first word last: most heads
# part at their second word, so only a few are compared whole.
_ONE_WORD_HEADS = {first: tuple(h for h in heads if len(h) == 1) for first, heads in TITLE_HEADS_BY_FIRST.items()}
_HEADS_BY_TWO: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}
for _head in (h for heads in TITLE_HEADS_BY_FIRST.values() for h in heads if len(h) > 1):
    _HEADS_BY_TWO[_head[:2]] = _HEADS_BY_TWO.get(_head[:2], ()) + (_head,)
_HEADS_BY_TWO = {pair: heads + _ONE_WORD_HEADS[pair[0]] for pair, heads in _HEADS_BY_TWO.items()}
MAX_NAME_SYLLABLES = 6  # Central Highlands names run to five or six: "Y Mơ Nhuôl Byă Kđăm"
_JOINED_REACH = 3  # names joined to one, "và" before the last, that an office given after them is given to
_NOTE_REACH = 6  # syllables of a note on someone between commas: "sinh năm 1968", "dân tộc Dao"
_OWNER_REACH = 4  # syllables naming whose a body is before its purpose: "Ban Chỉ đạo Trung ương"
_TOWARD_REACH = 24  # syllables from "đối với" back to the act on an office: "miễn nhiệm chức vụ ..."
# Syllables from a name to the office it is given: "được điều động, chỉ định tham gia Ban
# Chấp hành, Ban Thường vụ và giữ chức".
_GIVEN_REACH = 18
_LIST_SKIP = 20  # syllables of title words no rule reads before the next entry of a list or a career


# How likely a name of so many syllables is (lower first), for telling a place from the
# name after it: "Bí thư Huyện ủy Khoái Châu Vũ Văn Hải" is Khoái Châu + Vũ Văn Hải.
_NAME_SHAPES = {3: 0, 4: 1, 2: 2, 5: 3, 6: 4}
_CUE_WORDS = frozenset(("cac", "nhung", "dong", "d") + tuple(map(fold, HONORIFICS)))
# A sentence can name someone only if it holds a cue or an office.
_MAY_NAME = re.compile("(?:" + alternation(("đồng chí", "đ/c") + HONORIFICS, WORD_CHAR) + "|"
                       + alternation(map(" ".join, TITLE_HEADS), LETTER, space=r"[\s.]+") + r")(?!\w)")


def _is_surname(tok: Tok) -> bool:
    return is_surname(tok.text, tok.norm)
