"""Laptop clocks days off, and two laptops editing the same record while apart.

Whatever order the laptops sync in, the same version must win on every laptop and at head
office, and the version that lost must be kept in head office's conflicts table with what was
typed in it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from tests.sync.e2e.conftest import MakeLaptop
from tests.sync.e2e.harness import HeadOffice, Laptop, Ledger, fields_of, session_values, settle
from tests.sync.e2e.harness import assert_converged as converged

DAY = 86400.0


class Wall:
    """A laptop's clock that can be moved while it is offline (a flat battery, a wrong zone)."""

    def __init__(self, skew: float = 0.0) -> None:
        self.skew = skew

    def __call__(self) -> float:
        return time.time() + self.skew


def _edit(laptop: Laptop, uuid: str, notes: str) -> dict[str, object]:
    held = laptop.store.get("session", uuid)
    assert held is not None
    return laptop.save("session", {**fields_of("session", held), "notes": notes}, uuid)


def _sync_in(order: str, first: Laptop, second: Laptop) -> Callable[[], None]:
    pair = (first, second) if order == "forward" else (second, first)
    return lambda: [laptop.sync() for laptop in pair] and None


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_laptops_days_off_are_corrected_and_the_later_edit_wins(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, order: str
) -> None:
    """Clocks 5 days ahead and 3 days behind from the start: head office's time (learnt at
    enrolment) corrects both, so the edit made later really is the later one everywhere."""
    ahead = laptops("ahead", "A", wall=Wall(5 * DAY))
    behind = laptops("behind", "A", wall=Wall(-3 * DAY))
    sup = laptops("sup", "A", "supervisor")
    assert abs(ahead.store.clock_offset + 5 * DAY) < 300
    assert abs(behind.store.clock_offset - 3 * DAY) < 300
    record = ahead.save("session", session_values())
    assert abs(_seconds(record["updated_at"]) - time.time()) < 300
    settle([ahead, behind, sup])
    first = _edit(ahead, record["uuid"], "受众人数核对过，改为六十人。")
    time.sleep(0.2)  # more than the correction's error (a loopback round trip)
    later = _edit(behind, record["uuid"], "补充了合作单位：司法所。")
    _sync_in(order, ahead, behind)()
    settle([ahead, behind, sup])
    converged(head_office, "A", [ahead, behind, sup], ledger)
    for laptop in (ahead, behind, sup):
        assert laptop.store.get("session", record["uuid"])["notes"] == later["notes"]
    (conflict,) = head_office.conflicts()
    assert (conflict["winner_hlc"], conflict["loser_hlc"]) == (later["hlc"], first["hlc"])
    assert json.loads(conflict["loser_payload"])["notes"] == first["notes"]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_clocks_that_jump_while_offline_give_one_result_everywhere(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, order: str
) -> None:
    """After enrolment one clock jumps 5 days ahead, the other 3 days back, and both edit.

    The stamp 5 days ahead is the greater one, so that version wins on every laptop whatever
    the order of syncs, and the other is kept as a conflict with its text.
    """
    ahead_wall, behind_wall = Wall(), Wall()
    ahead = laptops("ahead", "A", wall=ahead_wall)
    behind = laptops("behind", "A", wall=behind_wall)
    sup = laptops("sup", "A", "supervisor")
    record = behind.save("session", session_values())
    settle([ahead, behind, sup])
    ahead_wall.skew, behind_wall.skew = 5 * DAY, -3 * DAY
    winner = _edit(ahead, record["uuid"], "改为线上活动，五天后的时钟。")
    loser = _edit(behind, record["uuid"], "补充：村委会主任参加，三天前的时钟。")
    assert winner["hlc"] > loser["hlc"]
    _sync_in(order, ahead, behind)()
    settle([ahead, behind, sup])
    converged(head_office, "A", [ahead, behind, sup], ledger)
    for laptop in (ahead, behind, sup):
        assert laptop.store.get("session", record["uuid"])["notes"] == winner["notes"]
    (conflict,) = head_office.conflicts()
    assert (conflict["winner_hlc"], conflict["loser_hlc"]) == (winner["hlc"], loser["hlc"])
    assert json.loads(conflict["loser_payload"])["notes"] == loser["notes"]


def test_a_deletion_against_an_edit_keeps_the_edit_as_a_conflict(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """One laptop deletes a record another one edits meanwhile: the later one wins, as a
    tombstone or as the edit, and the other is not silently dropped."""
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    record = a1.save("session", session_values())
    settle([a1, a2])
    _edit(a2, record["uuid"], "补录了咨询人数。")
    time.sleep(0.01)
    tomb = a1.delete("session", record["uuid"])
    a1.sync()
    a2.sync()
    settle([a1, a2])
    converged(head_office, "A", [a1, a2], ledger)
    assert a2.store.get("session", record["uuid"]) is None
    held = a2.store.get("session", record["uuid"], include_deleted=True)
    assert held is not None and held["hlc"] == tomb["hlc"] and held["deleted"]
    (conflict,) = head_office.conflicts()
    assert json.loads(conflict["loser_payload"])["notes"] == "补录了咨询人数。"


def _seconds(iso: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(iso).timestamp()


def test_a_clock_pinned_days_ahead_keeps_making_valid_ordered_stamps(
    head_office: HeadOffice, laptops: MakeLaptop
) -> None:
    """A laptop's clock jumps 5 days ahead and it edits once; every laptop that sees that stamp
    then stamps at that moment with a counter, for 5 days. The team's 99,998 edits meanwhile
    are stood in for by setting a2's clock there; its next two edits must still sync."""
    jump = Wall()
    a1, a2 = laptops("a1", "A", wall=jump), laptops("a2", "A")
    record = a1.save("session", session_values())
    settle([a1, a2])
    jump.skew = 5 * DAY
    ahead = _edit(a1, record["uuid"], "时钟快了五天时改的。")
    settle([a1, a2])
    millis, _counter, _device = ahead["hlc"].split("-", 2)
    a2.store.set_setting("clock", f"{millis}-99998-{a2.device_id}")
    first = _edit(a2, record["uuid"], "第九万九千九百九十九次修改。")
    second = _edit(a2, record["uuid"], "第十万次修改。")
    result = a2.sync()
    assert (result.pushed, result.refused) == (2, 0), result.refused_reasons
    assert second["hlc"] > first["hlc"], (first["hlc"], second["hlc"])
