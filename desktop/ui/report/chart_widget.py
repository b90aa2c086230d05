"""One report chart on screen, painted by desktop.report.charts (the same drawing the PDF
prints)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.report import charts

Items = Sequence[tuple[str, int]]


class ChartWidget(QWidget):
    """A bar chart (`items`) or a monthly trend (`months`, with the year before)."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.trend = False
        self.items: list[tuple[str, int]] = []
        self.previous: list[tuple[str, int]] | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_bars(self, title: str, items: Items) -> None:
        self.title, self.trend, self.items, self.previous = title, False, list(items), None
        self.update()

    def show_trend(self, title: str, months: Items, previous: Items | None = None) -> None:
        self.title, self.trend, self.items = title, True, list(months)
        self.previous = list(previous) if previous is not None else None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(440, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            rect = QRectF(self.rect()).adjusted(8, 6, -8, -6)
            if self.trend:
                charts.paint_trend(painter, rect, self.title, self.items, self.previous)
            else:
                charts.paint_bars(painter, rect, self.title, self.items)
        finally:
            painter.end()
