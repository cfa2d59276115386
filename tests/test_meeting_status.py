"""A meeting is held, upcoming or only mentioned, and every output says which.

An article that announces a session (reported, and upcoming) does not report it held;
across articles, one report of it held makes it held. The extraction rules decide
``upcoming``; here the commands run over a cache whose records were given it
(``stored.edit_stored_meetings``), as rules that find it would write them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from cli_runs import assert_valid, parse_json, run, run_in_terminal
from stored import copy_articles, edit_stored_meetings

from nghiquyet.merge import combine
from nghiquyet.models import DateValue, Meeting, Source, from_dict, to_dict

FILES = ("laocai_kyhop_2020.txt", "laocai_bch_2022.txt", "thanhhoa_daihoi_bathuoc.txt", "nghean_bch_lan25.txt",
         "gialai_btv_lan45.txt")


def meeting(reported: bool, upcoming: bool = False, date: str | None = None, file: str = "a.txt") -> Meeting:
    return Meeting(id="m-0123456789", label="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12", source=Source(file, 1),
                   type="hoi_nghi_bch", body=None, province="Lào Cai", ordinal=12, khoa=None, term=None,
                   date=DateValue(date, "day" if date else "unknown"), reported=reported, upcoming=upcoming)


# -- the record ----------------------------------------------------------------------------------

@pytest.mark.parametrize("reported, upcoming, status", [
    (True, False, "held"), (True, True, "upcoming"), (False, True, "upcoming"), (False, False, "mentioned")])
def test_status_comes_from_reported_and_upcoming_with_upcoming_first(reported, upcoming, status):
    data = to_dict(meeting(reported, upcoming))
    assert (data["status"], data["upcoming"]) == (status, upcoming)
    assert_valid(data, "meeting", status)


def test_a_record_stored_before_upcoming_existed_reads_back_as_not_upcoming():
    data = to_dict(meeting(reported=True))
    del data["upcoming"], data["status"]
    again = from_dict(Meeting, data)
    assert (again.upcoming, again.status) == (False, "held")


def test_a_stored_status_is_derived_again_not_trusted():
    data = {**to_dict(meeting(reported=True, upcoming=True)), "status": "held"}
    assert from_dict(Meeting, data).status == "upcoming"


# -- merging what several articles say -----------------------------------------------------------

ACCOUNTS = {  # what one article says of the meeting (records are merged in place: made anew each time)
    "held": lambda: meeting(True, date="2022-07-20", file="b.txt"),
    "announced": lambda: meeting(True, upcoming=True, date="2022-07-25", file="a.txt"),
    "named as coming": lambda: meeting(False, upcoming=True, file="c.txt"),
    "named": lambda: meeting(False, file="d.txt"),
}


def merged(*accounts: str) -> Meeting:
    return combine([ACCOUNTS[account]() for account in accounts])


@pytest.mark.parametrize("accounts, status", [
    (("announced", "held"), "held"),
    (("held", "announced"), "held"),
    (("named as coming", "held"), "held"),
    (("held", "named as coming", "named"), "held"),
    (("announced", "named"), "upcoming"),
    (("named", "named as coming"), "upcoming"),
    (("named", "announced", "named as coming"), "upcoming"),
    (("named", "named"), "mentioned"),
])
def test_one_report_of_it_held_makes_the_meeting_held(accounts, status):
    assert merged(*accounts).status == status


@pytest.mark.parametrize("accounts", [("announced", "held"), ("held", "announced")])
def test_the_report_of_it_held_gives_its_date_and_source_over_the_announcement(accounts):
    record = merged(*accounts)
    assert (record.date.value, record.source.file) == ("2022-07-20", "b.txt")


def test_an_announcement_gives_its_date_over_a_mention():
    record = merged("named", "announced")
    assert (record.date.value, record.source.file, record.status) == ("2022-07-25", "a.txt", "upcoming")


# -- through the command line --------------------------------------------------------------------

class Corpus:
    """Five articles, indexed once; then, of the meetings they report held, the latest
    is marked announced (reported, and upcoming), the one before it named as coming (not
    reported, upcoming) and the one before that named in passing (not reported). Each
    keeps the status stored before, which must not be believed."""

    def __init__(self, folder: Path, cache_dir: Path):
        self.args = ["--corpus", str(folder)]
        self.cache_dir = cache_dir
        self.before = parse_json(self.run("export"))
        self.stats_before = parse_json(self.run("stats", "--json"))
        held = sorted((m for m in self.before["meetings"] if m["status"] == "held"),
                      key=lambda m: m["date"]["value"] or "")
        assert len(held) >= 4, "the articles no longer report four meetings held"
        self.held, self.named, self.named_as_coming, self.announced = held[0], *held[-3:]
        changes = {self.announced["id"]: {"upcoming": True},
                   self.named_as_coming["id"]: {"reported": False, "upcoming": True},
                   self.named["id"]: {"reported": False, "upcoming": False}}
        edit_stored_meetings(cache_dir, lambda data: {**data, **changes[data["id"]]} if data["id"] in changes else None)
        self.status = {m["id"]: m["status"] for m in self.before["meetings"]} | {
            self.announced["id"]: "upcoming", self.named_as_coming["id"]: "upcoming", self.named["id"]: "mentioned"}
        self.types = {m["id"]: m["type"] for m in self.before["meetings"]}

    def run(self, *args):
        return run([*args, *self.args], self.cache_dir)

    def type_column(self, meeting_id: str) -> str:
        """What the type column must say: the type, and whether it is to come or only named."""
        mark = {"held": "", "upcoming": " (upcoming)", "mentioned": " (mentioned)"}[self.status[meeting_id]]
        return self.types[meeting_id] + mark


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    folder = copy_articles(tmp_path_factory.mktemp("status") / "corpus", FILES)
    return Corpus(folder, tmp_path_factory.mktemp("status-cache"))


def plain_rows(out) -> dict[str, list[str]]:
    """Tab-separated lines by the id in them."""
    assert out.code == 0, f"{out}: exit {out.code}\n{out.stderr}"
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    return {next(f for f in row if f.startswith("m-")): row for row in rows}


def test_every_meeting_output_gives_the_status(corpus):
    export = parse_json(corpus.run("export"))
    assert_valid(export, "export", "export")
    assert {m["id"]: m["status"] for m in export["meetings"]} == corpus.status
    listed = parse_json(corpus.run("meetings", "--json"))
    assert {m["id"]: m["status"] for m in listed} == corpus.status
    shown = parse_json(corpus.run("show", corpus.announced["id"], "--json"))
    assert [m["status"] for m in shown] == ["upcoming"]
    hits = parse_json(corpus.run("search", corpus.announced["label"], "--kind", "meeting", "--json"))
    assert {h["id"]: h["record"]["status"] for h in hits}[corpus.announced["id"]] == "upcoming"
    assert_valid(hits, "json_array", "search")


def test_timeline_lists_upcoming_meetings_marked_and_mentioned_ones_only_with_all(corpus):
    default = plain_rows(corpus.run("timeline"))
    assert {corpus.announced["id"], corpus.named_as_coming["id"], corpus.held["id"]} <= set(default)
    assert not [i for i in default if corpus.status[i] == "mentioned"]
    everything = plain_rows(corpus.run("timeline", "--all"))
    assert set(everything) == set(corpus.status)
    assert {i: row[3] for i, row in everything.items()} == {i: corpus.type_column(i) for i in everything}
    items = parse_json(corpus.run("timeline", "--json"))
    assert {i["id"]: i["status"] for i in items}[corpus.announced["id"]] == "upcoming"
    assert_valid(items, "json_array", "timeline --json")


def test_meetings_listing_never_shows_an_upcoming_meeting_as_held(corpus):
    rows = plain_rows(corpus.run("meetings"))
    assert {i: row[2] for i, row in rows.items()} == {i: corpus.type_column(i) for i in corpus.status}
    screen = run_in_terminal(["meetings", *corpus.args], corpus.cache_dir)
    assert f"{corpus.announced['type']} (upcoming)" in screen.stdout


def test_show_says_the_status(corpus):
    for meeting, said in ((corpus.announced, "upcoming (announced or being prepared)"),
                          (corpus.held, "held (an article reports it)"),
                          (corpus.named, "mentioned (named in passing)")):
        out = corpus.run("show", meeting["id"])
        assert f"status\t{said}" in out.stdout.splitlines(), out


def test_stats_count_upcoming_and_mentioned_meetings_apart_from_held_ones(corpus):
    before, after = corpus.stats_before, parse_json(corpus.run("stats", "--json"))
    assert_valid(after, "stats", "stats --json")
    assert after["meetings_upcoming"] == before["meetings_upcoming"] + 2
    assert after["meetings_reported"] == before["meetings_reported"] - 3
    assert after["meetings_referenced"] == before["meetings_referenced"] + 1
    no_longer_held = Counter(year_of(m) for m in (corpus.announced, corpus.named_as_coming, corpus.named))
    assert after["per_year"] == {year: n - no_longer_held[year] for year, n in before["per_year"].items()
                                 if n > no_longer_held[year]}


def year_of(meeting: dict) -> str:
    value = meeting["date"]["value"]
    return value[:4] if value and not value.startswith("--") else "unknown"


def test_a_cache_written_before_the_status_existed_still_answers(tmp_path):
    folder = copy_articles(tmp_path / "corpus", FILES)
    args, cache_dir = ["--corpus", str(folder)], tmp_path / "cache"
    export = parse_json(run(["export", *args], cache_dir))
    edit_stored_meetings(cache_dir, lambda data: {k: v for k, v in data.items() if k not in ("upcoming", "status")})
    listed = parse_json(run(["meetings", "--json", *args], cache_dir))
    assert {m["id"]: (m["status"], m["upcoming"]) for m in listed} == {
        m["id"]: ("held" if m["reported"] else "mentioned", False) for m in export["meetings"]}
    stats = parse_json(run(["stats", "--json", *args], cache_dir))
    held = [m for m in listed if m["status"] == "held"]
    assert (stats["meetings_reported"], stats["meetings_upcoming"], stats["meetings_referenced"]) == (
        len(held), 0, len(listed) - len(held))
    assert sum(stats["per_year"].values()) == len(held)
