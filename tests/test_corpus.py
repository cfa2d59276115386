"""nghiquyet.corpus: finding the files of a corpus and reading them as text, whatever
their encoding and line ends, skipping (with a reason) what cannot be read."""

import codecs
import hashlib
import json
import os
import random
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from nghiquyet import corpus
from nghiquyet.corpus import (
    NotAsked,
    Skipped,
    SourceFile,
    Unreadable,
    bundled_seeds,
    corpus_paths,
    find_files,
    read_document,
)

ARTICLE = [
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20, khóa XV",
    "Sáng 31/10, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20.",
    "Đồng chí Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Hội nghị quán triệt Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.",
    "",
    "Thời gian tới, các cấp ủy cần thực hiện tốt công tác phòng, chống thiên tai, hoà giải ở cơ sở.",
]
LONG_LINE = "Tin tức hôm nay về kinh tế, xã hội và đời sống của nhân dân trong tỉnh. " * 13_000  # > 1 MB


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def windows_1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: â ê ô ă ơ ư đ precomposed, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = nfd(char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def joined(lines, end="\n"):
    return end.join(lines) + end


def png_like() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(20241031).randbytes(4096)


# file -> (bytes, the text it must decode to)
GOOD = {
    "utf8.txt": (joined(ARTICLE).encode("utf-8"), joined(ARTICLE)),
    "utf8-bom.txt": (codecs.BOM_UTF8 + joined(ARTICLE).encode("utf-8"), joined(ARTICLE)),
    "utf16-le.txt": (codecs.BOM_UTF16_LE + joined(ARTICLE).encode("utf-16-le"), joined(ARTICLE)),
    "utf16-be.txt": (codecs.BOM_UTF16_BE + joined(ARTICLE).encode("utf-16-be"), joined(ARTICLE)),
    "windows-1258.txt": (windows_1258(joined(ARTICLE, "\r\n")), joined(ARTICLE)),
    "nfd.txt": (nfd(joined(ARTICLE)).encode("utf-8"), joined(ARTICLE)),
    "crlf.txt": (joined(ARTICLE, "\r\n").encode("utf-8"), joined(ARTICLE)),
    "cr.txt": (joined(ARTICLE, "\r").encode("utf-8"), joined(ARTICLE)),
    "no-final-line-end.txt": ("\r\n".join(ARTICLE).encode("utf-8"), "\n".join(ARTICLE)),
    "UPPER CASE.TXT": (joined(ARTICLE).encode("utf-8"), joined(ARTICLE)),
    "nul-bytes.txt": (joined([ARTICLE[0], ARTICLE[1][:20] + "\0\0" + ARTICLE[1][20:], *ARTICLE[2:]]).encode(),
                      joined([ARTICLE[0], ARTICLE[1][:20] + "  " + ARTICLE[1][20:], *ARTICLE[2:]])),
    "escapes.txt": (joined([ARTICLE[0] + "\x1b[2J\x1b[31m", "\x07" + ARTICLE[1], *ARTICLE[2:]]).encode(),
                    joined([ARTICLE[0] + " [2J [31m", " " + ARTICLE[1], *ARTICLE[2:]])),
    "long-line.txt": (LONG_LINE.encode("utf-8"), LONG_LINE),
    "Tỉnh ủy/Hội nghị lần 1.txt": (joined(ARTICLE).encode("utf-8"), joined(ARTICLE)),
    "Tỉnh ủy/Ban Thường vụ/Quán triệt nghị quyết.txt": (nfd(joined(ARTICLE, "\r\n")).encode("utf-8-sig"),
                                                        joined(ARTICLE)),
}
# file -> (bytes, a word its reason must have)
BAD = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \r\n\t\n   \n", "white space"),
    "bom-only.txt": (codecs.BOM_UTF8, "white space"),
    "binary.txt": (png_like(), "binary"),
    "undecodable.txt": (b"Ch\x81\x8d\x8f\x90 \xc3 \xff text", "UTF-8"),
    "bad-utf16.txt": (codecs.BOM_UTF16_LE + b"H\x00\x00\xd8", "UTF-16"),  # a lone surrogate
}
# links: file -> (target, a word its reason must have)
LINKS = {
    "broken.txt": ("nowhere/gone.txt", "broken symbolic link"),
    "self-loop.txt": ("self-loop.txt", "symbolic link loop"),
    "Tỉnh ủy/loop": ("..", "symbolic link loop"),
}
OTHER_EXTENSIONS = {
    "notes.md": joined(ARTICLE).encode("utf-8"),
    "image.png": png_like(),
    "README": b"not an article",
    "Tỉnh ủy/draft.txt.bak": joined(ARTICLE).encode("utf-8"),
}


def build(root: Path) -> Path:
    for name, data in [*((n, b) for n, (b, _) in GOOD.items()), *((n, b) for n, (b, _) in BAD.items()),
                       *OTHER_EXTENSIONS.items()]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for name, (target, _) in LINKS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, root / name)
    return root


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("corpus") / "Tin tức")


@pytest.fixture(scope="module")
def read(tree):
    return read_all([tree])


def read_all(paths, **options):
    """Every file found: ``{file: Document}`` and ``[(file, reason)]`` for the rest."""
    documents, problems = {}, []
    for found in find_files(paths, **options):
        if isinstance(found, NotAsked):
            continue
        if isinstance(found, Skipped):
            problems.append((found.file, found.reason))
            continue
        assert isinstance(found, SourceFile)
        try:
            document = read_document(found)
        except Unreadable as why:
            problems.append((found.file, str(why)))
        else:
            assert found.file not in documents
            documents[found.file] = document
    return documents, problems


# -- the folder as a whole ---------------------------------------------------------------------

def test_every_good_file_is_read_and_nothing_else(read):
    documents, _ = read
    assert sorted(documents) == sorted(GOOD)


def test_every_bad_file_is_skipped_once_with_its_reason(read):
    _, problems = read
    assert Counter(file for file, _ in problems) == Counter([*BAD, *LINKS])
    reasons = dict(problems)
    for file, (_, word) in [*BAD.items(), *LINKS.items()]:
        assert word.lower() in reasons[file].lower(), (file, reasons[file])


@pytest.mark.parametrize("file", sorted(GOOD))
def test_decoded_text(read, file):
    documents, _ = read
    document = documents[file]
    _, expected = GOOD[file]
    assert document.text == expected
    assert unicodedata.is_normalized("NFC", document.text)
    assert "\r" not in document.text and "\ufeff" not in document.text
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in document.text)
    assert document.file == file


def test_a_syllable_a_page_split_after_its_marked_vowel_is_read_whole(tmp_path):
    (tmp_path / "a.txt").write_text("Ban Chấp hà nh Đảng bộ; Bí thư Thà nh ủy và NH Nhà nước; điểm b và c.\n",
                                    encoding="utf-8")
    (found,) = find_files([tmp_path / "a.txt"])
    text = read_document(found).text
    assert text == "Ban Chấp hành Đảng bộ; Bí thư Thành ủy và NH Nhà nước; điểm b và c.\n"


@pytest.mark.parametrize("file", sorted(GOOD))
def test_original_line_numbers(read, file):
    document = read[0][file]
    expected = GOOD[file][1].split("\n")
    assert len(document.lines) == len(expected)
    for number, line in enumerate(expected, start=1):  # line N of the file is lines[N - 1]
        assert document.lines[number - 1] == line


def test_encodings_are_named(read):
    documents, _ = read
    assert documents["utf8.txt"].encoding == "utf-8"
    assert documents["utf8-bom.txt"].encoding.startswith("utf-8")
    assert documents["utf16-le.txt"].encoding.startswith("utf-16")
    assert documents["utf16-be.txt"].encoding.startswith("utf-16")
    assert documents["windows-1258.txt"].encoding in ("windows-1258", "cp1258")


def test_files_are_relative_to_their_root_with_slashes(tree):
    found = [f for f in find_files([tree]) if isinstance(f, SourceFile)]
    assert "Tỉnh ủy/Hội nghị lần 1.txt" in [f.file for f in found]
    assert "Tỉnh ủy/Ban Thường vụ/Quán triệt nghị quyết.txt" in [f.file for f in found]
    for source in found:
        assert not Path(source.file).is_absolute() and "\\" not in source.file
        assert Path(source.path).resolve() == (tree / source.file).resolve()
        assert source.size == (tree / source.file).stat().st_size


def test_order_is_stable(tree):
    assert list(find_files([tree])) == list(find_files([tree]))


def test_sha256_is_of_the_bytes(read):
    documents, _ = read
    for file, document in documents.items():
        assert document.sha256 == hashlib.sha256(GOOD[file][0]).hexdigest()


# -- extensions and paths ----------------------------------------------------------------------

def test_other_extensions_are_ignored_by_default(tree):
    files = {f.file for f in find_files([tree])}
    assert not files & set(OTHER_EXTENSIONS)


def test_other_extensions_when_asked(tree):
    documents, problems = read_all([tree], extensions=("md",))
    assert sorted(documents) == ["notes.md"]
    assert documents["notes.md"].text == joined(ARTICLE)
    assert "Tỉnh ủy/loop" in dict(problems)
    assert {file for file, _ in problems} <= set(LINKS)  # no .txt is read, so none is unreadable
    both, _ = read_all([tree], extensions=(".md", "txt"))
    assert sorted(both) == sorted([*GOOD, "notes.md"])


def test_a_file_named_directly_is_read_whatever_its_extension(tree):
    for name in ("notes.md", "Tỉnh ủy/draft.txt.bak", "Tỉnh ủy/Hội nghị lần 1.txt"):
        (found,) = find_files([tree / name])
        assert isinstance(found, SourceFile)
        assert found.file == Path(name).name
        assert read_document(found).text == joined(ARTICLE)


def test_a_bad_file_named_directly_is_skipped(tree):
    documents, problems = read_all([tree / "binary.txt", tree / "utf8.txt", tree / "broken.txt"])
    assert sorted(documents) == ["utf8.txt"]
    assert sorted(Path(file).name for file, _ in problems) == ["binary.txt", "broken.txt"]


def test_several_roots_each_named_after_itself(tree):
    documents, problems = read_all([tree / "Tỉnh ủy" / "Ban Thường vụ", tree / "utf8.txt", tree])
    assert "Ban Thường vụ/Quán triệt nghị quyết.txt" in documents
    assert "utf8.txt" in documents
    assert f"{tree.name}/Tỉnh ủy/Hội nghị lần 1.txt" in documents
    # read once, from the first root that reaches it
    assert not [d for d in documents if d.endswith("Tỉnh ủy/Ban Thường vụ/Quán triệt nghị quyết.txt")]


def test_roots_of_one_name_are_told_apart(tmp_path):
    for folder in ("a/corpus", "b/corpus"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.txt").write_text(f"Hội nghị {folder}", encoding="utf-8")
    documents, _ = read_all([tmp_path / "a" / "corpus", tmp_path / "b" / "corpus"])
    assert sorted(documents) == ["a/corpus/x.txt", "b/corpus/x.txt"]


def test_a_missing_root_is_skipped_and_the_rest_read(tree):
    documents, problems = read_all([tree / "no such folder", tree / "Tỉnh ủy"])
    assert "Tỉnh ủy/Hội nghị lần 1.txt" in documents
    assert problems[0][0].endswith("no such folder")


def test_a_file_reached_twice_is_read_once(tmp_path):
    root = tmp_path / "root"
    (root / "real").mkdir(parents=True)
    (root / "real" / "article.txt").write_text("Hội nghị\n", encoding="utf-8")
    os.symlink("real", root / "zlink")  # sorts after the folder it points to
    os.symlink("real/article.txt", root / "zz-article-link.txt")
    documents, problems = read_all([root])
    assert sorted(documents) == ["real/article.txt"]
    assert sorted(file for file, _ in problems) == ["zlink", "zz-article-link.txt"]


def test_the_real_file_is_read_even_when_a_link_to_it_sorts_first(tmp_path):
    root = tmp_path / "root"
    (root / "real").mkdir(parents=True)
    (root / "real" / "article.txt").write_text("Hội nghị\n", encoding="utf-8")
    os.symlink("real", root / "a-link")
    documents, problems = read_all([root])
    assert sorted(documents) == ["real/article.txt"]
    assert [file for file, _ in problems] == ["a-link"]


def test_links_with_other_extensions_are_ignored(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "article.txt").write_text("Hội nghị\n", encoding="utf-8")
    os.symlink("nowhere.png", root / "gone.png")
    os.symlink("self.jpg", root / "self.jpg")
    documents, problems = read_all([root])
    assert sorted(documents) == ["article.txt"]
    assert problems == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_and_folder_are_skipped(tmp_path):
    root = tmp_path / "root"
    (root / "closed").mkdir(parents=True)
    (root / "article.txt").write_text("Hội nghị\n", encoding="utf-8")
    (root / "secret.txt").write_text("Hội nghị\n", encoding="utf-8")
    (root / "closed" / "inside.txt").write_text("Hội nghị\n", encoding="utf-8")
    (root / "secret.txt").chmod(0)
    (root / "closed").chmod(0)
    try:
        documents, problems = read_all([root])
    finally:
        (root / "secret.txt").chmod(0o644)
        (root / "closed").chmod(0o755)
    assert sorted(documents) == ["article.txt"]
    assert Counter(file for file, _ in problems) == Counter(["closed", "secret.txt"])
    assert all("permission" in reason for _, reason in problems)


def test_permission_errors_are_reasons_even_as_root(tmp_path, monkeypatch):
    """The same as above by simulation, so that it runs where tests run as root."""
    root = tmp_path / "root"
    (root / "closed").mkdir(parents=True)
    for name in ("article.txt", "secret.txt", "closed/inside.txt"):
        (root / name).write_text("Hội nghị\n", encoding="utf-8")
    real_scandir, real_open = os.scandir, open

    def scandir(folder):
        if Path(folder).name == "closed":
            raise PermissionError(13, "Permission denied", str(folder))
        return real_scandir(folder)

    def opened(path, *args, **kwargs):
        if Path(path).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(corpus, "open", opened, raising=False)
    documents, problems = read_all([root])
    assert sorted(documents) == ["article.txt"]
    assert sorted(problems) == [("closed", "permission denied"), ("secret.txt", "permission denied")]


def test_read_document_raises_unreadable_for_a_file_gone_since_it_was_found(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text("Hội nghị\n", encoding="utf-8")
    (found,) = find_files([path])
    path.unlink()
    with pytest.raises(Unreadable):
        read_document(found)


# -- where the corpus comes from ---------------------------------------------------------------

def test_corpus_paths_given(monkeypatch, tmp_path):
    monkeypatch.setenv(corpus.ENV_VAR, str(tmp_path / "elsewhere"))
    assert corpus_paths([tmp_path / "a", tmp_path / "b"]) == [tmp_path / "a", tmp_path / "b"]


def test_corpus_paths_from_the_environment(monkeypatch, tmp_path):
    assert corpus.ENV_VAR == "NGHIQUYET_CORPUS"
    value = os.pathsep.join([str(tmp_path / "Tỉnh ủy"), "", str(tmp_path / "b c")]) + os.pathsep
    monkeypatch.setenv("NGHIQUYET_CORPUS", value)
    assert corpus_paths(None) == [tmp_path / "Tỉnh ủy", tmp_path / "b c"]
    assert corpus_paths([]) == [tmp_path / "Tỉnh ủy", tmp_path / "b c"]


@pytest.mark.parametrize("value", [None, ""])
def test_corpus_paths_fall_back_to_the_seeds(monkeypatch, value):
    if value is not None:
        monkeypatch.setenv("NGHIQUYET_CORPUS", value)
    assert corpus_paths(None) == [bundled_seeds()]


def test_bundled_seeds_are_the_five_articles():
    seeds = bundled_seeds()
    assert seeds.is_dir()
    assert len(sorted(seeds.glob("*.txt"))) == 5
    documents, problems = read_all([seeds])
    assert problems == []
    assert sorted(documents) == sorted(p.name for p in seeds.glob("*.txt"))
    assert all(len(d.lines) > 1 for d in documents.values())


# -- the command line, end to end --------------------------------------------------------------

def test_stats_over_the_folder(tree, tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "NGHIQUYET_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("NGHIQUYET_CORPUS", None)
    command = [sys.executable, "-m", "nghiquyet", "stats", "--json", "--corpus", str(tree), "--no-cache"]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["files_read"] == len(GOOD)
    assert data["files_skipped"] == len(BAD) + len(LINKS)
    assert sorted(s["file"] for s in data["skipped"]) == sorted([*BAD, *LINKS])
    lines = done.stderr.splitlines()
    assert len(lines) == len(BAD) + len(LINKS), done.stderr
    for bad in [*BAD, *LINKS]:
        assert sum(bad in line for line in lines) == 1, (bad, done.stderr)
    assert "\x1b" not in done.stdout + done.stderr
