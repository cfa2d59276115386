"""``--person`` and ``--resolution`` find what they name as search does: without
diacritics, with a letter wrong, and without taking a near name for the one typed."""

from __future__ import annotations

import pytest

from nghiquyet.filters import Catalog, Filters
from nghiquyet.index import CorpusSpec, open_index
from nghiquyet.timeline import timeline

REPORT = """Hội nghị Ban Thường vụ Huyện ủy {district} lần thứ {n}

Sáng {day}/5/2023, Ban Thường vụ Huyện ủy {district} tổ chức Hội nghị lần thứ {n}.
Đồng chí {name}, Bí thư Huyện ủy chủ trì hội nghị.

Hội nghị cho ý kiến về việc thực hiện Nghị quyết số {number}-NQ/HU của Ban Chấp hành Đảng bộ huyện về {subject}.
"""
MEETINGS = [  # two officials whose names differ by one letter, two resolutions likewise
    {"district": "Tuy An", "n": 41, "day": 3, "name": "Nguyễn Thanh Hà", "number": "12",
     "subject": "phát triển du lịch biển"},
    {"district": "Đồng Xuân", "n": 27, "day": 9, "name": "Nguyễn Thanh Hải", "number": "15",
     "subject": "phát triển du lịch sinh thái"},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("huyen")
    for i, meeting in enumerate(MEETINGS):
        (folder / f"bai-{i}.txt").write_text(REPORT.format(**meeting), encoding="utf-8")
    return open_index(CorpusSpec.of([folder]), use_cache=False)


def districts(index, **options) -> list[str]:
    catalog = Catalog(index, Filters.parse(**options))
    return [e.meeting.label.split("Huyện ủy ")[1].split(" lần")[0] for g in timeline(catalog) for e in g.entries]


@pytest.mark.parametrize("typed, district", [("Nguyễn Thanh Hà", "Tuy An"), ("nguyen thanh ha", "Tuy An"),
                                             ("NGUYEN  THANH HA", "Tuy An"), ("nguyen thanh hai", "Đồng Xuân")])
def test_a_person_typed_any_way_is_that_person_alone(index, typed, district):
    assert districts(index, person=typed) == [district]


@pytest.mark.parametrize("typed", ["nguyen thanh haii", "ngyuen thanh hai", "nguyen thanh hsi"])
def test_a_misspelt_person_is_found_when_nobody_has_the_name_as_typed(index, typed):
    assert districts(index, person=typed) == ["Đồng Xuân"]


def test_a_name_that_is_nobodys_finds_nothing(index):
    assert districts(index, person="tran van binh") == []


@pytest.mark.parametrize("typed, district", [("nghi quyet so 12", "Tuy An"), ("du lich sinh thai", "Đồng Xuân"),
                                             ("du lich sinh thia", "Đồng Xuân"), ("15-NQ/HU", "Đồng Xuân")])
def test_a_resolution_is_found_as_search_finds_it(index, typed, district):
    assert districts(index, resolution=typed) == [district]


CAREER = {  # one official at a province's plenums of its new term and, between them, a national one of the old
    "bch-1.txt": "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVIII\n\nNgày 1/9/2025, Ban Chấp "
                 "hành Đảng bộ tỉnh Lạng Sơn khóa XVIII, nhiệm kỳ 2025-2030 họp Hội nghị lần thứ nhất. Đồng chí "
                 "Lý Văn Khải, Bí thư Tỉnh ủy chủ trì hội nghị.\n",
    "tw-13.txt": "Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII\n\nNgày 10/10/2025, Ban Chấp hành "
                 "Trung ương Đảng khóa XIII, nhiệm kỳ 2021-2026 họp Hội nghị lần thứ 13. Đồng chí Lý Văn Khải, Ủy "
                 "viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Lạng Sơn dự hội nghị.\n",
    "bch-2.txt": "Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVIII\n\nNgày 20/11/2025, Ban Chấp "
                 "hành Đảng bộ tỉnh Lạng Sơn khóa XVIII, nhiệm kỳ 2025-2030 họp Hội nghị lần thứ hai. Đồng chí "
                 "Lý Văn Khải, Bí thư Tỉnh ủy chủ trì hội nghị.\n",
}


def test_a_career_runs_by_date_across_overlapping_terms(tmp_path):
    for name, text in CAREER.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    index = open_index(CorpusSpec.of([tmp_path]), use_cache=False)
    groups = timeline(Catalog(index, Filters.parse(person="ly van khai")))
    assert [(g.term, [e.meeting.date.value for e in g.entries]) for g in groups] == [
        ("2025-2030", ["2025-09-01"]), ("2021-2026", ["2025-10-10"]), ("2025-2030", ["2025-11-20"])]
    by_term = timeline(Catalog(index, Filters.parse()))  # without a person: grouped by term
    assert [g.term for g in by_term] == ["2021-2026", "2025-2030"]
