"""Time and memory of nghiquyet against the tools people would otherwise use, in one run.

    python bench/run.py                                    # 1,000, 5,000 and 20,000 articles
    python bench/run.py --sizes 1000 --repeat 3 --no-suite # a quick look

For each size it generates the articles (bench/generate.py, cached under bench/out/),
then measures, as medians of --repeat runs on the same files, each pair compared taken
in turn (one of each, then again), so that a machine busy for a while slows both:

- a cold ``nghiquyet index`` against building an SQLite FTS5 index of the same files'
  paragraphs from Python (the reference build);
- a warm ``nghiquyet search QUERY --json`` against the same query to that FTS5 index
  through the ``sqlite3`` shell, and against ``nghiquyet --version``: in wall-clock time,
  in CPU time (user and system, of the command and the processes it waited for), which a
  machine busy with other work disturbs less, and with ``--instructions`` in instructions
  counted by valgrind's callgrind (of the command's own process), which it does not disturb;
- ``nghiquyet --version`` against ``python -c 'import typer'``;
- re-indexing after one file changed, against the full build;
- a search after a file was edited in place, one added and one removed (it sees them,
  refreshes and answers), against the full build;
- ``rg -i`` over the same files, the floor for reading the bytes;
- peak memory of build and query: the command's resident size, plus what each process
  it starts holds on its own, so that a page a forked child still shares with its parent
  counts once (where the system does not say which pages those are, each process's whole
  resident size).

The package's bytecode is written first, as pip writes it when it installs. It prints
one table a size with the issue's target beside each ratio, then how build time grows
with the number of articles, then the test suite's time (``python -m pytest``, left out
with ``--no-suite``). Standard library only; ``sqlite3`` and ``rg`` (Debian packages
sqlite3, ripgrep) are used when installed and their rows left out otherwise.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERY = "ban chap hanh"  # typed without diacritics, as people do; FTS5 folds all but đ itself
# The targets of issue 12, at 20,000 articles.
BUILD_TARGET = 3.0  # cold build, times the FTS5 build
SEARCH_TARGET = 1.5  # warm search, times --version
VERSION_TARGET = 1.3  # --version, times python -c 'import typer'
CHANGED_TARGET = 0.02  # one changed file, share of a full build
BUILD_MEMORY_MB, QUERY_MEMORY_MB = 500, 100
LINEAR = 0.15  # build time per article, from the smallest size to the largest
SUITE_TARGET = 120  # seconds, python -m pytest


def generate(size: int, out: Path) -> Path:
    corpus = out / f"corpus-{size}"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(size), str(corpus), "--force"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        (corpus / ".complete").touch()
    return corpus


class Measured:
    """Wall time and peak resident memory of a command and every process it starts."""

    def __init__(self, command: list[str], env: dict | None = None, cwd: Path | None = None):
        used_before = _children_cpu()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   env={**os.environ, **(env or {})}, cwd=cwd)
        self.peak_kb = 0
        watcher = threading.Thread(target=self._watch, args=(process,), daemon=True)
        watcher.start()
        _, stderr = process.communicate()
        self.seconds = time.perf_counter() - started
        self.cpu = _children_cpu() - used_before
        watcher.join()
        if process.returncode not in (0, 1):
            sys.exit(f"run.py: error: {' '.join(command)} failed: {stderr.decode(errors='replace')[-300:]}")

    def _watch(self, process: subprocess.Popen) -> None:
        while process.poll() is None:
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(process.pid))
            time.sleep(0.02)


def _children_cpu() -> float:
    """CPU seconds of the processes this one waited for, and of those they waited for."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def instructions(command: list[str], env: dict | None = None) -> int:
    """Instructions the command's own process runs, counted by callgrind: the same on a
    busy machine as on an idle one (a process it forks is counted apart, and left out)."""
    with tempfile.TemporaryDirectory() as folder:
        process = subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out.%p", *command],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                   env={**os.environ, **(env or {})})
        _, stderr = process.communicate()
    return int(dict(re.findall(r"==(\d+)== Collected : (\d+)", stderr))[str(process.pid)])


def _tree_rss_kb(pid: int) -> int:
    """The command's resident size, and what each process it started holds on its own."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            total += _memory_kb(current, own_only=current != pid)
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def _memory_kb(pid: int, own_only: bool) -> int:
    """A process's resident size; ``own_only``, only the pages it shares with no other
    process (a forked child's pages still shared with its parent are the parent's), where
    the system says which those are."""
    if own_only:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
            return sum(int(line.split()[1]) for line in rollup if line.startswith(("Private_Clean:", "Private_Dirty:")))
        except OSError:
            pass
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))


def median(runs: list[float]) -> float:
    return statistics.median(runs)


def nghiquyet(*args: str) -> list[str]:
    return [sys.executable, "-m", "nghiquyet", *args]


def fts5_build(corpus: Path, database: Path) -> float:
    started = time.perf_counter()
    database.unlink(missing_ok=True)
    db = sqlite3.connect(database)
    db.execute("CREATE VIRTUAL TABLE paragraphs USING fts5(file, text, tokenize='unicode61 remove_diacritics 2')")
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        db.executemany("INSERT INTO paragraphs VALUES (?, ?)",
                       [(str(path), paragraph) for paragraph in text.split("\n") if paragraph.strip()])
    db.commit()
    db.close()
    return time.perf_counter() - started


def measure(size: int, out: Path, repeat: int, count_instructions: bool) -> dict:
    corpus = generate(size, out)
    rows: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        scratch = Path(scratch)
        builds, build_peaks, fts = [], [], []
        for i in range(repeat):
            cache = {"NGHIQUYET_CACHE_DIR": str(scratch / f"cache-{i}")}
            run = Measured(nghiquyet("index", "--corpus", str(corpus)), cache)
            builds.append(run.seconds)
            build_peaks.append(run.peak_kb)
            fts.append(fts5_build(corpus, scratch / "fts.db"))
        rows["cold build"] = median(builds)
        search = nghiquyet("search", QUERY, "--json", "--corpus", str(corpus))
        shell = ["sqlite3", str(scratch / "fts.db"),
                 f"SELECT file, text FROM paragraphs WHERE paragraphs MATCH '{QUERY}' LIMIT 20;"]
        searches, versions, versions_cpu, typers, shells = [], [], [], [], []
        Measured(search, cache)  # the first query after a build may walk again (files written within 2 s)
        for _ in range(repeat):
            searches.append(Measured(search, cache))
            version = Measured(nghiquyet("--version"))
            versions.append(version.seconds)
            versions_cpu.append(version.cpu)
            typers.append(Measured([sys.executable, "-c", "import typer"]).seconds)
            if shutil.which("sqlite3"):
                shells.append(Measured(shell).seconds)
        rows["warm search"] = median(s.seconds for s in searches)
        cpu = {"search": median(s.cpu for s in searches), "version": median(versions_cpu)}
        if count_instructions:
            cpu["search instructions"] = instructions(search, cache)
            cpu["version instructions"] = instructions(nghiquyet("--version"))
        if shells:
            rows["sqlite3 shell query"] = median(shells)
        files = sorted(corpus.rglob("*.txt"))
        changed = files[size // 2]
        original = changed.read_bytes()
        updates = []
        try:
            for i in range(repeat):
                changed.write_bytes(original + f"\nBổ sung lần {i}.\n".encode())
                updates.append(Measured(nghiquyet("index", "--corpus", str(corpus)), cache).seconds)
        finally:
            changed.write_bytes(original)
        rows["one file changed"] = median(updates)
        rows["search after changes"] = median(_search_after_changes(files, search, cache) for _ in range(repeat))
        if shutil.which("rg"):
            rows["rg -i (reading floor)"] = median([Measured(["rg", "-i", "-c", "ban chấp hành", str(corpus)]).seconds
                                                    for _ in range(repeat)])
        return {"size": size, "rows": rows, "cpu": cpu, "fts": median(fts), "versions": median(versions),
                "typer": median(typers), "build_peak_mb": max(build_peaks) / 1024,
                "query_peak_mb": max(s.peak_kb for s in searches) / 1024}


def _search_after_changes(files: list[Path], search: list[str], cache: dict) -> float:
    """A warm search after one file was edited in place (its size and modification time
    kept), one added and one removed; the corpus is put back after it."""
    edited, removed = files[len(files) // 3], files[2 * len(files) // 3]
    added = edited.with_name("bench-added.txt")
    kept, gone = edited.read_bytes(), removed.read_bytes()
    before = edited.stat()
    try:
        edited.write_bytes(kept.replace(b"a", b"e", 1))
        os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
        added.write_bytes(gone)
        removed.unlink()
        return Measured(search, cache).seconds
    finally:
        edited.write_bytes(kept)
        removed.write_bytes(gone)
        added.unlink(missing_ok=True)


def report(result: dict) -> None:
    rows, size = result["rows"], result["size"]
    build, search = rows["cold build"], rows["warm search"]
    sqlite_query = rows.get("sqlite3 shell query")
    print(f"\n**{size:,} articles**\n")
    print("| measure | median | against | ratio | target |\n| --- | ---: | --- | ---: | ---: |")
    print(f"| cold build | {build:.2f} s | FTS5 build from Python {result['fts']:.2f} s | "
          f"{build / result['fts']:.1f}× | ≤ {BUILD_TARGET:g}× |")
    if sqlite_query:
        print(f"| warm search | {search:.3f} s | sqlite3 shell FTS5 query {sqlite_query:.3f} s | "
              f"{search / sqlite_query:.1f}× | |")
    print(f"| warm search | {search:.3f} s | nghiquyet --version {result['versions']:.3f} s | "
          f"{search / result['versions']:.1f}× | ≤ {SEARCH_TARGET:g}× |")
    cpu = result["cpu"]
    print(f"| warm search, CPU time | {cpu['search']:.3f} s | nghiquyet --version {cpu['version']:.3f} s | "
          f"{cpu['search'] / cpu['version']:.1f}× | ≤ {SEARCH_TARGET:g}× |")
    if "search instructions" in cpu:
        search_count, version_count = cpu["search instructions"], cpu["version instructions"]
        print(f"| warm search, instructions | {search_count / 1e6:.0f} M | nghiquyet --version "
              f"{version_count / 1e6:.0f} M | {search_count / version_count:.2f}× | ≤ {SEARCH_TARGET:g}× |")
    print(f"| nghiquyet --version | {result['versions']:.3f} s | python -c 'import typer' {result['typer']:.3f} s | "
          f"{result['versions'] / result['typer']:.2f}× | ≤ {VERSION_TARGET:g}× |")
    changed = rows["one file changed"]
    print(f"| one file changed | {changed:.2f} s | full build {build:.2f} s | {changed / build:.1%} | "
          f"≤ {CHANGED_TARGET:.0%} |")
    after = rows["search after changes"]
    print(f"| search after an edit, an addition, a removal | {after:.2f} s | full build {build:.2f} s | "
          f"{after / build:.1%} | |")
    if "rg -i (reading floor)" in rows:
        floor = rows["rg -i (reading floor)"]
        print(f"| rg -i over the files | {floor:.3f} s | cold build | {build / floor:.0f}× | |")
    print(f"| peak memory, build | {result['build_peak_mb']:.0f} MB | | | ≤ {BUILD_MEMORY_MB} MB |")
    print(f"| peak memory, search | {result['query_peak_mb']:.0f} MB | | | ≤ {QUERY_MEMORY_MB} MB |")


def growth(results: list[dict]) -> None:
    if len(results) < 2:
        return
    first = results[0]
    print("\n| articles | cold build | seconds per 1,000 | against the smallest | target |\n"
          "| ---: | ---: | ---: | ---: | ---: |")
    base = first["rows"]["cold build"] / first["size"] * 1000
    for result in results:
        build = result["rows"]["cold build"]
        per_thousand = build / result["size"] * 1000
        print(f"| {result['size']:,} | {build:.2f} s | {per_thousand:.2f} s | {per_thousand / base:.2f}× | "
              f"{1 - LINEAR:.2f}–{1 + LINEAR:.2f}× |")


def suite() -> None:
    """The test suite as the README runs it, once, after the rest."""
    run = Measured([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=HERE.parent)
    print(f"\n| measure | time | target |\n| --- | ---: | ---: |\n"
          f"| python -m pytest on {os.cpu_count()} cores | {run.seconds:.0f} s | ≤ {SUITE_TARGET} s |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--no-suite", action="store_true", help="leave out the test suite's time")
    parser.add_argument("--instructions", action="store_true",
                        help="count the instructions of a warm search and of --version with valgrind (slow)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # As installed: with PYTHONDONTWRITEBYTECODE set, every start would compile every module.
    compileall.compile_dir(HERE.parent / "nghiquyet", quiet=1)
    print(f"nghiquyet benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, query {QUERY!r}, medians of {args.repeat}")
    results = []
    for size in args.sizes:
        results.append(measure(size, args.out, args.repeat, args.instructions and shutil.which("valgrind") is not None))
        report(results[-1])
    growth(results)
    if not args.no_suite:
        suite()


if __name__ == "__main__":
    main()
