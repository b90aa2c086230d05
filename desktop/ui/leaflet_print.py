"""Printing a leaflet design from the window: options, print preview, PDF export, print runs.

The options dialog picks copies, layout and the QR code (the design's own link, or head office's
counted short link when the laptop is enrolled). Printing goes through Qt's print preview, which
must run on the UI thread; a PDF is painted in a worker while a progress dialog waits. Either way
a finished run is recorded as a print run, so the copies count as stock.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import LEAFLET_DESIGN
from desktop.leaflets import jobs, render
from desktop.leaflets.fonts import NoCjkFont
from desktop.leaflets.jobs import LeafletError, PrintJob
from desktop.leaflets.layout import sheet
from desktop.store.store import Record
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.workers import Progress, Worker, run_in_background

log = logging.getLogger(__name__)

#: Show a progress dialog only for work that takes longer than this (no flashing).
PROGRESS_DELAY_MS = 600
DEFAULT_COPIES = 100


class PrintOptions(QDialog):
    """Copies, layout and QR code for one run of `design`, for the printer or a PDF."""

    def __init__(
        self,
        ctx: UiContext,
        design: Record,
        for_printer: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.design = design
        self.for_printer = for_printer
        self.server = jobs.server_address(ctx.store)
        self.target = str(design.get("qr_target") or "")
        self.setObjectName("print_options")
        title = str(design.get("title") or "")
        self.setWindowTitle(
            translate("LeafletPrint", "Print: %1").replace("%1", title)
            if for_printer
            else translate("LeafletPrint", "Export PDF: %1").replace("%1", title)
        )
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)

        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, jobs.MAX_COPIES)
        self.copies.setValue(DEFAULT_COPIES)
        form.addRow(translate("LeafletPrint", "Number of leaflets"), self.copies)

        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layout")
        for choice in LEAFLET_DESIGN.field("layout").choices:
            self.layout_combo.addItem(translate("Choice", choice.label), choice.code)
        index = self.layout_combo.findData(design.get("layout") or "a4")
        self.layout_combo.setCurrentIndex(max(0, index))
        form.addRow(translate("LeafletPrint", "Layout"), self.layout_combo)

        self.direct = QRadioButton(translate("LeafletPrint", "The design's own link"))
        self.direct.setObjectName("direct")
        self.tracked = QRadioButton(
            translate("LeafletPrint", "A short link through head office that counts scans")
        )
        self.tracked.setObjectName("tracked")
        self.qr_group = QButtonGroup(self)
        self.qr_group.addButton(self.direct)
        self.qr_group.addButton(self.tracked)
        qr_box = QVBoxLayout()
        qr_box.addWidget(self.direct)
        qr_box.addWidget(self.tracked)
        self.qr_hint = QLabel()
        self.qr_hint.setObjectName("qr_hint")
        self.qr_hint.setWordWrap(True)
        self.qr_hint.setStyleSheet("color: #555555;")
        qr_box.addWidget(self.qr_hint)
        form.addRow(translate("LeafletPrint", "QR code"), qr_box)
        can_track = bool(self.server and self.target)
        self.tracked.setEnabled(can_track)
        if not self.target:
            self.direct.setEnabled(False)
        wants_tracked = design.get("qr_mode") == "tracked"
        (self.tracked if can_track and wants_tracked else self.direct).setChecked(True)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        outer.addWidget(self.summary)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("LeafletPrint", "Preview…")
            if for_printer
            else translate("LeafletPrint", "Export…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.copies.valueChanged.connect(self.update_summary)
        self.layout_combo.currentIndexChanged.connect(self.update_summary)
        self.qr_group.buttonToggled.connect(lambda *_: self.update_summary())
        self.update_summary()
        self.setMinimumWidth(460)

    # -- values ------------------------------------------------------------------------------------

    @property
    def layout_code(self) -> str:
        return str(self.layout_combo.currentData())

    @property
    def qr_mode(self) -> str:
        return "tracked" if self.tracked.isChecked() else "direct"

    def leaflets(self) -> int:
        """Leaflets the run makes: a printer prints whole sheets, a PDF exactly what was asked."""
        copies = self.copies.value()
        if self.for_printer:
            per_sheet = sheet(self.layout_code).per_sheet
            return -(-copies // per_sheet) * per_sheet
        return copies

    def update_summary(self) -> None:
        s = sheet(self.layout_code)
        sheets = s.sheets_for(self.copies.value())
        text = translate("LeafletPrint", "%n sheet(s) of A4", None, sheets)
        leaflets = self.leaflets()
        if self.for_printer and leaflets != self.copies.value():
            text += " · " + translate("LeafletPrint", "%n leaflet(s)", None, leaflets)
        self.summary.setText(text)
        if not self.target:
            self.qr_hint.setText(translate("LeafletPrint", "This design has no QR code link."))
        elif self.qr_mode == "tracked":
            self.qr_hint.setText(
                translate(
                    "LeafletPrint",
                    "Printed: %1 (a new code for this run). The code leads to the design's link "
                    "once this laptop has synced with head office: sync before handing out.",
                ).replace("%1", jobs.tracked_url(self.server, "…"))
            )
        elif not self.server:
            self.qr_hint.setText(
                translate(
                    "LeafletPrint",
                    "Printed: %1. Connect this laptop to head office to count scans.",
                ).replace("%1", self.target)
            )
        else:
            self.qr_hint.setText(
                translate("LeafletPrint", "Printed: %1").replace("%1", self.target)
            )

    def job(self) -> PrintJob:
        """The run as chosen; a tracked run gets its code now. Raises LeafletError."""
        return jobs.plan_job(
            self.ctx.store, self.design, self.leaflets(), self.layout_code, self.qr_mode
        )


def pdf_file_name(job: PrintJob) -> str:
    title = re.sub(r'[\\/:*?"<>|\s]+', "_", str(job.design.get("title") or "leaflet")).strip("_")
    return f"{title or 'leaflet'}_{job.copies}.pdf"


class LeafletPrinting(QObject):
    """Runs print and export for the leaflet section; `printed` carries the print run recorded."""

    printed = Signal(object)
    exported = Signal(object)

    def __init__(
        self, ctx: UiContext, pool: QThreadPool | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pool = pool or QThreadPool.globalInstance()
        self.worker: Worker | None = None
        self.message_box: QMessageBox | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.progress: QProgressDialog | None = None

    # -- messages ----------------------------------------------------------------------------------

    def show_problem(self, parent: QWidget | None, exc: Exception) -> None:
        """A message the user can act on, shown without blocking (kept for tests to read)."""
        if isinstance(exc, (LeafletError, NoCjkFont)):
            text = exc.message(translate)
        else:
            log.error("leaflet printing failed: %r", exc)
            text = translate("LeafletPrint", "The leaflet could not be made: %1").replace(
                "%1", str(exc)
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("LeafletPrint", "Leaflets"), text, parent=parent
        )
        box.setObjectName("leaflet_problem")
        box.open()
        self.message_box = box

    def family(self, job: PrintJob, parent: QWidget | None) -> str | None:
        try:
            return render.family_for(job)
        except NoCjkFont as missing:
            self.show_problem(parent, missing)
            return None

    # -- choosing ----------------------------------------------------------------------------------

    def ask(self, design: Record, for_printer: bool, parent: QWidget | None) -> PrintJob | None:
        dialog = PrintOptions(self.ctx, design, for_printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return dialog.job()
        except LeafletError as failure:
            self.show_problem(parent, failure)
            return None

    # -- printing ----------------------------------------------------------------------------------

    def print_design(self, design: Record, parent: QWidget | None = None) -> None:
        job = self.ask(design, True, parent)
        if job is None:
            return
        preview = self.make_preview(job, parent)
        if preview is None:
            return
        if preview.exec() == QDialog.DialogCode.Accepted and self.printer is not None:
            self.finish_print(job, self.printer)

    def make_preview(self, job: PrintJob, parent: QWidget | None) -> QPrintPreviewDialog | None:
        """The print preview for `job`: one sheet shown, the sheets as the printer's copies."""
        family = self.family(job, parent)
        if family is None:
            return None
        # Kept here: the dialog does not own its printer, and Python would free it at once.
        self.printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        render.prepare_printer(printer, job)
        preview = QPrintPreviewDialog(printer, parent)
        preview.setObjectName("leaflet_preview")
        preview.setWindowTitle(
            translate("LeafletPrint", "Print preview: %1 (%2 sheets)")
            .replace("%1", str(job.design.get("title") or ""))
            .replace("%2", str(job.sheets))
        )
        preview.paintRequested.connect(lambda target: render.print_sheets(target, job, family))
        self.preview = preview
        return preview

    def finish_print(self, job: PrintJob, printer: QPrinter) -> Record:
        """The print was sent: record what came out (copies may have changed in the dialog)."""
        job.copies = render.printed_copies(printer, job)
        return self.record(job)

    # -- PDF ---------------------------------------------------------------------------------------

    def export_design(self, design: Record, parent: QWidget | None = None) -> None:
        job = self.ask(design, False, parent)
        if job is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("LeafletPrint", "Export leaflets as PDF"),
            str(Path.home() / pdf_file_name(job)),
            translate("LeafletPrint", "PDF files (*.pdf)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.export(job, path, parent)

    def export(self, job: PrintJob, path: Path, parent: QWidget | None = None) -> Worker | None:
        """Paint the PDF in the background; the run is recorded once the file is complete."""
        family = self.family(job, parent)
        if family is None:
            return None
        progress = QProgressDialog(
            translate("LeafletPrint", "Writing %1…").replace("%1", path.name),
            "",
            0,
            job.sheets,
            parent,
        )
        progress.setObjectName("leaflet_progress")
        progress.setCancelButton(None)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        self.progress = progress

        def work(report: Progress) -> Any:
            return render.write_pdf(job, path, family, report)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def on_success(written: Any) -> None:
            progress.close()
            self.record(job)
            self.exported.emit(written)

        def on_failure(exc: Exception) -> None:
            progress.close()
            self.show_problem(parent, exc)

        self.worker = run_in_background(work, on_success, on_failure, on_progress, self.pool)
        return self.worker

    # -- recording ---------------------------------------------------------------------------------

    def record(self, job: PrintJob) -> Record:
        run = jobs.record_run(self.ctx.store, job)
        self.printed.emit(run)
        return run
