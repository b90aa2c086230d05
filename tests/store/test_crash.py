"""Killing the app at any moment loses nothing it reported saved and leaves nothing half-written.

Field laptops are shut mid-entry or run flat. A real child process (crash_child.py) saves
sessions with their hand-outs and reports each one only after its save returned; the test kills
it with SIGKILL at random points, several times over the same data dir, and then checks the
database file, every reported record, and that record, history and outbox still agree.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop.domain.kinds import KINDS
from desktop.store.store import DB_NAME, SEED_STAMP, Store
from tests.store.crash_child import DESIGN

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ROUNDS = 5

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def run_and_kill(data_dir: Path, rng: random.Random, lines_first: int) -> list[str]:
    """Start the child, let it report `lines_first` lines (0: kill while it opens), kill it."""
    child = subprocess.Popen(
        [sys.executable, str(HERE / "crash_child.py"), str(data_dir)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines = []
    if lines_first == 0:
        time.sleep(rng.uniform(0.05, 0.4))
    while len(lines) < lines_first:
        line = child.stdout.readline()
        assert line, f"child ended early: {child.stderr.read() if child.stderr else ''}"
        lines.append(line)
    time.sleep(rng.uniform(0, 0.03))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL, "the child must have been killed, not finished"
    # A line cut off by the kill is not a report.
    return [line for line in lines + rest.splitlines(keepends=True) if line.endswith("\n")]


def test_killed_mid_save_loses_nothing_reported(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    reported: dict[str, int] = {}
    edited: set[str] = set()
    plan = [0] + [rng.randint(3, 40) for _ in range(ROUNDS - 1)]
    for lines_first in plan:
        for line in run_and_kill(data_dir, rng, lines_first):
            word, uuid, *rest = line.split()
            if word == "new":
                reported[uuid] = int(rest[0])
            else:
                edited.add(uuid)
    assert len(reported) >= ROUNDS - 1, f"seed {seed}: the child hardly ran"

    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()

    store = Store(data_dir)
    try:
        for uuid in reported:
            record = store.get("session", uuid)
            assert record is not None, f"seed {seed}: reported session {uuid} lost"
            assert record["revision"] >= (2 if uuid in edited else 1)
        (design,) = [d for d in store.stock() if d["uuid"] == DESIGN]
        # Every session that exists (reported or not) came with its hand-outs in one transaction.
        for session in store.query("session", limit=100_000):
            expected = reported.get(session["uuid"])
            handed = store.handouts(session["uuid"])
            assert list(handed) == [design["uuid"]], f"seed {seed}: session without hand-outs"
            assert expected is None or handed[design["uuid"]] == expected
        assert design["handed_out"] == sum(
            c for (c,) in store.conn.execute("SELECT count FROM handouts WHERE deleted = 0")
        )
        assert design["on_hand"] >= 0

        history = Counter(store.conn.execute("SELECT uuid, revision FROM history").fetchall())
        outbox = Counter(store.conn.execute("SELECT uuid, revision FROM outbox").fetchall())
        assert max(history.values()) == 1 and max(outbox.values()) == 1, "no change logged twice"
        for kind in ("session", "handout", "print_run", "leaflet_design"):
            rows = store.conn.execute(f"SELECT uuid, revision, hlc FROM {KINDS[kind].table}")
            for uuid, revision, hlc in rows:
                for n in range(1, revision + 1):
                    assert history[(uuid, n)] == 1, f"seed {seed}: {kind} {uuid} r{n} no history"
                    seeded = hlc == SEED_STAMP  # the shipped designs, as the reference lists
                    assert outbox[(uuid, n)] == int(not seeded), f"seed {seed}: {kind} {uuid} r{n}"
        revisions = {
            k.name: store.conn.execute(
                f"SELECT coalesce(sum(revision), 0) FROM {k.table}"
            ).fetchone()[0]
            for k in KINDS.values()
        }
        assert sum(history.values()) == sum(revisions.values()), "no history without a record"
        # Seeded reference entries and leaflet designs are the only records not shipped.
        seeded = store.conn.execute(
            "SELECT count(*) FROM leaflet_designs WHERE hlc = ?", (SEED_STAMP,)
        ).fetchone()[0]
        assert sum(outbox.values()) == sum(revisions.values()) - revisions["ref_item"] - seeded
        assert store.pending_changes() == sum(outbox.values())
    finally:
        store.close()
