"""One huge file: does indexing stay within memory, and grow in a straight line?

    python bench/bigfile.py                 # 50, 100 and 200 MB
    python bench/bigfile.py --sizes 20 40   # a quick look

Each file is generated articles (bench/generate.py) written one after another into a
single file. nghiquyet reads such a file a part at a time; this prints, for each size,
the time to index it and the peak memory of the process, and how the time per MB grows.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from run import HERE, Measured, generate, nghiquyet

MB = 1_000_000


def big_file(size_mb: int, out: Path) -> Path:
    path = out / f"big-{size_mb}MB.txt"
    if path.exists() and path.stat().st_size >= size_mb * MB:
        return path
    articles = sorted(generate(5000, out).rglob("*.txt"))
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < size_mb * MB:
            for article in articles:
                text = article.read_text(encoding="utf-8") + "\n\n"
                handle.write(text)
                written += len(text.encode("utf-8"))
                if written >= size_mb * MB:
                    break
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200], help="file sizes in MB")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print("| file | index time | seconds per MB | against the smallest | peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    base = None
    for size in args.sizes:
        path = big_file(size, args.out)
        with tempfile.TemporaryDirectory(dir=args.out) as cache:
            run = Measured(nghiquyet("index", "--corpus", str(path)), {"NGHIQUYET_CACHE_DIR": cache})
        per_mb = run.seconds / (path.stat().st_size / MB)
        base = base or per_mb
        print(f"| {size} MB | {run.seconds:.1f} s | {per_mb:.2f} s | {per_mb / base:.2f}× "
              f"| {run.peak_kb / 1024:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
