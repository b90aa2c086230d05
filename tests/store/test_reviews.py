"""Supervisor review in the store: actions as records, threads, states kept in step with
every write and pull, the officer's to-do list, counts per team, and the change since a
send-back. Two real stores (an officer's laptop and a supervisor's) pass their changes to each
other as sync would (replication.apply_remote of what the outbox holds)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.kinds import KINDS
from desktop.domain.review import Action, ReviewState
from desktop.store import replication, reviews
from desktop.store.store import Store


def session(**changes: object) -> dict[str, object]:
    return {
        "held_on": "2026-03-15",
        "place": "王家村",
        "venue_kind": "village",
        "topics": ["aml"],
        "audience": 40,
        **changes,
    }


@pytest.fixture
def officer(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "officer")
    store.set_setting("team", "A")
    store.set_setting(reviews.ROLE_SETTING, "field")
    store.set_setting("author", "王芳")
    yield store
    store.close()


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "supervisor")
    store.set_setting("team", "消保部")
    store.set_setting(reviews.ROLE_SETTING, reviews.SUPERVISOR)
    store.set_setting("author", "李主任")
    yield store
    store.close()


def send(source: Store, target: Store) -> None:
    """What `source` has not sent yet, taken by `target` as a pull would bring it."""
    changes = replication.pending(source, 1000)
    for kind in {c.kind for c in changes}:
        records = [c.record for c in changes if c.kind == kind]
        replication.apply_remote(target, KINDS[kind], records)
    replication.acknowledge(source, [c.seq for c in changes])


def test_the_round_trip_of_a_correction(officer: Store, supervisor: Store) -> None:
    record = officer.save("session", session())
    uuid = record["uuid"]
    send(officer, supervisor)
    assert reviews.state(supervisor, "session", uuid) is ReviewState.RECEIVED
    back = reviews.review(supervisor, None, uuid, Action.SEND_BACK, "人数与签到表不符")
    assert back["team"] == "A" and back["seen_hlc"] == record["hlc"]
    assert back["author"] == "李主任"
    assert reviews.state(supervisor, "session", uuid) is ReviewState.NEEDS_CORRECTION
    # The review never touched the officer's record.
    assert supervisor.get("session", uuid)["revision"] == 1
    send(supervisor, officer)
    (todo,) = reviews.todo(officer)
    assert (todo["uuid"], todo["comment"], todo["sent_back_by"]) == (
        uuid,
        "人数与签到表不符",
        "李主任",
    )
    assert todo["place"] == "王家村" and todo["officer"] == "王芳"
    officer.save("session", session(audience=85, place="王家村村委会"), uuid=uuid)
    assert reviews.todo(officer) == []
    assert reviews.state(officer, "session", uuid) is ReviewState.CORRECTED
    send(officer, supervisor)
    assert reviews.state(supervisor, "session", uuid) is ReviewState.CORRECTED
    assert reviews.changed_since_send_back(supervisor, "session", uuid) == [
        ("place", "王家村", "王家村村委会"),
        ("audience", 40, 85),
    ]
    reviews.review(supervisor, "session", uuid, Action.APPROVE)
    assert reviews.state(supervisor, "session", uuid) is ReviewState.APPROVED
    assert reviews.changed_since_send_back(supervisor, "session", uuid) == []
    send(supervisor, officer)
    officer.save("session", session(audience=86, place="王家村村委会"), uuid=uuid)
    send(officer, supervisor)
    assert reviews.state(supervisor, "session", uuid) is ReviewState.CHANGED_AFTER_APPROVAL
    thread = reviews.thread(supervisor, "session", uuid)
    assert [e.action for e in thread] == [Action.SEND_BACK, Action.APPROVE]
    # Each action has its history, as every record has.
    assert supervisor.history(back["uuid"])[0]["action"] == "create"


def test_an_answer_reaches_the_supervisor_and_changes_no_state(
    officer: Store, supervisor: Store
) -> None:
    uuid = officer.save("session", session())["uuid"]
    send(officer, supervisor)
    reviews.review(supervisor, None, uuid, "send_back", "人数?")
    send(supervisor, officer)
    reviews.review(officer, None, uuid, "answer", "签到表是 40 人")
    assert reviews.state(officer, None, uuid) is ReviewState.NEEDS_CORRECTION
    send(officer, supervisor)
    assert [(e.action, e.who) for e in reviews.thread(supervisor, None, uuid)] == [
        (Action.SEND_BACK, "李主任"),
        (Action.ANSWER, "王芳"),
    ]
    assert reviews.state(supervisor, None, uuid) is ReviewState.NEEDS_CORRECTION


def test_refusals(officer: Store, supervisor: Store) -> None:
    uuid = officer.save("session", session())["uuid"]
    with pytest.raises(reviews.ReviewRefused) as refused:
        reviews.review(officer, None, uuid, "approve")
    assert refused.value.code == "not_supervisor"
    with pytest.raises(reviews.ReviewRefused) as refused:
        reviews.review(supervisor, None, uuid, "approve")
    assert refused.value.code == "no_such_record"
    send(officer, supervisor)
    with pytest.raises(reviews.ReviewRefused) as refused:
        reviews.review(supervisor, None, uuid, "send_back", "  ")
    assert refused.value.code == "comment_required"
    # An officer answers only their own team's records.
    other = supervisor.save("session", session(place="外村"))
    supervisor.conn.execute("UPDATE sessions SET team = 'B' WHERE uuid = ?", (other["uuid"],))
    send(supervisor, officer)
    officer.conn.execute("UPDATE sessions SET team = 'B' WHERE uuid = ?", (other["uuid"],))
    with pytest.raises(reviews.ReviewRefused) as refused:
        reviews.review(officer, None, other["uuid"], "answer", "?")
    assert refused.value.code == "not_in_scope"
    assert "外村" not in refused.value.message()


def test_two_supervisors_side_by_side_both_keep_their_actions(
    officer: Store, supervisor: Store, tmp_path: Path
) -> None:
    second = Store(tmp_path / "second")
    second.set_setting(reviews.ROLE_SETTING, reviews.SUPERVISOR)
    try:
        uuid = officer.save("session", session())["uuid"]
        changes = replication.pending(officer, 10)
        for target in (supervisor, second):
            replication.apply_remote(target, KINDS["session"], [c.record for c in changes])
        approved = reviews.review(supervisor, None, uuid, "approve")
        back = reviews.review(second, None, uuid, "send_back", "地点写错")
        send(supervisor, second)
        send(second, supervisor)
        # The later stamp decides (within a millisecond, the stamps' device ids do).
        later = max((approved["hlc"], "approved"), (back["hlc"], "needs_correction"))[1]
        for store in (supervisor, second):
            assert len(reviews.thread(store, None, uuid)) == 2
            assert reviews.state(store, None, uuid) is ReviewState(later)
    finally:
        second.close()


def test_a_deleted_record_keeps_its_thread_and_counts_per_team(
    officer: Store, supervisor: Store
) -> None:
    kept = officer.save("session", session())["uuid"]
    gone = officer.save("session", session(place="李家村"))["uuid"]
    waiting = officer.save(
        "visit",
        {
            "visited_on": "2026-03-15",
            "village": "柳树湾村",
            "group": "elderly",
            "services": ["fraud_warning"],
            "outcome": "done",
        },
    )["uuid"]
    send(officer, supervisor)
    reviews.review(supervisor, None, kept, "send_back", "补充照片")
    reviews.review(supervisor, None, gone, "send_back", "重复记录")
    send(supervisor, officer)
    officer.delete("session", gone)
    send(officer, supervisor)
    assert len(reviews.thread(supervisor, None, gone)) == 1
    listed = {r["uuid"]: r for r in reviews.listed(supervisor)}
    # Deleting it is the officer's answer to the send-back: it waits for another look.
    assert listed[gone]["deleted"] and listed[gone]["state"] is ReviewState.CORRECTED
    assert reviews.counts(supervisor) == {"A": {"waiting": 1, "sent_back": 1}}
    assert [r["uuid"] for r in reviews.listed(supervisor, "received", team="A")] == [waiting]
    assert [r["uuid"] for r in reviews.todo(officer)] == [kept]


def test_state_queries_use_the_index(supervisor: Store) -> None:
    """The log filters and counts by state over a million records: never a scan."""
    for where in ("state = 'received'", "team = 'A'", "state = 'received' AND team = 'A'"):
        plan = " ".join(
            str(row[-1])
            for row in supervisor.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT uuid FROM review_state WHERE {where}"
            )
        )
        # (review_log_*: the review log's indexes, schema v8, which end in its order)
        assert "INDEX review_state_" in plan or "INDEX review_log_" in plan, (where, plan)
        assert "SCAN" not in plan, (where, plan)


def test_an_upgraded_store_has_every_record_received(tmp_path: Path) -> None:
    """Version 6 brought review: the records held before are each in the state table."""
    from tests.store.test_migrations import build_v1

    build_v1(tmp_path / "data")
    store = Store(tmp_path / "data")
    try:
        held = sum(store.count(kind) for kind in ("session", "consultation", "visit", "print_run"))
        assert held and reviews.counts(store) == {
            "城关支行宣讲一队": {"waiting": held, "sent_back": 0}
        }
        assert {r["state"] for r in reviews.listed(store)} == {ReviewState.RECEIVED}
    finally:
        store.close()


def test_a_review_stamped_again_names_the_version_stamped_again(
    officer: Store, tmp_path: Path
) -> None:
    """A supervisor whose clock ran ahead edits a record and sends it back: when head office's
    time stamps both again, the send-back names the edit's new stamp, and the state holds."""
    real = time.time()
    wall = [real + 5 * 86400]
    supervisor = Store(tmp_path / "fast", wall=lambda: wall[0])
    supervisor.set_setting("team", "消保部")
    supervisor.set_setting(reviews.ROLE_SETTING, reviews.SUPERVISOR)
    record = officer.save("session", session())
    send(officer, supervisor)
    edited = supervisor.save("session", session(place="王家村二组"), uuid=record["uuid"])
    reviews.review(supervisor, "session", record["uuid"], Action.SEND_BACK, "人数不对")
    wall[0] = real
    _, anew = replication.restamp_ahead(supervisor, int(real * 1000), "clock_ahead")
    new_edit = anew[edited["hlc"]]
    (pushed,) = [c for c in replication.pending(supervisor, 10) if c.kind == "review"]
    assert pushed.record["seen_hlc"] == new_edit
    assert supervisor.get("session", record["uuid"])["hlc"] == new_edit
    (entry,) = reviews.thread(supervisor, "session", record["uuid"])
    assert entry.seen_hlc == new_edit
    assert reviews.state(supervisor, "session", record["uuid"]) is ReviewState.NEEDS_CORRECTION
    supervisor.close()
