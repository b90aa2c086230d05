"""The published reports' rounding, at its boundaries, in Chinese and English."""

from __future__ import annotations

import pytest

from desktop.report.rounding import published


@pytest.mark.parametrize(
    ("value", "zh", "en"),
    [
        (0, "0", "0"),
        (99, "99", "99"),
        (100, "100", "100"),
        (300, "300", "300"),
        (301, "300余", "over 300"),
        (315, "300余", "over 300"),
        (316, "316", "316"),
        (848, "848", "848"),
        (854, "854", "854"),
        (855, "近900", "nearly 900"),
        (899, "近900", "nearly 900"),
        (950, "近千", "nearly 1,000"),
        (1000, "1000", "1,000"),
        (1099, "1000余", "over 1,000"),
        (2037, "2000余", "over 2,000"),
        (2300, "2300", "2,300"),
        (2350, "2300余", "over 2,300"),
        (2849, "2800余", "over 2,800"),
        (2850, "近3000", "nearly 3,000"),
        (9499, "9400余", "over 9,400"),
        (9500, "近万", "nearly 10,000"),
        (9640, "近万", "nearly 10,000"),
        (10000, "1万", "10,000"),
        (10001, "1万余", "over 10,000"),
        (19600, "近2万", "nearly 20,000"),
        (23456, "2.3万余", "over 23,000"),
        (125000, "12万余", "over 120,000"),
    ],
)
def test_published_forms(value: int, zh: str, en: str) -> None:
    assert published(value, "zh_CN") == zh
    assert published(value, "en") == en


def test_a_rounded_figure_is_never_above_the_exact_one_unless_it_says_nearly() -> None:
    for value in range(0, 30_000, 7):
        written = published(value, "en")
        number = int("".join(c for c in written if c.isdigit()))
        if written.startswith("nearly"):
            assert value < number <= value * 100 / 95
        elif written.startswith("over"):
            assert number < value
        else:
            assert number == value
