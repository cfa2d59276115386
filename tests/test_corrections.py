"""Corrections that last (``nghiquyet.corrections``): a TOML file beside the corpus that
merges, drops and sets what extraction got wrong, applied as records are read from the
index, so that a rebuild of any kind keeps it; and ``nghiquyet correct``, which writes it.

The corpus is two short articles of our own, with the mistakes a reader would fix: one
man written two ways (Lê Văn Khánh, Lê Văn Khanh), a district taken for a person (Bắc
Mê), an office holder named only by title (the Phó Bí thư Thường trực at the second meeting).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from cli_runs import assert_valid, invoke, parse_json

from nghiquyet import index as index_module
from nghiquyet.corrections import CorrectionsError, files_for, load
from nghiquyet.corrections.writer import toml_string
from nghiquyet.index import CorpusSpec, open_index
from nghiquyet.search import search

PLENUM = """\
Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII
Sáng 12/5/2021, Ban Chấp hành Đảng bộ tỉnh Hà Giang tổ chức Hội nghị lần thứ 9, khóa XVII, nhiệm kỳ 2020-2025.
Đồng chí Lê Văn Khánh, Bí thư Tỉnh ủy chủ trì hội nghị.
Đồng chí Hoàng Thị Mai, Phó Bí thư Tỉnh ủy phát biểu kết luận.
Đồng chí Bắc Mê, Trưởng ban Tổ chức Tỉnh ủy báo cáo tình hình.
"""
STANDING = """\
Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30
Ngày 3/8/2021, Ban Thường vụ Tỉnh ủy Hà Giang họp phiên thường kỳ lần thứ 30.
Đồng chí Lê Văn Khanh, Bí thư Tỉnh ủy chủ trì hội nghị.
Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo.
Hội nghị thông qua Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển chè Shan tuyết.
"""
UNDATED = STANDING.replace("Ngày 3/8/2021, ", "")  # no term or khóa: the meeting's id is its article's


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "ha-giang"
    folder.mkdir()
    (folder / "a.txt").write_text(PLENUM, encoding="utf-8")
    (folder / "b.txt").write_text(STANDING, encoding="utf-8")
    return folder


def opened(corpus: Path):
    """The corpus's index, read through the nghiquyet.toml at its root."""
    index = open_index(CorpusSpec.of([corpus]))
    index.use_corrections(load(files_for(index.spec.paths, None)))
    return index


def ids(corpus: Path) -> dict[str, str]:
    """Label -> id of every record, as extraction leaves them."""
    index = open_index(CorpusSpec.of([corpus]))
    return {r.label: r.id for r in index.records()}


def write(corpus: Path, text: str) -> Path:
    path = corpus / "nghiquyet.toml"
    path.write_text(text, encoding="utf-8")
    return path


def meeting_of(index, label_start: str):
    return next(m for m in index.meetings() if m.label.startswith(label_start))


# -- each kind of correction --------------------------------------------------------------------

def test_two_spellings_merged_are_one_person_that_either_id_and_either_name_finds(corpus):
    known = ids(corpus)
    kept, other = known["Lê Văn Khánh"], known["Lê Văn Khanh"]
    write(corpus, f'# one man\n[[merge]]\nrecords = ["{kept}", "Lê Văn Khanh"]\nnote = "same Bí thư"\n')
    index = opened(corpus)
    people = [p for p in index.people() if p.name.startswith("Lê Văn")]
    assert [p.id for p in people] == [kept]
    assert len(people[0].meetings) == 2
    assert index.record_counts()["person"] == len(index.people()) == 3
    assert index.get(other).id == kept  # the old id still finds the record
    mark = people[0].corrections[0]
    assert (mark.correction, mark.line, mark.note) == ("merge", 2, "same Bí thư")
    assert mark.merged[0].id == other and mark.file.endswith("nghiquyet.toml")
    standing = meeting_of(index, "Hội nghị Ban Thường vụ")
    assert [p.person_id for p in standing.people] == [kept]
    for query in ("le van khanh", "Lê Văn Khanh", "le van khánh"):
        hits = [h for h in search(index, query, kinds=["person"]) if h.label.startswith("Lê Văn")]
        assert [h.id for h in hits] == [kept], query


def test_not_a_person_leaves_the_people_and_the_meeting_with_what_was_merged_into_it(corpus):
    district = ids(corpus)["Bắc Mê"]
    write(corpus, f'[[merge]]\nrecords = ["Bắc Mê", "Lê Văn Khánh"]\n\n'
                  f'[[not_person]]\nrecord = "{district}"\nnote = "a district"\n')
    index = opened(corpus)
    assert district not in {p.id for p in index.people()}
    assert index.get(district) is None
    assert district not in {p.person_id for p in meeting_of(index, "Hội nghị Ban Chấp hành").people}
    assert index.record_counts()["person"] == len(index.people()) == 2  # merged, then dropped: one record less
    assert not index.unapplied_corrections()


def test_a_dropped_meeting_is_gone_from_listings_people_and_papers(corpus):
    standing = ids(corpus)["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"]
    write(corpus, f'[[drop]]\nrecord = "{standing}"\n')
    index = opened(corpus)
    assert standing not in {m.id for m in index.meetings()}
    assert all(a.meeting_id != standing for p in index.people() for a in p.meetings)
    paper = index.papers("resolution")[0]
    assert all(m.meeting_id != standing for m in paper.mentions)


def test_set_fields_of_a_meeting_each_saying_where_it_comes_from(corpus):
    plenum = ids(corpus)["Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII"]
    write(corpus, f"""
[[set]]
record = "{plenum}"
field = "date"
value = "2021-05"
note = "the day is the opening's, not the plenum's"

[[set]]
record = "{plenum}"
field = "ordinal"
value = 10

[[set]]
record = "{plenum}"
field = "khoa"
value = "xviii"

[[set]]
record = "{plenum}"
field = "term"
value = "2025-2030"

[[set]]
record = "{plenum}"
field = "province"
value = "Tuyên Quang"

[[set]]
record = "{plenum}"
field = "type"
value = "hoi_nghi_btv"
""")
    index = opened(corpus)
    meeting = index.get(plenum)
    assert (meeting.date.value, meeting.date.precision, meeting.date.inferred) == ("2021-05", "month", False)
    assert meeting.date.basis.endswith("nghiquyet.toml line 2")
    assert (meeting.ordinal, meeting.khoa, meeting.term, meeting.province, meeting.type) == (
        10, "XVIII", "2025-2030", "Tuyên Quang", "hoi_nghi_btv")
    assert [(c.field, c.line) for c in meeting.corrections] == [
        ("date", 2), ("ordinal", 8), ("khoa", 13), ("term", 18), ("province", 23), ("type", 28)]
    # found by its corrected values: a search, and a filter
    hits = search(index, "tuyen quang", kinds=["meeting"])
    assert [h.id for h in hits] == [plenum]


def test_a_persons_title_and_roles_at_a_meeting(corpus):
    known = ids(corpus)
    mai, plenum = known["Hoàng Thị Mai"], known["Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII"]
    write(corpus, f"""[[set]]
record = "{mai}"
meeting = "{plenum}"
field = "title"
value = "Phó Bí thư Thường trực Tỉnh ủy"

[[set]]
record = "Hoàng Thị Mai"
meeting = "{plenum}"
field = "role"
value = ["chủ trì", "kết luận"]
""")
    index = opened(corpus)
    person = index.get(mai)
    assert [t.title for t in person.titles] == ["Phó Bí thư Thường trực Tỉnh ủy"]
    assert person.meetings[0].roles == ["chủ trì", "kết luận"]
    present = next(p for p in index.get(plenum).people if p.person_id == mai)
    assert present.roles == ["chủ trì", "kết luận"]
    assert "Hoàng Thị Mai" in index.get(plenum).chairs


def test_a_title_named_without_a_name_belongs_to_a_person(corpus):
    known = ids(corpus)
    mai, standing = known["Hoàng Thị Mai"], known["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"]
    write(corpus, f'[[title]]\nmeeting = "{standing}"\ntitle = "Phó Bí thư Thường trực Tỉnh ủy"\n'
                  f'person = "{mai}"\n')
    index = opened(corpus)
    meeting = index.get(standing)
    assert meeting.unnamed_roles[0].person_id == mai
    assert next(p for p in meeting.people if p.person_id == mai).roles == ["phát biểu"]
    person = index.get(mai)
    assert "Phó Bí thư Thường trực Tỉnh ủy" in [t.title for t in person.titles]
    assert standing in [a.meeting_id for a in person.meetings]
    assert person.corrections[0].correction == "title"


# -- a file with errors ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, says", [
    ('[[merge]\nrecords = ["a", "b"]\n', "line 1"),
    ('[[set]]\nrecord = "m-0123456789"\nfield = "ordinal"\nvalue = "chín"\n', "line 1: [[set]] field 'ordinal'"),
    ('\n\n[[set]]\nrecord = "m-0123456789"\nfield = "colour"\nvalue = "red"\n', "line 3: [[set]] unknown field"),
    ('[[drop]]\nrecord = "m-0123456789"\n\n[[drop]]\nrecords = "m-0123456789"\n',
     "line 4: [[drop]] has an unknown key"),
    ('[[rename]]\nrecord = "m-0123456789"\n', "line 1: unknown table 'rename'"),
    ('[[merge]]\nrecords = ["m-0123456789"]\n', "two records or more"),
    ('[[set]]\nrecord = "m-0123456789"\nfield = "date"\nvalue = "31/10"\n', "takes a date"),
    ('[[set]]\nrecord = "p-0123456789"\nfield = "role"\nvalue = "chủ trì"\n', "add meeting"),
])
def test_a_file_that_cannot_mean_anything_is_an_error_naming_file_and_line(corpus, tmp_path, text, says):
    write(corpus, text)
    with pytest.raises(CorrectionsError, match="nghiquyet.toml"):
        load(files_for([corpus], None))
    done = invoke(["meetings", "--corpus", str(corpus)], tmp_path / "cache")
    assert done.code == 2
    assert len(done.stderr.strip().splitlines()) == 1 and says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_a_correction_whose_record_is_gone_is_reported_once_and_listed_by_stats(corpus, tmp_path):
    district = ids(corpus)["Bắc Mê"]
    write(corpus, f'[[drop]]\nrecord = "m-0123456789"\n\n[[not_person]]\nrecord = "{district}"\n\n'
                  '[[merge]]\nrecords = ["Nobody Here", "Lê Văn Khánh"]\n')
    cache = tmp_path / "cache"
    done = invoke(["people", "--corpus", str(corpus)], cache)
    assert done.code == 0 and "Bắc Mê" not in done.stdout  # the others still apply
    warnings = [line for line in done.stderr.splitlines() if "not applied" in line]
    assert len(warnings) == 2, done.stderr
    assert "line 1" in warnings[0] and "m-0123456789" in warnings[0] and "line 7" in warnings[1]
    stats = parse_json(invoke(["stats", "--json", "--corpus", str(corpus)], cache))
    assert_valid(stats, "stats", "stats --json")
    assert [(c["line"], c["correction"]) for c in stats["corrections_unapplied"]] == [
        (1, "drop m-0123456789"), (7, "merge Nobody Here Lê Văn Khánh")]


# -- corrections last ------------------------------------------------------------------------------

def test_corrections_survive_an_edited_article_and_new_rules(corpus, monkeypatch):
    known = ids(corpus)
    kept, standing = known["Lê Văn Khánh"], known["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"]
    write(corpus, f'[[merge]]\nrecords = ["{kept}", "{known["Lê Văn Khanh"]}"]\n\n'
                  f'[[set]]\nrecord = "{standing}"\nfield = "date"\nvalue = "2021-08-04"\n')

    def holds(index):
        assert [p.id for p in index.people() if p.name.startswith("Lê Văn")] == [kept]
        meeting = index.get(standing)
        assert meeting.date.value == "2021-08-04" and "nghiquyet.toml line 4" in meeting.date.basis
        assert not index.unapplied_corrections()

    holds(opened(corpus))
    (corpus / "b.txt").write_text(STANDING + "Hội nghị cũng bàn về công tác cán bộ năm tới.\n", encoding="utf-8")
    edited = opened(corpus)
    assert edited.report.read == 1  # the article was read again
    holds(edited)
    monkeypatch.setattr(index_module, "rules_fingerprint", lambda: "rules of another version")
    rebuilt = opened(corpus)
    assert rebuilt.report.read == 2  # the store was rebuilt from the articles
    holds(rebuilt)


# -- show, search and export through the command line ----------------------------------------------

def test_show_marks_corrected_values_and_json_names_file_and_line(corpus, tmp_path):
    known = ids(corpus)
    kept, other = known["Lê Văn Khánh"], known["Lê Văn Khanh"]
    plenum = known["Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII"]
    write(corpus, f'[[merge]]\nrecords = ["{kept}", "{other}"]\n\n'
                  f'[[set]]\nrecord = "{plenum}"\nfield = "ordinal"\nvalue = 10\nnote = "misprint"\n')
    cache = tmp_path / "cache"
    shown = invoke(["show", plenum, "--corpus", str(corpus)], cache)
    assert "ordinal\t10 (corrected)" in shown.stdout
    assert "misprint" in shown.stdout and "nghiquyet.toml line 4" in shown.stdout
    as_json = parse_json(invoke(["show", other, "--json", "--corpus", str(corpus)], cache))
    assert_valid(as_json, "json_array", "show --json")
    assert as_json[0]["id"] == kept and as_json[0]["corrections"][0]["merged"][0]["id"] == other
    hits = parse_json(invoke(["search", "le van khanh", "--json", "--corpus", str(corpus)], cache))
    assert [h["id"] for h in hits if h["kind"] == "person"] == [kept]
    exported = parse_json(invoke(["export", "--corpus", str(corpus)], cache))
    assert_valid(exported, "export", "export")
    assert next(m for m in exported["meetings"] if m["id"] == plenum)["ordinal"] == 10
    assert other not in {p["id"] for p in exported["people"]}


# -- nghiquyet correct ---------------------------------------------------------------------------

def test_the_correct_commands_write_a_file_that_every_command_then_applies(corpus, tmp_path):
    known = ids(corpus)
    cache = tmp_path / "cache"
    path = write(corpus, "# Corrections of the Hà Giang corpus, kept by hand.\n")
    c = ["--corpus", str(corpus)]
    plenum = known["Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII"]
    for args in (["merge", known["Lê Văn Khánh"], "Lê Văn Khanh", "--note", 'one "Bí thư" \\ two spellings'],
                 ["not-person", known["Bắc Mê"]],
                 ["set", plenum, "ordinal", "X"],
                 ["set", plenum, "date", "2021-05-13"],
                 ["set", known["Hoàng Thị Mai"], "role", "chủ trì, kết luận", "--meeting", plenum],
                 ["title", known["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"],
                  "Phó Bí thư Thường trực Tỉnh ủy", "Hoàng Thị Mai"],
                 ["drop", known["Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển chè Shan tuyết"]]):
        done = invoke(["correct", *args, *c], cache)
        assert done.code == 0, (args, done.stderr)
        assert "nghiquyet.toml line" in done.stderr
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Corrections of the Hà Giang corpus, kept by hand.\n")
    document = tomllib.loads(text)
    assert document["merge"][0]["note"] == 'one "Bí thư" \\ two spellings'
    assert document["set"][0]["value"] == 10 and document["set"][2]["value"] == ["chủ trì", "kết luận"]
    listed = parse_json(invoke(["correct", "list", "--json", *c], cache))
    assert_valid(listed, "json_array", "correct list --json")
    assert [r["correction"] for r in listed] == ["merge", "not_person", "set", "set", "set", "title", "drop"]
    assert all(r["applied"] for r in listed)
    meeting = parse_json(invoke(["show", plenum, "--json", *c], cache))[0]
    assert (meeting["ordinal"], meeting["date"]["value"]) == (10, "2021-05-13")
    assert parse_json(invoke(["resolutions", "--json", *c], cache)) == []


def test_a_corrections_file_linked_from_a_team_s_share_stays_linked(corpus, tmp_path):
    shared = tmp_path / "team" / "nghiquyet.toml"
    shared.parent.mkdir()
    shared.write_text("# the team's corrections\n", encoding="utf-8")
    (corpus / "nghiquyet.toml").symlink_to(shared)
    done = invoke(["correct", "not-person", ids(corpus)["Bắc Mê"], "--corpus", str(corpus)], tmp_path / "cache")
    assert done.code == 0, done.stderr
    assert (corpus / "nghiquyet.toml").is_symlink()
    assert "[[not_person]]" in shared.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, says", [
    (["merge", "p-0123456789", "Lê Văn Khánh"], "no record has the id p-0123456789"),
    (["merge", "Lê Văn Khánh", "Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"], "different kinds"),
    (["set", "Hoàng Thị Mai", "date", "2021"], "a person has no field 'date'"),
    (["set", "Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30", "ordinal", "ba mươi"], "whole number"),
    (["set", "Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30", "colour", "red"], "unknown field"),
    (["not-person", "Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"], "not a person"),
    (["drop", "Nobody"], "no record is labelled 'Nobody'"),
])
def test_a_correction_that_cannot_apply_is_refused_and_nothing_written(corpus, tmp_path, args, says):
    done = invoke(["correct", *args, "--corpus", str(corpus)], tmp_path / "cache")
    assert done.code == 2 and says in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (corpus / "nghiquyet.toml").exists()


def test_merging_records_already_one_is_refused(corpus, tmp_path):
    known = ids(corpus)
    cache, c = tmp_path / "cache", ["--corpus", str(corpus)]
    assert invoke(["correct", "merge", known["Lê Văn Khánh"], known["Lê Văn Khanh"], *c], cache).code == 0
    again = invoke(["correct", "merge", known["Lê Văn Khanh"], known["Lê Văn Khánh"], *c], cache)
    assert again.code == 2 and "one already" in again.stderr


def test_corrections_named_elsewhere_and_the_bundled_corpus_is_never_written(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    refused = invoke(["correct", "drop", "m-e5f67201ff"], cache)  # the bundled articles
    assert refused.code == 2 and "--corrections FILE" in refused.stderr
    kept = tmp_path / "team" / "corrections.toml"
    done = invoke(["correct", "drop", "m-e5f67201ff", "--corrections", str(kept)], cache)
    assert done.code == 0, done.stderr
    monkeypatch.setenv("NGHIQUYET_CORRECTIONS", str(kept))
    assert "m-e5f67201ff" not in {m["id"] for m in parse_json(invoke(["meetings", "--json"], cache))}
    missing = invoke(["meetings", "--corrections", str(tmp_path / "nowhere.toml")], cache)
    assert missing.code == 2 and "no such corrections file" in missing.stderr


@pytest.mark.parametrize("command", ["merge", "set", "drop", "not-person", "title", "list"])
def test_every_correct_command_has_help_with_an_example(command, tmp_path):
    done = invoke(["correct", command, "--help"], tmp_path / "cache")
    assert done.code == 0
    assert f"nghiquyet correct {command}" in done.stdout.split("Example:")[1]


@pytest.mark.parametrize("text", ['a "quoted" word', "back\\slash", "tab\tand\nnew line", "\x1b[2J\x7f", "Đảng bộ ủy"])
def test_text_written_to_the_file_reads_back_as_it_was(text):
    assert tomllib.loads(f"value = {toml_string(text)}")["value"] == text


def test_without_a_corrections_file_records_are_as_extracted(corpus):
    index = opened(corpus)
    assert index.overlay is None
    assert all(getattr(r, "corrections", None) is None for r in index.records())
    assert json.dumps([r.label for r in index.people()], ensure_ascii=False).count("Lê Văn") == 2


# -- what a correct command says, and what it refuses ------------------------------------------

def test_a_correct_command_says_only_what_concerns_its_own_correction(corpus, tmp_path):
    (corpus / "empty.txt").write_text("", encoding="utf-8")  # a file every command skips
    write(corpus, '[[drop]]\nrecord = "m-0123456789"\n')  # a correction that applies to nothing
    cache, c = tmp_path / "cache", ["--corpus", str(corpus)]
    done = invoke(["correct", "not-person", "Bắc Mê", *c], cache)
    assert done.code == 0, done.stderr
    assert done.stderr_lines == [f"nghiquyet: {corpus / 'nghiquyet.toml'} line 5: not-person p-5bee582653"]
    listed = invoke(["correct", "list", *c], cache)  # the others still say it
    assert "not applied" in listed.stderr and "skipped empty.txt" in listed.stderr


def test_dropping_what_is_already_not_a_person_is_refused(corpus, tmp_path):
    cache, c = tmp_path / "cache", ["--corpus", str(corpus)]
    assert invoke(["correct", "not-person", "Bắc Mê", *c], cache).code == 0
    again = invoke(["correct", "drop", "Bắc Mê", *c], cache)
    assert again.code == 2 and "dropped already" in again.stderr, again.stderr
    assert tomllib.loads((corpus / "nghiquyet.toml").read_text(encoding="utf-8")).keys() == {"not_person"}


def test_a_title_no_one_has_at_the_meeting_is_refused(corpus, tmp_path):
    standing = ids(corpus)["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"]
    cache, c = tmp_path / "cache", ["--corpus", str(corpus)]
    done = invoke(["correct", "title", standing, "Chủ tịch UBND tỉnh", "Hoàng Thị Mai", *c], cache)
    assert done.code == 2 and "Phó Bí thư Thường trực Tỉnh ủy" in done.stderr, done.stderr  # what it does name
    assert len(done.stderr_lines) == 1
    wrong_giver = invoke(["correct", "title", standing, "Bí thư Tỉnh ủy", "Hoàng Thị Mai", "--from", "Bắc Mê", *c],
                         cache)
    assert wrong_giver.code == 2 and "Bắc Mê (p-5bee582653) holds no title" in wrong_giver.stderr, wrong_giver.stderr
    assert not (corpus / "nghiquyet.toml").exists()
    (corpus / "c.txt").write_text(UNDATED.replace("lần thứ 30", "lần thứ 31") + "Đồng chí Phó Bí thư Tỉnh ủy dự.\n",
                                  encoding="utf-8")
    two = invoke(["correct", "title", "Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 31", "Phó Bí thư",
                  "Hoàng Thị Mai", *c], cache)  # the beginning of two offices: which one?
    assert two.code == 2 and "several offices" in two.stderr, two.stderr
    given = invoke(["correct", "title", standing, "Bí thư Tỉnh ủy", "Hoàng Thị Mai", "--from", "Lê Văn Khanh", *c],
                   cache)
    assert given.code == 0, given.stderr  # one named at the meeting holds it there


def test_a_title_given_to_a_person_makes_the_unnamed_office_theirs(corpus, tmp_path):
    known = ids(corpus)
    standing, mai = known["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"], known["Hoàng Thị Mai"]
    cache, c = tmp_path / "cache", ["--corpus", str(corpus)]
    # the office as the article writes it begins with the title given, as extraction matches a holder's
    done = invoke(["correct", "title", standing, "phó bí thư thường trực", mai, *c], cache)
    assert done.code == 0, done.stderr
    meeting = parse_json(invoke(["show", standing, "--json", *c], cache))[0]
    assert [(u["title"], u["person_id"]) for u in meeting["unnamed_roles"]] == [
        ("Phó Bí thư Thường trực Tỉnh ủy", mai)]
    assert {"person_id": mai, "name": "Hoàng Thị Mai", "roles": ["phát biểu"]} in meeting["people"]
    shown = invoke(["show", standing, *c], cache).stdout
    assert not [line for line in shown.splitlines() if line.startswith("unnamed") and "Phó Bí thư" in line]


# -- what the file alone shows to be wrong ------------------------------------------------------

@pytest.mark.parametrize("text, says", [
    ('# two kinds\n[[merge]]\nrecords = ["m-0123456789", "p-0123456789"]\n',
     "line 2: [[merge]] 'records' names records of different kinds (a meeting, a person)"),
    ('[[set]]\nrecord = "p-0123456789"\nfield = "date"\nvalue = "2021"\n',
     "line 1: [[set]] a person has no field 'date' (that is a meeting's)"),
    ('[[set]]\nrecord = "r-0123456789"\nfield = "name"\nvalue = "An"\n', "a resolution has no field 'name'"),
    ('[[set]]\nrecord = "p-0123456789"\nmeeting = "p-0123456789"\nfield = "title"\nvalue = "Bí thư"\n',
     "'meeting' names a meeting (m-...), not p-0123456789"),
    ('[[title]]\nmeeting = "m-0123456789"\ntitle = "Bí thư"\nperson = "m-0123456789"\n',
     "'person' names a person (p-...), not m-0123456789"),
    ('[[set]]\nrecord = "m-0123456789"\nfield = "province"\nvalue = 2023\n',
     "field 'province' takes some text (in quotes), not the number 2023"),
    ('[[set]]\nrecord = "m-0123456789"\nfield = "term"\nvalue = 2020\n', "takes a term like 2020-2025, not the number"),
])
def test_what_the_ids_and_values_alone_show_to_be_wrong_is_an_error_of_the_file(corpus, tmp_path, text, says):
    write(corpus, text)
    done = invoke(["meetings", "--corpus", str(corpus)], tmp_path / "cache")
    assert done.code == 2 and len(done.stderr_lines) == 1, done.stderr
    assert "nghiquyet.toml" in done.stderr and says in done.stderr, done.stderr


def test_a_year_or_a_number_may_be_a_toml_integer(corpus):
    plenum = ids(corpus)["Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII"]
    write(corpus, f'[[set]]\nrecord = "{plenum}"\nfield = "date"\nvalue = 2023\n\n'
                  f'[[set]]\nrecord = "{plenum}"\nfield = "khoa"\nvalue = 18\n')
    meeting = opened(corpus).get(plenum)
    assert (meeting.date.value, meeting.date.precision, meeting.khoa) == ("2023", "year", "XVIII")


# -- a record whose id changes --------------------------------------------------------------------


def test_a_correction_follows_a_meeting_whose_id_changes_by_its_hints(corpus, tmp_path):
    (corpus / "b.txt").write_text(UNDATED, encoding="utf-8")
    standing = ids(corpus)["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"]
    cache, c = tmp_path / "cache", ["--corpus", str(corpus)]
    assert invoke(["correct", "set", standing, "province", "Tuyên Quang", *c], cache).code == 0
    written = tomllib.loads((corpus / "nghiquyet.toml").read_text(encoding="utf-8"))["set"][0]
    assert written["hints"] == [{"id": standing, "label": "Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30",
                                 "file": "b.txt"}]

    def corrected(index):
        meeting = meeting_of(index, "Hội nghị Ban Thường vụ")
        assert not index.unapplied_corrections()
        return meeting.id if meeting.province == "Tuyên Quang" else None

    (corpus / "b.txt").write_text("Hà Giang, ngày 4/8/2021\n" + UNDATED, encoding="utf-8")  # dated: a term
    dated = corrected(opened(corpus))
    assert dated and dated != standing
    listed = parse_json(invoke(["correct", "list", "--json", *c], cache))
    assert listed[0]["applied"] and listed[0]["reason"] == f"applied to {dated} (was {standing})"
    stats = parse_json(invoke(["stats", "--json", *c], cache))
    assert_valid(stats, "stats", "stats --json")
    assert [s["applied"] for s in stats["corrections_found_again"]] == [f"applied to {dated} (was {standing})"]

    (corpus / "2021").mkdir()
    (corpus / "b.txt").rename(corpus / "2021" / "b.txt")  # moved: the one meeting of that label still
    (corpus / "2021" / "b.txt").write_text(UNDATED, encoding="utf-8")
    moved = corrected(opened(corpus))
    assert moved not in (None, standing, dated)


def test_a_correction_never_guesses_between_records_its_hints_fit(corpus):
    (corpus / "b.txt").write_text(UNDATED, encoding="utf-8")
    standing = ids(corpus)["Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30"]
    write(corpus, f'[[drop]]\nrecord = "{standing}"\nhints = [{{ id = "{standing}", '
                  'label = "Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang lần thứ 30", file = "b.txt" }]\n')
    for folder in ("x", "y"):  # moved, and copied: two meetings of that label, neither in b.txt
        (corpus / folder).mkdir()
        (corpus / folder / "b.txt").write_text(UNDATED, encoding="utf-8")
    (corpus / "b.txt").unlink()
    index = opened(corpus)
    [problem] = index.unapplied_corrections()
    assert "2 meeting records are labelled" in problem.reason and "(b.txt is gone)" in problem.reason
    assert len([m for m in index.meetings() if m.label.startswith("Hội nghị Ban Thường vụ")]) == 2
