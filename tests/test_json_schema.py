"""The JSON the commands really print matches docs/json-schema.json, and ids are stable.

Every command runs once per corpus, on the bundled seeds (no --corpus) and on
tests/data/articles, with a cache folder of its own: the first export as a subprocess
(``python -m nghiquyet ...``, what a script reads from a pipe), the rest in this process
through Typer's test runner (the same commands and output, a tenth of the time). The
outputs are shared through module-scoped fixtures so that the file stays fast.
"""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_runs import Run, assert_valid, invoke, parse_json, parse_jsonl, run, schema, validator
from jsonschema import Draft202012Validator

HERE = Path(__file__).parent
ROOT = HERE.parent
SEEDS = ROOT / "seeds"
ARTICLES = HERE / "data" / "articles"
RECORD_KINDS = ("meeting", "person", "resolution", "document")
SECTIONS = {"meetings": "meeting", "people": "person", "resolutions": "resolution", "documents": "document"}
NO_MATCH = "xyzzyqwv plughfrob"

NEW_ARTICLE = """\
Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn lần thứ 15, khóa XII
Sáng 14/3/2023, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn tổ chức Hội nghị lần thứ 15, khóa XII, \
nhiệm kỳ 2020-2025.
Đồng chí Lương Văn Quảng, Bí thư Tỉnh ủy chủ trì hội nghị.
Hội nghị đã thảo luận, thông qua Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát \
triển lâm nghiệp bền vững giai đoạn 2023-2030.
Đồng chí Hà Thị Mai Lan, Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận hội nghị.
"""


def check_exit(out: Run, found: bool) -> None:
    assert out.code == (0 if found else 1), f"{out}: exit {out.code} with {'results' if found else 'none'}"


# -- the outputs of one corpus, each command run once ------------------------------------------

@dataclass
class Outputs:
    name: str
    export: dict
    export_again: dict | None  # a second export, the index built again in memory (--no-cache)
    runs: dict  # key -> Run
    shown: dict  # kind -> id shown

    def keyed(self, prefix: str) -> list[str]:
        return [key for key in self.runs if key.startswith(prefix)]


def _pick(export: dict) -> dict:
    """A record of each kind to query and show, taken from the corpus itself: the person
    with most meetings, the resolution with most meetings."""
    people = sorted(export["people"], key=lambda p: (-len(p["meetings"]), p["id"]))
    papers = sorted(export["resolutions"],
                    key=lambda r: (-len([m for m in r["mentions"] if m["meeting_id"]]), r["id"]))
    assert people and papers and export["meetings"] and export["documents"], "a kind of record is missing"
    return {"meeting": export["meetings"][0], "person": people[0], "resolution": papers[0],
            "document": export["documents"][0]}


def _jobs(picked: dict, export_again: bool) -> dict[str, list[str]]:
    """Every command to run, once each: --json for most, --jsonl for some of each command
    (running both for everything would double the time of the file)."""
    person, resolution, document = picked["person"]["name"], picked["resolution"], picked["document"]
    return {
        **({"export_again": ["export", "--no-cache"]} if export_again else {}),
        "stats": ["stats", "--json"],
        "search:person": ["search", person, "--kind", "person", "--json"],
        "search:person_folded": ["search", _folded(person), "--jsonl"],
        "search:resolution": ["search", resolution["label"], "--kind", "resolution", "--json"],
        "search:document": ["search", _folded(document["label"]), "--kind", "document", "--jsonl"],
        "search:meeting": ["search", "hoi nghi BCH", "--kind", "meeting", "--json"],
        "search:passage": ["search", "kinh te", "--kind", "passage", "--jsonl"],
        "search:mixed": ["search", "dang bo", "--json", "--limit", "50"],
        "search:mixed_lines": ["search", "dang bo", "--jsonl", "--limit", "50"],
        "search:none": ["search", NO_MATCH, "--json"],
        "search:none_lines": ["search", NO_MATCH, "--jsonl"],
        "timeline:plain": ["timeline", "--json"],
        "timeline:person": ["timeline", "--person", person, "--json"],
        "timeline:resolution": ["timeline", "--resolution", resolution["number"] or resolution["label"],
                                "--jsonl"],
        "timeline:term": ["timeline", "--term", "2020-2025", "--json"],
        "list:meetings": ["meetings", "--json"],
        "list:people": ["people", "--jsonl"],
        "list:resolutions": ["resolutions", "--json"],
        "list:documents": ["documents", "--jsonl"],
        **{f"show:{kind}": ["show", record["id"], "--jsonl" if i % 2 else "--json"]
           for i, (kind, record) in enumerate(picked.items())},
    }


def _collect(name: str, corpus: list[str], cache_dir: Path) -> Outputs:
    first = run(["export", *corpus], cache_dir)  # a process, which builds the cache
    export = parse_json(first)
    picked = _pick(export)
    # the seeds are built a second time by ``with_new_article``, in a folder of their own
    jobs = _jobs(picked, export_again=bool(corpus))
    done = {key: invoke([*args, *corpus], cache_dir) for key, args in jobs.items()}
    export_again = parse_json(done.pop("export_again")) if "export_again" in done else None
    done["export"] = first
    return Outputs(name, export, export_again, done, {kind: record["id"] for kind, record in picked.items()})


def parse(out: Run) -> list | dict:
    """What a run printed: the --json value, or the list of the --jsonl lines."""
    return parse_jsonl(out) if "--jsonl" in out.args else parse_json(out)


def _folded(text: str) -> str:
    """The text as typed without diacritics (đ -> d), lower case."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").lower()


@pytest.fixture(scope="module", params=["seeds", "articles"])
def outputs(request, tmp_path_factory) -> Outputs:
    corpus = [] if request.param == "seeds" else ["--corpus", str(ARTICLES)]
    return _collect(request.param, corpus, tmp_path_factory.mktemp(f"cache-{request.param}"))


# -- the schema itself -------------------------------------------------------------------------

DEFS = ["source", "date", "meeting", "person", "resolution", "document", "passage_record", "search_hit",
        "timeline_item", "show_output", "stats", "export", "export_file", "record", "json_array",
        "jsonl_line"]


def test_schema_is_valid_draft_2020_12_with_described_defs():
    whole = schema()
    Draft202012Validator.check_schema(whole)
    assert whole["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "oneOf" in whole
    for name in DEFS:
        assert name in whole["$defs"], name
    undescribed = [name for name, body in whole["$defs"].items() if not body.get("description")]
    assert not undescribed, f"$defs without a description: {undescribed}"


GOOD_DATE = {"value": "2019-10-31", "precision": "day", "inferred": True, "basis": "the article's date"}
SOURCE = {"file": "a.txt", "line": 3}
GOOD_MEETING = {
    "id": "m-0123456789", "kind": "meeting", "label": "Hội nghị", "source": SOURCE, "type": "hoi_nghi_bch",
    "status": "held", "body": None, "province": "Thái Nguyên", "ordinal": 25, "khoa": "XIX", "term": "2020-2025",
    "date": GOOD_DATE,
    "people": [{"person_id": "p-abcdef0123", "name": "Trần Quốc Tỏ", "roles": ["chủ trì"]}],
    "unnamed_roles": [{"title": "Bí thư Tỉnh ủy", "roles": []}], "resolutions": ["r-0000000000"],
    "documents": ["d-ffffffffff"],
}


@pytest.mark.parametrize("name, value, valid", [
    ("date", GOOD_DATE, True),
    ("date", {**GOOD_DATE, "value": "2019-10", "precision": "month"}, True),
    ("date", {**GOOD_DATE, "value": "2019", "precision": "year"}, True),
    ("date", {"value": None, "precision": "unknown", "inferred": False, "basis": None}, True),
    ("date", {**GOOD_DATE, "precision": "month"}, False),  # more precise than it says
    ("date", {**GOOD_DATE, "value": "2019", "precision": "day"}, False),
    ("date", {**GOOD_DATE, "value": None}, False),
    ("date", {**GOOD_DATE, "value": "2019-13"}, False),
    ("date", {**GOOD_DATE, "inferred": "yes"}, False),
    ("date", {k: v for k, v in GOOD_DATE.items() if k != "basis"}, False),
    ("source", {"file": "a.txt", "line": 0}, False),
    ("source", {"file": "/abs/a.txt", "line": 1}, False),
    ("meeting", GOOD_MEETING, True),
    ("meeting", {**GOOD_MEETING, "extra_field": 1}, True),  # the tool may add fields
    ("meeting", {**GOOD_MEETING, "type": "hop"}, False),
    ("meeting", {**GOOD_MEETING, "id": "m-0123"}, False),
    ("meeting", {**GOOD_MEETING, "id": "p-0123456789"}, False),
    ("meeting", {**GOOD_MEETING, "khoa": "19"}, False),
    ("meeting", {**GOOD_MEETING, "resolutions": ["d-ffffffffff"]}, False),
    ("meeting", {k: v for k, v in GOOD_MEETING.items() if k != "unnamed_roles"}, False),
    ("meeting", {k: v for k, v in GOOD_MEETING.items() if k != "status"}, False),
    ("meeting", {**GOOD_MEETING, "status": "upcoming"}, True),
    ("meeting", {**GOOD_MEETING, "status": "reported"}, False),
    ("record", GOOD_MEETING, True),
    ("search_hit", {"kind": "meeting", "id": GOOD_MEETING["id"], "label": "x", "score": 100, "snippet": "x",
                    "source": SOURCE, "record": GOOD_MEETING}, True),
    ("search_hit", {"kind": "meeting", "id": GOOD_MEETING["id"], "label": "x", "score": 101, "snippet": "x",
                    "source": SOURCE, "record": GOOD_MEETING}, False),
    ("search_hit", {"kind": "passage", "id": "p-0123456789", "label": "x", "score": 50, "snippet": "x",
                    "source": SOURCE, "record": GOOD_MEETING}, False),
    ("export_file", {"file": "a.txt", "sha256": None, "status": "skipped", "reason": "binary"}, True),
    ("export_file", {"file": "a.txt", "sha256": None, "status": "read"}, False),
    ("export_file", {"file": "a.txt", "sha256": "0" * 64, "status": "skipped"}, False),
])
def test_schema_is_strict_where_the_contract_is_firm(name, value, valid):
    assert validator(name).is_valid(value) is valid


# -- every command's output --------------------------------------------------------------------

def test_export_matches_schema(outputs):
    check_exit(outputs.runs["export"], True)
    assert_valid(outputs.export, "export", f"{outputs.name}: export")
    assert_valid(outputs.export, None, f"{outputs.name}: export")
    for section, kind in SECTIONS.items():
        assert outputs.export[section], f"{outputs.name}: export has no {section}"
        assert all(r["kind"] == kind for r in outputs.export[section])


def test_export_files_are_hashed_relative_to_the_corpus(outputs):
    (root,) = outputs.export["corpus"]
    for entry in outputs.export["files"]:
        path = Path(root) / entry["file"]
        assert path.is_file(), entry
        if entry["status"] == "read":
            assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest(), entry


def test_export_ids_are_unique_and_references_resolve(outputs):
    export = outputs.export
    ids = [r["id"] for section in SECTIONS for r in export[section]]
    assert len(ids) == len(set(ids)), "duplicate ids"
    known = set(ids)
    dangling = []
    for m in export["meetings"]:
        dangling += [p["person_id"] for p in m["people"] if p["person_id"] not in known]
        dangling += [i for i in m["resolutions"] + m["documents"] if i not in known]
    for p in export["people"]:
        dangling += [a["meeting_id"] for a in p["meetings"] if a["meeting_id"] not in known]
    for section in ("resolutions", "documents"):
        for r in export[section]:
            dangling += [x["meeting_id"] for x in r["mentions"]
                         if x["meeting_id"] and x["meeting_id"] not in known]
    assert not dangling, f"ids referenced but not exported: {sorted(set(dangling))[:10]}"


def test_stats_matches_schema(outputs):
    out = outputs.runs["stats"]
    data = parse_json(out)
    check_exit(out, True)
    assert_valid(data, "stats", str(out))
    assert_valid(data, None, str(out))
    # records of one meeting (one article's that reports it, others' that only name it) count once
    meetings = {m["same_as"] or m["id"] for m in outputs.export["meetings"]}
    assert data["records"] == {kind: len(meetings) if kind == "meeting" else len(outputs.export[s])
                               for s, kind in SECTIONS.items()}


def _array(out: Run) -> list:
    """The items a --json or --jsonl run printed; the exit status says whether there were any."""
    items = parse(out)
    assert isinstance(items, list), f"{out}: not an array"
    check_exit(out, bool(items))
    if "--json" in out.args:
        assert_valid(items, None, str(out))
        assert_valid(items, "json_array", str(out))
    return items


def test_search_outputs_match_schema(outputs):
    for key in outputs.keyed("search:"):
        out = outputs.runs[key]
        for n, hit in enumerate(_array(out)):
            assert_valid(hit, "search_hit", f"{out} [{n}]")
            assert_valid(hit, "jsonl_line", f"{out} [{n}]")
            if hit["kind"] != "passage":
                assert (hit["record"]["id"], hit["record"]["kind"]) == (hit["id"], hit["kind"]), \
                    f"{out}: {hit['id']}"
            for start, end in hit.get("highlights", []):
                assert 0 <= start < end <= len(hit["snippet"]), \
                    f"{out}: highlight {start, end} off the snippet"


@pytest.mark.parametrize("key, kind", [
    ("search:person", "person"), ("search:person_folded", "person"), ("search:resolution", "resolution"),
    ("search:document", "document"), ("search:meeting", "meeting"), ("search:passage", "passage"),
])
def test_search_finds_what_it_is_asked(outputs, key, kind):
    out = outputs.runs[key]
    hits = parse(out)
    assert hits, f"{out}: nothing found"
    assert hits[0]["kind"] == kind, f"{out}: first hit is a {hits[0]['kind']}"
    if kind in outputs.shown and key != "search:meeting":
        assert outputs.shown[kind] in {h["id"] for h in hits}, f"{out}: {outputs.shown[kind]} not found"


def test_search_jsonl_is_the_json_array_a_line_at_a_time(outputs):
    as_json, as_lines = outputs.runs["search:mixed"], outputs.runs["search:mixed_lines"]
    hits = parse_json(as_json)
    assert len({h["kind"] for h in hits}) >= 2, f"{as_json}: expected a mix of kinds"
    assert parse_jsonl(as_lines) == hits


def test_search_without_match_prints_an_empty_array_and_exits_1(outputs):
    as_json, as_lines = outputs.runs["search:none"], outputs.runs["search:none_lines"]
    assert parse_json(as_json) == [] and as_json.code == 1, as_json
    assert as_lines.stdout == "" and as_lines.code == 1, as_lines


TIMELINE_EXTRAS = {"timeline:person": ("person_titles", "person_roles"),
                   "timeline:resolution": ("resolution_actions",)}


@pytest.mark.parametrize("key", ["timeline:plain", "timeline:person", "timeline:resolution", "timeline:term"])
def test_timeline_outputs_match_schema(outputs, key):
    out = outputs.runs[key]
    items = _array(out)
    assert items, f"{out}: no meeting"
    for n, item in enumerate(items):
        assert_valid(item, "timeline_item", f"{out} [{n}]")
        assert_valid(item, "jsonl_line", f"{out} [{n}]")
        missing = [k for k in TIMELINE_EXTRAS.get(key, ()) if k not in item]
        assert not missing, f"{out} [{n}]: no {missing}"
    if key == "timeline:term":
        assert {i["term"] for i in items} == {"2020-2025"}, out


@pytest.mark.parametrize("section", list(SECTIONS))
def test_listings_match_schema(outputs, section):
    out = outputs.runs[f"list:{section}"]
    records = _array(out)
    for n, record in enumerate(records):
        assert_valid(record, SECTIONS[section], f"{out} [{n}]")
        assert_valid(record, "jsonl_line", f"{out} [{n}]")
    exported = outputs.export[section]
    # the records of one meeting (same_as) are one row: export gives them all, a listing one
    meeting_of = {r["id"]: r.get("same_as") or r["id"] for r in exported}
    assert sorted(meeting_of[r["id"]] for r in records) == sorted(set(meeting_of.values())), \
        f"{out}: not the records export gives"


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_show_outputs_match_schema(outputs, kind):
    out = outputs.runs[f"show:{kind}"]
    shown = _array(out)
    assert len(shown) == 1, f"{out}: {len(shown)} objects"
    (data,) = shown
    assert data["id"] == outputs.shown[kind] and data["kind"] == kind, out
    assert_valid(data, "show_output", str(out))
    assert_valid(data, "jsonl_line", str(out))
    assert_valid(data, kind, str(out))
    assert data["places"], f"{out}: no place names it"


# -- stable ids --------------------------------------------------------------------------------

def _records_by_id(export: dict) -> dict:
    return {r["id"]: r for section in SECTIONS for r in export[section]}


def test_ids_are_the_same_when_the_index_is_built_again(outputs, with_new_article):
    """Two builds of the index give the same records under the same ids. The seeds are
    built again from a copy in another folder (``with_new_article``), which also shows
    that ids do not depend on where the corpus lives; the articles with --no-cache."""
    second = with_new_article[0] if outputs.export_again is None else outputs.export_again
    first, again = _records_by_id(outputs.export), _records_by_id(second)
    assert sorted(first) == sorted(again), f"{outputs.name}: ids differ between two builds"
    changed = [i for i in first if first[i] != again[i]]
    assert not changed, f"{outputs.name}: records differ between two builds: {changed[:5]}"


@pytest.fixture(scope="module")
def with_new_article(tmp_path_factory):
    """Exports of a copy of the seeds, before and after adding an unrelated article."""
    folder = tmp_path_factory.mktemp("corpus") / "seeds"
    shutil.copytree(SEEDS, folder)
    cache_dir = tmp_path_factory.mktemp("cache-added")
    before = parse_json(invoke(["export", "--corpus", str(folder)], cache_dir))
    (folder / "zz_backan_bch_lan15.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    after = parse_json(invoke(["export", "--corpus", str(folder)], cache_dir))
    return before, after


def test_added_article_is_indexed(with_new_article):
    before, after = with_new_article
    assert_valid(after, "export", "export after adding an article")
    added = {f["file"] for f in after["files"]} - {f["file"] for f in before["files"]}
    assert added == {"zz_backan_bch_lan15.txt"}
    assert len(after["meetings"]) > len(before["meetings"]), "the new article's meeting was not found"


def test_adding_an_unrelated_article_keeps_every_seed_id(with_new_article):
    before, after = with_new_article
    seed_files = {p.name for p in SEEDS.iterdir()}
    for section in SECTIONS:
        old = {r["id"] for r in before[section]}
        new = {r["id"] for r in after[section] if r["source"]["file"] in seed_files}
        assert old == new, f"{section}: lost {sorted(old - new)}, gained {sorted(new - old)}"


# -- known library bugs ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def two_roots(tmp_path_factory) -> list[str]:
    """Two corpus folders that each hold a file named x.txt (different articles)."""
    base = tmp_path_factory.mktemp("two-roots")
    seeds = sorted(SEEDS.glob("*.txt"))
    for folder, seed in (("a", seeds[0]), ("b", seeds[3])):
        (base / folder).mkdir()
        shutil.copy(seed, base / folder / "x.txt")
    return ["--corpus", str(base / "a"), "--corpus", str(base / "b")]


def test_passage_ids_are_unique_across_corpus_roots(two_roots, tmp_path_factory):
    out = invoke(["search", "nghi", "--kind", "passage", "--json", "--limit", "100", *two_roots],
                 tmp_path_factory.mktemp("cache-two-roots"))
    hits = parse_json(out)
    assert_valid(hits, "json_array", str(out))
    texts: dict[str, set[str]] = {}
    for hit in hits:
        texts.setdefault(hit["id"], set()).add(hit["record"]["text"])
    shared = {i: t for i, t in texts.items() if len(t) > 1}
    assert not shared, f"{out}: one id for different passages: {sorted(shared)}"


def test_export_names_each_file_once_across_corpus_roots(two_roots, tmp_path_factory):
    out = invoke(["export", *two_roots], tmp_path_factory.mktemp("cache-two-roots-export"))
    export = parse_json(out)
    assert_valid(export, "export", str(out))
    names = [f["file"] for f in export["files"]]
    assert len(names) == len(set(names)), f"{out}: files named alike: {names}"
