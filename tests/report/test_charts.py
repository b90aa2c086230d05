"""The charts painted into a picture offscreen: ink inside their rectangle and none outside,
"no records" for nothing to show, the largest items and one "others" bar for a long list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.report import charts

RECT = QRectF(40, 30, 320, 220)


def paint(draw: Callable[[QPainter, QRectF], None]) -> QImage:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, RECT)
    painter.end()
    return image


def inked(image: QImage, inside: bool) -> int:
    """Non-white pixels inside (or outside) RECT."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            if RECT.contains(x + 0.5, y + 0.5) == inside and image.pixel(x, y) != 0xFFFFFFFF:
                count += 1
    return count


@pytest.mark.parametrize(
    "draw",
    [
        lambda p, r: charts.paint_bars(
            p, r, "按场所类型统计", [("进农村", 1234), ("进社区", 56)], highlight=0
        ),
        lambda p, r: charts.paint_trend(
            p, r, "每月场次", [(f"{m:02d}", m * 100) for m in range(1, 13)], [("01", 50)] * 12
        ),
    ],
)
def test_paints_inside_its_rectangle_only(
    qapp: object, draw: Callable[[QPainter, QRectF], None]
) -> None:
    image = paint(draw)
    assert inked(image, inside=True) > 500
    assert inked(image, inside=False) == 0


def test_empty_charts_say_no_records(qapp: object) -> None:
    seen: list[str] = []

    def translate(context: str, text: str) -> str:
        seen.append(text)
        return text

    for draw in (
        lambda p, r: charts.paint_bars(p, r, "", [], translate=translate),
        lambda p, r: charts.paint_bars(p, r, "Zero", [("a", 0)], translate=translate),
        lambda p, r: charts.paint_trend(p, r, "Trend", [], translate=translate),
        lambda p, r: charts.paint_trend(
            p, r, "Trend", [("01", 0)], [("01", 0)], translate=translate
        ),
    ):
        image = paint(draw)
        assert inked(image, inside=True) > 0 and inked(image, inside=False) == 0
    assert seen == [charts.NO_RECORDS] * 4


def test_a_hundred_items_show_the_largest_and_others(qapp: object) -> None:
    items = [(f"一个很长很长的名称第{i}号场所", i) for i in range(100)]
    shown = charts.top_items(items, charts.MAX_BARS, lambda c, t: t)
    assert len(shown) == charts.MAX_BARS
    assert [v for _, v in shown[:-1]] == list(range(91, 100))
    assert shown[-1] == ("Others (91)", sum(range(91)))
    assert sum(v for _, v in shown) == sum(range(100))
    image = paint(lambda p, r: charts.paint_bars(p, r, "", items))
    assert inked(image, inside=False) == 0


def test_numbers_have_thousands_separators() -> None:
    assert charts.number(1234567) == "1,234,567"
    assert charts._nice_step(1234) in (200, 500)
