"""A warm query knows that the corpus did not change without listing its folders, and a
file edited in place (even with its modification time put back), added or removed between
two queries is still never answered from stale facts (see nghiquyet/freshness.py).

Times are never waited for: a walk is made to seem to happen later by moving the clock
it reads (``walked_later``), and file times are set with os.utime."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nghiquyet import corpus, freshness
from nghiquyet import index as index_module
from nghiquyet.cli import app
from nghiquyet.index import CorpusSpec, open_index

ARTICLE = """Hội nghị Ban Thường vụ Tỉnh ủy {province}

Sáng 4/3/2024, Ban Thường vụ Tỉnh ủy {province} tổ chức hội nghị sơ kết Nghị quyết số 05-NQ/TU.
Đồng chí {name}, Bí thư Tỉnh ủy chủ trì hội nghị.
"""
NAME_LINE = 4


def article(name: str, province: str = "Nghệ An") -> bytes:
    return ARTICLE.format(name=name, province=province).encode()


@pytest.fixture()
def walked_later(monkeypatch):
    """Walks seem to happen an hour after the files changed: what they find is settled, as
    it is for a corpus left alone for two seconds."""
    monkeypatch.setattr(freshness, "now_ns", lambda: time.time_ns() + 3600 * 10**9)


@pytest.fixture()
def folder(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "nghe-an").mkdir(parents=True)
    (root / "nghe-an" / "a.txt").write_bytes(article("Nguyễn Văn Hùng"))
    (root / "nghe-an" / "b.txt").write_bytes(article("Trần Thị Lan"))
    (root / "son-la").mkdir()
    (root / "son-la" / "c.txt").write_bytes(article("Lò Văn Puôn", "Sơn La"))
    return root


def forbid_walks(monkeypatch) -> None:
    """From now on, a listing of the corpus's folders fails the test."""
    monkeypatch.setattr(corpus, "find_files", lambda *args, **kwargs: pytest.fail("the corpus was walked"))


def opened(root: Path):
    return open_index(CorpusSpec.of([root]))


def name_line(index, file: str) -> str | None:
    return index.line(file, NAME_LINE)


def edit_in_place(path: Path, old: str, new: str, keep_mtime: bool) -> None:
    """``old`` replaced by ``new`` (as many bytes), in the same file."""
    before = path.stat()
    data = path.read_bytes()
    changed = data.replace(old.encode(), new.encode())
    assert changed != data and len(changed) == len(data)
    with open(path, "r+b") as handle:  # written over, not replaced: the folder does not change
        handle.write(changed)
    after = before.st_mtime_ns if keep_mtime else before.st_mtime_ns + 10**9
    os.utime(path, ns=(before.st_atime_ns, after))
    assert path.stat().st_size == before.st_size
    assert (path.stat().st_mtime_ns == before.st_mtime_ns) is keep_mtime


# -- the library -------------------------------------------------------------------------------

def test_an_unchanged_corpus_is_known_so_without_listing_a_folder(folder, walked_later, monkeypatch):
    opened(folder)
    forbid_walks(monkeypatch)
    again = opened(folder)
    assert (again.report.read, again.report.unchanged, again.report.skipped) == (0, 3, [])
    assert again.store.db.total_changes == 0
    assert "Nguyễn Văn Hùng" in name_line(again, "nghe-an/a.txt")


@pytest.mark.parametrize("keep_mtime", [False, True], ids=["new mtime", "mtime put back"])
def test_a_file_edited_in_place_is_read_again(folder, walked_later, keep_mtime):
    opened(folder)
    edit_in_place(folder / "nghe-an" / "a.txt", "Hùng", "Dũng", keep_mtime)
    index = opened(folder)
    assert index.report.read == 1
    assert "Nguyễn Văn Dũng" in name_line(index, "nghe-an/a.txt")


def test_a_file_added_or_removed_is_seen(folder, walked_later):
    opened(folder)
    (folder / "son-la" / "d.txt").write_bytes(article("Hoàng Văn Chất", "Sơn La"))
    (folder / "nghe-an" / "b.txt").unlink()
    index = opened(folder)
    assert (index.report.read, index.report.removed) == (1, 1)
    assert [f.file for f in index.files()] == ["nghe-an/a.txt", "son-la/c.txt", "son-la/d.txt"]
    assert "Hoàng Văn Chất" in name_line(index, "son-la/d.txt")


def test_a_folder_added_deep_down_is_seen(folder, walked_later):
    opened(folder)
    (folder / "son-la" / "2024" / "03").mkdir(parents=True)
    (folder / "son-la" / "2024" / "03" / "e.txt").write_bytes(article("Hoàng Văn Chất", "Sơn La"))
    assert "Hoàng Văn Chất" in name_line(opened(folder), "son-la/2024/03/e.txt")


def test_a_file_renamed_is_seen(folder, walked_later):
    opened(folder)
    (folder / "nghe-an" / "b.txt").rename(folder / "nghe-an" / "z.txt")
    assert [f.file for f in opened(folder).files()] == ["nghe-an/a.txt", "nghe-an/z.txt", "son-la/c.txt"]


def test_what_changes_behind_a_link_is_seen(folder, tmp_path, walked_later):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "linked").symlink_to(elsewhere)
    (folder / "mended.txt").symlink_to(tmp_path / "not-yet.txt")
    first = opened(folder)
    assert [s.file for s in first.report.skipped] == ["mended.txt"]
    (elsewhere / "f.txt").write_bytes(article("Hoàng Văn Chất", "Sơn La"))
    (tmp_path / "not-yet.txt").write_bytes(article("Cầm Ngọc Minh", "Sơn La"))
    index = opened(folder)
    assert index.report.skipped == []
    assert "Hoàng Văn Chất" in name_line(index, "linked/f.txt")
    assert "Cầm Ngọc Minh" in name_line(index, "mended.txt")


def test_what_a_walk_skipped_is_told_again_without_a_walk(folder, walked_later, monkeypatch):
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "empty.txt").write_bytes(b"")
    first = opened(folder)
    forbid_walks(monkeypatch)
    assert opened(folder).report.skipped == first.report.skipped
    assert sorted(s.file for s in first.report.skipped) == ["broken.txt", "empty.txt"]


def test_a_change_too_close_to_the_walk_to_show_in_times_is_looked_at_again(folder, monkeypatch):
    """Files written just now: a second write within the same tick of a coarse clock would
    keep their times, so the next query walks again and hashes them, until they settle."""
    first = opened(folder)
    assert json.loads(first.store.snapshot())["settled"] is False
    assert {state[3] for state in first.store.file_states().values()} == {freshness.UNKNOWN_CTIME}
    walks, hashed = [], []
    real_find, real_read = corpus.find_files, index_module.read_file
    monkeypatch.setattr(corpus, "find_files", lambda *a, **k: walks.append(1) or real_find(*a, **k))
    monkeypatch.setattr(index_module, "read_file", lambda source, *a: hashed.append(source.file) or
                        real_read(source, *a))
    again = opened(folder)
    assert (len(walks), sorted(hashed), again.report.read) == (1, ["nghe-an/a.txt", "nghe-an/b.txt", "son-la/c.txt"], 0)
    assert again.store.db.total_changes == 0  # looked at, nothing written
    monkeypatch.setattr(freshness, "now_ns", lambda: time.time_ns() + 3600 * 10**9)
    settled = opened(folder)  # two seconds on: the times are trusted from now on
    assert json.loads(settled.store.snapshot())["settled"] is True
    assert freshness.UNKNOWN_CTIME not in {state[3] for state in settled.store.file_states().values()}
    walks.clear()
    opened(folder)
    assert walks == []


@pytest.mark.parametrize("fork", [True, False], ids=["child process", "thread, where there is no fork"])
def test_a_check_beside_the_command_says_whether_the_corpus_changed(folder, walked_later, monkeypatch, fork):
    if not fork:
        monkeypatch.delattr(os, "fork")
    opened(folder)
    later = open_index(CorpusSpec.of([folder]), check_while_answering=True)
    assert later.check is not None and later.current()
    later.store.close()
    (folder / "son-la" / "c.txt").unlink()
    stale = open_index(CorpusSpec.of([folder]), check_while_answering=True)
    assert "son-la/c.txt" in [f.file for f in stale.files()]  # as it stands: answered from
    assert not stale.current()
    stale.store.close()


# -- the command line --------------------------------------------------------------------------

def search(folder: Path, query: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["search", query, "--json", "--corpus", str(folder)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def opens(monkeypatch) -> list[bool]:
    """Whether each index the commands open is checked while they answer."""
    calls = []
    real = index_module.open_index

    def spied(*args, **kwargs):
        calls.append(kwargs.get("check_while_answering", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(index_module, "open_index", spied)
    return calls


@pytest.mark.parametrize("keep_mtime", [False, True], ids=["new mtime", "mtime put back"])
def test_the_command_answers_again_when_a_file_was_edited_in_place(folder, walked_later, opens, keep_mtime):
    assert search(folder, "Nguyễn Văn Hùng")[0] == 0
    edit_in_place(folder / "nghe-an" / "a.txt", "Hùng", "Dũng", keep_mtime)
    opens.clear()
    code, stdout, _ = search(folder, "Nguyễn Văn Dũng")
    assert opens == [True, False]  # answered from the index as it stood, then again from it refreshed
    assert code == 0 and "Nguyễn Văn Dũng" in stdout and "Hùng" not in stdout
    opens.clear()
    assert search(folder, "Nguyễn Văn Dũng")[1] == stdout
    assert opens == [True]  # settled again: one answer


def test_the_command_sees_a_file_added_and_one_removed(folder, walked_later):
    search(folder, "Bí thư")
    (folder / "son-la" / "d.txt").write_bytes(article("Hoàng Văn Chất", "Sơn La"))
    (folder / "nghe-an" / "b.txt").unlink()
    code, stdout, _ = search(folder, "Bí thư Tỉnh ủy")
    files = {hit["source"]["file"] for hit in json.loads(stdout)}
    assert code == 0 and "son-la/d.txt" in files and "nghe-an/b.txt" not in files
    code, stdout, _ = search(folder, "Trần Thị Lan")
    assert "Trần Thị Lan" not in stdout


def test_no_error_comes_from_facts_the_corpus_no_longer_holds(folder, walked_later):
    """``show`` of an id that only a file added since the last query gives is no "no record"."""
    search(folder, "Bí thư")
    (folder / "son-la" / "d.txt").write_bytes(article("Hoàng Văn Chất", "Sơn La"))
    built_anew = open_index(CorpusSpec.of([folder]), use_cache=False)
    (line,) = built_anew.matching_sentences([(("hoang", "van", "chat"),)], 5)
    result = CliRunner().invoke(app, ["show", line.pid, "--json", "--corpus", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert "Hoàng Văn Chất" in result.stdout


def test_a_file_skipped_is_named_once_when_the_command_answers_again(folder, walked_later):
    (folder / "empty.txt").write_bytes(b"")
    search(folder, "Bí thư")
    (folder / "son-la" / "d.txt").write_bytes(article("Hoàng Văn Chất", "Sơn La"))
    _, _, stderr = search(folder, "Bí thư")
    assert stderr.count("skipped empty.txt") == 1
