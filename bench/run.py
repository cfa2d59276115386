"""Time and memory of nghiquyet against the tools people would otherwise use, in one run.

    python bench/run.py                         # 1,000, 5,000 and 20,000 articles
    python bench/run.py --sizes 1000 --repeat 3 # a quick look

For each size it generates the articles (bench/generate.py, cached under bench/out/),
then measures, as medians of --repeat runs on the same files:

- a cold ``nghiquyet index`` against building an SQLite FTS5 index of the same files'
  paragraphs from Python (the reference build);
- a warm ``nghiquyet search QUERY --json`` against the same query to that FTS5 index
  through the ``sqlite3`` shell, and against ``nghiquyet --version``;
- re-indexing after one file changed, against the full build;
- ``rg -i`` over the same files, the floor for reading the bytes;
- peak memory (resident, summed over the process and its workers) of build and query.

It prints one table a size, then how build time grows with the number of articles.
Standard library only; ``sqlite3`` and ``rg`` (Debian packages sqlite3, ripgrep) are
used when installed and their rows left out otherwise.
"""

from __future__ import annotations

import argparse
import os
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

    def __init__(self, command: list[str], env: dict | None = None):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   env={**os.environ, **(env or {})})
        self.peak_kb = 0
        watcher = threading.Thread(target=self._watch, args=(process,), daemon=True)
        watcher.start()
        _, stderr = process.communicate()
        self.seconds = time.perf_counter() - started
        watcher.join()
        if process.returncode not in (0, 1):
            sys.exit(f"run.py: error: {' '.join(command)} failed: {stderr.decode(errors='replace')[-300:]}")

    def _watch(self, process: subprocess.Popen) -> None:
        while process.poll() is None:
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(process.pid))
            time.sleep(0.02)


def _tree_rss_kb(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


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


def measure(size: int, out: Path, repeat: int) -> dict:
    corpus = generate(size, out)
    rows: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        scratch = Path(scratch)
        builds, build_peaks = [], []
        for i in range(repeat):
            cache = {"NGHIQUYET_CACHE_DIR": str(scratch / f"cache-{i}")}
            run = Measured(nghiquyet("index", "--corpus", str(corpus)), cache)
            builds.append(run.seconds)
            build_peaks.append(run.peak_kb)
        fts = [fts5_build(corpus, scratch / "fts.db") for _ in range(repeat)]
        rows["cold build"] = median(builds)
        searches = [Measured(nghiquyet("search", QUERY, "--json", "--corpus", str(corpus)), cache)
                    for _ in range(repeat)]
        versions = [Measured(nghiquyet("--version")).seconds for _ in range(repeat)]
        rows["warm search"] = median(s.seconds for s in searches)
        if shutil.which("sqlite3"):
            shell = ["sqlite3", str(scratch / "fts.db"),
                     f"SELECT file, text FROM paragraphs WHERE paragraphs MATCH '{QUERY}' LIMIT 20;"]
            rows["sqlite3 shell query"] = median([Measured(shell).seconds for _ in range(repeat)])
        changed = sorted(corpus.rglob("*.txt"))[size // 2]
        original = changed.read_bytes()
        updates = []
        try:
            for i in range(repeat):
                changed.write_bytes(original + f"\nBổ sung lần {i}.\n".encode())
                updates.append(Measured(nghiquyet("index", "--corpus", str(corpus)), cache).seconds)
        finally:
            changed.write_bytes(original)
        rows["one file changed"] = median(updates)
        if shutil.which("rg"):
            rows["rg -i (reading floor)"] = median([Measured(["rg", "-i", "-c", "ban chấp hành", str(corpus)]).seconds
                                                    for _ in range(repeat)])
        return {"size": size, "rows": rows, "fts": median(fts), "versions": median(versions),
                "build_peak_mb": max(build_peaks) / 1024, "query_peak_mb": max(s.peak_kb for s in searches) / 1024}


def report(result: dict) -> None:
    rows, size = result["rows"], result["size"]
    build, search = rows["cold build"], rows["warm search"]
    sqlite_query = rows.get("sqlite3 shell query")
    print(f"\n{size:,} articles")
    print("| measure | median | against | ratio |\n| --- | ---: | --- | ---: |")
    print(f"| cold build | {build:.2f} s | FTS5 build from Python {result['fts']:.2f} s | "
          f"{build / result['fts']:.1f}× |")
    if sqlite_query:
        print(f"| warm search | {search:.3f} s | sqlite3 shell FTS5 query {sqlite_query:.3f} s | "
              f"{search / sqlite_query:.1f}× |")
    print(f"| warm search | {search:.3f} s | nghiquyet --version {result['versions']:.3f} s | "
          f"{search / result['versions']:.1f}× |")
    changed = rows["one file changed"]
    print(f"| one file changed | {changed:.2f} s | full build {build:.2f} s | {changed / build:.0%} |")
    if "rg -i (reading floor)" in rows:
        floor = rows["rg -i (reading floor)"]
        print(f"| rg -i over the files | {floor:.3f} s | cold build | {build / floor:.0f}× |")
    print(f"| peak memory, build | {result['build_peak_mb']:.0f} MB | | |")
    print(f"| peak memory, search | {result['query_peak_mb']:.0f} MB | | |")


def growth(results: list[dict]) -> None:
    if len(results) < 2:
        return
    first = results[0]
    print("\n| articles | cold build | seconds per 1,000 | against the smallest |\n| ---: | ---: | ---: | ---: |")
    base = first["rows"]["cold build"] / first["size"] * 1000
    for result in results:
        build = result["rows"]["cold build"]
        per_thousand = build / result["size"] * 1000
        print(f"| {result['size']:,} | {build:.2f} s | {per_thousand:.2f} s | {per_thousand / base:.2f}× |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"nghiquyet benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, query {QUERY!r}, medians of {args.repeat}")
    results = []
    for size in args.sizes:
        results.append(measure(size, args.out, args.repeat))
        report(results[-1])
    growth(results)


if __name__ == "__main__":
    main()
