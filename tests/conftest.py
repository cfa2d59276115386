import functools
import json
import os
from pathlib import Path

import pytest
import typer.main
import typer.testing

from nghiquyet.index import CorpusSpec, open_index

HERE = Path(__file__).parent
ARTICLES = HERE / "data" / "articles"
SEEDS = HERE.parent / "seeds"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    """Every test gets its own cache folder and no corpus or database from the environment."""
    monkeypatch.setenv("NGHIQUYET_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NGHIQUYET_CORPUS", raising=False)
    monkeypatch.delenv("NGHIQUYET_DB", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _bytecode_aside(tmp_path_factory):
    """Commands run as subprocesses compile the package once, into a folder of the test
    session, never beside the sources: each run is then faster. Parallel workers (each
    with a folder of its own under the session's) share one."""
    session = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        session = session.parent
    patch = pytest.MonkeyPatch()
    patch.setenv("PYTHONPYCACHEPREFIX", str(session / "pycache"))
    yield
    patch.undo()


@pytest.fixture(scope="session", autouse=True)
def _one_click_command():
    """Typer's CliRunner builds the Click command from the app again on every invoke,
    four fifths of an in-process run; the app does not change within a session, so it is
    built once. What the command does, and how its output is read, stay the same."""
    patch = pytest.MonkeyPatch()
    patch.setattr(typer.testing, "_get_command", functools.cache(typer.main.get_command))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def articles_index():
    return open_index(CorpusSpec.of([ARTICLES]), use_cache=False)


@pytest.fixture(scope="session")
def seeds_index():
    return open_index(CorpusSpec.of([SEEDS]), use_cache=False)


@pytest.fixture(scope="session")
def expected():
    return json.loads((HERE / "data" / "expected.json").read_text(encoding="utf-8"))["files"]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Tests that share a module-scoped fixture (a corpus indexed once, the outputs of
    many commands) run on one worker under ``--dist loadgroup``, so that the fixture is
    built once, not once on each worker; the other tests go wherever a worker is free."""
    parent: dict = {}

    def root(key):
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    shared = {}
    for item in items:
        definitions = getattr(item, "_fixtureinfo", None)
        definitions = definitions.name2fixturedefs.items() if definitions else ()
        keys = [f"{item.module.__name__}:{name}" for name, defined in definitions if defined[-1].scope == "module"]
        for key in keys:
            parent[root(key)] = root(keys[0])
        if keys:
            shared[item] = keys[0]
    for item, key in shared.items():
        item.add_marker(pytest.mark.xdist_group(root(key)))
