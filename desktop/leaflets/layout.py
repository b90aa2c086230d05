"""Where leaflets sit on a sheet: page size, the cell of each copy, margins and cut marks, in mm.

Plain geometry without Qt, so it can be tested on its own and shared by PDF export, printing and
preview. Coordinates start at the top-left corner of the paper; x grows to the right, y down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

A4_SHORT = 210.0
A4_LONG = 297.0

#: Cut and fold marks stay this far from the paper's edge (office printers cannot print there)...
MARK_OFFSET = 2.0
#: ...and are this long.
MARK_LENGTH = 6.0
#: Arms of the cross marking where two cut lines meet inside the sheet.
CROSS_ARM = 3.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def contains(self, other: Rect, tolerance: float = 1e-9) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Sheet:
    """One layout: the paper, the leaflets on it, and what to cut or fold along."""

    code: str
    width: float
    height: float
    columns: int
    rows: int
    #: Blank border inside each leaflet's cell (also keeps text off the unprintable edge).
    margin: float
    #: A tri-fold is one leaflet in this many panels side by side, folded, not cut.
    panels: int = 1

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page(self) -> Rect:
        return Rect(0.0, 0.0, self.width, self.height)

    def cells(self) -> list[Rect]:
        """The trimmed size of each leaflet, row by row from the top left."""
        w, h = self.width / self.columns, self.height / self.rows
        return [Rect(c * w, r * h, w, h) for r in range(self.rows) for c in range(self.columns)]

    def content(self, cell: Rect) -> Rect:
        """Where a leaflet's text and pictures may go inside its cell."""
        return cell.inset(self.margin)

    def panel_rects(self, cell: Rect) -> list[Rect]:
        """The panels of a tri-fold's cell, each with its own margin (one panel otherwise)."""
        w = cell.w / self.panels
        return [
            Rect(cell.x + i * w, cell.y, w, cell.h).inset(self.margin) for i in range(self.panels)
        ]

    def cut_positions(self) -> tuple[list[float], list[float]]:
        """x of the vertical and y of the horizontal lines to cut along (none for one-up)."""
        xs = [self.width * c / self.columns for c in range(1, self.columns)]
        ys = [self.height * r / self.rows for r in range(1, self.rows)]
        return xs, ys

    def fold_positions(self) -> list[float]:
        """x of the lines a tri-fold is folded along."""
        return [self.width * i / self.panels for i in range(1, self.panels)]

    def cut_marks(self) -> list[Line]:
        """Short ticks at the paper's edges on each cut line, and a cross where cut lines meet.

        The marks lie in the gutters between leaflets, never on a leaflet's content.
        """
        xs, ys = self.cut_positions()
        return self._edge_ticks(xs, ys) + self._crosses(xs, ys)

    def fold_marks(self) -> list[Line]:
        return self._edge_ticks(self.fold_positions(), [])

    def _edge_ticks(self, xs: list[float], ys: list[float]) -> list[Line]:
        lo, hi = MARK_OFFSET, MARK_OFFSET + MARK_LENGTH
        marks = []
        for x in xs:
            marks.append(Line(x, lo, x, hi))
            marks.append(Line(x, self.height - lo, x, self.height - hi))
        for y in ys:
            marks.append(Line(lo, y, hi, y))
            marks.append(Line(self.width - lo, y, self.width - hi, y))
        return marks

    def _crosses(self, xs: list[float], ys: list[float]) -> list[Line]:
        marks = []
        for x in xs:
            for y in ys:
                marks.append(Line(x - CROSS_ARM, y, x + CROSS_ARM, y))
                marks.append(Line(x, y - CROSS_ARM, x, y + CROSS_ARM))
        return marks

    def sheets_for(self, copies: int) -> int:
        """Sheets of paper needed for `copies` leaflets (the last one may be partly used)."""
        if copies < 1:
            raise ValueError("copies must be at least 1")
        return math.ceil(copies / self.per_sheet)

    def copies_on_sheet(self, sheet: int, copies: int) -> int:
        """How many leaflets the 0-based `sheet` of a run of `copies` holds."""
        return max(0, min(self.per_sheet, copies - sheet * self.per_sheet))


SHEETS: dict[str, Sheet] = {
    # One leaflet on A4 portrait.
    "a4": Sheet("a4", A4_SHORT, A4_LONG, 1, 1, margin=15.0),
    # Two A5 portrait leaflets side by side on A4 landscape, cut once down the middle.
    "a5x2": Sheet("a5x2", A4_LONG, A4_SHORT, 2, 1, margin=10.0),
    # Four A6 portrait leaflets on A4 portrait, cut once each way.
    "a6x4": Sheet("a6x4", A4_SHORT, A4_LONG, 2, 2, margin=7.0),
    # One leaflet of three panels on A4 landscape, folded twice (accordion fold).
    "trifold": Sheet("trifold", A4_LONG, A4_SHORT, 1, 1, margin=8.0, panels=3),
}

LAYOUTS: tuple[str, ...] = tuple(SHEETS)
DEFAULT_LAYOUT = "a4"


def sheet(layout: str | None) -> Sheet:
    try:
        return SHEETS[layout or DEFAULT_LAYOUT]
    except KeyError:
        raise ValueError(f"unknown leaflet layout {layout!r}") from None
