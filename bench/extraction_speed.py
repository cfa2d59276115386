"""Extraction time an article, this working tree against an earlier revision, in one run.

    python bench/extraction_speed.py CORPUS [--against REV] [--rounds N]

The revision's package is taken from git (``git archive``) into a temporary folder and
imported under another name beside this tree's. Both extract every article of CORPUS,
article by article in a shuffled order, and the CPU time each spends is added up: on a
busy machine both suffer alike, so the ratio holds where wall-clock medians do not.
Standard library only; prints one line a version and the ratio.
"""

from __future__ import annotations

import argparse
import importlib
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WARM_UP = 50  # articles each version reads first, to fill its caches


def revision_package(revision: str, into: Path) -> str:
    """The revision's ``nghiquyet`` package, unpacked under ``into`` as ``nghiquyet_<rev>``."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "nghiquyet"],
                             capture_output=True, check=True).stdout
    archive_path = into / "package.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(into, filter="data")
    name = "nghiquyet_" + "".join(c if c.isalnum() else "_" for c in revision)
    (into / "nghiquyet").rename(into / name)
    return name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of .txt articles")
    parser.add_argument("--against", default="d6fcb24", help="the revision to compare with (default d6fcb24, "
                                                               "the extraction issue 11 measured first)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the corpus")
    args = parser.parse_args()
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in sorted(args.corpus.rglob("*.txt"))]
    if not texts:
        print(f"no .txt article under {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        sys.path.insert(0, folder)
        sys.path.insert(0, str(REPO))
        earlier = importlib.import_module(revision_package(args.against, Path(folder)) + ".extract.article")
        current = importlib.import_module("nghiquyet.extract.article")
        versions = {args.against: earlier.extract, "this tree": current.extract}
        spent = dict.fromkeys(versions, 0.0)
        for name, text in texts[:WARM_UP]:
            for extract in versions.values():
                extract(name, text)
        shuffle = random.Random(0).shuffle
        for _ in range(args.rounds):
            for name, text in texts:
                order = list(versions.items())
                shuffle(order)
                for label, extract in order:
                    started = time.process_time()
                    extract(name, text)
                    spent[label] += time.process_time() - started
    count = len(texts) * args.rounds
    for label, seconds in spent.items():
        print(f"{label:>12}: {1000 * seconds / count:.2f} ms an article")
    print(f"this tree / {args.against}: {spent['this tree'] / spent[args.against]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
