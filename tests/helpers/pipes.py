"""Running a command whose reader has gone away (`… | head` after its first line)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def into_closed_pipe(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m ARGS` with its output going to a pipe nobody reads any more."""
    read, write = os.pipe()
    os.close(read)  # gone before the first line: every write meets a closed pipe
    try:
        return subprocess.run(
            [sys.executable, "-m", *map(str, args)],
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
