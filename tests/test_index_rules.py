"""The index is keyed on a fingerprint of the extraction rules: a store whose records
other rules extracted (newer or older) is re-extracted whole, with the usual progress;
a store of these rules is not read again. No package file is edited: a rule change is
simulated by patching the fingerprint (and, to see a changed answer, the extractor)."""

import shutil
import sqlite3
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from cli_runs import run

import nghiquyet.extract.article as article
from nghiquyet import index as index_module
from nghiquyet.index import CorpusSpec, open_index, rules_digest, rules_fingerprint

HERE = Path(__file__).parent
ARTICLES = HERE / "data" / "articles"


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ARTICLES, folder)
    return folder


def file_count(folder: Path) -> int:
    return len(list(folder.glob("*.txt")))


def refreshed(folder: Path, warnings: list | None = None, progress: list | None = None):
    """The index of ``folder`` refreshed, its warnings and (files done, of) kept."""
    warnings = [] if warnings is None else warnings
    progress = [] if progress is None else progress
    return open_index(CorpusSpec.of([folder]), warn=warnings.append,
                      on_progress=lambda p: progress.append((p.done_files, p.total_files)))


def rules_become(monkeypatch, fingerprint: str) -> None:
    monkeypatch.setattr(index_module, "rules_fingerprint", lambda: fingerprint)


def test_changed_rules_re_extract_every_file_with_progress(corpus, monkeypatch):
    refreshed(corpus)
    rules_become(monkeypatch, "a" * 64)
    warnings, progress = [], []
    index = refreshed(corpus, warnings, progress)
    total = file_count(corpus)
    assert (index.report.read, index.report.unchanged) == (total, 0)
    assert progress[-1] == (total, total) and len(progress) == total
    assert len(warnings) == 1 and "extraction rules" in warnings[0] and "rebuilding" in warnings[0]


def test_unchanged_rules_re_extract_nothing(corpus, monkeypatch):
    rules_become(monkeypatch, "a" * 64)
    assert refreshed(corpus).report.read == file_count(corpus)
    warnings = []
    again = refreshed(corpus, warnings)
    assert (again.report.read, again.report.unchanged, warnings) == (0, file_count(corpus), [])
    assert again.store.db.total_changes == 0


def test_older_rules_re_extract_a_store_of_newer_ones_and_back(corpus, monkeypatch):
    refreshed(corpus)
    for fingerprint in ("older", "newer", "older", "newer"):
        rules_become(monkeypatch, fingerprint)
        warnings = []
        assert refreshed(corpus, warnings).report.read == file_count(corpus), fingerprint
        assert len(warnings) == 1, fingerprint


def people_of(index) -> set[str]:
    return {p.name for p in index.people()}


def test_a_changed_rule_changes_the_answer_only_with_its_fingerprint(corpus, monkeypatch):
    """The fingerprint is what the cache is keyed on: a rule changed under the same
    fingerprint is not seen (the stale answer), under a new one it is."""
    before = people_of(refreshed(corpus))
    assert before
    extract = article.extract

    def without_people(*args, **kwargs):
        facts = extract(*args, **kwargs)
        facts.people.clear()
        for meeting in facts.meetings:
            meeting.people.clear()
        return facts

    monkeypatch.setattr(article, "extract", without_people)
    assert people_of(refreshed(corpus)) == before  # the same fingerprint: the store is trusted
    rules_become(monkeypatch, "no people")
    assert people_of(refreshed(corpus)) == set()
    monkeypatch.undo()
    assert people_of(refreshed(corpus)) == before  # back to the first rules: extracted again


def _set_rules_in(store: Path, value: str) -> None:
    db = sqlite3.connect(store)
    with db:
        assert db.execute("UPDATE meta SET value = ? WHERE key = 'rules'", (value,)).rowcount == 1
    db.close()


def test_a_user_sees_every_file_read_again_after_a_rule_change(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in sorted(p.name for p in ARTICLES.glob("*.txt"))[:3]:
        shutil.copy(ARTICLES / name, corpus / name)
    cache = tmp_path / "cli-cache"
    args = ["index", "--corpus", str(corpus)]
    assert "(3 read, 0 unchanged" in run(args, cache).stderr
    assert "(0 read, 3 unchanged" in run(args, cache).stderr
    _set_rules_in(cache / CorpusSpec.of([corpus]).store_name(), "f" * 64)  # as another nghiquyet left it
    changed = run(args, cache)
    assert changed.code == 0, changed.stderr
    warning, done = changed.stderr_lines
    assert warning.startswith("nghiquyet: warning: ") and "extraction rules" in warning and "rebuild" in warning
    assert "(3 read, 0 unchanged" in done
    assert "(0 read, 3 unchanged" in run(args, cache).stderr


# -- what the fingerprint covers ---------------------------------------------------------------

@pytest.fixture()
def package(tmp_path) -> Path:
    """A copy of the package's sources, free to edit."""
    copy = tmp_path / "nghiquyet"
    shutil.copytree(resources.files("nghiquyet"), copy, ignore=shutil.ignore_patterns("__pycache__", "_seeds"))
    return copy


def test_the_installed_rules_hash_as_their_copy(package):
    """Where the package lies does not matter, only what its rule files hold."""
    assert rules_fingerprint.__wrapped__() == rules_digest(resources.files("nghiquyet")) == rules_digest(package)


@pytest.mark.parametrize("change", [
    lambda p: (p / "lexicon.py").write_text((p / "lexicon.py").read_text("utf-8") + "\n# one more\n", "utf-8"),
    lambda p: (p / "extract" / "people.py").write_text("", "utf-8"),
    lambda p: (p / "extract" / "newrule.py").write_text("RULE = 1\n", "utf-8"),
    lambda p: (p / "extract" / "tables").mkdir() or (p / "extract" / "tables" / "titles.tsv").write_text("bí thư\n"),
    lambda p: (p / "language").mkdir() or (p / "language" / "places.json").write_text("[]"),
    lambda p: (p / "ordinals.py").unlink(),
    lambda p: (p / "merge.py").write_bytes(b"\n" + (p / "merge.py").read_bytes()),
], ids=["lexicon edited", "extract module emptied", "extract module added", "a table in extract/",
        "a table in language/", "ordinals gone", "merge edited"])
def test_a_rule_change_changes_the_fingerprint(package, change):
    before = rules_digest(package)
    change(package)
    assert rules_digest(package) != before


@pytest.mark.parametrize("change", [
    lambda p: (p / "cli.py").write_text("", "utf-8"),
    lambda p: (p / "render").exists() and shutil.rmtree(p / "render"),
    lambda p: (p / "extract" / "__pycache__").mkdir() or (p / "extract" / "__pycache__" / "x.pyc").write_bytes(b"x"),
    lambda p: (p / "extract" / ".people.py.swp").write_bytes(b"x"),
    lambda p: (p / "extract" / "people.py~").write_bytes(b"x"),
], ids=["cli edited", "render gone", "compiled code", "an editor's swap file", "an editor's backup"])
def test_what_is_not_a_rule_leaves_the_fingerprint_alone(package, change):
    before = rules_digest(package)
    change(package)
    assert rules_digest(package) == before


def test_the_rules_hash_alike_from_a_zipped_package(package, tmp_path):
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(package.rglob("*")):
            zipped.write(path, path.relative_to(package.parent).as_posix())
    with zipfile.ZipFile(archive) as zipped:
        assert rules_digest(zipfile.Path(zipped, "nghiquyet/")) == rules_digest(package)


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["search", "--help"]])
def test_version_and_help_do_not_compute_the_fingerprint(args):
    probe = ("import sys\n"
             "from nghiquyet import cli\n"
             f"sys.argv = ['nghiquyet', *{args!r}]\n"
             "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
             "index = sys.modules.get('nghiquyet.index')\n"
             "print('computed' if index and index.rules_fingerprint.cache_info().currsize else 'not computed')\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[-1:] == ["not computed"], done.stderr
