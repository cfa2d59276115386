"""People named in an article, the titles written beside them and what they did.

Forms: ``đồng chí NAME, TITLE, TITLE``, ``đồng chí TITLE NAME``, ``TITLE NAME``,
``NAME (TITLE)``, lists (``các đồng chí: A, TITLE; B, TITLE``) and captions whose
titles run on to the next line. ``đồng chí TITLE`` without a name is an unnamed office
holder. A closing line of names (``Thu Trà - Bá Hoàng``) is the byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import (
    PROVINCE_BY_KEY,
    ROLE_VERBS,
    SURNAMES,
    TITLE_CONTINUATIONS,
    TITLE_HEADS,
    TITLE_HEADS_BY_FIRST,
    TITLE_LOWER_WORDS,
)
from ..text import normalise
from .page import Page, Tok

# Written words that never belong to a personal name.
_NOT_IN_NAMES = frozenset(normalise(w) for w in (
    "Đảng", "Ủy", "Tỉnh", "Huyện", "Hội", "Ban", "Ương", "Nhà", "Nước", "Phủ", "Sở", "Bộ",
    "Thường", "Vụ", "Biểu", "Kỳ", "Họp", "Khóa", "Nhiệm", "Mặt", "Trận", "Sự", "Tại", "Theo",
    "Với", "Các", "Những", "Ngày", "Chiều", "Tướng", "Chủ", "Tịch", "Trưởng", "UBND", "HĐND",
))
_BYLINE = re.compile(r"^\s*(?:\(?(?:bài|ảnh|bài và ảnh|bài, ảnh|tin|nhóm pv)\s*:\s*)?"
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


def find_people(page: Page, skip_line: int | None = None) -> tuple[list[PersonMention], list[OfficeMention]]:
    people: list[PersonMention] = []
    offices: list[OfficeMention] = []
    for start, end in page.sentences:
        if skip_line and page.line_of(start) == skip_line or not _MAY_NAME.search(page.normalised, start, end):
            continue
        end = _caption_end(page, end)
        sentence = _Sentence(page, start, end)
        people.extend(sentence.people)
        offices.extend(sentence.offices)
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


class _Sentence:
    """The people of one sentence, read from its syllables."""

    def __init__(self, page: Page, start: int, end: int):
        self.page = page
        self.start = start
        self.toks = page.tokens(start, end)
        self.people: list[PersonMention] = []
        self.offices: list[OfficeMention] = []
        self.used: set[int] = set()
        self._read()

    # -- the frames ---------------------------------------------------------------------

    def _read(self) -> None:
        """Try each frame where one can start: a cue word, a title, a surname."""
        done = 0
        for i, tok in enumerate(self.toks):
            if i >= done and (tok.text in _CUE_WORDS or tok.norm in TITLE_HEADS_BY_FIRST or
                              tok.capitalised and _is_surname(tok)):
                done = self._after_cue(i) or self._title_first(i, cue=False) or self._name_first(i) or i + 1

    def _after_cue(self, i: int) -> int | None:
        cue = self._cue_at(i)
        if cue is None:
            return None
        width, plural = cue
        j = i + width
        if j < len(self.toks) and self.toks[j].sep.strip() == ":":
            plural = True
        if plural:
            return self._list(j, i)
        return self._title_first(j, cue=True, cue_start=i) or self._named(j, cue_start=i) or j

    def _cue_at(self, i: int) -> tuple[int, bool] | None:
        words = [t.text for t in self.toks[i:i + 3]]
        plural = words[:1] in (["cac"], ["nhung"])
        rest = words[1:] if plural else words
        if rest[:2] == ["dong", "chi"] or rest[:2] == ["d", "c"] and self.toks[i + plural + 1].sep == "/":
            width = 2  # đồng chí, đ/c
        elif rest[:1] in (["ong"], ["ba"]) and self._capital_at(i + plural + 1):
            width = 1
        else:
            return None
        return width + plural, plural

    def _list(self, j: int, cue_start: int) -> int:
        """``các đồng chí: A, TITLE; B, TITLE`` or ``các đồng chí A, B và C được bầu ...``;
        what is said after the last of them without titles of its own is said of all."""
        members: list[PersonMention] = []
        while j < len(self.toks):
            person = self._read_named(j, cue_start)
            if person is None:
                break
            members.append(person)
            j = self._end_index(person)
            if j < len(self.toks) and self.toks[j].text == "va" and self.toks[j].sep == " ":
                j += 1
            elif j >= len(self.toks) or self.toks[j].sep.strip() not in (",", ";"):
                break
        if members:
            last = members[-1]
            for person in members[:-1]:
                if not person.titles:
                    person.titles = list(last.given)
                    person.roles = list(dict.fromkeys(person.roles + last.roles))
        return j

    def _named(self, j: int, cue_start: int) -> int | None:
        person = self._read_named(j, cue_start)
        return self._end_index(person) if person else None

    def _name_first(self, i: int) -> int | None:
        """No cue: ``Nguyễn Văn A, Bí thư Huyện ủy`` or ``Nguyễn Văn A (Bí thư Huyện ủy)``."""
        tok = self.toks[i]
        if not tok.capitalised or not _is_surname(tok) or (i and self.toks[i - 1].capitalised
                                                               and self.toks[i].sep == " "):
            return None
        name_end = self._name_run(i)
        if name_end - i < 2 or name_end >= len(self.toks):
            return None
        following = self.toks[name_end]
        if following.sep.strip() not in (",", "(") or not self._title_head(name_end):
            return None
        person = self._read_named(i, i)
        return self._end_index(person) if person else None

    def _title_first(self, i: int, cue: bool, cue_start: int | None = None) -> int | None:
        """``(đồng chí) TITLE NAME``; with a cue and no name, an unnamed office holder."""
        head = self._title_head(i)
        if not head or (not cue and not self.toks[i].capitalised):
            return None
        end = self._title_end(i + head)
        name_start = self._name_in_title(i + head, end)
        begin = cue_start if cue_start is not None else i
        if name_start is not None:
            name_end = self._name_run(name_start)
            title = self._written(i, name_start)
            person = self._person(name_start, name_end, begin, [title], name_end)
            return self._titles_after(person, name_end)
        if cue:
            self.offices.append(OfficeMention(self._written(i, end), self._pos(begin), self._pos_end(end),
                                              self._roles(begin, end)))
            return end
        return None

    def _read_named(self, j: int, cue_start: int) -> PersonMention | None:
        """``NAME, TITLE, TITLE`` / ``NAME (TITLE)`` starting at ``j``."""
        if j >= len(self.toks) or not self._capital_at(j) or self._title_head(j):
            return None
        name_end = self._name_run(j)
        if not 2 <= name_end - j <= 5:
            return None
        person = self._person(j, name_end, cue_start, [], name_end)
        if person is None:
            return None
        self._titles_after(person, name_end)
        return person

    # -- titles -------------------------------------------------------------------------

    def _titles_after(self, person: PersonMention | None, k: int) -> int | None:
        """``, TITLE, TITLE`` or `` (TITLE, TITLE)`` after a name, an office it is given
        (``được bầu giữ chức TITLE``), and the roles around them."""
        if person is None:
            return None
        while k < len(self.toks) and self.toks[k].sep.strip() in (",", "(") and self._title_head(k):
            k = self._add_title(person, k)
        roles = []
        given = _GIVEN_OFFICE.match(self._words(k, 8) + " ")
        if given and self._title_head(k + len(given.group().split())):
            roles = [ROLE_VERBS[v] for v in ("duoc bau", "duoc chi dinh") if v.split()[1] in given.group()]
            roles += ["được bầu"] if re.search(r"\btai (?:dac )?cu\b", given.group()) else []
            k = self._add_title(person, k + len(given.group().split()))
            person.given.append(person.titles[-1])
        person.end = self._pos_end(k)
        person.roles = list(dict.fromkeys(self._roles(self._index_of(person.start), k) + roles))
        return k

    def _add_title(self, person: PersonMention, k: int) -> int:
        end = self._title_end(k + self._title_head(k))
        person.titles.append(self._written(k, end))
        return end

    def _title_head(self, i: int) -> int:
        """How many syllables of a title head start at ``i`` (0 if none)."""
        if i >= len(self.toks):
            return 0
        for head in TITLE_HEADS_BY_FIRST.get(self.toks[i].norm, ()):
            if tuple(t.norm for t in self.toks[i:i + len(head)]) == head and all(
                    self.toks[k].sep in (" ", ".") for k in range(i + 1, i + len(head))):
                return len(head)
        return 0

    def _title_end(self, k: int) -> int:
        """Where the organisation part of a title ends: at a mark, a verb, a new title."""
        while k < len(self.toks):
            tok = self.toks[k]
            # "Lao động - Thương binh", "Bà Rịa - Vũng Tàu", "Văn hóa, Thể thao và Du lịch"
            joined = tok.sep == " - " and tok.capitalised or self._continues_office(k)
            if tok.sep not in (" ", ".") and not joined or tok.sep == "." and not (
                    tok.all_caps and self.toks[k - 1].all_caps):
                break
            if not tok.capitalised and tok.norm not in TITLE_LOWER_WORDS:
                break
            if any(ROLE_VERBS.get(self._words(k, n)) for n in (3, 2)) or (
                    ROLE_VERBS.get(tok.text) and not tok.capitalised):
                break
            if tok.text == "va" and self._person_from(k + 1):  # "..., Chủ tịch HĐND tỉnh và đồng chí B"
                break
            k += 1
        return k

    def _continues_office(self, k: int) -> bool:
        """Whether a comma at ``k`` is inside an office's name: "Sở Văn hóa, Thể thao và Du lịch"."""
        return self.toks[k].sep.strip() == "," and any(
            self._words(k, len(words.split())) == words for words in TITLE_CONTINUATIONS)

    def _person_from(self, k: int) -> bool:
        """Whether someone is named from ``k`` on: after a cue, or as ``NAME, TITLE`` (a
        name alone may be an office's: "Sở Giáo Dục và Đào Tạo")."""
        if k >= len(self.toks):
            return False
        if self._cue_at(k):
            return True
        end = self._name_run(k)
        return (self._capital_at(k) and _is_surname(self.toks[k]) and self._looks_like_name(k, end)
                and end < len(self.toks) and self.toks[end].sep.strip() in (",", "(") and bool(self._title_head(end)))

    def _name_in_title(self, start: int, end: int) -> int | None:
        """Where a name starts in the trailing capitals of ``TITLE NAME``, if it does."""
        run = end
        while run > start and self.toks[run - 1].capitalised and self.toks[run - 1].sep == " ":
            run -= 1
        run = max(run, start)
        k = self._skip_place(run, end)
        for j in sorted(range(k, end - 1), key=lambda j: _NAME_SHAPES.get(end - j, 9) + (j > k and j - k < 2)):
            if _is_surname(self.toks[j]) and self._looks_like_name(j, end):
                return j
        return k if end - k >= 2 and self._looks_like_name(k, end) and self._cue_before(start) else None

    def _skip_place(self, k: int, end: int) -> int:
        for size in (4, 3, 2):
            if k + size <= end and " ".join(t.norm for t in self.toks[k:k + size]) in PROVINCE_BY_KEY:
                return k + size
        return k

    def _cue_before(self, i: int) -> bool:
        return any(self._cue_at(j) for j in range(max(0, i - 8), i))

    # -- names --------------------------------------------------------------------------

    def _name_run(self, j: int) -> int:
        """End of the run of capitalised syllables from ``j`` (a name has at most five)."""
        k = j + 1
        while k < len(self.toks) and k - j < 5 and self.toks[k].sep == " " and self._capital_at(k) \
                and not self._title_head(k):
            k += 1
        return k

    def _looks_like_name(self, j: int, end: int) -> bool:
        words = [t.word for t in self.toks[j:end]]
        if not 2 <= len(words) <= 5 or normalise(words[0]) in _NOT_IN_NAMES:
            return False
        if " ".join(t.norm for t in self.toks[j:end]) in PROVINCE_BY_KEY:
            return False
        return all(not w.isupper() or len(w) <= 2 for w in words)  # no UBND, but "A", "Y"

    def _person(self, j: int, name_end: int, begin: int, titles: list[str], end: int) -> PersonMention | None:
        if not self._looks_like_name(j, name_end) or set(range(j, name_end)) & self.used:
            return None
        self.used.update(range(j, name_end))
        person = PersonMention(self._written(j, name_end), self._pos(begin), self._pos_end(end), titles)
        self.people.append(person)
        return person

    # -- roles --------------------------------------------------------------------------

    def _roles(self, begin: int, end: int) -> list[str]:
        """Roles from the words that open the clause (``Phát biểu bế mạc Đại hội, đồng
        chí X``), lead to the mention (``dưới sự chủ trì của``) or follow it (``X chủ trì
        và phát biểu khai mạc``)."""
        clause = begin
        while clause > 0 and self.toks[clause].sep.strip() not in (";", ":"):
            clause -= 1
        before = [t.text for t in self.toks[clause:begin]]
        found = _roles_in(" ".join(before[:4])) + _roles_in(" ".join(before[-4:])) + self._roles_after(end)
        return list(dict.fromkeys(r for r in found if r != "dự" or _attends(" ".join(before + [
            t.text for t in self.toks[end:end + 3]]))))

    def _roles_after(self, k: int) -> list[str]:
        """The verbs right after a mention, joined by "và": ``chủ trì và điều hành``; the
        first may follow the comma or bracket that closes the titles."""
        found = []
        first = k
        while k < len(self.toks) and (not self.toks[k].sep.strip() or k == first and
                                      self.toks[k].sep.strip() in (",", ")", "),")):
            for size in (3, 2, 1):
                role = ROLE_VERBS.get(self._words(k, size))
                if role:
                    found.append(role)
                    k += size
                    break
            else:
                if self.toks[k].text not in _BETWEEN_ROLES:
                    break
                k += 1
        return found

    # -- helpers ------------------------------------------------------------------------

    def _capital_at(self, k: int) -> bool:
        return k < len(self.toks) and self.toks[k].capitalised

    def _words(self, k: int, count: int) -> str:
        return " ".join(t.text for t in self.toks[k:k + count])

    def _written(self, a: int, b: int) -> str:
        """Syllables ``a`` to ``b`` as written, with one plain space whatever the page used."""
        return " ".join(self.page.written(self.toks[a].start, self.toks[b - 1].end).split()) if b > a else ""

    def _pos(self, k: int) -> int:
        return self.toks[k].start if k < len(self.toks) else self.toks[-1].end

    def _pos_end(self, k: int) -> int:
        return self.toks[k - 1].end if k else self.start

    def _end_index(self, person: PersonMention) -> int:
        return self._index_of(person.end)

    def _index_of(self, position: int) -> int:
        return next((k for k, t in enumerate(self.toks) if t.start >= position), len(self.toks))


# How likely a name of so many syllables is (lower first), for telling a place from the
# name after it: "Bí thư Huyện ủy Khoái Châu Vũ Văn Hải" is Khoái Châu + Vũ Văn Hải.
_NAME_SHAPES = {3: 0, 4: 1, 2: 2, 5: 3}
_CUE_WORDS = frozenset(("cac", "nhung", "dong", "d", "ong", "ba"))
# A sentence can name someone only if it holds a cue or an office.
_MAY_NAME = re.compile(r"(?<!\w)(?:đồng chí|đ/c|ông|bà|" + "|".join(
    r"[\s.]+".join(map(re.escape, head)) for head in TITLE_HEADS) + r")(?!\w)")
_GIVEN_OFFICE = re.compile(r"(?:tiep tuc )?(?:da )?(?:duoc )?(?:(?:bau|chi dinh)(?: tai cu)? |tai (?:dac )?cu )?"
                           r"(?:giu )?(?:chuc|lam) ")
_BETWEEN_ROLES = frozenset("va da cung truc tiep doc dien van bai len".split())
_ROLE_PATTERN = re.compile(r"\b(" + "|".join(sorted(ROLE_VERBS, key=len, reverse=True)) + r")\b")
_ATTENDS = re.compile(r"\b(?:tham du|du (?:hoi nghi|dai hoi|ky hop|buoi|phien|le|co)|cung du|du va)\b")


def _is_surname(tok: Tok) -> bool:
    return tok.text in SURNAMES or tok.text.startswith(("h'", "h’"))  # H'Bia Kđoh


def _roles_in(text: str) -> list[str]:
    return [ROLE_VERBS[m.group(1)] for m in _ROLE_PATTERN.finditer(text)]


def _attends(text: str) -> bool:
    return bool(_ATTENDS.search(text))
