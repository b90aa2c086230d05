"""Several processes on one database: `serve --workers N`, and migrations started at the same
moment by many processes and threads (one migrates, the others wait and find the work done)."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import Barrier

import requests
from sqlalchemy import func, select

from desktop.domain.refdata import DEFAULT_ITEMS
from sync.server import admin, db, migrations
from sync.server.schema import records, schema_version
from tests.sync.server.client import Server
from tests.sync.server.serving import ROOT, launch_server, stop_server, wait_until_up

PROCESSES = 6
THREADS = 8
#: One process: sleeps until the common start moment, then migrates (the imports done before).
_MIGRATE = """
import logging, sys, time
from sync.server import db, migrations
logging.basicConfig(level=logging.INFO, format="%(message)s")
engine = db.create(sys.argv[1])
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
print("schema", migrations.migrate(engine))
"""


def _assert_migrated_once(db_url: str) -> None:
    engine = db.create(db_url)
    try:
        with engine.connect() as conn:
            assert conn.scalars(select(schema_version.c.version)).all() == [migrations.LATEST]
            seeded = select(func.count()).where(records.c.kind == "ref_item")
            assert conn.scalar(seeded) == len(DEFAULT_ITEMS)  # seeded once, not per process
    finally:
        engine.dispose()


def test_processes_migrating_one_fresh_database_at_once(db_url: str) -> None:
    start = time.time() + 3  # every process imported and waiting by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _MIGRATE, db_url, str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    outcomes = [proc.communicate(timeout=120) for proc in procs]
    for proc, (out, err) in zip(procs, outcomes, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == f"schema {migrations.LATEST}"
    logs = "".join(err for _out, err in outcomes)
    for number in range(1, migrations.LATEST + 1):
        # Each step ran once, in one process: the others waited, then found it done.
        assert logs.count(f"schema version {number}\n") == 1, logs
    _assert_migrated_once(db_url)


def test_threads_migrating_one_fresh_database_at_once(db_url: str) -> None:
    engines = [db.create(db_url) for _ in range(THREADS)]
    together = Barrier(THREADS)

    def migrate(n: int) -> int:
        together.wait()
        return migrations.migrate(engines[n])

    try:
        with ThreadPoolExecutor(THREADS) as pool:
            assert list(pool.map(migrate, range(THREADS))) == [migrations.LATEST] * THREADS
    finally:
        for engine in engines:
            engine.dispose()
    _assert_migrated_once(db_url)


def test_serve_with_two_workers(db_url: str, tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    proc, port = launch_server(db_url, log, "--workers", "2")
    engine = None
    try:
        url = wait_until_up(proc, port, log)
        assert requests.get(f"{url}/healthz", timeout=10).json()["status"] == "ok"
        engine = admin.open_database(db_url)
        admin.add_team(engine, "A")
        device = Server(url, engine, log).enrol("A", "field", "laptop-1")
        for _ in range(6):  # new connections each time: both workers take some
            reply = device.push([device.version()])
            assert reply.status_code == 200 and len(reply.json()["accepted"]) == 1
        # The parent listens before its workers are up: give the second one its moment.
        deadline = time.monotonic() + 30
        while log.read_text().count("Started server process") < 2:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        assert "Started parent process" in log.read_text()
    finally:
        stop_server(proc)
        if engine is not None:
            engine.dispose()
    assert proc.returncode == 0, log.read_text()  # workers stopped with their parent


def test_serve_refuses_no_workers(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sync.server.cli",
            "serve",
            "--db",
            f"sqlite:///{tmp_path / 's.sqlite3'}",
            "--workers",
            "0",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "--workers must be 1 or more" in done.stderr


def test_forwarded_addresses_are_believed_only_from_the_proxies_named(tmp_path: Path) -> None:
    # nginx on this machine: its X-Forwarded-For names the laptop in the server's log. Any other
    # sender's header is ignored, or anyone could write any address there.
    for allowed, believed in (("127.0.0.1", True), ("192.0.2.1", False)):
        log = tmp_path / f"server-{allowed}.log"
        proc, port = launch_server(
            f"sqlite:///{tmp_path / 's.sqlite3'}", log, "--forwarded-allow-ips", allowed
        )
        try:
            url = wait_until_up(proc, port, log)
            forwarded = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}
            assert requests.get(f"{url}/healthz", headers=forwarded, timeout=10).ok
        finally:
            stop_server(proc)
        (line,) = [line for line in log.read_text().splitlines() if "GET /healthz" in line]
        client = line.split()[1]
        assert client.startswith("203.0.113.7:" if believed else "127.0.0.1:"), line
