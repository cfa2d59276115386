import json
from pathlib import Path

import pytest

from nghiquyet.index import CorpusSpec, open_index

HERE = Path(__file__).parent
ARTICLES = HERE / "data" / "articles"
SEEDS = HERE.parent / "seeds"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    """Every test gets its own cache folder and no corpus from the environment."""
    monkeypatch.setenv("NGHIQUYET_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NGHIQUYET_CORPUS", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _bytecode_aside(tmp_path_factory):
    """Commands run as subprocesses compile the package once, into a folder of the test
    session, never beside the sources: each run is then faster."""
    patch = pytest.MonkeyPatch()
    patch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path_factory.getbasetemp() / "pycache"))
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
