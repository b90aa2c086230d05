"""Periods as supervisors write them, and the same period a year before (29 February)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.report.errors import BadDate, BadPeriod, EndBeforeStart
from desktop.report.periods import Period


def days(first: str, last: str) -> Period:
    return Period(dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026-03", "2026-03-01", "2026-03-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2026-2", "2026-02-01", "2026-02-28"),
        ("2026Q1", "2026-01-01", "2026-03-31"),
        ("2026-Q4", "2026-10-01", "2026-12-31"),
        ("2026q2", "2026-04-01", "2026-06-30"),
        ("2026", "2026-01-01", "2026-12-31"),
        (" 2026 ", "2026-01-01", "2026-12-31"),
    ],
)
def test_named_periods(text: str, first: str, last: str) -> None:
    assert Period.named(text) == days(first, last)


@pytest.mark.parametrize("text", ["2026-13", "2026Q5", "26", "March", "2026-03-01", ""])
def test_what_is_not_a_period(text: str) -> None:
    with pytest.raises(BadPeriod) as raised:
        Period.named(text)
    assert repr(text) in str(raised.value) or text in str(raised.value)


def test_explicit_dates_and_their_mistakes() -> None:
    assert Period.between("2026-03-09", "2026-03-22") == days("2026-03-09", "2026-03-22")
    with pytest.raises(BadDate, match="--to"):
        Period.between("2026-03-09", "2026-02-30")
    with pytest.raises(BadDate, match="--from"):
        Period.between("yesterday", "2026-03-22")
    with pytest.raises(EndBeforeStart, match="2026-03-01"):
        Period.between("2026-03-22", "2026-03-01")


@pytest.mark.parametrize(
    ("period", "before"),
    [
        (days("2026-01-01", "2026-12-31"), days("2025-01-01", "2025-12-31")),
        (days("2025-02-01", "2025-02-28"), days("2024-02-01", "2024-02-29")),
        (days("2024-02-01", "2024-02-29"), days("2023-02-01", "2023-02-28")),
        (days("2024-02-29", "2024-03-10"), days("2023-02-28", "2023-03-10")),
        (days("2024-02-29", "2024-02-29"), days("2023-02-28", "2023-02-28")),
        (days("2026-03-09", "2026-03-22"), days("2025-03-09", "2025-03-22")),
        (days("2025-01-01", "2025-03-31"), days("2024-01-01", "2024-03-31")),
    ],
)
def test_a_year_before(period: Period, before: Period) -> None:
    assert period.year_before() == before


def test_months_are_cut_to_the_period() -> None:
    months = list(days("2025-11-15", "2026-02-10").months())
    assert months == [
        days("2025-11-15", "2025-11-30"),
        days("2025-12-01", "2025-12-31"),
        days("2026-01-01", "2026-01-31"),
        days("2026-02-01", "2026-02-10"),
    ]
