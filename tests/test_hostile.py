"""Hostile input: nothing crashes, nothing is lost, nothing runs.

- a corpus of every encoding, line end and file-system oddity (``hostile_corpus``),
  read by every command through a pipe, as JSON and on a pseudo-terminal: each readable
  file's person and meeting survive, each file that cannot be read is named once on
  stderr with the reason, and no article text acts as Rich markup or a control code;
- a damaged index store (truncated, emptied, random bytes, another version, a damaged
  page) is rebuilt with a one-line warning; files that vanish after indexing are
  forgotten; Ctrl-C during indexing says so in one line, exits 130 and keeps the previous index; two
  indexers racing on one corpus both succeed;
- bad queries and options get a one-line error and exit 2, or a correct empty result
  and exit 1: never a traceback or exit 3;
- a property test: ``search --json`` prints a valid JSON array whatever the query.

Commands run as subprocesses (``python -m nghiquyet ...``), each with a cache folder of
its own; the property test runs in-process for speed. The unreadable-file case needs a
non-root user (root reads anything) and is skipped otherwise.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import hostile_corpus as hc
import pytest
from cli_runs import Run, assert_valid, environment, invoke, parse_json, parse_jsonl, run, run_in_terminal, validator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from terminal import read_screen
from typer.testing import CliRunner

from nghiquyet.cli import app

HERE = Path(__file__).parent
ROOT = HERE.parent
SEEDS = ROOT / "seeds"
GENERATE = ROOT / "bench" / "generate.py"
SEED_PERSON = "Trần Quốc Tỏ"  # in seeds/003_...
SGR = re.compile(r"\x1b\[[0-9;]*m")
ANY_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
RED = re.compile(r"\x1b\[(?:[0-9]+;)*(?:31|91)(?:;[0-9]+)*m")
WORKERS = max(2, min(6, (os.cpu_count() or 2) * 2))


# -- running the command line -------------------------------------------------------------------

def run_all(jobs: dict, cache_dir: Path) -> dict[str, Run]:
    """Every job (key -> (mode, args)): those in this process (mode ``in-process``) one
    after another, then the processes (``pipe``, ``terminal``) all at once; the index
    must already be built."""
    def one(job):
        mode, args = job
        return run_in_terminal(args, cache_dir) if mode == "terminal" else run(args, cache_dir)

    done = {key: invoke(args, cache_dir) for key, (mode, args) in jobs.items() if mode == "in-process"}
    processes = {key: job for key, job in jobs.items() if key not in done}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        done.update(zip(processes, pool.map(one, processes.values()), strict=True))
    return {key: done[key] for key in jobs}


def no_traceback(out: Run) -> None:
    for stream in (out.stdout, out.stderr):
        assert "Traceback" not in stream, f"{out}: traceback\n{stream[-3000:]}"
    assert "internal error" not in out.stderr, f"{out}: {out.stderr}"


def one_line_error(out: Run) -> None:
    no_traceback(out)
    assert out.code == 2, f"{out}: exit {out.code}, not 2\nstderr: {out.stderr[:500]}"
    lines = out.stderr_lines
    assert len(lines) == 1 and lines[0].startswith("nghiquyet: error: "), f"{out}: stderr {out.stderr[:500]!r}"
    assert out.stdout == "", f"{out}: stdout {out.stdout[:300]!r}"


def without_escapes(text: str) -> str:
    return ANY_ESCAPE.sub("", text)


def folded(text: str) -> str:
    """As typed without diacritics, lower case: Trần Quốc Tỏ -> tran quoc to."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").lower()


# ================================================================================================
# 1. A hostile corpus, read by every command
# ================================================================================================

@dataclass
class Hostile:
    corpus: hc.Corpus
    cache_dir: Path
    export: dict
    runs: dict[str, Run]
    meeting_id: str  # the meeting of the file full of markup and control codes

    def corpus_args(self) -> list[str]:
        return ["--corpus", str(self.corpus.root)]


def _hostile_jobs(person: str, meeting_id: str, corpus: list[str]) -> dict[str, tuple[str, list[str]]]:
    words = hc.HOSTILE_WORDS
    listings = ["timeline", "meetings", "people", "resolutions", "documents"]
    jobs: dict[str, tuple[str, list[str]]] = {}
    for mode in ("pipe", "json", "terminal"):
        fmt = ["--json"] if mode == "json" else []
        # JSON in this process: JSON Lines and the first export show it through a pipe
        channel = "in-process" if mode == "json" else mode
        jobs[f"{mode}:search:person"] = (channel, ["search", person, *fmt, *corpus])
        jobs[f"{mode}:search:passage"] = (channel, ["search", words, "--kind", "passage", *fmt, *corpus])
        for command in listings:
            jobs[f"{mode}:{command}"] = (channel, [command, *fmt, *corpus])
        jobs[f"{mode}:show"] = (channel, ["show", meeting_id, *fmt, *corpus])
        jobs[f"{mode}:stats"] = (channel, ["stats", *fmt, *corpus])
    jobs["jsonl:search:passage"] = ("pipe", ["search", words, "--kind", "passage", "--jsonl", *corpus])
    jobs["jsonl:show"] = ("pipe", ["show", meeting_id, "--jsonl", *corpus])
    jobs["pipe:index"] = ("pipe", ["index", *corpus])
    jobs["terminal:index"] = ("terminal", ["index", *corpus])
    return jobs


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Hostile:
    corpus = hc.build(tmp_path_factory.mktemp("hostile") / "corpus")
    cache_dir = tmp_path_factory.mktemp("cache-hostile")
    corpus_args = ["--corpus", str(corpus.root)]
    first = run(["export", *corpus_args], cache_dir)  # builds the index before the runs in parallel
    no_traceback(first)
    assert first.code == 0, f"{first}: exit {first.code}\n{first.stderr}"
    export = parse_json(first)
    markup = corpus.article("markup and control codes")
    meeting_id = next(m["id"] for m in export["meetings"] if m["source"]["file"] == markup.file)
    runs = run_all(_hostile_jobs(markup.person, meeting_id, corpus_args), cache_dir)
    runs["pipe:export"] = first
    return Hostile(corpus, cache_dir, export, runs, meeting_id)


HOSTILE_KEYS = sorted(_hostile_jobs("x", "m-x", [])) + ["pipe:export"]


@pytest.mark.parametrize("key", HOSTILE_KEYS)
def test_every_command_answers_over_the_hostile_corpus(hostile, key):
    out = hostile.runs[key]
    no_traceback(out)
    assert out.code == 0, f"{out}: exit {out.code}\n{out.stderr}"
    assert out.stdout.strip() or key.endswith(":index"), f"{out}: printed nothing"


@pytest.mark.parametrize("key", HOSTILE_KEYS)
def test_each_skipped_file_is_named_once_with_its_reason(hostile, key):
    out = hostile.runs[key]
    lines = out.stderr_lines
    for skipped in hostile.corpus.skipped:
        named = [line for line in lines if line.startswith(f"nghiquyet: skipped {skipped.file}: ")]
        assert len(named) == 1, f"{out}: {len(named)} lines name {skipped.file}\n{out.stderr}"
        assert skipped.reason in named[0].lower(), f"{out}: reason should say {skipped.reason!r}: {named[0]}"
    other = [line for line in lines if not line.startswith("nghiquyet: skipped ")
             and not (key.endswith(":index") and line.startswith("nghiquyet: indexed "))]
    assert not other, f"{out}: unexpected stderr lines {other}"
    skipped_lines = [line for line in lines if line.startswith("nghiquyet: skipped ")]
    assert len(skipped_lines) == len(hostile.corpus.skipped), f"{out}: {skipped_lines}"


@pytest.mark.parametrize("how", list(hc.PEOPLE))
def test_every_readable_file_keeps_its_person_and_meeting(hostile, how):
    article = hostile.corpus.article(how)
    export = hostile.export
    files = {f["file"]: f for f in export["files"]}
    assert files.get(article.file, {}).get("status") == "read", f"{how}: {files.get(article.file)}"
    names = [p["name"] for p in export["people"]]
    assert article.person in names, f"{how}: {article.person} not among {names}"
    meetings = [m for m in export["meetings"] if m["source"]["file"] == article.file]
    assert any(m["province"] == article.province and m["ordinal"] == article.ordinal and m["reported"]
               for m in meetings), f"{how}: no meeting lần thứ {article.ordinal} of {article.province}: {meetings}"
    person = next(p for p in export["people"] if p["name"] == article.person)
    meeting_ids = {m["id"] for m in meetings}
    assert {a["meeting_id"] for a in person["meetings"]} & meeting_ids, f"{how}: {person}"


@pytest.mark.parametrize("how", list(hc.PEOPLE))
def test_every_person_is_found_typed_without_diacritics(hostile, how):
    article = hostile.corpus.article(how)
    result = CliRunner().invoke(app, ["search", folded(article.person), "--kind", "person", "--json",
                                      *hostile.corpus_args()],
                                env={"NGHIQUYET_CACHE_DIR": str(hostile.cache_dir), "NGHIQUYET_CORPUS": None})
    assert result.exit_code == 0, f"{how}: exit {result.exit_code}\n{result.stderr}"
    hits = json.loads(result.stdout)
    assert hits and hits[0]["label"] == article.person, f"{how}: {[h['label'] for h in hits]}"


def test_the_export_and_stats_account_for_every_file(hostile):
    out = hostile.runs["json:stats"]
    stats = parse_json(out)
    assert_valid(stats, "stats", str(out))
    assert_valid(hostile.export, "export", "export of the hostile corpus")
    assert stats["files_read"] == len(hostile.corpus.articles), stats
    assert stats["files_skipped"] == len(hostile.corpus.skipped), stats["skipped"]
    assert sorted(s["file"] for s in stats["skipped"]) == sorted(s.file for s in hostile.corpus.skipped)
    for entry in stats["skipped"]:
        expected = next(s for s in hostile.corpus.skipped if s.file == entry["file"])
        assert expected.reason in entry["reason"].lower(), entry
    exported = {f["file"]: f["status"] for f in hostile.export["files"]}
    assert all(exported.get(a.file) == "read" for a in hostile.corpus.articles), exported
    assert stats["encodings"].get("windows-1258") == 1, stats["encodings"]


JSON_KEYS = [k for k in HOSTILE_KEYS if k.startswith(("json:", "jsonl:"))]


@pytest.mark.parametrize("key", JSON_KEYS)
def test_json_outputs_are_valid(hostile, key):
    out = hostile.runs[key]
    value = parse_jsonl(out) if key.startswith("jsonl:") else parse_json(out)
    if key == "json:stats":
        assert_valid(value, "stats", str(out))
        return
    assert isinstance(value, list) and value, f"{out}: {value!r:.300}"
    if key.startswith("json:"):
        assert_valid(value, "json_array", str(out))
    for item in value:
        assert_valid(item, "jsonl_line", str(out))
        if key.endswith(":show"):
            assert_valid(item, "show_output", str(out))


MARKUP_KEYS = [f"{mode}:{what}" for mode in ("pipe", "json", "terminal")
               for what in ("search:passage", "show", "people")]


@pytest.mark.parametrize("key", MARKUP_KEYS)
def test_markup_in_articles_and_file_names_stays_literal(hostile, key):
    out = hostile.runs[key]
    text = without_escapes(out.stdout)
    if key.endswith(":people"):  # the file "[bold red]tên tệp[/bold red].txt" is where one was first seen
        assert "[bold red]tên tệp[/bold red].txt" in text, f"{out}: file name not shown as written\n{text[:2000]}"
    else:
        assert hc.MARKUP in text, f"{out}: {hc.MARKUP} not shown as written\n{text[:2000]}"
    if key.endswith(":search:passage"):
        assert hc.LINK_MARKUP in text, f"{out}: {hc.LINK_MARKUP} not shown as written"
    assert not RED.search(out.stdout), f"{out}: article text turned red"
    assert "\x1b]8;" not in out.stdout, f"{out}: article text became a hyperlink"


@pytest.mark.parametrize("key", HOSTILE_KEYS)
def test_no_control_code_from_an_article_reaches_stdout(hostile, key):
    out = hostile.runs[key]
    for code in (hc.CLEAR_SCREEN, hc.BELL, "\x1b]0;", hc.CSI_8BIT, "\x00"):
        assert code not in out.stdout, f"{out}: {code!r} on stdout"
    if out.mode in ("pipe", "in-process"):
        assert "\x1b" not in out.stdout, f"{out}: escape character on stdout"
    else:
        assert only_colour_escapes(out.stdout), f"{out}: escape sequences other than colours on stdout"
    for code in (hc.CLEAR_SCREEN, hc.BELL, "\x1b]", hc.CSI_8BIT):
        assert code not in out.stderr, f"{out}: {code!r} on stderr"


def only_colour_escapes(stdout: str) -> bool:
    """Every escape sequence is a colour (SGR) or Rich's cursor show/hide."""
    rest = re.sub(r"\x1b\[[0-9;]*m|\x1b\[\?25[hl]", "", stdout)
    return "\x1b" not in rest


def test_no_bidi_override_from_an_article_reaches_stdout(hostile):
    leaking = [str(out) for out in hostile.runs.values() if hc.RIGHT_TO_LEFT_OVERRIDE in out.stdout]
    assert not leaking, f"U+202E printed raw by: {leaking}"


@pytest.fixture(scope="module")
def unreadable(tmp_path_factory):
    if os.geteuid() == 0:
        pytest.skip("root can read a file without read permission")
    corpus = hc.build(tmp_path_factory.mktemp("unreadable") / "corpus", unreadable=True)
    return corpus, tmp_path_factory.mktemp("cache-unreadable")


def test_an_unreadable_file_is_skipped_and_the_rest_answers(unreadable):
    corpus, cache_dir = unreadable
    out = run(["export", "--corpus", str(corpus.root)], cache_dir)
    no_traceback(out)
    assert out.code == 0
    named = [line for line in out.stderr_lines if line.startswith("nghiquyet: skipped unreadable.txt: ")]
    assert len(named) == 1 and "permission" in named[0], out.stderr
    names = {p["name"] for p in parse_json(out)["people"]}
    assert {a.person for a in corpus.articles} <= names


def test_a_fifo_and_a_device_in_the_corpus_are_skipped_not_read(tmp_path):
    """Reading either would never end: a FIFO blocks, /dev/zero has no end."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(hc.article_text("Hoàng Văn Nghiệm", "Lạng Sơn", 31), encoding="utf-8")
    os.mkfifo(corpus / "fifo.txt")
    os.symlink("/dev/zero", corpus / "zero.txt")
    out = run(["people", "--json", "--corpus", str(corpus)], tmp_path / "cache", timeout=60)
    no_traceback(out)
    assert out.code == 0, out.stderr
    assert [p["name"] for p in parse_json(out)] == ["Hoàng Văn Nghiệm"]
    for name in ("fifo.txt", "zero.txt"):
        named = [line for line in out.stderr_lines if line.startswith(f"nghiquyet: skipped {name}: ")]
        assert len(named) == 1, out.stderr


@pytest.fixture(scope="module")
def control_file_names(tmp_path_factory):
    """An article whose file name holds escape codes, and an empty file likewise named."""
    corpus = tmp_path_factory.mktemp("control-names") / "corpus"
    corpus.mkdir()
    (corpus / "evil\x1b[2J\x07name.txt").write_text(hc.article_text("Hà Văn Tên", "Thanh Hóa", 50), "utf-8")
    (corpus / "empty\x1b]0;pwned\x07.txt").write_bytes(b"")
    cache_dir = tmp_path_factory.mktemp("cache-control-names")
    args = ["--corpus", str(corpus)]
    return [run(["people", *args], cache_dir), run(["search", "ha van ten", *args], cache_dir),
            run_in_terminal(["people", *args], cache_dir), run_in_terminal(["search", "ha van ten", *args], cache_dir)]


def test_file_names_with_control_codes_still_answer(control_file_names):
    for out in control_file_names:
        no_traceback(out)
        assert out.code == 0, f"{out}: {out.stderr}"
        assert "Hà Văn Tên" in without_escapes(out.stdout), out


def test_control_codes_in_file_names_never_reach_the_terminal(control_file_names):
    for out in control_file_names:
        for code in (hc.CLEAR_SCREEN, hc.BELL, "\x1b]0;"):
            assert code not in out.stdout, f"{out}: {code!r} on stdout"
            assert code not in out.stderr, f"{out}: {code!r} on stderr"


# ================================================================================================
# 2. Damaged state
# ================================================================================================

@dataclass
class SmallIndex:
    corpus: Path
    store_name: str
    good: bytes  # the store's bytes after indexing
    answer: str  # what ``search SEED_PERSON --json`` printed
    answers: dict[str, str]  # what each of ANSWERED printed


@pytest.fixture(scope="module")
def small_index(tmp_path_factory) -> SmallIndex:
    corpus = tmp_path_factory.mktemp("small") / "seeds"
    shutil.copytree(SEEDS, corpus)
    cache_dir = tmp_path_factory.mktemp("cache-small")
    built = run(["index", "--corpus", str(corpus)], cache_dir)
    assert built.code == 0, built.stderr
    answer = run(["search", folded(SEED_PERSON), "--json", "--corpus", str(corpus)], cache_dir)
    assert answer.code == 0 and answer.stderr == "", answer.stderr
    stores = [p for p in cache_dir.glob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal"))]
    assert len(stores) == 1, f"expected one store file in {cache_dir}: {sorted(p.name for p in cache_dir.iterdir())}"
    good = stores[0].read_bytes()
    answers = {" ".join(c): run([*c, "--corpus", str(corpus)], cache_dir).stdout for c in ANSWERED}
    return SmallIndex(corpus, stores[0].name, good, answer.stdout, answers)


ANSWERED = [["export"], ["people", "--json"], ["timeline", "--jsonl"]]


def _overwrite_page_of(path: Path, table: str) -> None:
    """Random bytes over the first page of ``table``: the file still opens, the table
    cannot be read."""
    db = sqlite3.connect(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    db.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(os.urandom(page_size))


def _set_meta(path: Path, key: str, value: str) -> None:
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    db.close()


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        db.execute("INSERT INTO moz_places (url) VALUES ('https://example.invalid')")
    db.close()


DAMAGES = {
    "truncated to half": lambda p: os.truncate(p, p.stat().st_size // 2),
    "truncated to its first 100 bytes": lambda p: os.truncate(p, 100),
    "zero bytes": lambda p: os.truncate(p, 0),
    "random bytes": lambda p: p.write_bytes(os.urandom(64 * 1024)),
    "another tool version": lambda p: _set_meta(p, "tool", "0.0.1"),
    "another store format": lambda p: _set_meta(p, "schema", "0"),
    "some other program's SQLite file": _foreign_sqlite,
    "a damaged page in the records table": lambda p: _overwrite_page_of(p, "records"),
}
# The store is the library's and so is its rebuild: one damage is met by processes, as a
# user meets it, the others in this process (the same warning line, a tenth of the time).
AS_PROCESS_DAMAGE = "random bytes"


def run_over_damage(damage: str, args, cache_dir: Path) -> Run:
    return (run if damage == AS_PROCESS_DAMAGE else invoke)(args, cache_dir)


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_store_is_rebuilt_with_one_warning(small_index, damage, tmp_path):
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    store = cache_dir / small_index.store_name
    store.write_bytes(small_index.good)
    DAMAGES[damage](store)
    args = ["search", folded(SEED_PERSON), "--json", "--corpus", str(small_index.corpus)]
    out = run_over_damage(damage, args, cache_dir)
    no_traceback(out)
    assert out.code == 0, f"{damage}: exit {out.code}\n{out.stderr}"
    assert out.stdout == small_index.answer, f"{damage}: another answer after the rebuild"
    warnings = out.stderr_lines
    assert len(warnings) == 1 and warnings[0].startswith("nghiquyet: warning: ") and "rebuild" in warnings[0], \
        f"{damage}: expected one warning line about the rebuild, got {warnings}"
    again = run_over_damage(damage, args, cache_dir)
    assert (again.code, again.stdout, again.stderr) == (0, small_index.answer, ""), \
        f"{damage}: the rebuilt store is not usable: {again.stderr}"


@pytest.mark.parametrize("damage", ["a damaged page in the records table", "random bytes"])
@pytest.mark.parametrize("command", ANSWERED, ids=" ".join)
def test_a_damaged_store_never_costs_the_answer(small_index, damage, command, tmp_path):
    """Whatever the warnings, the command prints its whole answer once, as valid JSON."""
    args = [*command, "--corpus", str(small_index.corpus)]
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    store = cache_dir / small_index.store_name
    store.write_bytes(small_index.good)
    DAMAGES[damage](store)
    out = run_over_damage(damage, args, cache_dir)
    no_traceback(out)
    assert out.code == 0, out.stderr
    assert out.stdout == small_index.answers[" ".join(command)], f"{out}: not the answer of the index undamaged"
    assert 1 <= len(out.stderr_lines) <= 2 and all(line.startswith("nghiquyet: warning: ")
                                                   for line in out.stderr_lines), out.stderr


# -- files that vanish or change after indexing ---------------------------------------------------

VICTIM = ("Hoàng Văn Nghiệm", "Lạng Sơn", 31)
SURVIVOR = ("Lương Thị Huyền Trang", "Hà Giang", 32)

CHANGES = {
    "deleted": (lambda p: p.unlink(), None),
    "emptied": (lambda p: p.write_bytes(b""), "empty"),
    "made binary": (lambda p: p.write_bytes(b"\x00\x01\x02\xff" * 4096), "binary"),
    "replaced by a broken link": (lambda p: (p.unlink(), os.symlink("gone.txt", p)), "broken"),
    "replaced by a link loop": (lambda p: (p.unlink(), os.symlink(p.name, p)), "loop"),
    "replaced by a folder": (lambda p: (p.unlink(), p.mkdir()), None),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_file_gone_after_indexing_takes_only_its_own_facts(change, tmp_path):
    """Indexed, then asked by four processes at once, for one change; in this process for
    the others (forgetting a file is the library's)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "victim.txt").write_text(hc.article_text(*VICTIM), encoding="utf-8")
    (corpus / "survivor.txt").write_text(hc.article_text(*SURVIVOR), encoding="utf-8")
    cache_dir = tmp_path / "cache"
    args = ["--corpus", str(corpus)]
    how = "pipe" if change == "deleted" else "in-process"
    before = (run if how == "pipe" else invoke)(["export", *args], cache_dir)
    assert before.code == 0 and {p["name"] for p in parse_json(before)["people"]} == {VICTIM[0], SURVIVOR[0]}
    victim_ids = {r["id"] for section in ("meetings", "people", "resolutions", "documents")
                  for r in parse_json(before)[section] if r["source"]["file"] == "victim.txt"}

    alter, reason = CHANGES[change]
    alter(corpus / "victim.txt")

    gone, kept, after, shown = run_all({
        "gone": (how, ["search", folded(VICTIM[0]), "--json", *args]),
        "kept": (how, ["search", folded(SURVIVOR[0]), "--json", *args]),
        "after": (how, ["export", *args]),
        "shown": (how, ["show", sorted(victim_ids)[0], *args])}, cache_dir).values()
    for out in (gone, kept, after, shown):
        no_traceback(out)
        assert not any("warning" in line for line in out.stderr_lines), f"{out}: {out.stderr}"
        skipped = [line for line in out.stderr_lines if line.startswith("nghiquyet: skipped ")]
        if reason:
            assert len(skipped) == 1 and "victim.txt" in skipped[0] and reason in skipped[0].lower(), \
                f"{change}: {out}: {out.stderr}"
        else:
            assert not skipped, f"{change}: {out}: {out.stderr}"
    assert gone.code in (0, 1)
    assert not [h for h in parse_json(gone) if h["label"] == VICTIM[0] or h["source"]["file"] == "victim.txt"], \
        f"{change}: the vanished file still answers"
    assert kept.code == 0 and parse_json(kept)[0]["label"] == SURVIVOR[0]
    export = parse_json(after)
    assert after.code == 0
    assert {p["name"] for p in export["people"]} == {SURVIVOR[0]}
    assert all(r["source"]["file"] != "victim.txt" for s in ("meetings", "resolutions", "documents")
               for r in export[s])
    assert shown.code == 2 and shown.stderr_lines[-1].startswith("nghiquyet: error: no record"), shown.stderr


# -- Ctrl-C and racing indexers ------------------------------------------------------------------

def _generate(count: int, folder: Path) -> Path:
    subprocess.run([sys.executable, str(GENERATE), str(count), str(folder)], check=True, capture_output=True,
                   timeout=300)
    return folder


@pytest.fixture(scope="module")
def generated_3000(tmp_path_factory) -> Path:
    return _generate(3000, tmp_path_factory.mktemp("generated-3000") / "articles")


@pytest.fixture(scope="module")
def generated_60(tmp_path_factory) -> Path:
    return _generate(60, tmp_path_factory.mktemp("generated-60") / "articles")


@pytest.fixture(scope="module")
def generated_1000(tmp_path_factory) -> Path:
    return _generate(1000, tmp_path_factory.mktemp("generated-1000") / "articles")


def _integrity(store: Path) -> str:
    db = sqlite3.connect(store)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def _interrupt(args, cache_dir: Path, whom: str, after: float = 1.0) -> Run:
    """Start ``nghiquyet ARGS``, press Ctrl-C after ``after`` seconds. ``whom``: SIGINT
    to the process alone, or (``terminal``) what a terminal's Ctrl-C does: SIGINT to the
    whole process group, worker processes included, with stdout and stderr on a
    pseudo-terminal so that the progress bar is drawing."""
    env = environment(cache_dir, {"COLUMNS": "100", "TERM": "xterm-256color"})
    command = [sys.executable, "-m", "nghiquyet", *args]
    if whom == "terminal":
        master, slave = pty.openpty()
        process = subprocess.Popen(command, stdout=slave, stderr=slave, stdin=subprocess.DEVNULL, env=env,
                                   start_new_session=True, cwd=str(cache_dir.parent))
        os.close(slave)
    else:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   stdin=subprocess.DEVNULL, env=env, start_new_session=True,
                                   cwd=str(cache_dir.parent))
    time.sleep(after)
    assert process.poll() is None, "indexing ended before Ctrl-C: give it more articles"
    if whom == "process":
        os.kill(process.pid, signal.SIGINT)
    else:
        os.killpg(process.pid, signal.SIGINT)
    if whom == "terminal":
        screen = read_screen(master, process).decode("utf-8", "backslashreplace")
        _end_or_fail(process, lambda: process.wait(timeout=5))
        os.close(master)
        return Run(tuple(args), process.returncode, screen, screen, mode="terminal")
    stdout, stderr = _end_or_fail(process, lambda: process.communicate(timeout=120))
    return Run(tuple(args), process.returncode, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"))


def _end_or_fail(process: subprocess.Popen, wait):
    """What ``wait`` returns; a process that hangs after Ctrl-C is killed, with its
    workers, and the test fails."""
    try:
        return wait()
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        pytest.fail("nghiquyet was still running two minutes after Ctrl-C")


@pytest.mark.parametrize("whom", ["process", "terminal"])
def test_ctrl_c_while_indexing_exits_130_and_keeps_the_previous_index(generated_3000, whom, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    cache_dir = tmp_path / "cache"
    args = ["--corpus", str(corpus)]
    assert run(["index", *args], cache_dir).code == 0
    question = ["search", folded(SEED_PERSON), "--json", *args]
    answer = run(question, cache_dir).stdout
    (store,) = [p for p in cache_dir.glob("*.sqlite")]

    shutil.copytree(generated_3000, corpus / "generated")
    out = _interrupt(["index", *args], cache_dir, whom)
    assert out.code == 130, f"Ctrl-C ({whom}): exit {out.code}\n{out.stderr[-3000:]}"
    no_traceback(out)
    if whom == "terminal" and "\x1b[?25l" in out.stdout:  # the progress bar hid the cursor: shown again
        assert out.stdout.rfind("\x1b[?25h") > out.stdout.rfind("\x1b[?25l"), "cursor left hidden"
    assert _integrity(store) == "ok"

    shutil.rmtree(corpus / "generated")  # the corpus as it was indexed
    again = run(["index", *args], cache_dir)
    assert again.code == 0, again.stderr
    assert again.stderr_lines and "(0 read, 5 unchanged, 0 removed, 0 skipped)" in again.stderr_lines[-1], \
        f"the previous index was not kept whole: {again.stderr}"
    assert not [line for line in again.stderr_lines if "warning" in line], again.stderr
    out = run(question, cache_dir)
    assert (out.code, out.stderr) == (0, ""), out.stderr
    assert out.stdout == answer


def test_ctrl_c_says_so_in_one_line(generated_3000, tmp_path):
    """Ctrl-C once the indexer has made its store (seen in the cache folder), not after a
    guessed delay: the indexer is then reading the 3,000 articles."""
    cache_dir = tmp_path / "cache"
    process = subprocess.Popen([sys.executable, "-m", "nghiquyet", "index", "--corpus", str(generated_3000)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                               env=environment(cache_dir), start_new_session=True, cwd=str(tmp_path))
    deadline = time.monotonic() + 120
    while not list(cache_dir.glob("*.sqlite")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)  # a poll for the store, not a wait for the indexer to get somewhere
    assert process.poll() is None, "indexing ended before Ctrl-C"
    os.kill(process.pid, signal.SIGINT)
    stdout, stderr = _end_or_fail(process, lambda: process.communicate(timeout=120))
    assert process.returncode == 130
    assert (stdout, stderr.decode()) == (b"", "nghiquyet: interrupted\n")


def _together(args, cache_dir: Path, count: int) -> list[Run]:
    """``count`` runs of ``nghiquyet ARGS`` started at once on one cache."""
    processes = [subprocess.Popen([sys.executable, "-m", "nghiquyet", *args], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=environment(cache_dir),
                                  cwd=str(cache_dir.parent)) for _ in range(count)]
    outputs = [process.communicate(timeout=300) for process in processes]
    return [Run(tuple(args), process.returncode, stdout.decode(), stderr.decode())
            for process, (stdout, stderr) in zip(processes, outputs, strict=True)]


def test_two_indexers_racing_on_one_corpus_both_finish(generated_1000, tmp_path):
    cache_dir = tmp_path / "cache"
    for out in _together(["index", "--corpus", str(generated_1000)], cache_dir, 2):
        no_traceback(out)
        assert out.code == 0, f"{out}: exit {out.code}\n{out.stderr}"
        assert len(out.stderr_lines) == 1 and out.stderr_lines[0].startswith("nghiquyet: indexed 1000 files"), \
            out.stderr
    stats = run(["stats", "--json", "--corpus", str(generated_1000)], cache_dir)
    assert (stats.code, stats.stderr) == (0, ""), stats.stderr
    data = parse_json(stats)
    assert (data["files_read"], data["files_skipped"]) == (1000, 0)
    (store,) = cache_dir.glob("*.sqlite")
    assert _integrity(store) == "ok"


@pytest.mark.parametrize("attempt", range(5))
def test_runs_started_together_on_a_new_cache_all_answer(generated_60, tmp_path, attempt):
    """Whichever run makes the store, the others never find it half made (and take it
    for a damaged one, or remove it under the first)."""
    cache_dir = tmp_path / "cache"
    for out in _together(["stats", "--json", "--corpus", str(generated_60)], cache_dir, 3):
        assert (out.code, out.stderr) == (0, ""), f"{out}: exit {out.code}\n{out.stderr}"
        assert parse_json(out)["files_read"] == 60
    (store,) = cache_dir.glob("*.sqlite")
    assert _integrity(store) == "ok" and not list(cache_dir.glob("*.new"))


# ================================================================================================
# 3. Bad queries and options
# ================================================================================================

NO_SUCH = "/no/such/folder"
# (id, args, expected): "error" exit 2 with one line; "empty" exit 1 and []; "found" exit 0
# with Trần Quốc Tỏ first; "sound" exit 0 or 1 with a valid answer, or a one-line error.
BAD = [
    ("empty query", ["search", ""], "error"),
    ("blank query", ["search", "   \t "], "error"),
    ("punctuation only", ["search", "!!! ... ,,, ??? ;;"], "error"),
    *[(f"only {c!r}", ["search", "--", c], "error") for c in ["'", '"', "%", "*", "(", "^", "-", ":", "\\"]],
    ("fts metacharacters only", ["search", "--", "\"'%*(^-:)+{}"], "error"),
    ("10,000 characters of words", ["search", ("tran quoc to " * 800)[:10_000]], "error"),
    ("10,000 characters one word", ["search", "a" * 10_000], "empty"),
    ("10,000 characters after a name", ["search", "tran quoc to " + "x" * 9_987], "empty"),
    *[(f"bare {w}", ["search", w], "empty") for w in ["NEAR", "OR", "AND", "NOT"]],
    ("trailing quote", ["search", "tran quoc to'"], "found"),
    ("unbalanced double quote", ["search", '"tran quoc to'], "found"),
    ("percent signs", ["search", "tran% quoc% to%"], "found"),
    ("stars", ["search", "tran* quoc* to*"], "found"),
    ("parenthesis", ["search", "(tran quoc to"], "found"),
    ("caret", ["search", "^tran quoc to"], "found"),
    ("colons", ["search", "tran:quoc:to"], "found"),
    ("dashes", ["search", "tran-quoc-to"], "found"),
    ("leading dash", ["search", "--", "-tran quoc to"], "found"),
    ("backslashes", ["search", "tran\\ quoc\\ to"], "found"),
    ("NEAR group", ["search", "NEAR(tran quoc, 2)"], "sound"),
    ("OR", ["search", "tran OR quoc"], "sound"),
    ("AND NOT", ["search", "tran AND quoc NOT to"], "sound"),
    ("column filter", ["search", "folded: tran"], "sound"),
    ("sql injection", ["search", "'; DROP TABLE records; --"], "sound"),
    ("regex", ["search", "(?i)^tr[aầ]n.*$"], "sound"),
    ("timeline query of punctuation", ["timeline", "--", "'\"*(-"], "error"),
    ("timeline query of 10,000 characters", ["timeline", "x" * 10_000], "empty"),
    ("person of punctuation", ["people", "--person", "'\"*("], "error"),
    ("resolution of punctuation", ["meetings", "--resolution", "%%%"], "error"),
    ("person with fts syntax", ["timeline", "--person", "tran* OR NEAR(quoc"], "sound"),
    ("unknown kind", ["search", "tran quoc to", "--kind", "thing"], "error"),
    ("empty kind", ["search", "tran quoc to", "--kind", ""], "error"),
    ("kind with sql", ["search", "tran quoc to", "--kind", "person' OR '1'='1"], "error"),
    ("kind for the wrong listing", ["meetings", "--kind", "person"], "error"),
    ("since after until", ["timeline", "--since", "2022", "--until", "2020"], "error"),
    ("since after until by a month", ["search", "tran quoc to", "--since", "2022-05", "--until", "2022-01"],
     "error"),
    ("since after until by a day", ["meetings", "--since", "2021-06-02", "--until", "2021-06-01"], "error"),
    ("since a word", ["timeline", "--since", "soon"], "error"),
    ("until month 13", ["timeline", "--until", "2020-13-01"], "error"),
    ("since 31 February", ["people", "--since", "31/02/2020"], "error"),
    ("since a huge year", ["timeline", "--since", "99999999999999999999"], "error"),
    ("since with sql", ["timeline", "--since", "2020' OR 1=1 --"], "error"),
    ("empty since", ["timeline", "--since", ""], "error"),
    ("empty until", ["timeline", "--until", ""], "error"),
    ("empty term", ["timeline", "--term", ""], "error"),
    ("reversed term", ["timeline", "--term", "2025-2020"], "error"),
    ("term a word", ["meetings", "--term", "abc"], "error"),
    ("limit zero", ["search", "tran quoc to", "--limit", "0"], "error"),
    ("limit a word", ["search", "tran quoc to", "--limit", "many"], "error"),
    ("json and jsonl", ["search", "tran quoc to", "--jsonl"], "error"),
    ("unknown sort", ["people", "--sort", "'; DROP"], "error"),
    ("unknown colour", ["people", "--color", "rainbow"], "error"),
    *[(f"missing corpus for {c[0]}", [*c, "--corpus", NO_SUCH], "error")
      for c in (["search", "tran"], ["timeline"], ["meetings"], ["people"], ["resolutions"], ["documents"],
                ["show", "m-0000000000"], ["stats"], ["export"], ["index"])],
    ("missing corpus in the environment", ["people", "--env", f"NGHIQUYET_CORPUS={NO_SUCH}"], "error"),
    ("empty id", ["show", ""], "error"),
    ("id with sql", ["show", "'; DROP TABLE records; --"], "error"),
    ("id of wildcards", ["show", "%"], "error"),
    ("id of 10,000 characters", ["show", "m-" + "0" * 9_998], "error"),
    ("invalid utf-8 in a query", ["search", "tran quoc to \udcff"], "found"),
    ("invalid utf-8 in a query on a terminal", ["search", "tran quoc to \udcff", "--terminal"], "found"),
    ("invalid utf-8 in an id", ["show", "m-\udcff"], "error"),
]
FORMATLESS = {"export", "index"}


# Run as real processes (the rest in-process, which is ten times faster): a sample of
# each kind of error, and what needs real argv bytes or a terminal.
AS_PROCESS = {"empty query", "only '\"'", "10,000 characters of words", "stars", "unknown kind",
              "since after until", "since a word", "missing corpus for search", "missing corpus in the environment",
              "invalid utf-8 in a query", "invalid utf-8 in a query on a terminal", "invalid utf-8 in an id"}


@pytest.fixture(scope="module")
def bad_runs(tmp_path_factory) -> dict[str, Run]:
    """Every bad query or option run once over the bundled seeds."""
    cache_dir = tmp_path_factory.mktemp("cache-bad")
    assert run(["index"], cache_dir).code == 0
    prepared = {}
    for name, args, _ in BAD:
        args = list(args)
        env = {}
        if "--env" in args:
            at = args.index("--env")
            key, value = args[at + 1].split("=", 1)
            env[key] = value
            del args[at:at + 2]
        terminal = "--terminal" in args
        if terminal:
            args.remove("--terminal")
        elif args[0] not in FORMATLESS:  # --json before a "--" that ends the options
            args.insert(args.index("--") if "--" in args else 1, "--json")
        prepared[name] = ("terminal" if terminal else "process" if name in AS_PROCESS else "in-process", args, env)

    def one(name):
        how, args, env = prepared[name]
        if how == "terminal":
            return run_in_terminal(args, cache_dir, columns=120, env=env)
        return run(args, cache_dir, env=env)

    processes = [name for name, (how, _, _) in prepared.items() if how != "in-process"]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        runs = dict(zip(processes, pool.map(one, processes), strict=True))
    for name, (how, args, env) in prepared.items():
        if how == "in-process":
            runs[name] = invoke(args, cache_dir, env)
    return runs


@pytest.mark.parametrize("name, expected", [pytest.param(name, expected, id=name) for name, _, expected in BAD])
def test_bad_queries_and_options(bad_runs, name, expected):
    out = bad_runs[name]
    no_traceback(out)
    assert out.code != 3, f"{out}: internal error\n{out.stderr}"
    if expected == "error" or (expected == "sound" and out.code == 2):
        one_line_error(out)
        return
    if out.mode == "terminal":
        assert out.code == 0 and SEED_PERSON in without_escapes(out.stdout), f"{out}: {out.stderr}"
        return
    assert out.stderr == "", f"{out}: {out.stderr}"
    hits = parse_json(out)
    assert_valid(hits, "json_array", str(out))
    if expected == "empty":
        assert (out.code, hits) == (1, []), f"{out}: exit {out.code}, {len(hits)} hits"
    elif expected == "found":
        assert out.code == 0 and hits and hits[0]["label"] == SEED_PERSON, \
            f"{out}: exit {out.code}, {[h['label'] for h in hits[:3]]}"
    else:
        assert out.code == (0 if hits else 1), f"{out}: exit {out.code} with {len(hits)} hits"


def test_hostile_queries_leave_the_index_whole(tmp_path):
    env = {"NGHIQUYET_CACHE_DIR": str(tmp_path / "cache"), "NGHIQUYET_CORPUS": None}
    runner = CliRunner()
    for query in ["'; DROP TABLE records; --", "x\"); DELETE FROM records; --", "* OR 1=1", "NEAR(a b)"]:
        result = runner.invoke(app, ["search", "--json", "--", query], env=env)
        assert result.exit_code in (0, 1, 2), result.output
    result = runner.invoke(app, ["search", folded(SEED_PERSON), "--json"], env=env)
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["label"] == SEED_PERSON


# ================================================================================================
# 4. search --json holds whatever the query
# ================================================================================================

QUERY_WORDS = ["tran", "quốc", "Tỏ", "TRẦN", "đảng bộ", "dang bo", "BCH", "BTV", "UBND", "HĐND", "TƯ", "khoá",
               "khóa XX", "lần thứ hai mươi", "XIX", "20", "nghị quyết", "NQ", "uỷ", "hoà", "Thái Nguyên",
               "NEAR", "OR", "AND", "NOT", "NEAR(", "folded:", "records", "rowid", "MATCH", "NULL", "\u0301",
               "\u202e", "\u200b", "\ufeff", "ǅ", "ﬁ", "ß", "İ", "١٢", "²", "Ⅻ", "🇻🇳", "x" * 300]
PUNCTUATION = list("'\"%*()^-:+{}[]\\/.,;!?@#$&|~`<>=_\t\n") + ["--", "''", '""', "\\x", "\u00a0", "\u3000"]
QUERY_OPTIONS = [[], [], ["--kind", "person"], ["--kind", "meeting"], ["--kind", "passage"],
                 ["--kind", "resolution", "--kind", "document"], ["--limit", "1"], ["--limit", "500"],
                 ["--since", "2020"], ["--term", "2020-2025"], ["--person", "tran quoc to"]]

queries = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=80),
    st.lists(st.one_of(st.sampled_from(QUERY_WORDS), st.sampled_from(PUNCTUATION),
                       st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọ"
                                        "ồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵAĂÂĐÊÔƠƯ", min_size=1, max_size=8)),
             max_size=12).flatmap(lambda parts: st.sampled_from([" ", "", "-", " OR "]).map(lambda s: s.join(parts))),
)


@pytest.fixture(scope="module")
def seeds_cache(tmp_path_factory) -> str:
    cache_dir = tmp_path_factory.mktemp("cache-property")
    result = CliRunner().invoke(app, ["index"], env={"NGHIQUYET_CACHE_DIR": str(cache_dir), "NGHIQUYET_CORPUS": None})
    assert result.exit_code == 0, result.output
    return str(cache_dir)


def _search_prints_valid_json(cache_dir: str, query: str, options: list[str]) -> None:
    result = CliRunner().invoke(app, ["search", "--json", *options, "--", query],
                                env={"NGHIQUYET_CACHE_DIR": cache_dir, "NGHIQUYET_CORPUS": None})
    where = f"search --json {' '.join(options)} -- {query!r}"
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"{where}: raised {result.exception!r}"
    assert result.exit_code in (0, 1, 2), f"{where}: exit {result.exit_code}\n{result.stderr}"
    assert "Traceback" not in result.stderr, f"{where}: {result.stderr}"
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("nghiquyet: error: "), f"{where}: {result.stderr!r}"
        assert result.stdout == "", f"{where}: {result.stdout[:200]!r}"
        return
    assert result.stderr == "", f"{where}: {result.stderr!r}"
    hits = parse_json(Run(("search", "--json", *options, "--", query), result.exit_code, result.stdout, result.stderr))
    errors = list(validator("json_array").iter_errors(hits))
    assert not errors, f"{where}: {errors[0].message[:300]} at {list(errors[0].absolute_path)}"
    assert result.exit_code == (0 if hits else 1), f"{where}: exit {result.exit_code} with {len(hits)} hits"


PROPERTY = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(max_examples=2000, **PROPERTY)
@given(query=queries, options=st.sampled_from(QUERY_OPTIONS))
def test_search_json_is_valid_whatever_the_query(seeds_cache, query, options):
    _search_prints_valid_json(seeds_cache, query, options)


@pytest.mark.slow
@settings(max_examples=20000, **PROPERTY)
@given(query=queries, options=st.sampled_from(QUERY_OPTIONS))
def test_search_json_is_valid_whatever_the_query_long_run(seeds_cache, query, options):
    _search_prints_valid_json(seeds_cache, query, options)
