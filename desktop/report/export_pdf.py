"""The period report as a printable A4 PDF: title with bank or branch and period, which
records were counted, the summary paragraph with its exact figures, the figures against a year
before, the charts, the breakdowns, the month-by-month table, the leaflet stock and the notes,
with page numbers and the date it was made.

The PDF holds figures only, never a record: no names, phones or addresses can appear in it,
whatever the supervisor ticked for the other exports (so it needs no personal-data note).

Pages are laid out first (every block measured with the fonts of the PDF's resolution) and
painted after, so each page knows the page count ("第 N 页 / 共 M 页"). A table that does not
fit on a page goes on on the next one under its header row again. Painting needs a
QGuiApplication (fonts) but no widgets, so the command line makes one headless, as for leaflets.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.report import charts
from desktop.report.errors import CONTEXT, Translate
from desktop.report.figures import LABELS, MONTHLY, Report
from desktop.report.periods import Period
from desktop.report.rounding import published
from desktop.report.summary import counting_note, paragraph, scope_words
from desktop.report.tables import (
    AS_PUBLISHED,
    CHANGE,
    EXACT,
    FIGURE,
    HANDED_OUT,
    MONTH,
    ON_HAND,
    PRINTED,
    SCANS_NOTE,
    SPECIAL_SHARE,
    STOCK,
    SUMMARY,
    YEAR_BEFORE,
)

Progress = Callable[[int, int], None]

TITLE = QT_TRANSLATE_NOOP("Report", "{scope} {period} financial-literacy outreach report")
TITLE_WHOLE_BANK = QT_TRANSLATE_NOOP("Report", "The whole bank")
TITLE_YEAR = QT_TRANSLATE_NOOP("Report", "{year}")
TITLE_QUARTER = QT_TRANSLATE_NOOP("Report", "Q{quarter} {year}")
TITLE_MONTH = QT_TRANSLATE_NOOP("Report", "{year}-{month}")
TITLE_BETWEEN = QT_TRANSLATE_NOOP("Report", "{start} to {end}")
PERIOD_LINE = QT_TRANSLATE_NOOP("Report", "Period: {start} to {end}")
FIGURES = QT_TRANSLATE_NOOP("Report", "The figures against a year before")
CHARTS = QT_TRANSLATE_NOOP("Report", "Charts")
BREAKDOWNS = QT_TRANSLATE_NOOP("Report", "Breakdowns")
MONTHS = QT_TRANSLATE_NOOP("Report", "Month by month (second line: change against a year before)")
NOTES = QT_TRANSLATE_NOOP("Report", "Notes")
NAME = QT_TRANSLATE_NOOP("Report", "Name")
TEAM = QT_TRANSLATE_NOOP("Report", "Sessions by team")
FIGURES_ONLY = QT_TRANSLATE_NOOP(
    "Report", "This report holds figures only: no personal data (names, phones, addresses)."
)
GENERATED = QT_TRANSLATE_NOOP("Report", "Made with Outreach Log on {date}")
PAGE = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
NONE = QT_TRANSLATE_NOOP("Report", "none")

#: The PDF's resolution (its text and lines are vectors; this is the unit of its coordinates).
PDF_DPI = 300
MM_PER_INCH = 25.4
MARGIN_MM = 16.0
FOOTER_MM = 9.0
TITLE_PT = 15.0
HEADING_PT = 11.5
BODY_PT = 9.5
TABLE_PT = 8.5
FOOTER_PT = 7.5
CHART_MM = 62.0
RULE = QColor(160, 160, 160)
HEADER_FILL = QColor(225, 225, 225)
STRIPE = QColor(245, 245, 245)
INK = QColor(20, 20, 20)

_app: QGuiApplication | None = None

Op = Callable[[QPainter], None]


def ensure_app() -> None:
    """A QGuiApplication for fonts, made headless when the command line has none."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(sys.argv[:1])


def title_period(period: Period, translate: Translate) -> str:
    """The period as a title names it: a year, a quarter, a month, or two dates."""
    start = period.start
    quarter = (start.month + 2) // 3
    if Period.named(f"{start.year}") == period:
        return translate(CONTEXT, TITLE_YEAR).format(year=start.year)
    if Period.named(f"{start.year}Q{quarter}") == period:
        return translate(CONTEXT, TITLE_QUARTER).format(year=start.year, quarter=quarter)
    if Period.named(f"{start.year}-{start.month:02d}") == period:
        return translate(CONTEXT, TITLE_MONTH).format(year=start.year, month=f"{start.month:02d}")
    return translate(CONTEXT, TITLE_BETWEEN).format(start=period.first, end=period.last)


def title(report: Report, translate: Translate, bank: str | None = None) -> str:
    """ "青山支行 2026年第1季度 金融知识宣传工作报告": the branch, teams or bank, and the period."""
    return translate(CONTEXT, TITLE).format(
        scope=bank
        or (
            translate(CONTEXT, TITLE_WHOLE_BANK)
            if report.selection.scope.whole_bank and report.selection.teams is None
            else scope_words(report, translate)
        ),
        period=title_period(report.selection.period, translate),
    )


def change_text(value: float | None) -> str:
    """A change in percent with its sign and one decimal ("+12.5%"), a dash for none."""
    return "–" if value is None else f"{value:+.1f}%"


@dataclass(frozen=True)
class Table:
    """Rows of text; `widths` are the columns' shares of the page width, `right` the columns
    aligned right (numbers)."""

    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    right: frozenset[int] = frozenset()
    #: The table's share of the page width (a list of names and counts reads better narrow).
    width: float = 1.0


class _Pages:
    """Lays blocks out top to bottom, page after page, as painting operations."""

    def __init__(self, dpi: float, page: QRectF) -> None:
        self.dpi = dpi
        self.page = page
        self.area = QRectF(
            page.left() + self.mm(MARGIN_MM),
            page.top() + self.mm(MARGIN_MM),
            page.width() - 2 * self.mm(MARGIN_MM),
            page.height() - 2 * self.mm(MARGIN_MM) - self.mm(FOOTER_MM),
        )
        self.pages: list[list[Op]] = [[]]
        self.y = self.area.top()

    def mm(self, mm: float) -> float:
        return mm * self.dpi / MM_PER_INCH

    def pt(self, pt: float) -> float:
        return pt * self.dpi / 72

    def font(self, pt: float, bold: bool = False) -> QFont:
        font = QFont(charts.family())
        font.setPixelSize(max(1, round(self.pt(pt))))
        font.setBold(bold)
        return font

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.area.top()

    def room(self) -> float:
        return self.area.bottom() - self.y

    def need(self, height: float) -> None:
        """A new page unless `height` fits under what is there (never for an empty page)."""
        if height > self.room() and self.y > self.area.top():
            self.new_page()

    def gap(self, pt: float) -> None:
        self.y = min(self.y + self.pt(pt), self.area.bottom())

    def _height(self, font: QFont, width: float, text: str) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def text(self, text: str, pt: float = BODY_PT, bold: bool = False, keep: float = 0) -> None:
        """A wrapped paragraph; `keep` more height must fit below it on the same page (a
        heading is not left alone at a page's foot)."""
        font = self.font(pt, bold)
        width = self.area.width()
        height = self._height(font, width, text) + self.pt(pt) * 0.35
        self.need(height + keep)
        rect = QRectF(self.area.left(), self.y, width, height)

        def op(p: QPainter) -> None:
            p.setFont(font)
            p.setPen(INK)
            p.drawText(rect, int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft), text)

        self.pages[-1].append(op)
        self.y += height

    def heading(self, text: str, keep: float = 0) -> None:
        """A section's heading, kept on a page with `keep` (default: two table rows) below."""
        self.gap(6)
        self.text(text, HEADING_PT, bold=True, keep=keep or self.pt(TABLE_PT) * 4)

    def table(self, table: Table) -> None:
        """Rows under the header; a row that does not fit starts a new page under the header
        again."""
        font, bold = self.font(TABLE_PT), self.font(TABLE_PT, bold=True)
        pad = self.pt(TABLE_PT) * 0.35
        total = sum(table.widths)
        widths = [self.area.width() * table.width * w / total for w in table.widths]

        def row_height(cells: Sequence[str], f: QFont) -> float:
            return (
                max(self._height(f, w - 2 * pad, c) for c, w in zip(cells, widths, strict=True))
                + 2 * pad
            )

        header_h = row_height(table.header, bold)

        def place(cells: Sequence[str], f: QFont, height: float, fill: QColor | None) -> None:
            top = self.y
            rects = []
            x = self.area.left()
            for w in widths:
                rects.append(QRectF(x, top, w, height))
                x += w
            line = QRectF(self.area.left(), top, sum(widths), height)

            def op(p: QPainter) -> None:
                if fill is not None:
                    p.fillRect(line, fill)
                p.setFont(f)
                p.setPen(INK)
                for i, (cell, r) in enumerate(zip(cells, rects, strict=True)):
                    align = (
                        Qt.AlignmentFlag.AlignRight
                        if i in table.right
                        else Qt.AlignmentFlag.AlignLeft
                    )
                    p.drawText(
                        r.adjusted(pad, pad, -pad, -pad),
                        int(Qt.TextFlag.TextWordWrap)
                        | int(align)
                        | int(Qt.AlignmentFlag.AlignVCenter),
                        cell,
                    )
                p.setPen(RULE)
                p.drawLine(line.bottomLeft(), line.bottomRight())

            self.pages[-1].append(op)
            self.y += height

        # The header with at least three rows (or all of a shorter table), never alone.
        first = sum(row_height(r, font) for r in table.rows[:3])
        self.need(header_h + first)
        place(table.header, bold, header_h, HEADER_FILL)
        for n, cells in enumerate(table.rows):
            height = row_height(cells, font)
            if height > self.room():
                self.new_page()
                place(table.header, bold, header_h, HEADER_FILL)
            place(cells, font, height, STRIPE if n % 2 else None)

    def block(
        self,
        height: float,
        paint: Callable[[QPainter, QRectF], None],
        width: float = 1.0,
        column: int = 0,
    ) -> None:
        """A chart: `paint` in a rectangle of `height`; charts of `width` < 1 go side by side
        (`column` 0 starts a row)."""
        if column == 0:
            self.need(height)
        w = self.area.width() * width
        gutter = self.mm(4) if width < 1 else 0.0
        rect = QRectF(
            self.area.left() + column * w + gutter / 2 * column, self.y, w - gutter / 2, height
        )
        self.pages[-1].append(lambda p: paint(p, rect))
        if width >= 1:
            self.end_row(height)

    def end_row(self, height: float) -> None:
        self.y += height + self.pt(6)


def _named(report: Report, key: str) -> list[tuple[str, int]]:
    return [(f.name or f.code, f.value) for f in report.breakdowns.get(key, ())]


def _lay_out(pages: _Pages, report: Report, translate: Translate, bank: str | None) -> None:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    pages.text(title(report, translate, bank), TITLE_PT, bold=True)
    period = report.selection.period
    pages.text(tr(PERIOD_LINE).format(start=period.first, end=period.last), BODY_PT)
    pages.text(counting_note(report, translate), BODY_PT)

    pages.heading(tr(SUMMARY))
    words = paragraph(report, translate)
    pages.text(words.text, BODY_PT + 0.5)
    pages.gap(4)
    pages.table(
        Table(
            [tr(FIGURE), tr(AS_PUBLISHED), tr(EXACT)],
            [[tr(LABELS[p.key]), p.written, charts.number(p.exact)] for p in words.parts],
            [5, 2, 2],
            frozenset({1, 2}),
        )
    )

    pages.heading(tr(FIGURES))
    rows = []
    for key, figure in report.figures.items():
        before = report.previous.value(key) if report.previous is not None else None
        rows.append(
            [
                tr(LABELS[key]),
                charts.number(figure.value),
                published(figure.value, report.lang),
                "–" if before is None else charts.number(before),
                change_text(report.change(key)),
            ]
        )
    share = report.special_group_share
    rows.append([tr(SPECIAL_SHARE), "–" if share is None else f"{share:.1f}%", "", "", ""])
    pages.table(
        Table(
            [tr(FIGURE), tr(EXACT), tr(AS_PUBLISHED), tr(YEAR_BEFORE), tr(CHANGE)],
            rows,
            [5, 1.5, 1.7, 1.5, 1.3],
            frozenset({1, 2, 3, 4}),
        )
    )

    _charts(pages, report, translate)

    pages.heading(tr(MONTHS))
    previous = report.previous.months if report.previous is not None else ()
    month_rows = []
    for i, month in enumerate(report.months):
        cells = [month.period.first[:7]]
        for key in MONTHLY:
            value = month.figures[key].value
            before = previous[i].figures[key].value if i < len(previous) else 0
            change = (value - before) * 100.0 / before if before else None
            cells.append(f"{charts.number(value)}\n{change_text(change)}")
        month_rows.append(cells)
    pages.table(
        Table(
            [tr(MONTH), *(tr(LABELS[k]) for k in MONTHLY)],
            month_rows,
            [1.3, *([1.0] * len(MONTHLY))],
            frozenset(range(1, len(MONTHLY) + 1)),
        )
    )

    pages.heading(tr(BREAKDOWNS))
    for key, figures in report.breakdowns.items():
        pages.text(tr(LABELS[key]), TABLE_PT + 1, bold=True, keep=pages.pt(TABLE_PT) * 4)
        rows = [[f.name or f.code, charts.number(f.value)] for f in figures] or [[tr(NONE), ""]]
        pages.table(Table([tr(NAME), tr(EXACT)], rows, [5, 1.5], frozenset({1}), 0.65))
        pages.gap(5)

    pages.heading(tr(STOCK))
    stock = [
        [
            s.title or s.design,
            charts.number(s.printed),
            charts.number(s.handed_out),
            charts.number(s.on_hand),
        ]
        for s in report.stock
    ] or [[tr(NONE), "", "", ""]]
    pages.table(
        Table(
            [tr(NAME), tr(PRINTED), tr(HANDED_OUT), tr(ON_HAND)],
            stock,
            [4, 1.6, 1.6, 1.6],
            frozenset({1, 2, 3}),
        )
    )

    pages.heading(tr(NOTES))
    for note in (*report.notes, SCANS_NOTE, FIGURES_ONLY):
        pages.text("• " + tr(note), BODY_PT)


def _charts(pages: _Pages, report: Report, translate: Translate) -> None:
    """Monthly trends of sessions and people reached, sessions by venue kind, the topic mix,
    and sessions by team when the report covers more than one team."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    height = pages.mm(CHART_MM)
    pages.heading(tr(CHARTS), keep=height)
    before = report.previous.months if report.previous is not None else ()
    for n, key in enumerate(("sessions", "audience")):
        months = [(m.period.first[5:7], m.figures[key].value) for m in report.months]
        old = [(m.period.first[5:7], m.figures[key].value) for m in before] or None

        def trend(p: QPainter, r: QRectF, key: str = key, months=months, old=old) -> None:
            charts.paint_trend(p, r, tr(LABELS[key]), months, old, translate=translate)

        pages.block(height, trend, 0.5, n)
    pages.end_row(height)
    bars = [
        (tr(LABELS["sessions_by_venue_kind"]), _named(report, "sessions_by_venue_kind")),
        (tr(LABELS["sessions_by_topic"]), _named(report, "sessions_by_topic")),
    ]
    teams = _named(report, "sessions_by_team")
    if len(teams) > 1:
        bars.append((tr(TEAM), teams))
    # As tall as the longer list of a row needs (a chart of five bars needs no 60 mm).
    for n, (name, items) in enumerate(bars):
        pair = [len(i) for _, i in bars[n - n % 2 : n - n % 2 + 2]]
        height = charts.bars_height(pages.dpi, max(pair))

        def bar(p: QPainter, r: QRectF, name: str = name, items=items) -> None:
            charts.paint_bars(p, r, name, items, translate=translate)

        pages.block(height, bar, 0.5, n % 2)
        if n % 2 == 1 or n == len(bars) - 1:
            pages.end_row(height)


def write_pdf(
    report: Report,
    path: Path,
    translate: Translate,
    *,
    title_bank: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the report as an A4 PDF at `path` (written beside it, then moved there, so a
    failure leaves no half file); `title_bank` names the bank or branch in the title instead
    of the report's scope. Raises OSError when the file cannot be written."""
    ensure_app()
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    name = title(report, translate, title_bank)
    writer.setTitle(name)
    writer.setCreator("Outreach Log")
    dpi = float(writer.resolution())
    page = QRectF(0, 0, 210 / MM_PER_INCH * dpi, 297 / MM_PER_INCH * dpi)
    pages = _Pages(dpi, page)
    _lay_out(pages, report, translate, title_bank)
    made = (today or dt.date.today()).isoformat()
    painter = QPainter()
    if not painter.begin(writer):
        partial.unlink(missing_ok=True)
        raise OSError(13, "cannot write", str(path))
    try:
        total = len(pages.pages)
        footer_font = pages.font(FOOTER_PT)
        footer = QRectF(
            pages.area.left(),
            pages.area.bottom() + pages.mm(FOOTER_MM) * 0.4,
            pages.area.width(),
            pages.mm(FOOTER_MM) * 0.6,
        )
        for number, ops in enumerate(pages.pages, start=1):
            if number > 1:
                writer.newPage()
            for op in ops:
                op(painter)
            painter.setFont(footer_font)
            painter.setPen(INK)
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                translate(CONTEXT, GENERATED).format(date=made),
            )
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                translate(CONTEXT, PAGE).format(page=number, pages=total),
            )
            if progress is not None:
                progress(number, total)
    except BaseException:
        painter.end()
        partial.unlink(missing_ok=True)
        raise
    ok = painter.end()
    del writer
    if not ok:
        partial.unlink(missing_ok=True)
        raise OSError(5, "cannot write", str(path))
    partial.replace(path)
    return path
