"""Report periods: from-to inclusive ISO dates, read from what supervisors write (a month
"2026-03", a quarter "2026Q1" or "2026-Q1", a year "2026", or two dates), and the same period
a year before, which the published reports compare with."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.report.errors import BadDate, BadPeriod, EndBeforeStart

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_QUARTER = re.compile(r"(\d{4})-?[Qq]([1-4])")
_YEAR = re.compile(r"\d{4}")


def parse_date(text: str, option: str = "--from") -> dt.date:
    """An ISO date; BadDate names the option it came from."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadDate(option=option, value=text) from None


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_earlier(day: dt.date, month_end: bool) -> dt.date:
    """The same day a year earlier: 29 February becomes 28 February, and a month's last day
    stays its month's last day (so February 2025 a year before is all of February 2024)."""
    if month_end:
        return _last_day(day.year - 1, day.month)
    return dt.date(day.year - 1, day.month, min(day.day, 28 if day.month == 2 else day.day))


@dataclass(frozen=True)
class Period:
    """Days from `start` to `end`, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise EndBeforeStart(start=self.start.isoformat(), end=self.end.isoformat())

    @classmethod
    def between(cls, start: str, end: str) -> Period:
        """From the --from and --to texts."""
        return cls(parse_date(start, "--from"), parse_date(end, "--to"))

    @classmethod
    def named(cls, text: str) -> Period:
        """A month, a quarter or a year, as written in reports and on the command line."""
        value = text.strip()
        if found := _MONTH.fullmatch(value):
            year, month = int(found[1]), int(found[2])
            if 1 <= month <= 12:
                return cls(dt.date(year, month, 1), _last_day(year, month))
        elif found := _QUARTER.fullmatch(value):
            year, first = int(found[1]), 3 * int(found[2]) - 2
            return cls(dt.date(year, first, 1), _last_day(year, first + 2))
        elif _YEAR.fullmatch(value):
            return cls(dt.date(int(value), 1, 1), dt.date(int(value), 12, 31))
        raise BadPeriod(value=text)

    @property
    def first(self) -> str:
        return self.start.isoformat()

    @property
    def last(self) -> str:
        return self.end.isoformat()

    def year_before(self) -> Period:
        """The same days a year earlier (see _year_earlier for 29 February and month ends)."""
        end_is_month_end = self.end == _last_day(self.end.year, self.end.month)
        return Period(_year_earlier(self.start, False), _year_earlier(self.end, end_is_month_end))

    def months(self) -> Iterator[Period]:
        """The calendar months the period touches, each cut to the period."""
        year, month = self.start.year, self.start.month
        while dt.date(year, month, 1) <= self.end:
            yield Period(
                max(self.start, dt.date(year, month, 1)), min(self.end, _last_day(year, month))
            )
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def __str__(self) -> str:
        return f"{self.first}..{self.last}"
