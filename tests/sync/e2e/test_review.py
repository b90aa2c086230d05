"""Supervisor review end to end: real head office, real stores, real sync.

A supervisor enrolled for one branch sends an officer's record back; the officer's laptop shows
it in the to-do list after its sync; the officer fixes it; the supervisor sees the fix, field by
field, and approves it; the officer edits the approved record and it comes back as changed
after approval. Another branch's team never sees the thread, nor the supervisor its records.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.review import Action, ReviewState
from desktop.store import reviews
from sync.client import BRANCH, SyncError
from sync.server import admin
from sync.server.schema import changes, records
from tests.sync.e2e.conftest import MakeLaptop
from tests.sync.e2e.harness import HeadOffice, Laptop, Ledger, fields_of, session_values
from tests.sync.faultproxy import Fault


@pytest.fixture
def branch_supervisor(head_office: HeadOffice, ledger: Ledger, tmp_path: Path) -> Iterator[Laptop]:
    """A supervisor's laptop of team A's branch (A is moved into a branch of its own; B stays
    in the default branch)."""
    branch = f"青山支行{head_office.tests}"
    admin.move_team(head_office.engine, head_office.team("A"), branch)
    laptop = Laptop("主任", tmp_path / "laptops" / "sup", ledger)
    try:
        code = admin.create_code(
            head_office.engine, head_office.team("A"), "supervisor", branch
        ).code
        reply = laptop.client.enrol(code, head_office.url, label="sup")
        assert reply["branch"] == branch == laptop.store.setting(BRANCH)
        yield laptop
    finally:
        laptop.close()


def test_a_correction_round_trip_between_a_branch_supervisor_and_an_officer(
    head_office: HeadOffice, laptops: MakeLaptop, branch_supervisor: Laptop
) -> None:
    a1, b1, sup = laptops("a1", "A"), laptops("b1", "B"), branch_supervisor
    mine = a1.save("session", session_values(place="石桥村", audience=45))
    theirs = b1.save("session", session_values(place="柳河村"))
    for laptop in (a1, b1, sup):
        laptop.sync()
    # The branch supervisor holds its branch's records only.
    assert [r["uuid"] for r in reviews.listed(sup.store)] == [mine["uuid"]]
    assert reviews.state(sup.store, None, mine["uuid"]) is ReviewState.RECEIVED
    with pytest.raises(reviews.ReviewRefused) as refused:
        reviews.review(sup.store, None, theirs["uuid"], Action.SEND_BACK, "?")
    assert refused.value.code == "no_such_record"

    reviews.review(sup.store, None, mine["uuid"], Action.SEND_BACK, "人数与签到表不符")
    assert sup.sync().pushed == 1
    a1.sync()
    (todo,) = reviews.todo(a1.store)
    assert (todo["uuid"], todo["comment"], todo["sent_back_by"]) == (
        mine["uuid"],
        "人数与签到表不符",
        "主任",
    )
    # The officer fixes it; the supervisor sees the fix, field by field.
    a1.save("session", {**fields_of("session", mine), "audience": 85}, mine["uuid"])
    a1.sync()
    assert reviews.todo(a1.store) == []
    sup.sync()
    assert reviews.state(sup.store, None, mine["uuid"]) is ReviewState.CORRECTED
    assert reviews.changed_since_send_back(sup.store, None, mine["uuid"]) == [("audience", 45, 85)]
    reviews.review(sup.store, None, mine["uuid"], Action.APPROVE)
    sup.sync()
    a1.sync()
    assert reviews.state(a1.store, None, mine["uuid"]) is ReviewState.APPROVED
    # Edited after approval: it comes back for another look.
    current = a1.store.get("session", mine["uuid"])
    a1.save("session", {**fields_of("session", current), "notes": "补记"}, mine["uuid"])
    a1.sync()
    sup.sync()
    assert reviews.state(sup.store, None, mine["uuid"]) is ReviewState.CHANGED_AFTER_APPROVAL
    assert [e.action for e in reviews.thread(sup.store, None, mine["uuid"])] == [
        Action.SEND_BACK,
        Action.APPROVE,
    ]
    # The thread is team A's: team B's laptop never received any of it.
    b1.sync()
    assert b1.store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    assert b1.store.get("session", mine["uuid"]) is None
    # Nothing of it was refused anywhere.
    for laptop in (a1, b1, sup):
        assert laptop.store.conn.execute(
            "SELECT count(*) FROM outbox WHERE status = 'rejected'"
        ).fetchone() == (0,)


def test_a_field_laptops_decision_is_refused_by_head_office(
    head_office: HeadOffice, laptops: MakeLaptop
) -> None:
    """The store refuses an officer's approval; were one sent anyway (a tampered laptop),
    head office refuses it and keeps it out of every pull."""
    a1, sup = laptops("a1", "A"), laptops("sup", "A", "supervisor")
    record = a1.save("session", session_values())
    a1.sync()
    with pytest.raises(reviews.ReviewRefused):
        reviews.review(a1.store, None, record["uuid"], Action.APPROVE)
    a1.store.set_setting(reviews.ROLE_SETTING, reviews.SUPERVISOR)  # tampered with
    reviews.review(a1.store, None, record["uuid"], Action.APPROVE)
    assert a1.sync().refused == 1
    sup.sync()
    assert reviews.state(sup.store, None, record["uuid"]) is ReviewState.RECEIVED
    assert reviews.thread(sup.store, None, record["uuid"]) == []


def test_two_supervisors_side_by_side_both_keep_their_actions(
    head_office: HeadOffice, laptops: MakeLaptop
) -> None:
    """Both act on the same version before either syncs: both actions stay in the thread on
    every laptop, and the state follows the later one."""
    a1 = laptops("a1", "A")
    first, second = laptops("sup1", "A", "supervisor"), laptops("sup2", "B", "supervisor")
    record = a1.save("session", session_values())
    for laptop in (a1, first, second):
        laptop.sync()
    earlier = reviews.review(first.store, None, record["uuid"], Action.APPROVE)
    time.sleep(0.02)  # a later millisecond: "later" is the stamp's order, not the device's
    later = reviews.review(second.store, None, record["uuid"], Action.SEND_BACK, "地点写错")
    assert later["hlc"] > earlier["hlc"]
    for laptop in (first, second, first, a1):
        laptop.sync()
    for laptop in (a1, first, second):
        thread = reviews.thread(laptop.store, None, record["uuid"])
        assert {e.action for e in thread} == {Action.APPROVE, Action.SEND_BACK}, laptop.name
        assert thread[-1].uuid == later["uuid"]
        assert reviews.state(laptop.store, None, record["uuid"]) is ReviewState.NEEDS_CORRECTION
    assert [t["uuid"] for t in reviews.todo(a1.store)] == [record["uuid"]]


@pytest.mark.parametrize(
    "fault", [Fault("drop_reply"), Fault("cut_reply", at=0.5), Fault("duplicate")], ids=str
)
@pytest.mark.parametrize("path", ["/push", "/pull"])
def test_sync_faults_in_the_round_trip_leave_every_action_exactly_once(
    head_office: HeadOffice, laptops: MakeLaptop, fault: Fault, path: str
) -> None:
    a1, sup = laptops("a1", "A"), laptops("sup", "A", "supervisor")
    record = a1.save("session", session_values())
    a1.sync()
    sup.sync()
    proxy = head_office.proxy
    assert proxy is not None
    back = reviews.review(sup.store, None, record["uuid"], Action.SEND_BACK, "请补签到表")
    proxy.plan([fault], path=path)
    outcome = sup.try_sync()
    assert proxy.planned == 0
    if fault.kind != "duplicate":
        assert isinstance(outcome, SyncError)
    sup.sync()
    if path == "/pull":  # (a1 has nothing to push yet)
        proxy.plan([fault], path=path)
        a1.try_sync()  # the send-back comes down through the fault, or after it
        assert proxy.planned == 0
    a1.sync()
    reply = reviews.review(a1.store, None, record["uuid"], Action.ANSWER, "已补")
    proxy.plan([fault], path=path)
    a1.try_sync()
    assert proxy.planned == 0
    a1.sync()
    sup.sync()
    with head_office.reading() as conn:
        for action in (back, reply):
            logged = conn.scalar(
                select(func.count()).select_from(changes).where(changes.c.uuid == action["uuid"])
            )
            held = conn.scalar(
                select(func.count()).select_from(records).where(records.c.uuid == action["uuid"])
            )
            assert (logged, held) == (1, 1), action["action"]
    for laptop in (a1, sup):
        thread = reviews.thread(laptop.store, None, record["uuid"])
        assert [e.action for e in thread] == [Action.SEND_BACK, Action.ANSWER], laptop.name
        assert reviews.state(laptop.store, None, record["uuid"]) is ReviewState.NEEDS_CORRECTION
        assert laptop.store.pending_changes() == 0
