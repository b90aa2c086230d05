"""The hybrid logical clock keeps order when wall clocks lie."""

from __future__ import annotations

from desktop.domain.clock import MAX_COUNTER, HybridClock, Stamp


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
