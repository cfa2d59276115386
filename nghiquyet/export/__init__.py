"""The whole index handed to other tools: one JSON object (the default), JSON Lines,
FollowTheMoney entities (``ftm``) or a relational SQLite file (``relational``).

Every format takes the same ``Selection``: the corpus, its files, and the records of
each kind that the filters keep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .. import __version__
from ..models import to_dict

PARTS = (("meetings", "meeting"), ("people", "person"), ("resolutions", "resolution"), ("documents", "document"))


class MissingExtra(Exception):
    """A format whose library is an optional extra that is not installed; the message
    names the extra."""


@dataclass
class Selection:
    """What an export holds: the index, the kinds asked for and the records kept."""

    index: object
    wants: Callable[[str], bool] = lambda kind: True
    keeps: Callable[[object], bool] = lambda record: True

    def head(self) -> dict:
        return {"version": __version__, "corpus": [str(p) for p in self.index.spec.paths], "files": self.files()}

    def files(self) -> list[dict]:
        return [{"file": f.file, **({"collection": f.collection} if f.collection else {}), "sha256": f.sha256,
                 "status": f.status, **({"reason": f.reason} if f.reason else {})} for f in self.index.files()]

    def records(self, kind: str) -> list:
        if not self.wants(kind):
            return []
        return [r for r in self.index.records([kind]) if self.keeps(r)]


def lines(selection: Selection) -> Iterator[dict]:
    """The export as JSON Lines objects, each with its ``kind``: the export's own line
    (version, corpus), one a file, then the records, meetings first."""
    head = selection.head()
    yield {"kind": "export", "version": head["version"], "corpus": head["corpus"]}
    for file in head["files"]:
        yield {"kind": "file", **file}
    for _, kind in PARTS:
        for record in selection.records(kind):
            yield {"kind": record.kind, **to_dict(record)}
