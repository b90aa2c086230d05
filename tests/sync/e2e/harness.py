"""The pieces of an end-to-end sync test: head office as a real process, laptops as real stores.

A `HeadOffice` is a server process (`python -m sync.server.cli serve`) over a fresh database,
reached only through a `FaultProxy`, so every byte a laptop sends can be cut, dropped, delayed or
repeated. It can be killed with SIGKILL and started again over the same database, as a power cut
at head office would. A `Laptop` is a `Store` in its own data dir with the real `SyncClient`;
every version it saves is written down in a shared `Ledger`, so after a schedule the tests know
exactly what was typed where, and can check that nothing was lost, doubled or silently dropped.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Connection, Engine, select

from desktop.domain.kinds import KINDS
from desktop.store.store import Record, Store, decode_row
from sync import protocol
from sync.client import SyncClient, SyncError, SyncResult
from sync.server import admin, rows
from sync.server.auth import HEAD_OFFICE
from sync.server.schema import changes, conflicts, current_payload, records
from tests.sync.faultproxy import FaultProxy
from tests.sync.server.client import session_values

__all__ = ["session_values"]

#: Kinds a laptop writes in these tests (reference lists come from head office).
RECORD_KINDS = tuple(k for k in KINDS if k != "ref_item")
CODE = re.compile(r"\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b")
#: Seconds a server may take to migrate and listen.
STARTUP_S = 30
#: Rounds of "every laptop syncs" a clean settle may take; two always suffice without faults.
SETTLE_ROUNDS = 3
#: The teams every test gets (under names of its own at head office).
TEAMS = ("A", "B")


def consultation_values(**values: Any) -> dict[str, Any]:
    """Field values of a valid on-the-spot consultation."""
    return {
        "asked_on": dt.date.today().isoformat(),
        "category": "cards",
        "topic": "telecom_fraud",
        "question": "接到自称银行客服的电话，说要注销百万保障，是真的吗？",
        "answer": "是冒充客服诈骗，已提醒挂断并拨打官方客服核实。",
        "resolution": "answered",
        "special_group": "elderly",
        **values,
    }


def visit_values(**values: Any) -> dict[str, Any]:
    """Field values of a valid home visit to an elderly client (who consented)."""
    return {
        "visited_on": dt.date.today().isoformat(),
        "village": "柳树湾村",
        "group": "elderly",
        "services": ["pension_withdrawal", "fraud_warning"],
        "outcome": "done",
        "staff": ["王芳"],
        "consent": True,
        "client_name": "张奶奶",
        "client_phone": "13800001111",
        **values,
    }


def fields_of(kind: str, record: Record) -> dict[str, Any]:
    """The field values of a record (no meta), as a form would save them again."""
    return {f: record[f] for f in KINDS[kind].field_names}


class HeadOffice:
    """The server process over `db_url`, behind `proxy`; restartable over the same database.

    One head office serves a whole test module (starting a server takes a second). Each test
    gets teams of its own (`begin_test`): the test says "A", head office knows "A7", so records
    of earlier tests never meet this test's field laptops, and checks look at its teams only.
    """

    def __init__(self, db_url: str, engine: Engine, folder: Path) -> None:
        self.db_url = db_url
        self.engine = engine
        self.folder = folder
        self.log = folder / "server.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.proxy: FaultProxy | None = None
        self.tests = 0
        self.teams: dict[str, str] = {}
        self._log_mark = 0

    def begin_test(self, names: Iterable[str] = TEAMS) -> None:
        """Fresh teams for the next test, and a clean proxy; log problems counted from here."""
        self.tests += 1
        self.teams = {name: admin.add_team(self.engine, f"{name}{self.tests}") for name in names}
        self._log_mark = self.log.stat().st_size if self.log.exists() else 0

    def end_test(self) -> list[str]:
        """What went wrong at head office during the test (nothing, we hope)."""
        assert self.proxy is not None
        self.proxy.clear()
        self.proxy.on_request = None
        idle = self.proxy.wait_idle(30)
        found = self.problems() + self.proxy.errors
        self.proxy.errors.clear()
        if self.proc is None or self.proc.poll() is not None:
            self.start()  # a test that killed head office and failed before restarting it
        return found if idle else [*found, "the proxy still had an exchange in flight"]

    def team(self, name: str) -> str:
        """Head office's name of this test's team `name`."""
        return self.teams[name]

    def start(self, env: Mapping[str, str] | None = None) -> None:
        """Start the server on a free port; returns once it answers (426 without a version).
        `env` adds to its environment (a moved clock: `faketime`)."""
        port = free_port()
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "sync.server.cli",
                    "serve",
                    "--db",
                    self.db_url,
                    "--port",
                    str(port),
                ],
                cwd=self.folder,
                env={**os.environ, **(env or {})},
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        _wait_until_up(self.proc, port, self.log)
        if self.proxy is None:
            self.proxy = FaultProxy(port, lifetime=900).start()
        else:
            self.proxy.upstream_port = port

    @property
    def url(self) -> str:
        """Where laptops reach head office: always through the proxy."""
        assert self.proxy is not None
        return self.proxy.url

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, an open transaction is simply cut off."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def restart(self, env: Mapping[str, str] | None = None) -> None:
        self.kill()
        self.start(env)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if self.proxy is not None:
            self.proxy.stop()

    def cli(self, *args: str) -> str:
        """Run `outreach-server ARGS --db URL` as the administrator would; its output."""
        done = subprocess.run(
            [sys.executable, "-m", "sync.server.cli", *args, "--db", self.db_url],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def enrolment_code(self, team: str, role: str) -> str:
        """A one-time code for this test's `team`, made in-process (the CLI has its own test)."""
        return admin.create_code(self.engine, self.team(team), role).code

    def log_since_test(self) -> str:
        """What the server logged since this test began."""
        with open(self.log, "rb") as log:
            log.seek(self._log_mark)
            return log.read().decode(errors="replace")

    def problems(self) -> list[str]:
        """Entries of the server log that must never appear: a 500 or a traceback."""
        text = self.log_since_test()
        entries = re.split(r"\n(?=\d{4}-\d\d-\d\d |INFO:|WARNING:|ERROR:)", text)
        return [
            entry
            for entry in entries
            if "Traceback" in entry or '" 500' in entry or "unexpected error" in entry
        ]

    # -- reading the server's database (read-only) --------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn
            conn.rollback()

    def records(self, team: str) -> dict[str, dict[str, Record]]:
        """Head office's current version of every record of `team`, by kind and uuid."""
        found: dict[str, dict[str, Record]] = {k: {} for k in RECORD_KINDS}
        with self.reading() as conn:
            query = select(records.c.kind, records.c.uuid, current_payload).where(
                records.c.team == self.team(team)
            )
            for kind, uuid, payload in conn.execute(query):
                found[kind][uuid] = rows.decode(KINDS[kind], payload)
        return found

    def conflicts(self) -> list[dict[str, Any]]:
        """The conflicts kept for this test's teams."""
        query = select(conflicts).where(conflicts.c.team.in_(self.teams.values()))
        with self.reading() as conn:
            return [dict(r._mapping) for r in conn.execute(query.order_by(conflicts.c.id))]

    def joined_stamps(self) -> dict[str, list[str]]:
        """Stamps of the versions head office made by joining edits, by record."""
        query = select(changes.c.uuid, changes.c.hlc).where(changes.c.device_id == HEAD_OFFICE)
        found: dict[str, list[str]] = {}
        with self.reading() as conn:
            for uuid, hlc in conn.execute(query):
                found.setdefault(uuid, []).append(hlc)
        return found

    def logged_stamps(self) -> tuple[set[str], set[str]]:
        """Stamps of every version in the log, and every stamp a logged version was based on."""
        with self.reading() as conn:
            found = conn.execute(select(changes.c.hlc, changes.c.base_hlc)).all()
        return {h for h, _ in found}, {b for _, b in found if b}


def faketime(offset: str) -> dict[str, str]:
    """The environment that runs a process with its clock moved by `offset` ("+1d"), through
    libfaketime (Debian's libfaketime, which packaging/setup.sh installs for the tests)."""
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    assert found, "libfaketime is missing: packaging/setup.sh test installs it"
    # Monotonic time stays real: the server's event loop and timeouts run on it.
    return {"LD_PRELOAD": found[0], "FAKETIME": offset, "FAKETIME_DONT_FAKE_MONOTONIC": "1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(proc: subprocess.Popen[bytes], port: int, log: Path) -> None:
    """Poll /api/v1/status until the server answers: 426 (no version sent) means it is up."""
    deadline = time.monotonic() + STARTUP_S
    url = f"http://127.0.0.1:{port}{protocol.API}/status"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text(errors='replace')}")
        try:
            if requests.get(url, timeout=1).status_code in (401, 426):
                return
        except requests.RequestException:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"the server did not start: {log.read_text(errors='replace')}")


@dataclass
class Version:
    """One save on one laptop, as the ledger remembers it."""

    laptop: str
    kind: str
    uuid: str
    hlc: str
    record: Record


@dataclass
class Ledger:
    """Every version every laptop saved, so tests know what must have survived."""

    versions: list[Version] = field(default_factory=list)

    def add(self, laptop: str, kind: str, record: Record) -> Record:
        self.versions.append(Version(laptop, kind, record["uuid"], record["hlc"], record))
        return record

    def restamped(self, laptop: str, result: SyncResult) -> SyncResult:
        """Versions the laptop stamped again by head office's clock (its own ran ahead) are
        the same versions under their new stamps."""
        for i, v in enumerate(self.versions):
            stamp = result.restamped.get(v.hlc) if v.laptop == laptop else None
            if stamp is not None:
                self.versions[i] = Version(
                    v.laptop, v.kind, v.uuid, stamp, {**v.record, "hlc": stamp}
                )
        return result

    def latest(self) -> dict[str, Version]:
        """The version with the greatest stamp per record: the one that must win everywhere."""
        best: dict[str, Version] = {}
        for v in self.versions:
            if v.uuid not in best or v.hlc > best[v.uuid].hlc:
                best[v.uuid] = v
        return best


class Laptop:
    """A store in its own data dir and its sync client; saves go into the ledger."""

    def __init__(
        self,
        name: str,
        folder: Path,
        ledger: Ledger,
        wall: Callable[[], float] = time.time,
        timeout: float = 10.0,
    ) -> None:
        self.name = name
        self.folder = folder
        self.ledger = ledger
        self.store = Store(folder, wall=wall)
        self.store.set_setting("author", name)
        self.client = SyncClient(self.store, timeout=timeout)

    @property
    def team(self) -> str:
        return self.store.team

    @property
    def device_id(self) -> str:
        return self.store.device_id

    def enrol(self, head_office: HeadOffice, team: str, role: str = "field") -> None:
        code = head_office.enrolment_code(team, role)
        reply = self.client.enrol(code, head_office.url, label=self.name)
        assert reply["team"] == head_office.team(team) and reply["role"] == role

    def save(self, kind: str, values: dict[str, Any], uuid: str | None = None) -> Record:
        return self.ledger.add(self.name, kind, self.store.save(kind, values, uuid))

    def bulk(self, kind: str, count: int, values: Callable[[int], dict[str, Any]]) -> None:
        """Many new records in one transaction, as an import makes them."""
        with self.store.transaction():
            for i in range(count):
                self.save(kind, values(i))

    def add_photo(self, session: str, source: Path, caption: str = "") -> Record:
        return self.ledger.add(self.name, "photo", self.store.add_photo(session, source, caption))

    def delete(self, kind: str, uuid: str) -> Record:
        return self.ledger.add(self.name, kind, self.store.delete(kind, uuid))

    def sync(self) -> SyncResult:
        return self.ledger.restamped(self.name, self.client.sync())

    def try_sync(self) -> SyncResult | SyncError:
        """A sync that may meet a fault: the error is the expected outcome, not a failure."""
        try:
            return self.sync()
        except SyncError as error:
            assert error.retry_soon, error
            return error

    def live(self, kind: str) -> list[str]:
        return [
            u
            for (u,) in self.store.conn.execute(
                f"SELECT uuid FROM {KINDS[kind].table} WHERE deleted = 0 ORDER BY uuid"
            )
        ]

    def records(self, team: str | None = None) -> dict[str, dict[str, Record]]:
        """Every record of every kind it holds, tombstones too (of `team` only, if given)."""
        found: dict[str, dict[str, Record]] = {}
        for name in RECORD_KINDS:
            kind = KINDS[name]
            query = f"SELECT * FROM {kind.table}"
            params: list[Any] = []
            if team is not None:
                query += " WHERE team = ?"
                params.append(team)
            found[name] = {
                r["uuid"]: decode_row(kind, r) for r in self.store.db.query(query, params)
            }
        return found

    def ref_items(self) -> dict[str, Record]:
        kind = KINDS["ref_item"]
        return {
            r["uuid"]: decode_row(kind, r) for r in self.store.db.query("SELECT * FROM ref_items")
        }

    def close(self) -> None:
        self.store.close()


def settle(laptops: Iterable[Laptop]) -> None:
    """Clean syncs until every laptop has sent everything and holds everything.

    Without faults two rounds suffice (the first laptop to sync learns the others' changes in
    round two); one more round must then move nothing at all.
    """
    laptops = list(laptops)
    for _ in range(SETTLE_ROUNDS - 1):
        for laptop in laptops:
            laptop.sync()
    for laptop in laptops:
        quiet = laptop.sync()
        assert (quiet.pushed, quiet.applied) == (0, 0), f"{laptop.name} still moved {quiet}"
        assert laptop.store.pending_changes() == 0, laptop.name


def assert_converged(
    head_office: HeadOffice, team: str, laptops: Iterable[Laptop], ledger: Ledger
) -> None:
    """Everything the invariants say about one team after a clean settle.

    Every laptop of the team (and every supervisor, for this team's records) holds exactly head
    office's current records, field by field, tombstones included; every record typed exists
    once; each holds the version with the greatest stamp, or the join of edits made side by
    side that head office stamped after it; and every version that did not win was built upon
    by a later edit, joined, or kept as a conflict at head office.
    """
    expected = head_office.records(team)
    real = head_office.team(team)
    for laptop in laptops:
        held = laptop.records(real)
        for kind in RECORD_KINDS:
            assert held[kind] == expected[kind], f"{laptop.name} differs in {kind}"
    versions = [v for v in ledger.versions if v.record["team"] == real]
    for kind in RECORD_KINDS:
        typed = {v.uuid for v in versions if v.kind == kind}
        assert set(expected[kind]) == typed, f"{kind}: head office vs what was typed"
    latest = ledger.latest()
    for kind in RECORD_KINDS:
        for uuid, record in expected[kind].items():
            winner = latest[uuid].record
            if record["hlc"] != winner["hlc"]:
                # Edits made side by side, joined at head office: a version it stamped after
                # the newest typed one, holding only values somebody typed.
                assert record["device_id"] == HEAD_OFFICE, f"{kind} {uuid}: not the newest"
                assert record["hlc"] > winner["hlc"] and not record["deleted"], f"{kind} {uuid}"
                typed = [v.record for v in ledger.versions if v.uuid == uuid]
                for name in KINDS[kind].field_names:
                    assert record[name] in [t[name] for t in typed], f"{kind} {uuid}: {name}"
                continue
            for name in ("deleted", *KINDS[kind].field_names):
                assert record[name] == winner[name], f"{kind} {uuid}: {name}"
    logged, built_upon = head_office.logged_stamps()
    kept = {c["loser_hlc"] for c in head_office.conflicts()}
    joins = head_office.joined_stamps()
    winners = {v.hlc for v in latest.values()}
    for version in versions:
        assert version.hlc in logged, f"version {version.hlc} never reached head office"
        joined = any(stamp > version.hlc for stamp in joins.get(version.uuid, ()))
        accounted = version.hlc in winners | built_upon | kept or joined
        assert accounted, f"version {version.hlc} silently lost"
