"""The extractor never raises, whatever the text, and what it finds points into the text.

Arbitrary Unicode alone rarely reaches the rules, so the examples are also built from
the words the rules look for, shuffled and interleaved with anything at all."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nghiquyet.corpus import Unreadable, decode
from nghiquyet.extract.article import extract

WORDS = [
    "Hội nghị", "Ban Chấp hành", "Ban Thường vụ", "Đảng bộ tỉnh", "Tỉnh ủy", "Đại hội", "đại biểu",
    "lần thứ", "thứ nhất", "mười hai", "XX", "XIX", "53", "khóa", "khoá", "nhiệm kỳ", "2020 - 2025",
    "2020–2025", "Nghị quyết số", "01-NQ/TU", "18-NQ/TW", "Chỉ thị", "Kết luận số", "quán triệt",
    "ngày", "12/3/2021", "tháng 10 năm 2019", "sáng nay", "năm 2020", "Kỳ họp thứ", "HĐND", "UBND",
    "BCH", "BTV", "đồng chí", "Bí thư Tỉnh ủy", "Phó Bí thư", "Chủ tịch", "chủ trì", "phát biểu",
    "kết luận", "được bầu", "dự", "Ủy viên", "Trần Quốc Tỏ", "Nguyễn Thị Hoà", "Lê Văn", "Thái Nguyên",
    "Lào Cai", "(", ")", ":", ",", ".", ";", "\"", "-", "–", "\n", "\n\n", " ", "  ",
]
PIECES = st.one_of(st.sampled_from(WORDS), st.text(max_size=6))
TEXTS = st.one_of(st.text(), st.lists(PIECES, max_size=60).map(" ".join), st.lists(PIECES, max_size=60).map("".join))
PROPERTY = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _as_read(text: str) -> str | None:
    try:
        return decode(text.encode("utf-8", "surrogatepass"))[0]
    except Unreadable:
        return None


def _check(text: str, first_line: int) -> None:
    extract("a.txt", text, first_line)  # raw text, as a library caller might pass it: never raises
    read = _as_read(text)
    if read is None:
        return
    facts = extract("a.txt", read, first_line)
    lines = read.split("\n")
    last = first_line + len(lines) - 1
    sources = [source for meeting in facts.meetings for source in (meeting.source, *meeting.mentions)]
    sources += [source for person in facts.people for source in (person.source, *(t.source for t in person.titles))]
    sources += [source for paper in facts.papers for source in (paper.source, *(m.source for m in paper.mentions))]
    assert all(source.file == "a.txt" and first_line <= source.line <= last for source in sources)
    for sentence in facts.sentences:
        assert first_line <= sentence.line <= last
        assert 0 <= sentence.start <= sentence.end <= len(lines[sentence.line - first_line])
    assert all(meeting.label.strip() for meeting in facts.meetings)
    assert all(person.name.strip() for person in facts.people)


@settings(max_examples=2000, **PROPERTY)
@given(TEXTS, st.integers(min_value=1, max_value=10**6))
def test_extract_never_raises_and_points_into_the_text(text, first_line):
    _check(text, first_line)


@pytest.mark.slow
@settings(max_examples=20000, **PROPERTY)
@given(TEXTS, st.integers(min_value=1, max_value=10**6))
def test_extract_never_raises_long_run(text, first_line):
    _check(text, first_line)
