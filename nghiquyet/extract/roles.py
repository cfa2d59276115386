"""What each person of a sentence did, read from the role verbs around them: chủ trì, kết
luận, báo cáo, phát biểu, dự, after them (``A; B và C đồng chủ trì``) or before a list they
are in (``Dự hội nghị có các đồng chí: ...``).

``people.py`` finds the people and offices of a sentence; this reads their roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    APPOINTING_VERBS,
    ASIDE_OPENERS,
    ATTEND_OBJECTS,
    GIVEN_AT,
    LIST_CONTINUATIONS,
    LIST_ONLY_VERBS,
    NOT_ROLE_BEFORE,
    ROLE_LIST_OPENERS,
    ROLE_VERBS,
    ROLE_VERBS_AS_WRITTEN,
    SHARED_WITH,
    SPEECH_GIVEN,
    SPEECH_TEXTS,
    SUBJECT_ONLY_VERBS,
    VERBS_OF_A_MEETING,
    phrase_index,
)
from ..text import fold

if TYPE_CHECKING:
    from .people import PeopleSentence

ROLE_VERB_INDEX = phrase_index(ROLE_VERBS)
_SHARED_WITH, _ASIDES = phrase_index(SHARED_WITH), phrase_index(ASIDE_OPENERS)
_LONGEST_VERB = max(len(verb.split()) for verb in ROLE_VERBS)
_NOT_ROLE_BEFORE = tuple(tuple(w.split()) for w in NOT_ROLE_BEFORE)
_FOLDED_AS_WRITTEN = frozenset(map(fold, ROLE_VERBS_AS_WRITTEN))
_NOT_ROLE_LAST_WORDS = frozenset(w[-1] for w in _NOT_ROLE_BEFORE)  # quick rejection before the phrases
_SPEECH_GIVEN = tuple(tuple(w.split()) for w in SPEECH_GIVEN)
_ROLE_REACH = 8  # words that may stand between a role verb and the people it speaks of
_TIGHT_REACH = 1  # "có đồng chí X, Bí thư Tỉnh ủy chủ trì": attended, and chaired
_OF_REACH = 3  # "sự tham dự và chỉ đạo của X", not "quán triệt, triển khai bài phát biểu của X"
_OPENING_REACH = 14  # "Trình bày tờ trình về phân cấp quản lý cán bộ, đồng chí X"
_FRONTED_REACH = 6  # "Tại phiên họp chiều nay, phát biểu kết luận, đồng chí X"
# "Tham dự Đại hội Đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025 - 2030 còn có ...":
# a verb and the words leading to the list it opens
_LIST_OPENER_REACH = 24
_LIST_REACH = 30  # "X; Y; các Ủy viên Ban Thường vụ, lãnh đạo các sở, ban, ngành ... tham dự"
_ATTENDED_REACH = 2  # "dự phiên bế mạc": the verb after dự names what was attended


def role_at(sentence: PeopleSentence, k: int) -> tuple[int, str | None]:
    """The role verb at syllable ``k``, and its width."""
    size = sentence.phrase_at(k, ROLE_VERB_INDEX)
    if size and _is_role(sentence, k, size):
        return size, ROLE_VERBS[sentence.words(k, size)]
    return 0, None


def _is_role(sentence: PeopleSentence, k: int, size: int) -> bool:
    """Whether the role verb at syllable ``k`` acts as one here: written as the verb ("đề
    nghị", not "để nghỉ"), no paper ("Kết luận số 12"), and with what it needs after it (what
    "dự" attends, whom "có" lists)."""
    words, toks, verb = sentence.words, sentence.toks, sentence.words(k, size)
    if verb in _FOLDED_AS_WRITTEN and " ".join(sentence.norms[k:k + size]) not in ROLE_VERBS_AS_WRITTEN:
        return False
    if k and sentence.norms[k - 1] in _NOT_ROLE_LAST_WORDS and _preceded_by(
            sentence, k, _NOT_ROLE_BEFORE) and not _preceded_by(sentence, k, _SPEECH_GIVEN):
        return False
    after = k + size
    if after < len(toks) and toks[after].text == "so":
        return False  # "Kết luận số 12": a paper
    if verb in LIST_ONLY_VERBS:  # "Về phía tỉnh X có ...", not "Về phía doanh nghiệp, ông X"
        if not sentence.one_phrase(k, size):
            return False
        for m in range(after, min(after + _LIST_OPENER_REACH, len(toks))):
            if set(toks[m].sep) & set(",;:"):
                return False
            if sentence.norms[m] in LIST_ONLY_VERBS[verb]:
                return True
        return False
    objects = VERBS_OF_A_MEETING.get(verb)
    if objects is not None:
        return any(words(after, len(w.split())) == w for w in objects)
    if verb != "du":
        return True
    return after >= len(toks) or bool(toks[after].sep.strip(" ")) or any(
        words(after, len(w.split())) == w for w in ATTEND_OBJECTS)


def _preceded_by(sentence: PeopleSentence, k: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` (as written, marks kept) ends right before syllable ``k``."""
    return any(k >= len(w) and tuple(sentence.norms[k - len(w):k]) == w for w in phrases)


class Roles:
    """What each person of a sentence did, read from the role verbs around them: after
    them (``A; B và C đồng chủ trì``, ``X, Bí thư ..., dự và phát biểu``) or before a list
    they are in (``Dự hội nghị có các đồng chí: ...``, ``Phát biểu bế mạc, đồng chí X``)."""

    def __init__(self, sentence: PeopleSentence):
        self.s = sentence
        self.toks = sentence.toks
        self.mentions = sentence.people + sentence.offices
        self.spans = [(sentence.index_of(m.start), sentence.index_of(m.end)) for m in self.mentions]
        self.taken = {k for a, b in self.spans for k in range(a, b)}
        self.verbs = self._verbs()
        self.leading_verbs = [v for v in self.verbs if sentence.words(v[0], v[1]) not in SUBJECT_ONLY_VERBS]
        self.following_verbs = [v for v in self.verbs if self._list_openers(v) is None]

    def assign(self, listed_before: list[str]) -> None:
        """Each mention's roles; a sentence that is only a list (``Các ông: A - TITLE; B -
        TITLE``) goes on with the list a verb opened in the sentence before."""
        for i, (mention, (a, b)) in enumerate(zip(self.mentions, self.spans, strict=True)):
            is_person = i < len(self.s.people)  # not an office named without a name
            leading = self._appointed(a) or self._leading(a)
            given = mention.given if is_person else None
            found = leading + self._following(b, _TIGHT_REACH if leading else None, given)
            speech = self._speech_given_at(a, b) if is_person else None
            if speech:
                mention.held_at, role = speech
                found.append(role)
            mention.roles = list(dict.fromkeys(mention.roles + found))
        bulleted = self.s.bulleted()
        inherits = bool(listed_before) and not self.verbs and (self._only_a_list() or bulleted)
        if inherits:
            for mention in self.mentions:
                mention.roles = mention.roles or list(listed_before)
        last = max(range(len(self.mentions)), key=lambda m: self.spans[m][1])
        # the bullets of a list go on with it: "Dự hội nghị có:" / "- TITLE A" / "- Đồng chí B, TITLE"
        self.s.listed_roles = list(listed_before) if inherits and bulleted else self._listed(self.spans[last][0])

    def opened_list(self) -> list[str]:
        """The role a verb gives the list that the sentence's closing colon opens: "Đại hội
        có sự hiện diện của:", "Dự hội nghị có:"."""
        return self._listed(len(self.toks))

    def _speech_given_at(self, a: int, b: int) -> tuple[int, str] | None:
        """``bài phát biểu của X tại Hội nghị Trung ương 10``: the meeting named there (its
        mention's start), where X gave the speech, and the role."""
        s = self.s
        if not (a > 2 and s.texts[a - 1] == "cua" and b + 1 < len(self.toks) and s.texts[b] in GIVEN_AT):
            return None
        meeting = next((m for m in s.meetings if m.start == self.toks[b + 1].start and m.specific), None)
        verb = next((k for k in range(max(1, a - 1 - _LONGEST_VERB), a - 1)
                     if s.phrase_at(k, ROLE_VERB_INDEX) == a - 1 - k and s.norms[k - 1] in SPEECH_TEXTS), None)
        if meeting is None or verb is None:
            return None
        return meeting.start, ROLE_VERBS[s.words(verb, a - 1 - verb)]

    def _only_a_list(self) -> bool:
        """Whether the sentence opens with a list and no words of its own: ``Các đồng chí: ...``."""
        cue = self.s.cue_at(0)
        return bool(cue and cue[1] and cue[0] < len(self.toks) and ":" in self.toks[cue[0]].sep)

    def _verbs(self) -> list[tuple[int, int, str]]:
        """``(index, width, role)`` of each role verb outside the people's own words; what
        follows "dự" closely is what was attended (``dự phiên bế mạc``), not a role; after a
        comma it is another (``Tới dự, phát biểu chỉ đạo đại hội, đồng chí X``)."""
        found, k = [], 0
        while k < len(self.toks):
            width, role = role_at(self.s, k) if self.s.texts[k] in ROLE_VERB_INDEX else (0, None)
            if role and not self.taken & set(range(k, k + width)):
                after_du = found[-1][0] + found[-1][1] if found and found[-1][2] == "dự" else None
                if not (after_du is not None and k - after_du <= _ATTENDED_REACH
                        and "va" not in self.s.texts[after_du:k] and "," not in self.toks[k].sep):
                    found.append((k, width, role))
                k += width
            else:
                k += 1
        return found

    def _leading(self, a: int) -> list[str]:
        """The role of a verb before the list the mention is in: one that opens the list
        (``_listed``) or the sentence (``Kết luận hội nghị, đồng chí X``)."""
        chain = self._chain_before(a)
        if not chain:
            return []
        first, after = chain[0][0], chain[-1][0] + chain[-1][1]
        first_mention = min(start for start, _ in self.spans) == a
        opening = self._opens_sentence(first) and first_mention and a - after <= _OPENING_REACH and (
            self._list_openers(chain[-1]) is None)
        return self._listed(a) or ([role for _, _, role in chain] if opening else [])

    def _list_openers(self, verb: tuple[int, int, str]) -> tuple[str, ...] | None:
        """The words that open the list a verb gives its role to, when it gives it to no one
        else: "Lãnh đạo tỉnh có A; B" (LIST_ONLY_VERBS)."""
        return LIST_ONLY_VERBS.get(self.s.words(verb[0], verb[1]))

    def _opens_sentence(self, k: int) -> bool:
        """Whether the verb at ``k`` opens the sentence, or a clause after a short one that
        only says when or where, with no verb of its own: "Trước đó, phát biểu bế mạc Đại
        hội, đồng chí X ..."."""
        return k <= 1 or k <= _FRONTED_REACH and "," in self.toks[k].sep and not any(
            verb < k for verb, _, _ in self.verbs)

    def _listed(self, a: int) -> list[str]:
        """The role of a verb that words like ``có`` lead to the list the mention is in
        (``Dự hội nghị có ...``), or that ``của`` follows (``sự chủ trì của``)."""
        chain = self._chain_before(a)
        if not chain:
            return []
        roles, after = [role for _, _, role in chain], chain[-1][0] + chain[-1][1]
        heading = self._list_openers(chain[-1])
        for m in range(after, min(a, after + _LIST_OPENER_REACH + 1)):
            if heading is not None:  # "Lãnh đạo tỉnh có A; B", where the list follows "có"
                if self.s.norms[m] in heading and self._only_people(m + 1, a):
                    return roles
            elif self.s.words(m, 1) in ROLE_LIST_OPENERS or self.s.words(m, 2) in ROLE_LIST_OPENERS:
                if self.s.texts[m] != "cua" or self._of_leads_to(after, m, a):
                    return roles
        return roles if self._shared_with(after, a) else []

    def _of_leads_to(self, after: int, of: int, a: int) -> bool:
        """Whether ``của`` at ``of`` gives the verb ending at ``after`` to the mention at ``a``
        right after it: not "quán triệt bài phát biểu của X" (the speech is X's), nor "trình bày
        tờ trình của Ban Thường vụ về ... đối với đồng chí X" (whose paper it is)."""
        return of - after <= _OF_REACH and not any(self._names_a_speech(m) for m in range(after, of)) and (
            self._only_people(of + 1, a))

    def _names_a_speech(self, m: int) -> bool:
        """Whether a role verb's words at ``m`` name what was said, which "của" then gives its
        giver ("quán triệt bài phát biểu của X"); not "chỉ đạo" after another verb ("sự tham dự
        và chỉ đạo của X")."""
        size = self.s.phrase_at(m, ROLE_VERB_INDEX)
        return bool(size) and self.s.words(m, size) not in VERBS_OF_A_MEETING

    def _shared_with(self, after: int, a: int) -> bool:
        """Whether words like ``cùng`` within reach after the verb lead straight to the list
        the mention is in, whose members (or cue) alone stand between: "X chủ trì hội nghị
        cùng các đồng chí: A, ...; B, ...", "... cùng A, ... và B, ..."."""
        for m in range(after, min(a, after + _LIST_OPENER_REACH)):
            size = self.s.phrase_at(m, _SHARED_WITH)
            if size and self._only_people(m + size, a):
                return True
        return False

    def _only_people(self, start: int, a: int) -> bool:
        """Whether only those named, and "và", stand from ``start`` to the mention at ``a``."""
        return all(k in self.taken or self.s.texts[k] == "va" for k in range(start, a))

    def _chain_before(self, a: int) -> list[tuple[int, int, str]]:
        """The last verbs before syllable ``a`` written one after another, or joined by "và",
        as one chain: "Phát biểu kết luận, đồng chí X", "Chủ trì và điều hành Đại hội TITLE
        X"; not one only its subject does ("cảm ơn đồng chí X")."""
        before = [v for v in self.leading_verbs if v[0] + v[1] <= a]
        if not before:
            return []
        i = len(before) - 1
        while i and self.s.texts[before[i - 1][0] + before[i - 1][1]:before[i][0]] in ([], ["va"]):
            i -= 1
        return before[i:]

    def _appointed(self, a: int) -> list[str]:
        """``chỉ định bà X``, ``bầu đồng chí Y``: the person named right after the verb is
        the one appointed or elected."""
        texts = self.s.texts
        for size in (2, 1):
            role = APPOINTING_VERBS.get(" ".join(texts[max(0, a - size):a])) if a >= size else None
            if role:
                return [role]
        return []

    def _continues_list(self, k: int) -> bool:
        """Whether the words from ``k`` go on with a list of those present: "; các Ủy viên
        Ban Thường vụ Tỉnh ủy, lãnh đạo các sở ... tham dự"."""
        return bool(self.toks[k].sep.strip(" ")) and any(
            self.s.words(k, len(w.split())) == w for w in LIST_CONTINUATIONS)

    def _aside_in(self, gap: list[int]) -> int:
        """How many syllables of ``gap`` an aside that runs up to the verb takes: ``thay mặt
        Bộ Chính trị, Ban Bí thư dự``."""
        for m in gap:
            size = self.s.phrase_at(m, _ASIDES)
            if size:
                end = m + size
                while end < len(self.toks) and self.s.capital_at(end) and self.toks[end].sep.strip() in ("", ","):
                    end = self.s.title_end(end + 1)
                return len(gap) - gap.index(m) if end > gap[-1] else 0
        return 0

    def _offices_in(self, gap: list[int]) -> int:
        """How many syllables of ``gap`` are offices named without a name, which a list of
        those present goes on with as with its named members: "A, TITLE; B, TITLE, các đồng
        chí Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh và 300 đại biểu
        ... dự"."""
        within, count, m = set(gap), 0, gap[0]
        while m <= gap[-1]:
            head = self.s.title_head(m) if m in within else 0
            end = self.s.title_end(m + head) if head else m + 1
            count += len(within.intersection(range(m, end))) if head else 0
            m = max(end, m + 1)
        return count

    def _bracketed(self, gap: list[int]) -> int:
        """How many syllables of ``gap`` stand in brackets, a note that does not part a person
        from their verb: ``A (ngoài cùng bên trái) và B (thứ hai từ phải sang) dự``."""
        within, depth, count = set(gap), 0, 0
        for m in range(gap[0], gap[-1] + 1) if gap else ():
            sep = self.toks[m].sep
            depth = max(0, depth + sep.count("(") - sep.count(")"))
            count += depth > 0 and m in within
        return count

    def _following(self, b: int, reach: int | None = None, given: list[str] | None = None) -> list[str]:
        """The chain of verbs after the mention (``dự và phát biểu chỉ đạo``), when only
        other people and a few words stand between (``reach`` of them, when given), and
        not past a semicolon when the mention's clause has its verb (an office given)."""
        after = [v for v in self.following_verbs if v[0] >= b]
        if not after:
            return []
        k, size, role = after[0]
        if given and any(";" in self.toks[m].sep for m in range(b, k + 1)):
            return []
        gap = [m for m in range(b, k) if m not in self.taken]
        continued = bool(gap) and self._continues_list(gap[0])
        if reach is None:
            reach = _LIST_REACH if continued else _ROLE_REACH
        said = len(gap) - self._aside_in(gap) - self._bracketed(gap) - (self._offices_in(gap) if continued else 0)
        if said > reach or any(set(self.toks[m].sep) & set(':"“”') for m in gap):
            return []
        roles, end = [role], k + size
        for k2, size2, role2 in after[1:]:
            between = [t.text for t in self.toks[end:k2]]
            if between and between != ["va"] and not (between == ["va", "truc", "tiep"]):
                break
            roles.append(role2)
            end = k2 + size2
        return roles
