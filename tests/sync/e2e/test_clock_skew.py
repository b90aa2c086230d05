"""Laptop clocks days off, and two laptops editing the same record while apart.

Whatever order the laptops sync in, the same version must win on every laptop and at head
office, and the version that lost must be kept in head office's conflicts table with what was
typed in it.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable

import pytest

from desktop.domain.clock import MAX_AHEAD_MS, Stamp
from desktop.store import replication
from tests.sync.e2e.conftest import MakeLaptop
from tests.sync.e2e.harness import (
    HeadOffice,
    Laptop,
    Ledger,
    faketime,
    fields_of,
    session_values,
    settle,
)
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

    Head office refuses the stamp 5 days ahead; the laptop stamps that edit again by head
    office's time, which is still later than the other's (made on a clock 3 days slow), so that
    version wins on every laptop whatever the order of syncs, and the other is kept as a
    conflict with its text.
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
        held = laptop.store.get("session", record["uuid"])
        assert held["notes"] == winner["notes"]
        assert _millis(held["hlc"]) < time.time() * 1000 + MAX_AHEAD_MS
    (conflict,) = head_office.conflicts()
    assert conflict["loser_hlc"] == loser["hlc"]
    assert conflict["winner_hlc"] == ahead.store.get("session", record["uuid"])["hlc"]
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


def _millis(stamp: str) -> int:
    return Stamp.parse(stamp).millis


def _ahead_of_now(stamp: str) -> float:
    """How far a stamp lies ahead of real time, in seconds."""
    return _millis(stamp) / 1000 - time.time()


def test_one_laptop_clock_jump_moves_nobody_else_s_clock(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """A laptop learnt a +2-day correction while its clock ran 2 days slow; then its clock
    was set 3 days fast, so by the old correction it stands 5 days ahead, and it edits.

    Head office refuses those stamps, the laptop learns its new correction and stamps its edit
    again by head office's time: no other laptop's clock, nor head office's, leaves real time,
    and the edit made later in real time is the one that wins."""
    wall = Wall(-2 * DAY)
    a1 = laptops("a1", "A", wall=wall)
    a2, a3 = laptops("a2", "A"), laptops("a3", "A")
    assert abs(a1.store.clock_offset - 2 * DAY) < 300
    record = a2.save("session", session_values())
    settle([a1, a2, a3])
    wall.skew = 3 * DAY
    fast = _edit(a1, record["uuid"], "时钟快了三天，又带着加两天的校正。")
    assert _ahead_of_now(fast["hlc"]) > 4.9 * DAY  # as it was stamped, on the laptop
    result = a1.sync()
    assert (result.pushed, result.refused) == (1, 0), result.refused_reasons
    assert result.restamped == {fast["hlc"]: a1.store.get("session", record["uuid"])["hlc"]}
    assert abs(a1.store.clock_offset + 3 * DAY) < 300
    settle([a1, a2, a3])
    for laptop in (a1, a2, a3):
        assert _ahead_of_now(laptop.store.clock.last) < MAX_AHEAD_MS / 1000, laptop.name
        assert _ahead_of_now(laptop.store.get("session", record["uuid"])["hlc"]) < 60
    logged, _based = head_office.logged_stamps()
    assert max(_ahead_of_now(s) for s in logged) < MAX_AHEAD_MS / 1000
    time.sleep(0.01)
    later = _edit(a3, record["uuid"], "后来在另一台电脑上改的。")
    settle([a1, a2, a3])
    converged(head_office, "A", [a1, a2, a3], ledger)
    for laptop in (a1, a2, a3):
        assert laptop.store.get("session", record["uuid"])["notes"] == later["notes"]
    again = _edit(a1, record["uuid"], "校正以后再改一次。")
    assert abs(_ahead_of_now(again["hlc"])) < 60


def test_a_far_future_stamp_stops_nobody(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """A laptop whose clock reads the year 2999 edits a shared record: head office refuses it,
    its teammates never see that stamp, and they go on syncing; the laptop itself stamps the
    edit again by head office's time once it has heard it. (A stamp at the format's very end
    is pushed by hand in tests/sync/server/test_trust.py.)"""
    wall = Wall()
    a1, a2 = laptops("a1", "A", wall=wall), laptops("a2", "A")
    record = a2.save("session", session_values())
    settle([a1, a2])
    wall.skew = dt.datetime(2999, 1, 1, tzinfo=dt.UTC).timestamp() - time.time()
    far = _edit(a1, record["uuid"], "时钟跑到了2999年。")
    assert _ahead_of_now(far["hlc"]) > 900 * 365 * DAY
    a1.sync()
    a2.sync()
    assert _ahead_of_now(a2.store.clock.last) < MAX_AHEAD_MS / 1000
    mine = _edit(a2, record["uuid"], "队友照常修改。")
    assert a2.sync().refused == 0
    settle([a1, a2])
    converged(head_office, "A", [a1, a2], ledger)
    assert a1.store.get("session", record["uuid"])["notes"] == mine["notes"]


def test_a_session_dated_today_on_a_fast_laptop_is_taken(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """A laptop 3 days fast, once it has synced, dates by head office's calendar: a session of
    today is today, not 3 days ahead (head office allows 2)."""
    fast = laptops("fast", "A", wall=Wall(3 * DAY))
    assert fast.store.today() == dt.date.today()
    record = fast.save("session", session_values(held_on=fast.store.today().isoformat()))
    assert fast.sync().refused == 0
    assert head_office.records("A")["session"][record["uuid"]]["held_on"] == record["held_on"]


def test_a_change_refused_for_a_date_in_the_future_goes_again_when_the_date_has_come(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    """Saved while the form's clock ran days fast, dated three days ahead: head office (which
    allows two) refuses it. Once that date is within what head office takes (a day later: head
    office runs under libfaketime a day on), the laptop sends it again by itself and nobody had
    to touch it."""
    laptop = laptops("a1", "A")
    soon = dt.date.today() + dt.timedelta(days=3)
    laptop.store._today = lambda: soon  # the form saw a clock 3 days fast
    record = laptop.save("session", session_values(held_on=soon.isoformat()))
    laptop.store._today = None  # from now on: the clock as corrected by head office
    first = laptop.sync()
    assert first.refused == 1, first
    assert [i["code"] for i in first.refused_reasons[0]["issues"]] == ["future_date"]
    again = laptop.sync()
    assert (again.pushed, again.refused) == (0, 0)  # not sent again while still ahead
    try:
        head_office.restart(env=faketime("+1d"))
        result = laptop.sync()
    finally:
        head_office.restart()
    assert (result.pushed, result.refused) == (1, 0), result.refused_reasons
    assert replication.refused(laptop.store) == []
    assert head_office.records("A")["session"][record["uuid"]]["held_on"] == soon.isoformat()
