"""The records behind a report figure: the review log's model and columns over exactly the
figure's records (desktop.report.drilldown), paged by key as the log pages, with the review
detail of the chosen record beside them."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.report import drilldown
from desktop.report.drilldown import Drilldown, Measure
from desktop.report.figures import Figure
from desktop.store.review_log import LogFilter, LogKey
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.review.detail import ReviewDetail
from desktop.ui.review.log import PAGE, ReviewLogModel, ReviewTable


class DrillModel(ReviewLogModel):
    """The review log's rows, narrowed to the records behind one figure."""

    def __init__(self, ctx: UiContext, drill: Drilldown, parent: Any = None, **kw: Any) -> None:
        self.drill = drill
        super().__init__(ctx, parent, **kw)
        self.filter = drilldown.log_filter(drill)

    def read_page(
        self, conn: sqlite3.Connection, flt: LogFilter, after: LogKey | None
    ) -> list[dict[str, Any]]:
        return drilldown.read_page(conn, self.drill, PAGE, after)

    def read_count(self, conn: sqlite3.Connection, flt: LogFilter) -> int:
        return drilldown.count(conn, self.drill)


def figure_words(figure: Figure, title: str) -> str:
    """What the dialog says above the list: the figure, and what it counts."""
    if figure.measure is Measure.RECORDS:
        return (
            translate("ReportView", "%1: %2 records")
            .replace("%1", title)
            .replace("%2", f"{figure.value:,}")
        )
    if figure.measure is Measure.SUM:
        return (
            translate("ReportView", "%1: %2, the sum over the records below")
            .replace("%1", title)
            .replace("%2", f"{figure.value:,}")
        )
    return (
        translate("ReportView", "%1: %2 distinct, among the records below")
        .replace("%1", title)
        .replace("%2", f"{figure.value:,}")
    )


class DrillDialog(QDialog):
    """Exactly the records behind `figure`, newest first; choosing one shows its review."""

    def __init__(
        self, ctx: UiContext, figure: Figure, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_drill")
        self.setWindowTitle(translate("ReportView", "Records behind: %1").replace("%1", title))
        self.figure = figure
        self.heading = QLabel(figure_words(figure, title))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()
        self.model = DrillModel(ctx, figure.drill, self)
        self.table = ReviewTable()
        self.table.setObjectName("drill_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((92, 96, 96, 72, 170)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.detail = ReviewDetail(ctx)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([720, 340])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.model.counted.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        if self.model.total is not None:
            self._show_count(self.model.total)
        else:
            self.count_label.setText(translate("ReportView", "Counting…"))
        self.resize(1100, 620)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(
            translate("ReportView", "%1 record(s), newest first").replace("%1", f"{total:,}")
        )

    def _chosen(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            item = self.model.row(current.row())
            self.detail.show_record(item["kind"], item["uuid"])

    def listed(self) -> list[str]:
        """The uuids loaded so far (tests; the list fetches more as it scrolls)."""
        return [self.model.uuid_at(r) for r in range(self.model.rowCount())]

    def done(self, result: int) -> None:
        self.model.reads.renew()
        super().done(result)
