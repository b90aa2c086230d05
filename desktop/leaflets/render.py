"""Painting leaflets with QPainter: one drawing for PDF export, printing and preview.

A leaflet is painted into the content rectangle of its cell: the title, a rule, the optional
picture, the body text (made smaller until it fits), the QR code with its link written beside it,
and the footer line. A tri-fold spreads the same parts over three panels. All sizes are given in
millimetres and points and turned into the device's pixels here, so the same code serves a
300 dpi PDF, a printer and a small picture on screen.

Painting needs a QGuiApplication (fonts), but no widgets: the headless command uses it too, and
a worker thread may paint into a PDF while the window stays responsive.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPaintEngine,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop.leaflets import fonts, qr
from desktop.leaflets.jobs import LeafletError, PrintJob
from desktop.leaflets.layout import Line, Rect, Sheet

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

MM_PER_INCH = 25.4
PDF_DPI = 300

TITLE_COLOUR = QColor("#9e1b1b")
TEXT_COLOUR = QColor("#1a1a1a")
QUIET_COLOUR = QColor("#555555")
MARK_COLOUR = QColor("#000000")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Style:
    """Type sizes (points) and the QR code's size (mm) for one layout."""

    title_pt: float
    body_pt: float
    small_pt: float
    qr_mm: float
    #: Body text shrinks down to this fraction of body_pt to fit, or grows up to max_scale
    #: to fill the space (short texts print large, which elderly readers thank us for).
    min_scale: float = 0.6
    max_scale: float = 1.6


STYLES: dict[str, Style] = {
    "a4": Style(title_pt=28, body_pt=15, small_pt=9, qr_mm=40),
    "a5x2": Style(title_pt=22, body_pt=12, small_pt=7.5, qr_mm=32, max_scale=1.5),
    "a6x4": Style(title_pt=17, body_pt=9, small_pt=6, qr_mm=24, max_scale=1.6),
    "trifold": Style(title_pt=24, body_pt=12, small_pt=7.5, qr_mm=48),
}


# -- fonts -----------------------------------------------------------------------------------------

_registered: dict[Path, list[str]] = {}


def _families_of(path: Path) -> list[str]:
    if path not in _registered:
        font_id = QFontDatabase.addApplicationFont(str(path))
        _registered[path] = [] if font_id < 0 else QFontDatabase.applicationFontFamilies(font_id)
    return _registered[path]


def is_cjk(text: str) -> bool:
    return any(
        "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"
        for ch in text
    )


def leaflet_family(texts: Sequence[str] = (), dirs: Sequence[Path] | None = None) -> str:
    """The font family leaflets are printed in: a located font that covers Chinese.

    Its file is added to Qt's font database, so PDFs embed it and their text can be copied and
    searched. Raises NoCjkFont when none is found and `texts` hold Chinese; text without Chinese
    falls back to the system's font.
    """
    for path in fonts.candidates(dirs):
        for family in _families_of(path):
            systems = QFontDatabase.writingSystems(family)
            if QFontDatabase.WritingSystem.SimplifiedChinese in systems:
                return family
        log.info("font %s has no Chinese glyphs", path)
    if any(is_cjk(t) for t in texts):
        raise fonts.NoCjkFont(fonts.looked_in(dirs))
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def job_texts(job: PrintJob) -> list[str]:
    d = job.design
    return [str(d.get(k) or "") for k in ("title", "body", "footer")] + list(job.words.values())


def family_for(job: PrintJob, dirs: Sequence[Path] | None = None) -> str:
    return leaflet_family(job_texts(job), dirs)


# -- pictures ------------------------------------------------------------------------------------


def to_qimage(picture: Image.Image) -> QImage:
    grey = picture.convert("L")
    data = grey.tobytes()
    image = QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: `data` goes away with this function


# -- painting ------------------------------------------------------------------------------------

TEXT_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
CENTRED = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
URL_FLAGS = Qt.TextFlag.TextWrapAnywhere | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class LeafletPainter:
    """Paints the sheets of one print job on a device of `dpi` dots per inch."""

    def __init__(self, job: PrintJob, family: str, dpi: float) -> None:
        self.job = job
        self.family = family
        self.dpi = float(dpi)
        self.sheet: Sheet = job.sheet
        self.style = STYLES[job.layout]
        design = job.design
        self.title = str(design.get("title") or "")
        self.footer = str(design.get("footer") or "")
        self.paragraphs = [p.strip() for p in str(design.get("body") or "").splitlines()]
        self.paragraphs = [p for p in self.paragraphs if p]
        # (the areas' rounded sizes, the lead) -> (body size, paragraphs per area)
        self._fits: dict[
            tuple[tuple[tuple[int, int], ...], int | None], tuple[float, list[list[str]]]
        ] = {}
        self.qr: QImage | None = None
        if job.qr_url:
            self.qr = to_qimage(qr.image(job.qr_url, self.style.qr_mm, round(self.dpi)))
        self.picture: QImage | None = None
        if job.image is not None:
            picture = QImage(str(job.image))
            if picture.isNull():
                log.warning("leaflet picture %s cannot be read; printed without it", job.image)
            else:
                self.picture = picture

    # -- units ---------------------------------------------------------------------------------

    def px(self, mm: float) -> float:
        return mm * self.dpi / MM_PER_INCH

    def rect(self, r: Rect) -> QRectF:
        return QRectF(self.px(r.x), self.px(r.y), self.px(r.w), self.px(r.h))

    def font(self, pt: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(pt * self.dpi / 72)))
        font.setBold(bold)
        return font

    def measure(
        self, painter: QPainter, font: QFont, width: float, text: str, flags: int = TEXT_FLAGS
    ) -> float:
        if not text:
            return 0.0
        metrics = QFontMetricsF(font, _device(painter))
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def draw_text(
        self,
        painter: QPainter,
        font: QFont,
        colour: QColor,
        area: QRectF,
        text: str,
        flags: int = TEXT_FLAGS,
    ) -> float:
        """Draw `text` from the top of `area`; returns the height used."""
        height = self.measure(painter, font, area.width(), text, flags)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), height + 2), flags, text)
        return height

    # -- body text -----------------------------------------------------------------------------

    def gap(self, pt: float) -> float:
        """Space between paragraphs at body size `pt`."""
        return self.px(pt * 0.45 * MM_PER_INCH / 72)

    def flow(
        self, painter: QPainter, areas: Sequence[QRectF], pt: float, lead: int | None = None
    ) -> list[list[str]] | None:
        """Paragraphs per area at `pt`, in order, or None if they do not all fit.

        With `lead`, the first area takes at most that many (a tri-fold's cover stays light).
        """
        font = self.font(pt)
        placed: list[list[str]] = [[] for _ in areas]
        index = 0
        for i, area in enumerate(areas):
            used = 0.0
            while index < len(self.paragraphs):
                if i == 0 and lead is not None and len(placed[0]) >= lead and len(areas) > 1:
                    break
                h = self.measure(painter, font, area.width(), self.paragraphs[index])
                if used + h > area.height() + 0.5:
                    break
                placed[i].append(self.paragraphs[index])
                used += h + self.gap(pt)
                index += 1
        return placed if index == len(self.paragraphs) else None

    def fit_body(
        self, painter: QPainter, areas: Sequence[QRectF], lead: int | None = None
    ) -> tuple[float, list[list[str]]]:
        """The largest body size (within the style's bounds) at which the text fits."""
        key = (tuple((round(a.width()), round(a.height())) for a in areas), lead)
        if key not in self._fits:
            self._fits[key] = self._fit(painter, areas, lead)
        return self._fits[key]

    def _fit(
        self, painter: QPainter, areas: Sequence[QRectF], lead: int | None
    ) -> tuple[float, list[list[str]]]:
        base = self.style.body_pt
        smallest = base * self.style.min_scale
        for limit in (lead, None) if lead is not None else (None,):
            pt = base * self.style.max_scale
            while pt >= smallest:
                placed = self.flow(painter, areas, pt, limit)
                if placed is not None:
                    return pt, placed
                pt -= 0.5
        # Too long even at the smallest size: print what fits, the rest is left off.
        log.warning("body text of %r does not fit its %s layout", self.title, self.job.layout)
        return smallest, self._greedy(painter, areas, smallest)

    def _greedy(self, painter: QPainter, areas: Sequence[QRectF], pt: float) -> list[list[str]]:
        font = self.font(pt)
        placed: list[list[str]] = [[] for _ in areas]
        remaining = list(self.paragraphs)
        for i, area in enumerate(areas):
            used = 0.0
            while remaining:
                h = self.measure(painter, font, area.width(), remaining[0])
                if placed[i] and used + h > area.height():
                    break
                placed[i].append(remaining.pop(0))
                used += h + self.gap(pt)
        return placed

    def draw_paragraphs(
        self, painter: QPainter, area: QRectF, pt: float, paragraphs: Sequence[str]
    ) -> None:
        """Paragraphs from the top of `area`, spaced out a little when there is room to spare."""
        font = self.font(pt)
        heights = [self.measure(painter, font, area.width(), text) for text in paragraphs]
        gap = self.gap(pt)
        if len(paragraphs) > 1:
            spare = area.height() - sum(heights) - gap * (len(paragraphs) - 1)
            line = QFontMetricsF(font, _device(painter)).lineSpacing()
            gap += max(0.0, min(line, spare / (len(paragraphs) - 1)))
        painter.save()
        painter.setClipRect(area)
        y = area.top()
        for text, h in zip(paragraphs, heights, strict=True):
            self.draw_text(
                painter, font, TEXT_COLOUR, QRectF(area.left(), y, area.width(), h), text
            )
            y += h + gap
        painter.restore()

    # -- parts ---------------------------------------------------------------------------------

    def draw_title(self, painter: QPainter, area: QRectF, pt: float) -> float:
        """Title and the rule under it; returns the height used including spacing."""
        font = self.font(pt, bold=True)
        text = self.title
        too_wide = QFontMetricsF(font, _device(painter)).horizontalAdvance(text) > area.width()
        if is_cjk(text) and too_wide:
            # A Chinese title in halves ("守好钱袋子 谨防电信网络诈骗") breaks between them.
            text = "\n".join(text.split())
        h = self.draw_text(painter, font, TITLE_COLOUR, area, text, CENTRED)
        y = area.top() + h + self.px(2)
        painter.setPen(QPen(TITLE_COLOUR, self.px(0.5)))
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        return h + self.px(5)

    def draw_picture(self, painter: QPainter, area: QRectF, max_h: float) -> float:
        if self.picture is None:
            return 0.0
        w, h = self.picture.width(), self.picture.height()
        scale = min(area.width() / w, max_h / h)
        target = QRectF(0, 0, w * scale, h * scale)
        target.moveTopLeft(QPointF(area.left() + (area.width() - target.width()) / 2, area.top()))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, self.picture)
        painter.restore()
        return target.height() + self.px(4)

    def draw_qr(self, painter: QPainter, left: float, top: float) -> float:
        """The code placed pixel for pixel; returns its width."""
        if self.qr is None:
            return 0.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QPointF(math.floor(left), math.floor(top)), self.qr)
        painter.restore()
        return float(self.qr.width())

    def qr_height(self) -> float:
        return float(self.qr.height()) if self.qr is not None else 0.0

    def draw_footer(self, painter: QPainter, area: QRectF) -> float:
        """Footer at the bottom of `area` with a thin rule above; returns the height it took."""
        if not self.footer:
            return 0.0
        font = self.font(self.style.small_pt)
        h = self.measure(painter, font, area.width(), self.footer, CENTRED)
        top = area.bottom() - h
        painter.setPen(QPen(QUIET_COLOUR, self.px(0.2)))
        rule = top - self.px(1.5)
        painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule))
        self.draw_text(
            painter,
            font,
            QUIET_COLOUR,
            QRectF(area.left(), top, area.width(), h),
            self.footer,
            CENTRED,
        )
        return h + self.px(3)

    def draw_qr_band(self, painter: QPainter, area: QRectF, bottom: float) -> float:
        """QR code at the left ending at `bottom`, the call to scan and the link beside it."""
        if self.qr is None:
            return 0.0
        size = self.qr_height()
        top = bottom - size
        width = self.draw_qr(painter, area.left(), top)
        text_left = area.left() + width + self.px(3)
        text_area = QRectF(text_left, top + self.px(2), area.right() - text_left, size)
        used = self.draw_text(
            painter,
            self.font(self.style.body_pt, bold=True),
            TITLE_COLOUR,
            text_area,
            self.job.words.get("scan", ""),
        )
        text_area.setTop(text_area.top() + used + self.px(1.5))
        self.draw_text(
            painter,
            self.font(self.style.small_pt),
            QUIET_COLOUR,
            text_area,
            self.job.qr_url,
            URL_FLAGS,
        )
        return size + self.px(4)

    # -- one leaflet -----------------------------------------------------------------------------

    def paint_leaflet(self, painter: QPainter, area: QRectF) -> None:
        """A single-panel leaflet in `area` (its cell's content rectangle)."""
        y = area.top()
        y += self.draw_title(painter, area, self.style.title_pt)
        bottom = area.bottom() - self.draw_footer(painter, area)
        bottom -= self.draw_qr_band(painter, area, bottom)
        y += self.draw_picture(
            painter, QRectF(area.left(), y, area.width(), 0), area.height() * 0.28
        )
        body = QRectF(area.left(), y, area.width(), max(0.0, bottom - y))
        pt, placed = self.fit_body(painter, [body])
        self.draw_paragraphs(painter, body, pt, placed[0])

    def paint_trifold(self, painter: QPainter, cell: Rect) -> None:
        """Cover (title, picture, start of the text), more text, then the QR code and footer."""
        first, second, third = (self.rect(r) for r in self.sheet.panel_rects(cell))
        first.setBottom(first.bottom() - self.draw_footer(painter, first))
        y = first.top() + self.px(6)
        y += self.draw_title(
            painter, QRectF(first.left(), y, first.width(), 0), self.style.title_pt
        )
        y += self.draw_picture(
            painter, QRectF(first.left(), y, first.width(), 0), first.height() * 0.35
        )
        lead = QRectF(first.left(), y, first.width(), first.bottom() - y)
        pt, placed = self.fit_body(painter, [lead, second], lead=1)
        self.draw_paragraphs(painter, lead, pt, placed[0])
        self.draw_paragraphs(painter, second, pt, placed[1])

        bottom = third.bottom() - self.draw_footer(painter, third)
        if self.qr is not None:
            size = self.qr_height()
            top = third.top() + max(self.px(10), (bottom - third.top() - size) / 2 - self.px(12))
            self.draw_qr(painter, third.left() + (third.width() - size) / 2, top)
            text = QRectF(third.left(), top + size + self.px(3), third.width(), 0)
            used = self.draw_text(
                painter,
                self.font(self.style.body_pt, bold=True),
                TITLE_COLOUR,
                text,
                self.job.words.get("scan", ""),
                CENTRED,
            )
            text.moveTop(text.top() + used + self.px(2))
            self.draw_text(
                painter,
                self.font(self.style.small_pt),
                QUIET_COLOUR,
                text,
                self.job.qr_url,
                Qt.TextFlag.TextWrapAnywhere | Qt.AlignmentFlag.AlignHCenter,
            )

    # -- sheets ----------------------------------------------------------------------------------

    def paint_sheet(self, painter: QPainter, index: int) -> None:
        """Sheet `index` (0-based) of the run: its leaflets, then cut or fold marks."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        count = self.sheet.copies_on_sheet(index, self.job.copies)
        for cell in self.sheet.cells()[:count]:
            if self.sheet.panels > 1:
                self.paint_trifold(painter, cell)
            else:
                self.paint_leaflet(painter, self.rect(self.sheet.content(cell)))
        if self.sheet.per_sheet > 1:
            self.draw_marks(painter, self.sheet.cut_marks(), dashed=False)
        if self.sheet.panels > 1:
            self.draw_marks(painter, self.sheet.fold_marks(), dashed=True)

    def draw_marks(self, painter: QPainter, marks: Sequence[Line], dashed: bool) -> None:
        pen = QPen(MARK_COLOUR, max(1.0, self.px(0.2)))
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for m in marks:
            painter.drawLine(
                QPointF(self.px(m.x1), self.px(m.y1)), QPointF(self.px(m.x2), self.px(m.y2))
            )


def _device(painter: QPainter) -> QPaintDevice:
    return painter.device()


# -- devices -------------------------------------------------------------------------------------


def page_layout(sheet: Sheet) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if sheet.landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def paint_job(
    painter: QPainter,
    job: PrintJob,
    family: str,
    dpi: float,
    new_page: Callable[[], bool],
    progress: Progress | None = None,
) -> None:
    """Every sheet of `job` on an open painter; `new_page` starts the next sheet."""
    leaflets = LeafletPainter(job, family, dpi)
    sheets = job.sheets
    for index in range(sheets):
        if index and not new_page():
            raise LeafletError("write_failed", "new page")
        leaflets.paint_sheet(painter, index)
        if progress is not None:
            progress(index + 1, sheets)


def write_pdf(
    job: PrintJob,
    path: Path,
    family: str,
    progress: Progress | None = None,
    dpi: int = PDF_DPI,
) -> Path:
    """The whole run as a PDF of A4 pages at `dpi`; written beside `path`, then moved there."""
    path = Path(path)
    if path.is_dir():
        raise LeafletError("out_is_folder", path)
    if not path.parent.is_dir():
        raise LeafletError("write_failed", path)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(dpi)
    writer.setPageLayout(page_layout(job.sheet))
    writer.setTitle(str(job.design.get("title") or ""))
    writer.setCreator("Outreach Log")
    painter = QPainter()
    if not painter.begin(writer):
        partial.unlink(missing_ok=True)
        raise LeafletError("write_failed", path)
    try:
        paint_job(painter, job, family, writer.resolution(), writer.newPage, progress)
    except BaseException:
        painter.end()
        partial.unlink(missing_ok=True)
        raise
    if not painter.end():
        partial.unlink(missing_ok=True)
        raise LeafletError("write_failed", path)
    del writer  # closes the file
    try:
        partial.replace(path)
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise LeafletError("write_failed", path) from e
    return path


def print_sheets(printer: QPrinter, job: PrintJob, family: str) -> int:
    """Paint one full sheet of `job` on a printer; the printer's copy count makes the rest.

    Every full sheet of a run is the same (one tracking code per run), so a run goes to the
    printer as a one-page document printed `copyCount()` times: the print system repeats it,
    and the preview (which draws at printer resolution, slowly) shows one page, not hundreds.
    A printer that cannot make copies itself gets the page that many times. Returns the number
    of pages painted.
    """
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise LeafletError("write_failed", printer.outputFileName() or printer.printerName())
    try:
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
        repeat = 1 if preview or printer.supportsMultipleCopies() else printer.copyCount()
        leaflets = LeafletPainter(job, family, printer.resolution())
        for index in range(repeat):
            if index and not printer.newPage():
                raise LeafletError("write_failed", "new page")
            leaflets.paint_sheet(painter, 0)
    finally:
        painter.end()
    return repeat


def prepare_printer(printer: QPrinter, job: PrintJob) -> None:
    """A4 in the layout's orientation, no margins (the layout keeps its own), sheets as copies."""
    printer.setPageLayout(page_layout(job.sheet))
    printer.setFullPage(True)
    printer.setDocName(str(job.design.get("title") or "leaflet"))
    printer.setCopyCount(job.sheets)


def printed_copies(printer: QPrinter, job: PrintJob) -> int:
    """Leaflets a finished print made: sheets (the copy count, maybe changed in the print
    dialog) times the leaflets on each."""
    return max(1, printer.copyCount()) * min(job.sheet.per_sheet, job.copies)


def sheet_image(job: PrintJob, family: str, dpi: float = 100, index: int = 0) -> QImage:
    """One sheet as a picture (preview, tests): white paper, `dpi` dots per inch."""
    sheet = job.sheet
    width = round(sheet.width / MM_PER_INCH * dpi)
    height = round(sheet.height / MM_PER_INCH * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / MM_PER_INCH * 1000))
    image.setDotsPerMeterY(round(dpi / MM_PER_INCH * 1000))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        LeafletPainter(job, family, dpi).paint_sheet(painter, index)
    finally:
        painter.end()
    return image
