"""A hybrid logical clock, so record versions order the same everywhere.

Laptop clocks are often wrong by days. A stamp is (physical milliseconds, counter, device id);
it never goes backwards on a device, and after seeing another device's stamp it moves past it,
so "later edit" means the same thing on every machine. Stamps are strings that sort correctly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

#: The counter has five digits in a stamp; past it the logical milliseconds move on instead.
MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:015d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridClock:
    def __init__(
        self,
        device: str,
        last: str | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.device = device
        self._wall = wall
        self._last = Stamp.parse(last) if last else Stamp(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    def now(self) -> str:
        """A stamp later than every stamp this clock has made or seen."""
        wall = int(self._wall() * 1000)
        if wall > self._last.millis:
            self._last = Stamp(wall, 0, self.device)
        elif self._last.counter + 1 > MAX_COUNTER:
            # Behind a stamp from a clock far ahead for long: step the logical time on rather
            # than widen the counter, so stamps keep their fixed width and their order.
            self._last = Stamp(self._last.millis + 1, 0, self.device)
        else:
            self._last = Stamp(self._last.millis, self._last.counter + 1, self.device)
        return str(self._last)

    def observe(self, remote: str) -> None:
        """Move past a stamp made elsewhere."""
        other = Stamp.parse(remote)
        if (other.millis, other.counter) > (self._last.millis, self._last.counter):
            self._last = Stamp(other.millis, other.counter, self.device)
