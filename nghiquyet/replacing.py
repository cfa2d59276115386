"""Files written whole or not at all: the new content goes to a file beside the target,
which is renamed over it once complete, so a reader (or the user, after Ctrl-C or a full
disk) finds the old file or the new one, never a part."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path, keep_mode: bool = False) -> Iterator[Path]:
    """A path beside ``path`` to write to; renamed over ``path`` when the block ends
    without an error, removed otherwise. The file gets the mode one written in place
    would have (mkstemp's is 0600), or with ``keep_mode`` the mode of the file it replaces."""
    path = Path(os.path.abspath(path))
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        yield Path(name)
        os.chmod(name, path.stat().st_mode & 0o7777 if keep_mode and path.exists() else 0o666 & ~_umask())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
