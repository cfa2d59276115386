"""What a command writes to a pseudo-terminal, read as a person at one would see it."""

import os
import select
import time


def read_screen(master: int, process, seconds: float = 120) -> bytes:
    """Everything written to the terminal whose reading end is ``master``, until the
    process closes it or ends, or ``seconds`` pass."""
    chunks, deadline = [], time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # Linux: every writer has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        elif process.poll() is not None:
            break
    return b"".join(chunks)
