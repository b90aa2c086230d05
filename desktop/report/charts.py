"""The report's charts, painted with a QPainter on whatever device it paints on (the report
window's widget, a QImage, the A4 PDF), so screen and print show one drawing.

Sizes are given in points and turned into the device's pixels from its resolution, as the
leaflets do (desktop.leaflets.render): the same chart is legible at 96 dpi on screen and at
300 dpi on paper. Only shades of grey: reports are printed on office black-and-white printers.
Text uses the app's Chinese font (desktop.leaflets.render.leaflet_family), so Chinese labels
never print as boxes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.domain.fields import QT_TRANSLATE_NOOP

CONTEXT = "Report"
NO_RECORDS = QT_TRANSLATE_NOOP("Report", "No records")
OTHERS = QT_TRANSLATE_NOOP("Report", "Others ({count})")
THIS_PERIOD = QT_TRANSLATE_NOOP("Report", "This period")
YEAR_BEFORE = QT_TRANSLATE_NOOP("Report", "A year before")

#: At most this many bars; beyond, the smallest are summed into one "others" bar.
MAX_BARS = 10
TITLE_PT = 10.0
LABEL_PT = 8.0
BAR = QColor(110, 110, 110)
BAR_HIGHLIGHT = QColor(30, 30, 30)
PREVIOUS = QColor(200, 200, 200)
INK = QColor(20, 20, 20)
FAINT = QColor(120, 120, 120)
GRID = QColor(215, 215, 215)


Translate = Callable[[str, str], str]


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@functools.cache
def family() -> str:
    """The app's Chinese font family, or the system's when there is none (a chart of English
    names still draws)."""
    from desktop.leaflets import fonts, render

    try:
        return render.leaflet_family()
    except fonts.NoCjkFont:
        return QFont().family()


def _dpi(painter: QPainter) -> float:
    device = painter.device()
    return float(device.logicalDpiY()) if device is not None else 96.0


def _font(painter: QPainter, pt: float, bold: bool = False) -> QFont:
    return _font_at(_dpi(painter), pt, bold)


def _font_at(dpi: float, pt: float, bold: bool = False) -> QFont:
    font = QFont(family())
    font.setPixelSize(max(1, round(pt * dpi / 72)))
    font.setBold(bold)
    return font


def bars_height(dpi: float, count: int, title: bool = True) -> float:
    """The height (device pixels at `dpi`) paint_bars needs to show `count` bars (at most
    MAX_BARS) under a title: for a layout that gives a short list a short chart."""
    title_h = QFontMetricsF(_font_at(dpi, TITLE_PT, True)).height() * 1.4 if title else 0.0
    row = QFontMetricsF(_font_at(dpi, LABEL_PT)).height() * 1.5
    return title_h + row * max(1, min(MAX_BARS, count)) + 1


def number(value: int) -> str:
    """A count with thousands separators (12,345), as every table of the report writes it."""
    return f"{value:,}"


def _title(painter: QPainter, rect: QRectF, title: str) -> QRectF:
    """Draws the title at the top of `rect`; returns the area left under it."""
    if not title:
        return QRectF(rect)
    font = _font(painter, TITLE_PT, bold=True)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(INK)
    height = metrics.height() * 1.4
    text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
    return QRectF(rect.left(), rect.top() + height, rect.width(), max(0.0, rect.height() - height))


def _empty(painter: QPainter, rect: QRectF, tr: Translate) -> None:
    painter.setFont(_font(painter, LABEL_PT))
    painter.setPen(FAINT)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr(CONTEXT, NO_RECORDS))


def top_items(
    items: Sequence[tuple[str, int]], limit: int, tr: Translate = _qt_translate
) -> list[tuple[str, int]]:
    """The `limit` largest items in their order, the rest summed into one "others" item (so
    the bars still add up to the total)."""
    shown = [(str(label), int(value)) for label, value in items]
    if len(shown) <= limit:
        return shown
    ranked = sorted(range(len(shown)), key=lambda i: -shown[i][1])
    keep = sorted(ranked[: max(1, limit - 1)])
    rest = [shown[i] for i in ranked[max(1, limit - 1) :]]
    label = tr(CONTEXT, OTHERS).format(count=number(len(rest)))
    return [shown[i] for i in keep] + [(label, sum(v for _, v in rest))]


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    title: str,
    items: Sequence[tuple[str, int]],
    *,
    highlight: int | None = None,
    translate: Translate | None = None,
) -> None:
    """Horizontal bar chart: one labelled bar per item with its value (e.g. sessions by venue
    kind, by team, topic mix).

    Bars are as long as their value against the largest; `highlight` (an index into `items`)
    draws one bar darker, for the row the window has selected. More items than fit (or than
    MAX_BARS) show the largest and one "others" bar. Nothing is drawn outside `rect`.
    `translate` gives the chart's own words (default: the application's translators; the PDF
    passes the report's).
    """
    tr = translate or _qt_translate
    painter.save()
    painter.setClipRect(rect)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    area = _title(painter, rect, title)
    font = _font(painter, LABEL_PT)
    metrics = QFontMetricsF(font)
    row = metrics.height() * 1.5
    fits = max(1, int(area.height() // row))
    limit = min(MAX_BARS, fits)
    highlighted = (
        items[highlight][0] if highlight is not None and 0 <= highlight < len(items) else None
    )
    shown = top_items(items, limit, tr)
    if not shown or not any(v for _, v in shown):
        _empty(painter, area, tr)
        painter.restore()
        return
    painter.setFont(font)
    widest_label = max(metrics.horizontalAdvance(label) for label, _ in shown)
    label_w = min(area.width() * 0.45, widest_label + metrics.averageCharWidth())
    value_w = (
        max(metrics.horizontalAdvance(number(v)) for _, v in shown) + metrics.averageCharWidth()
    )
    bar_left = area.left() + label_w
    bar_span = max(1.0, area.width() - label_w - value_w)
    largest = max(v for _, v in shown) or 1
    top = area.top()
    for i, (label, value) in enumerate(shown):
        y = top + i * row
        painter.setPen(INK)
        elided = metrics.elidedText(
            label, Qt.TextElideMode.ElideRight, label_w - metrics.averageCharWidth()
        )
        painter.drawText(
            QRectF(area.left(), y, label_w - metrics.averageCharWidth() / 2, row),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            elided,
        )
        width = bar_span * value / largest
        colour = BAR_HIGHLIGHT if highlighted is not None and label == highlighted else BAR
        painter.fillRect(QRectF(bar_left, y + row * 0.18, max(width, 1.0), row * 0.64), colour)
        painter.setPen(INK)
        painter.drawText(
            QRectF(bar_left + width + metrics.averageCharWidth() / 2, y, value_w, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            number(value),
        )
    painter.restore()


def _nice_step(largest: int, lines: int = 4) -> int:
    """A round step (1, 2 or 5 times a power of ten) for about `lines` grid lines."""
    raw = max(1.0, largest / lines)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    title: str,
    months: Sequence[tuple[str, int]],
    previous: Sequence[tuple[str, int]] | None = None,
    *,
    translate: Translate | None = None,
) -> None:
    """Month-by-month columns of one figure, with last year's as a second, lighter column
    beside each month's when given (matched by position: month 1 against month 1 a year
    before), a grid with round numbers and a legend. Nothing is drawn outside `rect`.
    `translate` as for paint_bars."""
    tr = translate or _qt_translate
    painter.save()
    painter.setClipRect(rect)
    area = _title(painter, rect, title)
    font = _font(painter, LABEL_PT)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    values = [int(v) for _, v in months]
    before = [int(v) for _, v in previous] if previous else []
    if not months or not any(values + before):
        _empty(painter, area, tr)
        painter.restore()
        return
    line = metrics.height()
    legend_h = line * 1.4 if before else 0.0
    if before:
        x = area.left()
        for colour, text in ((BAR, tr(CONTEXT, THIS_PERIOD)), (PREVIOUS, tr(CONTEXT, YEAR_BEFORE))):
            painter.fillRect(QRectF(x, area.top() + line * 0.25, line * 0.9, line * 0.7), colour)
            painter.setPen(INK)
            x += line * 1.2
            painter.drawText(QPointF(x, area.top() + line * 0.9), text)
            x += metrics.horizontalAdvance(text) + line
    # Headroom above the tallest column for its value.
    largest = math.ceil((max(values + before) or 1) * 1.12)
    step = _nice_step(largest)
    ceiling = step * math.ceil(largest / step)
    axis_w = metrics.horizontalAdvance(number(ceiling)) + metrics.averageCharWidth()
    plot = QRectF(
        area.left() + axis_w,
        area.top() + legend_h + line * 0.6,
        max(1.0, area.width() - axis_w),
        max(1.0, area.height() - legend_h - line * 2.2),
    )
    painter.setPen(QPen(GRID, 0))
    for tick in range(0, ceiling + 1, step):
        y = plot.bottom() - plot.height() * tick / ceiling
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(FAINT)
        painter.drawText(
            QRectF(area.left(), y - line / 2, axis_w - metrics.averageCharWidth() / 2, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            number(tick),
        )
    slot = plot.width() / len(months)
    columns = 2 if before else 1
    col_w = slot * 0.7 / columns
    widest = max(metrics.horizontalAdvance(label) for label, _ in months)
    every = max(1, math.ceil((widest + metrics.averageCharWidth()) / slot))
    show_values = col_w >= max(metrics.horizontalAdvance(number(v)) for v in values) * 0.9
    for i, (label, value) in enumerate(months):
        x = plot.left() + i * slot + slot * 0.15
        series = [(before[i] if i < len(before) else 0, PREVIOUS)] if before else []
        series.append((int(value), BAR))
        for j, (v, colour) in enumerate(series):
            h = plot.height() * v / ceiling
            painter.fillRect(QRectF(x + j * col_w, plot.bottom() - h, col_w, h), colour)
        if show_values and value:
            h = plot.height() * value / ceiling
            cx = x + (columns - 1) * col_w
            painter.setPen(INK)
            painter.drawText(
                QRectF(cx - col_w, plot.bottom() - h - line, col_w * 3, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                number(int(value)),
            )
        if i % every == 0:
            painter.setPen(INK)
            painter.drawText(
                QRectF(plot.left() + i * slot - slot, plot.bottom() + line * 0.2, slot * 3, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
    painter.setPen(QPen(INK, 0))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.setBrush(QBrush())
    painter.restore()
