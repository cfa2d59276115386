"""A shared index in PostgreSQL, scaled out: indexers and readers at once, in one run.

    python bench/scale_out.py                       # 5,000 articles
    python bench/scale_out.py --articles 1000       # a quick look
    python bench/scale_out.py --db postgresql://...  # a server of your own (each build
                                                     # gets a new database in it)

Without --db it starts a throwaway server (``tests/postgres_server.py``: PostgreSQL's
``initdb`` and ``pg_ctl``, Debian packages postgresql and postgresql-contrib). It
generates the articles (bench/generate.py, cached under bench/out/), then measures:

- the build of one collection by 1, 2 and 4 indexers at once (``nghiquyet index
  --shard K/N``, processes started together), and the speed-up over one;
- warm search latency, p50 and p95, with 1, 8 and 32 clients searching at once (each a
  process with the index open, as a server process would hold it), on PostgreSQL and on
  the embedded SQLite store of the same files. Latency is the library's ``search``: what
  a command adds to it (starting Python, ~0.1 s) is the same for both.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from run import generate  # noqa: E402  (bench/run.py)

QUERIES = ["ban chap hanh", "BCH khoa XX", "hoi nghi lan thu 20", "nghi quyet so 01", "chuyen doi so",
           "bi thu tinh uy", "quan triet nghi quyet", "dai hoi dang bo tinh", "ky hop HDND", "pho bi thu thuong truc"]


def build(url: str, corpus: Path, indexers: int, cache: Path) -> float:
    """Seconds until ``indexers`` processes, started together, have indexed the corpus."""
    shards = [[] if indexers == 1 else ["--shard", f"{k}/{indexers}"] for k in range(1, indexers + 1)]
    env = {**os.environ, "NGHIQUYET_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    running = [subprocess.Popen([sys.executable, "-m", "nghiquyet", "index", "--db", url, "--corpus", str(corpus),
                                 *shard], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
               for shard in shards]
    for process in running:
        _, stderr = process.communicate()
        if process.returncode != 0:
            sys.exit(f"scale_out: an indexer failed: {stderr.decode().strip()}")
    return time.perf_counter() - started


def _client(store: str, corpus: str, rounds: int, start, results) -> None:
    from nghiquyet.index import CACHE_ENV, CorpusSpec, open_index, open_shared_index
    from nghiquyet.search import search

    if store.startswith("postgresql"):
        index = open_shared_index(store, None)
    else:  # the cache folder the embedded build wrote
        os.environ[CACHE_ENV] = store
        index = open_index(CorpusSpec.of([corpus]))
    for query in QUERIES:  # warm: pages cached, modules loaded
        search(index, query)
    start.wait()
    latencies = []
    for _ in range(rounds):
        for query in QUERIES:
            began = time.perf_counter()
            search(index, query)
            latencies.append(time.perf_counter() - began)
    results.put(latencies)


def latency(store: str, corpus: Path, clients: int, rounds: int) -> tuple[float, float]:
    """p50 and p95 of a search, in seconds, with ``clients`` searching at once."""
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(clients), context.Queue()
    workers = [context.Process(target=_client, args=(store, str(corpus), rounds, start, results))
               for _ in range(clients)]
    for worker in workers:
        worker.start()
    latencies = sorted(t for _ in workers for t in results.get())
    for worker in workers:
        worker.join()
    return statistics.median(latencies), latencies[int(len(latencies) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--db", help="a server's URL (a database on it, to make databases from)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the queries per client")
    parser.add_argument("--indexers", type=int, nargs="+", default=[1, 2, 4], help="indexers at once, each build")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8, 32], help="clients at once, each run")
    args = parser.parse_args()
    corpus = generate(args.articles, HERE / "out")
    server = None
    if args.db is None:
        import postgres_server

        server = postgres_server.started()
    try:
        admin_url = args.db or server.url()
        run_scale_out(admin_url, corpus, args)
    finally:
        if server:
            server.stop()
            postgres_server.remove(server)


def run_scale_out(admin_url: str, corpus: Path, args) -> None:
    """The measures, in databases made for them on the server and dropped after."""
    import psycopg

    names = [f"nghiquyet_bench_{os.getpid()}_{indexers}" for indexers in args.indexers]
    with psycopg.connect(admin_url, autocommit=True) as admin, tempfile.TemporaryDirectory() as cache:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')  # names made here, not data
        try:
            urls = [admin_url.rsplit("/", 1)[0] + "/" + name for name in names]
            measure(args, corpus, urls, Path(cache))
        finally:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def measure(args, corpus: Path, urls: list[str], cache: Path) -> None:
    builds = {indexers: build(url, corpus, indexers, cache)
              for indexers, url in zip(args.indexers, urls, strict=True)}
    embedded_build = build_embedded(corpus, cache)
    print(f"\n{args.articles:,} articles, {os.cpu_count()} cores\n")
    print("| indexers | build | speed-up |\n| ---: | ---: | ---: |")
    for indexers, seconds in builds.items():
        print(f"| {indexers} | {seconds:.1f} s | {builds[args.indexers[0]] / seconds:.2f}× |")
    print(f"| embedded store, 1 | {embedded_build:.1f} s | |")
    print("\n| clients | PostgreSQL p50 | p95 | embedded p50 | p95 |\n| ---: | ---: | ---: | ---: | ---: |")
    for clients in args.clients:
        shared = latency(urls[-1], corpus, clients, args.rounds)
        embedded = latency(str(cache), corpus, clients, args.rounds)
        print(f"| {clients} | {shared[0] * 1000:.0f} ms | {shared[1] * 1000:.0f} ms | {embedded[0] * 1000:.0f} ms"
              f" | {embedded[1] * 1000:.0f} ms |")


def build_embedded(corpus: Path, cache: Path) -> float:
    env = {**os.environ, "NGHIQUYET_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nghiquyet", "index", "--corpus", str(corpus)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
