"""Start-up: a command loads only what it needs. ``--version``, ``--help`` and a warm
``search --json`` load neither Rich nor the extraction rules (Ruff's TID253, configured in
pyproject.toml, keeps them from being imported at the top of a module)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from nghiquyet.index import CorpusSpec, open_index

# Runs the command line as ``python -m nghiquyet`` would, then writes the modules it
# loaded as the last line of stderr.
PROBE = """
import json, sys
sys.argv = ["nghiquyet", *sys.argv[1:]]
from nghiquyet.cli import main
try:
    main()
except SystemExit as done:
    code = done.code
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""
HEAVY = ("rich", "nghiquyet.extract", "nghiquyet.articles", "nghiquyet.merge", "trafilatura", "docx", "pypdf")


def loaded(*args: str) -> tuple[int, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in os.environ.items() if k not in ("NGHIQUYET_CORPUS", "TYPER_USE_RICH")})
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], report["modules"]


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m in HEAVY or m.startswith(tuple(h + "." for h in HEAVY))]


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["search", "--help"], ["timeline", "--help"]],
                         ids=" ".join)
def test_version_and_help_load_neither_rich_nor_the_rules(args):
    code, modules = loaded(*args)
    assert code in (0, None)
    assert heavy(modules) == []
    assert "nghiquyet.index" not in modules and "sqlite3" not in modules


def test_a_warm_search_as_json_loads_neither_rich_nor_the_rules():
    open_index(CorpusSpec.of(None))  # the bundled articles, indexed in this test's own cache
    code, modules = loaded("search", "tran quoc toa", "--json")  # a word that may be misspelt
    assert code == 0
    assert heavy(modules) == []
    # with no corrections file, its reader stays unloaded
    assert not [m for m in modules if m.startswith(("tomllib", "nghiquyet.corrections.file"))]
