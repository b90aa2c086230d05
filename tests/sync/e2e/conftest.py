"""Fixtures of the end-to-end sync tests: head office (a real server process behind the fault
proxy) over SQLite and over PostgreSQL, and laptops enrolled with it.

A server process takes a second to start, so one serves a whole test module per database kind;
each test gets fresh teams at head office (see HeadOffice.begin_test), which keeps tests apart.
PostgreSQL is the cluster OUTREACH_TEST_PG points at (packaging/test.sh starts one); each module
gets a new database in it. Without the variable the PostgreSQL variants are skipped, saying why.
"""

from __future__ import annotations

import os
import time
import uuid as uuidlib
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from sync.server import admin
from tests.sync.e2e.harness import HeadOffice, Laptop, Ledger

PG_ENV = "OUTREACH_TEST_PG"

MakeLaptop = Callable[..., Laptop]


def _libpq(url: str) -> str:
    """The libpq form of a SQLAlchemy URL, for psycopg."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A fresh database of each kind for one test module."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('server-db') / 'server.sqlite3'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (packaging/test.sh starts a PostgreSQL for these tests)")
    name = f"outreach_e2e_{uuidlib.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(base), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(_libpq(base), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def shared_office(server_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HeadOffice]:
    engine = admin.open_database(server_db)
    office = HeadOffice(server_db, engine, tmp_path_factory.mktemp("head-office"))
    office.start()
    yield office
    office.stop()
    engine.dispose()


@pytest.fixture
def head_office(shared_office: HeadOffice) -> Iterator[HeadOffice]:
    """Head office with this test's own teams A and B; afterwards its log must show no 500,
    no crash, and the proxy no error."""
    shared_office.begin_test()
    yield shared_office
    assert shared_office.end_test() == []


@pytest.fixture
def ledger() -> Ledger:
    return Ledger()


@pytest.fixture
def laptops(head_office: HeadOffice, ledger: Ledger, tmp_path: Path) -> Iterator[MakeLaptop]:
    """Makes enrolled laptops: `laptops("a1", "A")`, `laptops("sup", "A", "supervisor")`."""
    made: list[Laptop] = []

    def make(
        name: str, team: str, role: str = "field", wall: Callable[[], float] = time.time
    ) -> Laptop:
        laptop = Laptop(name, tmp_path / "laptops" / name, ledger, wall=wall)
        made.append(laptop)
        laptop.enrol(head_office, team, role)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
