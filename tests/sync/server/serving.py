"""Running the server as a real process, for the tests and the benchmark."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def launch_server(db_url: str, log: Path, *options: str) -> tuple[subprocess.Popen[bytes], int]:
    """A real server process starting on a free port (see wait_until_up)."""
    port = free_port()
    out = open(log, "ab")  # noqa: SIM115 - the child writes to it for its whole life
    command = ["serve", "--db", db_url, "--port", str(port), *options]
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", *command],
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    out.close()
    return proc, port


def wait_until_up(proc: subprocess.Popen[bytes], port: int, log: Path) -> str:
    """The server's base URL once it accepts connections (it migrates before listening)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"the server did not start: {log.read_text(errors='replace')}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
