"""Results handed to the tools people already use: CSV for spreadsheets, JSON Lines,
FollowTheMoney entities and a relational SQLite file for archives, batch searches."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pytest
from cli_runs import invoke, parse_json

from nghiquyet.render import spreadsheet

SEEDS = Path(__file__).parent.parent / "seeds"
LISTED = [("search", "tran quoc to"), ("timeline",), ("timeline", "--person", "tran quoc to"), ("meetings",),
          ("people",), ("resolutions",), ("documents",)]


def nghiquyet(tmp_path: Path, *args: str, stdin: str | None = None):
    return invoke(args, tmp_path / "cache", stdin=stdin)


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.fixture()
def quoted_corpus(tmp_path) -> Path:
    """An article whose sentences hold commas and straight double quotes."""
    folder = tmp_path / "quoted"
    folder.mkdir()
    (folder / "bai.txt").write_text(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 9, khóa XVII\n\n"
        "Sáng 3/4/2022, đồng chí Đặng Quốc Khánh, Bí thư Tỉnh ủy chủ trì hội nghị. Hội nghị thảo luận "
        'chủ đề "Năm kỷ cương, kỷ luật" và phong trào "Dân vận khéo, vận động giỏi" của tỉnh.\n', encoding="utf-8")
    return folder


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
