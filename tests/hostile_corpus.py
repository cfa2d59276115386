"""A corpus built to hurt: every encoding, line end and file-system oddity the tool must
survive, generated at run time (see ``build``).

Every readable file holds one small article with a person and a meeting of its own, so
that a test can check that each fact read from it is still there; every file that cannot
be read is listed with the words its one-line warning must contain.
"""

from __future__ import annotations

import codecs
import os
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng

# What must never reach a terminal from an article (or a file name).
CLEAR_SCREEN = "\x1b[2J"
BELL = "\x07"
SET_TITLE = "\x1b]0;pwned\x07"
CSI_8BIT = "\x9b"
RIGHT_TO_LEFT_OVERRIDE = "\u202e"
MARKUP = "[bold red]"
LINK_MARKUP = "[link=https://evil.invalid/x]"
FORBIDDEN_ON_STDOUT = (CLEAR_SCREEN, BELL, "\x1b]0;", CSI_8BIT, RIGHT_TO_LEFT_OVERRIDE)

HOSTILE_LINE = (f"Văn bản thử nghiệm có {MARKUP}chữ đỏ[/bold red] {LINK_MARKUP}liên kết[/link] "
                f"{RIGHT_TO_LEFT_OVERRIDE}ngược\u202c {CSI_8BIT}31m {CLEAR_SCREEN}xóa {BELL}chuông {SET_TITLE} hết.")
HOSTILE_WORDS = "van ban thu nghiem co chu do"  # finds the hostile line as a passage


@dataclass(frozen=True)
class Article:
    file: str  # relative to the corpus root, with "/"
    person: str
    province: str
    ordinal: int
    how: str  # what is hostile about it


@dataclass(frozen=True)
class SkippedFile:
    file: str
    reason: str  # words the one-line warning must contain


@dataclass(frozen=True)
class Corpus:
    root: Path
    articles: list[Article]
    skipped: list[SkippedFile]

    def article(self, how: str) -> Article:
        return next(a for a in self.articles if a.how == how)


def article_text(person: str, province: str, ordinal: int, extra: str = "", heading_extra: str = "") -> str:
    """A short report of a plenum of ``province``'s executive committee, lần thứ ``ordinal``,
    chaired by ``person``; the document it adopts is numbered after the ordinal."""
    return (
        f"Hội nghị Ban Chấp hành Đảng bộ tỉnh {province} lần thứ {ordinal}, khóa XVII{heading_extra}\n"
        "\n"
        f"Sáng 12/3/2023, Ban Chấp hành Đảng bộ tỉnh {province} tổ chức Hội nghị lần thứ {ordinal}, "
        "khóa XVII, nhiệm kỳ 2020-2025.\n"
        f"Đồng chí {person}, Bí thư Tỉnh ủy {province} chủ trì hội nghị.\n"
        f"{extra}"
        f"Hội nghị đã thảo luận, thông qua Nghị quyết số {ordinal}-NQ/TU về phát triển kinh tế và "
        f"Kế hoạch số {ordinal}-KH/TU về chuyển đổi số của tỉnh {province}.\n"
    )


def windows_1258(text: str) -> bytes:
    """The text as Windows-1258 writes it: base letters precomposed (â, ơ, đ...) and the
    tone marks as combining characters after them, i.e. NFD text with only the tones
    split off."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


PEOPLE = {  # how -> (person, province, ordinal)
    "utf-8": ("Hoàng Văn Nghiệm", "Lạng Sơn", 31),
    "utf-8 with BOM": ("Lương Thị Huyền Trang", "Hà Giang", 32),
    "utf-16 le": ("Đỗ Quốc Khánh", "Cao Bằng", 33),
    "utf-16 be": ("Phạm Ngọc Thưởng", "Bắc Kạn", 34),
    "windows-1258": ("Vũ Đức Hưởng", "Tuyên Quang", 35),
    "nfd": ("Trịnh Xuân Đường", "Lào Cai", 36),
    "crlf": ("Lê Hữu Phước", "Yên Bái", 37),
    "lone cr": ("Bùi Văn Khiết", "Điện Biên", 38),
    "nul bytes": ("Giàng A Chử", "Lai Châu", 39),
    "one huge line": ("Lò Văn Mười", "Sơn La", 40),
    "markup and control codes": ("Quàng Thị Ngoan", "Hòa Bình", 41),
    "vietnamese names with spaces": ("Triệu Đình Lộc", "Phú Thọ", 42),
    "markup in the file name": ("Kiều Minh Thắng", "Vĩnh Phúc", 43),
}


def build(root: Path, unreadable: bool | None = None) -> Corpus:
    """Write the hostile corpus into ``root`` (made if missing). ``unreadable``: add a file
    without read permission (default: unless running as root, who can read it anyway)."""
    root.mkdir(parents=True, exist_ok=True)
    if unreadable is None:
        unreadable = os.geteuid() != 0
    articles: list[Article] = []

    def text(how: str, extra: str = "", heading_extra: str = "") -> str:
        person, province, ordinal = PEOPLE[how]
        return article_text(person, province, ordinal, extra, heading_extra)

    def add(file: str, how: str, data: bytes) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        person, province, ordinal = PEOPLE[how]
        articles.append(Article(file, person, province, ordinal, how))

    add("utf8.txt", "utf-8", text("utf-8").encode("utf-8"))
    add("utf8-bom.txt", "utf-8 with BOM", codecs.BOM_UTF8 + text("utf-8 with BOM").encode("utf-8"))
    add("utf16-le.txt", "utf-16 le", codecs.BOM_UTF16_LE + text("utf-16 le").encode("utf-16-le"))
    add("utf16-be.txt", "utf-16 be", codecs.BOM_UTF16_BE + text("utf-16 be").encode("utf-16-be"))
    add("windows-1258.txt", "windows-1258", windows_1258(text("windows-1258").replace("\n", "\r\n")))
    add("nfd.txt", "nfd", unicodedata.normalize("NFD", text("nfd")).encode("utf-8"))
    add("crlf.txt", "crlf", text("crlf").replace("\n", "\r\n").encode("utf-8"))
    add("lone-cr.txt", "lone cr", text("lone cr").replace("\n", "\r").encode("utf-8"))
    add("nul-bytes.txt", "nul bytes",
        text("nul bytes", extra="Các đại biểu\x00\x00 đã thảo luận\x00 sôi nổi.\n").encode("utf-8"))
    one_line = text("one huge line").replace("\n\n", " ").replace(".\n", ". ").replace("\n", ". ")
    filler = "Các đại biểu thảo luận về phát triển kinh tế - xã hội của địa phương. "
    one_line += filler * ((1_050_000 - len(one_line.encode())) // len(filler.encode()))
    add("one-huge-line.txt", "one huge line", one_line.encode("utf-8"))
    add("hostile-markup.txt", "markup and control codes",
        text("markup and control codes", extra=HOSTILE_LINE + "\n", heading_extra=" " + MARKUP + "ĐỎ[/bold red]")
        .encode("utf-8"))
    add("Thư mục có dấu cách/Bài viết về Hội nghị tỉnh Phú Thọ.txt", "vietnamese names with spaces",
        text("vietnamese names with spaces").encode("utf-8"))
    add("[bold red]tên tệp[/bold red].txt", "markup in the file name", text("markup in the file name").encode("utf-8"))

    skipped: list[SkippedFile] = []
    (root / "empty.txt").write_bytes(b"")
    skipped.append(SkippedFile("empty.txt", "empty"))
    (root / "whitespace.txt").write_bytes(b"  \t \r\n\n   \n\t\r\n ")
    skipped.append(SkippedFile("whitespace.txt", "white space"))
    noise = random.Random(1258)
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise.randbytes(8192))
    skipped.append(SkippedFile("binary.txt", "binary"))
    os.symlink("does-not-exist.txt", root / "broken-link.txt")
    skipped.append(SkippedFile("broken-link.txt", "broken"))
    os.symlink("self-loop.txt", root / "self-loop.txt")
    skipped.append(SkippedFile("self-loop.txt", "loop"))
    (root / "sub").mkdir()
    os.symlink("..", root / "sub" / "loop")
    skipped.append(SkippedFile("sub/loop", "loop"))
    if unreadable:
        locked = root / "unreadable.txt"
        locked.write_text(article_text("Ma Văn Khóa", "Thái Bình", 99), encoding="utf-8")
        locked.chmod(0)
        skipped.append(SkippedFile("unreadable.txt", "permission"))
    return Corpus(root, articles, skipped)
