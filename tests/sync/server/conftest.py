"""Head office's server as it runs for real: a uvicorn process on a free port, over SQLite or
PostgreSQL, talked to with `requests` like a laptop would.

Every test gets a fresh database (a SQLite file, or a new database in the PostgreSQL cluster
OUTREACH_TEST_PG points at; packaging/test.sh starts one) and, if it needs one, its own server
process. A server takes a second to import and start, so the next test's server is already
starting on its own fresh database while the current test runs.
"""

from __future__ import annotations

import os
import subprocess
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, make_url

from sync.server import admin
from tests.sync.server.client import Device, Server
from tests.sync.server.serving import launch_server, stop_server, wait_until_up

PG_ENV = "OUTREACH_TEST_PG"
BACKENDS = ("sqlite", "postgresql")


def _plain(url: str) -> str:
    """A libpq URL for psycopg from a SQLAlchemy one."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def new_database(backend: str, folder: Path) -> str:
    """The URL of a new, empty database."""
    if backend == "sqlite":
        return f"sqlite:///{folder / f'server-{uuidlib.uuid4().hex[:8]}.sqlite3'}"
    base = os.environ[PG_ENV]
    name = f"outreach_{uuidlib.uuid4().hex[:12]}"
    with psycopg.connect(_plain(base), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    if url.startswith("postgresql"):
        with psycopg.connect(_plain(os.environ[PG_ENV]), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} is not set (packaging/test.sh starts a PostgreSQL for these tests)")
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind (no server)."""
    url = new_database(backend, tmp_path)
    yield url
    drop_database(url)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A connection to the test's database, migrated, to arrange and inspect."""
    e = admin.open_database(db_url)
    yield e
    e.dispose()


@dataclass
class Launched:
    proc: subprocess.Popen[bytes]
    port: int
    db_url: str
    log: Path


class Spares:
    """One server per backend starting ahead, each on its own new database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.waiting: dict[str, Launched] = {}

    def _launch(self, backend: str) -> Launched:
        url = new_database(backend, self.folder)
        log = self.folder / f"server-{uuidlib.uuid4().hex[:8]}.log"
        proc, port = launch_server(url, log)
        return Launched(proc, port, url, log)

    def take(self, backend: str) -> Launched:
        ready = self.waiting.pop(backend, None) or self._launch(backend)
        self.waiting[backend] = self._launch(backend)
        return ready

    def close(self) -> None:
        for left in self.waiting.values():
            stop_server(left.proc)
            drop_database(left.db_url)


@pytest.fixture(scope="session")
def spares(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Spares]:
    pool = Spares(tmp_path_factory.mktemp("servers"))
    yield pool
    pool.close()


@pytest.fixture
def server(backend: str, spares: Spares) -> Iterator[Server]:
    """A server process over a fresh database of its own, with teams A and B."""
    launched = spares.take(backend)
    engine = admin.open_database(launched.db_url)
    admin.add_team(engine, "A")
    admin.add_team(engine, "B")
    try:
        url = wait_until_up(launched.proc, launched.port, launched.log)
        yield Server(url, engine, launched.log)
    finally:
        stop_server(launched.proc)
        engine.dispose()
        drop_database(launched.db_url)


@pytest.fixture
def field_a(server: Server) -> Device:
    return server.enrol("A", "field", "laptop-a1")


@pytest.fixture
def field_b(server: Server) -> Device:
    return server.enrol("B", "field", "laptop-b1")
