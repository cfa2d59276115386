"""One meeting named by several articles: each article keeps its own account of a meeting
it only names or announces (its source, its line, its ordinal), tied by ``same_as`` to the
record of the article that reports it; listings, searches, timelines and counts show
the meeting once. Articles in our own words."""

import pytest
from cli_runs import invoke, parse_json

REPORTED = """Khai mạc Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
Sáng 20/1/2026, tại Thủ đô Hà Nội, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đã long trọng khai mạc.
"""
PLENUM = ("Tỉnh ủy Lào Cai họp Hội nghị lần thứ năm\n"
          "Ngày 12/11/2025, Ban Chấp hành Đảng bộ tỉnh Lào Cai họp Hội nghị lần thứ năm, nhiệm kỳ 2025-2030. "
          "Đồng chí Phạm Minh Khoa, Bí thư Tỉnh ủy chủ trì hội nghị.\n"
          "Hội nghị thống nhất chuẩn bị chu đáo mọi mặt để chào mừng Đại hội đại biểu toàn quốc "
          "lần thứ XIV của Đảng.\n")
STANDING = ("Ban Thường vụ Tỉnh ủy Yên Bái họp phiên thường kỳ\n"
            "Chiều 3/12/2025, Ban Thường vụ Tỉnh ủy Yên Bái họp phiên thường kỳ tháng 12. "
            "Đồng chí Lò Thị Hạnh, Phó Bí thư Tỉnh ủy chủ trì.\n"
            "Ban Thường vụ yêu cầu các cấp ủy tổ chức tốt các hoạt động hướng tới Đại hội đại biểu toàn quốc "
            "lần thứ XIV của Đảng.\n")


def corpus(tmp_path, **articles):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def answer(folder, *args):
    as_json = [] if args[0] == "export" else ["--json"]  # export writes JSON alone
    return parse_json(invoke([*args, "--corpus", str(folder), *as_json], folder.parent / "cache"))


def congresses(records):
    return [m for m in records if m["type"] == "dai_hoi"]


@pytest.fixture()
def three(tmp_path):
    return corpus(tmp_path, a_reported=REPORTED, b_plenum=PLENUM, c_standing=STANDING)


def test_each_article_keeps_its_own_account_tied_to_the_reported_meeting(three):
    meetings = answer(three, "export")["meetings"]
    (reported,) = [m for m in congresses(meetings) if m["status"] == "held"]
    named = [m for m in congresses(meetings) if m["status"] != "held"]
    assert reported["source"]["file"] == "a_reported.txt" and reported["same_as"] is None
    assert sorted(m["source"]["file"] for m in named) == ["b_plenum.txt", "c_standing.txt"]
    assert all(m["same_as"] == reported["id"] and m["ordinal"] == 14 for m in named)


def test_listings_timelines_searches_and_counts_show_the_meeting_once(three):
    reported_id = next(m["id"] for m in congresses(answer(three, "export")["meetings"]) if m["status"] == "held")
    for listed in (answer(three, "meetings"), answer(three, "timeline", "--all"),
                   [h["record"] for h in answer(three, "search", "dai hoi XIV") if h["kind"] == "meeting"]):
        assert [m["id"] for m in congresses(listed)] == [reported_id]
    assert answer(three, "stats")["records"]["meeting"] == 3  # the congress, the plenum, the standing committee


def test_show_gives_every_article_that_names_the_meeting(three):
    reported_id = next(m["id"] for m in congresses(answer(three, "export")["meetings"]) if m["status"] == "held")
    places = invoke(["show", reported_id, "--corpus", str(three)], three.parent / "cache").stdout
    assert all(name in places for name in ("a_reported.txt", "b_plenum.txt:3", "c_standing.txt:3"))


def test_a_meeting_no_article_reports_is_shown_as_the_first_article_names_it(tmp_path):
    folder = corpus(tmp_path, b_plenum=PLENUM, c_standing=STANDING)
    named = congresses(answer(folder, "export")["meetings"])
    assert len(named) == 2 and len({m["same_as"] for m in named}) == 1
    listed = congresses(answer(folder, "timeline", "--all"))
    assert [m["source"]["file"] for m in listed] == ["b_plenum.txt"]


def test_a_standing_committee_meeting_in_regular_session_is_its_own_meeting(three):
    meetings = answer(three, "export")["meetings"]
    standing = [m for m in meetings if m["type"] == "hoi_nghi_btv"]
    assert [(m["source"]["file"], m["date"]["value"]) for m in standing] == [("c_standing.txt", "2025-12-03")]
    assert [p["name"] for p in standing[0]["people"]] == ["Lò Thị Hạnh"]


def test_a_congress_opens_the_term_it_is_held_in(three):
    (reported,) = [m for m in congresses(answer(three, "export")["meetings"]) if m["status"] == "held"]
    assert reported["term"] == "2026-2031"


def test_a_national_congress_named_by_its_number_is_placed_in_its_term(tmp_path):
    earlier = ("Tỉnh ủy Sơn La họp Hội nghị lần thứ 30\n"
               "Ngày 5/10/2015, Ban Chấp hành Đảng bộ tỉnh Sơn La họp Hội nghị lần thứ 30, khóa XIII để chuẩn bị "
               "cho Đại hội đại biểu toàn quốc lần thứ XII của Đảng.\n")
    folder = corpus(tmp_path, b_plenum=PLENUM, e_earlier=earlier)
    placed = {m["ordinal"]: (m["term"], m["date"]["value"], m["date"]["inferred"])
              for m in congresses(answer(folder, "export")["meetings"])}
    assert placed == {14: ("2026-2031", "2026", True), 12: ("2016-2021", "2016", True)}


def test_a_meeting_one_article_announces_is_shown_as_announced(tmp_path):
    named = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Lào Cai lần thứ sáu\n"
             "Ngày 2/12/2025, Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ tỉnh Lào Cai đánh giá kết quả tổ chức "
             "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.\n")
    folder = corpus(tmp_path, a_named=named, b_plenum=PLENUM)
    statuses = {m["source"]["file"]: m["status"] for m in congresses(answer(folder, "export")["meetings"])}
    assert statuses == {"a_named.txt": "mentioned", "b_plenum.txt": "upcoming"}
    assert [m["source"]["file"] for m in congresses(answer(folder, "timeline"))] == ["b_plenum.txt"]


def test_a_search_gives_the_meeting_once_within_its_limit(three):
    reported_id = next(m["id"] for m in congresses(answer(three, "export")["meetings"]) if m["status"] == "held")
    for limit in ("1", "5"):
        hits = answer(three, "search", "dai hoi XIV", "--kind", "meeting", "--limit", limit)
        assert [h["id"] for h in hits if h["record"]["type"] == "dai_hoi"] == [reported_id]


def test_filters_judge_a_meeting_by_the_record_shown_in_every_command(three):
    # the congress was held on 20/1/2026; the articles that only name it give it the year alone
    since = ("--since", "2026-02-01")
    assert congresses(answer(three, "meetings", *since)) == []
    assert congresses(answer(three, "timeline", "--all", *since)) == []
    assert answer(three, "stats", *since)["records"]["meeting"] == len(answer(three, "meetings", *since))


def test_show_finds_a_meeting_no_article_reports_by_any_of_its_ids(tmp_path):
    folder = corpus(tmp_path, b_plenum=PLENUM, c_standing=STANDING)
    named = congresses(answer(folder, "export")["meetings"])
    for wanted in (named[0]["id"], named[1]["id"], named[0]["same_as"]):
        shown = invoke(["show", wanted, "--corpus", str(folder)], folder.parent / "cache")
        assert shown.code == 0 and "b_plenum.txt:3" in shown.stdout and "c_standing.txt:3" in shown.stdout
