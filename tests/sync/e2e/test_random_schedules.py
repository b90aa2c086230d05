"""Hypothesis plays random days: laptops create, edit and delete records and sync through a
network that cuts, drops, delays and repeats, while head office is sometimes killed.

After every schedule the network is made clean, every laptop syncs until nothing moves, and the
invariants of harness.assert_converged must hold: all laptops equal to head office field by field
(tombstones too), every record typed present once, the newest version (or head office's join
of edits made side by side) everywhere, and every version that lost kept as a conflict, built
upon or joined.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

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
from tests.sync.faultproxy import FAULT_KINDS, Fault

#: Two field laptops of team A and a supervisor (who writes team A's records too).
ROLES = ("field", "field", "supervisor")
KINDS = ("session", "consultation")
#: Server restarts cost a second or so each: at most this many per schedule.
MAX_RESTARTS = 1


@dataclass(frozen=True)
class Op:
    """One step of a schedule; `laptop` indexes ROLES."""

    action: str
    laptop: int = 0
    kind: str = "session"
    pick: int = 0
    value: int = 0
    fault: Fault | None = None
    path: str = ""

    def __repr__(self) -> str:
        if self.action == "sync":
            return f"sync(laptop {self.laptop}, {self.fault} on '{self.path or 'any'}')"
        if self.action == "restart":
            return f"restart(during laptop {self.laptop}'s sync)" if self.value else "restart()"
        return f"{self.action}(laptop {self.laptop}, {self.kind}, pick {self.pick})"


faults = st.builds(
    Fault,
    kind=st.sampled_from(FAULT_KINDS),
    at=st.floats(0.0, 0.99),
    seconds=st.floats(0.0, 0.25),
)
laptop_index = st.integers(0, len(ROLES) - 1)
ops = st.one_of(
    st.builds(Op, st.just("create"), laptop_index, st.sampled_from(KINDS)),
    st.builds(
        Op,
        st.just("edit"),
        laptop_index,
        st.sampled_from(KINDS),
        st.integers(0, 20),
        st.integers(0, 5000),
    ),
    st.builds(Op, st.just("delete"), laptop_index, st.sampled_from(KINDS), st.integers(0, 20)),
    st.builds(
        Op,
        st.just("sync"),
        laptop_index,
        fault=faults,
        path=st.sampled_from(["", "/push", "/pull"]),
    ),
    st.builds(Op, st.just("restart"), laptop_index, value=st.integers(0, 1)),
)


def _edit(laptop: Laptop, op: Op) -> None:
    live = laptop.live(op.kind)
    if not live:
        return
    uuid = live[op.pick % len(live)]
    held = laptop.store.get(op.kind, uuid)
    assert held is not None
    values = fields_of(op.kind, held)
    # One field or another, so that edits made side by side are sometimes joined at head
    # office and sometimes collide on a field.
    if op.kind == "session" and op.value % 2:
        values["notes"] = f"第{op.value}次补充说明"
    elif op.kind == "session":
        values["audience"] = op.value
    elif op.value % 2:
        values["answer"] = f"第{op.value}次答复：请到网点咨询。"
    else:
        values["question"] = f"第{op.value}个问题：养老金怎么领？"
    laptop.save(op.kind, values, uuid)


def _delete(laptop: Laptop, op: Op) -> None:
    live = laptop.live(op.kind)
    if live:
        laptop.delete(op.kind, live[op.pick % len(live)])


def _restart_during_sync(head_office: HeadOffice, laptop: Laptop) -> None:
    """Kill head office a moment after the laptop's first request is on its way."""
    proxy = head_office.proxy
    assert proxy is not None
    killer = threading.Timer(0.02, head_office.kill)
    fired = False

    def hook(_exchange: object) -> None:
        nonlocal fired
        if not fired:
            fired = True
            killer.start()

    proxy.on_request = hook
    laptop.try_sync()
    proxy.on_request = None
    if fired:
        killer.join(10)
        head_office.start()
    else:
        head_office.restart()


def run(head_office: HeadOffice, schedule: list[Op], folder: Path, shared: int = 0) -> None:
    """Play `schedule`; with `shared`, every laptop first holds that many records of each
    kind, so that edits of one record made side by side are common."""
    proxy = head_office.proxy
    assert proxy is not None
    ledger = Ledger()
    laptops = [Laptop(f"l{i}", folder / f"l{i}", ledger) for i in range(len(ROLES))]
    try:
        for laptop, role in zip(laptops, ROLES, strict=True):
            laptop.enrol(head_office, "A", role)
        if shared:
            laptops[0].bulk("session", shared, lambda i: session_values(place=f"共用村{i}"))
            laptops[0].bulk("consultation", shared, lambda _i: consultation_values())
            settle(laptops)
        restarts = 0
        for number, op in enumerate(schedule):
            laptop = laptops[op.laptop]
            if op.action == "create":
                values = session_values() if op.kind == "session" else consultation_values()
                laptop.save(op.kind, values)
            elif op.action == "edit":
                _edit(laptop, op)
            elif op.action == "delete":
                _delete(laptop, op)
            elif op.action == "sync":
                assert op.fault is not None
                proxy.plan([op.fault], path=op.path)
                outcome = laptop.try_sync()
                event(f"sync with {op.fault.kind}: {getattr(outcome, 'code', 'ok')}")
                proxy.clear()  # a fault its sync had no request for is not kept for later
            elif restarts < MAX_RESTARTS:
                restarts += 1
                if op.value:
                    _restart_during_sync(head_office, laptop)
                else:
                    head_office.restart()
            assert proxy.wait_idle(30), f"step {number}: an exchange is still in flight"
        settle(laptops)
        converged(head_office, "A", laptops, ledger)
    finally:
        for laptop in laptops:
            laptop.close()


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(schedule=st.lists(ops, min_size=1, max_size=14))
def test_random_schedules_converge(shared_office: HeadOffice, schedule: list[Op]) -> None:
    shared_office.begin_test()
    with tempfile.TemporaryDirectory(prefix="outreach-e2e-") as folder:
        run(shared_office, schedule, Path(folder))
    assert shared_office.end_test() == []


#: Edits go to the newest record of their kind, so edits on two laptops often meet; odd and
#: even values edit different fields (see _edit).
changes_made_offline = st.one_of(
    st.builds(
        Op,
        st.just("edit"),
        laptop_index,
        st.sampled_from(KINDS),
        st.just(0),
        st.sampled_from([11, 20, 33, 42, 55, 64]),
    ),
    st.builds(Op, st.just("delete"), laptop_index, st.sampled_from(KINDS), st.integers(0, 1)),
)
faulty_syncs = st.builds(
    Op, st.just("sync"), laptop_index, fault=faults, path=st.sampled_from(["", "/push"])
)


@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    offline=st.lists(changes_made_offline, min_size=2, max_size=8),
    syncs=st.lists(faulty_syncs, max_size=5),
)
def test_edits_of_shared_records_made_side_by_side_converge(
    shared_office: HeadOffice, offline: list[Op], syncs: list[Op]
) -> None:
    """Three laptops hold the same few records and, before any of them syncs, edit them (one
    field or another) or delete them; then they sync through a faulty network. The edits are
    joined at head office or collide, and everything ends the same everywhere."""
    shared_office.begin_test()
    with tempfile.TemporaryDirectory(prefix="outreach-e2e-") as folder:
        run(shared_office, [*offline, *syncs], Path(folder), shared=3)
    assert shared_office.end_test() == []
