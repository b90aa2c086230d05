"""The store's side of sync, against real SQLite files: outbox, refusals, applying pulls."""

from __future__ import annotations

import time

import pytest

from desktop.domain.clock import FOLLOW_AHEAD_MS, MAX_AHEAD_MS, millis_of
from desktop.domain.kinds import KINDS
from desktop.store import replication
from desktop.store.store import Store

SESSION = KINDS["session"]


def session(**changes):
    values = {
        "held_on": "2026-03-15",
        "place": "王家村",
        "venue_kind": "village",
        "topics": ["aml"],
        "audience": 40,
    }
    values.update(changes)
    return values


def remote_copy(record, **changes):
    """A version of `record` as another device would have made it."""
    return {**record, **changes}


def test_outbox_in_order_with_the_stamp_each_edit_started_from(store: Store) -> None:
    first = store.save("session", session())
    second = store.save("session", session(audience=41), uuid=first["uuid"])
    changes = replication.pending(store, 10)
    assert [c.record["revision"] for c in changes] == [1, 2]
    assert changes[0].base_hlc is None
    assert changes[1].base_hlc == first["hlc"]
    assert changes[1].record["hlc"] == second["hlc"]
    assert replication.pending(store, 10, after_seq=changes[0].seq) == changes[1:]


def test_acknowledged_changes_leave_refused_ones_stay_with_their_reason(store: Store) -> None:
    store.save("session", session())
    store.save("session", session(place="李庄"))
    one, two = replication.pending(store, 10)
    replication.acknowledge(store, [one.seq])
    replication.refuse(store, [{"seq": two.seq, "code": "invalid", "message": "bad"}])
    assert store.pending_changes() == 0
    refused = replication.refused(store)
    assert [r["seq"] for r in refused] == [two.seq]
    assert refused[0]["reason"]["code"] == "invalid"
    assert refused[0]["record"]["place"] == "李庄"
    assert replication.retry_refused(store) == 1
    assert [c.seq for c in replication.pending(store, 10)] == [two.seq]


def test_newer_remote_versions_win_older_ones_are_ignored(store: Store) -> None:
    mine = store.save("session", session())
    newer = remote_copy(
        mine, audience=99, revision=2, device_id="other", hlc="999999999999999-00000-other"
    )
    assert replication.apply_remote(store, SESSION, [newer]) == 1
    assert store.get("session", mine["uuid"])["audience"] == 99
    older = remote_copy(mine, audience=7, hlc="000000000000001-00000-other")
    assert replication.apply_remote(store, SESSION, [older]) == 0
    assert store.get("session", mine["uuid"])["audience"] == 99
    # Applying is not an edit of ours: nothing new goes back to head office.
    assert store.pending_changes() == 1
    assert store.history(mine["uuid"])[0]["action"] == "received"


def test_an_unpushed_newer_local_edit_is_kept(tmp_path) -> None:
    """Another device edited a moment after our first save, but our later edit is newer."""
    wall = [time.time()]
    store = Store(tmp_path / "d", wall=lambda: wall[0])
    base = store.save("session", session())
    one_ms_later = f"{int(base['hlc'][:15]) + 1:015d}-00000-other"
    remote = remote_copy(base, audience=5, device_id="other", hlc=one_ms_later)
    wall[0] += 60
    local = store.save("session", session(audience=77), uuid=base["uuid"])
    assert replication.apply_remote(store, SESSION, [remote]) == 0
    assert store.get("session", base["uuid"])["audience"] == 77
    assert local["hlc"] > remote["hlc"]
    store.close()


def test_a_stamp_beyond_what_head_office_takes_is_not_followed(tmp_path) -> None:
    """A stamp years ahead (one laptop's clock ran ahead, before head office bounded stamps)
    does not drag this laptop's clock there: what it stamps next stays at its own time."""
    wall = [time.time()]
    store = Store(tmp_path / "d", wall=lambda: wall[0])
    record = store.save("session", session())
    future = remote_copy(record, device_id="other", revision=2, hlc="002000000000000-00000-other")
    replication.apply_remote(store, SESSION, [future])
    other = store.save("session", session(audience=1))
    assert abs(millis_of(other["hlc"]) - wall[0] * 1000) < 1000
    assert millis_of(store.clock.last) < wall[0] * 1000 + FOLLOW_AHEAD_MS
    store.close()


def test_an_edit_follows_a_base_a_few_minutes_ahead(tmp_path) -> None:
    """A teammate's clock ran a few minutes fast (head office took it): an edit of that version
    still comes after it, so it wins at head office, though the clock does not jump there."""
    wall = [time.time()]
    store = Store(tmp_path / "d", wall=lambda: wall[0])
    record = store.save("session", session())
    ahead_ms = int(wall[0] * 1000) + MAX_AHEAD_MS - 60_000
    fast = remote_copy(record, device_id="other", revision=2, hlc=f"{ahead_ms:015d}-00000-other")
    replication.apply_remote(store, SESSION, [fast])
    edited = store.save("session", session(audience=1), uuid=record["uuid"])
    assert edited["hlc"] > fast["hlc"]
    assert millis_of(edited["hlc"]) == ahead_ms
    assert millis_of(store.save("session", session(audience=2))["hlc"]) < ahead_ms
    store.close()


def test_cursor_moves_only_with_the_page_it_covers(store: Store) -> None:
    record = store.save("session", session())
    page = [remote_copy(record, uuid="r-1", device_id="other", hlc="999999999999999-00000-other")]
    with pytest.raises(RuntimeError), store.transaction():
        replication.apply_remote(store, SESSION, page)
        replication.set_cursor(store, 42)
        raise RuntimeError("crash between page and cursor")
    assert replication.cursor(store) == 0
    assert store.get("session", "r-1") is None
    with store.transaction():
        replication.apply_remote(store, SESSION, page)
        replication.set_cursor(store, 42)
    assert replication.cursor(store) == 42
    assert store.get("session", "r-1")["place"] == "王家村"


def test_pulled_reference_lists_show_at_once(store: Store) -> None:
    item = store.ref_items("topics")[0]
    renamed = {
        **item,
        "label_en": "Renamed topic",
        "revision": 2,
        "device_id": "headoffice",
        "hlc": "001800000000000-00000-headoffice",
    }
    assert store.ref_label("topics", item["code"], "en") == item["label_en"]
    replication.apply_remote(store, KINDS["ref_item"], [renamed])
    assert store.ref_label("topics", item["code"], "en") == "Renamed topic"


def test_enrolment_gives_the_team_to_what_was_recorded_before(store: Store) -> None:
    with store.transaction():
        store.set_setting("team", "演示小队")  # as --demo does before enrolment
    mine = store.save("session", session())
    theirs = remote_copy(
        mine, uuid="r-2", team="别的队", device_id="other", hlc="999999999999999-00000-other"
    )
    replication.apply_remote(store, SESSION, [theirs])
    (queued,) = replication.pending(store, 10)
    replication.refuse(store, [{"seq": queued.seq, "code": "forbidden"}])

    assert replication.adopt_team(store, "城关一队") == 1
    assert store.team == "城关一队"
    assert store.get("session", mine["uuid"])["team"] == "城关一队"
    assert store.get("session", "r-2")["team"] == "别的队"
    (queued,) = replication.pending(store, 10)
    assert queued.record["team"] == "城关一队"
    assert store.get("session", mine["uuid"])["revision"] == 1


def test_changes_stamped_ahead_are_stamped_again_in_order(tmp_path) -> None:
    """A record made and edited twice while the clock ran 5 days ahead, the last edit refused
    for it: each change gets a stamp by head office's time, each edit after its new base, and
    the refused one goes back in the queue; the store's record carries the newest stamp."""
    real = time.time()
    wall = [real + 5 * 86400]
    store = Store(tmp_path / "d", wall=lambda: wall[0])
    made = store.save("session", session())
    edited = store.save("session", session(audience=41), uuid=made["uuid"])
    last = store.save("session", session(audience=42), uuid=made["uuid"])
    seqs = [c.seq for c in replication.pending(store, 10)]
    replication.refuse(store, [{"seq": seqs[-1], "code": "clock_ahead", "message": "ahead"}])
    wall[0] = real
    queued, anew = replication.restamp_ahead(store, int(real * 1000), "clock_ahead")
    assert queued == 1
    assert set(anew) == {made["hlc"], edited["hlc"], last["hlc"]}
    changes = replication.pending(store, 10)
    assert [c.seq for c in changes] == seqs
    stamps = [c.record["hlc"] for c in changes]
    assert stamps == sorted(stamps) and all(abs(millis_of(s) - real * 1000) < 1000 for s in stamps)
    assert [c.base_hlc for c in changes] == [None, stamps[0], stamps[1]]
    assert store.get("session", made["uuid"])["hlc"] == stamps[-1]
    assert millis_of(store.clock.last) < real * 1000 + 1000
    assert replication.restamp_ahead(store, int(real * 1000), "clock_ahead") == (0, {})
    store.close()
