"""A day and month whose year nothing supports: ``--10-16``, precision ``month_day``.

It has no year, so it sorts after every dated meeting (among others like it by month
and day, before meetings of no date), counts under the year "unknown", and can meet no
--since or --until bound, as an unknown date cannot. Pipes print it as ``--10-16``, a
terminal as ``16/10 (year unknown)``. The extraction rules decide when a date is one;
here the commands run over a cache whose meeting was given one.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from cli_runs import assert_valid, invoke, parse_json, run_in_terminal, validator
from stored import copy_articles, edit_stored_meetings

from nghiquyet.filters import date_span
from nghiquyet.merge import better_date
from nghiquyet.models import DateValue
from nghiquyet.searchable import fields

FILES = ("laocai_kyhop_2020.txt", "laocai_bch_2022.txt", "thanhhoa_daihoi_bathuoc.txt")
MONTH_DAY = {"value": "--10-16", "precision": "month_day", "inferred": False, "basis": None, "until": None}


# -- the value -----------------------------------------------------------------------------------

def test_a_month_and_day_has_no_year_and_no_span_of_days():
    date = DateValue("--10-16", "month_day")
    assert (date.year, date.shown(), date_span(date)) == (None, "--10-16", None)


def test_dates_without_a_year_sort_after_dated_ones_by_month_and_day_and_unknown_last():
    ordered = [DateValue("2019-10-31", "day"), DateValue("2019-11", "month"), DateValue("2019", "year"),
               DateValue("2020-01-05", "day"), DateValue("--01-20", "month_day"), DateValue("--10-16", "month_day"),
               DateValue("--10-17", "month_day"), DateValue()]
    shuffled = random.Random(7).sample(ordered, len(ordered))
    assert sorted(shuffled, key=DateValue.sort_key) == ordered


def test_a_date_with_a_year_wins_a_merge_over_a_written_month_and_day():
    year = DateValue("2020", "year", inferred=True, basis="the term")
    month_day = DateValue("--10-16", "month_day")
    assert better_date(year, month_day) == better_date(month_day, year) == year


def test_search_finds_a_month_and_day_as_vietnamese_writes_it():
    meeting = {"kind": "meeting", "label": "Hội nghị", "type": "hoi_nghi", "date": MONTH_DAY}
    assert {"--10-16", "16/10"} <= set(fields(meeting))


@pytest.mark.parametrize("date, valid", [
    (MONTH_DAY, True),
    ({**MONTH_DAY, "value": "--13-01"}, False),
    ({**MONTH_DAY, "value": "--10-32"}, False),
    ({**MONTH_DAY, "value": "2019-10-16"}, False),
    ({**MONTH_DAY, "precision": "day"}, False),
    ({**MONTH_DAY, "value": None}, False),
])
def test_the_schema_takes_a_month_and_day_only_as_month_day(date, valid):
    assert validator("date").is_valid(date) is valid


# -- through the command line --------------------------------------------------------------------

class Corpus:
    """Three articles, indexed once; then the earliest dated meeting (of a term shared by
    a later one) is given a day and month without a year. The commands run in this
    process (how a date sorts, filters and prints is not a process's); a terminal's
    rendering, in a process."""

    def __init__(self, folder: Path, cache_dir: Path):
        self.args = ["--corpus", str(folder)]
        self.cache_dir = cache_dir
        self.before = parse_json(self.run("export"))
        self.stats_before = parse_json(self.run("stats", "--json"))
        dated = sorted((m for m in self.before["meetings"] if m["date"]["value"] and m["status"] == "held"),
                       key=lambda m: m["date"]["value"])
        self.changed = next((m for m in dated if m["term"] and any(
            o["term"] == m["term"] and o["id"] != m["id"] for o in dated)), None)
        assert self.changed, "the articles no longer report two dated meetings of one term"
        edit_stored_meetings(cache_dir, lambda data: {**data, "date": MONTH_DAY}
                             if data["id"] == self.changed["id"] else None)

    def run(self, *args):
        return invoke([*args, *self.args], self.cache_dir)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    folder = copy_articles(tmp_path_factory.mktemp("month-day") / "corpus", FILES)
    return Corpus(folder, tmp_path_factory.mktemp("month-day-cache"))


def lines(out) -> list[list[str]]:
    assert out.code == 0, f"{out}: exit {out.code}\n{out.stderr}"
    return [line.split("\t") for line in out.stdout.splitlines()]


def test_json_gives_the_month_and_day_as_the_schema_says(corpus):
    listed = parse_json(corpus.run("meetings", "--json"))
    assert_valid(listed, "json_array", "meetings --json")
    assert {m["id"]: m["date"] for m in listed}[corpus.changed["id"]] == MONTH_DAY
    assert_valid(parse_json(corpus.run("export")), "export", "export")


def test_meetings_by_date_put_it_after_the_dated_and_before_the_undated(corpus):
    rows = lines(corpus.run("meetings", "--sort", "date"))
    dates = [row[0] for row in rows]
    at = [row[4] for row in rows].index(corpus.changed["id"])
    assert dates[at] == "--10-16"
    assert all(d and not d.startswith("--") for d in dates[:at]) and not any(dates[at + 1:])


def test_timeline_puts_it_last_of_its_term(corpus):
    rows = [row for row in lines(corpus.run("timeline")) if row[0] == corpus.changed["term"]]
    assert len(rows) >= 2
    assert (rows[-1][5], rows[-1][1]) == (corpus.changed["id"], "--10-16")


@pytest.mark.parametrize("bound", [["--since", "2000"], ["--until", "2100"], ["--since", "2000", "--until", "2100"]])
def test_a_date_bound_leaves_it_out_as_it_leaves_out_an_unknown_date(corpus, bound):
    kept = {m["id"] for m in parse_json(corpus.run("meetings", "--json", *bound))}
    undated = {m["id"] for m in corpus.before["meetings"] if not m["date"]["value"]}
    assert undated and not kept & undated
    assert corpus.changed["id"] not in kept
    assert corpus.changed["id"] in {m["id"] for m in parse_json(corpus.run("meetings", "--json"))}


def test_stats_count_it_under_an_unknown_year(corpus):
    before, after = corpus.stats_before["per_year"], parse_json(corpus.run("stats", "--json"))["per_year"]
    year = corpus.changed["date"]["value"][:4]
    assert after.get("unknown", 0) == before.get("unknown", 0) + 1
    assert after.get(year, 0) == before[year] - 1


def test_a_terminal_shows_the_day_and_month_and_that_the_year_is_unknown(corpus):
    screen = run_in_terminal(["meetings", *corpus.args], corpus.cache_dir)
    assert "16/10 (year unknown)" in screen.stdout


def test_show_names_the_precision(corpus):
    out = corpus.run("show", corpus.changed["id"])
    assert "date\t--10-16 (month_day: year unknown)" in out.stdout.splitlines()
