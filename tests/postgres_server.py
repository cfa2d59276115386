"""A throwaway PostgreSQL server for the tests: its own data folder, loopback only, a
free port, stopped when the tests end. The server refuses to run as root, so under root
it runs as the system's ``postgres`` user."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "nghiquyet"


def binaries() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on PATH, else Debian's versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


@dataclass
class Server:
    bin: Path
    data: Path
    port: int
    user: str | None  # the account the server runs as, when not this one

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bin / args[0]), *args[1:]], check=True, capture_output=True, user=self.user,
                       timeout=120)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.data / "server.log"), "-w", "-o",
                  f"-h 127.0.0.1 -p {self.port} -k {self.data} -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def kill(self) -> None:
        """As a crash: every server process gone at once, nothing flushed."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')  # a test's own name, not data
        return self.url(name)


def unprivileged_account() -> str | None:
    """The account to run the server as: this one, or ``postgres`` under root."""
    return "postgres" if os.geteuid() == 0 else None


def runnable() -> bool:
    """The server refuses root: under root, it needs a ``postgres`` account to run as."""
    try:
        return unprivileged_account() is None or bool(pwd.getpwnam("postgres"))
    except KeyError:
        return False


def started() -> Server:
    """A new server, initialised and running."""
    user = unprivileged_account()
    data = Path(tempfile.mkdtemp(prefix="nghiquyet-pg-"))
    if user:
        account = pwd.getpwnam(user)
        os.chown(data, account.pw_uid, account.pw_gid)
    server = Server(binaries(), data, _free_port(), user)
    server._run("initdb", "-D", str(data), "-U", SUPERUSER, "--auth=trust", "--no-locale", "-E", "UTF8")
    server.start()
    return server


def remove(server: Server) -> None:
    shutil.rmtree(server.data, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
