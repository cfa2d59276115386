"""What a shell user meets: exit codes, terminal or pipe, colour, errors on stderr,
help with examples, and article text that never acts as markup or control codes."""

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runs import Run, invoke
from terminal import read_screen
from typer.testing import CliRunner

from nghiquyet import __version__
from nghiquyet.cli import app

HERE = Path(__file__).parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
COMMANDS = ["search", "timeline", "meetings", "people", "resolutions", "documents", "show", "stats",
            "export", "index", "cache"]


def run(*args, env=None, stdin=subprocess.DEVNULL):
    return subprocess.run([sys.executable, "-m", "nghiquyet", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, stdin=stdin, timeout=120)


def in_process(*args, env=None) -> Run:
    """``nghiquyet ARGS`` in this process (tests/cli_runs.py), over the test's own cache:
    for what the commands answer, where no real process is needed."""
    return invoke(args, Path(os.environ["NGHIQUYET_CACHE_DIR"]), env)


def run_in_terminal(*args, env=None, columns=100) -> str:
    """The output of a command whose stdout and stderr are a pseudo-terminal."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    environment = {**os.environ, "COLUMNS": str(columns), "TERM": "xterm-256color", **(env or {})}
    process = subprocess.Popen([sys.executable, "-m", "nghiquyet", *args], stdout=slave, stderr=slave,
                               stdin=subprocess.DEVNULL, env=environment)
    os.close(slave)
    screen = read_screen(master, process)
    process.wait(timeout=60)
    os.close(master)
    return screen.decode("utf-8", "replace")


@pytest.fixture()
def hostile_corpus(tmp_path):
    """An article whose text looks like Rich markup and terminal control codes."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "markup.txt").write_text(
        "Hội nghị Ban Thường vụ Tỉnh ủy Lạng Sơn lần thứ 7 [bold red]ĐỎ[/bold red]\n\n"
        "Sáng 5/3/2024, đồng chí Hoàng Văn Nghiệm, Bí thư Tỉnh ủy chủ trì hội nghị [link=http://x.invalid]bấm[/link]. "
        "Văn bản có \x1b[2J và \x1b]0;title\x07 chèn vào giữa.\n", encoding="utf-8")
    return folder


# -- exit status and errors --------------------------------------------------------------------

# One run of each exit status, and of each kind of usage error, as a process; the rest in
# this process (the same error handling and exit statuses, without starting a Python).
@pytest.mark.parametrize("args, code, how", [
    (["search", "tran quoc to"], 0, "process"),
    (["search", "xyzzy khong co gi"], 1, "process"),
    (["timeline"], 0, "in-process"),
    (["timeline", "--term", "2000-2005"], 1, "in-process"),
    (["people"], 0, "in-process"),
    (["search", "---"], 2, "in-process"),
    (["search", "a", "--kind", "thing"], 2, "in-process"),
    (["timeline", "--since", "2022", "--until", "2020"], 2, "in-process"),
    (["timeline", "--since", "31/02/2020"], 2, "in-process"),
    (["timeline", "--since", "soon"], 2, "in-process"),
    (["search", "a", "--corpus", "/no/such/folder"], 2, "process"),
    (["search", "a", "--frobnicate"], 2, "process"),
    (["show", "m-0000000000"], 2, "in-process"),
    (["people", "--sort", "height"], 2, "in-process"),
])
def test_exit_status_and_one_line_errors(args, code, how):
    if how == "process":
        done = run(*args)
        result = Run(tuple(args), done.returncode, done.stdout, done.stderr)
    else:
        result = in_process(*args)
    assert result.code == code, result.stderr
    if code == 2:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("nghiquyet: error: "), result.stderr
        assert "Traceback" not in result.stderr


def test_nothing_found_still_prints_an_empty_json_array():
    result = in_process("search", "xyzzy khong co gi", "--json")
    assert result.code == 1
    assert json.loads(result.stdout) == []


def test_nothing_found_is_said_to_a_person_and_not_to_a_script():
    assert "nothing matched" in run_in_terminal("search", "xyzzy khong co gi")
    piped = run("search", "xyzzy khong co gi")
    assert (piped.returncode, piped.stdout, piped.stderr) == (1, "", "")


def test_show_suggests_ids_and_takes_a_unique_prefix():
    export = json.loads(in_process("export").stdout)
    meeting = export["meetings"][0]["id"]
    assert in_process("show", meeting[:8]).code == 0
    result = in_process("show", meeting[:-1] + "z")
    assert result.code == 2 and "closest" in result.stderr
    several = in_process("show", "p", "--corpus", str(HERE / "data" / "articles"))
    count = int(re.search(r"error: (\d+) ids start with 'p': ", several.stderr)[1])
    assert several.code == 2 and count > several.stderr.count("p-") and several.stderr.rstrip().endswith("…")


def test_version_prints_without_loading_heavy_modules():
    probe = ("import sys, runpy\nsys.argv = ['nghiquyet', '--version']\n"
             "try:\n    runpy.run_module('nghiquyet', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('rapidfuzz', 'rich.console', 'sqlite3') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == [f"nghiquyet {__version__}", "[]"]


# -- pipes, terminals and colour ----------------------------------------------------------------

def test_piped_output_is_plain_tab_separated_with_iso_dates():
    result = run("timeline")
    assert not ANSI.search(result.stdout)
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(row) == len(rows[0]) for row in rows)
    assert all(re.fullmatch(r"~?\d{4}(-\d\d){0,2}|", row[1]) for row in rows)


@pytest.mark.parametrize(("text", "titles"), [
    # an office a career tells, dated before the meeting, was not held at it
    ("Chiều 16/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV bầu ông Lò Văn Tám giữ chức Bí thư Tỉnh ủy.\n"
     "Đầu năm 2019, ông Tám được điều động giữ chức Phó Bí thư Tỉnh ủy Sơn La.\n", ["Bí thư Tỉnh ủy"]),
    # ... but one also written beside the name at the meeting was
    ("Chiều 16/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV khai mạc. Dự có ông Lò Văn Tám, Phó Bí thư "
     "Tỉnh ủy.\nTháng 5/2020, ông Tám được bầu giữ chức Phó Bí thư Tỉnh ủy.\n", ["Phó Bí thư Tỉnh ủy"]),
])
def test_a_person_s_titles_at_a_meeting_are_those_held_there_not_a_career_told_before_it(tmp_path, text, titles):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    result = invoke(["timeline", "--corpus", str(corpus), "--person", "lo van tam", "--json"], tmp_path / "cache")
    (entry,) = json.loads(result.stdout)
    assert entry["person_titles"] == titles


def test_piped_search_names_each_record_before_the_words_it_matched():
    plain = in_process("search", "bi thu tinh uy", "--kind", "person").stdout  # not to a terminal: as piped
    piped = [line.split("\t") for line in plain.splitlines()]
    hits = json.loads(in_process("search", "bi thu tinh uy", "--kind", "person", "--json").stdout)
    assert len(hits) >= 2 and len({hit["label"] for hit in hits}) == len(hits)
    assert [row[2] for row in piped] == [hit["label"] for hit in hits]
    assert [row[3] for row in piped] == [hit["snippet"] for hit in hits]


def test_a_terminal_gets_a_coloured_table():
    screen = run_in_terminal("search", "tran quoc to")
    assert ANSI.search(screen)
    assert "score" in ANSI.sub("", screen) and "Trần Quốc Tỏ" in ANSI.sub("", screen)


@pytest.mark.parametrize("how", [{"env": {"NO_COLOR": "1"}}, {"env": {"TERM": "dumb"}},
                                 {"args": ["--color", "never"]}])
def test_no_colour_when_asked(how):
    screen = run_in_terminal("search", "tran quoc to", *how.get("args", []), env=how.get("env"))
    assert "Trần Quốc Tỏ" in screen
    assert not re.search(r"\x1b\[[0-9;]*m", screen)
    assert "score" in screen and "\t" not in screen  # still a table, as the README says, not piped lines


def test_json_mode_prints_nothing_but_json(tmp_path):
    bad = tmp_path / "corpus"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "good.txt").write_text((HERE.parent / "seeds" / "003_85784b2f5db949af.txt").read_text("utf-8"))
    for flag in ("--json", "--jsonl"):
        result = run("search", "tran quoc to", flag, "--corpus", str(bad))
        assert result.returncode == 0
        lines = result.stdout.splitlines()
        assert [json.loads(line) for line in lines] if flag == "--jsonl" else json.loads(result.stdout)
        assert "empty.txt" in result.stderr and "empty.txt" not in result.stdout


def test_a_closed_pipe_ends_quietly():
    shell = f"{sys.executable} -m nghiquyet search 'dai hoi' --limit 50 | head -1"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60)
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""


# -- article text is data ------------------------------------------------------------------------

def test_article_text_never_acts_as_markup_or_control_codes(hostile_corpus):
    for output in (run_in_terminal("search", "Hoàng Văn Nghiệm", "--corpus", str(hostile_corpus), columns=200),
                   run_in_terminal("search", "chèn vào giữa", "--corpus", str(hostile_corpus), columns=200),
                   run("search", "chèn vào giữa", "--corpus", str(hostile_corpus)).stdout,
                   run("export", "--corpus", str(hostile_corpus)).stdout):
        assert "\x1b[2J" not in output and "\x1b]0;" not in output and "\x07" not in output
    screen = run_in_terminal("search", "Lạng Sơn lần thứ 7", "--kind", "passage", "--corpus", str(hostile_corpus),
                             columns=250)
    assert "[bold red]ĐỎ[/bold red]" in ANSI.sub("", screen)
    passage = run_in_terminal("search", "bấm", "--corpus", str(hostile_corpus), columns=250)
    assert "[link=http://x.invalid]" in ANSI.sub("", passage)


# -- help and documentation ----------------------------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"nghiquyet {command}" in result.stdout.split("Example:")[1]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_wraps_at_the_terminal_not_where_the_source_broke_its_lines(command):
    # one command as a process, the others in this process (help is wrapped at $COLUMNS alike in both)
    described = (run if command == "search" else in_process)(command, "--help", env={"COLUMNS": "400"}).stdout
    (written,) = [c.help for c in app.registered_commands if c.callback.__name__ == command]
    paragraphs = [" ".join(p.split()) for p in written.split("\n\n")]
    lines = [" ".join(line.split()) for line in described.splitlines()]
    assert all(paragraph in lines for paragraph in paragraphs), described


@pytest.mark.parametrize("command, choices", [("meetings", "date (the default), label, term, type"),
                                              ("people", "name (the default), meetings, titles")])
def test_sort_help_names_its_choices(command, choices):
    assert choices in " ".join(in_process(command, "--help", env={"COLUMNS": "400"}).stdout.split())


def test_cli_reference_is_up_to_date():
    sys.path.insert(0, str(HERE.parent / "docs"))
    try:
        from make_cli_md import CLI_MD, render
    finally:
        sys.path.pop(0)
    assert CLI_MD.read_text(encoding="utf-8") == render(), "docs/cli.md is stale: run python docs/make_cli_md.py"


def test_cli_runner_keeps_stdout_and_stderr_apart(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "blank.txt").write_text("   \n")
    (corpus / "a.txt").write_text((HERE.parent / "seeds" / "002_edb04208f16d82c0.txt").read_text("utf-8"))
    result = CliRunner().invoke(app, ["people", "--json", "--corpus", str(corpus)])
    assert result.exit_code == 0
    assert [p["name"] for p in json.loads(result.stdout)] == ["Nguyễn Thanh Hải"]
    assert "blank.txt" in result.stderr
