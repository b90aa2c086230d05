"""The supervisor's period report: period and scope pickers, the figures in tables, the
summary paragraph with the exact figures beside it, charts, exports, and every figure opening
to exactly the records behind it (desktop.ui.report.drill).

The report is built off the UI thread by desktop.report.figures on a Store of the worker's
own; a newer request supersedes an older one (its answer is dropped and its query
interrupted), so the window never waits for a big store.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QThreadPool, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import KINDS
from desktop.report import exports, figures, scope
from desktop.report.drilldown import Drilldown
from desktop.report.errors import ReportError
from desktop.report.export_pdf import title as pdf_title
from desktop.report.figures import LABELS, MONTHLY, Figure, Report
from desktop.report.periods import Period
from desktop.report.rounding import published
from desktop.report.scope import Scope, Selection
from desktop.report.summary import counting_note, paragraph, period_words
from desktop.store import branches, review_log
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.labels import kind_label, translate
from desktop.ui.report.chart_widget import ChartWidget
from desktop.ui.report.drill import DrillDialog
from desktop.ui.report.figures_table import Cell, FiguresTable, number
from desktop.ui.report.filed import FiledReportsPanel, FileReportDialog, file_report_dialog
from desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)

#: Pickers changed: build again after this pause (typing a year does not build four times).
DEBOUNCE_MS = 500
#: Show the busy bar only for work longer than this (quick builds never flash).
BUSY_DELAY_MS = 300


def report_translate(context: str, text: str) -> str:
    """The core's translate: the app's translators (the report is in the window's language)."""
    return QCoreApplication.translate(context, text)


def _label(key: str) -> str:
    return QCoreApplication.translate("Report", LABELS[key]) if key in LABELS else key


@dataclass(frozen=True)
class Built:
    report: Report
    #: Sessions per team, when the scope holds several teams (each opens to its records).
    by_team: tuple[Figure, ...]


def sessions_by_team(store: Store, selection: Selection) -> tuple[Figure, ...]:
    """Sessions per team in the selection, largest first; each carries its drill-down."""
    where, params = selection.where("session")
    rows = store.conn.execute(
        f"SELECT r.team, count(*) FROM {KINDS['session'].table} r WHERE {where}"
        " GROUP BY r.team ORDER BY count(*) DESC, r.team",
        params,
    ).fetchall()
    return tuple(
        Figure(
            "sessions",
            int(n),
            Drilldown("session", selection, "r.team = ?", (str(team),)),
            code=str(team),
            name=str(team),
        )
        for team, n in rows
    )


class ReportView(QWidget):
    """The report section of the supervisor's window."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("report_view")
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.built: Built | None = None
        self.generation = 0
        self._open_stores: dict[int, Store] = {}
        self._lock = threading.Lock()
        self.drill: DrillDialog | None = None
        self.error_box: QMessageBox | None = None
        self.written: list[Path] = []

        # -- pickers ----------------------------------------------------------------------
        today = dt.date.today()
        self.period_kind = QComboBox()
        self.period_kind.setObjectName("period_kind")
        for text, value in (
            (translate("ReportView", "Month"), "month"),
            (translate("ReportView", "Quarter"), "quarter"),
            (translate("ReportView", "Year"), "year"),
            (translate("ReportView", "From – to"), "range"),
        ):
            self.period_kind.addItem(text, value)
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox()
        self.part.setObjectName("period_part")
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        quarter = (today.month + 2) // 3
        self.date_from.setDate(QDate(today.year, 3 * quarter - 2, 1))
        self.date_to.setDate(QDate(today.year, 3 * quarter - 2, 1).addMonths(3).addDays(-1))
        self.to_label = QLabel(translate("ReportView", "to"))
        self.scope_choice = QComboBox()
        self.scope_choice.setObjectName("scope_choice")
        self.scope_choice.setMinimumContentsLength(12)
        self.approved_only = QCheckBox(translate("ReportView", "Approved only"))
        self.approved_only.setObjectName("approved_only")
        self.build_button = QPushButton(translate("ReportView", "Build"))
        self.build_button.setObjectName("build_report")
        self.busy = QProgressBar()
        self.busy.setObjectName("report_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)

        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(translate("ReportView", "Period:")))
        for w in (self.period_kind, self.year, self.part, self.date_from, self.to_label):
            pickers.addWidget(w)
        pickers.addWidget(self.date_to)
        pickers.addSpacing(12)
        pickers.addWidget(QLabel(translate("ReportView", "Scope:")))
        pickers.addWidget(self.scope_choice)
        pickers.addWidget(self.approved_only)
        pickers.addWidget(self.build_button)
        pickers.addWidget(self.busy)
        pickers.addStretch(1)

        # -- exports ------------------------------------------------------------------------
        exporting = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        exporting.addWidget(QLabel(translate("ReportView", "Export:")))
        for suffix in exports.EXPORTERS:
            button = QPushButton(suffix[1:].upper())
            button.setObjectName(f"export_{suffix[1:]}")
            button.clicked.connect(lambda _=False, s=suffix: self.choose_export(s))
            button.setEnabled(False)
            self.export_buttons[suffix] = button
            exporting.addWidget(button)
        self.personal = QCheckBox(translate("ReportView", "Include personal data"))
        self.personal.setObjectName("include_personal")
        self.personal_warning = QLabel(
            translate(
                "ReportView",
                "The export will hold names, phones and addresses: keep it safe and share it"
                " only with those who need it.",
            )
        )
        self.personal_warning.setStyleSheet("color: #b35900")
        self.personal_warning.setWordWrap(True)
        self.personal_warning.hide()
        self.personal.toggled.connect(self.personal_warning.setVisible)
        exporting.addWidget(self.personal)
        exporting.addWidget(self.personal_warning, 1)
        exporting.addStretch(0)
        # Filing (报送): the figures and the records counted are kept and go to head office.
        self.file_button = QPushButton(translate("ReportView", "File this report…"))
        self.file_button.setObjectName("file_report")
        self.file_button.setEnabled(False)
        self.file_button.clicked.connect(self.file_current)
        exporting.addWidget(self.file_button)
        self.file_dialog: FileReportDialog | None = None

        # -- results --------------------------------------------------------------------------
        self.paragraph = QTextBrowser()
        self.paragraph.setObjectName("report_paragraph")
        self.paragraph.setMaximumHeight(130)
        self.parts = FiguresTable("paragraph_figures")
        self.main = FiguresTable("main_figures")
        self.main.fill_all = True
        self.notes = QLabel()
        self.notes.setObjectName("report_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review = FiguresTable("review_counts")
        self.months = FiguresTable("month_table")
        self.stock = FiguresTable("stock_table")
        self.breakdowns: dict[str, FiguresTable] = {}
        self.breakdown_box = QWidget()
        self.breakdown_grid = QGridLayout(self.breakdown_box)
        self.team_table = FiguresTable("breakdown_by_team")
        for table in (self.parts, self.main, self.review, self.months, self.stock,
                      self.team_table):  # fmt: skip
            table.opened.connect(self.open_figure)

        summary = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.paragraph, 3)
        top.addWidget(self.parts, 2)
        summary_layout = QVBoxLayout(summary)
        summary_layout.addLayout(top)
        summary_layout.addWidget(self.main)
        summary_layout.addWidget(self.notes)
        summary_layout.addStretch(1)

        self.charts = {
            "trend": ChartWidget(),
            "teams": ChartWidget(),
            "venues": ChartWidget(),
            "topics": ChartWidget(),
        }
        chart_box = QWidget()
        chart_grid = QGridLayout(chart_box)
        for i, chart in enumerate(self.charts.values()):
            chart.setObjectName(f"chart_{list(self.charts)[i]}")
            chart_grid.addWidget(chart, i // 2, i % 2)

        stock_box = QWidget()
        stock_layout = QVBoxLayout(stock_box)
        self.stock_title = QLabel()
        self.review_title = QLabel()
        self.held_back = QLabel()
        self.held_back.setObjectName("held_back")
        self.held_back.setWordWrap(True)
        for shown in (self.review_title, self.review, self.held_back, self.stock_title):
            stock_layout.addWidget(shown)
        stock_layout.addWidget(self.stock)
        stock_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_tabs")
        self.tabs.addTab(self._scrolled(summary), translate("ReportView", "Summary"))
        self.tabs.addTab(self._scrolled(chart_box), translate("ReportView", "Charts"))
        self.tabs.addTab(self._scrolled(self.breakdown_box), translate("ReportView", "Breakdowns"))
        self.tabs.addTab(self.months, translate("ReportView", "By month"))
        self.tabs.addTab(self._scrolled(stock_box), translate("ReportView", "Review and stock"))
        self.filed = FiledReportsPanel(ctx)
        self.tabs.addTab(self.filed, translate("ReportView", "Filed reports"))
        hint = QLabel(
            translate(
                "ReportView",
                "Double-click a figure (or press Enter on it) to see the records behind it.",
            )
        )
        hint.setStyleSheet("color: #666")

        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addLayout(exporting)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.build)
        self.busy_timer = QTimer(self)
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(BUSY_DELAY_MS)
        self.busy_timer.timeout.connect(self.busy.show)

        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.period_kind.setCurrentIndex(1)  # the current quarter
        self._period_kind_changed()
        self.part.setCurrentIndex(quarter - 1)
        self.refresh_choices()
        for signal in (
            self.period_kind.currentIndexChanged,
            self.year.valueChanged,
            self.part.currentIndexChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.scope_choice.currentIndexChanged,
            self.approved_only.toggled,
        ):
            signal.connect(self.schedule_build)
        self.build_button.clicked.connect(self.build)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.built is None and self.generation == 0:  # first shown: build once
            self.build()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    # -- pickers ---------------------------------------------------------------------------

    def _period_kind_changed(self, *_args: Any) -> None:
        kind = self.period_kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "month":
            for m in range(1, 13):
                self.part.addItem(translate("ReportView", "Month %1").replace("%1", str(m)), m)
            self.part.setCurrentIndex(dt.date.today().month - 1)
        elif kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(translate("ReportView", "Q%1").replace("%1", str(q)), q)
        self.part.blockSignals(False)
        ranged = kind == "range"
        self.year.setVisible(not ranged)
        self.part.setVisible(kind in ("month", "quarter"))
        for w in (self.date_from, self.to_label, self.date_to):
            w.setVisible(ranged)

    def refresh_choices(self) -> None:
        """The whole bank, the branches head office named, the teams records name."""
        conn = self.ctx.store.conn
        chosen = self.scope_choice.currentData()
        self.scope_choice.blockSignals(True)
        self.scope_choice.clear()
        self.scope_choice.addItem(translate("ReportView", "Whole bank"), "")
        for branch in branches.branches(conn):
            self.scope_choice.addItem(
                translate("ReportView", "Branch: %1").replace("%1", branch), f"branch:{branch}"
            )
        for team in review_log.teams(conn):
            self.scope_choice.addItem(
                translate("ReportView", "Team: %1").replace("%1", team), f"team:{team}"
            )
        self.scope_choice.setCurrentIndex(max(self.scope_choice.findData(chosen or ""), 0))
        self.scope_choice.blockSignals(False)

    def period(self) -> Period:
        """The chosen period (ReportError when from–to ends before it starts)."""
        kind, year = self.period_kind.currentData(), self.year.value()
        if kind == "month":
            return Period.named(f"{year}-{int(self.part.currentData() or 1):02d}")
        if kind == "quarter":
            return Period.named(f"{year}Q{int(self.part.currentData() or 1)}")
        if kind == "year":
            return Period.named(str(year))
        return Period.between(
            self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")
        )

    def scope(self) -> Scope:
        data = str(self.scope_choice.currentData() or "")
        if data.startswith("branch:"):
            return Scope(branch=data[len("branch:") :])
        if data.startswith("team:"):
            return Scope(teams=(data[len("team:") :],))
        return Scope()

    # -- building ----------------------------------------------------------------------------

    def schedule_build(self, *_args: Any) -> None:
        self.debounce.start()

    def build(self) -> None:
        """Build the report for the pickers off the UI thread; supersedes a build running."""
        self.debounce.stop()
        self.generation += 1
        generation = self.generation
        self._interrupt_older(generation)
        try:
            period = self.period()
        except ReportError as error:
            self._show_error_status(error)
            return
        chosen, approved = self.scope(), self.approved_only.isChecked()
        data_dir, lang = self.ctx.store.data_dir, self.ctx.lang

        def work(_progress: Any) -> Built:
            store = Store(data_dir)
            with self._lock:
                self._open_stores[generation] = store
            try:
                teams = scope.resolve(store.conn, chosen)
                selection = Selection(period, teams, approved, chosen)
                report = figures.build(store, selection, lang)
                by_team = sessions_by_team(store, selection)
                return Built(report, by_team)
            finally:
                with self._lock:
                    self._open_stores.pop(generation, None)
                store.close()

        self.status.setText(translate("ReportView", "Building the report…"))
        self.busy_timer.start()
        run_in_background(
            work,
            lambda built: self._built(generation, built),
            lambda error: self._failed(generation, error),
            pool=self.pool,
            expected=(ReportError, sqlite3.OperationalError),
        )

    def _interrupt_older(self, generation: int) -> None:
        with self._lock:
            for older, store in self._open_stores.items():
                if older < generation:
                    store.conn.interrupt()

    def _idle(self) -> None:
        self.busy_timer.stop()
        self.busy.hide()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self.generation:
            return  # superseded (and maybe interrupted): the newer build answers
        self._idle()
        self._show_error_status(error)

    def _show_error_status(self, error: Exception) -> None:
        if isinstance(error, ReportError):
            text = error.message(report_translate)
        else:
            text = translate("ReportView", "The report could not be built: %1").replace(
                "%1", str(error)
            )
        self.status.setText(text)

    def _built(self, generation: int, built: Built) -> None:
        if generation != self.generation:
            return
        self._idle()
        self.built = built
        self.show_report(built)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.file_button.setEnabled(True)

    def file_current(self) -> FileReportDialog | None:
        """Ask for a title and file the report shown; the filed list follows."""
        report = self.report
        if report is None:
            return None
        default = pdf_title(report, report_translate)
        self.file_dialog = file_report_dialog(self, self.ctx, report, default)
        self.file_dialog.filed.connect(lambda _record: self.filed.refresh())
        self.file_dialog.filed.connect(lambda _record: self.tabs.setCurrentWidget(self.filed))
        self.file_dialog.open()
        return self.file_dialog

    @property
    def report(self) -> Report | None:
        return self.built.report if self.built is not None else None

    def wait_for_background(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs) and self.filed.wait_for_background(msecs)

    def refresh(self) -> None:
        """After a sync: filed reports may have come, or records changed under them."""
        self.filed.refresh()

    # -- showing ---------------------------------------------------------------------------

    def show_report(self, built: Built) -> None:
        report = built.report
        tr = report_translate
        self.status.setText(
            translate("ReportView", "%1, %2 (%3 to %4)")
            .replace("%1", period_words(report.selection.period, tr))
            .replace("%2", self.scope_choice.currentText())
            .replace("%3", report.selection.period.first)
            .replace("%4", report.selection.period.last)
        )
        said = paragraph(report, tr)
        self.paragraph.setPlainText(said.text)
        self.paragraph.setToolTip("\n".join(f"{p.written} = {p.exact:,}" for p in said.parts))
        self.parts.fill(
            [
                translate("ReportView", "Figure"),
                translate("ReportView", "As written"),
                translate("ReportView", "Exact"),
            ],
            [
                [
                    Cell(_label(p.key)),
                    Cell(p.written, tooltip=_label(p.key)),
                    Cell(number(p.exact), report.figures[p.key], _label(p.key), _label(p.key)),
                ]
                for p in said.parts
            ],
        )
        self._show_main(report)
        notes = [counting_note(report, tr), *(tr("Report", n) for n in report.notes)]
        self.notes.setText("\n".join(notes))
        self._show_breakdowns(built)
        self._show_months(report)
        self._show_review_and_stock(report)
        self._show_charts(built)

    def _show_main(self, report: Report) -> None:
        previous = report.previous
        rows = []
        for key, figure in report.figures.items():
            label = _label(key)
            before = previous.figures[key] if previous is not None else None
            change = report.change(key)
            rows.append(
                [
                    Cell(label),
                    Cell(number(figure.value), figure, label, label),
                    Cell(published(figure.value, report.lang), figure, number(figure.value), label),
                    Cell(
                        number(before.value) if before else "",
                        before,
                        title=translate("ReportView", "%1, a year before").replace("%1", label),
                    ),
                    Cell("" if change is None else f"{change:+.1f}%"),
                ]
            )
        share = report.special_group_share
        rows.append(
            [
                Cell(translate("ReportView", "Special-group share of consultations")),
                Cell("" if share is None else f"{share:.1f}%"),
                Cell(""),
                Cell(""),
                Cell(""),
            ]
        )
        self.main.fill(
            [
                translate("ReportView", "Figure"),
                translate("ReportView", "Value"),
                translate("ReportView", "As published"),
                translate("ReportView", "A year before"),
                translate("ReportView", "Change"),
            ],
            rows,
        )

    def _show_breakdowns(self, built: Built) -> None:
        report = built.report
        while self.breakdown_grid.count():
            self.breakdown_grid.takeAt(0)
        tables: list[tuple[str, FiguresTable, tuple[Figure, ...]]] = []
        if len(built.by_team) > 1:
            tables.append(
                (translate("ReportView", "Sessions by team"), self.team_table, built.by_team)
            )
        else:
            self.team_table.hide()
        for key, rows in report.breakdowns.items():  # every breakdown the core makes
            if key not in self.breakdowns:
                self.breakdowns[key] = FiguresTable(f"breakdown_{key}")
                self.breakdowns[key].opened.connect(self.open_figure)
            tables.append((_label(key), self.breakdowns[key], rows))
        for i, (title, table, rows) in enumerate(tables):
            table.show()
            cells = [
                [
                    Cell(f.name or f.code),
                    Cell(number(f.value), f, title=f"{title}: {f.name or f.code}"),
                ]
                for f in rows
            ] or [[Cell(translate("ReportView", "No records")), Cell("")]]
            table.fill([title, translate("ReportView", "Value")], cells)
            table.setMinimumWidth(360)
            self.breakdown_grid.addWidget(table, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        self.breakdown_grid.setRowStretch((len(tables) + 1) // 2, 1)

    def _show_months(self, report: Report) -> None:
        headers = [translate("ReportView", "Month"), *(_label(k) for k in MONTHLY)]
        rows = [
            [
                Cell(month.period.first[:7]),
                *(
                    Cell(
                        number(month.figures[k].value),
                        month.figures[k],
                        title=f"{_label(k)}, {month.period.first[:7]}",
                    )
                    for k in MONTHLY
                ),
            ]
            for month in report.months
        ]
        self.months.fill(headers, rows)
        self.months.setMaximumHeight(16777215)

    def _show_review_and_stock(self, report: Report) -> None:
        self.review_title.setText(translate("ReportView", "Review states of the records"))
        self.review.fill(
            [
                translate("ReportView", "Kind"),
                translate("ReportView", "Approved"),
                translate("ReportView", "Waiting for review"),
                translate("ReportView", "Sent back"),
                translate("ReportView", "Total"),
            ],
            [
                [
                    Cell(kind_label(KINDS[c.kind], plural=True)),
                    Cell(number(c.approved)),
                    Cell(number(c.waiting)),
                    Cell(number(c.sent_back)),
                    Cell(number(c.total)),
                ]
                for c in report.review
            ],
        )
        if report.selection.approved_only:
            self.held_back.setText(
                translate(
                    "ReportView",
                    "Approved only: %1 records still under review or sent back are not counted.",
                ).replace("%1", number(report.held_back))
            )
        else:
            self.held_back.setText(
                translate(
                    "ReportView",
                    "Every record received is counted: %1 of them still under review or sent back.",
                ).replace("%1", number(report.held_back))
            )
        self.stock_title.setText(translate("ReportView", "Leaflet stock by design"))
        self.stock.fill(
            [
                translate("ReportView", "Design"),
                translate("ReportView", "Printed in the period"),
                translate("ReportView", "Handed out in the period"),
                translate("ReportView", "On hand at the end"),
            ],
            [
                [
                    Cell(s.title),
                    Cell(number(s.printed)),
                    Cell(number(s.handed_out)),
                    Cell(number(s.on_hand)),
                ]  # fmt: skip
                for s in report.stock
            ],
        )

    def _show_charts(self, built: Built) -> None:
        report = built.report
        months = [(m.period.first[5:7], m.figures["sessions"].value) for m in report.months]
        before = (
            [(m.period.first[5:7], m.figures["sessions"].value) for m in report.previous.months]
            if report.previous is not None
            else None
        )
        self.charts["trend"].show_trend(
            translate("ReportView", "Sessions by month"), months, before
        )
        teams = self.charts["teams"]
        teams.setVisible(len(built.by_team) > 1)
        teams.show_bars(
            translate("ReportView", "Sessions by team"), [(f.name, f.value) for f in built.by_team]
        )
        for name, key in (("venues", "sessions_by_venue_kind"), ("topics", "sessions_by_topic")):
            self.charts[name].show_bars(
                _label(key), [(f.name or f.code, f.value) for f in report.breakdowns.get(key, ())]
            )

    # -- records behind a figure ---------------------------------------------------------------

    def open_figure(self, figure: Figure, title: str) -> DrillDialog:
        """The records behind `figure`, in a window of their own (non-modal)."""
        if self.drill is not None:  # one list of records at a time
            self.drill.close()
            self.drill.deleteLater()
        self.drill = DrillDialog(self.ctx, figure, title, self)
        self.drill.show()
        return self.drill

    # -- exports -----------------------------------------------------------------------------

    def choose_export(self, suffix: str) -> None:
        if self.report is None:
            return
        name = f"report-{self.report.selection.period.first}-{self.report.selection.period.last}"
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            translate("ReportView", "Export the report"),
            str(Path.home() / f"{name}{suffix}"),
            f"{suffix[1:].upper()} (*{suffix})",
        )
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the built report to `path` off the UI thread."""
        report = self.report
        if report is None:
            return
        data_dir, personal = self.ctx.store.data_dir, self.personal.isChecked()

        def work(_progress: Any) -> list[Path]:
            store = Store(data_dir)
            try:
                return exports.export(store, report, path, report_translate, personal)
            finally:
                store.close()

        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.status.setText(translate("ReportView", "Writing %1…").replace("%1", str(path)))
        self.busy_timer.start()
        run_in_background(
            work, self._exported, self._export_failed, pool=self.pool, expected=(ReportError,)
        )

    def _export_done(self) -> None:
        self._idle()
        for button in self.export_buttons.values():
            button.setEnabled(self.report is not None)

    def _exported(self, written: list[Path]) -> None:
        self._export_done()
        self.written = list(written)
        self.status.setText(
            translate("ReportView", "Written: %1").replace("%1", ", ".join(map(str, written)))
        )

    def _export_failed(self, error: Exception) -> None:
        self._export_done()
        if isinstance(error, ReportError):
            text = error.message(report_translate)
        else:
            text = translate("ReportView", "The export failed: %1").replace("%1", str(error))
        self.status.setText(text)
        self.error_box = QMessageBox(
            QMessageBox.Icon.Critical, translate("ReportView", "Export failed"), text,
            QMessageBox.StandardButton.Ok, self,
        )  # fmt: skip
        self.error_box.open()
