"""Changing the records a cache holds, as another version of nghiquyet (or extraction
rules that find more) would have written them, so that the commands can be run over
facts the bundled articles do not give: an upcoming meeting, a date without a year, a
record without a field that came later."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

ARTICLES = Path(__file__).parent / "data" / "articles"


def copy_articles(folder: Path, names) -> Path:
    """A corpus folder holding copies of some of the team's articles."""
    folder.mkdir()
    for name in names:
        shutil.copy(ARTICLES / name, folder / name)
    return folder


def edit_stored_meetings(cache_dir: Path, edit: Callable[[dict], dict | None]) -> None:
    """Replace each meeting of the one store in ``cache_dir`` by ``edit(data)``; a meeting
    for which it returns ``None`` stays as it is."""
    (store,) = cache_dir.glob("*.sqlite")
    db = sqlite3.connect(store, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        for record_id, data in db.execute("SELECT id, data FROM records WHERE kind = 'meeting'").fetchall():
            changed = edit(json.loads(data))
            if changed is not None:
                db.execute("UPDATE records SET data = ? WHERE id = ?",
                           (json.dumps(changed, ensure_ascii=False), record_id))
        db.execute("COMMIT")
    finally:
        db.close()
