"""The shared index in PostgreSQL (``--db``), against a real server started for these tests.

- On the seeds, both stores answer alike: every gold query and the seeds' other search
  cases, ``timeline``, ``export``, ``stats``, the listings and ``show`` of every record,
  byte for byte (ids included); the answers come from the database, with no file.
- The relational tables hold the exported records field by field, and the README's
  questions, read from docs/postgresql.md, answer as the export does.
- Four indexers at once on four collections that share articles end with one record of
  each meeting, person and paper, the same whichever finishes first, and a row of it in
  each collection that gave it; shards of one collection make what one indexer makes;
  passages of one file name in two collections keep ids of their own.
- A reader never sees a half-written refresh; an indexer killed mid-way, or its server,
  leaves the previous state and the next run finishes the job.
- A database of an earlier format is brought to this one; a server that cannot be
  reached, a URL of another kind, a later format, or no driver: one line, exit 2.

The server (``postgres_server``) runs once for the module; each test has a database of
its own. Without PostgreSQL's programs the tests are skipped, saying so.
"""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import postgres_server
import pytest
from cli_runs import environment, invoke, run
from test_formats import PDF_PAGES, pdf_file
from test_search import GOLD_CASES, MORE

pytest.importorskip("psycopg", reason="psycopg is not installed: pip install '.[postgres]'")
if postgres_server.binaries() is None:
    pytest.skip("PostgreSQL's server programs (initdb, pg_ctl) are not installed", allow_module_level=True)
if not postgres_server.runnable():
    pytest.skip("running as root, and no 'postgres' account to run the server as", allow_module_level=True)

import psycopg  # noqa: E402  (after the skip: the module is only for machines with a server)

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
GENERATE = ROOT / "bench" / "generate.py"
SEED_CASES = GOLD_CASES + [c for corpus, c in MORE if corpus == "seeds"]
_names = itertools.count()


@pytest.fixture(scope="module")
def server():
    started = postgres_server.started()
    yield started
    started.stop()
    postgres_server.remove(started)


@pytest.fixture
def database(server) -> str:
    return server.create_database(f"test_{next(_names)}")


@pytest.fixture(scope="module")
def seeds_db(server, tmp_path_factory) -> str:
    """The seeds indexed into a database, from a copy of them that is then removed: the
    answers must come from the database alone."""
    url = server.create_database("seeds")
    copy = tmp_path_factory.mktemp("corpus") / "seeds"
    shutil.copytree(SEEDS, copy)
    done = invoke(["index", "--db", url, "--corpus", str(copy)], tmp_path_factory.mktemp("cache"))
    assert done.code == 0, done.stderr
    shutil.rmtree(copy)
    return url


def _both(args: list[str], url: str, cache: Path) -> tuple[str, str]:
    """What a command prints from the embedded store of the seeds, and from the database."""
    embedded = invoke([*args, "--corpus", str(SEEDS)], cache)
    shared = invoke([*args, "--db", url], cache)
    assert (embedded.code, embedded.stderr) == (shared.code, shared.stderr), args
    return embedded.stdout, shared.stdout


def _search_args(case: dict) -> list[str]:
    return ["search", case["query"], "--json", "--limit", "50", *(["--kind", case["kind"]] if case.get("kind") else [])]


# -- both stores answer alike ---------------------------------------------------------------------

@pytest.mark.parametrize("case", SEED_CASES, ids=[c["query"] for c in SEED_CASES])
def test_a_search_finds_the_same_hits_in_the_same_order(seeds_db, tmp_path, case):
    embedded, shared = _both(_search_args(case), seeds_db, tmp_path / "cache")
    assert json.loads(shared) == json.loads(embedded)
    assert json.loads(shared), f"{case['query']!r} found nothing: the comparison would prove nothing"


@pytest.mark.parametrize("args", [["timeline"], ["timeline", "--all", "--json"], ["timeline", "-p", "tran quoc to"],
                                  ["meetings", "--sort", "date"], ["people", "--json"], ["resolutions"], ["documents"]],
                         ids=" ".join)
def test_timeline_and_listings_are_the_same(seeds_db, tmp_path, args):
    embedded, shared = _both(args, seeds_db, tmp_path / "cache")
    assert shared == embedded


@pytest.mark.parametrize("args", [["export"], ["export", "--province", "thai nguyen"], ["stats", "--json"]],
                         ids=" ".join)
def test_export_and_stats_are_the_same_but_for_where_the_corpus_was(seeds_db, tmp_path, args):
    embedded, shared = (json.loads(out) for out in _both(args, seeds_db, tmp_path / "cache"))
    assert embedded.pop("corpus") == [str(SEEDS)]
    assert shared.pop("corpus")[0].endswith("/seeds")  # the copy indexed, since removed
    assert {file.pop("collection") for file in shared.get("files", [])} <= {"seeds"}  # a shared index says whose
    assert shared == embedded


def test_show_is_the_same_for_every_record_and_a_passage(seeds_db, tmp_path):
    cache = tmp_path / "cache"
    exported = json.loads(invoke(["export", "--db", seeds_db], cache).stdout)
    ids = [r["id"] for kind in ("meetings", "people", "resolutions", "documents") for r in exported[kind]]
    passage = json.loads(invoke(["search", "chuyen doi so", "--kind", "passage", "--json", "--db", seeds_db],
                                cache).stdout)[0]["id"]
    assert len(ids) > 20
    for record_id in [*ids, passage]:
        for shape in ([], ["--json"]):
            embedded, shared = _both(["show", record_id, *shape], seeds_db, cache)
            assert shared == embedded, record_id


def test_one_corrections_file_corrects_both_stores_alike(seeds_db, tmp_path):
    """A team's corrections file, applied to the shared index as it is read: the same
    records, marks and listings as on the embedded store; the merged id still finds the
    record in both."""
    corrections = tmp_path / "corrections.toml"
    corrections.write_text('[[merge]]\nrecords = ["Nguyễn Thanh Hải", "p-9ab956f464"]\nnote = "test"\n\n'
                           '[[set]]\nrecord = "m-e5f67201ff"\nfield = "date"\nvalue = "2019-10-30"\n\n'
                           '[[drop]]\nrecord = "m-1b3ed037f6"\n\n[[drop]]\nrecord = "m-0123456789"\n',
                           encoding="utf-8")
    cache, given = tmp_path / "cache", ["--corrections", str(corrections)]
    for args in (["people", "--json"], ["meetings"], ["show", "p-9ab956f464", "--json"], ["show", "m-e5f67201ff"],
                 ["search", "nguyen thanh binh", "--json"], ["correct", "list", "--json"]):
        embedded, shared = _both([*args, *given], seeds_db, cache)
        assert shared == embedded, args
    exported = json.loads(invoke(["export", "--db", seeds_db, *given], cache).stdout)
    assert "m-1b3ed037f6" not in {m["id"] for m in exported["meetings"]}
    assert next(m for m in exported["meetings"] if m["id"] == "m-e5f67201ff")["date"]["value"] == "2019-10-30"
    stats = invoke(["stats", "--json", "--db", seeds_db, *given], cache)
    assert [c["line"] for c in json.loads(stats.stdout)["corrections_unapplied"]] == [13]
    assert stats.stderr.count("not applied") == 1


def test_a_pdfs_pages_are_kept_in_a_shared_index_too(database, tmp_path):
    folder = tmp_path / "pdf"
    folder.mkdir()
    pdf_file(folder / "ban-tin.pdf", PDF_PAGES)
    cache = tmp_path / "cache"
    assert invoke(["index", "--db", database, "--corpus", str(folder), "--ext", "pdf"], cache).code == 0
    for args in (["meetings", "--json"], ["search", "xay dung dang quy III", "--kind", "passage", "--json"]):
        embedded = invoke([*args, "--corpus", str(folder), "--ext", "pdf"], cache)
        shared = invoke([*args, "--db", database], cache)
        assert shared.stdout == embedded.stdout
        assert '"page": ' in shared.stdout, args


def _sql(url: str, query: str, parameters: tuple | None = None) -> list[tuple]:
    with psycopg.connect(url) as db:
        return db.execute(query, parameters).fetchall()


def _source(record: dict) -> tuple:
    return record["source"]["file"], record["source"]["line"], record["source"].get("page")


def _date(value: dict) -> tuple:
    return value["value"], value["precision"]


def test_the_relational_tables_hold_every_exported_record_field_by_field(seeds_db, tmp_path):
    exported = json.loads(invoke(["export", "--db", seeds_db], tmp_path / "cache").stdout)
    meetings, people = exported["meetings"], exported["people"]
    papers = exported["resolutions"] + exported["documents"]

    def rows(table: str, columns: str) -> set[tuple]:
        found = _sql(seeds_db, f"SELECT collection, {columns} FROM nghiquyet.{table}")
        assert {row[0] for row in found} == {"seeds"}
        return {tuple(tuple(v) if isinstance(v, list) else v for v in row[1:]) for row in found}

    assert rows("meetings", "id, label, type, status, body, province, ordinal, khoa, term, date, date_precision,"
                            " date_inferred, date_until, same_as, file, line, page") == {
        (m["id"], m["label"], m["type"], m["status"], m["body"], m["province"], m["ordinal"], m["khoa"], m["term"],
         *_date(m["date"]), m["date"]["inferred"], m["date"]["until"], m["same_as"], *_source(m)) for m in meetings}
    assert rows("people", "id, name, file, line, page") == {(p["id"], p["name"], *_source(p)) for p in people}
    assert rows("titles", "person_id, n, title, date, date_precision, file, line, page") == {
        (p["id"], n, t["title"], *_date(t["date"]), *_source(t)) for p in people
        for n, t in enumerate(p["titles"], 1)}
    assert rows("attendance", "meeting_id, person_id, name, roles") == {
        (m["id"], a["person_id"], a["name"], tuple(a["roles"])) for m in meetings for a in m["people"]}
    assert rows("papers", "id, kind, type, label, number, issuer, subject, term, meeting_id, file, line, page") == {
        (r["id"], r["kind"], r["type"], r["label"], r["number"], r["issuer"], r["subject"], r["term"],
         r["meeting_id"], *_source(r)) for r in papers}
    assert rows("mentions", "paper_id, n, meeting_id, action, file, line, page") == {
        (r["id"], n, x["meeting_id"], x["action"], *_source(x)) for r in papers for n, x in enumerate(r["mentions"], 1)}
    assert len(rows("mentions", "paper_id, n")) > 10


def _documented_queries() -> list[str]:
    """The SQL blocks of docs/postgresql.md, in their order."""
    text = (ROOT / "docs" / "postgresql.md").read_text(encoding="utf-8")
    return [block.split("```", 1)[0] for block in text.split("```sql\n")[1:]]


def test_the_readmes_three_questions_answer_in_sql_as_documented(seeds_db, tmp_path):
    exported = json.loads(invoke(["export", "--db", seeds_db], tmp_path / "cache").stdout)
    by_id = {m["id"]: m for m in exported["meetings"]}
    resolution, chaired, term = (_sql(seeds_db, query) for query in _documented_queries()[:3])
    number_01 = [r for r in exported["resolutions"] if r["number"] == "01"]
    assert number_01 and set(resolution) == {(by_id[x["meeting_id"]]["date"]["value"], by_id[x["meeting_id"]]["label"],
                                              x["action"]) for r in number_01 for x in r["mentions"] if x["meeting_id"]}
    (meeting,) = [m for m in exported["meetings"] if m["type"] == "hoi_nghi_btv" and m["ordinal"] == 53]
    assert chaired == [(p["name"], meeting["date"]["value"], meeting["label"]) for p in meeting["people"]
                       if "chủ trì" in p["roles"]] == [("Trần Quốc Tỏ", "2019-10-31", meeting["label"])]
    held = [m for m in exported["meetings"] if m["term"] == "2020-2025" and m["status"] == "held"]
    assert len(term) == len(held) >= 2 and [date for date, _, _ in term] == sorted(m["date"]["value"] for m in held)


# -- collections and concurrent indexers ----------------------------------------------------------

def _collections(root: Path, groups: dict[str, tuple[str, ...]]) -> list[Path]:
    """Folders of the seeds, named as ``groups`` says, each with the articles it lists
    (by their numbers)."""
    folders = []
    for name, numbers in groups.items():
        folder = root / name
        folder.mkdir(parents=True)
        for path in SEEDS.glob("*.txt"):
            if path.name[:3] in numbers:
                shutil.copy(path, folder / path.name)
        folders.append(folder)
    return folders


def _two_collections(root: Path) -> tuple[Path, Path]:
    """Two folders of the seeds that share one article (002)."""
    first, second = _collections(root, {"thai-nguyen": ("000", "001", "002"), "tinh-uy": ("002", "003", "004")})
    return first, second


FOUR = {"a": ("000", "001"), "b": ("001", "002"), "c": ("002", "003"), "d": ("003", "004")}  # every seed, each shared


def _records(url: str, cache: Path, *extra: str) -> dict[str, list]:
    exported = json.loads(invoke(["export", "--db", url, *extra], cache).stdout)
    return {kind: exported[kind] for kind in ("meetings", "people", "resolutions", "documents")}


def _index(url: str, folder: Path, cache: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "nghiquyet", "index", "--db", url, "--corpus", str(folder)],
                            env=environment(cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_four_indexers_at_once_on_four_collections_end_as_the_embedded_index_of_them_all(server, tmp_path):
    """Four collections, each sharing an article with the next, indexed at once and one
    after another in two orders: the same records, field by field, as the embedded store
    of the seeds (every article once); a record two collections gave is a row in each."""
    cache = tmp_path / "cache"
    folders = _collections(tmp_path / "corpora", FOUR)
    together, forwards, backwards = (server.create_database(f"merge_{next(_names)}") for _ in range(3))
    running = [_index(together, folder, cache) for folder in folders]
    for process in running:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr.decode()
    for url, order in ((forwards, folders), (backwards, folders[::-1])):
        for folder in order:
            assert invoke(["index", "--db", url, "--corpus", str(folder)], cache).code == 0
    merged = _records(together, cache)
    assert merged == _records(forwards, cache) == _records(backwards, cache) == _records_of_seeds(cache)
    assert _sql(together, "SELECT collection FROM nghiquyet.meetings WHERE id = 'm-1b3ed037f6'"
                          " ORDER BY collection") == [("b",), ("c",)]  # the plenum of 002
    for name in FOUR:
        narrowed = _records(together, cache, "--collection", name)
        assert narrowed["meetings"] and len(narrowed["meetings"]) < len(merged["meetings"])
        for kind, table in (("meetings", "meetings"), ("people", "people"), ("resolutions", "resolutions")):
            rows = _sql(together, f"SELECT id FROM nghiquyet.{table} WHERE collection = %s ORDER BY id", (name,))
            assert [row[0] for row in rows] == [r["id"] for r in narrowed[kind]], (name, kind)
    assert _sql(together, "SELECT pid FROM nghiquyet.passages GROUP BY pid HAVING count(*) > 1") == []


def test_a_file_of_one_name_in_two_collections_keeps_passages_of_its_own(server, tmp_path):
    """Passage ids are made from the file's name, line and column: the collection written
    second has its name in its ids too, so that each passage has its own id, which
    ``show`` finds; the first keeps the id the embedded store gives, indexed at once or
    one after the other."""
    cache, texts = tmp_path / "cache", {
        "ha-giang": "Sáng 5/3, Ban Thường vụ Tỉnh ủy họp bàn về chuyển đổi số trong các cơ quan đảng.\n",
        "cao-bang": "Chiều 6/3, Ban Thường vụ Tỉnh ủy họp bàn về chuyển đổi số trong nông nghiệp.\n"}
    folders = []
    for name, text in texts.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "bao-cao.txt").write_text(text, encoding="utf-8")
        folders.append(tmp_path / name)
    one_then_other, at_once = (server.create_database(f"names_{next(_names)}") for _ in range(2))
    for folder in folders:
        assert invoke(["index", "--db", one_then_other, "--corpus", str(folder)], cache).code == 0
    for process in [_index(at_once, folder, cache) for folder in folders]:
        assert process.wait(timeout=300) == 0, process.stderr.read().decode()
    search = ["search", "chuyen doi so", "--kind", "passage", "--json"]
    (first,) = json.loads(invoke([*search, "--corpus", str(folders[0])], cache).stdout)
    for url in (one_then_other, at_once):
        ids = [hit["id"] for hit in json.loads(invoke([*search, "--db", url], cache).stdout)]
        assert len(set(ids)) == len(ids) == 2
        shown = {json.loads(invoke(["show", i, "--json", "--db", url], cache).stdout)[0]["text"] for i in ids}
        assert shown == {text.strip() for text in texts.values()}
    (kept,) = json.loads(invoke([*search, "--db", one_then_other, "--collection", "ha-giang"], cache).stdout)
    assert kept["id"] == first["id"]


def test_export_sqlite_keeps_a_file_of_one_name_in_each_collection(database, tmp_path):
    """Each collection's ``x.txt`` is a row of ``files``, told apart by its collection, and
    every remaining reference still holds."""
    cache = tmp_path / "cache"
    for name in ("ha-giang", "cao-bang"):
        (tmp_path / name).mkdir()
        shutil.copy(next(SEEDS.glob("002_*.txt")), tmp_path / name / "x.txt")
        assert invoke(["index", "--db", database, "--corpus", str(tmp_path / name)], cache).code == 0
    out = invoke(["export", "--db", database, "--sqlite", str(tmp_path / "out.sqlite")], cache)
    assert (out.code, out.stderr) == (0, "")
    exported = sqlite3.connect(tmp_path / "out.sqlite")
    assert exported.execute("SELECT collection, file FROM files ORDER BY collection").fetchall() == [
        ("cao-bang", "x.txt"), ("ha-giang", "x.txt")]
    assert exported.execute("PRAGMA foreign_key_check").fetchall() == []
    assert exported.execute("SELECT count(*) FROM meetings WHERE file = 'x.txt'").fetchone()[0] > 0
    exported.close()
    listed = json.loads(invoke(["export", "--db", database], cache).stdout)["files"]
    assert sorted((f["collection"], f["file"]) for f in listed) == [("cao-bang", "x.txt"), ("ha-giang", "x.txt")]


def test_stats_count_the_files_skipped_and_not_asked_for_as_the_embedded_store_does(database, tmp_path):
    cache, folder = tmp_path / "cache", tmp_path / "bao-cao"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("002_*.txt")), folder / "bai.txt")
    (folder / "ban-in.pdf").write_bytes(b"%PDF-1.4 not read without --ext pdf")
    (folder / "da-xoa.txt").symlink_to(tmp_path / "nowhere.txt")
    assert invoke(["index", "--db", database, "--corpus", str(folder)], cache).code == 0
    embedded = json.loads(invoke(["stats", "--json", "--corpus", str(folder)], cache).stdout)
    assert embedded["files_not_asked"] == {"pdf": 1} and embedded["skipped"]
    for narrowed in ([], ["--collection", "bao-cao"]):
        shared = json.loads(invoke(["stats", "--json", "--db", database, *narrowed], cache).stdout)
        assert (shared["files_not_asked"], shared["skipped"]) == (embedded["files_not_asked"], embedded["skipped"])


def _records_of_seeds(cache: Path) -> dict[str, list]:
    exported = json.loads(invoke(["export", "--corpus", str(SEEDS)], cache).stdout)
    return {kind: exported[kind] for kind in ("meetings", "people", "resolutions", "documents")}


def test_a_refresh_of_one_collection_takes_back_only_what_its_files_gave(server, tmp_path):
    url = server.create_database(f"refresh_{next(_names)}")
    first, second = _two_collections(tmp_path / "corpora")
    for folder in (first, second):
        assert invoke(["index", "--db", url, "--corpus", str(folder)], tmp_path / "cache").code == 0
    (first / "002_edb04208f16d82c0.txt").unlink()
    assert invoke(["index", "--db", url, "--corpus", str(first)], tmp_path / "cache").code == 0
    after = _records(url, tmp_path / "cache")
    assert "m-1b3ed037f6" in {m["id"] for m in after["meetings"]}  # the other collection still has it
    plenum = "SELECT collection FROM nghiquyet.meetings WHERE id = 'm-1b3ed037f6'"
    assert _sql(url, plenum) == [("tinh-uy",)]
    (second / "002_edb04208f16d82c0.txt").unlink()
    assert invoke(["index", "--db", url, "--corpus", str(second)], tmp_path / "cache").code == 0
    assert "m-1b3ed037f6" not in {m["id"] for m in _records(url, tmp_path / "cache")["meetings"]}
    assert _sql(url, plenum) == []


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated") / "articles"
    subprocess.run([sys.executable, str(GENERATE), "80", str(folder)], check=True, capture_output=True, timeout=300)
    return folder


def _state(url: str) -> tuple[int, int, int, int]:
    """Files, files with passages, merged records and their relational rows, as a reader
    sees them now."""
    with psycopg.connect(url) as db:
        return db.execute("SELECT (SELECT count(*) FROM nghiquyet.files),"
                          " (SELECT count(DISTINCT file_id) FROM nghiquyet.passages),"
                          " (SELECT count(*) FROM nghiquyet.records),"
                          " (SELECT count(*) FROM nghiquyet.meetings) + (SELECT count(*) FROM nghiquyet.people)"
                          " + (SELECT count(*) FROM nghiquyet.papers)").fetchone()


def _collection_locked(url: str, collection: str) -> bool:
    """Whether an indexer holds the collection's lock: it is writing it."""
    with psycopg.connect(url) as db:
        return db.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                          " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                          " AND objid::integer = hashtext(%s)", (collection,)).fetchone()[0] > 0


@pytest.fixture
def made(database, tmp_path) -> str:
    """A database whose tables a reader made (empty), before any indexer."""
    assert invoke(["stats", "--db", database, "--json"], tmp_path / "cache").code == 0
    return database


def _answers(url: str, cache: Path) -> tuple:
    """What a reader's command answers now: the records and files it counts."""
    stats = invoke(["stats", "--json", "--db", url], cache)
    assert (stats.code, stats.stderr) == (0, ""), stats.stderr
    counted = json.loads(stats.stdout)
    return counted["files_read"], tuple(sorted(counted["records"].items()))


def test_readers_see_the_index_before_a_refresh_or_after_it_never_half(made, generated, tmp_path):
    """Readers, in SQL and by command, while an indexer writes: never a part of its work."""
    database = made
    before = _answers(database, tmp_path / "cache")
    indexer = _index(database, generated, tmp_path / "cache")
    seen, answered = set(), set()
    while indexer.poll() is None:
        seen.add(_state(database))
        answered.add(_answers(database, tmp_path / "cache"))
    assert indexer.returncode == 0, indexer.stderr.read().decode()
    final = _state(database)
    assert final[0] == final[1] == 80 and final[2] > 80 and final[3] == final[2]  # one collection: a row a record
    assert seen <= {(0, 0, 0, 0), final}
    assert answered <= {before, _answers(database, tmp_path / "cache")}


def test_an_indexer_killed_mid_way_leaves_the_previous_state_and_the_next_run_finishes(made, generated, tmp_path):
    database = made
    indexer = _index(database, generated, tmp_path / "cache")
    while indexer.poll() is None and not _collection_locked(database, generated.name):
        pass
    indexer.kill()
    indexer.wait()
    # killed while it held the lock: nothing of it stays; a kill that lands between its commit
    # and the check of the lock finds the whole index written, never a part of it
    assert _state(database)[:2] in ((0, 0), (80, 80))
    again = run(["index", "--db", database, "--corpus", str(generated)], tmp_path / "cache")
    assert again.code == 0, again.stderr
    assert _state(database)[:2] == (80, 80)


@pytest.fixture
def own_server():
    """A server of this test's own, to be killed."""
    started = postgres_server.started()
    yield started
    started.stop()
    postgres_server.remove(started)


def test_a_server_killed_mid_index_and_restarted_keeps_the_previous_state_and_the_next_run_finishes(
        own_server, generated, tmp_path):
    database = own_server.create_database("killed")
    indexer = _index(database, generated, tmp_path / "cache")
    while indexer.poll() is None and not _collection_locked(database, generated.name):
        pass
    own_server.kill()
    _, stderr = indexer.communicate(timeout=300)
    lines = stderr.decode().splitlines()
    if indexer.returncode != 0:  # the kill may land after its commit: then it ended well
        assert (indexer.returncode, len(lines)) == (2, 1), lines
        assert lines[0].startswith("nghiquyet: error: ") and "Traceback" not in stderr.decode()
    own_server.start()
    state = _state(database)
    assert state == (0, 0, 0, 0) or (state[:2] == (80, 80) and state[3] == state[2]), state  # nothing, or all
    again = run(["index", "--db", database, "--corpus", str(generated)], tmp_path / "cache")
    assert again.code == 0, again.stderr
    final = _state(database)
    assert final[:2] == (80, 80) and final[3] == final[2] > 80


def test_shards_of_one_collection_indexed_at_once_make_the_index_one_indexer_makes(server, generated, tmp_path):
    whole, sharded = (server.create_database(f"shards_{next(_names)}") for _ in range(2))
    assert invoke(["index", "--db", whole, "--corpus", str(generated)], tmp_path / "cache").code == 0
    running = [subprocess.Popen([sys.executable, "-m", "nghiquyet", "index", "--db", sharded, "--corpus",
                                 str(generated), "--shard", f"{k}/4"], env=environment(tmp_path / "cache"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for k in (1, 2, 3, 4)]
    read = []
    for process in running:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr.decode()
        read.append(int(stderr.decode().split("(")[1].split(" read")[0]))
    assert sum(read) == 80 and all(read)  # each file read by one shard
    assert _records(sharded, tmp_path / "cache") == _records(whole, tmp_path / "cache")
    assert _state(sharded) == _state(whole)


# -- a database of an earlier format ----------------------------------------------------------------

_FORMAT_2 = """
DROP VIEW nghiquyet.resolutions, nghiquyet.documents;
DROP TABLE nghiquyet.mentions, nghiquyet.titles, nghiquyet.attendance, nghiquyet.meetings, nghiquyet.people,
    nghiquyet.papers, nghiquyet.record_collections;
DROP INDEX nghiquyet.aliases_by_target;
CREATE VIEW nghiquyet.meetings AS SELECT id FROM nghiquyet.records WHERE kind = 'meeting';
CREATE VIEW nghiquyet.people AS SELECT id FROM nghiquyet.records WHERE kind = 'person';
CREATE VIEW nghiquyet.titles AS SELECT id FROM nghiquyet.records WHERE kind = 'person';
CREATE VIEW nghiquyet.attendance AS SELECT id FROM nghiquyet.records WHERE kind = 'meeting';
CREATE VIEW nghiquyet.papers AS SELECT id FROM nghiquyet.records WHERE kind IN ('resolution', 'document');
CREATE VIEW nghiquyet.mentions AS SELECT id FROM nghiquyet.records WHERE kind IN ('resolution', 'document');
CREATE VIEW nghiquyet.record_collections AS SELECT DISTINCT record_id, collection FROM nghiquyet.contributions;
UPDATE nghiquyet.meta SET value = '2' WHERE key = 'schema';
"""


def _as_format(url: str, version: str) -> None:
    """The database as an earlier nghiquyet left it: format 2 had views where format 3 has
    tables, and gave passages of one file name in two collections one id; format 1 kept
    no page."""
    from nghiquyet.models import record_id

    with psycopg.connect(url) as db:
        db.execute(_FORMAT_2)
        for key, file, line, start in db.execute("SELECT id, file, line, start FROM nghiquyet.passages").fetchall():
            db.execute("UPDATE nghiquyet.passages SET pid = %s WHERE id = %s",
                       (record_id("passage", file, line, start), key))
        if version == "1":
            db.execute("ALTER TABLE nghiquyet.passages DROP COLUMN page")
            db.execute("UPDATE nghiquyet.meta SET value = '1' WHERE key = 'schema'")


@pytest.mark.parametrize("version", ["1", "2"])
def test_a_database_of_an_earlier_format_is_brought_to_this_one_in_place(server, tmp_path, version):
    cache = tmp_path / "cache"
    url = server.create_database(f"format_{version}_{next(_names)}")
    for folder in _two_collections(tmp_path / "corpora"):
        assert invoke(["index", "--db", url, "--corpus", str(folder)], cache).code == 0
    tables = "SELECT * FROM nghiquyet.{} ORDER BY 1, 2, 3"
    before = {table: _sql(url, tables.format(table)) for table in ("meetings", "people", "attendance", "mentions")}
    passages = _sql(url, "SELECT collection, file, line, start, pid FROM nghiquyet.passages ORDER BY 1, 2, 3, 4")
    exported = _records(url, cache)
    _as_format(url, version)
    assert len({pid for *_, pid in _sql(url, "SELECT pid FROM nghiquyet.passages")}) < len(passages)
    assert _records(url, cache) == exported  # opened, and answering, as it was
    assert {table: _sql(url, tables.format(table)) for table in before} == before
    assert _sql(url, "SELECT collection, file, line, start, pid FROM nghiquyet.passages ORDER BY 1, 2, 3, 4") \
        == passages  # the collection indexed first keeps its ids; the other's have its name in them
    assert _sql(url, "SELECT value FROM nghiquyet.meta WHERE key = 'schema'") == [("3",)]


@pytest.mark.parametrize("change, said", [
    ("UPDATE nghiquyet.meta SET value = '9' WHERE key = 'schema'", ("format 9", "newer one")),
    ("DELETE FROM nghiquyet.meta WHERE key = 'schema'", ("not their format",))], ids=["later", "unsaid"])
def test_a_database_of_a_later_format_or_none_said_is_one_line_and_exit_2(database, tmp_path, change, said):
    assert invoke(["stats", "--db", database], tmp_path / "cache").code == 0
    with psycopg.connect(database) as db:
        db.execute(change)
    done = run(["stats", "--db", database], tmp_path / "cache")
    assert (done.code, len(done.stderr_lines)) == (2, 1), done.stderr
    assert all(words in done.stderr for words in said)


# -- failures: one line, exit 2 ---------------------------------------------------------------------

def test_a_server_that_cannot_be_reached_is_one_line_and_exit_2(server, tmp_path):
    closed = postgres_server._free_port()
    done = run(["search", "tran quoc to", "--db", f"postgresql://nobody@127.0.0.1:{closed}/none"], tmp_path / "cache")
    assert done.code == 2
    assert len(done.stderr_lines) == 1 and done.stderr.startswith("nghiquyet: error: cannot use the database")


@pytest.mark.parametrize("args", [["stats", "--db", "mysql://host/db"], ["stats", "--collection", "x"],
                                  ["stats", "--db", "postgresql://h/d", "--corpus", "seeds"],
                                  ["index", "--shard", "1/2"], ["index", "--db", "postgresql://h/d", "--shard", "3/2"]],
                         ids=" ".join)
def test_options_that_do_not_fit_a_shared_index_are_one_line_and_exit_2(tmp_path, args):
    done = invoke(args, tmp_path / "cache")
    assert (done.code, len(done.stderr_lines)) == (2, 1), done.stderr


def test_without_the_driver_the_error_says_how_to_install_it(tmp_path):
    blocked = ("import sys; sys.modules['psycopg'] = None; sys.argv[0] = 'nghiquyet';"
               " from nghiquyet.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", blocked, "stats", "--db", "postgresql://h/d"], capture_output=True,
                          text=True, env=environment(tmp_path / "cache"), timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("nghiquyet: error: --db postgresql://... needs psycopg:"
                                   " pip install 'nghiquyet[postgres]'")
