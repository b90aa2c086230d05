"""Head office's server as it runs for real: a uvicorn process on a free port, over SQLite or
PostgreSQL, talked to with `requests` like a laptop would.

Every test gets a fresh database: a SQLite file in tmp_path, or a new PostgreSQL database made
in the cluster OUTREACH_TEST_PG points at (packaging/test.sh starts one).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid as uuidlib
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, make_url

from sync.server import admin
from tests.sync.server.client import Device, Server

PG_ENV = "OUTREACH_TEST_PG"
ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _plain(url: str) -> str:
    """A libpq URL for psycopg from a SQLAlchemy one."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped afterwards."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (packaging/test.sh starts a PostgreSQL for these tests)")
    name = f"outreach_{uuidlib.uuid4().hex[:12]}"
    with psycopg.connect(_plain(base), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    yield url
    with psycopg.connect(_plain(base), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """The test's own connection to the server's database (migrated), to arrange and inspect."""
    e = admin.open_database(db_url)
    yield e
    e.dispose()


def start_server(db_url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A real server process; returns it and its base URL once it answers."""
    port = free_port()
    out = open(log, "ab")  # noqa: SIM115 - the child writes to it for its whole life
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--db", db_url, "--port", str(port)],
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    out.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, url
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


@pytest.fixture
def server(db_url: str, engine: Engine, tmp_path: Path) -> Iterator[Server]:
    """A server process over the test's fresh database, with teams A and B."""
    admin.add_team(engine, "A")
    admin.add_team(engine, "B")
    proc, url = start_server(db_url, tmp_path / "server.log")
    yield Server(url, engine)
    stop_server(proc)


@pytest.fixture
def field_a(server: Server) -> Device:
    return server.enrol("A", "field", "laptop-a1")


@pytest.fixture
def field_b(server: Server) -> Device:
    return server.enrol("B", "field", "laptop-b1")
