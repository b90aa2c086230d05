"""GET /healthz: 200 when the database answers at the schema this server writes, 503 with the
reason when it does not (database gone, schema behind or ahead)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import psycopg
import pytest
import requests
from sqlalchemy import Engine, make_url, update

from sync.server import db, health, migrations
from sync.server.schema import schema_version
from tests.sync.server.client import Server
from tests.sync.server.conftest import PG_ENV, _plain
from tests.sync.server.serving import free_port, launch_server, stop_server, wait_until_up


def _healthz(server: Server) -> requests.Response:
    # No protocol header, no token: a monitor or load balancer knows neither.
    return requests.get(f"{server.url}/healthz", timeout=10)


def test_a_healthy_server_says_so(server: Server) -> None:
    answer = _healthz(server)
    assert answer.status_code == 200, answer.text
    assert answer.headers["Cache-Control"] == "no-store"
    assert answer.json() == {
        "status": "ok",
        "problem": "ok",
        "database": "ok",
        "schema_version": migrations.LATEST,
        "schema_expected": migrations.LATEST,
        "reason": "",
    }


def test_a_schema_behind_is_503_with_the_reason(server: Server) -> None:
    # As when an older server's database was put back under a running server.
    with db.writing(server.engine) as conn:
        conn.execute(update(schema_version).values(version=migrations.LATEST - 1))
    answer = _healthz(server)
    assert answer.status_code == 503
    body = answer.json()
    assert (body["status"], body["problem"], body["database"]) == (
        "unavailable",
        health.BEHIND,
        "ok",
    )
    assert body["schema_version"] == migrations.LATEST - 1
    assert "restart the server" in body["reason"]


def test_a_schema_ahead_is_503(engine: Engine) -> None:
    with db.writing(engine) as conn:
        conn.execute(update(schema_version).values(version=migrations.LATEST + 1))
    found = health.check(engine)
    assert (found.healthy, found.problem) == (False, health.AHEAD)
    assert "update the server" in found.reason


def test_an_empty_database_is_behind_and_left_empty(db_url: str) -> None:
    engine = db.create(db_url)  # not migrated
    try:
        with engine.connect():
            pass  # (SQLite: the file exists, as a database made by hand would)
        found = health.check(engine)
        assert (found.problem, found.schema_version) == (health.BEHIND, 0)
        with engine.connect() as conn:
            # The check wrote nothing: no schema_version table made on the way.
            assert not conn.dialect.has_table(conn, schema_version.name)
    finally:
        engine.dispose()


def test_a_removed_sqlite_file_is_503(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    log = tmp_path / "server.log"
    proc, port = launch_server(f"sqlite:///{path}", log)
    try:
        url = wait_until_up(proc, port, log)
        assert requests.get(f"{url}/healthz", timeout=10).status_code == 200
        for leftover in tmp_path.glob("server.sqlite3*"):
            leftover.unlink()  # the file and its -wal and -shm
        answer = requests.get(f"{url}/healthz", timeout=10)
        assert answer.status_code == 503
        assert answer.json()["problem"] == health.MISSING_FILE
        assert answer.json()["database"] == "unreachable"
        assert str(path) in answer.json()["reason"]
    finally:
        stop_server(proc)


def test_an_unreachable_postgresql_is_503(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to lose: a removed file is its way to go (above)")
    engine = db.create(db_url)
    migrations.migrate(engine)
    assert health.check(engine).healthy
    # The database dropped under the running server (its connections cut): as gone as a
    # stopped cluster, without stopping the cluster other tests use.
    with psycopg.connect(_plain(os.environ[PG_ENV]), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{make_url(db_url).database}" WITH (FORCE)')
    try:
        found = health.check(engine)
        assert (found.healthy, found.problem, found.schema_version) == (
            False,
            health.UNREACHABLE,
            None,
        )
        assert "does not exist" in found.reason
    finally:
        engine.dispose()


def test_a_stopped_postgresql_port_is_503() -> None:
    # Nothing listens there (a cluster that is down): connection refused, at once.
    engine = db.create(f"postgresql://nobody@127.0.0.1:{free_port()}/outreach")
    try:
        found = health.check(engine)
        assert (found.problem, found.body()["database"]) == (health.UNREACHABLE, "unreachable")
        assert found.body()["status"] == "unavailable"
    finally:
        engine.dispose()


def test_a_locked_sqlite_database_is_503_within_seconds(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = db.create(url)
    migrations.migrate(engine)
    assert health.check(engine).healthy
    engine.dispose()  # a fresh connection, which must read the file (not a cached page)
    holder = sqlite3.connect(tmp_path / "server.sqlite3", isolation_level=None)
    try:
        # Another program holding the file to itself (exclusive locking mode, a write lock).
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        found = health.check(engine)
        assert time.monotonic() - started < 10  # not the 60 s a request would wait
        assert (found.problem, found.schema_version) == (health.UNREACHABLE, None)
        assert "did not answer within 3 s" in found.reason
    finally:
        holder.close()
        engine.dispose()
    assert health.check(engine).healthy  # and well again once the lock is gone
    engine.dispose()
