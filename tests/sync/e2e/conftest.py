"""Fixtures of the end-to-end sync tests: head office (a real server process behind the fault
proxy) over SQLite and PostgreSQL, and laptops enrolled with it.

The database fixtures are the server tests' own (tests/sync/server/conftest.py): every test gets
a fresh SQLite file, and a fresh PostgreSQL database in the cluster OUTREACH_TEST_PG points at
(packaging/test.sh starts one; without it the PostgreSQL variants are skipped, saying why).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from sync.server import admin
from tests.sync.e2e.harness import HeadOffice, Laptop, Ledger
from tests.sync.server.conftest import db_url, engine, pg_url

__all__ = ["db_url", "engine", "pg_url"]

TEAMS = ("A", "B")

MakeLaptop = Callable[..., Laptop]


@pytest.fixture
def head_office(db_url: str, engine: Engine, tmp_path: Path) -> Iterator[HeadOffice]:
    """A running server with teams A and B; afterwards, its log must show no 500 and no crash."""
    for team in TEAMS:
        admin.add_team(engine, team)
    folder = tmp_path / "head-office"
    folder.mkdir()
    office = HeadOffice(db_url, engine, folder)
    office.start()
    yield office
    office.stop()
    assert office.problems() == []
    assert office.proxy is not None and office.proxy.errors == []


@pytest.fixture
def ledger() -> Ledger:
    return Ledger()


@pytest.fixture
def laptops(head_office: HeadOffice, ledger: Ledger, tmp_path: Path) -> Iterator[MakeLaptop]:
    """Makes enrolled laptops: `laptops("a1", "A")`, `laptops("sup", "A", "supervisor")`."""
    made: list[Laptop] = []

    def make(
        name: str,
        team: str,
        role: str = "field",
        wall: Callable[[], float] = time.time,
        enrol: bool = True,
    ) -> Laptop:
        laptop = Laptop(name, tmp_path / "laptops" / name, ledger, wall=wall)
        made.append(laptop)
        if enrol:
            laptop.enrol(head_office, team, role)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
