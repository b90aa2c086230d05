"""A small table of report figures: each cell that is a figure opens to the records behind it
(double-click or Enter)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.report.figures import Figure


@dataclass(frozen=True)
class Cell:
    text: str
    #: The figure this cell shows (it opens to its records), if any.
    figure: Figure | None = None
    tooltip: str = ""
    #: What the records list is called when opened.
    title: str = ""


def number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FiguresTable(QTableWidget):
    """Read-only rows of cells; `opened(figure, title)` when a figure cell is activated."""

    opened = Signal(object, str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.cells: dict[tuple[int, int], Cell] = {}
        #: Show every row (no scroll bar of its own: the page scrolls).
        self.fill_all = False
        self.activated.connect(self._activated)

    def fill(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self.clear()
        self.cells = {}
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell.text)
                if c > 0:
                    item.setTextAlignment(RIGHT)
                if cell.tooltip:
                    item.setToolTip(cell.tooltip)
                if cell.figure is not None:
                    font = item.font()
                    font.setUnderline(True)
                    item.setFont(font)
                self.setItem(r, c, item)
                self.cells[(r, c)] = cell
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if headers:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        height = self.horizontalHeader().sizeHint().height() + 24 * len(rows) + 4
        self.setMinimumHeight(height if self.fill_all else min(height, 360))
        self.setMaximumHeight(max(height, 60))

    def cell(self, row: int, column: int) -> Cell | None:
        return self.cells.get((row, column))

    def open_cell(self, row: int, column: int) -> bool:
        cell = self.cells.get((row, column))
        if cell is None or cell.figure is None:
            return False
        self.opened.emit(cell.figure, cell.title or cell.text)
        return True

    def _activated(self, index: QModelIndex) -> None:
        self.open_cell(index.row(), index.column())
