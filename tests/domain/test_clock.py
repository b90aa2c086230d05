"""The hybrid logical clock keeps order when wall clocks lie."""

from __future__ import annotations

import pytest

from desktop.domain.clock import (
    FOLLOW_AHEAD_MS,
    MAX_AHEAD_MS,
    MAX_COUNTER,
    MAX_MILLIS,
    HybridClock,
    Stamp,
    StampOverflow,
)


def test_stamps_increase_when_the_wall_clock_goes_back():
    wall = [1000.0]
    clock = HybridClock("a", wall=lambda: wall[0])
    first = clock.now()
    wall[0] = 10.0
    second = clock.now()
    assert second > first


def test_after_a_stamp_from_far_ahead_local_stamps_order_after_it():
    clock = HybridClock("a", wall=lambda: 1000.0)
    clock.observe(str(Stamp(5_000_000, 3, "b")))
    assert Stamp.parse(clock.now()) > Stamp(5_000_000, 3, "b")


def test_the_counter_never_outgrows_its_width():
    clock = HybridClock("a", last=str(Stamp(5_000_000, MAX_COUNTER - 1, "a")), wall=lambda: 1.0)
    stamps = [clock.now() for _ in range(3)]
    assert stamps == sorted(stamps)
    assert len({len(s) for s in stamps}) == 1
    assert Stamp.parse(stamps[-1]).millis == 5_000_001


def test_the_time_part_never_outgrows_its_width():
    """At the last millisecond the format holds, the counter runs out and then nothing is
    made: no stamp of sixteen digits (which would sort before every other one) ever appears."""
    last = str(Stamp(MAX_MILLIS, MAX_COUNTER - 1, "a"))
    clock = HybridClock("a", last=last, wall=lambda: 1.0)
    assert clock.now() == str(Stamp(MAX_MILLIS, MAX_COUNTER, "a"))
    with pytest.raises(StampOverflow):
        clock.now()
    assert clock.last == str(Stamp(MAX_MILLIS, MAX_COUNTER, "a"))
    with pytest.raises(StampOverflow):
        HybridClock("a", wall=lambda: (MAX_MILLIS + 1) / 1000).now()


def test_the_counter_hands_over_to_the_time_part_at_its_limit():
    clock = HybridClock("a", last=str(Stamp(5_000_000, MAX_COUNTER, "a")), wall=lambda: 1.0)
    assert clock.now() == str(Stamp(5_000_001, 0, "a"))


@pytest.mark.parametrize(
    "text",
    ["999999999999999-99999", "1000000000000000-00000-x", "00000000000001-00000-x", "a-b-c", ""],
)
def test_only_canonical_stamps_parse(text):
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_a_bounded_clock_does_not_follow_a_stamp_far_ahead():
    now = 1_800_000_000.0
    clock = HybridClock("a", wall=lambda: now, ahead_ms=FOLLOW_AHEAD_MS)
    assert not clock.observe("999999999999999-99999-x")
    near = str(Stamp(int(now * 1000) + FOLLOW_AHEAD_MS - 1, 7, "b"))
    assert clock.observe(near)
    assert Stamp.parse(clock.now()) > Stamp.parse(near)
    assert len(clock.last) == len(near)


def test_an_edit_comes_after_its_base_within_what_head_office_takes():
    now = 1_800_000_000.0
    clock = HybridClock("a", wall=lambda: now, ahead_ms=FOLLOW_AHEAD_MS)
    close = str(Stamp(int(now * 1000) + MAX_AHEAD_MS - 1000, 3, "b"))
    assert clock.after(close) == str(Stamp(int(now * 1000) + MAX_AHEAD_MS - 1000, 4, "a"))
    assert Stamp.parse(clock.last).millis == int(now * 1000)  # the clock did not jump there
    junk = "999999999999999-99999-x"
    assert Stamp.parse(clock.after(junk)).millis == int(now * 1000)


def test_a_clock_that_ran_ahead_comes_back_to_the_time_it_is_given():
    wall = [2_000_000_000.0]
    clock = HybridClock("a", wall=lambda: wall[0])
    ahead = clock.now()
    wall[0] = 1_800_000_000.0
    assert clock.now() > ahead  # without a reference it cannot tell a slow clock from a fast one
    assert clock.rewind(1_800_000_000_000)
    assert Stamp.parse(clock.now()).millis == 1_800_000_000_000
    assert not clock.rewind(1_900_000_000_000)
