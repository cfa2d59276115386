"""Corrections that last: what a user knows better than the rules, kept in a TOML file
beside the corpus and applied to the records as they are read from the index, after
extraction and merging, so that re-indexing, a changed article or new rules keep them.

``file`` reads and checks the file, ``overlay`` applies it to an index's records, and
``writer`` adds a correction to it for ``nghiquyet correct``.

Only ``where`` loads with the package: a command over a corpus without corrections loads
neither the file's reader nor the overlay (each costs a query more than its answer).
"""

from importlib import import_module

from .where import ENV_VAR, FILE_NAME, files_for

_LOADED_WHEN_ASKED = {"FIELDS": "file", "Correction": "file", "CorrectionsError": "file", "field_value": "file",
                      "load": "file", "toml_value": "file", "Overlay": "overlay", "Unapplied": "overlay"}

__all__ = ["ENV_VAR", "FIELDS", "FILE_NAME", "Correction", "CorrectionsError", "Overlay", "Unapplied", "field_value",
           "files_for", "load", "toml_value"]


def __getattr__(name: str):
    if name not in _LOADED_WHEN_ASKED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_LOADED_WHEN_ASKED[name]}", __name__), name)
