"""Running ``nghiquyet`` as a user does (a subprocess with stdout and stderr to pipes, or
stdout on a pseudo-terminal) or in this process (Typer's test runner), and reading its
JSON against docs/json-schema.json."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from terminal import read_screen
from typer.testing import CliRunner

from nghiquyet.cli import app

SCHEMA_PATH = Path(__file__).parent.parent / "docs" / "json-schema.json"


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str
    mode: str = "pipe"  # pipe (plain or JSON), terminal (stdout a pseudo-terminal) or in-process

    def __str__(self) -> str:
        shown = " ".join(a if len(a) < 60 else a[:57] + "..." for a in self.args)
        return f"nghiquyet {shown} [{self.mode}]"

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


def environment(cache_dir: Path, extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NGHIQUYET_CORPUS", "NGHIQUYET_DB", "FORCE_COLOR", "NO_COLOR", "PYTHONDONTWRITEBYTECODE",
                        "COLUMNS")}
    # A strict UTF-8 stdout, as under LANG=en_US.UTF-8 (C.UTF-8 would forgive surrogates).
    env.update(NGHIQUYET_CACHE_DIR=str(cache_dir), PYTHONIOENCODING="utf-8")
    env.update(extra or {})
    return env


def run(args, cache_dir: Path, env: dict | None = None, timeout: float = 120) -> Run:
    """``nghiquyet ARGS`` with stdout and stderr to pipes, from a folder beside the cache
    (anywhere but the project)."""
    done = subprocess.run([sys.executable, "-m", "nghiquyet", *args], capture_output=True, timeout=timeout,
                          env=environment(cache_dir, env), stdin=subprocess.DEVNULL, cwd=str(cache_dir.parent))
    return Run(tuple(args), done.returncode, done.stdout.decode("utf-8", "backslashreplace"),
               done.stderr.decode("utf-8", "backslashreplace"))


def run_in_terminal(args, cache_dir: Path, columns: int = 250, env: dict | None = None) -> Run:
    """``nghiquyet ARGS`` with stdout on a pseudo-terminal (colour on), stderr to a file."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    environment_ = environment(cache_dir, {"COLUMNS": str(columns), "TERM": "xterm-256color", **(env or {})})
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([sys.executable, "-m", "nghiquyet", *args], stdout=slave, stderr=errors,
                                   stdin=subprocess.DEVNULL, env=environment_, cwd=str(cache_dir.parent))
        os.close(slave)
        screen = read_screen(master, process)
        process.wait(timeout=60)
        os.close(master)
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "backslashreplace")
    stdout = screen.decode("utf-8", "backslashreplace").replace("\r\n", "\n")
    return Run(tuple(args), process.returncode, stdout, stderr, mode="terminal")


def invoke(args, cache_dir: Path, env: dict | None = None, stdin: str | None = None) -> Run:
    """``nghiquyet ARGS`` in this process, through Typer's test runner: the same commands,
    error handling and exit statuses as ``run``, stdout and stderr apart, without starting
    a Python (a tenth of the time). Not for what needs a real process: a terminal, signals,
    a closed pipe, argv bytes, start-up. An exception that escapes shows as a traceback on
    stderr, as it would from a process."""
    unset = dict.fromkeys(("NGHIQUYET_CORPUS", "NGHIQUYET_DB", "FORCE_COLOR", "NO_COLOR", "COLUMNS"))
    result = CliRunner().invoke(app, list(args), env={**unset, "NGHIQUYET_CACHE_DIR": str(cache_dir), **(env or {})},
                                input=stdin)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += f"Traceback (in-process): {result.exception!r}"
    return Run(tuple(args), result.exit_code, result.stdout, stderr, mode="in-process")


# -- the schema --------------------------------------------------------------------------------

@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def validator(name: str | None = None) -> Draft202012Validator:
    """The validator of the whole document, or of ``#/$defs/<name>``."""
    whole = schema()
    if name is None:
        return Draft202012Validator(whole)
    assert name in whole["$defs"], f"the schema has no $defs/{name}"
    return Draft202012Validator({"$schema": whole["$schema"], "$defs": whole["$defs"],
                                 "$ref": f"#/$defs/{name}"})


def assert_valid(value, name: str | None, what: str) -> None:
    errors = sorted(validator(name).iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        shown = "\n".join(f"  at {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:300]}"
                          for e in errors[:8])
        pytest.fail(f"{what}: {len(errors)} violation(s) of #/$defs/{name or '(root)'}:\n{shown}")


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def parse_json(out: Run):
    """The whole stdout as one JSON value (nothing before or after it)."""
    assert out.code in (0, 1), f"{out}: exit {out.code}\n{out.stderr}"
    assert "\x1b" not in out.stdout, f"{out}: escape sequence on stdout"
    try:
        return json.loads(out.stdout, parse_constant=_reject_constant)
    except ValueError as problem:
        pytest.fail(f"{out}: stdout is not one JSON value ({problem}):\n{out.stdout[:500]!r}")


def parse_jsonl(out: Run) -> list:
    """One JSON object per line, every line, nothing else."""
    assert out.code in (0, 1), f"{out}: exit {out.code}\n{out.stderr}"
    assert "\x1b" not in out.stdout, f"{out}: escape sequence on stdout"
    assert out.stdout == "" or out.stdout.endswith("\n"), f"{out}: last line not ended"
    values = []
    # split on "\n" only: U+2028 and the like may stand unescaped inside JSON strings
    for number, line in enumerate(out.stdout.split("\n")[:-1], 1):
        try:
            value = json.loads(line, parse_constant=_reject_constant)
        except ValueError as problem:
            pytest.fail(f"{out}: line {number} is not JSON ({problem}): {line[:300]!r}")
        assert isinstance(value, dict), f"{out}: line {number} is not an object"
        values.append(value)
    return values
