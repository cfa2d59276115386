"""Counts of what the index holds: files read and skipped (also per format) and those of
a format no --ext asked for, records per
kind, meetings held, upcoming and mentioned; meetings held per term, per year and per
file; the corrections that do not apply. With a filter (``--province`` and the like), the records counted are those it
keeps; the files are the corpus's whatever the filter."""

from __future__ import annotations

import os
from collections import Counter

from .filters import one_per_meeting

KINDS = ("meeting", "person", "resolution", "document")


def stats(index, catalog=None, kinds: tuple[str, ...] = KINDS) -> dict:
    """``catalog``: a ``filters.Catalog`` whose filter picks the records to count;
    ``kinds``: the kinds of record counted."""
    files = index.files()
    read = [f for f in files if f.status == "read"]
    if catalog is None:
        meetings = one_per_meeting(index.meetings())
        counts = index.record_counts()
    else:
        meetings = [m for m in one_per_meeting(list(catalog.meetings.values())) if catalog.keeps(m)]
        counts = Counter(r.kind for r in index.records([k for k in KINDS if k != "meeting"]) if catalog.keeps(r))
    counts["meeting"] = len(meetings)
    records = {kind: counts.get(kind, 0) for kind in KINDS if kind in kinds}
    statuses = Counter(m.status for m in meetings)
    held = [m for m in meetings if m.status == "held"]
    per_file = Counter(m.source.file for m in held)
    return {
        "corpus": [str(p) for p in index.spec.paths],
        "files_read": len(read),
        "files_skipped": len(index.report.skipped),
        "skipped": [{"file": s.file, "reason": s.reason} for s in index.report.skipped],
        "files_not_asked": index.report.not_asked,
        "articles": sum(f.articles or 0 for f in read),
        "lines": sum(f.line_count or 0 for f in read),
        "characters": sum(f.characters or 0 for f in read),
        "encodings": dict(Counter(f.encoding for f in read)),
        "per_format": _per_format(files),
        "records": records,
        "meetings_reported": statuses["held"],
        "meetings_upcoming": statuses["upcoming"],
        "meetings_referenced": statuses["mentioned"],
        "per_term": dict(sorted(Counter(m.term or "unknown" for m in held).items())),
        "per_year": dict(sorted(Counter(str(m.date.year or "unknown") for m in held).items())),
        "per_file": [{"file": f.file, "meetings": per_file.get(f.file, 0)} for f in read],
        "corrections_unapplied": [{"file": u.correction.file, "line": u.correction.line,
                                   "correction": u.correction.describe(), "reason": u.reason}
                                  for u in index.unapplied_corrections()],
        "corrections_found_again": [{"file": c.file, "line": c.line, "correction": c.describe(), "applied": said}
                                    for c, said in (index.overlay.found_elsewhere() if index.overlay else [])],
    }


def _per_format(files) -> dict[str, dict[str, int]]:
    """Files read and skipped per extension (``txt``, ``html``, ``pdf``...)."""
    counts: dict[str, Counter] = {}
    for f in files:
        extension = os.path.splitext(f.file)[1].lower().lstrip(".") or "none"
        counts.setdefault(extension, Counter())[f.status] += 1
    return {extension: {"read": c["read"], "skipped": c["skipped"]} for extension, c in sorted(counts.items())}
