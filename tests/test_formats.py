"""Saved web pages, Word files and PDFs (``--ext html --ext docx --ext pdf``): made here,
with the libraries of the ``formats`` extra or by hand, in our own words; read as a user
would, through the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from cli_runs import assert_valid, invoke, parse_json

from nghiquyet import freshness, index

EXTRA = "pip install 'nghiquyet[formats]'"

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn lần thứ 18 - Báo Rừng Xanh</title>
<meta property="og:title" content="Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn lần thứ 18">
<meta property="article:published_time" content="2024-08-06T09:30:00+07:00">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/hoi-nghi">Hội nghị Ban Thường vụ Huyện ủy Na Rì lần thứ 9</a></li></ul></nav>
<article>
<h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn lần thứ 18</h1>
<p>Ngày 5/8, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn khóa XII tổ chức Hội nghị lần thứ 18 để cho ý kiến vào
dự thảo báo cáo chính trị trình Đại hội nhiệm kỳ tới.</p>
<p>Đồng chí Lục Văn Thạch, Bí thư Tỉnh ủy chủ trì hội nghị. Các đại biểu thảo luận kỹ về hướng phát triển
kinh tế rừng, du lịch hồ núi và giữ gìn bản sắc của đồng bào các dân tộc trong những năm tới.</p>
<p>Hội nghị thống nhất giao Ban Thường vụ Tỉnh ủy hoàn thiện dự thảo, gửi lấy ý kiến các chi bộ trong tháng.</p>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/a">Kỳ họp thứ 20 HĐND huyện Chợ Đồn bế mạc</a></li>
<li><a href="/b">Hội nghị Ban Thường vụ Huyện ủy Pác Nặm lần thứ 7</a></li></ul></aside>
<section id="comments" class="comments"><h3>Bình luận</h3>
<div class="comment"><p>Hà Thị Mận: Chi bộ thôn Khuổi Mạn đã học tập rất kỹ, mong báo đưa thêm tin.</p></div></section>
<footer>Báo Rừng Xanh, số 9 đường Phùng Chí Kiên</footer>
</body></html>
"""

WORD_PARAGRAPHS = [
    "Hội nghị Ban Thường vụ Tỉnh ủy Cao Bằng lần thứ 41",
    "",
    "Ngày 14/3/2023, Ban Thường vụ Tỉnh ủy Cao Bằng họp Hội nghị lần thứ 41.",
    "Đồng chí Nông Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.",
    "Hội nghị cho ý kiến về đề án phát triển chè Shan tuyết vùng cao.",
]

PDF_PAGES = [
    ["Bản tin nội bộ tháng 10", "Công tác xây dựng Đảng trong quý III vẫn được giữ vững."],
    ["Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 22",
     "Ngày 20/10/2022, Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII họp Hội nghị lần thứ 22.",
     "Đồng chí Sùng Mí Páo, Bí thư Tỉnh ủy chủ trì hội nghị."],
]


# -- making the files ------------------------------------------------------------------------

def word_file(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def pdf_file(path: Path, pages: list[list[str]]) -> Path:
    """A PDF whose pages hold these lines as text (a Type0 font whose ToUnicode map gives
    each glyph its letter, so that any Vietnamese letter is text); ``[]`` for a page that
    is only drawn, with no text, as a scan is."""
    letters = sorted({c for page in pages for line in page for c in line})
    glyph = {c: f"{i:04X}" for i, c in enumerate(letters, 1)}
    cmap = "\n".join(f"<{glyph[c]}> <{ord(c):04X}>" for c in letters)
    to_unicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Made def\n"
                  "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                  f"{len(letters)} beginbfchar\n{cmap}\nendbfchar\nendcmap end end\n")
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type0 /BaseFont /Made"
               " /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
               "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Made /CIDSystemInfo << /Registry (Adobe)"
               " /Ordering (Identity) /Supplement 0 >> /DW 500 >>", _stream(to_unicode)]
    kids = []
    for lines in pages:
        shown = "".join(f"<{''.join(glyph[c] for c in line)}> Tj T* " for line in lines)
        content = f"BT /F1 11 Tf 14 TL 40 800 Td {shown}ET" if lines else "0.5 g 40 40 500 700 re f"
        objects.append(_stream(content))
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R"
                       " /Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    path.write_bytes(_pdf(objects))
    return path


def _stream(text: str) -> str:
    return f"<< /Length {len(text.encode('latin-1'))} >>\nstream\n{text}\nendstream"


def _pdf(objects: list[str]) -> bytes:
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    table = "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    out += (f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n{table}"
            f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{len(out)}\n%%EOF\n").encode("latin-1")
    return bytes(out)


# -- reading them ------------------------------------------------------------------------------

def cli(tmp_path: Path, *args: str):
    return invoke(args, tmp_path / "cache")


def meetings(tmp_path: Path, folder: Path, *exts: str) -> list[dict]:
    out = cli(tmp_path, "meetings", "--corpus", str(folder), *(a for e in exts for a in ("--ext", e)), "--json")
    assert "Traceback" not in out.stderr, out.stderr
    return parse_json(out)


def show(tmp_path: Path, folder: Path, ext: str, record_id: str, *more: str):
    return cli(tmp_path, "show", record_id, "--corpus", str(folder), "--ext", ext, *more)


def one_file(tmp_path: Path, name: str, make) -> Path:
    """A corpus folder holding one file, written by ``make(path)``."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    make(folder / name)
    return folder


def stats(tmp_path: Path, folder: Path, *exts: str) -> tuple[dict, list[str]]:
    out = cli(tmp_path, "stats", "--corpus", str(folder), *(a for e in exts for a in ("--ext", e)), "--json")
    data = parse_json(out)
    assert_valid(data, "stats", str(out))
    return data, out.stderr_lines


@pytest.fixture
def page_folder(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "hoi-nghi-18.html").write_text(PAGE, encoding="utf-8")
    return folder


def test_a_saved_page_gives_its_meeting(tmp_path, page_folder):
    (meeting,) = meetings(tmp_path, page_folder, "html")
    assert meeting["label"].startswith("Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn lần thứ 18")
    assert meeting["type"] == "hoi_nghi_bch" and meeting["khoa"] == "XII"
    assert [p["name"] for p in meeting["people"]] == ["Lục Văn Thạch"]
    assert meeting["source"] == {"file": "hoi-nghi-18.html", "line": 1}


def test_menus_related_links_and_comments_are_not_read(tmp_path, page_folder):
    meetings(tmp_path, page_folder, "html")
    for words in ("Na Rì", "Chợ Đồn", "Pác Nặm", "Hà Thị Mận", "Khuổi Mạn", "Phùng Chí Kiên", "Trang chủ"):
        out = cli(tmp_path, "search", words, "--corpus", str(page_folder), "--ext", "html", "--json")
        assert [hit["label"] for hit in parse_json(out) if words.lower() in hit["snippet"].lower()] == [], words


def test_the_pages_metadata_date_gives_the_year_of_a_day_written_without_one(tmp_path, page_folder):
    (meeting,) = meetings(tmp_path, page_folder, "html")
    assert meeting["date"]["value"] == "2024-08-05" and meeting["date"]["precision"] == "day"
    assert meeting["date"]["inferred"] is True
    assert "metadata" in meeting["date"]["basis"] and "2024-08-06" in meeting["date"]["basis"]


def test_htm_is_read_with_html(tmp_path, page_folder):
    (page_folder / "hoi-nghi-18.html").rename(page_folder / "hoi-nghi-18.htm")
    assert len(meetings(tmp_path, page_folder, "html")) == 1


def test_the_default_extension_leaves_saved_pages_alone_and_says_how_to_read_them(tmp_path, page_folder):
    (page_folder / "ghi-chu.txt").write_text("Ghi chú riêng của phóng viên, chưa có tin nào.\n", encoding="utf-8")
    data, warnings = stats(tmp_path, page_folder)
    assert data["per_format"] == {"txt": {"read": 1, "skipped": 0}}
    assert data["files_not_asked"] == {"html": 1}
    assert warnings == ["nghiquyet: warning: 1 .html file not read: add --ext html"]


def test_a_folder_of_other_formats_read_without_ext_says_which_to_add(tmp_path, page_folder, monkeypatch):
    monkeypatch.setattr(freshness, "UNSETTLED_NS", 0)  # the folder is trusted as walked: the next run does not walk it
    word_file(page_folder / "btv-41.docx", WORD_PARAGRAPHS)
    pdf_file(page_folder / "ban-tin.pdf", PDF_PAGES)
    pdf_file(page_folder / "ban-tin-2.pdf", PDF_PAGES)
    (page_folder / "anh.jpg").write_bytes(b"\xff\xd8\xff")  # not a format this tool reads: not named
    for _ in range(2):  # the second answers from the index as stored, without walking the folder
        data, warnings = stats(tmp_path, page_folder)
        assert data["files_read"] == 0 and data["files_skipped"] == 0
        assert data["files_not_asked"] == {"docx": 1, "html": 1, "pdf": 2}
        assert warnings == ["nghiquyet: warning: 1 .docx, 1 .html, 2 .pdf files not read: "
                            "add --ext docx --ext html --ext pdf"]
    data, warnings = stats(tmp_path, page_folder, "pdf", "html")
    assert data["files_not_asked"] == {"docx": 1}
    assert warnings == ["nghiquyet: warning: 1 .docx file not read: add --ext docx"]


def test_a_word_file_gives_its_paragraphs_in_order(tmp_path):
    folder = one_file(tmp_path, "btv-41.docx", lambda path: word_file(path, WORD_PARAGRAPHS))
    (meeting,) = meetings(tmp_path, folder, "docx")
    assert meeting["label"].startswith("Hội nghị Ban Thường vụ Tỉnh ủy Cao Bằng lần thứ 41")
    assert meeting["date"]["value"] == "2023-03-14"
    (chair,) = meeting["people"]
    assert chair["name"] == "Nông Thị Lụa" and chair["roles"] == ["chủ trì"]
    shown = parse_json(show(tmp_path, folder, "docx", chair["person_id"], "--json"))
    assert shown[0]["source"] == {"file": "btv-41.docx", "line": 4}  # the fourth paragraph
    assert WORD_PARAGRAPHS[3] in [place["text"] for place in shown[0]["places"]]


def test_a_pdf_source_names_its_page(tmp_path):
    folder = one_file(tmp_path, "ban-tin.pdf", lambda path: pdf_file(path, PDF_PAGES))
    (meeting,) = meetings(tmp_path, folder, "pdf")
    assert meeting["label"].startswith("Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 22")
    assert meeting["date"]["value"] == "2022-10-20"
    assert meeting["source"]["page"] == 2
    shown = parse_json(show(tmp_path, folder, "pdf", meeting["id"], "--json"))
    assert_valid(shown[0], "show_output", "show of a PDF's meeting")
    assert {(p["page"], p["text"]) for p in shown[0]["places"]} >= {(2, PDF_PAGES[1][0])}
    table = show(tmp_path, folder, "pdf", meeting["id"])
    assert f"ban-tin.pdf:{meeting['source']['line']} (page 2)" in table.stdout
    hits = parse_json(cli(tmp_path, "search", "xây dựng Đảng trong quý III", "--corpus", str(folder), "--ext", "pdf",
                          "--kind", "passage", "--json"))
    assert hits[0]["source"] == {"file": "ban-tin.pdf", "line": 2, "page": 1}


# Lines as a PDF lays a page out: full to the right margin, names and words cut wherever
# the line is full; a paragraph's last line stops short.
WRAPPED_PAGE = [
    "Bản tin sinh hoạt chi bộ",
    "Ngày 12/6/2023, Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa XIV họp Hội",
    "nghị lần thứ 15 bàn về công tác cán bộ và phát triển chè Tam Đường.",
    "Đồng chí Vàng Thị Mai, Bí thư Tỉnh ủy chủ trì hội nghị; đồng chí Hoàng",
    "Minh Tuấn, Phó Bí thư Tỉnh ủy báo cáo tình hình thực hiện nghị quyết",
    "của tỉnh trong sáu tháng đầu năm và nêu những việc phải làm ngay.",
    "Các đại biểu thống nhất giao Ban Thường vụ Tỉnh ủy hoàn thiện đề án.",
]
CAPTIONED_PAGE = [
    "HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT SỐ 09 CỦA BAN THƯỜNG VỤ TỈNH ỦY",
    "LAI CHÂU",
    "Quang cảnh hội nghị",
    "Sáng 20/6/2023, Ban Thường vụ Tỉnh ủy Lai Châu tổ chức hội nghị quán",
    "triệt Nghị quyết số 09-NQ/TU về phát triển du lịch cộng đồng vùng cao.",
]


def test_a_pdfs_lines_are_read_as_the_paragraphs_they_were_cut_from(tmp_path):
    folder = one_file(tmp_path, "ban-tin.pdf", lambda path: pdf_file(path, [WRAPPED_PAGE, CAPTIONED_PAGE]))
    (plenum, conference) = sorted(meetings(tmp_path, folder, "pdf"), key=lambda m: m["date"]["value"])
    people = {p["name"]: p["roles"] for p in plenum["people"]}
    assert people == {"Vàng Thị Mai": ["chủ trì"], "Hoàng Minh Tuấn": ["báo cáo"]}
    assert conference["source"]["page"] == 2
    hits = parse_json(cli(tmp_path, "search", "Hoàng Minh Tuấn", "--corpus", str(folder), "--ext", "pdf",
                          "--kind", "passage", "--json"))
    assert hits[0]["source"] == {"file": "ban-tin.pdf", "line": 3, "page": 1}  # the third paragraph
    shown = parse_json(show(tmp_path, folder, "pdf", conference["id"], "--json"))
    texts = [place["text"] for place in shown[0]["places"]]
    assert " ".join(CAPTIONED_PAGE[:2]) in texts  # the heading whole, not cut at "... CỦA BAN THƯỜNG VỤ TỈNH ỦY"


def test_reflowing_keeps_headings_captions_and_lists_apart():
    from nghiquyet.formats.reflow import paragraphs

    body = "Hội nghị thống nhất các nội dung sau đây để trình Ban Chấp hành xem xét"
    assert paragraphs(CAPTIONED_PAGE) == [" ".join(CAPTIONED_PAGE[:2]), CAPTIONED_PAGE[2],
                                          " ".join(CAPTIONED_PAGE[3:])]
    assert paragraphs([body + ":", "- Đề án chè; - Đề án du lịch."]) == [body + ":", "- Đề án chè; - Đề án du lịch."]
    assert paragraphs([body, "1. Đề án chè vùng cao."]) == [body, "1. Đề án chè vùng cao."]
    assert paragraphs([body, "", "Tỉnh ủy giao việc."]) == [body, "", "Tỉnh ủy giao việc."]
    assert paragraphs([body + " từ ngày 15-", "17/10 năm nay."]) == [body + " từ ngày 15-17/10 năm nay."]


def test_a_scanned_pdf_is_skipped_with_one_line_saying_so(tmp_path):
    folder = one_file(tmp_path, "scan.pdf", lambda path: pdf_file(path, [[], []]))
    data, warnings = stats(tmp_path, folder, "pdf")
    assert len(warnings) == 1 and "scan.pdf" in warnings[0] and "no text layer" in warnings[0]
    assert data["files_skipped"] == 1 and data["per_format"] == {"pdf": {"read": 0, "skipped": 1}}


@pytest.mark.parametrize("name", ["hong.docx", "hong.pdf", "hong.html"])
def test_a_damaged_file_is_skipped_with_one_line(tmp_path, name):
    folder = one_file(tmp_path, name, lambda path: path.write_bytes(b"PK\x03\x04 not what it says it is \xff" * 20))
    data, warnings = stats(tmp_path, folder, "docx", "pdf", "html")
    assert len(warnings) == 1 and name in warnings[0], warnings
    assert data["files_skipped"] == 1 and data["files_read"] == 0


@pytest.fixture
def without_the_extra(monkeypatch):
    """As if ``nghiquyet[formats]`` were not installed: its libraries cannot be imported."""
    for library in ("trafilatura", "docx", "pypdf"):
        monkeypatch.setitem(sys.modules, library, None)
    for reader in ("html", "docx", "pdf"):
        monkeypatch.delitem(sys.modules, f"nghiquyet.formats.{reader}", raising=False)
    index.rules_fingerprint.cache_clear()
    yield monkeypatch
    index.rules_fingerprint.cache_clear()


def test_without_the_extra_each_file_is_skipped_with_one_line_naming_it(tmp_path, page_folder, without_the_extra):
    word_file(page_folder / "btv-41.docx", WORD_PARAGRAPHS)
    data, warnings = stats(tmp_path, page_folder, "html", "docx")
    assert len(warnings) == 2 and all(EXTRA in line for line in warnings), warnings
    assert data["files_skipped"] == 2
    assert data["per_format"] == {"docx": {"read": 0, "skipped": 1}, "html": {"read": 0, "skipped": 1}}


def test_a_page_skipped_for_want_of_the_extra_is_read_once_it_is_installed(tmp_path, page_folder, without_the_extra):
    assert meetings(tmp_path, page_folder, "html") == []
    without_the_extra.setattr(freshness, "UNSETTLED_NS", 0)  # the page is trusted as stored: no walk reads it again
    assert meetings(tmp_path, page_folder, "html") == []
    without_the_extra.undo()
    without_the_extra.setattr(freshness, "UNSETTLED_NS", 0)
    index.rules_fingerprint.cache_clear()
    assert len(meetings(tmp_path, page_folder, "html")) == 1
