"""A file of many articles: a year of bulletins, a website dump, articles pasted one
after another. Each article is read as if it were a file of its own, and a huge file is
read a part at a time with the same result."""

from pathlib import Path

import pytest

from nghiquyet import corpus
from nghiquyet.articles import split
from nghiquyet.index import CorpusSpec, open_index
from nghiquyet.stats import stats

ARTICLES = Path(__file__).parent / "data" / "articles"
# Four of the team's articles, from four provinces and of four meeting types.
CHOSEN = ["bacgiang_bch_lan20.txt", "cantho_tongket_chithi.txt", "caobang_bch_lan23.txt",
          "bacgiang_quantriet_2021.txt"]

TITLE = "Hội nghị Ban Thường vụ Huyện ủy lần thứ {n}"
PARAGRAPH = "Sáng nay, Ban Thường vụ Huyện ủy bàn công tác cán bộ của tháng {n} với các ban đảng."


def article(n: int, gap: str = "\n\n") -> str:
    return TITLE.format(n=n) + gap + PARAGRAPH.format(n=n) + gap + "Hội nghị kết thúc trong ngày.\n"


def firsts(text: str) -> list[str]:
    return [a.text.split("\n", 1)[0] for a in split(text)]


# -- where an article ends --------------------------------------------------------------------

@pytest.mark.parametrize("between", ["\n\n", "\n\n\n\n", "\n-----\n", "\n* * *\n\n", "\n==========\n\n",
                                     "\n\n#####\n"])
def test_articles_end_at_a_wider_gap_or_a_separator_line(between):
    text = article(1) + between + article(2) + between + article(3)
    assert firsts(text) == [TITLE.format(n=n) for n in (1, 2, 3)]


def test_the_articles_put_back_together_are_the_text_and_know_their_lines():
    text = article(1) + "\n\n" + article(2, gap="\n") + "\n-----\n" + article(3)
    found = split(text)
    assert "".join(a.text for a in found) == text
    lines = text.split("\n")
    assert [lines[a.first_line - 1] for a in found] == [TITLE.format(n=n) for n in (1, 2, 3)]


def test_paragraphs_two_gaps_apart_are_one_article():
    # scraped text often leaves two empty lines between every paragraph: that is the usual gap, not an end
    text = article(1, gap="\n\n\n") + "Chiều cùng ngày, đoàn công tác làm việc tại xã Tân Lập\n\n\nNội dung khác.\n"
    assert len(split(text)) == 1


def test_a_wide_gap_before_a_sentence_does_not_end_an_article():
    text = article(1) + "\n\n\nBuổi chiều, hội nghị tiếp tục thảo luận về công tác kiểm tra.\n"
    assert len(split(text)) == 1


def test_a_line_alone_after_a_gap_stays_with_the_article_before():
    # a byline or a source after a separator is the end of the article, not a new one
    text = article(1) + "\n-----\nNguyễn Văn Bình\n"
    assert len(split(text)) == 1


def test_a_title_that_names_no_meeting_begins_an_article_when_its_lead_does():
    other = "Tạo chuyển biến trong công tác dân vận\nQuang cảnh buổi làm việc.\n\n" \
            "Chiều 9/5, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban quý II.\n"
    assert firsts(article(1) + "\n\n" + other) == [TITLE.format(n=1), "Tạo chuyển biến trong công tác dân vận"]


def test_after_a_mere_gap_a_title_that_opens_no_report_stays_in_the_article():
    other = "Tạo chuyển biến trong công tác dân vận\n\nNhiều mô hình hay được nhân rộng.\n"
    assert len(split(article(1) + "\n\n" + other)) == 1


def test_a_photo_caption_after_a_wider_gap_is_no_title():
    caption = "Các đồng chí Thường trực Huyện ủy chủ trì Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện. Ảnh: Lê Hà"
    assert len(split(article(1) + "\n \n\n" + caption + "\n\n" + PARAGRAPH.format(n=2) + "\n")) == 1


def test_a_subheading_after_an_odd_gap_is_no_meeting(tmp_path):
    paragraphs = (ARTICLES / CHOSEN[0]).read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(3, "\nTháo gỡ vướng mắc về giải phóng mặt bằng")
    (tmp_path / "a.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    index = open_index(CorpusSpec.of([tmp_path]), use_cache=False)
    assert len([m for m in index.meetings() if m.reported]) == 1


def test_one_article_is_one_article():
    text = (ARTICLES / CHOSEN[0]).read_text(encoding="utf-8")
    assert split(text) == [(text, 1, False)]


# -- a file of many articles, indexed -----------------------------------------------------------

def facts(index, folder: Path) -> dict:
    """What a reader would check: each reported meeting with the line it names as its
    source (as written), the people with their titles, the papers."""
    def line_of(source) -> str:
        return (folder / source.file).read_text(encoding="utf-8").split("\n")[source.line - 1]

    meetings = sorted((m.label, m.date.value, m.type, line_of(m.source)) for m in index.meetings() if m.reported)
    people = sorted((p.name, tuple(sorted({t.title for t in p.titles}))) for p in index.people())
    papers = sorted(r.label for kind in ("resolution", "document") for r in index.papers(kind))
    return {"meetings": meetings, "people": people, "papers": papers}


def indexed(folder: Path) -> tuple:
    index = open_index(CorpusSpec.of([folder]), use_cache=False)
    return index, facts(index, folder)


@pytest.fixture(scope="module")
def texts():
    return [(ARTICLES / name).read_text(encoding="utf-8").rstrip("\n") + "\n" for name in CHOSEN]


@pytest.fixture(scope="module")
def separate(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("separate")
    for name, text in zip(CHOSEN, texts, strict=True):
        (folder / name).write_text(text, encoding="utf-8")
    return indexed(folder)[1]


def together(texts, separators) -> str:
    return texts[0] + "".join(sep + text for sep, text in zip(separators, texts[1:], strict=True))


SEPARATORS = [["\n\n", "\n-----\n\n", "\n\n\n"], ["\n*****\n", "\n\n", "\n====\n"]]


@pytest.mark.parametrize("reading", ["whole", "a part at a time"])
@pytest.mark.parametrize("separators", SEPARATORS)
def test_a_file_of_articles_gives_what_the_articles_give_one_a_file(tmp_path, texts, separate, separators,
                                                                    reading, request):
    if reading == "a part at a time":
        request.getfixturevalue("small_parts")
    joined = together(texts, separators)
    (tmp_path / "tong-hop.txt").write_text(joined, encoding="utf-8")
    index, got = indexed(tmp_path)
    assert got == separate
    counted = stats(index)
    assert counted["articles"] == len(texts)
    assert counted["lines"] == joined.count("\n") and counted["characters"] == len(joined)


# -- a huge file, read a part at a time -------------------------------------------------------------

@pytest.fixture
def small_parts(monkeypatch):
    """Big-file reading for anything over 2 KB, a kilobyte at a time, in parts of 3,000
    characters: every article is cut, and every part boundary falls somewhere new."""
    monkeypatch.setattr(corpus, "BIG_FILE", 2_000)
    monkeypatch.setattr(corpus, "PART_CHARS", 3_000)
    monkeypatch.setattr(corpus, "_CHUNK", 1_000)


ENCODED = {  # how the bytes of a file may come, and the encoding a reader reports for them
    "utf-8": (lambda text: text.encode("utf-8"), "utf-8"),
    "utf-8 with a stray byte": (lambda text: text.encode("utf-8") + b"\xff\n", "utf-8 (with invalid bytes replaced)"),
    "utf-8 with a BOM": (lambda text: text.encode("utf-8-sig"), "utf-8"),
    "utf-16": (lambda text: text.encode("utf-16"), "utf-16"),
    "windows-1258": (lambda text: text.encode("cp1258", errors="replace"), "windows-1258"),
}


@pytest.mark.parametrize("how", list(ENCODED))
def test_a_big_file_is_decoded_as_the_same_bytes_held_whole(tmp_path, texts, how):
    encode, encoding = ENCODED[how]
    path = tmp_path / "tong-hop.txt"
    path.write_bytes(encode("\n-----\n".join(texts)))
    whole = corpus.read_document(next(corpus.find_files([path])))
    with pytest.MonkeyPatch.context() as patch:  # now read as a big file, a kilobyte at a time
        patch.setattr(corpus, "_CHUNK", 1_000)
        big = corpus.BigFile(next(corpus.find_files([path])))
        streamed = "".join(part.text for part in big)
    assert (streamed, big.encoding) == (whole.text, whole.encoding) and whole.encoding == encoding


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_file_streamed_is_cut_as_the_same_text_held_whole(tmp_path, texts, small_parts, encoding):
    joined = "\n-----\n".join([together(texts, SEPARATORS[1])] * 3)
    path = tmp_path / "tong-hop.txt"
    path.write_bytes(joined.encode(encoding))  # UTF-16: a BOM, and characters cut between reads
    streamed = list(corpus.BigFile(next(corpus.find_files([path]))))
    assert streamed == corpus.parts(joined)
    assert sum(not part.continues for part in streamed) == 3 * len(texts)


@pytest.mark.parametrize("paragraphs", [200, 203, 207, 211, 230])  # the last part ends anywhere in a read
def test_an_article_longer_than_a_part_is_one_article(tmp_path, small_parts, paragraphs):
    long_article = article(1) + "".join(PARAGRAPH.format(n=n) + "\n\n" for n in range(paragraphs))
    assert [part.continues for part in corpus.parts(long_article)][:2] == [False, True]
    (tmp_path / "dai.txt").write_text(long_article, encoding="utf-8")
    index = open_index(CorpusSpec.of([tmp_path]), use_cache=False)
    counted = stats(index)
    assert counted["articles"] == 1 and counted["lines"] == long_article.count("\n")
    assert [m.label for m in index.meetings() if m.reported] == [TITLE.format(n=1)]


def test_the_progress_moves_while_a_huge_file_is_read(tmp_path, texts, small_parts):
    joined = together(texts, SEPARATORS[0])
    (tmp_path / "tong-hop.txt").write_text(joined, encoding="utf-8")
    seen = []
    open_index(CorpusSpec.of([tmp_path]), use_cache=False,
               on_progress=lambda progress: seen.append((progress.done_files, progress.done_bytes)))
    size = len(joined.encode())
    during = [done for files, done in seen if files == 0]
    assert len(during) >= len(texts) and during == sorted(during) and 0 < during[0] < during[-1] <= size
    assert seen[-1] == (1, size)
