"""Results handed to the tools people already use: CSV for spreadsheets, JSON Lines,
FollowTheMoney entities and a relational SQLite file for archives, batch searches."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runs import assert_valid, invoke, parse_json, parse_jsonl

from nghiquyet.render import spreadsheet

SEEDS = Path(__file__).parent.parent / "seeds"
LISTED = [("search", "tran quoc to"), ("timeline",), ("timeline", "--person", "tran quoc to"), ("meetings",),
          ("people",), ("resolutions",), ("documents",)]


def nghiquyet(tmp_path: Path, *args: str, stdin: str | None = None):
    return invoke(args, tmp_path / "cache", stdin=stdin)


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


QUOTED = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII\n\n"
          "Sáng 3/4/2022, đồng chí Đặng Quốc Khánh, Bí thư Tỉnh ủy chủ trì hội nghị. Hội nghị thảo luận chủ đề "
          '"Năm kỷ cương, kỷ luật" và phong trào "Dân vận khéo, vận động giỏi" của tỉnh.\n')


@pytest.fixture()
def quoted_corpus(tmp_path) -> Path:
    """An article whose sentences hold commas and straight double quotes."""
    return _corpus(tmp_path, "quoted", QUOTED)


# -- CSV ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", LISTED, ids=" ".join)
def test_csv_has_a_header_and_one_row_per_result_of_the_json(tmp_path, args):
    rows = parse_csv(nghiquyet(tmp_path, *args, "--csv").stdout)
    records = parse_json(nghiquyet(tmp_path, *args, "--json"))
    header, *body = rows
    assert "id" in header and len(set(header)) == len(header), header
    assert records and all(len(row) == len(header) for row in body)
    assert [row[header.index("id")] for row in body] == [r["id"] for r in records]


def test_csv_quotes_commas_and_quotes_in_vietnamese_text(tmp_path, quoted_corpus):
    out = nghiquyet(tmp_path, "search", "dan van kheo", "--kind", "passage", "--csv", "--corpus", str(quoted_corpus))
    assert out.code == 0, out.stderr
    assert '""Dân vận khéo, vận động giỏi""' in out.stdout  # a quote doubled, in a quoted field
    header, *body = parse_csv(out.stdout)
    hits = parse_json(nghiquyet(tmp_path, "search", "dan van kheo", "--kind", "passage", "--json",
                                "--corpus", str(quoted_corpus)))
    assert [row[header.index("match")] for row in body] == [hit["snippet"] for hit in hits]


def test_csv_writer_quotes_line_breaks_inside_a_field():
    written = io.StringIO()
    row = ["Nghị quyết số 01,\nvề “chuyển đổi số”", 'Bí thư "Tỉnh ủy"']
    with contextlib.redirect_stdout(written):
        spreadsheet.write(["label", "title"], [row])
    assert parse_csv(written.getvalue()) == [["label", "title"], row]
    assert written.getvalue().endswith('"\r\n')  # RFC 4180: rows end with CRLF


def test_for_a_spreadsheet_a_cell_that_would_be_a_formula_is_text():
    row = ["=HYPERLINK(\"http://x.invalid\";\"bấm\")", "+84 912", "-1+2", "@SUM(A1)", "\tTỉnh ủy", "--03-21",
           "Hội nghị = họp", "2024-03-21"]
    written = {}
    for bom in (False, True):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            spreadsheet.write(["a", "b", "c", "d", "e", "f", "g", "h"], [row], bom=bom)
        written[bom] = parse_csv(out.getvalue().removeprefix(spreadsheet.BOM))[1]
    assert written[False] == row  # data for programs: every value as it is
    assert written[True] == ["'" + cell for cell in row[:6]] + row[6:]


MONTH_DAY = ("Hội nghị Ban Thường vụ Tỉnh ủy Lào Cai lần thứ 12\n\n"
             "Ngày 21/3, Ban Thường vụ Tỉnh ủy Lào Cai họp Hội nghị lần thứ 12 bàn về trồng quế.\n")


def test_a_day_without_its_year_stays_text_in_a_spreadsheet(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bai.txt").write_text(MONTH_DAY, encoding="utf-8")
    args = ("meetings", "--corpus", str(folder))
    header, row = parse_csv(nghiquyet(tmp_path, *args, "--csv").stdout)
    assert row[header.index("date")] == "--03-21"
    header, row = parse_csv(nghiquyet(tmp_path, *args, "--csv-bom").stdout.removeprefix(spreadsheet.BOM))
    assert row[header.index("date")] == "'--03-21"


def test_a_bom_only_when_asked(tmp_path):
    plain = nghiquyet(tmp_path, "people", "--csv").stdout
    marked = nghiquyet(tmp_path, "people", "--csv-bom").stdout
    assert not plain.startswith("\ufeff") and marked.startswith("\ufeff")
    assert marked[1:] == plain
    assert parse_csv(marked.encode("utf-8").decode("utf-8-sig")) == parse_csv(plain)


def test_an_empty_result_is_still_a_header(tmp_path):
    out = nghiquyet(tmp_path, "search", "khong co gi o day ca", "--kind", "meeting", "--csv")
    assert out.code == 1 and parse_csv(out.stdout) == [["score", "kind", "record", "match", "source", "id"]]


@pytest.mark.parametrize("other", ["--json", "--jsonl"])
def test_csv_with_json_is_one_line_of_error(tmp_path, other):
    out = nghiquyet(tmp_path, "meetings", "--csv", other)
    assert out.code == 2 and out.stdout == ""
    assert out.stderr == "nghiquyet: error: choose one of --json, --jsonl and --csv\n"


# -- export as JSON Lines ----------------------------------------------------------------------------

def test_export_jsonl_is_the_json_export_a_line_at_a_time(tmp_path):
    whole = parse_json(nghiquyet(tmp_path, "export"))
    assert parse_json(nghiquyet(tmp_path, "export", "--json")) == whole
    lines = parse_jsonl(nghiquyet(tmp_path, "export", "--jsonl"))
    for number, line in enumerate(lines, 1):
        assert_valid(line, "export_line", f"export --jsonl, line {number}")
    first, *rest = lines
    assert first == {"kind": "export", "version": whole["version"], "corpus": whole["corpus"]}
    assert [{k: v for k, v in line.items() if k != "kind"} for line in rest if line["kind"] == "file"] == whole["files"]
    for part, kind in (("meetings", "meeting"), ("people", "person"), ("resolutions", "resolution"),
                       ("documents", "document")):
        assert whole[part] and [line for line in rest if line["kind"] == kind] == whole[part]


def test_export_takes_one_format(tmp_path):
    out = nghiquyet(tmp_path, "export", "--jsonl", "--format", "ftm")
    assert out.code == 2 and out.stdout == "" and len(out.stderr_lines) == 1, out.stderr


# -- export as a relational SQLite file ------------------------------------------------------------

@pytest.fixture()
def exported(tmp_path) -> sqlite3.Connection:
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"what was there before")
    out = nghiquyet(tmp_path, "export", "--sqlite", str(path))
    assert (out.code, out.stdout, out.stderr) == (0, "", "")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no part left aside
    db = sqlite3.connect(path)
    yield db
    db.close()


def test_export_sqlite_keeps_every_record_and_its_links(tmp_path, exported):
    whole = parse_json(nghiquyet(tmp_path, "export"))
    assert exported.execute("PRAGMA foreign_key_check").fetchall() == []
    assert exported.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert {r for (r,) in exported.execute("SELECT id FROM meetings")} == {m["id"] for m in whole["meetings"]}
    assert {r for (r,) in exported.execute("SELECT id FROM resolutions")} == {r["id"] for r in whole["resolutions"]}
    assert {r for (r,) in exported.execute("SELECT id FROM documents")} == {d["id"] for d in whole["documents"]}
    roles = {(m["id"], p["person_id"], role) for m in whole["meetings"] for p in m["people"] for role in p["roles"]}
    assert set(exported.execute("SELECT meeting_id, person_id, role FROM roles")) == roles
    titles = {(p["id"], t["title"]) for p in whole["people"] for t in p["titles"]}
    assert set(exported.execute("SELECT person_id, title FROM titles")) == titles
    mentions = sorted((r["id"], x["meeting_id"], x["action"]) for r in whole["resolutions"] + whole["documents"]
                      for x in r["mentions"])
    assert sorted(exported.execute("SELECT paper_id, meeting_id, action FROM mentions")) == mentions
    indexed = {name for (name,) in exported.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"mentions_by_paper", "attendance_by_person", "meetings_by_date"} <= indexed


def _queries() -> list[str]:
    """The SQL blocks of docs/export-sqlite.md, in their order."""
    text = (Path(__file__).parent.parent / "docs" / "export-sqlite.md").read_text(encoding="utf-8")
    return [block.split("```", 1)[0] for block in text.split("```sql\n")[1:]]


def test_the_documented_questions_answer_on_the_seeds(tmp_path, exported):
    whole = parse_json(nghiquyet(tmp_path, "export"))
    by_id = {m["id"]: m for m in whole["meetings"]}
    resolution, chaired, term = (exported.execute(sql).fetchall() for sql in _queries()[:3])
    number_01 = [r for r in whole["resolutions"] if r["number"] == "01"]
    assert sorted(label for _, label, _ in resolution) == sorted(
        by_id[x["meeting_id"]]["label"] for r in number_01 for x in r["mentions"] if x["meeting_id"])
    (meeting,) = [m for m in whole["meetings"] if m["type"] == "hoi_nghi_btv" and m["ordinal"] == 53]
    assert chaired == [(p["name"], meeting["date"]["value"], meeting["label"]) for p in meeting["people"]
                       if "chủ trì" in p["roles"]]
    held = [m for m in whole["meetings"] if m["term"] == "2020-2025" and m["status"] == "held"]
    assert len(term) == len(held) >= 2 and [date for date, _, _ in term] == sorted(m["date"]["value"] for m in held)


def test_export_sqlite_into_a_missing_folder_is_one_line(tmp_path):
    out = nghiquyet(tmp_path, "export", "--sqlite", str(tmp_path / "no" / "such" / "x.sqlite"))
    assert out.code == 2 and out.stderr.startswith("nghiquyet: error: cannot write") and len(out.stderr_lines) == 1


def test_export_sqlite_that_sqlite_cannot_write_is_one_line_and_leaves_what_was_there(tmp_path, monkeypatch):
    from nghiquyet.export import relational

    def full(db, selection):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(relational, "_fill", full)
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"what was there before")
    out = nghiquyet(tmp_path, "export", "--sqlite", str(path))
    assert out.code == 2
    assert out.stderr_lines == [f"nghiquyet: error: cannot write {path}: SQLite: database or disk is full"]
    assert path.read_bytes() == b"what was there before"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- export as FollowTheMoney entities -------------------------------------------------------------

def test_every_ftm_entity_is_valid_by_followthemoney(tmp_path):
    from followthemoney import model

    whole = parse_json(nghiquyet(tmp_path, "export"))
    entities = parse_jsonl(nghiquyet(tmp_path, "export", "--format", "ftm"))
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids))
    for entity in entities:
        proxy = model.get_proxy(entity, cleaned=False)  # an unknown property or schema raises
        proxy.schema.validate(entity)  # every value valid for its type; raises InvalidData
        # FtM's Document requires a fileName, for a file Aleph holds: a paper named in an article is none
        assert all(proxy.has(name) for name in proxy.schema.required if name != "fileName"), entity
        for prop, values in ((p, proxy.get(p)) for p in proxy.iterprops()):
            if prop.type.name == "entity":
                assert set(values) <= set(ids), f"{entity['id']}.{prop.name} points outside the export"
    by_schema = {}
    for entity in entities:
        by_schema.setdefault(entity["schema"], []).append(entity)
    assert {e["properties"]["name"][0] for e in by_schema["Person"]} == {p["name"] for p in whole["people"]}
    assert len(by_schema["Event"]) == len(whole["meetings"])
    assert len(by_schema["Document"]) == len(whole["resolutions"]) + len(whole["documents"])
    labels = {r["id"]: r["label"] for r in whole["resolutions"] + whole["documents"]}
    assert all(d["properties"]["name"] == [labels[d["id"].removeprefix("nghiquyet-")]]
               and "fileName" not in d["properties"] for d in by_schema["Document"])
    chair = next(p for m in whole["meetings"] for p in m["people"] if "chủ trì" in p["roles"])
    assert any(f"nghiquyet-{chair['person_id']}" in e["properties"].get("organizer", []) for e in by_schema["Event"])
    assert {"Occupancy", "Position", "Documentation"} <= set(by_schema)
    assert entities == parse_jsonl(nghiquyet(tmp_path, "export", "--format", "ftm"))  # stable ids, same order


def test_ftm_without_the_extra_names_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "followthemoney", None)  # import fails, as when not installed
    out = nghiquyet(tmp_path, "export", "--format", "ftm")
    assert out.code == 2 and out.stdout == ""
    assert out.stderr_lines == ["nghiquyet: error: FollowTheMoney export needs the ftm extra: "
                                "pip install 'nghiquyet[ftm]'"]


# -- batch search -----------------------------------------------------------------------------------

BATCH = "# people and papers to check\ntran quoc to\n\n  nghi quyet so 01  \n# done\n"


@pytest.mark.parametrize("given", ["file", "stdin"])
def test_batch_search_tags_each_hit_with_its_query(tmp_path, given):
    listed = tmp_path / "queries.txt"
    listed.write_text(BATCH, encoding="utf-8")
    source = {"file": (str(listed), None), "stdin": ("-", BATCH)}[given]
    out = nghiquyet(tmp_path, "search", "--queries", source[0], "--limit", "3", "--json", stdin=source[1])
    hits = parse_json(out)
    for hit in hits:
        assert_valid(hit, "search_hit", "a batch hit")
    expected = [{"query": query, **hit} for query in ("tran quoc to", "nghi quyet so 01")
                for hit in parse_json(nghiquyet(tmp_path, "search", query, "--limit", "3", "--json"))]
    assert hits == expected and len(hits) > 3


def test_batch_search_leads_every_row_with_its_query(tmp_path):
    args = ("search", "--queries", "-", "--limit", "2")
    header, *rows = parse_csv(nghiquyet(tmp_path, *args, "--csv", stdin=BATCH).stdout)
    single = parse_csv(nghiquyet(tmp_path, "search", "tran quoc to", "--limit", "2", "--csv").stdout)
    assert header == ["query", *single[0]]
    assert [row[1:] for row in rows if row[0] == "tran quoc to"] == single[1:]
    assert {row[0] for row in rows} == {"tran quoc to", "nghi quyet so 01"}
    piped = [line.split("\t") for line in nghiquyet(tmp_path, *args, stdin=BATCH).stdout.splitlines()]
    assert [fields[0] for fields in piped] == [row[0] for row in rows]
    assert [len(fields) for fields in piped] == [len(header)] * len(rows)


@pytest.mark.parametrize("output", [["--json"], ["--csv"], []])  # [] piped: tab-separated lines
def test_batch_search_names_each_query_that_found_nothing_on_stderr(tmp_path, output):
    batch = "tran quoc to\nzzyzx quorvath\n# a comment\nplutonium kwaxy\n"
    out = nghiquyet(tmp_path, "search", "--queries", "-", "--limit", "2", *output, stdin=batch)
    assert out.code == 0
    assert out.stderr_lines == ["nghiquyet: no hit: zzyzx quorvath (line 2 of standard input)",
                                "nghiquyet: no hit: plutonium kwaxy (line 4 of standard input)",
                                "nghiquyet: 2 of 3 queries found nothing"]
    assert "zzyzx" not in out.stdout and "tran quoc to" in out.stdout  # the data stays clean
    everything = nghiquyet(tmp_path, "search", "--queries", "-", "--json", stdin="tran quoc to\n")
    assert everything.stderr_lines == []


@pytest.mark.parametrize("args, stdin, message", [
    (("search", "tran", "--queries", "-"), "tran\n", "give a QUERY or --queries FILE, not both"),
    (("search",), None, "give a QUERY or --queries FILE"),
    (("search", "--queries", "-"), "# only a comment\n\n", "--queries standard input holds no query"),
    (("search", "--queries", "-"), "tran quoc to\n?!\n", "line 2 of standard input: the query has no letters"),
])
def test_a_bad_batch_is_one_line_of_error(tmp_path, args, stdin, message):
    out = nghiquyet(tmp_path, *args, stdin=stdin)
    assert out.code == 2 and out.stdout == "" and len(out.stderr_lines) == 1
    assert out.stderr_lines[0].startswith(f"nghiquyet: error: {message}")


# -- the cache folder -------------------------------------------------------------------------------

def _corpus(tmp_path: Path, name: str, text: str | None = None) -> Path:
    """A folder of one article: ``text``, else one of the seeds."""
    folder = tmp_path / name
    folder.mkdir()
    seed = next(SEEDS.glob("002_*.txt"))
    (folder / "bai.txt").write_text(text or seed.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _stores(tmp_path: Path, *args: str) -> list[dict]:
    listed = parse_json(nghiquyet(tmp_path, "cache", "--json", *args))
    for store in listed:
        assert_valid(store, "stored_index", "cache --json")
    return listed


def test_cache_lists_prunes_and_clears_the_stores(tmp_path):
    kept, gone, old = (_corpus(tmp_path, name) for name in ("kept", "gone", "old"))
    for folder in (kept, gone, old):
        assert nghiquyet(tmp_path, "people", "--corpus", str(folder)).code == 0
    listed = _stores(tmp_path)
    assert sorted(s["corpus"] for s in listed) == sorted([[str(kept)], [str(gone)], [str(old)]])
    assert all(s["size"] > 0 and s["extensions"] == ["txt"] and not s["removed"] for s in listed)
    shutil.rmtree(gone)
    (old_store,) = [Path(s["store"]) for s in listed if s["corpus"] == [str(old)]]
    long_ago = time.time() - 40 * 86400
    os.utime(old_store, (long_ago, long_ago))

    assert {s["corpus"][0]: s["corpus_gone"] for s in _stores(tmp_path)}[str(gone)]
    assert not [s for s in _stores(tmp_path, "--prune") if s["removed"] and s["corpus"] == [str(old)]]  # 90 days
    pruned = _stores(tmp_path, "--prune", "--older-than", "30")
    assert [s["corpus"] for s in pruned if s["removed"]] == [[str(old)]]  # the gone one went on the first prune
    assert [s["corpus"] for s in _stores(tmp_path)] == [[str(kept)]]
    assert nghiquyet(tmp_path, "people", "--corpus", str(kept)).code == 0  # used again: still there
    assert all(s["removed"] for s in _stores(tmp_path, "--clear"))
    assert list((tmp_path / "cache").iterdir()) == []
    out = nghiquyet(tmp_path, "cache")
    assert out.code == 1 and out.stdout == "" and "no index" in out.stderr


@pytest.mark.parametrize("args, message", [
    (("export", "--sqlite"), "Option '--sqlite' requires an argument. (see 'nghiquyet export --help')"),
    (("cache", "--older-than", "5"), "--older-than applies only with --prune"),
    (("cache", "--clear", "--older-than", "5"), "--older-than applies only with --prune"),
])
def test_a_misused_option_is_one_line_naming_its_command(tmp_path, args, message):
    out = nghiquyet(tmp_path, *args)
    assert out.code == 2 and out.stdout == ""
    assert out.stderr_lines == [f"nghiquyet: error: {message}"]


def test_using_a_store_marks_it_used(tmp_path):
    folder = _corpus(tmp_path, "corpus")
    assert nghiquyet(tmp_path, "people", "--corpus", str(folder)).code == 0
    (store,) = (tmp_path / "cache").glob("*.sqlite")
    os.utime(store, (0, 0))
    assert nghiquyet(tmp_path, "search", "nguyen thanh hai", "--corpus", str(folder)).code == 0
    assert time.time() - store.stat().st_mtime < 3600


def _database(path: Path, *statements: str) -> None:
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()


def test_a_store_that_does_not_say_its_corpus_is_listed_as_unknown(tmp_path):
    (tmp_path / "cache").mkdir()
    _database(tmp_path / "cache" / "0123456789abcdef.sqlite", "CREATE TABLE meta (key TEXT, value TEXT)",
              "INSERT INTO meta VALUES ('schema', '1'), ('tool', '0.1')")  # as an earlier version made them
    (listed,) = _stores(tmp_path)
    assert listed["corpus"] is None and not listed["corpus_gone"]
    piped = nghiquyet(tmp_path, "cache").stdout
    assert piped.startswith("(unknown)\t") and "0123456789abcdef.sqlite" in piped


def test_files_nghiquyet_did_not_make_are_never_listed_nor_removed(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    foreign = [cache / "fedcba9876543210.sqlite", cache / "my-export.sqlite"]
    _database(foreign[0], "CREATE TABLE photos (x)")
    _database(foreign[1], "CREATE TABLE meta (key TEXT, value TEXT)", "INSERT INTO meta VALUES ('schema', '1')")
    long_ago = time.time() - 400 * 86400
    for path in foreign:
        os.utime(path, (long_ago, long_ago))
    folder = _corpus(tmp_path, "corpus")
    assert nghiquyet(tmp_path, "people", "--corpus", str(folder)).code == 0
    assert [s["corpus"] for s in _stores(tmp_path, "--prune")] == [[str(folder)]]
    assert [s["removed"] for s in _stores(tmp_path, "--clear")] == [True]
    assert sorted(cache.iterdir()) == sorted(foreign)  # and a look left no journal files beside them


def test_csv_is_utf8_whatever_the_locale_says(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "NGHIQUYET_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "nghiquyet", "people", "--csv"], capture_output=True, env=env)
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout.decode("utf-8"))))
    assert rows[0][0] == "name" and any("Nguyễn" in row[0] for row in rows[1:])
