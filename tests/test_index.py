"""The index on disk: refreshing it after any change gives what building it anew gives,
and a file only touched is not read again."""

import errno
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from nghiquyet.index import CorpusSpec, open_index
from nghiquyet.models import to_dict
from nghiquyet.storage import StoreError
from nghiquyet.storage.sqlite import SqliteStore as Store

HERE = Path(__file__).parent
ARTICLES = HERE / "data" / "articles"

DATED = """Nghệ An sơ kết Nghị quyết số 05-NQ/TU

Sáng 4/3/2024, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết Nghị quyết số 05-NQ/TU ngày
12/4/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIX về phát triển du lịch. Đồng chí Thái Thanh Quý,
Bí thư Tỉnh ủy chủ trì hội nghị.
"""


def everything(index) -> str:
    """The whole index as text, to compare two indexes of one corpus."""
    records = sorted((to_dict(r) for r in index.records()), key=lambda r: r["id"])
    return json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True)


def fresh(folder: Path) -> str:
    return everything(open_index(CorpusSpec.of([folder]), use_cache=False))


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ARTICLES, folder)
    return folder


def refreshed(folder: Path):
    return open_index(CorpusSpec.of([folder]))


def test_a_refresh_after_every_kind_of_change_equals_a_fresh_build(corpus):
    refreshed(corpus)
    edited = corpus / "nghean_btv_2023.txt"
    edited.write_text(edited.read_text("utf-8").replace("Lang Văn Chiến", "Lang Văn Được"), "utf-8")
    (corpus / "laocai_bch_2022.txt").unlink()
    (corpus / "nghean_dated.txt").write_text(DATED, "utf-8")
    index = refreshed(corpus)
    assert (index.report.read, index.report.removed) == (2, 1)
    assert everything(index) == fresh(corpus)


def test_a_dated_paper_joins_and_leaves_its_undated_twins(corpus):
    refreshed(corpus)
    (corpus / "nghean_dated.txt").write_text(DATED, "utf-8")
    joined = refreshed(corpus)
    assert everything(joined) == fresh(corpus)
    numbered = [r for r in joined.papers("resolution") if r.number == "05-NQ/TU"]
    assert len(numbered) == 1 and {m.source.file for m in numbered[0].mentions} >= {
        "nghean_dated.txt", "nghean_btv_2023.txt", "nghean_bch_lan25.txt"}
    (corpus / "nghean_dated.txt").unlink()
    assert everything(refreshed(corpus)) == fresh(corpus)


def test_a_touched_file_is_not_read_again(corpus):
    refreshed(corpus)
    touched = corpus / "sonla_btv_quy2.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    index = refreshed(corpus)
    assert (index.report.read, index.report.unchanged) == (0, len(list(corpus.glob("*.txt"))))


def test_an_unchanged_corpus_is_not_written(corpus):
    refreshed(corpus)
    again = refreshed(corpus)
    assert again.report.read == 0
    assert again.store.db.total_changes == 0


def _cache_files(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir())


def test_a_store_that_cannot_be_linked_into_place_is_made_where_it_stands(corpus, tmp_path, monkeypatch):
    def no_hard_links(source, target):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)  # as on a FAT drive
    assert everything(refreshed(corpus)) == fresh(corpus)
    assert [name for name in _cache_files(tmp_path / "cache") if not name.endswith(("-wal", "-shm"))] == \
        [CorpusSpec.of([corpus]).store_name()]


def test_a_store_that_fails_to_be_made_leaves_nothing_behind(corpus, tmp_path, monkeypatch):
    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "_create", full)
    with pytest.raises(StoreError):
        refreshed(corpus)
    assert _cache_files(tmp_path / "cache") == []
    monkeypatch.undo()
    assert everything(refreshed(corpus)) == fresh(corpus)
