"""Corrections that last: what a user knows better than the rules, kept in a TOML file
beside the corpus and applied to the records as they are read from the index, after
extraction and merging, so that re-indexing, a changed article or new rules keep them.

``file`` reads and checks the file, ``overlay`` applies it to an index's records, and
``writer`` adds a correction to it for ``nghiquyet correct``.
"""

from .file import ENV_VAR, FIELDS, FILE_NAME, Correction, CorrectionsError, field_value, files_for, load, toml_value
from .overlay import Overlay, Unapplied

__all__ = ["ENV_VAR", "FIELDS", "FILE_NAME", "Correction", "CorrectionsError", "Overlay", "Unapplied", "field_value",
           "files_for", "load", "toml_value"]
