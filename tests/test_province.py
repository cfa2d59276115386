"""``--province NAME``: the meetings of a province, and what is linked to them, found
however the name is typed; and the province in the timeline and meetings listings
(last, in tab-separated lines, so that the fields scripts cut keep their places).

Runs over tests/data/articles (19 provinces); the index is built once, then every
command runs at once.
"""

from __future__ import annotations

import os
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cli_runs import assert_valid, parse_json, run, run_in_terminal
from typer.testing import CliRunner

from nghiquyet.cli import app

ARTICLES = Path(__file__).parent / "data" / "articles"
CORPUS = ["--corpus", str(ARTICLES)]
FILTER_COMMANDS = ["search", "timeline", "meetings", "people", "resolutions", "documents", "stats", "export"]
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
TIMELINE_FIELDS = ("term", "date", "meeting", "type", "source", "id", "chair", "resolutions")  # README's order

TYPED = {  # as typed -> the province as the articles write it
    "Lào Cai": "Lào Cai", "lao cai": "Lào Cai", "LAO CAI": "Lào Cai", "  lào   cai ": "Lào Cai",
    unicodedata.normalize("NFD", "Lào Cai"): "Lào Cai", "tỉnh Lào Cai": "Lào Cai", "Tinh lao cai": "Lào Cai",
    "Thanh Hoá": "Thanh Hóa", "thanh hoa": "Thanh Hóa", "Hoà Bình": "Hòa Bình",
    "dak lak": "Đắk Lắk", "Đăk Lăk": "Đắk Lắk", "TP. Cần Thơ": "Cần Thơ", "thanh pho can tho": "Cần Thơ",
    "thanh hao": "Thanh Hóa", "dien bienn": "Điện Biên",  # a letter wrong
}


def _jobs() -> dict[str, list[str]]:
    return {
        **{f"typed:{typed}": ["meetings", "--province", typed, "--json"] for typed in TYPED},
        "nowhere": ["meetings", "--province", "Cà Mau", "--json"],
        "people": ["people", "--province", "lao cai", "--json"],
        "resolutions": ["resolutions", "--province", "lao cai", "--json"],
        "documents": ["documents", "--province", "nghe an", "--json"],
        "search": ["search", "dai hoi", "--province", "lao cai", "--limit", "100", "--json"],
        "timeline": ["timeline", "--province", "lao cai", "--all", "--json"],
        "timeline:plain": ["timeline", "--all"],
        "timeline:json": ["timeline", "--all", "--json"],
        "timeline:person": ["timeline", "--person", "Giàng Seo Lử"],
        "meetings:plain": ["meetings"],
        "mismatch": ["timeline", "--province", "thanh hoa", "--person", "Giàng Seo Lử", "--json"],
        "export:province": ["export", "--province", "lao cai"],
        "export:meetings": ["export", "--province", "lao cai", "--kind", "meeting"],
        "stats": ["stats", "--province", "lao cai", "--json"],
        **{f"limit:{command}": [command, "--province", "lao cai", "--limit", "2"] for command in ("stats", "export")},
        **{f"blank:{command}:{blank!r}": [command, *(["dai hoi"] if command == "search" else []), "--province", blank]
           for command in FILTER_COMMANDS for blank in ("", "  ", "--")},
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    cache_dir = tmp_path_factory.mktemp("province-cache")
    export = parse_json(run(["export", *CORPUS], cache_dir))
    jobs = _jobs()
    with ThreadPoolExecutor(max_workers=max(2, min(8, (os.cpu_count() or 2) * 2))) as pool:
        done = dict(zip(jobs, pool.map(lambda args: run([*args, *CORPUS], cache_dir), jobs.values()), strict=True))
    done["terminal"] = run_in_terminal(["timeline", "--province", "lao cai", *CORPUS], cache_dir, columns=160)
    return {"export": export, **done}


def meetings_in(runs, province: str) -> set[str]:
    return {m["id"] for m in runs["export"]["meetings"] if m["province"] == province}


@pytest.mark.parametrize("typed", list(TYPED))
def test_a_province_is_found_however_it_is_typed(runs, typed):
    out = runs[f"typed:{typed}"]
    listed = parse_json(out)
    assert_valid(listed, "json_array", str(out))
    assert {m["id"] for m in listed} == meetings_in(runs, TYPED[typed]), out


def test_a_province_no_meeting_is_in_finds_nothing(runs):
    out = runs["nowhere"]
    assert (out.code, parse_json(out)) == (1, [])


def test_people_are_those_at_a_meeting_in_the_province(runs):
    wanted = meetings_in(runs, "Lào Cai")
    expected = {p["id"] for p in runs["export"]["people"] if any(a["meeting_id"] in wanted for a in p["meetings"])}
    assert expected and {p["id"] for p in parse_json(runs["people"])} == expected


@pytest.mark.parametrize("kind, province", [("resolutions", "Lào Cai"), ("documents", "Nghệ An")])
def test_papers_are_those_a_meeting_in_the_province_discussed(runs, kind, province):
    wanted = meetings_in(runs, province)
    expected = {r["id"] for r in runs["export"][kind] if any(m["meeting_id"] in wanted for m in r["mentions"])}
    assert expected and {r["id"] for r in parse_json(runs[kind])} == expected


def test_search_keeps_only_hits_linked_to_the_province(runs):
    wanted = meetings_in(runs, "Lào Cai")
    people = {p["id"]: p for p in runs["export"]["people"]}
    files = {m["source"]["file"] for m in runs["export"]["meetings"] if m["id"] in wanted and m["reported"]}
    hits = parse_json(runs["search"])
    assert {h["kind"] for h in hits} >= {"meeting", "passage"}
    for hit in hits:
        if hit["kind"] == "meeting":
            assert hit["record"]["province"] == "Lào Cai", hit["id"]
        elif hit["kind"] == "person":
            assert any(a["meeting_id"] in wanted for a in people[hit["id"]]["meetings"]), hit["id"]
        elif hit["kind"] == "passage":
            assert hit["source"]["file"] in files, hit["source"]


def test_timeline_narrows_to_the_province_and_with_person_to_both(runs):
    items = parse_json(runs["timeline"])
    assert items and {i["id"] for i in items} == meetings_in(runs, "Lào Cai")
    assert (runs["mismatch"].code, parse_json(runs["mismatch"])) == (1, [])


def test_export_holds_only_the_province_s_records_and_every_file(runs):
    whole, narrowed = runs["export"], parse_json(runs["export:province"])
    assert_valid(narrowed, "export", str(runs["export:province"]))
    assert {m["id"] for m in narrowed["meetings"]} == meetings_in(runs, "Lào Cai")
    assert {p["id"] for p in narrowed["people"]} == {p["id"] for p in parse_json(runs["people"])}
    assert {r["id"] for r in narrowed["resolutions"]} == {r["id"] for r in parse_json(runs["resolutions"])}
    assert narrowed["files"] == whole["files"]


def test_export_with_a_kind_keeps_its_keys_and_empties_the_others(runs):
    narrowed = parse_json(runs["export:meetings"])
    assert {m["id"] for m in narrowed["meetings"]} == meetings_in(runs, "Lào Cai")
    assert narrowed["people"] == narrowed["resolutions"] == narrowed["documents"] == []


def test_stats_count_what_the_province_export_holds(runs):
    counted, narrowed = parse_json(runs["stats"]), parse_json(runs["export:province"])
    assert counted["records"] == {kind: len(narrowed[key]) for kind, key in (
        ("meeting", "meetings"), ("person", "people"), ("resolution", "resolutions"), ("document", "documents"))}
    held = [m for m in narrowed["meetings"] if m["status"] == "held"]
    assert counted["meetings_reported"] == len(held) and sum(counted["per_term"].values()) == len(held)
    assert counted["files_read"] == len([f for f in runs["export"]["files"] if f["status"] == "read"])


@pytest.mark.parametrize("command", ["stats", "export"])
def test_a_limit_on_counts_or_the_whole_index_is_a_one_line_error(runs, command):
    out = runs[f"limit:{command}"]
    error = f"nghiquyet: error: --limit does not apply to {command}"
    assert (out.code, out.stdout, out.stderr_lines) == (2, "", [error])


@pytest.mark.parametrize("command", FILTER_COMMANDS)
@pytest.mark.parametrize("blank", ["", "  ", "--"])
def test_a_province_without_a_word_is_a_one_line_error(runs, command, blank):
    out = runs[f"blank:{command}:{blank!r}"]
    assert out.code == 2 and out.stdout == "", out
    assert out.stderr_lines == ["nghiquyet: error: --province needs a word to look for"], out


# -- the province column ---------------------------------------------------------------------------

def test_timeline_lines_keep_their_fields_and_end_with_the_province(runs):
    items = {i["id"]: i for i in parse_json(runs["timeline:json"])}
    rows = [line.split("\t") for line in runs["timeline:plain"].stdout.splitlines()]
    assert rows and all(len(row) == len(TIMELINE_FIELDS) + 1 for row in rows)
    at = {name: i for i, name in enumerate(TIMELINE_FIELDS)}
    for row in rows:
        item = items[row[at["id"]]]
        assert (row[at["term"]], row[at["meeting"]], row[-1]) == (item["term"] or "", item["label"],
                                                                   item["province"] or "")


def test_with_person_the_province_is_still_last(runs):
    rows = [line.split("\t") for line in runs["timeline:person"].stdout.splitlines()]
    provinces = {m["id"]: m["province"] for m in runs["export"]["meetings"]}
    assert rows and all(row[-1] == provinces[row[5]] for row in rows)


def test_meetings_lines_end_with_the_province(runs):
    provinces = {m["id"]: m["province"] or "" for m in runs["export"]["meetings"]}
    rows = [line.split("\t") for line in runs["meetings:plain"].stdout.splitlines()]
    assert len(rows) == len({m["same_as"] or m["id"] for m in runs["export"]["meetings"]})  # one row a meeting
    assert all(row[-1] == provinces[row[4]] for row in rows)


def test_a_terminal_table_has_a_province_column(runs):
    screen = ESCAPES.sub("", runs["terminal"].stdout)
    header = next(line for line in screen.splitlines() if "meeting" in line and "date" in line)
    assert header.split()[-1] == "province" and "Lào Cai" in screen


@pytest.mark.parametrize("command", FILTER_COMMANDS)
def test_every_filtering_command_offers_province(command):
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert "--province" in result.stdout
