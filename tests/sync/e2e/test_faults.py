"""Network accidents, a head office that dies mid-push and a laptop that dies mid-pull.

After each accident the laptops sync again over a clean line, and then nothing typed may be
missing, nothing may be stored twice, and every laptop must hold what head office holds. A
resend of the same change must never count as a conflict: it is the same version.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from desktop.store import replication
from sync.client import PULL_COMMIT_RECORDS, PULL_PAGE, PUSH_PAGE, SyncError
from sync.server.schema import changes
from tests.sync.e2e.conftest import MakeLaptop
from tests.sync.e2e.harness import (
    HeadOffice,
    Laptop,
    Ledger,
    consultation_values,
    fields_of,
    session_values,
    settle,
)
from tests.sync.e2e.harness import assert_converged as converged
from tests.sync.faultproxy import Exchange, Fault

ACCIDENTS = [
    Fault("cut_request", at=0.0),
    Fault("cut_request", at=0.6),
    Fault("drop_reply"),
    Fault("cut_reply", at=0.1),
    Fault("cut_reply", at=0.9),
    Fault("duplicate"),
    Fault("delay", seconds=0.3),
]


def _on_nth(path: str, n: int, action: Callable[[], None]) -> Callable[[Exchange], None]:
    """A proxy hook that runs `action` when the n-th request to `path` goes by."""
    seen = 0

    def hook(exchange: Exchange) -> None:
        nonlocal seen
        if path in exchange.path:
            seen += 1
            if seen == n:
                action()

    return hook


def test_every_accident_on_push_and_pull_loses_and_doubles_nothing(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    proxy = head_office.proxy
    assert proxy is not None
    for number, fault in enumerate(ACCIDENTS):
        for path in ("/push", "/pull"):
            made = a1.save("session", session_values(place=f"第{number}村", audience=number))
            a2.save("consultation", consultation_values(session=None))
            if number:
                # An edit of a record both laptops hold: its base is known everywhere.
                first = a2.live("session")[0]
                held = a2.store.get("session", first)
                a2.save("session", {**fields_of("session", held), "audience": 200 + number}, first)
            proxy.plan([fault], path=path)
            outcome = a1.try_sync()
            assert proxy.planned == 0, f"{fault} on {path} was never used"
            if fault.kind in ("cut_request", "drop_reply", "cut_reply"):
                # The network's doing: the laptop says so, not "head office had a problem".
                assert isinstance(outcome, SyncError), (fault, path, outcome)
                assert outcome.code == "offline", (fault, path, outcome)
            settle([a1, a2])
            converged(head_office, "A", [a1, a2], ledger)
            assert a1.store.get("session", made["uuid"]) is not None, (fault, path, outcome)
    assert head_office.conflicts() == [], "a resent version was taken for a conflict"


def test_a_push_that_arrives_after_its_retry_is_stored_once(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """The first attempt stalls past the laptop's timeout and reaches head office last."""
    a1 = laptops("a1", "A")
    a1.client.timeout = 1.0
    sessions = [a1.save("session", session_values(place=f"村{i}")) for i in range(3)]
    proxy = head_office.proxy
    assert proxy is not None
    proxy.plan([Fault("delay", seconds=3.0)], path="/push")
    assert a1.try_sync().code == "offline"  # type: ignore[union-attr]
    a1.sync()  # the retry goes through while the first attempt is still held
    first = sessions[0]
    a1.save("session", {**fields_of("session", first), "audience": 99}, first["uuid"])
    a1.sync()
    assert proxy.wait_idle(10)  # now the stale first attempt has been delivered
    settle([a1])
    converged(head_office, "A", [a1], ledger)
    assert head_office.records("A")["session"][first["uuid"]]["audience"] == 99
    assert head_office.conflicts() == []


@pytest.mark.parametrize("after", [0.0, 0.05])
def test_head_office_killed_mid_push_and_restarted(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, after: float
) -> None:
    """SIGKILL while the second page of a long push is on its way or being stored."""
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    total = 4 * PUSH_PAGE + 200
    a1.bulk("session", total, lambda i: session_values(place=f"村{i}", audience=i % 500))
    proxy = head_office.proxy
    assert proxy is not None
    killer = threading.Timer(after, head_office.kill)
    proxy.on_request = _on_nth("/push", 2, killer.start)
    failed = a1.try_sync()
    killer.join(10)
    proxy.on_request = None
    assert failed.code == "offline", failed  # type: ignore[union-attr]
    left = a1.store.pending_changes()
    assert 0 < left < total, "the kill did not land mid-push"
    head_office.start()
    settle([a1, a2])
    converged(head_office, "A", [a1, a2], ledger)
    assert len(a2.live("session")) == total
    assert head_office.conflicts() == []


def test_laptop_killed_mid_pull_resumes_without_gaps_or_doubles(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """`outreach sync` in a process of its own, SIGKILLed while it takes in a long backlog."""
    a1 = laptops("a1", "A")
    total = PULL_COMMIT_RECORDS + 3 * PULL_PAGE + 500
    a1.bulk(
        "consultation", total, lambda i: consultation_values(question=f"第{i}个问题：征信怎么查？")
    )
    a1.sync()
    a2 = laptops("a2", "A")
    a2.close()  # the `outreach sync` process owns the store now
    proxy = head_office.proxy
    assert proxy is not None
    command = [sys.executable, "-m", "desktop.cli", "sync", "--data-dir", str(a2.folder)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    killer = threading.Timer(0.05, os.kill, (child.pid, signal.SIGKILL))
    # Pages already downloaded are written together, up to PULL_COMMIT_RECORDS; the next page
    # is fetched while one is written. By the request for page 2 + PULL_COMMIT_RECORDS /
    # PULL_PAGE a first commit is in the store for certain, and the kill lands while later
    # pages arrive (inside a later, uncommitted group).
    nth = PULL_COMMIT_RECORDS // PULL_PAGE + 2
    proxy.on_request = _on_nth("/pull", nth, killer.start)
    output, _ = child.communicate(timeout=120)
    killer.join(10)
    proxy.on_request = None
    assert child.returncode == -signal.SIGKILL, output

    reopened = Laptop("a2", a2.folder, ledger)
    try:
        cursor = replication.cursor(reopened.store)
        held = len(reopened.live("consultation"))
        with head_office.reading() as conn:
            covered = conn.scalar(
                select(func.count())
                .select_from(changes)
                .where(
                    changes.c.position <= cursor,
                    changes.c.kind == "consultation",
                    changes.c.team == head_office.team("A"),
                )
            )
        assert held == covered, "the cursor and the records it covers disagree"
        assert 0 < held < total, "the kill did not land mid-pull"
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        settle([a1, reopened])
        converged(head_office, "A", [a1, reopened], ledger)
        assert len(reopened.live("consultation")) == total
    finally:
        reopened.close()


def test_a_request_cut_by_the_network_is_not_an_internal_error(
    head_office: HeadOffice, laptops: MakeLaptop
) -> None:
    a1 = laptops("a1", "A")
    made = a1.save("session", session_values())
    proxy = head_office.proxy
    assert proxy is not None
    proxy.plan([Fault("cut_request", at=0.6)], path="/push")
    assert a1.try_sync().code == "offline"  # type: ignore[union-attr]
    assert a1.sync().pushed == 1  # by now head office has read the cut body to its end
    time.sleep(0.2)  # the server process writes its log on its own time
    assert made["uuid"] in head_office.records("A")["session"]
    log = head_office.log_since_test()
    assert "unexpected error" not in log and "Traceback" not in log
