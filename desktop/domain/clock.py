"""A hybrid logical clock, so record versions order the same everywhere.

Laptop clocks are often wrong by days. A stamp is (physical milliseconds, counter, device id);
it never goes backwards on a device, and after seeing another device's stamp it moves past it,
so "later edit" means the same thing on every machine. Stamps are strings that sort correctly.

A clock that follows every stamp it sees can be dragged into the future by one laptop whose
clock ran ahead, and stays there. So a clock may be given a bound (`ahead_ms`): stamps further
ahead of its (corrected) wall clock than that are not followed. Head office refuses such stamps
in the first place (sync.protocol.MAX_STAMP_AHEAD_MS); the bound keeps a laptop from taking one
from anywhere else, and `after` still puts an edit after a version it was made from.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

#: The counter has five digits in a stamp; past it the logical milliseconds move on instead.
MAX_COUNTER = 99_999
#: Milliseconds have fifteen digits (the year 33658): a stamp never grows wider than that.
MAX_MILLIS = 10**15 - 1
#: How far ahead of head office's clock a stamp may be: head office refuses one further ahead
#: (a laptop clock that ran ahead), so no stamp ever drags the team's clocks into the future.
MAX_AHEAD_MS = 10 * 60 * 1000
#: A laptop follows stamps only this far ahead of its corrected clock: half of head office's
#: bound, so what it makes after following one is still taken, whatever the round trip.
FOLLOW_AHEAD_MS = MAX_AHEAD_MS // 2
_CANONICAL = re.compile(r"([0-9]{15})-([0-9]{5})-(.+)", re.DOTALL)


class StampOverflow(OverflowError):
    """No stamp is left after this one in the fixed-width format (a stamp at the year 33658,
    which head office never accepts): the caller settles without a new stamp."""


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:015d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """The stamp written in canonical form; ValueError for anything else."""
        found = _CANONICAL.fullmatch(text)
        if found is None:
            raise ValueError(f"not a stamp: {text[:40]!r}")
        return cls(int(found[1]), int(found[2]), found[3])

    def successor(self, device: str) -> Stamp:
        """The smallest stamp after this one, made by `device`."""
        if self.counter < MAX_COUNTER:
            return Stamp(self.millis, self.counter + 1, device)
        if self.millis < MAX_MILLIS:
            # Behind a stamp from a clock far ahead for long: step the logical time on rather
            # than widen the counter, so stamps keep their fixed width and their order.
            return Stamp(self.millis + 1, 0, device)
        raise StampOverflow(str(self))


def millis_of(stamp: str) -> int:
    """The physical part of a stamp in canonical form (its first fifteen digits)."""
    return int(stamp[:15])


class HybridClock:
    def __init__(
        self,
        device: str,
        last: str | None = None,
        wall: Callable[[], float] = time.time,
        ahead_ms: int | None = None,
    ) -> None:
        self.device = device
        self._wall = wall
        self._ahead_ms = ahead_ms
        self._last = Stamp.parse(last) if last else Stamp(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    def wall_ms(self) -> int:
        return int(self._wall() * 1000)

    def now(self) -> str:
        """A stamp later than every stamp this clock has made or followed."""
        wall = self.wall_ms()
        if wall > MAX_MILLIS:
            raise StampOverflow(f"the wall clock reads {wall} ms")
        if wall > self._last.millis:
            self._last = Stamp(wall, 0, self.device)
        else:
            self._last = self._last.successor(self.device)
        return str(self._last)

    def after(self, base: str) -> str:
        """A stamp later than `base` (the version an edit starts from) and than this clock's
        last, so an edit follows what it edits.

        The edit may stand as far ahead as head office takes (a teammate's clock a few minutes
        fast), though the clock itself follows only within its own bound. After a base beyond
        what head office takes (a stamp made before head office bounded them) this is `now()`:
        the edit then loses to the base at head office, which keeps it as a conflict rather than
        dropping it, where a stamp beyond the bound would be refused every time."""
        stamp = self.now()
        if stamp > base:
            return stamp
        try:
            following = Stamp.parse(base).successor(self.device)
        except StampOverflow:
            return stamp
        if self._ahead_ms is not None and following.millis > self.wall_ms() + MAX_AHEAD_MS:
            return stamp
        self.observe(str(following))
        return str(following)

    def observe(self, remote: str, bounded: bool = True) -> bool:
        """Move past a stamp made elsewhere, unless it lies beyond the bound (`bounded=False`:
        this clock's own last stamp, kept by another connection); says whether it followed."""
        other = Stamp.parse(remote)
        if (other.millis, other.counter) <= (self._last.millis, self._last.counter):
            return True
        if (
            bounded
            and self._ahead_ms is not None
            and other.millis > self.wall_ms() + self._ahead_ms
        ):
            return False
        self._last = Stamp(other.millis, other.counter, self.device)
        return True

    def rewind(self, to_millis: int) -> bool:
        """Come back to `to_millis` if this clock stands beyond it (it followed a wall clock
        that ran ahead): head office's clock says what time it is. Says whether it moved."""
        if self._last.millis <= to_millis:
            return False
        self._last = Stamp(to_millis, 0, self.device)
        return True

    def reset(self, last: str) -> None:
        """Take `last` as is (another connection rewound the shared clock)."""
        self._last = Stamp.parse(last)
