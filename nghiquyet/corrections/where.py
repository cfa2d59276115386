"""Which corrections files apply to a corpus: all that a command with none needs of this
package, so that it loads neither the file's reader nor the overlay."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

FILE_NAME = "nghiquyet.toml"  # at a corpus root
ENV_VAR = "NGHIQUYET_CORRECTIONS"


def files_for(corpus_paths: Iterable[Path], given: Path | None) -> list[Path]:
    """The corrections files that apply: the one given (``--corrections``, else
    ``$NGHIQUYET_CORRECTIONS``), else the ``nghiquyet.toml`` at each corpus folder's root."""
    given = given or (Path(os.environ[ENV_VAR]) if os.environ.get(ENV_VAR) else None)
    if given is not None:
        return [given]
    return [p / FILE_NAME for p in corpus_paths if (p / FILE_NAME).is_file()]
