"""What ``nghiquyet correct`` does: check a correction against the index and the
corrections already made, then add it to the file; or list the corrections, each with
whether it applies."""

from __future__ import annotations

from pathlib import Path

from ..corpus import bundled_seeds
from .file import FIELDS, Correction, CorrectionsError, field_value, toml_value
from .overlay import NotApplicable, Overlay
from .where import ENV_VAR, FILE_NAME
from .writer import append

TABLE_KEYS = {"merge": "records", "drop": "record", "not_person": "record"}


def target_file(corpus_paths, given: Path | None) -> Path:
    """Where a new correction goes: the file given, else ``nghiquyet.toml`` at the root of
    the one corpus folder (never inside the bundled articles)."""
    import os

    if given is None and os.environ.get(ENV_VAR):
        given = Path(os.environ[ENV_VAR])
    if given is not None:
        return given
    folders = [p for p in corpus_paths if p.is_dir()]
    if len(folders) != 1 or len(list(corpus_paths)) != 1 or folders[0].resolve() == bundled_seeds().resolve():
        raise CorrectionsError(f"say which file keeps the corrections: --corrections FILE (or ${ENV_VAR}); "
                               f"by default it is {FILE_NAME} in the corpus folder, when there is one")
    return folders[0] / FILE_NAME


def add(index, path: Path, existing: list[Correction], action: str, names: list[str], field: str | None = None,
        value: str | None = None, meeting: str | None = None, giver: str | None = None, note: str | None = None
        ) -> tuple[int, Correction]:
    """Check the correction against the index as corrected so far, then write it; its line
    in the file, and the correction. CorrectionsError says why one cannot apply."""
    stored = value
    if action == "set":
        stored = toml_value(field, value)
        try:
            checked = field_value(field, stored)
        except ValueError as problem:
            raise CorrectionsError(str(problem)) from None
        if FIELDS[field].at_meeting and not meeting:
            raise CorrectionsError(f"field {field!r} is a person's at a meeting: give --meeting ID")
        if not FIELDS[field].at_meeting and meeting:
            raise CorrectionsError(f"field {field!r} takes no --meeting")
    else:
        checked = value
    overlay = Overlay(existing, index.stored_record, index.stored_records)
    ids = [_id_of(overlay, name) for name in names]
    meeting_id = _id_of(overlay, meeting) if meeting else None
    giver_id = _id_of(overlay, giver) if giver else None
    new = Correction(action, tuple(ids), str(path), 0, field, checked, meeting_id, giver_id, note)
    overlay = Overlay([*existing, new], index.stored_record, index.stored_records)
    for problem in overlay.problems:
        if problem.correction is new:
            raise CorrectionsError(f"{new.describe()}: {problem.reason}")
    named = [*ids, *filter(None, (meeting_id, giver_id))]
    entries = {**_entries(action, ids, field, stored, meeting_id, giver_id, value, note),
               "hints": _hints(index, named) or None}
    line = append(path, action, entries, about=" · ".join(overlay.label.get(i, i) for i in named))
    return line, Correction(action, tuple(ids), str(path), line, field, checked, meeting_id, giver_id, note)


def _hints(index, ids: list[str]) -> list[dict]:
    """What identifies each record named, besides its id, by which it is found again if its
    id changes: its label, and the file it is found in. Not for a person, whose id is
    their name: a person whose id changed has another label too."""
    hints = []
    for record_id in dict.fromkeys(ids):
        record = index.stored_record(record_id)
        if record.kind != "person":
            hints.append({"id": record_id, "label": record.label, "file": record.source.file})
    return hints


def _id_of(overlay: Overlay, name: str) -> str:
    try:
        return overlay.named(name.strip())
    except NotApplicable as why:
        raise CorrectionsError(str(why)) from None


def _entries(action, ids, field, stored, meeting_id, giver_id, title, note) -> dict:
    if action == "merge":
        return {"records": ids, "note": note}
    if action in ("drop", "not_person"):
        return {"record": ids[0], "note": note}
    if action == "title":
        return {"meeting": meeting_id, "title": title, "person": ids[0], "from": giver_id, "note": note}
    return {"record": ids[0], "field": field, "value": stored, "meeting": meeting_id, "note": note}


def listed(overlay: Overlay | None, corrections: list[Correction]) -> list[dict]:
    """Each correction as ``correct list --json`` gives it, with whether it applies: if
    not, why; if to a record found again by its hints, ``applied to NEW_ID (was OLD_ID)``."""
    problems = {id(p.correction): p.reason for p in overlay.problems} if overlay else {}
    moved = {id(c): said for c, said in overlay.found_elsewhere()} if overlay else {}
    rows = []
    for c in corrections:
        value = c.value[0] if isinstance(c.value, tuple) else c.value
        rows.append({"file": c.file, "line": c.line, "correction": c.action, "records": list(c.names),
                     "field": c.field, "value": value, "meeting": c.meeting, "from": c.giver, "note": c.note,
                     "applied": id(c) not in problems, "reason": problems.get(id(c), moved.get(id(c)))})
    return rows
