"""Filed reports (报送) in the window: filing the report shown, and the list of reports filed on
this laptop with what changed since each was filed (desktop.report.filing).

Filing, the "changed since filed" status of each report and the figures as they would be now
are all read in workers, each on a Store of its own (SQLite connections belong to the thread
that made them); the UI thread reads only the short list of filed reports.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import KINDS
from desktop.report import figures, filing
from desktop.report.figures import LABELS, Report
from desktop.report.filing import SinceFiled
from desktop.report.periods import Period
from desktop.report.summary import period_words, scope_words
from desktop.store.errors import StoreUnavailable, store_failure
from desktop.store.store import Record, Store
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)

#: The reviewed kinds' figures whose sum is the number of records a report counts
#: (filing.counted lists every record of these kinds the selection counts).
COUNTED_FIGURES = ("sessions", "consultations", "visits", "print_runs")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TITLE_MAX = next(f.max_length for f in KINDS["filed_report"].fields if f.name == "title") or 200


def _core_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _difference(value: int) -> str:
    return f"{value:+,}" if value else "0"


def _failure_text(error: Exception, otherwise: str) -> str:
    """A store failure in the user's words; anything else after `otherwise` (with %1)."""
    if isinstance(error, StoreUnavailable):
        return error.message(translate)
    return otherwise.replace("%1", str(error))


def counted_records(report: Report) -> int:
    """How many records filing the report lists (no query: the counted kinds' figures)."""
    return sum(report.value(key) for key in COUNTED_FIGURES)


class FileReportDialog(QDialog):
    """Asks for the title of the report to file and shows what will be filed; OK files it in
    a worker. `filed(Record)` when it is kept; a failure is shown and the dialog stays open."""

    filed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        ctx: UiContext,
        report: Report,
        default_title: str,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("file_report_dialog")
        self.ctx = ctx
        self.report = report
        self.pool = pool or QThreadPool.globalInstance()
        self.filing = False
        self.result_record: Record | None = None
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(translate("FiledReports", "File the report"))
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "FiledReports",
                "Filing keeps these figures and the list of records behind them as they are "
                "now, and sends them to head office with the next sync. A later change to "
                "one of these records will show beside the filed report.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.title_edit = QLineEdit(default_title)
        self.title_edit.setObjectName("filed_title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(
            translate("FiledReports", "The report's title (required)")
        )
        form.addRow(translate("FiledReports", "Title:"), self.title_edit)
        selection = report.selection
        self.period_label = QLabel(
            f"{period_words(selection.period, _core_translate)}"
            f" ({selection.period.first} – {selection.period.last})"
        )
        form.addRow(translate("FiledReports", "Period:"), self.period_label)
        self.scope_label = QLabel(scope_words(report, _core_translate))
        self.scope_label.setWordWrap(True)
        form.addRow(translate("FiledReports", "Teams:"), self.scope_label)
        if selection.approved_only:
            counting = translate("FiledReports", "Approved records only")
        else:
            counting = translate("FiledReports", "All records received (approved or not)")
        held_back = report.held_back
        if held_back:
            counting += "\n" + translate(
                "FiledReports", "%1 records are still under review or sent back."
            ).replace("%1", _number(held_back))
        self.counting_label = QLabel(counting)
        self.counting_label.setWordWrap(True)
        form.addRow(translate("FiledReports", "Counting:"), self.counting_label)
        self.records = counted_records(report)
        self.records_label = QLabel(_number(self.records))
        self.records_label.setObjectName("filed_records")
        form.addRow(translate("FiledReports", "Records counted:"), self.records_label)
        layout.addLayout(form)

        self.status = QLabel("")
        self.status.setObjectName("filed_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(translate("FiledReports", "File"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("FiledReports", "Cancel")
        )
        self.buttons.accepted.connect(self.file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def title(self) -> str:
        return self.title_edit.text().strip()

    def _update_ok(self, *_args: Any) -> None:
        self.ok_button.setEnabled(bool(self.title()) and not self.filing)

    def reject(self) -> None:
        if self.filing:
            return  # the worker is writing: it ends in one transaction, either way
        super().reject()

    def file(self) -> None:
        """File the report in a worker with the title given."""
        title = self.title()
        if not title or self.filing:
            return
        data_dir, report = self.ctx.store.data_dir, self.report

        def work(_progress: Any) -> Record:
            store = Store(data_dir)
            try:
                return filing.file_report(store, report, title)
            except sqlite3.Error as error:  # a full disk, a lock: in our words, not SQLite's
                raise store_failure(store.path, error) from error
            finally:
                store.close()

        self._set_filing(True)
        self.status.setText(translate("FiledReports", "Filing the report…"))
        run_in_background(
            work, self._filed, self._failed, pool=self.pool, expected=(StoreUnavailable,)
        )

    def _set_filing(self, filing_now: bool) -> None:
        self.filing = filing_now
        self.title_edit.setEnabled(not filing_now)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not filing_now)
        self._update_ok()

    def _filed(self, record: Record) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile: the report was filed all the same
        self._set_filing(False)
        self.result_record = record
        self.status.setText(translate("FiledReports", "Filed."))
        self.filed.emit(record)
        self.accept()

    def _failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_filing(False)
        text = _failure_text(
            error, translate("FiledReports", "The report could not be filed: %1. Nothing was kept.")
        )
        self.status.setText(text)
        self.error_box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("FiledReports", "File the report"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.error_box.setObjectName("filed_error")
        self.error_box.open()


def file_report_dialog(
    parent: QWidget | None,
    ctx: UiContext,
    report: Report,
    default_title: str,
    pool: QThreadPool | None = None,
) -> FileReportDialog:
    """The dialog filing `report` (not shown yet: call open())."""
    return FileReportDialog(parent, ctx, report, default_title, pool)


@dataclass(frozen=True)
class FigureRow:
    key: str
    label: str
    filed: int
    now: int

    @property
    def difference(self) -> int:
        return self.now - self.filed


def status_text(since: SinceFiled) -> str:
    if not since.complete:
        return translate("FiledReports", "Parts still arriving")
    if not since.records:
        return translate("FiledReports", "Unchanged since filed")
    changed = since.records  # (lupdate skips a count that is an attribute)
    text = translate("FiledReports", "Changed since filed on %1: %n record(s)", None, changed)
    return text.replace("%1", since.filed_on)


def status_tooltip(since: SinceFiled) -> str:
    if not since.complete:
        return translate(
            "FiledReports",
            "Not every part of the report's list of records has reached this laptop yet "
            "(a sync cut short): it is compared once they are all here.",
        )
    if not since.records:
        return translate("FiledReports", "Every record counted is as it was when filed.")
    return (
        translate(
            "FiledReports",
            "Changed, deleted or moved out since filed: %1\nCounted now, not when filed: %2",
        )
        .replace("%1", _number(since.changed))
        .replace("%2", _number(since.added))
    )


def _period_text(filed: Record) -> str:
    first, last = filed["period_from"], filed["period_to"]
    try:
        named = period_words(Period.between(first, last), _core_translate)
    except Exception:  # a period this version cannot name: the dates say it
        return f"{first} – {last}"
    return f"{named} ({first} – {last})"


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    return item


class FiledReportsPanel(QWidget):
    """The reports filed on this laptop, latest first, each with what changed since it was
    filed; the one selected shows its filed figures beside the figures as they would be now.

    `statuses` holds each report's SinceFiled (by uuid) once its worker answered;
    `comparison` the rows shown for the selected report. `refresh()` reads again."""

    #: Column order of the list.
    TITLE, PERIOD, FILED_ON, RECORDS, STATUS = range(5)
    #: A report's status or comparison arrived (its uuid); tests wait on these.
    status_ready = Signal(str)
    comparison_ready = Signal(str)

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filed_reports")
        self.ctx = ctx
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(2)  # a few statuses at a time: the store stays responsive
        self.pool = pool
        self.generation = 0
        self.reports: list[Record] = []
        self.statuses: dict[str, SinceFiled] = {}
        self.comparison: list[FigureRow] = []
        self.comparison_uuid: str | None = None
        self._now_cache: dict[str, dict[str, int]] = {}
        self._failures: dict[str, str] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(translate("FiledReports", "Reports filed on this laptop"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("filed_list")
        self.table.setHorizontalHeaderLabels(
            [
                translate("FiledReports", "Title"),
                translate("FiledReports", "Period"),
                translate("FiledReports", "Filed on"),
                translate("FiledReports", "Records counted"),
                translate("FiledReports", "Since filed"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.TITLE, 200)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.empty = QLabel(
            translate(
                "FiledReports",
                "No report has been filed on this laptop yet. Build a report and choose "
                "File the report to keep what goes to the regulator.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("filed_empty")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(
            translate("FiledReports", "Choose a filed report to compare it.")
        )
        self.detail_title.setObjectName("filed_detail_title")
        self.detail_title.setWordWrap(True)
        detail_layout.addWidget(self.detail_title)
        self.figures = QTableWidget(0, 4)
        self.figures.setObjectName("filed_figures")
        self.figures.setHorizontalHeaderLabels(
            [
                translate("FiledReports", "Figure"),
                translate("FiledReports", "As filed"),
                translate("FiledReports", "Now"),
                translate("FiledReports", "Difference"),
            ]
        )
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setAlternatingRowColors(True)
        self.figures.setWordWrap(False)
        self.figures.verticalHeader().hide()
        fheader = self.figures.horizontalHeader()
        fheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        detail_layout.addWidget(self.figures)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter)
        self.refresh()

    # The list and its statuses.

    def refresh(self) -> None:
        """Read the filed reports again (after a sync or a filing) and recompute, in workers,
        each one's status and the selected one's figures now."""
        self.generation += 1
        selected = self.selected_uuid()
        self.reports = filing.filed_reports(self.ctx.store)
        self.statuses = {}
        self._failures = {}
        self._now_cache = {}
        self.comparison_uuid = None
        self.comparison = []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.reports))
        for row, filed in enumerate(self.reports):
            title = _item(str(filed["title"] or ""))
            title.setToolTip(title.text())
            self.table.setItem(row, self.TITLE, title)
            period = _item(f"{filed['period_from']} – {filed['period_to']}")
            period.setToolTip(_period_text(filed))
            self.table.setItem(row, self.PERIOD, period)
            self.table.setItem(row, self.FILED_ON, _item(str(filed["filed_on"] or "")))
            self.table.setItem(row, self.RECORDS, _item(_number(filed["records_count"]), True))
            waiting = _item(translate("FiledReports", "Checking…"))
            waiting.setForeground(self.palette().placeholderText())
            self.table.setItem(row, self.STATUS, waiting)
        self.table.blockSignals(False)
        self.empty.setVisible(not self.reports)
        self.splitter.setVisible(bool(self.reports))
        for filed in self.reports:
            self._check(filed)
        uuids = [r["uuid"] for r in self.reports]
        if selected in uuids:
            self.select(uuids.index(selected))
        elif self.reports:
            self.select(0)
        else:
            self._show_comparison(None, [])

    def _check(self, filed: Record) -> None:
        generation, uuid, data_dir = self.generation, filed["uuid"], self.ctx.store.data_dir

        def work(_progress: Any) -> SinceFiled:
            store = Store(data_dir)
            try:
                return filing.since_filed(store, filed)
            except sqlite3.Error as error:
                raise store_failure(store.path, error) from error
            finally:
                store.close()

        self._in_background(
            work,
            lambda since: self._checked(generation, uuid, since),
            lambda error: self._check_failed(generation, uuid, error),
        )

    def _in_background(
        self,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        run_in_background(work, done, failed, pool=self.pool, expected=(StoreUnavailable,))

    def _current(self, generation: int) -> bool:
        """Whether a worker's answer is still wanted: no refresh since, the panel still here."""
        return shiboken6.isValid(self) and generation == self.generation

    def _row_of(self, uuid: str) -> int | None:
        for row, filed in enumerate(self.reports):
            if filed["uuid"] == uuid:
                return row
        return None

    def _checked(self, generation: int, uuid: str, since: SinceFiled) -> None:
        if not self._current(generation):
            return  # a refresh since (its own workers answer), or the panel is gone
        row = self._row_of(uuid)
        if row is None:
            return
        self.statuses[uuid] = since
        item = _item(status_text(since))
        item.setToolTip(f"{item.text()}\n{status_tooltip(since)}")
        if since.records or not since.complete:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, self.STATUS, item)
        self.status_ready.emit(uuid)

    def _check_failed(self, generation: int, uuid: str, error: Exception) -> None:
        if not self._current(generation):
            return
        row = self._row_of(uuid)
        if row is None:
            return
        text = _failure_text(error, translate("FiledReports", "Could not be compared: %1"))
        self._failures[uuid] = text
        item = _item(translate("FiledReports", "Could not be compared"))
        item.setToolTip(text)
        self.table.setItem(row, self.STATUS, item)
        self.status_ready.emit(uuid)

    def status_of(self, row: int) -> str:
        item = self.table.item(row, self.STATUS)
        return item.text() if item is not None else ""

    def status_tip_of(self, row: int) -> str:
        item = self.table.item(row, self.STATUS)
        return item.toolTip() if item is not None else ""

    # The selected report: its figures as filed and now.

    def selected_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.reports):
            return None
        return str(self.reports[rows[0].row()]["uuid"])

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self._selected()

    def _selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        if uuid == self.comparison_uuid and self.comparison:
            return
        filed = self.reports[self._row_of(uuid) or 0]
        self.detail_title.setText(
            translate("FiledReports", "%1: as filed on %2, and as the figures would be now")
            .replace("%1", str(filed["title"] or ""))
            .replace("%2", str(filed["filed_on"] or ""))
        )
        filed_values = filing.filed_figures(filed).get("figures", {})
        if uuid in self._now_cache:
            self._show_comparison(filed, self._rows(filed_values, self._now_cache[uuid]))
            return
        self.comparison_uuid = None
        self.comparison = []
        self.figures.setRowCount(0)
        self.figures.setRowCount(1)
        self.figures.setItem(0, 0, _item(translate("FiledReports", "Reading the figures now…")))
        generation, data_dir, lang = self.generation, self.ctx.store.data_dir, self.ctx.lang

        def work(_progress: Any) -> dict[str, int]:
            store = Store(data_dir)
            try:
                now = figures.build(store, filing.selection_of(filed), lang, compare=False)
                return {key: f.value for key, f in now.figures.items()}
            except sqlite3.Error as error:
                raise store_failure(store.path, error) from error
            finally:
                store.close()

        def done(now: dict[str, int]) -> None:
            if not self._current(generation):
                return
            self._now_cache[uuid] = now
            if self.selected_uuid() == uuid:
                self._show_comparison(filed, self._rows(filed_values, now))

        def failed(error: Exception) -> None:
            if not self._current(generation) or self.selected_uuid() != uuid:
                return
            text = _failure_text(
                error, translate("FiledReports", "The figures now could not be read: %1")
            )
            self.figures.setRowCount(1)
            self.figures.setItem(0, 0, _item(text))
            self.comparison_ready.emit(uuid)

        self._in_background(work, done, failed)

    @staticmethod
    def _rows(filed_values: dict[str, Any], now: dict[str, int]) -> list[FigureRow]:
        keys = [k for k in LABELS if k in filed_values or k in now]
        keys += [k for k in filed_values if k not in LABELS]
        return [
            FigureRow(
                key,
                _core_translate("Report", LABELS[key]) if key in LABELS else key,
                int(filed_values.get(key) or 0),
                int(now.get(key) or 0),
            )
            for key in keys
        ]

    def _show_comparison(self, filed: Record | None, rows: list[FigureRow]) -> None:
        self.comparison = rows
        self.comparison_uuid = None if filed is None else str(filed["uuid"])
        self.figures.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                _item(row.label),
                _item(_number(row.filed), True),
                _item(_number(row.now), True),
                _item(_difference(row.difference), True),
            ]
            for c, cell in enumerate(cells):
                if row.difference:
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
                self.figures.setItem(r, c, cell)
        if filed is None:
            self.detail_title.setText(
                translate("FiledReports", "Choose a filed report to compare it.")
            )
        else:
            self.comparison_ready.emit(str(filed["uuid"]))

    def row_for(self, key: str) -> FigureRow | None:
        """The comparison row of a figure (by key) for the report selected."""
        return next((row for row in self.comparison if row.key == key), None)

    def wait_for_background(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
